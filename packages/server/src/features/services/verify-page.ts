/**
 * The page a person opens to check a certificate: the address printed on it, `/verify/<code>`, or
 * `/verify` with a form to type the code in. It says what `GET /v1/verify/{code}` says, in words and
 * in the reader's language (a bank clerk holding a paper has no use for JSON), and nothing of the
 * person the document was issued to. Rendered on the server, with no script at all.
 */
import type { Context, Hono } from 'hono';
import { bakuDate } from '../../domain/holidays.js';
import type { AppEnv } from '../../http/env.js';
import { isLang, type Lang, negotiateAcceptLanguage } from '../../http/lang.js';
import { format, type Translations } from '../../http/messages.js';
import type { FeatureContextProvider } from '../context.js';
import { escapeHtml, languageNav, PAGE_HEADERS, renderPage } from '../identity/index.js';
import { longDate } from './certificate.js';
import { parseCode, verifyResult } from './processing.js';

const text = {
  title: { az: 'Sənədin yoxlanılması', en: 'Check a document', ru: 'Проверка документа' },
  intro: {
    az: 'Portalın verdiyi arayış və ya başqa nəticə sənədi üzərindəki yoxlama kodunu yazın: onun həqiqətən verildiyini, kim tərəfindən və nə vaxt verildiyini görəcəksiniz. Sənədin kimə verildiyi burada göstərilmir.',
    en: 'Type the verification code printed on a certificate or another result the portal issued: you will see whether it was really issued, by whom and when. Who it was issued to is not shown here.',
    ru: 'Введите код проверки, напечатанный на справке или другом документе, выданном порталом: вы увидите, действительно ли он выдан, кем и когда. Кому он выдан, здесь не показывается.',
  },
  code: { az: 'Yoxlama kodu', en: 'Verification code', ru: 'Код проверки' },
  codeHint: {
    az: '12 hərf və rəqəm, məsələn 7KQ4-WX2M-9HTA. Böyük-kiçik hərf və tire fərq etmir.',
    en: '12 letters and digits, for example 7KQ4-WX2M-9HTA. Case and dashes do not matter.',
    ru: '12 букв и цифр, например 7KQ4-WX2M-9HTA. Регистр и дефисы не важны.',
  },
  check: { az: 'Yoxla', en: 'Check', ru: 'Проверить' },
  genuine: { az: 'Sənəd həqiqidir', en: 'The document is genuine', ru: 'Документ подлинный' },
  genuineIntro: {
    az: 'Bu kodla sənədi portal vermişdir. Əlinizdəki sənəddəki məlumatlar aşağıdakılarla eyni olmalıdır.',
    en: 'The portal issued a document with this code. What the document in your hands says must match the following.',
    ru: 'Документ с этим кодом выдан порталом. Сведения в документе, который у вас в руках, должны совпадать с приведёнными ниже.',
  },
  authority: { az: 'Verən orqan', en: 'Issued by', ru: 'Кем выдан' },
  service: { az: 'Xidmət', en: 'Service', ru: 'Услуга' },
  reference: { az: 'Müraciətin nömrəsi', en: 'Application reference', ru: 'Номер заявления' },
  issuedOn: { az: 'Verilmə tarixi', en: 'Date of issue', ru: 'Дата выдачи' },
  kind: { az: 'Sənəd', en: 'Document', ru: 'Документ' },
  generated: {
    az: 'Portalın hazırladığı arayış',
    en: 'A certificate the portal produced',
    ru: 'Справка, составленная порталом',
  },
  attached: {
    az: 'İcra hakimiyyətinin yüklədiyi PDF',
    en: 'A PDF the authority uploaded',
    ru: 'PDF, загруженный органом власти',
  },
  sha256: { az: 'Faylın SHA-256 cəmi', en: 'SHA-256 of the file', ru: 'SHA-256 файла' },
  sha256Hint: {
    az: 'Elektron nüsxəni yoxlamaq üçün: faylın SHA-256 cəmi bununla eyni olmalıdır.',
    en: 'To check an electronic copy: the SHA-256 of the file must be this one.',
    ru: 'Для проверки электронной копии: SHA-256 файла должна совпадать с этой.',
  },
  notFound: {
    az: 'Belə sənəd verilməyib',
    en: 'No such document was issued',
    ru: 'Такой документ не выдавался',
  },
  notFoundText: {
    az: '{code} kodu ilə portal heç bir sənəd verməyib. Kodu sənəddə yazıldığı kimi yazdığınızı yoxlayın; yenə tapılmasa, sənəd həqiqi deyil.',
    en: 'The portal issued no document with the code {code}. Check that you typed it as printed; if it is still not found, the document is not genuine.',
    ru: 'Портал не выдавал документа с кодом {code}. Проверьте, что вы ввели его так, как он напечатан; если документ по-прежнему не найден, он не подлинный.',
  },
  malformed: {
    az: 'Yoxlama kodu 12 hərf və rəqəmdən ibarətdir (0, O, 1 və I olmadan).',
    en: 'A verification code has 12 letters and digits (never 0, O, 1 or I).',
    ru: 'Код проверки состоит из 12 букв и цифр (без 0, O, 1 и I).',
  },
  errorPrefix: { az: 'Xəta', en: 'Error', ru: 'Ошибка' },
} satisfies Record<string, Translations>;

type Verdict =
  | { kind: 'none' }
  | { kind: 'malformed'; typed: string }
  | { kind: 'unknown'; code: string }
  | { kind: 'genuine'; found: NonNullable<Awaited<ReturnType<typeof verifyResult>>> };

/** `/verify` or `/verify/<code>` in `lang`, for the language links. */
const addressIn = (lang: Lang, typed: string) =>
  typed ? `/verify/${encodeURIComponent(typed)}?lang=${lang}` : `/verify?lang=${lang}`;

function renderVerifyPage(lang: Lang, typed: string, verdict: Verdict): string {
  const t = (key: keyof typeof text) => escapeHtml(text[key][lang]);
  const malformed = verdict.kind === 'malformed';
  const form = [
    '<form method="get" action="/verify" class="verify">',
    `<input type="hidden" name="lang" value="${lang}">`,
    `<label for="code">${t('code')}</label>`,
    `<p class="hint" id="code-hint">${t('codeHint')}</p>`,
    malformed
      ? `<p class="error" id="code-error"><span class="visually-hidden">${t('errorPrefix')}: </span>${t('malformed')}</p>`
      : '',
    `<input id="code" name="code" value="${escapeHtml(typed)}" autocomplete="off" spellcheck="false" autocapitalize="characters" maxlength="40"` +
      ` aria-describedby="${malformed ? 'code-error ' : ''}code-hint"${malformed ? ' aria-invalid="true" autofocus' : ''}${verdict.kind === 'none' ? ' autofocus' : ''} required>`,
    `<p><button type="submit">${t('check')}</button></p>`,
    '</form>',
  ].join('\n');
  let result = '';
  if (verdict.kind === 'unknown') {
    result = [
      '<section class="verdict unknown" aria-labelledby="verdict">',
      `<h2 id="verdict">${t('notFound')}</h2>`,
      `<p>${escapeHtml(format(text.notFoundText[lang], { code: verdict.code }))}</p>`,
      '</section>',
    ].join('\n');
  } else if (verdict.kind === 'genuine') {
    const { found } = verdict;
    const rows: [string, string][] = [
      [text.authority[lang], found.authorityName],
      [text.service[lang], found.serviceTitle],
      [text.reference[lang], found.reference],
      [text.issuedOn[lang], longDate(bakuDate(new Date(found.issuedAt)), lang)],
      [text.code[lang], found.code],
      [text.kind[lang], found.generated ? text.generated[lang] : text.attached[lang]],
    ];
    result = [
      '<section class="verdict genuine" aria-labelledby="verdict">',
      `<h2 id="verdict">${t('genuine')}</h2>`,
      `<p>${t('genuineIntro')}</p>`,
      `<dl>${rows.map(([term, value]) => `<div><dt>${escapeHtml(term)}</dt><dd>${escapeHtml(value)}</dd></div>`).join('')}</dl>`,
      `<p class="hint">${t('sha256Hint')}</p>`,
      `<p><span class="name">${t('sha256')}:</span> <code class="hash">${escapeHtml(found.sha256)}</code></p>`,
      '</section>',
    ].join('\n');
  }
  const body = [
    languageNav(lang, (l) => addressIn(l, typed)),
    '<main>',
    `<h1>${t('title')}</h1>`,
    result,
    `<p>${t('intro')}</p>`,
    form,
    '</main>',
  ].join('\n');
  const title =
    verdict.kind === 'genuine'
      ? `${text.genuine[lang]} — ${text.title[lang]}`
      : verdict.kind === 'unknown'
        ? `${text.notFound[lang]} — ${text.title[lang]}`
        : malformed
          ? `${text.errorPrefix[lang]}: ${text.title[lang]}`
          : text.title[lang];
  return renderPage(lang, title, body);
}

/** `GET /verify` (with `?code=`) and `GET /verify/<code>`: the human side of `GET /v1/verify/{code}`. */
export function mountVerifyPage(app: Hono<AppEnv>, context: FeatureContextProvider): void {
  const handle = async (c: Context<AppEnv>, typed: string) => {
    const asked = c.req.query('lang');
    const lang = isLang(asked) ? asked : negotiateAcceptLanguage(c.req.header('Accept-Language'));
    const headers = { ...PAGE_HEADERS, 'Content-Language': lang, Vary: 'Accept-Language' };
    const trimmed = typed.trim().slice(0, 40);
    if (!trimmed) return c.body(renderVerifyPage(lang, '', { kind: 'none' }), 200, headers);
    const code = parseCode(trimmed);
    if (!code)
      return c.body(renderVerifyPage(lang, trimmed, { kind: 'malformed', typed: trimmed }), 400, headers);
    const found = await verifyResult(context().db, code, lang);
    const verdict: Verdict = found ? { kind: 'genuine', found } : { kind: 'unknown', code: trimmed };
    return c.body(renderVerifyPage(lang, trimmed, verdict), found ? 200 : 404, headers);
  };
  app.get('/verify', (c) => handle(c, c.req.query('code') ?? ''));
  app.get('/verify/:code', (c) => handle(c, c.req.param('code')));
}
