import { describe, expect, test } from 'vitest';
import {
  certificateStatement,
  checkDefinition,
  type FormDefinition,
  formChanges,
  LANGS,
  localizeForm,
  MESSAGES,
  replayJourney,
  validateAnswers,
} from '../src/index.js';
import { DOCUMENTS, everyKind, goodAnswers } from './fixture.js';

const en = localizeForm(everyKind, 'en');
const clone = (definition: FormDefinition): FormDefinition => structuredClone(definition);

describe('a definition', () => {
  test('the fixture holds together', () => {
    expect(checkDefinition(everyKind, DOCUMENTS)).toEqual([]);
  });

  test('is served in each language, with the same schema and steps', () => {
    for (const lang of LANGS) {
      const form = localizeForm(everyKind, lang);
      expect(form.lang).toBe(lang);
      expect(form.schema).toBe(everyKind.schema);
      expect(form.steps.map((step) => step.id)).toEqual(['applicant', 'home', 'rent', 'contact']);
      expect(form.fields.purpose?.label).toBe(everyKind.fields.purpose?.label[lang]);
      expect(form.fields.ownership?.options?.[1]?.label).toBe(
        everyKind.fields.ownership?.options?.[1]?.label[lang],
      );
      expect(form.steps[2]?.when).toEqual(everyKind.steps[2]?.when);
    }
    expect(localizeForm(everyKind, 'ru').steps[1]?.title).toBe('Жильё');
  });

  test('with a problem is refused, each problem named', () => {
    const broken = clone(everyKind);
    broken.steps[3]?.fields.push('purpose');
    broken.steps[3]?.required.push('nowhere');
    broken.schema.properties.rooms = { type: 'string' };
    broken.schema.properties.ownership = { type: 'string', enum: ['own', 'rent'] };
    broken.schema.properties.orphan = { type: 'string' };
    delete broken.schema.properties.phone;
    broken.fields.lease = { ...broken.fields.lease!, document: 'passport' };
    broken.steps[1]!.when = { properties: { landlordFin: { const: 'x' } } };
    expect(checkDefinition(broken, DOCUMENTS)).toEqual([
      'step home depends on landlordFin, which no earlier step asks',
      'field purpose is on steps home and contact',
      'step contact requires nowhere, which it does not ask',
      'field rooms (number) has a schema of type string',
      "field ownership: its options and its schema's enum differ",
      'field phone has no schema',
      'file field lease names no document of the service',
      'schema property orphan is no field',
    ]);
  });
});

describe('a certificate template', () => {
  const withCertificate = (): FormDefinition => ({
    ...clone(everyKind),
    certificate: {
      title: { az: 'ARAYIŞ', en: 'CERTIFICATE', ru: 'СПРАВКА' },
      statements: [
        {
          when: { properties: { ownership: { const: 'rent' } }, required: ['ownership'] },
          text: {
            az: '{applicant} {rooms} otaqlı evi kirayə götürür.',
            en: '{applicant} rents a home of {rooms} rooms from {landlordFin}.',
            ru: '{applicant} арендует жильё из {rooms} комнат.',
          },
        },
        {
          text: {
            az: '{applicant} evin sahibidir.',
            en: '{applicant} owns the home.',
            ru: '{applicant} владеет жильём.',
          },
        },
      ],
    },
  });
  const asText = (answers: Record<string, unknown>) => (name: string) =>
    name === 'applicant' ? 'Babayev Orxan' : String(answers[name] ?? '');

  test('prints the first statement whose condition the answers meet, the names filled in', () => {
    const definition = withCertificate();
    expect(checkDefinition(definition, DOCUMENTS)).toEqual([]);
    const renting = { ownership: 'rent', rooms: 3, landlordFin: '5ZX7K2P' };
    expect(certificateStatement(definition, renting, 'en', asText(renting))).toEqual({
      title: 'CERTIFICATE',
      statement: 'Babayev Orxan rents a home of 3 rooms from 5ZX7K2P.',
    });
    const owning = { ownership: 'own', rooms: 3 };
    expect(certificateStatement(definition, owning, 'ru', asText(owning))?.statement).toBe(
      'Babayev Orxan владеет жильём.',
    );
    expect(certificateStatement(everyKind, owning, 'en', asText(owning))).toBeUndefined();
  });

  test('naming what the form does not have, or with no statement for every case, is refused', () => {
    const broken = withCertificate();
    const [renting, otherwise] = broken.certificate!.statements;
    renting!.text.en = '{applicant} rents {nowhere} and attaches {lease}, {rooms:minors}, {details:bogus}.';
    renting!.when = { properties: { tenure: { const: 'rent' } } };
    otherwise!.when = { properties: { ownership: { const: 'own' } } };
    otherwise!.text.ru = '{applicant} владеет жильём; {landlordFin}.';
    expect(checkDefinition(broken, DOCUMENTS)).toEqual([
      'the certificate has no statement for answers that meet no condition',
      'certificate statement 1 depends on tenure, which is no field',
      'certificate statement 1 (en) names {nowhere}, which is no field or fact',
      'certificate statement 1 (en) names {lease}, which is no field or fact',
      'certificate statement 1 (en) filters {rooms} by minors, which does not apply to it',
      'certificate statement 1 (en) filters {details} by bogus, which does not apply to it',
      'certificate statement 2 (ru) names {landlordFin}, which is asked only on a condition the statement does not have',
    ]);
  });
});

describe('the journey', () => {
  test('reaches a conditional step only when an earlier answer opens it', () => {
    expect(replayJourney(en, goodAnswers).steps.map((step) => step.id)).toEqual([
      'applicant',
      'home',
      'rent',
      'contact',
    ]);
    const owner = replayJourney(en, { ...goodAnswers, ownership: 'own' });
    expect(owner.steps.map((step) => step.id)).toEqual(['applicant', 'home', 'contact']);
    // The answers of the step the owner never saw are dropped, not kept.
    expect(owner.answers).not.toHaveProperty('landlordFin');
    expect(owner.answers).not.toHaveProperty('lease');
    expect(owner.dropped.sort()).toEqual(['landlordFin', 'lease']);
  });

  test('drops what the registry fills and what the form does not ask, whatever the client sends', () => {
    const journey = replayJourney(en, {
      ...goodAnswers,
      fullName: 'Someone Else',
      fin: 'AAAAAAA',
      isAdmin: true,
      __proto__x: 1,
    });
    expect(journey.answers).not.toHaveProperty('fullName');
    expect(journey.answers).not.toHaveProperty('fin');
    expect(journey.answers).not.toHaveProperty('isAdmin');
    expect(journey.dropped.sort()).toEqual(['__proto__x', 'fin', 'fullName', 'isAdmin']);
  });

  test('a condition cannot be opened by an answer from a later or unreachable step', () => {
    // `rent` depends on `ownership`; if `ownership` were on a later step, a client could not open `rent`
    // by sending it early: conditions see only what earlier reached steps kept.
    const late = clone(everyKind);
    late.steps[1]!.fields = late.steps[1]!.fields.filter((name) => name !== 'ownership');
    late.steps[1]!.required = late.steps[1]!.required.filter((name) => name !== 'ownership');
    late.steps[3]!.fields.push('ownership');
    const journey = replayJourney(localizeForm(late, 'en'), goodAnswers);
    expect(journey.steps.map((step) => step.id)).toEqual(['applicant', 'home', 'contact']);
    expect(journey.answers).not.toHaveProperty('landlordFin');
    expect(journey.answers.ownership).toBe('rent');
  });

  test('empty answers are not kept', () => {
    const journey = replayJourney(en, { purpose: '  ', needs: [], details: null });
    expect(journey.answers).toEqual({});
    expect(journey.dropped).toEqual([]);
  });
});

describe('validation', () => {
  test('good answers pass', () => {
    expect(validateAnswers(en, goodAnswers, { lang: 'en' }).errors).toEqual([]);
  });

  test('missing required answers are named by what the field asks, in the order of the form', () => {
    const { errors } = validateAnswers(en, { ownership: 'rent' }, { lang: 'en' });
    expect(errors.map((error) => [error.field, error.message])).toEqual([
      ['purpose', 'Enter “Purpose”.'],
      ['rooms', 'Enter “Number of rooms”.'],
      ['hasChildren', 'Choose an answer for “Any children?”.'],
      ['landlordFin', 'Enter “Landlord’s FIN”.'],
      ['lease', 'Attach “Lease”.'],
      ['phone', 'Enter “Phone”.'],
    ]);
  });

  test('takes answers as people type them and keeps them in the form the schemas ask', () => {
    const typed = {
      ...goodAnswers,
      phone: ' +994 (50) 123-45-67 ',
      landlordFin: '5zk8p2q',
      rooms: '3',
      purpose: '  A new lease  ',
    };
    const checked = validateAnswers(en, typed, { lang: 'en' });
    expect(checked.errors).toEqual([]);
    expect(checked.answers).toMatchObject({
      phone: '+994501234567',
      landlordFin: '5ZK8P2Q',
      rooms: 3,
      purpose: 'A new lease',
    });
    // The national form of a number, and the international one without the plus.
    for (const phone of ['050 123 45 67', '994501234567', '00994 50 123 45 67'])
      expect(validateAnswers(en, { ...goodAnswers, phone }, { lang: 'en' }).answers.phone).toBe(
        '+994501234567',
      );
    // What is still not a number stays refused, and is kept as typed for the citizen to correct.
    const wrong = validateAnswers(
      en,
      { ...goodAnswers, phone: '+994 50 123 45 6x', rooms: '2,5' },
      { lang: 'en' },
    );
    expect(wrong.errors.map((error) => [error.field, error.keyword])).toEqual([
      ['rooms', 'type'],
      ['phone', 'pattern'],
    ]);
    // Spaces alone are no answer.
    expect(validateAnswers(en, { ...goodAnswers, purpose: '   ' }, { lang: 'en' }).errors[0]?.keyword).toBe(
      'required',
    );
  });

  test('a partial check refuses wrong answers but not missing ones', () => {
    const { errors } = validateAnswers(en, { purpose: 'ab' }, { lang: 'en', partial: true });
    expect(errors.map((error) => [error.field, error.keyword])).toEqual([['purpose', 'minLength']]);
  });

  test('only the steps asked for are checked', () => {
    const { errors } = validateAnswers(en, {}, { lang: 'en', steps: ['home'] });
    expect(errors.map((error) => error.field)).toEqual(['purpose', 'rooms', 'ownership', 'hasChildren']);
  });

  const cases: [string, unknown, string, Record<'az' | 'en' | 'ru', string>][] = [
    [
      'purpose',
      'ab',
      'minLength',
      {
        az: '«Məqsəd» ən azı 3 simvoldan ibarət olmalıdır.',
        en: '“Purpose” must be at least 3 characters.',
        ru: 'Поле «Цель» должно содержать не меньше 3 символов.',
      },
    ],
    [
      'details',
      'x'.repeat(2001),
      'maxLength',
      {
        az: '«Ətraflı» ən çoxu 2.000 simvol ola bilər.',
        en: '“Details” must be 2,000 characters or fewer.',
        ru: 'Поле «Подробности» может содержать не больше 2\u00a0000 символов.',
      },
    ],
    [
      'rooms',
      2.5,
      'type',
      {
        az: '«Otaq sayı» tam ədəd olmalıdır.',
        en: '“Number of rooms” must be a whole number.',
        ru: 'В поле «Число комнат» должно быть целое число.',
      },
    ],
    [
      'rooms',
      0,
      'minimum',
      {
        az: '«Otaq sayı» 1 və ya daha çox olmalıdır.',
        en: '“Number of rooms” must be 1 or more.',
        ru: 'Значение поля «Число комнат» должно быть не меньше 1.',
      },
    ],
    [
      'rooms',
      21,
      'maximum',
      {
        az: '«Otaq sayı» 20 və ya daha az olmalıdır.',
        en: '“Number of rooms” must be 20 or less.',
        ru: 'Значение поля «Число комнат» должно быть не больше 20.',
      },
    ],
    [
      'movedIn',
      '2023-02-29',
      'format',
      {
        az: '«Köçmə tarixi» üçün mövcud tarix daxil edin.',
        en: '“Moved in on” must be a real date.',
        ru: 'В поле «Дата вселения» должна быть существующая дата.',
      },
    ],
    [
      'ownership',
      'castle',
      'enum',
      {
        az: '«Mülkiyyət» üçün verilmiş variantlardan birini seçin.',
        en: 'Choose one of the options given for “Ownership”.',
        ru: 'Выберите один из предложенных вариантов в поле «Собственность».',
      },
    ],
    [
      'needs',
      ['water', 'gas', 'power'],
      'maxItems',
      {
        az: '«Ehtiyaclar» üçün ən çoxu 2 variant seçin.',
        en: 'Choose at most 2 options for “Needs”.',
        ru: 'Выберите не больше 2 вариантов в поле «Нужды».',
      },
    ],
    [
      'needs',
      ['water', 'water'],
      'uniqueItems',
      {
        az: '«Ehtiyaclar» üçün hər variant bir dəfə seçilə bilər.',
        en: 'Choose each option for “Needs” only once.',
        ru: 'Каждый вариант в поле «Нужды» можно выбрать только один раз.',
      },
    ],
    [
      'needs',
      ['wine'],
      'enum',
      {
        az: '«Ehtiyaclar» üçün verilmiş variantlardan birini seçin.',
        en: 'Choose one of the options given for “Needs”.',
        ru: 'Выберите один из предложенных вариантов в поле «Нужды».',
      },
    ],
    [
      'hasChildren',
      'yes',
      'type',
      {
        az: '«Uşaqlar var?» sahəsinə düzgün qiymət daxil edin.',
        en: 'Enter a valid value for “Any children?”.',
        ru: 'Введите допустимое значение в поле «Есть дети?».',
      },
    ],
    [
      'phone',
      '+99450123456',
      'pattern',
      {
        az: 'Telefon nömrəsini +994 50 123 45 67 kimi daxil edin.',
        en: 'Enter a phone number like +994 50 123 45 67.',
        ru: 'Введите номер телефона в виде +994 50 123 45 67.',
      },
    ],
    [
      'email',
      'not-an-address',
      'format',
      {
        az: 'E-poçt ünvanını ad@example.az kimi daxil edin.',
        en: 'Enter an email address like name@example.az.',
        ru: 'Введите адрес электронной почты в виде name@example.az.',
      },
    ],
    [
      'landlordFin',
      '5ZK8P2',
      'pattern',
      {
        az: 'FİN şəxsiyyət vəsiqəsindəki kimi 7 hərf və rəqəmdən ibarət olmalıdır.',
        en: 'Enter the FIN as on the identity card: 7 letters and digits.',
        ru: 'Введите ФИН как в удостоверении личности: 7 букв и цифр.',
      },
    ],
    [
      'lease',
      ['a', 'b', 'c'],
      'maxItems',
      {
        az: '«Kirayə müqaviləsi» üçün ən çoxu 2 fayl əlavə etmək olar.',
        en: 'Attach at most 2 files for “Lease”.',
        ru: 'К полю «Договор аренды» можно приложить не больше 2 файлов.',
      },
    ],
  ];

  for (const [field, value, keyword, messages] of cases) {
    test(`${field} = ${JSON.stringify(value).slice(0, 30)}: ${keyword}, in az, en and ru`, () => {
      for (const lang of LANGS) {
        const form = localizeForm(everyKind, lang);
        const { errors } = validateAnswers(form, { ...goodAnswers, [field]: value }, { lang });
        expect(errors).toEqual([{ field, keyword, message: messages[lang] }]);
      }
    });
  }

  test('plural forms follow each language', () => {
    const label = 'X';
    expect(MESSAGES.en.minLength({ label, n: 1 })).toBe('“X” must be at least 1 character.');
    expect(MESSAGES.ru.minLength({ label, n: 1 })).toBe('Поле «X» должно содержать не меньше 1 символа.');
    expect(MESSAGES.ru.minLength({ label, n: 21 })).toBe('Поле «X» должно содержать не меньше 21 символа.');
    expect(MESSAGES.ru.minItems({ label, n: 5 })).toBe('Выберите не меньше 5 вариантов в поле «X».');
    expect(MESSAGES.ru.maxFiles({ label, n: 1 })).toBe('К полю «X» можно приложить не больше 1 файла.');
  });

  test('every message is written for the citizen: no validator English, no schema, in every language', () => {
    const hostile = {
      purpose: 'a',
      details: 'x'.repeat(3000),
      rooms: 'three',
      movedIn: 'yesterday',
      ownership: 'castle',
      needs: 'water',
      hasChildren: 1,
      deliveryAddress: 12,
      phone: 'call me',
      email: 'a',
      landlordFin: 'AAAAAAAA',
      lease: 'file',
    };
    for (const lang of LANGS) {
      const { errors } = validateAnswers(localizeForm(everyKind, lang), hostile, { lang });
      expect(errors.map((error) => error.field)).toEqual([
        'purpose',
        'details',
        'rooms',
        'movedIn',
        'ownership',
        'needs',
        'hasChildren',
        'deliveryAddress',
        'phone',
        'email',
      ]);
      // `castle` is no ownership, so the renting step is not reached and its answers are not checked.
      const renting = validateAnswers(
        localizeForm(everyKind, lang),
        { ...hostile, ownership: 'rent' },
        { lang },
      );
      expect(renting.errors.map((error) => error.field)).toContain('landlordFin');
      expect(renting.errors.map((error) => error.field)).toContain('lease');
      errors.push(...renting.errors);
      for (const { message } of errors) {
        expect(message).not.toMatch(/Instance|schema|does not match|must match|String |Array |#\//);
      }
    }
  });
});

describe('a changed form', () => {
  test('names the fields whose question, schema or step changed', () => {
    const next = clone(everyKind);
    next.version = 3;
    next.fields.purpose!.label.en = 'Why';
    next.schema.properties.rooms = { type: 'integer', minimum: 1, maximum: 10 };
    next.steps[3]!.required.push('email');
    delete next.fields.details;
    delete next.schema.properties.details;
    next.steps[1]!.fields = next.steps[1]!.fields.filter((name) => name !== 'details');
    expect(formChanges(everyKind, next).sort()).toEqual(['details', 'email', 'purpose', 'rooms']);
    expect(formChanges(everyKind, clone(everyKind))).toEqual([]);
  });
});
