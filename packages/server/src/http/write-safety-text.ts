import type { Translations } from './messages.js';

/**
 * Problem types of write safety (idempotency keys and rate limits), in the caller's language.
 * problem.ts serves them like those of messages.ts.
 */
export const writeSafetyProblemText = {
  'idempotency-key-reused': {
    title: {
      az: 'Idempotency-Key başqa sorğu üçün istifadə olunub',
      en: 'Idempotency-Key used for another request',
      ru: 'Idempotency-Key уже использован для другого запроса',
    },
    detail: {
      az: 'Bu açar artıq başqa sorğu (metod, ünvan və ya məzmun fərqlidir) üçün göndərilib. Hər yeni əməliyyat üçün yeni açar yaradın.',
      en: 'This key was already sent with a different request (method, path or body). Make a new key for each new action.',
      ru: 'Этот ключ уже был отправлен с другим запросом (метод, адрес или тело). Создавайте новый ключ для каждого нового действия.',
    },
  },
  'idempotency-in-progress': {
    title: {
      az: 'Eyni sorğu hələ icra olunur',
      en: 'The same request is still in progress',
      ru: 'Тот же запрос ещё выполняется',
    },
    detail: {
      az: 'Bu Idempotency-Key ilə ilk sorğu hələ bitməyib. Bir saniyə sonra yenidən göndərin: onun cavabını alacaqsınız.',
      en: 'The first request with this Idempotency-Key has not finished yet. Send it again in a second to get its answer.',
      ru: 'Первый запрос с этим Idempotency-Key ещё не завершён. Повторите через секунду, чтобы получить его ответ.',
    },
  },
  'request-too-large': {
    title: { az: 'Sorğu çox böyükdür', en: 'Request too large', ru: 'Слишком большой запрос' },
    detail: {
      az: 'Sorğunun məzmunu bu əməliyyatın qəbul etdiyindən böyükdür.',
      en: 'The body of the request is larger than this operation accepts.',
      ru: 'Тело запроса больше, чем принимает эта операция.',
    },
  },
  'too-many-requests': {
    title: { az: 'Çox sayda sorğu', en: 'Too many requests', ru: 'Слишком много запросов' },
    detail: {
      az: 'Qısa müddətdə çox sorğu göndərilib. Retry-After başlığında göstərilən saniyədən sonra yenidən cəhd edin.',
      en: 'Too many requests in a short time. Try again after the number of seconds in the Retry-After header.',
      ru: 'Слишком много запросов за короткое время. Повторите через число секунд, указанное в заголовке Retry-After.',
    },
  },
} satisfies Record<string, { title: Translations; detail: Translations }>;
