/**
 * Moderation fixtures for Storybook and unit tests: a session signed in as an official (see
 * ../sign-in/fixtures.ts) and an SDK client, sending the session's token, whose `fetch` answers the
 * moderation operations from an in-memory store of typed applications and polls, as the portal
 * does — 401 without a token, 403 for another authority than Guba (`scenario: 'forbidden'`: for
 * every request), 400 with field pointers for what PollDefinition refuses, 409 for an application
 * already decided, the same answer again for a repeated `Idempotency-Key`; an attachment's
 * download, a few bytes of its type. `hold` keeps an answer back until the test lets it go, so a
 * test sees the state in between (busy, loading) for as long as it looks.
 *
 * ```ts
 * const { api, client } = createModerationFixture({ scenario: 'loaded' });
 * html`<icra-moderation api=${api} authority="guba" .client=${client}></icra-moderation>`;
 * ```
 */
import { type IcraClient, participationDirectionValues, type Schemas } from '@icra/sdk';
import { fixtureAttachmentBytes } from '../cabinet/fixtures.js';
import { type SignInScenario, signInFixtureApi, staffClient, staffMe } from '../sign-in/fixtures.js';
import type {
  ParticipationApplication,
  ParticipationApplicationPage,
  ParticipationDirection,
  Poll,
  PollDefinition,
  PollInput,
} from './types.js';

type Problem = Schemas['Problem'];

/** `many`: 25 applications awaiting a decision, so the list has a second page. */
export type ModerationScenario = 'loaded' | 'empty' | 'many' | 'forbidden' | 'error';

export interface ModerationFixtureOptions {
  scenario?: ModerationScenario;
  session?: SignInScenario;
  /** Milliseconds before each answer (Storybook). Default 0. */
  delay?: number;
  /**
   * Called with every request before it is answered: the answer waits for the promise returned
   * (undefined: answered at once). A request aborted meanwhile fails as an abort.
   */
  hold?: (request: Request) => Promise<void> | undefined;
  /** Applications instead of the seeded ones. */
  applications?: ParticipationApplication[];
  /** The next write answers 400 with these field errors (pointers into the request). */
  fieldErrors?: NonNullable<Problem['errors']>;
  /** Downloading an attachment answers 503. */
  failAttachments?: boolean;
  /** The next this many writes answer 503, as a portal that is briefly down. */
  failWrites?: number;
  /** Called with every request, with its JSON body when it has one. */
  onRequest?: (request: Request, body: unknown) => void;
}

export interface ModerationFixture {
  api: string;
  /**
   * The client to give the desk: it sends the fixture session's token and its requests are
   * answered from memory (the sign-in control inside gets it too: it asks `/v1/me`). Not retried.
   */
  client: IcraClient;
  /** The applications as they stand. */
  applications: ParticipationApplication[];
  /** The polls created, in order. */
  polls: Poll[];
}

const at = (day: number, hour = 9) =>
  `2026-11-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00.000Z`;
const id = (n: number) => `a7f3c1d2-4b5e-4f60-8a9b-${String(n).padStart(12, '0')}`;

function application(
  n: number,
  direction: ParticipationDirection,
  title: string,
  text: string,
  day: number,
): ParticipationApplication {
  return {
    id: id(n),
    authority: 'guba',
    attachments: [],
    direction,
    title,
    text,
    status: 'submitted',
    decisionReason: null,
    pollId: null,
    history: [{ status: 'submitted', at: at(day) }],
    createdAt: at(day),
  };
}

export function seedApplications(scenario: ModerationScenario = 'loaded'): ParticipationApplication[] {
  if (scenario === 'empty') return [];
  if (scenario === 'many') {
    const directions: readonly ParticipationDirection[] = participationDirectionValues;
    return Array.from({ length: 25 }, (_, i) =>
      application(
        i + 1,
        directions[i % directions.length]!,
        `Müraciət ${i + 1}`,
        'Müraciətin mətni: vətəndaşın təklifi.',
        Math.max(1, 25 - i),
      ),
    );
  }
  const approved = application(
    4,
    'education',
    'Məktəbin idman zalının təmiri',
    '3 nömrəli məktəbin idman zalının damı axır. Təmir olunmasını xahiş edirik.',
    10,
  );
  approved.status = 'approved';
  approved.pollId = 'b0c2d4e6-1a2b-4c3d-8e4f-000000000001';
  approved.history.push({ status: 'approved', at: at(12) });
  const rejected = application(
    5,
    'other',
    'Bazar günləri kitab yarmarkası',
    'Hər bazar günü mərkəzi meydanda kitab yarmarkası keçirilsin.',
    8,
  );
  rejected.status = 'rejected';
  rejected.decisionReason = 'Bu məsələ kitabxananın səlahiyyətindədir; müraciətinizi ora göndərin.';
  rejected.history.push({ status: 'rejected', at: at(9), reason: rejected.decisionReason });
  const road = application(
    1,
    'roads_transport',
    'Qırmızı Qəsəbəyə gedən yolun təmiri',
    'Qırmızı Qəsəbəyə gedən yolda çuxurlar çoxdur, yağışdan sonra keçmək olmur.\nYolun asfaltlanmasını xahiş edirik.',
    24,
  );
  road.attachments = [
    {
      id: 'e1f2a3b4-c5d6-4e7f-8a9b-000000000001',
      filename: 'yol <i>çuxurlar</i>.jpg',
      contentType: 'image/jpeg',
      size: 2_411_725,
    },
    {
      id: 'e1f2a3b4-c5d6-4e7f-8a9b-000000000002',
      filename: 'Kənd sakinlərinin imzaları.pdf',
      contentType: 'application/pdf',
      size: 153_600,
    },
  ];
  return [
    road,
    application(
      2,
      'culture_sport',
      'Şəhər parkında uşaq meydançası',
      'Şəhər parkında uşaqlar üçün oyun meydançası yoxdur. Meydança qurulmasını təklif edirik.',
      22,
    ),
    application(
      3,
      'utilities',
      'Nizami küçəsində su kəsintiləri',
      'Nizami küçəsində həftədə bir neçə dəfə su kəsilir və əvvəlcədən xəbər verilmir.',
      20,
    ),
    approved,
    rejected,
  ];
}

function json(
  body: ParticipationApplication | ParticipationApplicationPage | Poll | Problem,
  status = 200,
): Response {
  const type = status >= 400 ? 'application/problem+json' : 'application/json';
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });
}

function problem(status: number, name: string, title: string, errors?: Problem['errors']): Response {
  return json({ type: `urn:icra:problem:${name}`, title, status, ...(errors ? { errors } : {}) }, status);
}

/** What PollDefinition refuses, with the portal's pointers. */
function checkPoll(input: PollDefinition): NonNullable<Problem['errors']> {
  const errors: NonNullable<Problem['errors']> = [];
  if (!input.question?.az?.trim()) errors.push({ pointer: '/body/question/az', detail: 'Required' });
  const options = input.options ?? [];
  if (options.length < 2 || options.length > 10)
    errors.push({ pointer: '/body/options', detail: 'From 2 to 10 options' });
  options.forEach((option, i) => {
    if (!option.az?.trim()) errors.push({ pointer: `/body/options/${i}/az`, detail: 'Required' });
  });
  const opens = Date.parse(input.opensAt);
  const closes = Date.parse(input.closesAt);
  if (Number.isNaN(opens)) errors.push({ pointer: '/body/opensAt', detail: 'Invalid date-time' });
  if (Number.isNaN(closes)) errors.push({ pointer: '/body/closesAt', detail: 'Invalid date-time' });
  else if (closes <= opens)
    errors.push({ pointer: '/body/closesAt', detail: 'closesAt must be after opensAt' });
  return errors;
}

/** `held`, or an abort as soon as `signal` is aborted (as `fetch` fails on an abort). */
function untilAborted(held: Promise<void>, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const abort = () => reject(signal.reason ?? new DOMException('The request was aborted.', 'AbortError'));
    if (signal.aborted) return abort();
    signal.addEventListener('abort', abort, { once: true });
    held.then(resolve, reject);
  });
}

let polls = 0;

function toPoll(input: PollDefinition, sourceApplicationId: string | null): Poll {
  polls += 1;
  const now = Date.now();
  return {
    id: `b0c2d4e6-1a2b-4c3d-8e4f-${String(100 + polls).padStart(12, '0')}`,
    authority: 'guba',
    lang: 'az',
    question: input.question.az,
    options: input.options.map((option, i) => ({ option: i, text: option.az })),
    opensAt: input.opensAt,
    closesAt: input.closesAt,
    state:
      now < Date.parse(input.opensAt) ? 'upcoming' : now < Date.parse(input.closesAt) ? 'open' : 'closed',
    eligibility: input.eligibility,
    resultsVisibility: input.resultsVisibility,
    sourceApplicationId,
    // The portal makes a poll's ballot key on first need: none yet for a poll just created.
    ballotKeyId: null,
  };
}

export function createModerationFixture(options: ModerationFixtureOptions = {}): ModerationFixture {
  const { scenario = 'loaded', delay = 0 } = options;
  const api = signInFixtureApi(options.session ?? 'signed-in', 'official');
  const applications = options.applications ?? seedApplications(scenario);
  const created: Poll[] = [];
  const replays = new Map<string, Response>();
  let { fieldErrors, failWrites = 0 } = options;
  const { failAttachments } = options;

  const handle = async (request: Request): Promise<Response> => {
    if (!request.headers.get('authorization')?.startsWith('Bearer '))
      return problem(401, 'unauthorized', 'Sign in');
    const me = staffMe(request);
    if (me) return me;
    if (scenario === 'error') return problem(500, 'internal', 'Internal error');
    if (scenario === 'forbidden') return problem(403, 'forbidden', 'Forbidden');
    const url = new URL(request.url);
    const path = url.pathname.replace(/^.*\/v1\/participation/, '');
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
      return problem(400, 'validation', 'Invalid request', errors);
    }

    if (path === '/applications' && method === 'GET') {
      if (url.searchParams.get('authority') !== 'guba') return problem(403, 'forbidden', 'Forbidden');
      const status = url.searchParams.get('status');
      const limit = Number(url.searchParams.get('limit') ?? 20);
      const start = Number(url.searchParams.get('cursor') ?? 0);
      const all = applications
        .filter((item) => !status || item.status === status)
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
      const items = all.slice(start, start + limit);
      return json({ items, nextCursor: start + limit < all.length ? String(start + limit) : null });
    }
    if (path === '/polls' && method === 'POST') {
      const input = body as PollInput;
      if (input.authority !== 'guba') return problem(403, 'forbidden', 'Forbidden');
      const errors = checkPoll(input);
      if (errors.length) return problem(400, 'validation', 'Invalid request', errors);
      const { authority: _authority, ...definition } = input;
      const poll = toPoll(definition, null);
      created.push(poll);
      return json(poll, 201);
    }
    const file = /^\/applications\/([^/]+)\/attachments\/([^/]+)$/.exec(path);
    if (file && method === 'GET') {
      const attachment = applications
        .find((candidate) => candidate.id === file[1])
        ?.attachments.find((candidate) => candidate.id === file[2]);
      if (!attachment) return problem(404, 'not-found', 'Not found');
      if (failAttachments) return problem(503, 'unavailable', 'Service unavailable');
      return new Response(fixtureAttachmentBytes(attachment.contentType), {
        headers: { 'content-type': attachment.contentType },
      });
    }
    const match = /^\/applications\/([^/]+)(\/approve|\/reject)?$/.exec(path);
    const found = match ? applications.find((candidate) => candidate.id === match[1]) : undefined;
    if (!match || !found) return problem(404, 'not-found', 'Not found');
    const action = match[2];
    if (!action && method === 'GET') return json(found);
    if (action && method === 'POST') {
      if (found.status !== 'submitted')
        return json(
          {
            type: 'urn:icra:problem:conflict',
            title: 'Conflict',
            status: 409,
            detail: 'This application has already been decided.',
          },
          409,
        );
      const now = new Date().toISOString();
      if (action === '/reject') {
        const reason = String((body as { reason?: unknown }).reason ?? '').trim();
        if (reason.length < 3)
          return problem(400, 'validation', 'Invalid request', [
            { pointer: '/body/reason', detail: 'Too short' },
          ]);
        found.status = 'rejected';
        found.decisionReason = reason;
        found.history.push({ status: 'rejected', at: now, reason });
        return json(found);
      }
      const errors = checkPoll(body as PollDefinition);
      if (errors.length) return problem(400, 'validation', 'Invalid request', errors);
      const poll = toPoll(body as PollDefinition, found.id);
      created.push(poll);
      found.status = 'approved';
      found.pollId = poll.id;
      found.history.push({ status: 'approved', at: now });
      return json(poll, 201);
    }
    return problem(405, 'method-not-allowed', 'Method not allowed');
  };

  const fixtureFetch: typeof fetch = async (input, init) => {
    const request = input instanceof Request ? input : new Request(input, init);
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    const held = options.hold?.(request);
    if (held) await untilAborted(held, request.signal);
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

  return { api, client: staffClient(api, fixtureFetch), applications, polls: created };
}
