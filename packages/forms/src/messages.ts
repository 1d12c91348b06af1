/**
 * Error messages for each JSON Schema keyword a form uses, in az, en and ru, written for the
 * citizen (the validator's own messages are English and name the schema, not the field). Each
 * names the field by its label, says what is wrong and how to put it right.
 */
import type { FieldKind, Lang } from './types.js';

export type MessageKey =
  | 'required'
  | 'requiredChoice'
  | 'requiredFile'
  | 'type'
  | 'number'
  | 'integer'
  | 'minLength'
  | 'maxLength'
  | 'pattern'
  | 'phone'
  | 'fin'
  | 'date'
  | 'email'
  | 'minimum'
  | 'maximum'
  | 'enum'
  | 'minItems'
  | 'maxItems'
  | 'maxFiles'
  | 'uniqueItems'
  | 'invalid';

type Params = { label: string; n: number };
type Message = (p: Params) => string;

function plural(lang: Lang, n: number, forms: Record<Intl.LDMLPluralRule, string | undefined>): string {
  const rule = new Intl.PluralRules(lang).select(n);
  return forms[rule] ?? forms.other ?? '';
}

const characters = (lang: Lang, n: number) =>
  lang === 'ru'
    ? plural(lang, n, {
        zero: undefined,
        one: 'символа',
        two: undefined,
        few: 'символов',
        many: 'символов',
        other: 'символа',
      })
    : lang === 'en'
      ? plural(lang, n, {
          zero: undefined,
          one: 'character',
          two: undefined,
          few: undefined,
          many: undefined,
          other: 'characters',
        })
      : 'simvol';

const options = (lang: Lang, n: number) =>
  lang === 'ru'
    ? plural(lang, n, {
        zero: undefined,
        one: 'варианта',
        two: undefined,
        few: 'вариантов',
        many: 'вариантов',
        other: 'варианта',
      })
    : lang === 'en'
      ? plural(lang, n, {
          zero: undefined,
          one: 'option',
          two: undefined,
          few: undefined,
          many: undefined,
          other: 'options',
        })
      : 'variant';

const files = (lang: Lang, n: number) =>
  lang === 'ru'
    ? plural(lang, n, {
        zero: undefined,
        one: 'файла',
        two: undefined,
        few: 'файлов',
        many: 'файлов',
        other: 'файла',
      })
    : lang === 'en'
      ? plural(lang, n, {
          zero: undefined,
          one: 'file',
          two: undefined,
          few: undefined,
          many: undefined,
          other: 'files',
        })
      : 'fayl';

const number = (lang: Lang, n: number) =>
  new Intl.NumberFormat(lang === 'az' ? 'az-Latn-AZ' : lang).format(n);

export const MESSAGES: Record<Lang, Record<MessageKey, Message>> = {
  az: {
    required: ({ label }) => `«${label}» sahəsini doldurun.`,
    requiredChoice: ({ label }) => `«${label}» üçün cavab seçin.`,
    requiredFile: ({ label }) => `«${label}» sənədini əlavə edin.`,
    type: ({ label }) => `«${label}» sahəsinə düzgün qiymət daxil edin.`,
    number: ({ label }) => `«${label}» rəqəmlə yazılmalıdır.`,
    integer: ({ label }) => `«${label}» tam ədəd olmalıdır.`,
    minLength: ({ label, n }) => `«${label}» ən azı ${number('az', n)} simvoldan ibarət olmalıdır.`,
    maxLength: ({ label, n }) => `«${label}» ən çoxu ${number('az', n)} simvol ola bilər.`,
    pattern: ({ label }) => `«${label}» tələb olunan formatda yazılmalıdır.`,
    phone: () => 'Telefon nömrəsini +994 50 123 45 67 kimi daxil edin.',
    fin: () => 'FİN şəxsiyyət vəsiqəsindəki kimi 7 hərf və rəqəmdən ibarət olmalıdır.',
    date: ({ label }) => `«${label}» üçün mövcud tarix daxil edin.`,
    email: () => 'E-poçt ünvanını ad@example.az kimi daxil edin.',
    minimum: ({ label, n }) => `«${label}» ${number('az', n)} və ya daha çox olmalıdır.`,
    maximum: ({ label, n }) => `«${label}» ${number('az', n)} və ya daha az olmalıdır.`,
    enum: ({ label }) => `«${label}» üçün verilmiş variantlardan birini seçin.`,
    minItems: ({ label, n }) => `«${label}» üçün ən azı ${number('az', n)} variant seçin.`,
    maxItems: ({ label, n }) => `«${label}» üçün ən çoxu ${number('az', n)} variant seçin.`,
    maxFiles: ({ label, n }) => `«${label}» üçün ən çoxu ${number('az', n)} fayl əlavə etmək olar.`,
    uniqueItems: ({ label }) => `«${label}» üçün hər variant bir dəfə seçilə bilər.`,
    invalid: ({ label }) => `«${label}» sahəsini yoxlayın.`,
  },
  en: {
    required: ({ label }) => `Enter “${label}”.`,
    requiredChoice: ({ label }) => `Choose an answer for “${label}”.`,
    requiredFile: ({ label }) => `Attach “${label}”.`,
    type: ({ label }) => `Enter a valid value for “${label}”.`,
    number: ({ label }) => `“${label}” must be a number.`,
    integer: ({ label }) => `“${label}” must be a whole number.`,
    minLength: ({ label, n }) => `“${label}” must be at least ${number('en', n)} ${characters('en', n)}.`,
    maxLength: ({ label, n }) => `“${label}” must be ${number('en', n)} ${characters('en', n)} or fewer.`,
    pattern: ({ label }) => `Enter “${label}” in the format asked for.`,
    phone: () => 'Enter a phone number like +994 50 123 45 67.',
    fin: () => 'Enter the FIN as on the identity card: 7 letters and digits.',
    date: ({ label }) => `“${label}” must be a real date.`,
    email: () => 'Enter an email address like name@example.az.',
    minimum: ({ label, n }) => `“${label}” must be ${number('en', n)} or more.`,
    maximum: ({ label, n }) => `“${label}” must be ${number('en', n)} or less.`,
    enum: ({ label }) => `Choose one of the options given for “${label}”.`,
    minItems: ({ label, n }) => `Choose at least ${number('en', n)} ${options('en', n)} for “${label}”.`,
    maxItems: ({ label, n }) => `Choose at most ${number('en', n)} ${options('en', n)} for “${label}”.`,
    maxFiles: ({ label, n }) => `Attach at most ${number('en', n)} ${files('en', n)} for “${label}”.`,
    uniqueItems: ({ label }) => `Choose each option for “${label}” only once.`,
    invalid: ({ label }) => `Check “${label}”.`,
  },
  ru: {
    required: ({ label }) => `Заполните поле «${label}».`,
    requiredChoice: ({ label }) => `Выберите ответ в поле «${label}».`,
    requiredFile: ({ label }) => `Приложите документ «${label}».`,
    type: ({ label }) => `Введите допустимое значение в поле «${label}».`,
    number: ({ label }) => `В поле «${label}» должно быть число.`,
    integer: ({ label }) => `В поле «${label}» должно быть целое число.`,
    minLength: ({ label, n }) =>
      `Поле «${label}» должно содержать не меньше ${number('ru', n)} ${characters('ru', n)}.`,
    maxLength: ({ label, n }) =>
      `Поле «${label}» может содержать не больше ${number('ru', n)} ${characters('ru', n)}.`,
    pattern: ({ label }) => `Введите «${label}» в требуемом формате.`,
    phone: () => 'Введите номер телефона в виде +994 50 123 45 67.',
    fin: () => 'Введите ФИН как в удостоверении личности: 7 букв и цифр.',
    date: ({ label }) => `В поле «${label}» должна быть существующая дата.`,
    email: () => 'Введите адрес электронной почты в виде name@example.az.',
    minimum: ({ label, n }) => `Значение поля «${label}» должно быть не меньше ${number('ru', n)}.`,
    maximum: ({ label, n }) => `Значение поля «${label}» должно быть не больше ${number('ru', n)}.`,
    enum: ({ label }) => `Выберите один из предложенных вариантов в поле «${label}».`,
    minItems: ({ label, n }) =>
      `Выберите не меньше ${number('ru', n)} ${options('ru', n)} в поле «${label}».`,
    maxItems: ({ label, n }) =>
      `Выберите не больше ${number('ru', n)} ${options('ru', n)} в поле «${label}».`,
    maxFiles: ({ label, n }) =>
      `К полю «${label}» можно приложить не больше ${number('ru', n)} ${files('ru', n)}.`,
    uniqueItems: ({ label }) => `Каждый вариант в поле «${label}» можно выбрать только один раз.`,
    invalid: ({ label }) => `Проверьте поле «${label}».`,
  },
};

/** The message for a missing answer, by what the field asks. */
export function requiredKey(kind: FieldKind): MessageKey {
  if (kind === 'file') return 'requiredFile';
  if (kind === 'choice' || kind === 'multiChoice' || kind === 'yesNo') return 'requiredChoice';
  return 'required';
}
