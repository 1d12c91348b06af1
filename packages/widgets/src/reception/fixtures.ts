/**
 * Fixtures of the citizen reception, for Storybook and unit tests: Guba's officials with their
 * weekly hours, the topics, a citizen's requests (one scheduled, one waiting, one declined), the
 * request's creation with the portal's checks and idempotency keys, the appointment's .ics and the
 * calendar feed. Typed by the SDK's schemas.
 *
 * - `createReceptionFixture(options)`: a session (see ../sign-in/fixtures.ts) and an SDK client
 *   whose `fetch` answers from here, for `<icra-reception>` (`api` and `.client`);
 * - `receptionFixtureHandler(options)`: the same answers as a function of a request and its path
 *   (`/v1/…`), or undefined for another path: the cabinet's fixtures answer with it, and
 *   test/fake-portal.ts serves it over HTTP at `/fake-portal/reception/<key>/`, so a test can hold
 *   a request on its way (`holdRequests`).
 *
 * ```ts
 * const { api, client } = createReceptionFixture();
 * html`<icra-reception api=${api} authority="guba" .client=${client}></icra-reception>`;
 * ```
 */
import { createIcraClient, type IcraClient, type Lang, type Schemas } from '@icra/sdk';
import { fixtureMe } from '../cabinet/fixtures.js';
import { sessionFor } from '../core/auth.js';
import { type SignInScenario, signInFixtureApi } from '../sign-in/fixtures.js';

type Official = Schemas['ReceptionOfficial'];
type Topic = Schemas['ReceptionTopic'];
type ReceptionRequest = Schemas['ReceptionRequest'];
type NewRequest = Schemas['NewReceptionRequest'];
type Problem = Schemas['Problem'];

const t = (az: string, en: string, ru: string) => ({ az, en, ru });
const pick = (text: Record<Lang, string>, lang: Lang) => text[lang];

export const FIXTURE_HEAD_ID = '5ecef000-0000-4000-8000-000000221000';
export const FIXTURE_DEPUTY_ID = '5ecef000-0000-4000-8000-000000222000';
const ROOM_204 = {
  id: '5ecef000-0000-4000-8000-000000211000',
  name: t('otaq 204', 'room 204', 'кабинет 204'),
};
const HALL = {
  id: '5ecef000-0000-4000-8000-000000212000',
  name: t('qəbul zalı', 'reception hall', 'приёмный зал'),
};

/** A small inline portrait (an SVG), so that the fixture needs no image server. */
const PORTRAIT =
  'data:image/svg+xml,' +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 72 72"><rect width="72" height="72" fill="#c9d6e3"/><circle cx="36" cy="28" r="14" fill="#6b7f95"/><rect x="14" y="46" width="44" height="26" rx="13" fill="#6b7f95"/></svg>',
  );

/** Guba's officials who receive citizens: the head (no photo) and a deputy (with one). */
export function fixtureOfficials(lang: Lang): Official[] {
  const room = (r: typeof ROOM_204) => ({ id: r.id, name: pick(r.name, lang) });
  const rule = (weekday: number, startsAt: string, endsAt: string, r: typeof ROOM_204) => ({
    weekday,
    startsAt,
    endsAt,
    room: room(r),
    validFrom: '2026-01-01',
    validUntil: null,
  });
  return [
    {
      id: FIXTURE_HEAD_ID,
      authority: 'guba',
      name: pick(t('Şahin Quliyev', 'Shahin Guliyev', 'Шахин Гулиев'), lang),
      title: pick(
        t('İcra hakimiyyətinin başçısı', 'Head of the executive power', 'Глава исполнительной власти'),
        lang,
      ),
      photoUrl: null,
      slotMinutes: 30,
      hours: [rule(2, '10:00', '13:00', ROOM_204)],
    },
    {
      id: FIXTURE_DEPUTY_ID,
      authority: 'guba',
      name: pick(t('Nərmin Həsənova', 'Narmin Hasanova', 'Нармин Гасанова'), lang),
      title: pick(
        t(
          'Başçının sosial məsələlər üzrə müavini',
          'Deputy head for social affairs',
          'Заместитель главы по социальным вопросам',
        ),
        lang,
      ),
      photoUrl: PORTRAIT,
      slotMinutes: 20,
      hours: [rule(4, '14:00', '17:00', HALL), rule(1, '09:00', '12:00', HALL)],
    },
  ];
}

const TOPICS = [
  {
    slug: 'housing',
    title: t('Mənzil və kommunal məsələlər', 'Housing and utilities', 'Жильё и коммунальные вопросы'),
  },
  { slug: 'land', title: t('Torpaq və tikinti', 'Land and building', 'Земля и строительство') },
  { slug: 'social', title: t('Sosial müdafiə', 'Social support', 'Социальная защита') },
  { slug: 'other', title: t('Digər', 'Something else', 'Другое') },
];

export function fixtureTopics(lang: Lang): Topic[] {
  return TOPICS.map((topic) => ({ slug: topic.slug, title: pick(topic.title, lang) }));
}

const topicOf = (slug: string, lang: Lang): Topic =>
  fixtureTopics(lang).find((topic) => topic.slug === slug) ?? { slug, title: slug };

/**
 * The scheduled request's meeting: Tuesday 8 December 2026, 07:00–07:30 UTC, which is 11:00–11:30
 * in Baku (and 02:00 in New York, where the browser tests read it).
 */
export const FIXTURE_APPOINTMENT = {
  startsAt: '2026-12-08T07:00:00.000Z',
  endsAt: '2026-12-08T07:30:00.000Z',
};
export const FIXTURE_SCHEDULED_ID = '0f1e2d3c-4b5a-4697-8877-665544332211';

/** The citizen's requests, newest first: one scheduled, one waiting, one declined with the reason. */
export function fixtureRequests(lang: Lang): ReceptionRequest[] {
  const head = fixtureOfficials(lang)[0]!;
  const base = {
    authority: 'guba',
    citizenName: 'Hüseynova Aysel Rauf qızı',
    preferredOfficial: null,
    preferredDays: [2],
    preferredDayparts: ['morning' as const],
    reason: null,
    revision: 1,
    attachments: [] as ReceptionRequest['attachments'],
    appointment: null,
  };
  return [
    {
      ...base,
      id: FIXTURE_SCHEDULED_ID,
      reference: 'R7K4M2QX',
      topic: topicOf('housing', lang),
      description: 'The roof of our building on Heydar Aliyev avenue leaks every winter.',
      preferredOfficial: { id: head.id, name: head.name },
      status: 'scheduled',
      createdAt: '2026-11-30T08:15:00.000Z',
      history: [
        { status: 'requested', at: '2026-11-30T08:15:00.000Z', by: 'citizen' },
        { status: 'scheduled', at: '2026-12-01T10:00:00.000Z', by: 'officer' },
      ],
      appointment: {
        official: { id: head.id, name: head.name, title: head.title },
        room: head.hours[0]!.room,
        ...FIXTURE_APPOINTMENT,
        timeZone: 'Asia/Baku',
        cancelled: false,
        sequence: 0,
      },
    },
    {
      ...base,
      id: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
      reference: 'T3N8P6WZ',
      topic: topicOf('land', lang),
      description: 'I would like to discuss the plot allocated to my family in 2019.',
      status: 'requested',
      createdAt: '2026-11-28T12:40:00.000Z',
      history: [{ status: 'requested', at: '2026-11-28T12:40:00.000Z', by: 'citizen' }],
    },
    {
      ...base,
      id: '9f8e7d6c-5b4a-4392-8817-263544536271',
      reference: 'H2D9V5LB',
      topic: topicOf('other', lang),
      description: 'A question about the schedule of the local market.',
      status: 'declined',
      reason: pick(
        t(
          'Bu məsələ bazar idarəsinin səlahiyyətindədir; onlara müraciət edin.',
          'This is a matter for the market’s administration: please contact them.',
          'Этот вопрос решает администрация рынка: обратитесь к ней.',
        ),
        lang,
      ),
      createdAt: '2026-11-20T09:05:00.000Z',
      history: [
        { status: 'requested', at: '2026-11-20T09:05:00.000Z', by: 'citizen' },
        { status: 'declined', at: '2026-11-21T07:30:00.000Z', by: 'officer' },
      ],
    },
  ];
}

/** The bytes of a meeting's .ics file, as the portal makes it (enough for a calendar to import). */
export function fixtureCalendar(request: ReceptionRequest): string {
  const stamp = (iso: string) => iso.replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const appointment = request.appointment!;
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//icra//reception//EN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${request.id}@portal.example.invalid`,
    `SEQUENCE:${appointment.sequence}`,
    `DTSTAMP:${stamp(request.createdAt)}`,
    `DTSTART:${stamp(appointment.startsAt)}`,
    `DTEND:${stamp(appointment.endsAt)}`,
    `SUMMARY:Meeting with ${appointment.official.name} (${request.reference})`,
    `LOCATION:${appointment.room.name}`,
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

export interface ReceptionFixtureOptions {
  /** The session's state; default `signed-in` (createReceptionFixture only). */
  session?: SignInScenario;
  /** `loading` never answers the officials, `error` fails them, `empty`: no official receives. */
  officials?: 'ok' | 'loading' | 'error' | 'empty';
  /** The citizen's requests: the three above (default), none, or the list fails. */
  mine?: 'ok' | 'empty' | 'error';
  /**
   * What sending a request answers: the portal's own checks (default: a description starting
   * with "!" is refused as a 400 at `/body/description`), `validation` (a 422 at the topic and the
   * preferred official), a failure (`unavailable`) or `forbidden` (not a citizen).
   */
  send?: 'ok' | 'validation' | 'unavailable' | 'forbidden';
  /** Makes the .ics download answer this status. */
  calendarFails?: 503;
  /** Whether the citizen already has a calendar feed (its address is not shown again). */
  feed?: boolean;
  /** Makes the calendar feed's requests answer this status. */
  feedFails?: 503;
  /** Whether a request carries the citizen's token. Default: any bearer token. */
  authorized?: (request: Request) => boolean;
  /** Awaited before answering: a test holds an answer until it lets it go. */
  hold?: (request: Request) => Promise<void> | undefined;
  /** Called with every request. */
  onRequest?: (request: Request) => void;
}

function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      'content-type': status < 400 ? 'application/json' : 'application/problem+json',
      ...headers,
    },
  });
}

function problem(status: number, name: string, title: string, errors?: Problem['errors']): Response {
  return json({ type: `urn:icra:problem:${name}`, title, status, ...(errors ? { errors } : {}) }, status);
}

/** References of the requests the fixture accepts, in turn: 8 characters without 0/O/1/I. */
const REFERENCES = ['P4W8N2TA', 'C6J3X9RM', 'L5F7B2DQ', 'Z9H4K6SV'];

const langOf = (request: Request, url: URL): Lang => {
  const asked = url.searchParams.get('lang') ?? request.headers.get('accept-language') ?? 'az';
  return asked === 'en' || asked === 'ru' ? asked : 'az';
};

/**
 * The reception's answers: a function of a request and its path below the API (`/v1/…`), or
 * undefined for a path that is not the reception's. Requests the citizen sends are kept, newest
 * first, in `sent` and listed with the others.
 */
export function receptionFixtureHandler(options: ReceptionFixtureOptions = {}) {
  const authorized =
    options.authorized ??
    ((request: Request) => /^Bearer \S+/.test(request.headers.get('authorization') ?? ''));
  const sent: Array<{ body: NewRequest; idempotencyKey: string; request: ReceptionRequest }> = [];
  let feed = options.feed ?? false;
  let feedToken = 0;
  /** The citizen's uploads, by id, until a request names them. */
  const uploads = new Map<string, ReceptionRequest['attachments'][number]>();
  const handle = async (request: Request, path: string): Promise<Response | undefined> => {
    const url = new URL(request.url);
    const lang = langOf(request, url);
    const reception = path.startsWith('/v1/reception/') || path.startsWith('/v1/me');
    if (!reception) return undefined;
    options.onRequest?.(request);
    await options.hold?.(request);
    if (path === '/v1/reception/officials' && request.method === 'GET') {
      if (options.officials === 'loading') return new Promise<Response>(() => {});
      if (options.officials === 'error') return problem(500, 'internal', 'Internal error');
      const items = options.officials === 'empty' ? [] : fixtureOfficials(lang);
      return json({ timeZone: 'Asia/Baku', items }, 200, { 'content-language': lang });
    }
    if (path === '/v1/reception/topics' && request.method === 'GET') {
      if (options.officials === 'loading') return new Promise<Response>(() => {});
      return json({ items: fixtureTopics(lang) }, 200, { 'content-language': lang });
    }
    if (!authorized(request)) return problem(401, 'unauthorized', 'Sign in first');
    if (path === '/v1/me' && request.method === 'GET') return json(fixtureMe('citizen', lang));
    const all = () => [
      ...sent.map((item) => ({ ...item.request, topic: topicOf(item.request.topic.slug, lang) })),
      ...(options.mine === 'empty' ? [] : fixtureRequests(lang)),
    ];
    if (path === '/v1/me/reception-requests' && request.method === 'GET') {
      if (options.mine === 'error') return problem(503, 'unavailable', 'Unavailable');
      const limit = Number(url.searchParams.get('limit') ?? 10);
      const offset = Number(url.searchParams.get('cursor') ?? 0);
      const items = all().slice(offset, offset + limit);
      return json({ items, nextCursor: offset + limit < all().length ? String(offset + limit) : null });
    }
    if (path === '/v1/reception/attachments' && request.method === 'POST') {
      const bytes = await request.arrayBuffer();
      const contentType = request.headers.get('content-type') ?? '';
      if (!['application/pdf', 'image/jpeg', 'image/png'].includes(contentType))
        return problem(415, 'unsupported-media-type', 'Only a PDF, JPEG or PNG file is accepted.');
      const file = {
        id: crypto.randomUUID(),
        filename: url.searchParams.get('filename') ?? 'file',
        contentType: contentType as 'application/pdf',
        size: bytes.byteLength,
      };
      uploads.set(file.id, file);
      return json({ ...file, createdAt: new Date().toISOString() }, 201);
    }
    if (path === '/v1/reception/requests' && request.method === 'POST') {
      if (options.send === 'unavailable') return problem(503, 'unavailable', 'Unavailable');
      if (options.send === 'forbidden') return problem(403, 'forbidden', 'Forbidden');
      const key = request.headers.get('idempotency-key') ?? '';
      const again = sent.find((item) => item.idempotencyKey === key);
      if (again && key) return json(again.request, 201);
      const body = (await request.json()) as NewRequest;
      if (options.send === 'validation')
        return problem(422, 'validation', 'Invalid request', [
          { pointer: '/body/topic', detail: 'There is no such topic.' },
          {
            pointer: '/body/preferredOfficial',
            detail: 'That official does not receive citizens at that authority.',
          },
        ]);
      const description = body.description.trim();
      if (description.length < 10 || description.length > 2000 || description.startsWith('!'))
        return problem(400, 'validation', 'Invalid request', [
          { pointer: '/body/description', detail: 'The portal refuses this text (portal).' },
        ]);
      const official = fixtureOfficials(lang).find((o) => o.id === body.preferredOfficial);
      const at = new Date().toISOString();
      const created: ReceptionRequest = {
        id: crypto.randomUUID(),
        reference: REFERENCES[sent.length % REFERENCES.length]!,
        authority: body.authority,
        topic: topicOf(body.topic, lang),
        description,
        citizenName: 'Hüseynova Aysel Rauf qızı',
        preferredOfficial: official ? { id: official.id, name: official.name } : null,
        preferredDays: body.preferredDays ?? [],
        preferredDayparts: body.preferredDayparts ?? [],
        status: 'requested',
        reason: null,
        createdAt: at,
        history: [{ status: 'requested', at, by: 'citizen' }],
        revision: 1,
        attachments: (body.attachments ?? []).flatMap((id) => {
          const file = uploads.get(id);
          return file ? [file] : [];
        }),
        appointment: null,
      };
      sent.unshift({ body, idempotencyKey: key, request: created });
      return json(created, 201, { etag: '"r1"' });
    }
    const ics = /^\/v1\/reception\/requests\/([^/]+)\/appointment\.ics$/.exec(path);
    if (ics && request.method === 'GET') {
      const found = all().find((item) => item.id === decodeURIComponent(ics[1] ?? ''));
      if (!found?.appointment) return problem(404, 'not-found', 'Not found');
      if (options.calendarFails) return problem(options.calendarFails, 'unavailable', 'Unavailable');
      return new Response(fixtureCalendar(found), {
        headers: {
          'content-type': 'text/calendar; charset=utf-8',
          'content-disposition': `attachment; filename="meeting-${found.reference}.ics"`,
        },
      });
    }
    if (path === '/v1/me/calendar-feed') {
      if (options.feedFails) return problem(options.feedFails, 'unavailable', 'Unavailable');
      if (request.method === 'GET')
        return json({ active: feed, createdAt: feed ? '2026-11-29T10:00:00.000Z' : null });
      if (request.method === 'POST') {
        feed = true;
        feedToken += 1;
        return json(
          {
            url: `https://portal.example.invalid/v1/calendar-feeds/fixture-${feedToken}-${'k'.repeat(32)}`,
            createdAt: new Date().toISOString(),
          },
          201,
        );
      }
      if (request.method === 'DELETE') {
        feed = false;
        return new Response(null, { status: 204 });
      }
    }
    return undefined;
  };
  return Object.assign(handle, { sent, feedActive: () => feed });
}

/** What `createReceptionFixture` gives a test or a story. */
export interface ReceptionFixture {
  api: string;
  client: IcraClient;
  /** The requests the citizen sent through this client, newest first, with their keys. */
  sent: ReturnType<typeof receptionFixtureHandler>['sent'];
}

/** A session in the given state (signed in by default) and a client for `<icra-reception>`. */
export function createReceptionFixture(options: ReceptionFixtureOptions = {}): ReceptionFixture {
  const api = signInFixtureApi(options.session ?? 'signed-in', 'citizen');
  const session = sessionFor(api);
  const handle = receptionFixtureHandler({
    authorized: (request) =>
      Boolean(session.token) && request.headers.get('authorization') === `Bearer ${session.token}`,
    ...options,
  });
  const fetchFixture: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    const path = new URL(request.url).pathname.slice(new URL(api).pathname.length);
    return (await handle(request, path)) ?? problem(404, 'not-found', 'Not found');
  };
  const client = createIcraClient({
    baseUrl: api,
    lang: 'az',
    token: () => session.token,
    fetch: fetchFixture,
    retry: 0,
    timeout: options.officials === 'loading' ? 2_147_483_647 : 10_000,
  });
  return { api, client, sent: handle.sent };
}
