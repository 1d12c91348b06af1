/**
 * Reception desk fixtures for Storybook and unit tests: a session signed in as an official (see
 * ../sign-in/fixtures.ts) and an SDK client, sending the session's token, whose `fetch` answers the
 * reception's operations from an in-memory store of typed requests, as the portal does — Guba's
 * three officials with their weekly hours (the head on Tuesdays 10:00–13:00 in room 204, the
 * deputies on two half-days each in the reception hall), their slots free or taken in the weeks
 * asked for, 401 without a token, 403 for the queue and the changes with `scenario: 'forbidden'`
 * (the officials and their slots stay public), the queue by status with its cursor, 412 for a stale
 * `If-Match`, 409 for a change that does not lead from the request's status, 409 `slot-taken` with
 * the nearest free slots when the official or the room has a meeting then (or, with `slotTaken`, for
 * the next schedule or reschedule: another officer took that time first, and it stays taken; with
 * `changedMeanwhile`, 412 for the next change), 422
 * with a pointer for a reason under 3 characters. `hold` keeps an answer back until the test lets
 * it go, so a test sees the state in between for as long as it looks.
 *
 * ```ts
 * const { api, client } = createReceptionDeskFixture({ scenario: 'loaded' });
 * html`<icra-reception-desk api=${api} authority="guba" week=${FIXTURE_WEEK} .client=${client}></icra-reception-desk>`;
 * ```
 */
import type { IcraClient, Lang, Schemas } from '@icra/sdk';
import { fromBakuLocal, toBakuLocal } from '../core/baku-time.js';
import { type SignInScenario, signInFixtureApi, staffClient, staffMe } from '../sign-in/fixtures.js';
import type {
  ReceptionDeskAction,
  ReceptionOfficial,
  ReceptionRequest,
  ReceptionRequestStatus,
  ReceptionSlot,
} from './types.js';
import { addDays, isoWeekday } from './week.js';

type Problem = Schemas['Problem'];

/** `many`: 25 requests awaiting a time, so the queue has a second page. */
export type ReceptionDeskScenario = 'loaded' | 'empty' | 'many' | 'forbidden' | 'error';

/** The Monday of the week the fixture's meetings are in (give it to the desk's `week`). */
export const FIXTURE_WEEK = '2026-12-07';

export interface ReceptionDeskFixtureOptions {
  scenario?: ReceptionDeskScenario;
  session?: SignInScenario;
  /** Milliseconds before each answer (Storybook). Default 0. */
  delay?: number;
  /**
   * Called with every request before it is answered: the answer waits for the promise returned
   * (undefined: answered at once). A request aborted meanwhile fails as an abort.
   */
  hold?: (request: Request) => Promise<void> | undefined;
  /** The next schedule or reschedule answers 409 `slot-taken`: another meeting took that time first. */
  slotTaken?: boolean;
  /** The next change answers 412: the request changed meanwhile (its revision grew by one). */
  changedMeanwhile?: boolean;
  /** Called with every request, with its JSON body when it has one. */
  onRequest?: (request: Request, body: unknown) => void;
}

export interface ReceptionDeskFixture {
  api: string;
  /** The client to give the desk (it sends the fixture session's token; not retried). */
  client: IcraClient;
  /** The requests as they stand. */
  requests: ReceptionRequest[];
}

type Localized = Record<Lang, string>;
const l = (az: string, en: string, ru: string): Localized => ({ az, en, ru });

const ROOM_204 = '5ecef000-0000-4000-8000-000000021100';
const HALL = '5ecef000-0000-4000-8000-000000021200';
/** The file the first request carries, and its bytes. */
export const FIXTURE_ATTACHMENT = '0a77ac40-0000-4000-8000-000000000001';
export const FIXTURE_PDF = '%PDF-1.4\n% a roof that leaks\n%%EOF\n';
export const FIXTURE_HEAD = '5ecef000-0000-4000-8000-000000022100';
export const FIXTURE_DEPUTY = '5ecef000-0000-4000-8000-000000022200';
const SECOND_DEPUTY = '5ecef000-0000-4000-8000-000000022300';

const ROOMS: Record<string, Localized> = {
  [ROOM_204]: l('204-cü otaq', 'Room 204', 'Кабинет 204'),
  [HALL]: l('Qəbul zalı', 'Reception hall', 'Приёмный зал'),
};

interface FixtureOfficial {
  id: string;
  name: Localized;
  title: Localized;
  slotMinutes: number;
  hours: { weekday: number; startsAt: string; endsAt: string; room: string }[];
}

const OFFICIALS: FixtureOfficial[] = [
  {
    id: FIXTURE_HEAD,
    name: l('Şahin Quliyev', 'Shahin Guliyev', 'Шахин Гулиев'),
    title: l('İcra hakimiyyətinin başçısı', 'Head of the executive power', 'Глава исполнительной власти'),
    slotMinutes: 15,
    hours: [{ weekday: 2, startsAt: '10:00', endsAt: '13:00', room: ROOM_204 }],
  },
  {
    id: FIXTURE_DEPUTY,
    name: l('Nərmin Həsənova', 'Narmin Hasanova', 'Нармин Гасанова'),
    title: l(
      'Başçının sosial məsələlər üzrə müavini',
      'Deputy head for social affairs',
      'Заместитель главы по социальным вопросам',
    ),
    slotMinutes: 20,
    hours: [
      { weekday: 1, startsAt: '09:00', endsAt: '12:00', room: HALL },
      { weekday: 4, startsAt: '14:00', endsAt: '17:00', room: HALL },
    ],
  },
  {
    id: SECOND_DEPUTY,
    name: l('Kamran Əliyev', 'Kamran Aliyev', 'Камран Алиев'),
    title: l(
      'Başçının tikinti və abadlıq üzrə müavini',
      'Deputy head for construction and public works',
      'Заместитель главы по строительству и благоустройству',
    ),
    slotMinutes: 20,
    hours: [
      { weekday: 3, startsAt: '09:00', endsAt: '12:00', room: HALL },
      { weekday: 5, startsAt: '14:00', endsAt: '17:00', room: HALL },
    ],
  },
];

const TOPICS: Record<string, Localized> = {
  housing: l('Mənzil və kommunal məsələlər', 'Housing and utilities', 'Жильё и коммунальные вопросы'),
  land: l('Torpaq və tikinti', 'Land and building', 'Земля и строительство'),
  social: l('Sosial müdafiə', 'Social support', 'Социальная защита'),
  complaint: l('Şikayət', 'A complaint', 'Жалоба'),
};

const uuid = (n: number) => `7e9a1000-4b5e-4f60-8a9b-${String(n).padStart(12, '0')}`;
const REFERENCES = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const reference = (n: number) =>
  `Q7R4${REFERENCES[(n * 7) % 32]}${REFERENCES[(n * 3) % 32]}M${REFERENCES[n % 32]}`;
/** The instant of a Baku wall time on a date. */
const baku = (date: string, time: string) => fromBakuLocal(`${date}T${time}`)!;
const plusMinutes = (instant: string, minutes: number) =>
  new Date(Date.parse(instant) + minutes * 60_000).toISOString();

interface StoredRequest {
  n: number;
  citizenName: string;
  topic: string;
  description: string;
  preferredOfficial: string | null;
  preferredDays: number[];
  preferredDayparts: ('morning' | 'afternoon')[];
  status: ReceptionRequestStatus;
  reason: string | null;
  createdAt: string;
  revision: number;
  history: ReceptionRequest['history'];
  attachments: ReceptionRequest['attachments'];
  appointment: {
    official: string;
    room: string;
    startsAt: string;
    endsAt: string;
    cancelled: boolean;
    sequence: number;
  } | null;
}

function stored(
  n: number,
  extra: Partial<StoredRequest> & Pick<StoredRequest, 'citizenName'>,
): StoredRequest {
  const createdAt = extra.createdAt ?? `2026-11-${String(10 + n).padStart(2, '0')}T07:00:00.000Z`;
  return {
    n,
    topic: 'housing',
    description: 'Binamızın damı üç mənzilə su buraxır; mənzil-istismar sahəsi cavab vermir.',
    preferredOfficial: null,
    preferredDays: [],
    preferredDayparts: [],
    status: 'requested',
    reason: null,
    createdAt,
    revision: 1,
    history: [{ status: 'requested', at: createdAt, by: 'citizen' }],
    attachments: [],
    appointment: null,
    ...extra,
  };
}

export function seedReceptionRequests(scenario: ReceptionDeskScenario = 'loaded'): StoredRequest[] {
  if (scenario === 'empty') return [];
  if (scenario === 'many')
    return Array.from({ length: 25 }, (_, i) =>
      stored(i + 1, {
        citizenName: `Vətəndaş ${i + 1}`,
        createdAt: new Date(Date.UTC(2026, 10, 1, 6 + i)).toISOString(),
      }),
    );
  const tuesday = addDays(FIXTURE_WEEK, 1);
  return [
    stored(1, {
      citizenName: 'Leyla Məmmədova',
      // 07:30 in Baku on 1 December is still 30 November in New York.
      createdAt: '2026-12-01T03:30:00.000Z',
      preferredOfficial: FIXTURE_HEAD,
      preferredDays: [2],
      preferredDayparts: ['morning'],
      attachments: [
        { id: FIXTURE_ATTACHMENT, filename: 'dam şəkli.pdf', contentType: 'application/pdf', size: 2048 },
      ],
    }),
    stored(2, {
      citizenName: 'Orxan Babayev',
      topic: 'land',
      description: 'Həyətyanı sahənin sərhədi qonşu ilə mübahisəlidir.',
      createdAt: '2026-12-01T10:00:00.000Z',
    }),
    stored(3, {
      citizenName: 'Fidan Abbasova',
      topic: 'social',
      description: 'Anamın əlilliyi ilə bağlı müavinət kəsilib.',
      preferredOfficial: FIXTURE_DEPUTY,
      preferredDays: [1, 4],
      preferredDayparts: ['afternoon'],
      createdAt: '2026-12-02T08:00:00.000Z',
    }),
    stored(4, {
      citizenName: 'Kamran Rzayev',
      topic: 'complaint',
      description: 'Küçəmizdə işıqlandırma iki aydır işləmir.',
      preferredOfficial: FIXTURE_HEAD,
      status: 'scheduled',
      revision: 2,
      createdAt: '2026-11-25T06:00:00.000Z',
      history: [
        { status: 'requested', at: '2026-11-25T06:00:00.000Z', by: 'citizen' },
        { status: 'scheduled', at: '2026-11-26T06:00:00.000Z', by: 'officer' },
      ],
      appointment: {
        official: FIXTURE_HEAD,
        room: ROOM_204,
        startsAt: baku(tuesday, '10:30'),
        endsAt: baku(tuesday, '10:45'),
        cancelled: false,
        sequence: 0,
      },
    }),
    stored(5, {
      citizenName: 'Murad Cəfərov',
      status: 'declined',
      reason: 'Bu məsələ Quba Rayon Mənzil-Kommunal İdarəsinə aiddir.',
      revision: 2,
      createdAt: '2026-11-20T06:00:00.000Z',
    }),
    stored(6, {
      citizenName: 'Könül Vəliyeva',
      topic: 'social',
      status: 'cancelled',
      reason: 'Məsələ həll olunub.',
      revision: 2,
      createdAt: '2026-11-21T06:00:00.000Z',
    }),
  ];
}

function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  const type = status >= 400 ? 'application/problem+json' : 'application/json';
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': type, ...headers } });
}

function problem(status: number, name: string, title: string, extra: Record<string, unknown> = {}): Response {
  return json(
    { type: `urn:icra:problem:${name}`, title, status, ...extra } satisfies Partial<Problem>,
    status,
  );
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

const langOf = (url: URL): Lang => {
  const lang = url.searchParams.get('lang');
  return lang === 'en' || lang === 'ru' ? lang : 'az';
};

/** A slot's time and its room's id. */
type SlotTime = Pick<ReceptionSlot, 'startsAt' | 'endsAt'> & { room: string };

/** Every slot of `official`'s weekly hours on the working days from `from` up to, not including, `to`. */
function slotsOf(official: FixtureOfficial, from: string, to: string): SlotTime[] {
  const slots: SlotTime[] = [];
  for (let day = from; day < to; day = addDays(day, 1)) {
    for (const rule of official.hours.filter((hours) => hours.weekday === isoWeekday(day))) {
      const end = baku(day, rule.endsAt);
      for (let start = baku(day, rule.startsAt); ; start = plusMinutes(start, official.slotMinutes)) {
        const endsAt = plusMinutes(start, official.slotMinutes);
        if (endsAt > end) break;
        slots.push({ startsAt: start, endsAt, room: rule.room });
      }
    }
  }
  return slots;
}

const overlaps = (a: { startsAt: string; endsAt: string }, b: { startsAt: string; endsAt: string }) =>
  a.startsAt < b.endsAt && b.startsAt < a.endsAt;

export function createReceptionDeskFixture(options: ReceptionDeskFixtureOptions = {}): ReceptionDeskFixture {
  const scenario = options.scenario ?? 'loaded';
  const api = signInFixtureApi(options.session ?? 'signed-in', 'official');
  const store = seedReceptionRequests(scenario);
  const delay = options.delay ?? 0;
  let slotTaken = options.slotTaken ?? false;
  let changedMeanwhile = options.changedMeanwhile ?? false;
  /** Meetings the desk does not know of (another officer's), which take their official's and room's time. */
  const others: { official: string; room: string; startsAt: string; endsAt: string }[] = [];

  const officialView = (official: FixtureOfficial, lang: Lang): ReceptionOfficial => ({
    id: official.id,
    authority: 'guba',
    name: official.name[lang],
    title: official.title[lang],
    photoUrl: null,
    slotMinutes: official.slotMinutes,
    hours: official.hours.map((rule) => ({
      weekday: rule.weekday,
      startsAt: rule.startsAt,
      endsAt: rule.endsAt,
      room: { id: rule.room, name: ROOMS[rule.room]![lang] },
      validFrom: '2026-01-01',
      validUntil: null,
    })),
  });

  const view = (request: StoredRequest, lang: Lang): ReceptionRequest => {
    const preferred = OFFICIALS.find((official) => official.id === request.preferredOfficial);
    const meeting = request.appointment;
    const official = meeting && OFFICIALS.find((candidate) => candidate.id === meeting.official);
    return {
      id: uuid(request.n),
      reference: reference(request.n),
      authority: 'guba',
      topic: { slug: request.topic, title: TOPICS[request.topic]![lang] },
      description: request.description,
      citizenName: request.citizenName,
      preferredOfficial: preferred ? { id: preferred.id, name: preferred.name[lang] } : null,
      preferredDays: request.preferredDays,
      preferredDayparts: request.preferredDayparts,
      status: request.status,
      revision: request.revision,
      reason: request.reason,
      createdAt: request.createdAt,
      history: request.history,
      attachments: request.attachments,
      appointment:
        meeting && official
          ? {
              official: { id: official.id, name: official.name[lang], title: official.title[lang] },
              room: { id: meeting.room, name: ROOMS[meeting.room]![lang] },
              startsAt: meeting.startsAt,
              endsAt: meeting.endsAt,
              timeZone: 'Asia/Baku',
              cancelled: meeting.cancelled,
              sequence: meeting.sequence,
            }
          : null,
    };
  };

  /** The meetings that take time now, but `except`'s own. */
  const meetings = (except?: StoredRequest) => [
    ...others,
    ...store
      .filter((request) => request !== except && request.appointment && !request.appointment.cancelled)
      .map((request) => request.appointment!),
  ];
  const taken = (
    slot: { startsAt: string; endsAt: string; room: string },
    official: string,
    except?: StoredRequest,
  ) =>
    meetings(except).some(
      (meeting) => (meeting.official === official || meeting.room === slot.room) && overlaps(meeting, slot),
    );

  /** The official's free slots nearest to `at`, within two weeks of it: at most three, soonest first. */
  const nearest = (official: FixtureOfficial, at: string, except?: StoredRequest) => {
    const day = toBakuLocal(at).slice(0, 10);
    return slotsOf(official, addDays(day, -7), addDays(day, 14))
      .filter((slot) => slot.startsAt !== at && !taken(slot, official.id, except))
      .sort(
        (a, b) =>
          Math.abs(Date.parse(a.startsAt) - Date.parse(at)) -
          Math.abs(Date.parse(b.startsAt) - Date.parse(at)),
      )
      .slice(0, 3)
      .sort((a, b) => (a.startsAt < b.startsAt ? -1 : 1));
  };

  const change = (
    request: StoredRequest,
    action: ReceptionDeskAction,
    body: Record<string, unknown>,
    ifMatch: string | null,
    lang: Lang,
  ): Response => {
    if (changedMeanwhile) {
      changedMeanwhile = false;
      request.revision += 1;
    }
    if (ifMatch !== null && ifMatch !== `"r${request.revision}"`)
      return problem(412, 'precondition-failed', 'Precondition failed');
    const allowed: Record<ReceptionDeskAction, ReceptionRequestStatus[]> = {
      schedule: ['requested'],
      reschedule: ['scheduled'],
      decline: ['requested'],
      cancel: ['requested', 'scheduled'],
    };
    if (!allowed[action].includes(request.status))
      return problem(409, 'conflict', 'Conflict', {
        detail: `The request is now “${request.status}”: this change does not lead from there.`,
      });
    const reason = typeof body.reason === 'string' ? body.reason.trim() : undefined;
    if (action !== 'schedule' && (reason === undefined || reason.length < 3))
      return problem(422, 'validation', 'Invalid request', {
        errors: [{ pointer: '/body/reason', detail: 'At least 3 characters.' }],
      });
    const now = new Date().toISOString();
    if (action === 'schedule' || action === 'reschedule') {
      const current = request.appointment;
      const officialId = String(body.official ?? current?.official ?? '');
      const official = OFFICIALS.find((candidate) => candidate.id === officialId);
      if (!official)
        return problem(422, 'validation', 'Invalid request', {
          errors: [{ pointer: '/body/official', detail: 'There is no such official receiving citizens.' }],
        });
      const startsAt = new Date(String(body.startsAt)).toISOString();
      const length = current ? Date.parse(current.endsAt) - Date.parse(current.startsAt) : 0;
      const endsAt = body.endsAt
        ? new Date(String(body.endsAt)).toISOString()
        : new Date(Date.parse(startsAt) + length).toISOString();
      const slot = { startsAt, endsAt, room: String(body.room ?? current?.room ?? '') };
      if (slotTaken) {
        slotTaken = false;
        others.push({ official: official.id, ...slot });
      }
      if (taken(slot, official.id, request))
        return problem(409, 'slot-taken', 'Slot taken', {
          nearest: nearest(official, startsAt, request),
        });
      request.appointment = {
        official: official.id,
        room: slot.room,
        startsAt,
        endsAt,
        cancelled: false,
        sequence: current ? current.sequence + 1 : 0,
      };
      request.status = 'scheduled';
      request.history.push({
        status: 'scheduled',
        at: now,
        by: 'officer',
        ...(action === 'reschedule' ? { rescheduled: true as const, reason: reason! } : {}),
      });
    } else {
      request.status = action === 'decline' ? 'declined' : 'cancelled';
      request.reason = reason!;
      if (request.appointment)
        request.appointment = {
          ...request.appointment,
          cancelled: true,
          sequence: request.appointment.sequence + 1,
        };
      request.history.push({ status: request.status, at: now, by: 'officer', reason: reason! });
    }
    request.revision += 1;
    return json(view(request, lang), 200, { etag: `"r${request.revision}"` });
  };

  const handle = async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    const path = url.pathname.replace(/^.*\/v1/, '');
    const method = request.method;
    const body =
      method === 'GET'
        ? undefined
        : await request
            .clone()
            .json()
            .catch(() => undefined);
    options.onRequest?.(request, body);
    const me = staffMe(request);
    if (me) return me;
    const lang = langOf(url);
    const query = url.searchParams;
    if (path === '/reception/officials' && method === 'GET') {
      if (query.get('authority') !== 'guba') return json({ timeZone: 'Asia/Baku', items: [] });
      return json({
        timeZone: 'Asia/Baku',
        items: OFFICIALS.map((official) => officialView(official, lang)),
      });
    }
    if (path === '/reception/availability' && method === 'GET') {
      const official = OFFICIALS.find((candidate) => candidate.id === query.get('official'));
      if (!official) return problem(404, 'not-found', 'Not found');
      const from = query.get('from') ?? FIXTURE_WEEK;
      const to = query.get('to') ?? addDays(from, 14);
      return json({
        official: official.id,
        timeZone: 'Asia/Baku',
        from,
        to,
        slots: slotsOf(official, from, to).map((slot) => ({
          startsAt: slot.startsAt,
          endsAt: slot.endsAt,
          room: { id: slot.room, name: ROOMS[slot.room]![lang] },
          free: !taken(slot, official.id),
        })),
      });
    }
    if (!request.headers.get('authorization')) return problem(401, 'unauthorized', 'Unauthorized');
    if (scenario === 'forbidden') return problem(403, 'forbidden', 'Forbidden');
    const queue = /^\/authorities\/([^/]+)\/reception-requests$/.exec(path);
    if (queue && method === 'GET') {
      if (queue[1] !== 'guba') return problem(403, 'forbidden', 'Forbidden');
      if (scenario === 'error') return problem(503, 'unavailable', 'Service unavailable');
      const status = query.get('status');
      const matching = store
        .filter((candidate) => !status || candidate.status === status)
        .sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1));
      const limit = Number(query.get('limit') ?? 20);
      const start = Number(query.get('cursor') ?? 0);
      const end = start + limit;
      return json({
        items: matching.slice(start, end).map((candidate) => view(candidate, lang)),
        nextCursor: end < matching.length ? String(end) : null,
      });
    }
    const file = /^\/reception\/requests\/([^/]+)\/attachments\/([^/]+)$/.exec(path);
    if (file && method === 'GET') {
      const owner = store.find((candidate) => uuid(candidate.n) === file[1]);
      const attachment = owner?.attachments.find((candidate) => candidate.id === file[2]);
      if (!attachment) return problem(404, 'not-found', 'Not found');
      return new Response(FIXTURE_PDF, { status: 200, headers: { 'content-type': attachment.contentType } });
    }
    const match = /^\/reception\/requests\/([^/]+)(?:\/([a-z]+))?$/.exec(path);
    const found = match ? store.find((candidate) => uuid(candidate.n) === match[1]) : undefined;
    if (!match || !found) return problem(404, 'not-found', 'Not found');
    const action = match[2] as ReceptionDeskAction | undefined;
    if (!action && method === 'GET') return json(view(found, lang), 200, { etag: `"r${found.revision}"` });
    if (action && method === 'POST' && ['schedule', 'reschedule', 'decline', 'cancel'].includes(action))
      return change(
        found,
        action,
        (body ?? {}) as Record<string, unknown>,
        request.headers.get('if-match'),
        lang,
      );
    return problem(405, 'method-not-allowed', 'Method not allowed');
  };

  const fixtureFetch: typeof fetch = async (input, init) => {
    const request = input instanceof Request ? input : new Request(input, init);
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    const held = options.hold?.(request);
    if (held) await untilAborted(held, request.signal);
    return handle(request);
  };

  return {
    api,
    client: staffClient(api, fixtureFetch),
    get requests() {
      return store.map((request) => view(request, 'en'));
    },
  };
}
