import type { Lang } from './lang.js';

/** Text in every language the portal speaks. */
export type Translations = Record<Lang, string>;

/** Fills `{name}` placeholders. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** Titles and details of the problem types (RFC 9457), in the caller's language. */
export const problemText = {
  validation: {
    title: { az: 'Sorğu düzgün deyil', en: 'The request is not valid', ru: 'Некорректный запрос' },
    detail: {
      az: 'Sorğunun bəzi parametrləri düzgün deyil; hər birinin səbəbi errors siyahısındadır.',
      en: 'Some parameters of the request are not valid; each is listed in errors with the reason.',
      ru: 'Некоторые параметры запроса неверны; каждый указан в errors с причиной.',
    },
  },
  'not-found': {
    title: { az: 'Tapılmadı', en: 'Not found', ru: 'Не найдено' },
    detail: {
      az: 'Sorğulanan ünvanda heç nə yoxdur.',
      en: 'There is nothing at the requested address.',
      ru: 'По запрошенному адресу ничего нет.',
    },
  },
  'origin-not-allowed': {
    title: { az: 'Bu mənbəyə icazə verilmir', en: 'Origin not allowed', ru: 'Источник не разрешён' },
    detail: {
      az: 'Bu sayt API-yə brauzerdən müraciət etmək üçün qeydiyyatdan keçməyib.',
      en: 'This site is not registered to call the API from a browser.',
      ru: 'Этот сайт не зарегистрирован для обращения к API из браузера.',
    },
  },
  'method-not-allowed': {
    title: { az: 'Bu metoda icazə verilmir', en: 'Method not allowed', ru: 'Метод не разрешён' },
    detail: {
      az: 'Bu ünvan yalnız oxumaq üçündür.',
      en: 'This address can only be read.',
      ru: 'Этот адрес доступен только для чтения.',
    },
  },
  'bad-request': {
    title: { az: 'Sorğu düzgün deyil', en: 'Bad request', ru: 'Неверный запрос' },
    detail: {
      az: 'Server sorğunu başa düşə bilmədi.',
      en: 'The server could not understand the request.',
      ru: 'Сервер не смог разобрать запрос.',
    },
  },
  'service-unavailable': {
    title: {
      az: 'Xidmət müvəqqəti əlçatan deyil',
      en: 'Service unavailable',
      ru: 'Сервис временно недоступен',
    },
    detail: {
      az: 'Verilənlər bazası cavab vermir. Bir az sonra yenidən cəhd edin.',
      en: 'The database is not answering. Please try again shortly.',
      ru: 'База данных не отвечает. Повторите попытку чуть позже.',
    },
  },
  unauthorized: {
    title: { az: 'Giriş tələb olunur', en: 'Sign-in required', ru: 'Требуется вход' },
    detail: {
      az: 'Bu sorğu üçün etibarlı giriş tokeni lazımdır; yenidən daxil olun.',
      en: 'This request needs a valid access token; please sign in again.',
      ru: 'Для этого запроса нужен действительный токен доступа; войдите снова.',
    },
  },
  forbidden: {
    title: { az: 'İcazə yoxdur', en: 'Forbidden', ru: 'Доступ запрещён' },
    detail: {
      az: 'Sizin bu əməliyyat üçün icazəniz yoxdur.',
      en: 'You are not allowed to do this.',
      ru: 'У вас нет прав на это действие.',
    },
  },
  'insufficient-scope': {
    title: { az: 'İcazə sahəsi yoxdur', en: 'Insufficient scope', ru: 'Недостаточная область доступа' },
    detail: {
      az: 'Giriş tokeni bu əməliyyatın tələb etdiyi sahəni (scope) vermir. Bu sahəni istəyərək yenidən daxil olun.',
      en: 'The access token does not grant the scope this operation needs. Sign in again asking for it.',
      ru: 'Токен доступа не даёт области (scope), нужной для этого действия. Войдите снова, запросив её.',
    },
  },
  'precondition-failed': {
    title: { az: 'Versiya uyğun gəlmir', en: 'Precondition failed', ru: 'Версия не совпадает' },
    detail: {
      az: 'Bu məlumat siz onu açandan sonra dəyişib. Son versiyanı yükləyin və dəyişikliklərinizi yenidən edin.',
      en: 'It was changed after you loaded it. Load the latest version and make your changes again.',
      ru: 'Данные изменились после того, как вы их загрузили. Загрузите последнюю версию и внесите изменения снова.',
    },
  },
  'payload-too-large': {
    title: { az: 'Fayl çox böyükdür', en: 'Payload too large', ru: 'Слишком большой файл' },
    detail: {
      az: 'Şəkil ən çoxu 2 MB ola bilər.',
      en: 'The image may be at most 2 MB.',
      ru: 'Изображение может быть не больше 2 МБ.',
    },
  },
  'unsupported-media-type': {
    title: { az: 'Dəstəklənməyən fayl növü', en: 'Unsupported media type', ru: 'Неподдерживаемый тип файла' },
    detail: {
      az: 'Yalnız PNG, JPEG və ya WebP şəkli qəbul olunur, və Content-Type faylın özünə uyğun olmalıdır.',
      en: 'Only a PNG, JPEG or WebP image is accepted, and the Content-Type must match the file itself.',
      ru: 'Принимается только изображение PNG, JPEG или WebP, и Content-Type должен соответствовать самому файлу.',
    },
  },
  conflict: {
    title: { az: 'Ziddiyyət', en: 'Conflict', ru: 'Конфликт' },
    detail: {
      az: 'Sorğu resursun indiki vəziyyəti ilə uyğun gəlmir.',
      en: 'The request conflicts with the current state of the resource.',
      ru: 'Запрос противоречит текущему состоянию ресурса.',
    },
  },
  'attachment-quota': {
    title: {
      az: 'Əlavə olunmamış fayl çoxdur',
      en: 'Too many unattached uploads',
      ru: 'Слишком много неприкреплённых файлов',
    },
    detail: {
      az: 'Heç bir müraciətə əlavə olunmamış ən çoxu 20 fayl saxlaya bilərsiniz. Onları müraciətə əlavə edin və ya gözləyin: əlavə olunmamış fayllar 24 saatdan sonra silinir.',
      en: 'You may hold at most 20 uploaded files that no application has attached yet. Attach them to an application, or wait: unattached uploads are deleted after 24 hours.',
      ru: 'Можно хранить не более 20 загруженных файлов, ещё не прикреплённых к обращению. Прикрепите их к обращению или подождите: неприкреплённые файлы удаляются через 24 часа.',
    },
  },
  'credential-already-issued': {
    title: {
      az: 'Bülleten artıq götürülüb',
      en: 'Ballot already taken',
      ru: 'Бюллетень уже получен',
    },
    detail: {
      az: 'Siz bu sorğunun bülletenini artıq götürmüsünüz (bəlkə başqa cihazda). Hər sakinə bir bülleten düşür: ikincisi verilmir.',
      en: 'You have already taken your ballot for this poll (perhaps on another device). Each citizen gets one ballot: a second one is not issued.',
      ru: 'Вы уже получили бюллетень этого опроса (возможно, на другом устройстве). Каждому жителю полагается один бюллетень: второй не выдаётся.',
    },
  },
  'ballot-already-cast': {
    title: { az: 'Bülleten artıq sayılıb', en: 'Ballot already cast', ru: 'Бюллетень уже учтён' },
    detail: {
      az: 'Bu bülleten artıq qutuya salınıb; səsiniz sayılır.',
      en: 'This ballot is already in the box; your vote is counted.',
      ru: 'Этот бюллетень уже в урне; ваш голос учтён.',
    },
  },
  'invalid-credential': {
    title: { az: 'Bülleten etibarsızdır', en: 'Invalid ballot credential', ru: 'Недействительный бюллетень' },
    detail: {
      az: 'Bülletenin imzası bu sorğunun açarı ilə təsdiqlənmir.',
      en: 'The ballot’s signature does not verify with this poll’s key.',
      ru: 'Подпись бюллетеня не проверяется ключом этого опроса.',
    },
  },
  'ballot-identified': {
    title: {
      az: 'Bülleten kimliyi daşıyır',
      en: 'Ballot carries an identity',
      ru: 'Бюллетень несёт личность',
    },
    detail: {
      az: 'Bülleten anonim göndərilməlidir: Authorization başlığı olmadan.',
      en: 'A ballot must be sent anonymously: without an Authorization header.',
      ru: 'Бюллетень нужно отправлять анонимно: без заголовка Authorization.',
    },
  },
  'not-eligible': {
    title: { az: 'Səs vermək hüququ yoxdur', en: 'Not eligible to vote', ru: 'Нет права голоса' },
    detail: {
      az: 'Bu sorğuda səs verə bilməzsiniz.',
      en: 'You may not vote in this poll.',
      ru: 'Вы не можете голосовать в этом опросе.',
    },
  },
  'poll-not-open': {
    title: { az: 'Səsvermə hələ başlamayıb', en: 'Poll not open yet', ru: 'Голосование ещё не началось' },
    detail: {
      az: 'Səsvermə hələ başlamayıb.',
      en: 'Voting has not opened yet.',
      ru: 'Голосование ещё не началось.',
    },
  },
  'poll-closed': {
    title: { az: 'Səsvermə başa çatıb', en: 'Poll closed', ru: 'Голосование завершено' },
    detail: {
      az: 'Səsvermə başa çatıb.',
      en: 'Voting has closed.',
      ru: 'Голосование завершено.',
    },
  },
  'precondition-required': {
    title: { az: 'Versiya göstərilməyib', en: 'Precondition required', ru: 'Не указана версия' },
    detail: {
      az: 'Dəyişiklik If-Match başlığında onun edildiyi versiya ilə göndərilməlidir ki, başqa cihazdakı dəyişiklik itməsin.',
      en: 'Send the change with the version it was made from in If-Match, so that a change made on another device is not lost.',
      ru: 'Отправьте изменение с версией, от которой оно сделано, в заголовке If-Match, чтобы не потерять изменение с другого устройства.',
    },
  },
  'form-changed': {
    title: { az: 'Forma dəyişib', en: 'The form has changed', ru: 'Форма изменилась' },
    detail: {
      az: 'Bu xidmətin forması yenilənib. Formanı yenidən açın, qeyd olunan cavabları yoxlayın və yenidən göndərin.',
      en: 'The form of this service has been updated. Open the form again, review the answers it points out and send them again.',
      ru: 'Форма этой услуги обновлена. Откройте форму снова, проверьте отмеченные ответы и отправьте их ещё раз.',
    },
  },
  'result-missing': {
    title: { az: 'Nəticə yoxdur', en: 'No result', ru: 'Нет результата' },
    detail: {
      az: 'Müraciəti icra olunmuş saymaq üçün nəticənin PDF faylını əlavə edin və ya arayışın yaradılmasını seçin.',
      en: 'To complete the application, attach the result as a PDF or choose to generate the certificate.',
      ru: 'Чтобы отметить заявление исполненным, приложите результат в PDF или выберите создание справки.',
    },
  },
  'slot-taken': {
    title: { az: 'Bu vaxt artıq tutulub', en: 'That time is taken', ru: 'Это время уже занято' },
    detail: {
      az: 'Bu vaxtda rəsmi şəxsin və ya otağın artıq görüşü var. Ən yaxın boş vaxtlar `nearest` sahəsindədir.',
      en: 'The official or the room already has a meeting at that time. The nearest free times are in `nearest`.',
      ru: 'У должностного лица или в кабинете в это время уже есть приём. Ближайшее свободное время — в поле `nearest`.',
    },
  },
  'already-rated': {
    title: { az: 'Artıq qiymətləndirilib', en: 'Already rated', ru: 'Уже оценено' },
    detail: {
      az: 'Bu müraciət üzrə xidməti artıq qiymətləndirmisiniz: hər müraciət üçün bir dəfə.',
      en: 'You have already rated the service for this application: once per application.',
      ru: 'Вы уже оценили услугу по этому заявлению: один раз на заявление.',
    },
  },
  'document-quota': {
    title: { az: 'Fayl çoxdur', en: 'Too many files', ru: 'Слишком много файлов' },
    detail: {
      az: 'Bu sənəd üçün icazə verilən sayda fayl artıq əlavə olunub. Yenisini əlavə etmək üçün birini silin.',
      en: 'As many files as this document allows are already attached. Remove one to attach another.',
      ru: 'Для этого документа уже приложено максимальное число файлов. Удалите один, чтобы приложить другой.',
    },
  },
  internal: {
    title: { az: 'Daxili xəta', en: 'Internal error', ru: 'Внутренняя ошибка' },
    detail: {
      az: 'Gözlənilməz xəta baş verdi. Bir az sonra yenidən cəhd edin.',
      en: 'An unexpected error occurred. Please try again later.',
      ru: 'Произошла непредвиденная ошибка. Повторите попытку позже.',
    },
  },
} satisfies Record<string, { title: Translations; detail: Translations }>;

/** Details that say more precisely what was not found. */
export const notFoundText = {
  route: problemText['not-found'].detail,
  news: {
    az: 'Bu identifikatorla dərc olunmuş xəbər yoxdur.',
    en: 'There is no published news article with this id.',
    ru: 'Опубликованной новости с таким идентификатором нет.',
  },
  service: {
    az: 'Bu identifikatorla (slug) xidmət yoxdur.',
    en: 'There is no service with this slug.',
    ru: 'Услуги с таким идентификатором (slug) нет.',
  },
  authority: {
    az: 'Bu identifikatorla (slug) icra hakimiyyəti yoxdur.',
    en: 'There is no authority with this slug.',
    ru: 'Органа исполнительной власти с таким идентификатором (slug) нет.',
  },
  widgets: {
    az: 'Bu serverdə vidcetlər paketi quraşdırılmayıb.',
    en: 'The widget bundle is not installed on this server.',
    ru: 'Пакет виджетов на этом сервере не установлен.',
  },
  notification: {
    az: 'Sizin belə bildirişiniz yoxdur.',
    en: 'You have no notification with this id.',
    ru: 'У вас нет уведомления с таким идентификатором.',
  },
  editorialNews: {
    az: 'Bu identifikatorla sizin icra hakimiyyətinizin xəbəri yoxdur.',
    en: 'Your authority has no news article with this id.',
    ru: 'У вашего органа нет новости с таким идентификатором.',
  },
  file: {
    az: 'Belə fayl yoxdur.',
    en: 'There is no such file.',
    ru: 'Такого файла нет.',
  },
} satisfies Record<string, Translations>;

/** Reasons a single field of a request is rejected (FieldError.detail). */
export const fieldText = {
  required: { az: 'Mütləq göstərilməlidir.', en: 'Is required.', ru: 'Обязательный параметр.' },
  number: { az: 'Rəqəm olmalıdır.', en: 'Must be a number.', ru: 'Должно быть числом.' },
  integer: { az: 'Tam ədəd olmalıdır.', en: 'Must be a whole number.', ru: 'Должно быть целым числом.' },
  string: {
    az: 'Bir dəfə, mətn kimi verilməlidir.',
    en: 'Must be given once, as text.',
    ru: 'Должно быть указано один раз, текстом.',
  },
  minNumber: {
    az: 'Ən azı {minimum} olmalıdır.',
    en: 'Must be at least {minimum}.',
    ru: 'Должно быть не меньше {minimum}.',
  },
  maxNumber: {
    az: 'Ən çoxu {maximum} ola bilər.',
    en: 'Must be at most {maximum}.',
    ru: 'Должно быть не больше {maximum}.',
  },
  minLength: {
    az: 'Ən azı {minimum} simvol olmalıdır.',
    en: 'Must have at least {minimum} characters.',
    ru: 'Должно содержать не менее {minimum} символов.',
  },
  maxLength: {
    az: 'Ən çoxu {maximum} simvol ola bilər.',
    en: 'Must have at most {maximum} characters.',
    ru: 'Должно содержать не более {maximum} символов.',
  },
  oneOf: {
    az: 'Bunlardan biri olmalıdır: {values}.',
    en: 'Must be one of: {values}.',
    ru: 'Должно быть одним из значений: {values}.',
  },
  uuid: { az: 'UUID olmalıdır.', en: 'Must be a UUID.', ru: 'Должно быть UUID.' },
  format: { az: 'Formatı düzgün deyil.', en: 'Has an invalid format.', ru: 'Неверный формат.' },
  cursor: {
    az: 'Səhifə kursoru düzgün deyil; əvvəlki cavabın nextCursor dəyərini olduğu kimi göndərin.',
    en: 'Is not a valid page cursor; send the nextCursor of the previous page unchanged.',
    ru: 'Недействительный курсор страницы; передайте nextCursor предыдущей страницы без изменений.',
  },
  unknownAuthority: {
    az: 'Bu identifikatorla (slug) icra hakimiyyəti yoxdur.',
    en: 'No authority has this slug.',
    ru: 'Органа исполнительной власти с таким идентификатором (slug) нет.',
  },
  dateRange: {
    az: '1900-01-01 və 9999-12-31 (UTC) arasında tarix olmalıdır.',
    en: 'Must be a date between 1900-01-01 and 9999-12-31 (UTC).',
    ru: 'Должно быть датой между 1900-01-01 и 9999-12-31 (UTC).',
  },
  nul: {
    az: 'Mətndə U+0000 (NUL) simvolu ola bilməz.',
    en: 'Text must not contain the character U+0000 (NUL).',
    ru: 'Текст не может содержать символ U+0000 (NUL).',
  },
  invalid: { az: 'Düzgün deyil.', en: 'Is not valid.', ru: 'Недопустимое значение.' },
} satisfies Record<string, Translations>;

export type FieldTextKey = keyof typeof fieldText;
