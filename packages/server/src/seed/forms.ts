/**
 * The application forms of the demo e-services, one per electronic service (version 1). Every
 * form has the same frame: the applicant step the population registry fills (shown read-only,
 * written by the portal at submit), then the service's own questions, then one file field per
 * document the catalogue asks for, then how to reach the applicant. Texts in az, en and ru.
 */
import type { FieldDefinition, FormDefinition, JsonSchema, Localized, StepDefinition } from '@icra/forms';
import { type SeedService, seedServices } from './services.js';

export const t = (az: string, en: string, ru: string): Localized => ({ az, en, ru });

/** A question of the service's own steps: its field, its schema and whether it must be answered. */
export interface Question {
  field: FieldDefinition;
  schema: JsonSchema;
  required?: boolean;
}

export interface ServiceStep {
  id: string;
  title: Localized;
  questions: Record<string, Question>;
  when?: JsonSchema;
}

export const PHONE_PATTERN = '^\\+994[0-9]{9}$';
export const FIN_SCHEMA: JsonSchema = { type: 'string', pattern: '^[0-9A-HJ-NP-Z]{7}$' };
export const UUID_SCHEMA: JsonSchema = { type: 'string', format: 'uuid' };

const camel = (key: string) => key.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** The field name a document's file field has: `document` + the document key in camelCase. */
export const documentField = (key: string) => `document${camel(`-${key}`)}`;

const APPLICANT: StepDefinition = {
  id: 'applicant',
  title: t('Ərizəçi', 'Applicant', 'Заявитель'),
  fields: ['applicantName', 'applicantFin', 'applicantBirthDate', 'applicantAddress'],
  required: [],
};

const APPLICANT_FIELDS: Record<string, FieldDefinition> = {
  applicantName: {
    kind: 'text',
    label: t('Soyadı, adı, ata adı', 'Full name', 'Фамилия, имя, отчество'),
    registry: 'fullName',
  },
  applicantFin: { kind: 'fin', label: t('FİN', 'FIN', 'ФИН'), registry: 'fin' },
  applicantBirthDate: {
    kind: 'date',
    label: t('Doğum tarixi', 'Date of birth', 'Дата рождения'),
    registry: 'birthDate',
  },
  applicantAddress: {
    kind: 'address',
    label: t('Qeydiyyat ünvanı', 'Registered address', 'Адрес регистрации'),
    registry: 'address',
  },
};

/** A short free-text answer. */
export const text = (label: Localized, maxLength = 200, hint?: Localized): Question => ({
  field: { kind: 'text', label, ...(hint && { hint }) },
  schema: { type: 'string', minLength: 2, maxLength },
});

/** A longer free-text answer. */
export const longText = (label: Localized, hint?: Localized, maxLength = 2000): Question => ({
  field: { kind: 'longText', label, ...(hint && { hint }) },
  schema: { type: 'string', minLength: 10, maxLength },
});

/** One answer of a few, as radio buttons (or a select). */
export const choice = (
  label: Localized,
  options: Record<string, Localized>,
  hint?: Localized,
  display: 'radio' | 'select' = 'radio',
): Question => ({
  field: {
    kind: 'choice',
    label,
    display,
    options: Object.entries(options).map(([value, optionLabel]) => ({ value, label: optionLabel })),
    ...(hint && { hint }),
  },
  schema: { type: 'string', enum: Object.keys(options) },
});

/** Several answers of a few. */
export const multiChoice = (
  label: Localized,
  options: Record<string, Localized>,
  hint?: Localized,
): Question => ({
  field: {
    kind: 'multiChoice',
    label,
    options: Object.entries(options).map(([value, optionLabel]) => ({ value, label: optionLabel })),
    ...(hint && { hint }),
  },
  schema: {
    type: 'array',
    items: { type: 'string', enum: Object.keys(options) },
    minItems: 1,
    uniqueItems: true,
  },
});

/**
 * The members of the applicant's family the population registry holds (name, relation, date of
 * birth): shown read-only and written by the portal at submit, never typed.
 */
export const familyMembers = (label: Localized, hint?: Localized): Question => ({
  field: { kind: 'longText', label, registry: 'familyMembers', ...(hint && { hint }) },
  schema: {},
});

export const yesNo = (label: Localized, hint?: Localized): Question => ({
  field: { kind: 'yesNo', label, ...(hint && { hint }) },
  schema: { type: 'boolean' },
});

export const wholeNumber = (
  label: Localized,
  minimum: number,
  maximum: number,
  hint?: Localized,
): Question => ({
  field: { kind: 'number', label, ...(hint && { hint }) },
  schema: { type: 'integer', minimum, maximum },
});

/** A date, YYYY-MM-DD. */
export const date = (label: Localized, hint?: Localized): Question => ({
  field: { kind: 'date', label, ...(hint && { hint }) },
  schema: { type: 'string', format: 'date' },
});

export const address = (label: Localized, hint?: Localized): Question => ({
  field: { kind: 'address', label, ...(hint && { hint }) },
  schema: { type: 'string', minLength: 5, maxLength: 300 },
});

export const fin = (label: Localized, hint?: Localized): Question => ({
  field: { kind: 'fin', label, ...(hint && { hint }) },
  schema: FIN_SCHEMA,
});

export const required = (question: Question): Question => ({ ...question, required: true });

function documentsStep(service: SeedService): {
  step: StepDefinition;
  fields: Record<string, FieldDefinition>;
  schema: Record<string, JsonSchema>;
} {
  const fields: Record<string, FieldDefinition> = {};
  const schema: Record<string, JsonSchema> = {};
  for (const document of service.documents) {
    const name = documentField(document.key);
    fields[name] = {
      kind: 'file',
      label: t(document.name.az, document.name.en ?? document.name.az, document.name.ru ?? document.name.az),
      hint: t(document.hint.az, document.hint.en ?? document.hint.az, document.hint.ru ?? document.hint.az),
      document: document.key,
    };
    schema[name] = { type: 'array', items: UUID_SCHEMA, maxItems: document.maxFiles, uniqueItems: true };
  }
  return {
    step: {
      id: 'documents',
      title: t('Sənədlər', 'Documents', 'Документы'),
      fields: Object.keys(fields),
      required: service.documents
        .filter((document) => document.required)
        .map((document) => documentField(document.key)),
    },
    fields,
    schema,
  };
}

const CONTACT_FIELDS: Record<string, FieldDefinition> = {
  contactPhone: {
    kind: 'phone',
    label: t('Telefon nömrəsi', 'Phone number', 'Номер телефона'),
    hint: t(
      'Müraciətlə bağlı sizinlə əlaqə saxlamaq üçün. Məsələn: +994501234567',
      'So that the authority can reach you about the application. For example: +994501234567',
      'Чтобы с вами могли связаться по заявлению. Например: +994501234567',
    ),
  },
  contactEmail: {
    kind: 'email',
    label: t(
      'E-poçt ünvanı (məcburi deyil)',
      'Email address (optional)',
      'Адрес электронной почты (необязательно)',
    ),
  },
};

const CONTACT_STEP: StepDefinition = {
  id: 'contact',
  title: t('Əlaqə', 'How to reach you', 'Контакты'),
  fields: ['contactPhone', 'contactEmail'],
  required: ['contactPhone'],
};

/** The form of `slug`: the frame around the service's own steps. */
export function serviceForm(slug: string, steps: ServiceStep[], version = 1): FormDefinition {
  const service = seedServices.find((entry) => entry.slug === slug);
  if (!service) throw new Error(`no service ${slug}`);
  const documents = documentsStep(service);
  const fields: Record<string, FieldDefinition> = { ...APPLICANT_FIELDS };
  const properties: Record<string, JsonSchema> = {};
  const own: StepDefinition[] = steps.map((step) => {
    for (const [name, question] of Object.entries(step.questions)) {
      fields[name] = question.field;
      // The registry's fields are the portal's to write: no answer is asked for them.
      if (!question.field.registry) properties[name] = question.schema;
    }
    return {
      id: step.id,
      title: step.title,
      fields: Object.keys(step.questions),
      required: Object.entries(step.questions)
        .filter(([, question]) => question.required)
        .map(([name]) => name),
      ...(step.when && { when: step.when }),
    };
  });
  Object.assign(fields, documents.fields, CONTACT_FIELDS);
  Object.assign(properties, documents.schema, {
    contactPhone: { type: 'string', pattern: PHONE_PATTERN },
    contactEmail: { type: 'string', format: 'email', maxLength: 254 },
  });
  return {
    service: slug,
    version,
    schema: { type: 'object', properties },
    fields,
    steps: [APPLICANT, ...own, ...(documents.step.fields.length ? [documents.step] : []), CONTACT_STEP],
  };
}
