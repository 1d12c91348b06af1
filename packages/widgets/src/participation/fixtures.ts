/**
 * Fixtures of `<icra-participation>` for Storybook and unit tests: a session (see
 * ../sign-in/fixtures.ts) and an SDK client whose `fetch` lists polls by state with cursor paging,
 * files applications (with the portal's validation and idempotency keys) and answers the opened
 * poll as ../poll/fixtures.ts does. Typed by the SDK's schemas.
 *
 * ```ts
 * const { api, client } = createParticipationFixture();
 * html`<icra-participation api=${api} authority="guba" .client=${client}></icra-participation>`;
 * ```
 */
import { createIcraClient, type IcraClient, type Lang, type Schemas } from '@icra/sdk';
import { sessionFor } from '../core/auth.js';
import { FIXTURE_POLL_ID, fixturePoll, pollFixtureFetch } from '../poll/fixtures.js';
import { type SignInScenario, signInFixtureApi } from '../sign-in/fixtures.js';

type Poll = Schemas['Poll'];
type PollState = Schemas['PollState'];
type Application = Schemas['ParticipationApplication'];
type Problem = Schemas['Problem'];

const TOPICS: Record<Lang, string[]> = {
  az: [
    'Mərkəzi küçədə velosiped zolağı salınsınmı?',
    'Yeni kitabxananın iş saatları necə olmalıdır?',
    'Qırmızı Qəsəbəyə gedən avtobusun intervalı',
    'Parklarda itlər üçün ayrıca meydança',
    'Məktəblərin yanında piyada keçidləri',
    'Bazar günləri zibil daşınması',
  ],
  en: [
    'Should the main street get a cycle lane?',
    'What opening hours should the new library have?',
    'How often should the bus to Qırmızı Qəsəbə run?',
    'Separate dog areas in the parks',
    'Pedestrian crossings near schools',
    'Rubbish collection on Sundays',
  ],
  ru: [
    'Нужна ли на центральной улице велодорожка?',
    'Какими должны быть часы работы новой библиотеки?',
    'Интервал автобуса до Красной Слободы',
    'Отдельные площадки для собак в парках',
    'Пешеходные переходы у школ',
    'Вывоз мусора по воскресеньям',
  ],
};

/** How many polls of each state the fixture portal has (the open ones need two pages). */
const COUNTS: Record<PollState, number> = { open: 12, upcoming: 1, closed: 3 };
const PAGE = 10;

function pollId(state: PollState, index: number): string {
  if (state === 'open' && index === 0) return FIXTURE_POLL_ID;
  const n = { open: 1, upcoming: 2, closed: 3 }[state];
  return `00000000-0000-4000-800${n}-${String(index).padStart(12, '0')}`;
}

/** The `index`-th poll of `state` as the portal lists it in `lang`. */
export function fixtureListedPoll(lang: Lang, state: PollState, index: number): Poll {
  const scenario = state === 'open' ? 'open' : state;
  const base = fixturePoll(lang, scenario);
  if (state === 'open' && index === 0) return base;
  const topics = TOPICS[lang];
  return {
    ...base,
    id: pollId(state, index),
    question: topics[index % topics.length] ?? base.question,
  };
}

export interface ParticipationFixtureOptions {
  /** The session's state; default `signed-in`. */
  session?: SignInScenario;
  /** `loading` never answers the list, `error` fails it, `empty` lists no polls. */
  list?: 'ok' | 'loading' | 'error' | 'empty';
  /** What filing an application answers: the portal's own checks (default), or a failure. */
  file?: 'ok' | 'unavailable' | 'forbidden';
  /** Filing fails with a 503 this many times first (then the portal's own checks). */
  fileFailures?: number;
  /** Milliseconds before each answer. Default 0. */
  delay?: number;
  /**
   * Holds the answer to a request until the returned promise settles (a test shows the state while
   * the request is in flight, then lets it answer); nothing returned: answered at once.
   */
  hold?: (request: Request) => Promise<void> | undefined;
  /** Called with every request the client makes. */
  onRequest?: (request: Request) => void;
}

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': status < 400 ? 'application/json' : 'application/problem+json' },
  });
}

function problem(
  status: number,
  name: string,
  title: string,
  errors?: Problem['errors'],
  detail?: string,
): Response {
  return json(
    {
      type: `urn:icra:problem:${name}`,
      title,
      status,
      ...(detail ? { detail } : {}),
      ...(errors ? { errors } : {}),
    },
    status,
  );
}

/** The applications the fixture portal has accepted, per client. */
export interface ParticipationFixture {
  api: string;
  client: IcraClient;
  filed: Application[];
}

/** A session in the given state (signed in by default) and a client for `<icra-participation>`. */
export function createParticipationFixture(options: ParticipationFixtureOptions = {}): ParticipationFixture {
  const api = signInFixtureApi(options.session ?? 'signed-in', 'citizen');
  const session = sessionFor(api);
  const pollFetch = pollFixtureFetch(api, {});
  const filed: Application[] = [];
  const uploads = new Map<string, Schemas['ParticipationAttachment']>();
  const byKey = new Map<string, Application>();
  let failures = options.fileFailures ?? 0;
  const fetchFixture: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    options.onRequest?.(request);
    if (options.delay) await new Promise((resolve) => setTimeout(resolve, options.delay));
    await options.hold?.(request);
    const url = new URL(request.url);
    const path = url.pathname.slice(new URL(api).pathname.length);
    if (path === '/v1/participation/polls' && request.method === 'GET') {
      if (options.list === 'loading') return new Promise<Response>(() => {});
      if (options.list === 'error') return problem(500, 'internal', 'Internal error');
      const asked = url.searchParams.get('lang');
      const lang: Lang = asked === 'en' || asked === 'ru' ? asked : 'az';
      const state = (url.searchParams.get('state') ?? 'open') as PollState;
      const count = options.list === 'empty' ? 0 : (COUNTS[state] ?? 0);
      const from = Number(url.searchParams.get('cursor') ?? 0);
      const limit = Number(url.searchParams.get('limit') ?? PAGE);
      const items = Array.from({ length: Math.max(Math.min(limit, count - from), 0) }, (_, i) =>
        fixtureListedPoll(lang, state, from + i),
      );
      const next = from + items.length < count ? String(from + items.length) : null;
      return json({ items, nextCursor: next });
    }
    if (path === '/v1/participation/attachments' && request.method === 'POST') {
      const signedIn =
        Boolean(session.token) && request.headers.get('authorization') === `Bearer ${session.token}`;
      if (!signedIn) return problem(401, 'unauthorized', 'Sign in first');
      const filename = url.searchParams.get('filename') ?? '';
      const contentType = request.headers.get('content-type') ?? '';
      const bytes = await request.arrayBuffer();
      // A file named "refused…" stands for one the portal refuses (e.g. its bytes are not a PDF).
      if (filename.startsWith('refused'))
        return problem(
          415,
          'unsupported-media-type',
          'Unsupported media type',
          undefined,
          'The file is not a PDF.',
        );
      const upload = {
        id: crypto.randomUUID(),
        filename,
        contentType: contentType as Schemas['ParticipationAttachment']['contentType'],
        size: bytes.byteLength,
        createdAt: new Date().toISOString(),
      };
      uploads.set(upload.id, upload);
      return json(upload, 201);
    }
    if (path === '/v1/participation/applications' && request.method === 'POST') {
      const signedIn =
        Boolean(session.token) && request.headers.get('authorization') === `Bearer ${session.token}`;
      if (!signedIn) return problem(401, 'unauthorized', 'Sign in first');
      if (options.file === 'unavailable') return problem(503, 'unavailable', 'Unavailable');
      if (options.file === 'forbidden') return problem(403, 'forbidden', 'Forbidden');
      if (failures > 0) {
        failures -= 1;
        return problem(503, 'unavailable', 'Unavailable');
      }
      const key = request.headers.get('idempotency-key') ?? '';
      const again = byKey.get(key);
      if (again) return json(again, 201);
      const body = (await request.json()) as Schemas['ParticipationApplicationInput'];
      const errors: NonNullable<Problem['errors']> = [];
      // The portal's own rules; a subject that starts with "!" stands for one only the portal knows.
      if (body.title.length < 3 || body.title.startsWith('!'))
        errors.push({ pointer: '/body/title', detail: 'The portal refuses this subject.' });
      if (body.text.length < 10) errors.push({ pointer: '/body/text', detail: 'Too short (portal)' });
      (body.attachments ?? []).forEach((id, index) => {
        if (!uploads.has(id))
          errors.push({ pointer: `/body/attachments/${index}`, detail: 'Unknown upload' });
      });
      if (errors.length) return problem(422, 'validation', 'Invalid request', errors);
      const at = new Date().toISOString();
      const application: Application = {
        id: crypto.randomUUID(),
        authority: body.authority,
        attachments: (body.attachments ?? []).map((id) => {
          const { filename, contentType, size } = uploads.get(id)!;
          return { id, filename, contentType, size };
        }),
        direction: body.direction,
        title: body.title,
        text: body.text,
        status: 'submitted',
        decisionReason: null,
        pollId: null,
        history: [{ status: 'submitted', at }],
        createdAt: at,
      };
      filed.push(application);
      if (key) byKey.set(key, application);
      return json(application, 201);
    }
    return pollFetch(request);
  };
  const client = createIcraClient({
    baseUrl: api,
    lang: 'az',
    token: () => session.token,
    fetch: fetchFixture,
    retry: 0,
    timeout: options.list === 'loading' ? 2_147_483_647 : 10_000,
  });
  return { api, client, filed };
}
