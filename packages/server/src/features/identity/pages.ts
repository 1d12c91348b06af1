/**
 * The HTML pages of the sign-in popup, rendered on the server: the demo identity provider, the
 * callback that hands the code to the embedding page, and the error page. No inline script or
 * style (their CSP forbids both): the stylesheet and the callback script are files of their own.
 * Every text is escaped.
 */
import type { StaffRole } from '../../domain/enums.js';
import type { Lang } from '../../http/lang.js';
import { format, type Translations } from '../../http/messages.js';

export function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** Headers of every sign-in page. */
export const PAGE_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'Content-Type': 'text/html; charset=utf-8',
  'Content-Security-Policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; form-action 'self'; " +
    "frame-ancestors 'none'; base-uri 'none'",
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
});

const text = {
  demoBanner: {
    az: 'DEMO: bu, sınaq üçün giriş səhifəsidir. Real şəxsiyyət yoxlanılmır; bütün şəxslər uydurmadır.',
    en: 'DEMO: this is a sign-in page for trying the portal out. No real identity is checked; every person here is fictional.',
    ru: 'ДЕМО: это страница входа для пробы портала. Настоящая личность не проверяется; все люди здесь вымышлены.',
  },
  title: { az: 'Portala giriş', en: 'Sign in to the portal', ru: 'Вход на портал' },
  intro: {
    az: '{authority} saytı ({site}) sizi “Rəqəmsal İcra Hakimiyyəti” portalına daxil etmək istəyir. Kim kimi daxil olacağınızı seçin.',
    en: 'The site of {authority} ({site}) asks to sign you in to the “Digital Executive Power” portal. Choose who to sign in as.',
    ru: 'Сайт «{authority}» ({site}) просит выполнить вход на портал «Цифровая исполнительная власть». Выберите, под чьим именем войти.',
  },
  citizens: { az: 'Vətəndaşlar', en: 'Citizens', ru: 'Граждане' },
  officials: { az: 'Əməkdaşlar', en: 'Officials', ru: 'Сотрудники' },
  evaluators: {
    az: 'Dövlət Agentliyinin qiymətləndiriciləri',
    en: 'State Agency evaluators',
    ru: 'Оценщики Государственного агентства',
  },
  noRole: { az: 'rolu yoxdur', en: 'no role', ru: 'без роли' },
  born: { az: 'doğum tarixi', en: 'born', ru: 'дата рождения' },
  cancel: { az: 'Ləğv et', en: 'Cancel', ru: 'Отмена' },
  language: { az: 'Dil', en: 'Language', ru: 'Язык' },
  signedInTitle: { az: 'Daxil oldunuz', en: 'You are signed in', ru: 'Вы вошли' },
  signedIn: {
    az: 'Bu pəncərə özü bağlanacaq. Bağlanmasa, onu bağlayıb sayta qayıdın.',
    en: 'This window closes by itself. If it does not, close it and return to the site.',
    ru: 'Это окно закроется само. Если нет, закройте его и вернитесь на сайт.',
  },
  closeHint: {
    az: 'Daxil oldunuz. Bu pəncərəni bağlayıb sayta qayıdın.',
    en: 'You are signed in. Close this window and return to the site.',
    ru: 'Вы вошли. Закройте это окно и вернитесь на сайт.',
  },
  cancelledHint: {
    az: 'Bu pəncərəni bağlayıb sayta qayıdın.',
    en: 'Close this window and return to the site.',
    ru: 'Закройте это окно и вернитесь на сайт.',
  },
  portalSignOut: { az: 'Portaldan çıxış', en: 'Sign out of the portal', ru: 'Выйти из портала' },
  current: {
    az: 'Portala {name} kimi daxil olmusunuz. Aşağıda başqa şəxsi seçin və ya portaldan çıxın.',
    en: 'You are signed in to the portal as {name}. Choose someone else below, or sign out of the portal.',
    ru: 'Вы вошли на портал как {name}. Выберите ниже другого человека или выйдите из портала.',
  },
  signedOutTitle: {
    az: 'Portaldan çıxdınız',
    en: 'You are signed out of the portal',
    ru: 'Вы вышли из портала',
  },
  signedOut: {
    az: 'Növbəti girişdə sizdən yenidən kim olduğunuz soruşulacaq. Bu pəncərəni bağlaya bilərsiniz.',
    en: 'The next sign-in will ask again who you are. You can close this window.',
    ru: 'При следующем входе вас снова спросят, кто вы. Это окно можно закрыть.',
  },
  cancelledTitle: { az: 'Giriş ləğv edildi', en: 'Sign-in cancelled', ru: 'Вход отменён' },
  errorTitle: { az: 'Giriş mümkün deyil', en: 'Cannot sign in', ru: 'Войти невозможно' },
  errorHint: {
    az: 'Bu pəncərəni bağlayıb saytdan yenidən cəhd edin.',
    en: 'Close this window and try again from the site.',
    ru: 'Закройте это окно и попробуйте снова с сайта.',
  },
} satisfies Record<string, Translations>;

const LANG_NAMES: Record<Lang, string> = { az: 'Azərbaycanca', en: 'English', ru: 'Русский' };
const ROLE_NAMES: Record<string, Translations> = {
  admin: { az: 'administrator', en: 'administrator', ru: 'администратор' },
  editor: { az: 'redaktor', en: 'editor', ru: 'редактор' },
  moderator: { az: 'moderator', en: 'moderator', ru: 'модератор' },
  reception: { az: 'qəbul əməkdaşı', en: 'reception officer', ru: 'сотрудник приёма' },
  service: { az: 'xidmət əməkdaşı', en: 'service officer', ru: 'сотрудник услуг' },
  evaluator: { az: 'qiymətləndirici', en: 'evaluator', ru: 'оценщик' },
} satisfies Record<StaffRole, Translations>;

/** A whole page of the portal's own, in `lang`, with the pages' stylesheet and same-origin `scripts` only. */
export function renderPage(lang: Lang, title: string, body: string, scripts: string[] = []): string {
  return [
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(title)}</title>`,
    '<link rel="stylesheet" href="/oauth/pages.css">',
    '<link rel="icon" href="/favicon.svg" type="image/svg+xml">',
    ...scripts.map((src) => `<script src="${escapeHtml(src)}" defer></script>`),
    '</head>',
    '<body>',
    body,
    '</body>',
    '</html>',
  ].join('\n');
}

/** The links to the same page in each language, the page's own marked current. */
export function languageNav(lang: Lang, hrefOf: (lang: Lang) => string): string {
  const links = (Object.keys(LANG_NAMES) as Lang[])
    .map((l) =>
      l === lang
        ? `<li><a href="${escapeHtml(hrefOf(l))}" lang="${l}" aria-current="page">${LANG_NAMES[l]}</a></li>`
        : `<li><a href="${escapeHtml(hrefOf(l))}" lang="${l}" hreflang="${l}">${LANG_NAMES[l]}</a></li>`,
    )
    .join('');
  return `<nav aria-label="${escapeHtml(text.language[lang])}"><ul class="langs">${links}</ul></nav>`;
}

export interface DemoChoice {
  /** `citizen:<FIN>` or `staff:<uuid>` */
  subject: string;
  label: string;
  hint: string;
}

export interface DemoPageInput {
  lang: Lang;
  /** The embedding site's origin (shown so the person knows who asks). */
  origin: string;
  /** The name of the authority whose site it is, in the page's language. */
  authority: string;
  formToken: string;
  /** Same URL in another language, per language. */
  langLinks: Record<Lang, string>;
  citizens: Array<{ subject: string; name: string; fin: string; birthDate: string; place: string }>;
  officials: Array<{ subject: string; name: string; authority: string | null; roles: string[] }>;
  /** Who is signed in on the portal, when the person asked to sign in as someone else. */
  current?: string | undefined;
}

/** The popup's "sign out of the portal" form (a POST, so that no link or prefetch can sign out). */
function portalSignOutForm(lang: Lang): string {
  return [
    '<form method="post" action="/oauth/sign-out" class="portal-sign-out">',
    `<input type="hidden" name="lang" value="${lang}">`,
    `<button type="submit">${escapeHtml(text.portalSignOut[lang])}</button>`,
    '</form>',
  ].join('\n');
}

function choices(legend: string, items: DemoChoice[]): string {
  const buttons = items
    .map(
      (item) =>
        `<li><button type="submit" name="subject" value="${escapeHtml(item.subject)}">` +
        `<span class="name">${escapeHtml(item.label)}</span> <span class="hint">${escapeHtml(item.hint)}</span>` +
        '</button></li>',
    )
    .join('\n');
  return `<section><h2>${escapeHtml(legend)}</h2>\n<ul class="choices">\n${buttons}\n</ul></section>`;
}

export function renderDemoPage(input: DemoPageInput): string {
  const { lang } = input;
  const roles = (list: string[]) =>
    list.length === 0 ? text.noRole[lang] : list.map((r) => ROLE_NAMES[r]?.[lang] ?? r).join(', ');
  const citizens = input.citizens.map((c) => ({
    subject: c.subject,
    label: c.name,
    hint: `FIN ${c.fin} · ${text.born[lang]} ${c.birthDate} · ${c.place}`,
  }));
  const officials = input.officials
    .filter((o) => o.authority !== null)
    .map((o) => ({ subject: o.subject, label: o.name, hint: `${o.authority} · ${roles(o.roles)}` }));
  const evaluators = input.officials
    .filter((o) => o.authority === null)
    .map((o) => ({ subject: o.subject, label: o.name, hint: roles(o.roles) }));
  const body = [
    `<p class="demo-banner" role="note"><strong>${escapeHtml(text.demoBanner[lang])}</strong></p>`,
    languageNav(lang, (l) => input.langLinks[l]),
    '<main>',
    `<h1>${escapeHtml(text.title[lang])}</h1>`,
    `<p>${escapeHtml(format(text.intro[lang], { site: input.origin, authority: input.authority }))}</p>`,
    ...(input.current === undefined
      ? []
      : [
          '<section class="current">',
          `<p>${escapeHtml(format(text.current[lang], { name: input.current }))}</p>`,
          portalSignOutForm(lang),
          '</section>',
        ]),
    '<form method="post" action="/oauth/demo/sign-in">',
    `<input type="hidden" name="form_token" value="${escapeHtml(input.formToken)}">`,
    choices(text.citizens[lang], citizens),
    choices(text.officials[lang], officials),
    choices(text.evaluators[lang], evaluators),
    `<p><button type="submit" name="action" value="cancel" class="cancel">${escapeHtml(text.cancel[lang])}</button></p>`,
    '</form>',
    '</main>',
  ].join('\n');
  return renderPage(lang, `${text.title[lang]} (DEMO)`, body);
}

/**
 * The page that hands the result to the embedding page: /oauth/callback.js posts
 * `{ type: 'icra:authorization', code, state }` (or `error`) to `window.opener` with the exact
 * target origin, and waits for the opener's acknowledgement (then the opener closes the window).
 * Without one, it says after a while that the person may close the window.
 */
/**
 * The authorization response (RFC 6749 §4.1.2, with `iss` per RFC 9207), as the popup delivers it
 * (response mode `web_message`): a code, or an error for a client and origin already validated.
 */
export type AuthorizationResponse = { origin: string; state: string; iss: string } & (
  | { code: string }
  | { error: string; errorDescription?: string | undefined }
);

export function renderCallbackPage(lang: Lang, result: AuthorizationResponse): string {
  const failed = 'error' in result;
  const cancelled = failed && result.error === 'access_denied';
  const data = [
    `data-origin="${escapeHtml(result.origin)}"`,
    `data-state="${escapeHtml(result.state)}"`,
    `data-iss="${escapeHtml(result.iss)}"`,
    ...('code' in result
      ? [`data-code="${escapeHtml(result.code)}"`]
      : [
          `data-error="${escapeHtml(result.error)}"`,
          ...(result.errorDescription === undefined
            ? []
            : [`data-error-description="${escapeHtml(result.errorDescription)}"`]),
        ]),
  ].join(' ');
  const title = cancelled
    ? text.cancelledTitle[lang]
    : failed
      ? text.errorTitle[lang]
      : text.signedInTitle[lang];
  const hint = cancelled ? text.cancelledHint[lang] : failed ? text.errorHint[lang] : text.closeHint[lang];
  const body = [
    `<main id="icra-authorization" ${data}>`,
    `<h1>${escapeHtml(title)}</h1>`,
    `<p>${escapeHtml(text.signedIn[lang])}</p>`,
    `<div id="icra-close-hint" role="status" hidden>`,
    `<p>${escapeHtml(hint)}</p>`,
    ...(failed ? [] : [portalSignOutForm(lang)]),
    '</div>',
    '</main>',
  ].join('\n');
  return renderPage(lang, title, body, ['/oauth/callback.js']);
}

/** After "sign out of the portal" in the popup. */
export function renderSignedOutPage(lang: Lang): string {
  const body = [
    '<main>',
    `<h1>${escapeHtml(text.signedOutTitle[lang])}</h1>`,
    `<p>${escapeHtml(text.signedOut[lang])}</p>`,
    '</main>',
  ].join('\n');
  return renderPage(lang, text.signedOutTitle[lang], body);
}

export function renderErrorPage(lang: Lang, reasons: string[]): string {
  const body = [
    '<main>',
    `<h1>${escapeHtml(text.errorTitle[lang])}</h1>`,
    `<ul class="errors">${reasons.map((r) => `<li>${escapeHtml(r)}</li>`).join('')}</ul>`,
    `<p>${escapeHtml(text.errorHint[lang])}</p>`,
    '</main>',
  ].join('\n');
  return renderPage(lang, text.errorTitle[lang], body);
}

/** Why an authorize request is refused, per language. */
export const authorizeErrorText = {
  client: {
    az: 'client_id heç bir icra hakimiyyətinə aid deyil.',
    en: 'client_id does not name an authority.',
    ru: 'client_id не соответствует ни одному органу исполнительной власти.',
  },
  origin: {
    az: 'Bu sayt (origin) həmin icra hakimiyyəti üçün qeydiyyatdan keçməyib.',
    en: 'This site (origin) is not registered for that authority.',
    ru: 'Этот сайт (origin) не зарегистрирован для этого органа.',
  },
  state: {
    az: 'state 1–512 görünən ASCII simvolu olmalıdır.',
    en: 'state must be 1–512 visible ASCII characters.',
    ru: 'state должен содержать 1–512 видимых символов ASCII.',
  },
  redirectUri: {
    az: 'redirect_uri qeydiyyatdan keçmiş mənbə (origin) ilə eyni olmalıdır.',
    en: 'redirect_uri must be exactly the registered origin the answer goes to.',
    ru: 'redirect_uri должен в точности совпадать с зарегистрированным источником (origin).',
  },
  responseMode: {
    az: 'Cavab yalnız response_mode “web_message” ilə çatdırılır.',
    en: 'The answer is only delivered with response_mode “web_message”.',
    ru: 'Ответ доставляется только с response_mode «web_message».',
  },
  formExpired: {
    az: 'Giriş formunun vaxtı bitib və ya o, etibarsızdır.',
    en: 'The sign-in form has expired or is not valid.',
    ru: 'Срок действия формы входа истёк, или она недействительна.',
  },
  person: {
    az: 'Seçilmiş şəxs tapılmadı.',
    en: 'The person chosen was not found.',
    ru: 'Выбранный человек не найден.',
  },
  notInRegistry: {
    az: 'Şəxsiyyət təsdiqləndi, lakin bu FİN əhali reyestrində yoxdur.',
    en: 'Your identity was confirmed, but this FIN is not in the population registry.',
    ru: 'Личность подтверждена, но этого ФИН нет в реестре населения.',
  },
  noProvider: {
    az: 'Giriş mümkün deyil: serverdə şəxsiyyət təsdiqi xidməti qurulmayıb.',
    en: 'Sign-in is not available: no identity provider is configured on this server.',
    ru: 'Вход недоступен: на сервере не настроена служба подтверждения личности.',
  },
  providerDown: {
    az: 'Şəxsiyyət təsdiqi xidməti hazırda cavab vermir. Bir az sonra yenidən cəhd edin.',
    en: 'The identity provider is not answering right now. Please try again shortly.',
    ru: 'Служба подтверждения личности сейчас не отвечает. Повторите попытку чуть позже.',
  },
  provider: {
    az: 'Şəxsiyyət təsdiqi xidməti girişi təsdiqləmədi.',
    en: 'The identity provider did not confirm the sign-in.',
    ru: 'Служба подтверждения личности не подтвердила вход.',
  },
} satisfies Record<string, Translations>;

/** How long the callback page waits for the opener's acknowledgement before saying "close this window", ms. */
export const CALLBACK_ACK_WAIT_MS = 3000;

/**
 * Posts the result to the opener with the exact target origin, then waits: the opener answers
 * `{ type: 'icra:authorization-received', state }` from that origin and closes this window itself,
 * so the window never closes before its message was taken (closing first would look like the
 * reader closing it). Without an answer the page says to close the window.
 */
export const CALLBACK_SCRIPT = `(() => {
  const element = document.getElementById('icra-authorization');
  if (!element) return;
  const hint = document.getElementById('icra-close-hint');
  const showHint = () => { if (hint) hint.hidden = false; };
  const { origin, state, iss, code, error, errorDescription } = element.dataset;
  if (!origin || !window.opener) { showHint(); return; }
  let acknowledged = false;
  window.addEventListener('message', (event) => {
    if (event.origin !== origin || event.source !== window.opener) return;
    const data = event.data;
    if (!data || data.type !== 'icra:authorization-received' || data.state !== state) return;
    acknowledged = true;
  });
  const message = code
    ? { type: 'icra:authorization', code, state, iss }
    : { type: 'icra:authorization', error, ...(errorDescription ? { error_description: errorDescription } : {}), state, iss };
  window.opener.postMessage(message, origin);
  setTimeout(() => { if (!acknowledged) showHint(); }, ${CALLBACK_ACK_WAIT_MS});
})();
`;

export const PAGES_CSS = `:root { color-scheme: light dark; font-family: system-ui, sans-serif; line-height: 1.5; }
body { margin: 0 auto; max-width: 40rem; padding: 1rem; font-size: 1.0625rem; }
.demo-banner { margin: 0 0 1rem; padding: 0.75rem 1rem; border: 3px solid #8a5a00; background: #fff4d6; color: #3d2800; border-radius: 0.5rem; }
.langs { display: flex; gap: 1rem; list-style: none; padding: 0; margin: 0 0 1rem; }
.langs a { display: inline-block; min-height: 44px; line-height: 44px; padding: 0 0.25rem; }
.langs a[aria-current] { font-weight: bold; }
h1 { font-size: 1.75rem; margin: 0.5rem 0; }
h2 { font-size: 1.25rem; margin: 1.5rem 0 0.5rem; }
.choices { list-style: none; padding: 0; margin: 0; display: grid; gap: 0.5rem; }
button { font: inherit; width: 100%; min-height: 48px; padding: 0.75rem 1rem; text-align: start; border: 2px solid #1d4e89; border-radius: 0.5rem; background: Canvas; color: CanvasText; cursor: pointer; }
button:hover { background: #e8f0fb; color: #0b1f36; }
button:focus-visible, a:focus-visible { outline: 3px solid #ffbf47; outline-offset: 2px; }
.name { font-weight: 600; }
.hint { display: block; font-size: 0.9375rem; }
.cancel { text-align: center; border-color: #6b6b6b; }
.errors { padding-inline-start: 1.25rem; }
[hidden] { display: none !important; }
.current { margin: 1rem 0; padding: 0.75rem 1rem; border: 2px solid #1d4e89; border-radius: 0.5rem; }
.portal-sign-out button { text-align: center; }
.verify input { font: inherit; width: 100%; box-sizing: border-box; min-height: 48px; padding: 0.5rem 0.75rem; border: 2px solid CanvasText; border-radius: 0.375rem; letter-spacing: 0.1em; }
.verify input[aria-invalid="true"] { border-color: #b00020; }
.verify label { display: block; font-weight: 600; margin-top: 1rem; }
.verify .hint { margin: 0.25rem 0 0.5rem; }
.verify button { text-align: center; margin-top: 0.5rem; }
.error { color: #b00020; font-weight: 600; margin: 0.25rem 0; }
.verdict { margin: 1rem 0; padding: 0.75rem 1rem; border: 3px solid; border-radius: 0.5rem; }
.verdict.genuine { border-color: #0b6e31; }
.verdict.unknown { border-color: #b00020; }
.verdict h2 { margin-top: 0; }
.verdict dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; margin: 0.5rem 0; }
.verdict dl div { display: contents; }
.verdict dt { font-weight: 600; }
.verdict dd { margin: 0; }
.hash { overflow-wrap: anywhere; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
@media (max-width: 30rem) { .verdict dl { grid-template-columns: 1fr; } .verdict dd { margin-bottom: 0.5rem; } }
@media (prefers-color-scheme: dark) { .error, .verify input[aria-invalid="true"] { color: #ff8a80; border-color: #ff8a80; } .verdict.genuine { border-color: #5fd38d; } .verdict.unknown { border-color: #ff8a80; } }
`;
