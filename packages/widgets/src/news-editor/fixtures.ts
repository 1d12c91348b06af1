/**
 * Editor fixtures for Storybook and unit tests: a session signed in as an official (see
 * ../sign-in/fixtures.ts) and a client whose `fetch` answers the editorial operations from an
 * in-memory store of typed articles, as the portal does — 401 without a token, 403 for another authority's
 * news (`scenario: 'forbidden'`), 400 with field pointers for a missing title or summary, 412 on a
 * stale `If-Match`, the same answer again for a repeated `Idempotency-Key`.
 *
 * ```ts
 * const { api, client } = createEditorFixture({ scenario: 'loaded' });
 * html`<icra-news-editor api=${api} authority="guba" .client=${client}></icra-news-editor>`;
 * ```
 */
import type { IcraClient, Lang, Schemas } from '@icra/sdk';
import { type SignInScenario, signInFixtureApi, staffClient, staffMe } from '../sign-in/fixtures.js';
import type {
  EditorialNews,
  EditorialNewsPage,
  EditorialNewsSummary,
  EditorialTranslationInput,
  NewsDraftInput,
  NewsUpdateInput,
} from './types.js';

type Problem = Schemas['Problem'];

export type EditorScenario = 'loaded' | 'empty' | 'forbidden' | 'error';

export interface EditorFixtureOptions {
  scenario?: EditorScenario;
  session?: SignInScenario;
  /** Milliseconds before each answer (Storybook). Default 0. */
  delay?: number;
  /**
   * Holds the answer to `request` until the promise it returns settles (a test releases it, and
   * asserts what shows meanwhile); `undefined` answers at once.
   */
  hold?: (request: Request) => Promise<void> | undefined;
  /** The next write answers `fieldErrorStatus` with these field errors (pointers into the request). */
  fieldErrors?: NonNullable<Problem['errors']>;
  /** 400 (default: the schema refused a field) or 422 (the portal refused its content). */
  fieldErrorStatus?: 400 | 422;
  /** The next this many writes answer 503, as a portal that is briefly down. */
  failWrites?: number;
  /** Called with every request, with its JSON body when it has one. */
  onRequest?: (request: Request, body: unknown) => void;
}

export interface EditorFixture {
  api: string;
  fetch: typeof fetch;
  /** An SDK client on that `fetch`, sending the session's token: give it to the editor's `client`. */
  client: IcraClient;
  /** The articles as they stand, newest change first. */
  articles: EditorialNews[];
}

function seed(): EditorialNews[] {
  const at = (day: number) => `2026-11-${String(day).padStart(2, '0')}T09:00:00.000Z`;
  return [
    {
      id: '5d1c2c6e-8a0b-4f2e-9d53-000000000001',
      authority: 'guba',
      status: 'draft',
      publishedAt: null,
      createdAt: at(24),
      updatedAt: at(24),
      version: 1,
      cover: null,
      translations: {
        az: {
          title: 'Qırmızı Qəsəbədə yeni kitabxana',
          summary: 'Qəsəbədə uşaqlar üçün oxu zalı olan kitabxana açılır.',
          bodyHtml:
            '<p>Kitabxana <strong>dekabrın 1-də</strong> açılır.</p><ul><li>Oxu zalı</li><li>Uşaq bölməsi</li></ul>',
          coverAlt: null,
        },
      },
    },
    {
      id: '5d1c2c6e-8a0b-4f2e-9d53-000000000002',
      authority: 'guba',
      status: 'published',
      publishedAt: at(20),
      createdAt: at(19),
      updatedAt: at(20),
      version: 3,
      cover: null,
      translations: {
        az: {
          title: 'Quba almasının bayramı keçirildi',
          summary: 'Bayramda 40-dan çox təsərrüfat məhsullarını nümayiş etdirdi.',
          bodyHtml: '<p>Bayram şəhər parkında keçirildi.</p>',
          coverAlt: null,
        },
        en: {
          title: 'Guba apple festival held',
          summary: 'More than 40 farms showed their produce at the festival.',
          bodyHtml: '<p>The festival took place in the city park.</p>',
          coverAlt: null,
        },
      },
    },
  ];
}

function json(
  body: EditorialNews | EditorialNewsPage | Problem,
  status = 200,
  headers: Record<string, string> = {},
): Response {
  const type = status >= 400 ? 'application/problem+json' : 'application/json';
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': type, ...headers } });
}

function problem(status: number, name: string, title: string, errors?: Problem['errors']): Response {
  return json({ type: `urn:icra:problem:${name}`, title, status, ...(errors ? { errors } : {}) }, status);
}

function summaryOf(article: EditorialNews): EditorialNewsSummary {
  const titles: EditorialNewsSummary['titles'] = { az: article.translations.az.title };
  if (article.translations.en) titles.en = article.translations.en.title;
  if (article.translations.ru) titles.ru = article.translations.ru.title;
  const { translations: _translations, createdAt: _createdAt, ...rest } = article;
  return { ...rest, titles };
}

function checkTranslation(
  lang: Lang,
  input: EditorialTranslationInput | null | undefined,
  errors: NonNullable<Problem['errors']>,
): void {
  if (!input) return;
  if (!input.title?.trim())
    errors.push({ pointer: `/body/translations/${lang}/title`, detail: 'Enter a title' });
  if (!input.summary?.trim())
    errors.push({ pointer: `/body/translations/${lang}/summary`, detail: 'Enter a summary' });
}

function translation(input: EditorialTranslationInput) {
  return {
    title: input.title,
    summary: input.summary,
    bodyHtml: input.bodyHtml,
    coverAlt: input.coverAlt ?? null,
  };
}

let ids = 100;

export function createEditorFixture(options: EditorFixtureOptions = {}): EditorFixture {
  const { scenario = 'loaded', delay = 0 } = options;
  const api = signInFixtureApi(options.session ?? 'signed-in', 'official');
  const articles = scenario === 'loaded' ? seed() : [];
  const replays = new Map<string, Response>();
  let { fieldErrors, failWrites = 0 } = options;

  const handle = async (request: Request): Promise<Response> => {
    if (!request.headers.get('authorization')?.startsWith('Bearer '))
      return problem(401, 'unauthorized', 'Sign in');
    const me = staffMe(request);
    if (me) return me;
    if (scenario === 'error') return problem(500, 'internal', 'Internal error');
    if (scenario === 'forbidden') return problem(403, 'forbidden', 'Forbidden');
    const url = new URL(request.url);
    const path = url.pathname.replace(/^.*\/v1\/editorial/, '');
    const method = request.method;
    const body = request.headers.get('content-type')?.includes('json')
      ? await request.clone().json()
      : undefined;
    options.onRequest?.(request, body);
    if (method !== 'GET' && failWrites > 0) {
      failWrites -= 1;
      return problem(503, 'unavailable', 'Service unavailable');
    }
    if (method !== 'GET' && fieldErrors) {
      const errors = fieldErrors;
      fieldErrors = undefined;
      return problem(options.fieldErrorStatus ?? 400, 'validation', 'Invalid request', errors);
    }

    if (path === '/news' && method === 'GET') {
      if (url.searchParams.get('authority') !== 'guba') return problem(403, 'forbidden', 'Forbidden');
      const items = [...articles].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)).map(summaryOf);
      return json({ items, nextCursor: null });
    }
    if (path === '/news' && method === 'POST') {
      const input = body as NewsDraftInput;
      if (input.authority !== 'guba') return problem(403, 'forbidden', 'Forbidden');
      const errors: NonNullable<Problem['errors']> = [];
      for (const lang of ['az', 'en', 'ru'] as const)
        checkTranslation(lang, input.translations[lang], errors);
      if (!input.translations.az) errors.push({ pointer: '/body/translations/az', detail: 'Required' });
      if (errors.length) return problem(400, 'validation', 'Invalid request', errors);
      const now = new Date().toISOString();
      ids += 1;
      const article: EditorialNews = {
        id: `5d1c2c6e-8a0b-4f2e-9d53-${String(ids).padStart(12, '0')}`,
        authority: 'guba',
        status: 'draft',
        publishedAt: null,
        createdAt: now,
        updatedAt: now,
        version: 1,
        cover: null,
        translations: { az: translation(input.translations.az) },
      };
      if (input.translations.en) article.translations.en = translation(input.translations.en);
      if (input.translations.ru) article.translations.ru = translation(input.translations.ru);
      articles.push(article);
      return json(article, 201, { location: `/v1/editorial/news/${article.id}` });
    }
    const match = /^\/news\/([^/]+)(\/publish|\/unpublish|\/cover)?$/.exec(path);
    const article = match ? articles.find((candidate) => candidate.id === match[1]) : undefined;
    if (!match || !article) return problem(404, 'not-found', 'Not found');
    const action = match[2];
    const touch = () => {
      article.version += 1;
      article.updatedAt = new Date().toISOString();
    };
    if (!action && method === 'GET') return json(article, 200, { etag: `"v${article.version}"` });
    if (!action && method === 'PATCH') {
      const ifMatch = request.headers.get('if-match');
      if (ifMatch && ifMatch !== `"v${article.version}"`)
        return problem(412, 'precondition-failed', 'Changed');
      const input = body as NewsUpdateInput;
      const errors: NonNullable<Problem['errors']> = [];
      for (const lang of ['az', 'en', 'ru'] as const)
        checkTranslation(lang, input.translations[lang], errors);
      if (errors.length) return problem(400, 'validation', 'Invalid request', errors);
      for (const lang of ['az', 'en', 'ru'] as const) {
        const next = input.translations[lang];
        if (next === null && lang !== 'az') delete article.translations[lang];
        else if (next) article.translations[lang] = translation(next);
      }
      touch();
      return json(article);
    }
    if (!action && method === 'DELETE') {
      articles.splice(articles.indexOf(article), 1);
      return new Response(null, { status: 204 });
    }
    if (action === '/publish' && method === 'POST') {
      article.status = 'published';
      article.publishedAt = new Date().toISOString();
      touch();
      return json(article);
    }
    if (action === '/unpublish' && method === 'POST') {
      article.status = 'draft';
      touch();
      return json(article);
    }
    if (action === '/cover' && method === 'PUT') {
      const type = request.headers.get('content-type') ?? '';
      if (!['image/png', 'image/jpeg', 'image/webp'].includes(type))
        return problem(415, 'unsupported-media-type', 'Unsupported');
      const bytes = await request.arrayBuffer();
      if (bytes.byteLength > 2 * 1024 * 1024) return problem(413, 'too-large', 'Too large');
      const svg =
        '<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360"><rect width="640" height="360" fill="#98c1d9"/></svg>';
      article.cover = { url: `data:image/svg+xml,${encodeURIComponent(svg)}`, width: 640, height: 360 };
      touch();
      return json(article);
    }
    if (action === '/cover' && method === 'DELETE') {
      article.cover = null;
      touch();
      return json(article);
    }
    return problem(405, 'method-not-allowed', 'Method not allowed');
  };

  const fixtureFetch: typeof fetch = async (input, init) => {
    const request = input instanceof Request ? input : new Request(input, init);
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    await options.hold?.(request);
    const key = request.headers.get('idempotency-key');
    const replayKey = key ? `${request.method} ${request.url} ${key}` : undefined;
    const replay = replayKey ? replays.get(replayKey) : undefined;
    if (replay) {
      const copy = replay.clone();
      return new Response(copy.body, {
        status: copy.status,
        headers: { ...Object.fromEntries(copy.headers), 'idempotent-replayed': 'true' },
      });
    }
    const response = await handle(request);
    if (replayKey && response.status < 500) replays.set(replayKey, response.clone());
    return response;
  };

  return { api, fetch: fixtureFetch, client: staffClient(api, fixtureFetch), articles };
}
