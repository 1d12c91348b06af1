/**
 * The citizen reception on PGlite and PostgreSQL: the officials and their slots, the citizen's
 * request, and the reception officers' changes. No double booking is tried as an attack on the
 * database's own guarantee: 200 officers at once schedule 200 different requests into one official's
 * same slot, then overlapping (not equal) times, then another official in the same room.
 */
import { type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type IcraApp } from '../src/app.js';
import { addDays, bakuDate } from '../src/domain/holidays.js';
import { SigningKeyStore } from '../src/features/identity/keys.js';
import { TokenService } from '../src/features/identity/tokens.js';
import { calendarOf } from '../src/features/reception/ics.js';
import {
  ReceptionAvailabilitySchema,
  ReceptionOfficialListSchema,
  ReceptionRequestSchema,
  ReceptionTopicListSchema,
} from '../src/features/reception/schemas.js';
import { slotsOf } from '../src/features/reception/slots.js';
import { ProblemSchema } from '../src/http/problem.js';
import { seedPopulation } from '../src/seed/population.js';
import { seedReceptionOfficials, seedReceptionRooms } from '../src/seed/reception.js';
import { openTestDatabase, type TestDatabase, variants } from './support/databases.js';
import { strict } from './support/strict.js';
import { issueToken } from './support/tokens.js';

const ISSUER = 'http://portal.test';
const quiet = { warn: () => {}, error: () => {} };
const [gubaHead, gubaDeputy] = seedReceptionOfficials.filter((o) => o.authority === 'guba');
const [room204, hall] = seedReceptionRooms.filter((r) => r.authority === 'guba');
const ganjaOfficial = seedReceptionOfficials.find((o) => o.authority === 'ganja')!;
const plusMinutes = (iso: string, n: number) => new Date(Date.parse(iso) + n * 60_000).toISOString();

describe('the reception hours', () => {
  const rules = [
    {
      weekday: 2,
      startsAt: '10:00',
      endsAt: '13:00',
      validFrom: '2026-01-01',
      validUntil: null,
      roomId: 'r',
    },
    {
      weekday: 4,
      startsAt: '14:00',
      endsAt: '15:00',
      validFrom: '2026-01-01',
      validUntil: '2026-12-24',
      roomId: 'r',
    },
  ];

  it('give slots in Baku time on working days only, less the days off and past the rule’s end', () => {
    // 2026-12-22 is a Tuesday; 12-24 a Thursday; 12-29 a Tuesday off; 12-31 a Thursday and a holiday.
    const slots = slotsOf(
      rules,
      [{ fromDate: '2026-12-29', untilDate: '2026-12-29' }],
      20,
      '2026-12-21',
      '2027-01-01',
    );
    const days = [...new Set(slots.map((slot) => bakuDate(slot.startsAt)))];
    expect(days).toEqual(['2026-12-22', '2026-12-24']);
    expect(slots.filter((slot) => bakuDate(slot.startsAt) === '2026-12-22')).toHaveLength(9);
    expect(slots[0]!.startsAt.toISOString()).toBe('2026-12-22T06:00:00.000Z');
    expect(slots.at(-1)!.endsAt.toISOString()).toBe('2026-12-24T11:00:00.000Z');
    // Novruz: Tuesday 2026-03-24 is a public holiday, the Tuesday before is not.
    const march = slotsOf(rules.slice(0, 1), [], 60, '2026-03-16', '2026-03-31');
    expect([...new Set(march.map((slot) => bakuDate(slot.startsAt)))]).toEqual(['2026-03-17']);
  });
});

describe('a meeting’s calendar file', () => {
  it('escapes its texts and folds its lines at 75 octets without splitting a letter', () => {
    const body = calendarOf(
      [
        {
          uid: 'u@x',
          sequence: 1,
          startsAt: new Date('2026-12-22T06:00:00Z'),
          endsAt: new Date('2026-12-22T06:15:00Z'),
          stamp: new Date('2026-12-01T10:00:00Z'),
          summary: 'Qəbul: Şahin Quliyev; otaq 204, ikinci mərtəbə',
          location: 'Room 204',
          description: `${'ə'.repeat(60)}\nline two`,
          organizer: { name: 'Quba "Rayon"', email: 'info@guba.az' },
          cancelled: false,
        },
      ],
      'PUBLISH',
    );
    const lines = body.split('\r\n');
    expect(lines.every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    const unfolded = body.replace(/\r\n /g, '');
    expect(unfolded).toContain('SUMMARY:Qəbul: Şahin Quliyev\\; otaq 204\\, ikinci mərtəbə\r\n');
    expect(unfolded).toContain(`DESCRIPTION:${'ə'.repeat(60)}\\nline two\r\n`);
    expect(unfolded).toContain('ORGANIZER;CN="Quba Rayon":mailto:info@guba.az\r\n');
    expect(unfolded).toContain('DTSTART:20261222T060000Z\r\nDTEND:20261222T061500Z\r\n');
    expect(Buffer.from(body).toString('utf8')).not.toContain('\ufffd');
  });
});

describe.each(variants)('the citizen reception on $label', ({ kind, skip }) => {
  let db: TestDatabase;
  let app: IcraApp;
  let tokens: TokenService;
  let officer: string;
  let ganjaOfficer: string;
  let gubaService: string;
  let nextCitizen = 0;

  const rows = async <T>(query: SQL) =>
    ((await db.database.db.execute(query)) as unknown as { rows: T[] }).rows;

  async function citizen() {
    const person = seedPopulation[nextCitizen++ % seedPopulation.length]!;
    const principal = { sub: `citizen:${person.fin}`, kind: 'citizen' as const, roles: [], fin: person.fin };
    const token = (await issueToken(tokens, principal)).token;
    return { token, person };
  }
  const official = async (sub: string, authority: string, roles = ['reception']) =>
    (await issueToken(tokens, { sub, kind: 'official', roles, authority })).token;

  function call(
    method: string,
    path: string,
    token?: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) {
    return app.request(path, {
      method,
      headers: {
        'Accept-Language': 'en',
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  }
  async function problemOf(res: Response, status: number) {
    expect(res.status, await res.clone().text()).toBe(status);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    return strict(ProblemSchema).parse(await res.json());
  }
  async function takenOf(res: Response) {
    expect(res.status, await res.clone().text()).toBe(409);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    return strict(ProblemSchema).parse(await res.json());
  }
  async function requestOf(res: Response, status = 200) {
    expect(res.status, await res.clone().text()).toBe(status);
    return strict(ReceptionRequestSchema).parse(await res.json());
  }
  const ask = async (token: string, body: Record<string, unknown> = {}) =>
    requestOf(
      await call('POST', '/v1/reception/requests', token, {
        authority: 'guba',
        topic: 'housing',
        description: 'The roof of our block leaks into three flats.',
        ...body,
      }),
      201,
    );
  const act = (
    id: string,
    action: string,
    token: string,
    body: unknown,
    headers: Record<string, string> = {},
  ) => call('POST', `/v1/reception/requests/${id}/${action}`, token, body, headers);

  /** The official's free slots from a week on, for a fortnight. */
  async function freeSlots(officialId: string) {
    const from = addDays(bakuDate(new Date()), 7);
    const res = await call(
      'GET',
      `/v1/reception/availability?official=${officialId}&from=${from}&to=${addDays(from, 14)}`,
    );
    expect(res.status).toBe(200);
    return strict(ReceptionAvailabilitySchema)
      .parse(await res.json())
      .slots.filter((slot) => slot.free);
  }

  beforeAll(async () => {
    if (skip) return;
    db = await openTestDatabase(kind);
    app = createApp({
      database: db.database,
      publicUrl: ISSUER,
      log: quiet,
      rateLimits: { writesPerPrincipal: 0 },
    });
    tokens = new TokenService(new SigningKeyStore(db.database.db), ISSUER);
    officer = await official('staff:guba-reception', 'guba');
    ganjaOfficer = await official('staff:ganja-reception', 'ganja');
    gubaService = await official('staff:guba-service', 'guba', ['service']);
  });
  afterAll(async () => {
    await db?.dispose();
  });

  it.skipIf(skip)(
    'lists the topics, the officials with their hours and their slots, in the language asked',
    async () => {
      const topics = strict(ReceptionTopicListSchema).parse(
        await (await call('GET', '/v1/reception/topics?lang=ru')).json(),
      );
      expect(topics.items.map((t) => t.slug)).toContain('housing');
      expect(topics.items.find((t) => t.slug === 'housing')?.title).toBe('Жильё и коммунальные вопросы');
      const list = strict(ReceptionOfficialListSchema).parse(
        await (await call('GET', '/v1/reception/officials?authority=guba&lang=en')).json(),
      );
      expect(list.items.map((o) => o.id)).toEqual(
        seedReceptionOfficials.filter((o) => o.authority === 'guba').map((o) => o.id),
      );
      expect(list.items[0]).toMatchObject({
        name: 'Shahin Guliyev',
        title: 'Head of the executive power',
        slotMinutes: 15,
        hours: [
          { weekday: 2, startsAt: '10:00', endsAt: '13:00', room: { id: room204!.id, name: 'Room 204' } },
        ],
      });
      // Each official's portrait, served by the portal itself.
      const photo = await call('GET', list.items[0]!.photoUrl!);
      expect(list.items[0]!.photoUrl).toBe('/media/reception/guba-1.svg');
      expect(photo.status).toBe(200);
      expect(photo.headers.get('content-type')).toContain('image/svg+xml');
      expect(await photo.text()).toContain(
        '<title id="guba-1-title">An illustrated portrait of Şahin Quliyev</title>',
      );
      expect(list.items.every((o) => o.photoUrl?.startsWith('/media/reception/'))).toBe(true);
      await problemOf(await call('GET', '/v1/reception/officials?authority=nowhere'), 404);
      const slots = await freeSlots(gubaHead!.id);
      // Two Tuesdays in a fortnight (less a holiday), 12 slots of 15 minutes each, 10:00 Baku = 06:00 UTC.
      expect(slots.length % 12).toBe(0);
      expect(slots.length).toBeGreaterThan(0);
      expect(slots[0]!.startsAt).toMatch(/T06:00:00\.000Z$/);
      expect(Date.parse(slots[0]!.endsAt) - Date.parse(slots[0]!.startsAt)).toBe(15 * 60_000);
      await problemOf(
        await call(
          'GET',
          `/v1/reception/availability?official=${gubaHead!.id}&from=2027-01-01&to=2027-04-01`,
        ),
        422,
      );
    },
  );

  it.skipIf(skip)(
    'takes a citizen’s request, shows it to them and to Guba’s reception officers only',
    async () => {
      const { token, person } = await citizen();
      await problemOf(
        await call('POST', '/v1/reception/requests', token, {
          authority: 'guba',
          topic: 'no-such-topic',
          description: 'Something long enough to read.',
          preferredOfficial: ganjaOfficial.id,
        }),
        422,
      );
      const request = await ask(token, {
        preferredOfficial: gubaHead!.id,
        preferredDays: [2],
        preferredDayparts: ['morning'],
      });
      expect(request).toMatchObject({
        status: 'requested',
        citizenName: `${person.lastName} ${person.firstName} ${person.patronymic}`,
        preferredOfficial: { id: gubaHead!.id, name: 'Shahin Guliyev' },
        appointment: null,
      });
      expect(request.reference).toMatch(/^[2-9A-HJ-NP-Z]{8}$/);
      expect((await call('GET', `/v1/reception/requests/${request.id}`, token)).status).toBe(200);
      expect((await call('GET', `/v1/reception/requests/${request.id}`, officer)).status).toBe(200);
      const other = await citizen();
      await problemOf(await call('GET', `/v1/reception/requests/${request.id}`, other.token), 404);
      await problemOf(await call('GET', `/v1/reception/requests/${request.id}`, ganjaOfficer), 404);
      // A service officer's token cannot have reception:schedule: refused for the scope.
      expect((await call('GET', `/v1/reception/requests/${request.id}`, gubaService)).status).toBe(403);
      const mine = (await (await call('GET', '/v1/me/reception-requests', token)).json()) as {
        items: { id: string }[];
      };
      expect(mine.items.map((r) => r.id)).toContain(request.id);
      const queue = (await (
        await call('GET', '/v1/authorities/guba/reception-requests?status=requested&limit=50', officer)
      ).json()) as {
        items: { id: string }[];
      };
      expect(queue.items.map((r) => r.id)).toContain(request.id);
      await problemOf(await call('GET', '/v1/authorities/guba/reception-requests', ganjaOfficer), 403);
      const [notified] = await rows<{ n: number }>(
        sql`select count(*)::int as n from notifications where recipient = ${`citizen:${person.fin}`} and link = ${`/v1/reception/requests/${request.id}`}`,
      );
      expect(notified!.n).toBe(1);
    },
  );

  it.skipIf(skip)(
    'schedules exactly one of 200 requests into one slot at once, and says which slots are free instead',
    async () => {
      const [slot, next] = await freeSlots(gubaHead!.id);
      const { token } = await citizen();
      const requests = [];
      for (let i = 0; i < 200; i++) requests.push(await ask(token));
      const body = {
        official: gubaHead!.id,
        room: room204!.id,
        startsAt: slot!.startsAt,
        endsAt: slot!.endsAt,
      };
      const answers = await Promise.all(requests.map((r) => act(r.id, 'schedule', officer, body)));
      const statuses = answers.map((res) => res.status);
      // Nothing else: no deadlock, no 500.
      expect(statuses.filter((s) => s !== 200 && s !== 409)).toEqual([]);
      expect(statuses.filter((s) => s === 200)).toHaveLength(1);
      expect(statuses.filter((s) => s === 409)).toHaveLength(199);
      const refused = answers.find((res) => res.status === 409)!;
      const taken = strict(ProblemSchema).parse(await refused.json());
      expect(taken.type).toBe('urn:icra:problem:slot-taken');
      expect(taken.nearest?.length).toBeGreaterThan(0);
      expect(taken.nearest!.map((s) => s.startsAt)).not.toContain(slot!.startsAt);
      expect(taken.nearest!.map((s) => s.startsAt)).toContain(next!.startsAt);
      const booked = await rows<{ n: number }>(
        sql`select count(*)::int as n from reception_appointments where official_id = ${gubaHead!.id} and starts_at = ${slot!.startsAt}::timestamptz and not cancelled`,
      );
      expect(booked[0]!.n).toBe(1);
      // The 199 refused are still requested: nothing of them was written.
      const [left] = await rows<{ n: number }>(
        sql`select count(*)::int as n from reception_requests where id in (${sql.join(
          requests.map((r) => sql`${r.id}::uuid`),
          sql`, `,
        )}) and status = 'requested'`,
      );
      expect(left!.n).toBe(199);

      // Overlapping, not equal: 5 minutes into the meeting, for 15 minutes.
      const waiting = requests.filter((_, i) => statuses[i] === 409);
      const overlap = {
        ...body,
        startsAt: plusMinutes(slot!.startsAt, 5),
        endsAt: plusMinutes(slot!.startsAt, 20),
      };
      expect((await takenOf(await act(waiting[0]!.id, 'schedule', officer, overlap))).type).toBe(
        'urn:icra:problem:slot-taken',
      );
      // Another official in the same room at an overlapping time: the room is taken.
      const sameRoom = {
        official: gubaDeputy!.id,
        room: room204!.id,
        startsAt: overlap.startsAt,
        endsAt: overlap.endsAt,
      };
      expect((await takenOf(await act(waiting[1]!.id, 'schedule', officer, sameRoom))).type).toBe(
        'urn:icra:problem:slot-taken',
      );
      // The same official, right after (ends when the next begins), and another official in the hall at the same time: both fine.
      expect(
        (
          await act(waiting[2]!.id, 'schedule', officer, {
            ...body,
            startsAt: slot!.endsAt,
            endsAt: plusMinutes(slot!.endsAt, 15),
          })
        ).status,
      ).toBe(200);
      expect((await act(waiting[3]!.id, 'schedule', officer, { ...sameRoom, room: hall!.id })).status).toBe(
        200,
      );
      // Ganja's reception officer cannot schedule Guba's request; a service officer of Guba is not a reception officer.
      await problemOf(
        await act(waiting[4]!.id, 'schedule', ganjaOfficer, {
          ...body,
          startsAt: next!.startsAt,
          endsAt: next!.endsAt,
        }),
        404,
      );
      await problemOf(await act(waiting[4]!.id, 'schedule', gubaService, body), 403);
    },
  );

  it.skipIf(skip)(
    'reschedules keeping the meeting (its UID) and raising its sequence; cancels and frees the slot',
    async () => {
      const slots = await freeSlots(gubaDeputy!.id);
      const { token } = await citizen();
      const request = await ask(token);
      const [first, second, third] = slots;
      const scheduled = await requestOf(
        await act(request.id, 'schedule', officer, {
          official: gubaDeputy!.id,
          room: hall!.id,
          startsAt: first!.startsAt,
          endsAt: first!.endsAt,
        }),
      );
      expect(scheduled.appointment).toMatchObject({
        startsAt: first!.startsAt,
        sequence: 0,
        timeZone: 'Asia/Baku',
      });
      // The revision in the body is the one the ETag names: what a desk sends back as If-Match.
      expect([request.revision, scheduled.revision]).toEqual([1, 2]);
      const [appointment] = await rows<{ id: string }>(
        sql`select id from reception_appointments where request_id = ${request.id}`,
      );
      const calendar = async (token: string) => {
        const res = await call('GET', `/v1/reception/requests/${request.id}/appointment.ics`, token);
        expect(res.status, await res.clone().text()).toBe(200);
        expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
        const body = await res.text();
        const field = (name: string) => new RegExp(`\r\n${name}[:;]([^\r]*)`).exec(body)?.[1];
        return { body, field };
      };
      const compact = (iso: string) => iso.replace(/[-:]/g, '').replace('.000', '');
      const first$ = await calendar(token);
      expect(first$.field('UID')).toBe(`${appointment!.id}@portal.test`);
      expect(first$.field('SEQUENCE')).toBe('0');
      expect(first$.field('METHOD')).toBe('PUBLISH');
      expect(first$.field('DTSTART')).toBe(compact(first!.startsAt));
      expect(first$.field('SUMMARY')).toMatch(/^Meeting with Narmin Hasanova \([2-9A-HJ-NP-Z]{8}\)$/);
      expect(first$.body.endsWith('END:VCALENDAR\r\n')).toBe(true);
      expect(first$.body.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
      await problemOf(
        await call('GET', `/v1/reception/requests/${request.id}/appointment.ics`, (await citizen()).token),
        404,
      );
      // A stale If-Match is refused; the citizen may move it only into a free slot of the official's hours.
      await problemOf(
        await act(
          request.id,
          'reschedule',
          token,
          { startsAt: second!.startsAt, reason: 'A doctor’s appointment' },
          { 'If-Match': '"r1"' },
        ),
        412,
      );
      await problemOf(
        await act(request.id, 'reschedule', token, {
          startsAt: plusMinutes(second!.startsAt, 7),
          reason: 'A doctor’s appointment',
        }),
        422,
      );
      await problemOf(
        await act(request.id, 'reschedule', token, {
          startsAt: second!.startsAt,
          room: room204!.id,
          reason: 'A doctor’s appointment',
        }),
        422,
      );
      const moved = await requestOf(
        await act(
          request.id,
          'reschedule',
          token,
          { startsAt: second!.startsAt, reason: 'A doctor’s appointment' },
          { 'If-Match': `"r${scheduled.revision}"` },
        ),
      );
      expect(moved.appointment).toMatchObject({
        startsAt: second!.startsAt,
        endsAt: second!.endsAt,
        sequence: 1,
      });
      expect(moved.revision).toBe(3);
      const again = await requestOf(
        await act(request.id, 'reschedule', officer, {
          startsAt: third!.startsAt,
          reason: 'The deputy is away then',
        }),
      );
      expect(again.appointment?.sequence).toBe(2);
      const [same] = await rows<{ id: string }>(
        sql`select id from reception_appointments where request_id = ${request.id}`,
      );
      expect(same!.id).toBe(appointment!.id);
      expect(again.history.map((e) => [e.status, e.by, e.rescheduled ?? false])).toEqual([
        ['requested', 'citizen', false],
        ['scheduled', 'officer', false],
        ['scheduled', 'citizen', true],
        ['scheduled', 'officer', true],
      ]);
      // The second slot is free again once the meeting left it.
      expect((await freeSlots(gubaDeputy!.id)).map((s) => s.startsAt)).toContain(second!.startsAt);
      const cancelled = await requestOf(
        await act(request.id, 'cancel', token, { reason: 'The roof was repaired' }),
      );
      expect(cancelled).toMatchObject({ status: 'cancelled', reason: 'The roof was repaired' });
      expect(cancelled.appointment).toMatchObject({ cancelled: true, sequence: 3 });
      const cancelled$ = await calendar(token);
      expect([cancelled$.field('UID'), cancelled$.field('SEQUENCE')]).toEqual([first$.field('UID'), '3']);
      expect([cancelled$.field('METHOD'), cancelled$.field('STATUS')]).toEqual(['CANCEL', 'CANCELLED']);
      expect((await freeSlots(gubaDeputy!.id)).map((s) => s.startsAt)).toContain(third!.startsAt);
      await problemOf(
        await act(request.id, 'reschedule', officer, { startsAt: first!.startsAt, reason: 'Again' }),
        409,
      );
      // The notices name the meeting: its time in Baku, the official and the room.
      const notices = await rows<{ title: string; body: string }>(
        sql`select t.title, t.body from notifications n join notification_translations t on t.notification_id = n.id
          where n.link = ${`/v1/reception/requests/${request.id}`} and t.lang = 'en'`,
      );
      const titled = (title: string) => notices.filter((n) => n.title.startsWith(`${title}: `));
      expect(notices.map((n) => n.title.split(':')[0]).sort()).toEqual([
        'Meeting cancelled',
        'Meeting moved',
        'Meeting moved',
        'Meeting scheduled',
        'Request for a meeting',
      ]);
      expect(titled('Meeting scheduled')[0]!.body).toMatch(
        /^.+ \(Baku time\), with Narmin Hasanova, Reception hall\.$/,
      );
      expect(titled('Meeting cancelled')[0]!.body).toBe('Reason: The roof was repaired');
      const audited = await rows<{ action: string }>(
        sql`select action from audit_log where target_id = ${request.id} order by at, action`,
      );
      expect(audited.map((a) => a.action)).toEqual([
        'reception.request.schedule',
        'reception.request.reschedule',
      ]);
    },
  );

  it.skipIf(skip)(
    'gives a citizen a private calendar feed that shows only their meetings and stops when renewed or revoked',
    async () => {
      const [slot] = await freeSlots(gubaHead!.id);
      const owner = await citizen();
      const stranger = await citizen();
      const mine = await ask(owner.token);
      await requestOf(
        await act(mine.id, 'schedule', officer, {
          official: gubaHead!.id,
          room: room204!.id,
          startsAt: slot!.startsAt,
          endsAt: slot!.endsAt,
        }),
      );
      const [appointment] = await rows<{ id: string }>(
        sql`select id from reception_appointments where request_id = ${mine.id}`,
      );
      expect(await (await call('GET', '/v1/me/calendar-feed', owner.token)).json()).toEqual({
        active: false,
        createdAt: null,
      });
      const made = (await (await call('POST', '/v1/me/calendar-feed', owner.token)).json()) as {
        url: string;
      };
      expect(made.url).toMatch(/^http:\/\/portal\.test\/v1\/calendar-feeds\/[A-Za-z0-9_-]{43}$/);
      const path = (url: string) => new URL(url).pathname;
      // Anyone holding the address reads it, with no token; it holds the owner's meeting only.
      const feed = await call('GET', path(made.url));
      expect(feed.status).toBe(200);
      expect(feed.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
      const body = await feed.text();
      expect(body).toContain(`UID:${appointment!.id}@portal.test`);
      const theirs = (await (await call('POST', '/v1/me/calendar-feed', stranger.token)).json()) as {
        url: string;
      };
      expect(await (await call('GET', path(theirs.url))).text()).not.toContain(appointment!.id);
      // A new address replaces the old one at once; revoking ends it.
      const renewed = (await (await call('POST', '/v1/me/calendar-feed', owner.token)).json()) as {
        url: string;
      };
      await problemOf(await call('GET', path(made.url)), 404);
      expect((await call('GET', path(renewed.url))).status).toBe(200);
      expect(
        ((await (await call('GET', '/v1/me/calendar-feed', owner.token)).json()) as { active: boolean })
          .active,
      ).toBe(true);
      expect((await call('DELETE', '/v1/me/calendar-feed', owner.token)).status).toBe(204);
      await problemOf(await call('GET', path(renewed.url)), 404);
      await problemOf(await call('GET', '/v1/calendar-feeds/not-a-secret'), 404);
      // Only the hash of the secret is stored.
      const stored = await rows<{ hex: string }>(
        sql`select encode(token_hash, 'hex') as hex from calendar_feeds`,
      );
      for (const { hex } of stored) expect(theirs.url).not.toContain(hex);
      expect(stored.length).toBe(1);
    },
  );

  it.skipIf(skip)('declines a request with the reason, by an officer only, once', async () => {
    const { token } = await citizen();
    const request = await ask(token);
    await problemOf(await act(request.id, 'decline', token, { reason: 'No' }), 403);
    await problemOf(await act(request.id, 'decline', officer, { reason: '' }), 400);
    const declined = await requestOf(
      await act(request.id, 'decline', officer, { reason: 'This is for the housing department; call 146.' }),
    );
    expect(declined).toMatchObject({
      status: 'declined',
      reason: 'This is for the housing department; call 146.',
    });
    const [slot] = await freeSlots(gubaHead!.id);
    await problemOf(
      await act(request.id, 'schedule', officer, {
        official: gubaHead!.id,
        room: room204!.id,
        startsAt: slot!.startsAt,
        endsAt: slot!.endsAt,
      }),
      409,
    );
  });

  it.skipIf(skip)(
    'attaches the citizen’s own uploads to a request, in one transaction, and shows them only to its readers',
    async () => {
      const PDF = Buffer.from('%PDF-1.4\n% the roof\n%%EOF\n');
      const PNG = Buffer.from(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
        'base64',
      );
      const upload = async (token: string, bytes: Buffer, type: string, name: string) =>
        app.request(`/v1/reception/attachments?filename=${encodeURIComponent(name)}`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${token}`, 'Content-Type': type },
          body: new Uint8Array(bytes),
        });
      const idOf = async (res: Response) => {
        expect(res.status, await res.clone().text()).toBe(201);
        return ((await res.json()) as { id: string }).id;
      };
      const owner = await citizen();
      const stranger = await citizen();
      const photo = await idOf(await upload(owner.token, PNG, 'image/png', 'leak.png'));
      const letter = await idOf(
        await upload(owner.token, PDF, 'application/pdf', '../../letter from ЖЭК.pdf'),
      );
      const theirs = await idOf(await upload(stranger.token, PDF, 'application/pdf', 'theirs.pdf'));
      // Bytes that are not what they say, and an officer, are refused at the door.
      await problemOf(await upload(owner.token, PDF, 'image/png', 'fake.png'), 415);
      await problemOf(await upload(officer, PDF, 'application/pdf', 'x.pdf'), 403);

      const count = async () =>
        (await rows<{ n: number }>(sql`select count(*)::int as n from reception_requests`))[0]!.n;
      const before = await count();
      const asking = (attachments: string[], description = 'The roof of our block leaks into three flats.') =>
        call('POST', '/v1/reception/requests', owner.token, {
          authority: 'guba',
          topic: 'housing',
          description,
          attachments,
        });
      // An upload named twice, or someone else's: 422 at its index, and nothing is written.
      const twice = await problemOf(await asking([photo, letter, photo]), 422);
      expect(twice.errors?.map((e) => e.pointer)).toEqual(['/body/attachments/2']);
      const stolen = await problemOf(await asking([photo, theirs]), 422);
      expect(stolen.errors?.map((e) => e.pointer)).toEqual(['/body/attachments/1']);
      expect(await count()).toBe(before);
      const [unclaimed] = await rows<{ n: number }>(
        sql`select count(*)::int as n from participation_attachments
            where id in (${photo}, ${letter}, ${theirs}) and position is null`,
      );
      expect(unclaimed!.n).toBe(3);

      const request = await ask(owner.token, { attachments: [letter, photo] });
      expect(request.attachments.map((a) => [a.filename, a.contentType, a.size])).toEqual([
        ['letter from ЖЭК.pdf', 'application/pdf', PDF.byteLength],
        ['leak.png', 'image/png', PNG.byteLength],
      ]);
      // Claimed once: neither another request nor an e-participation application can take it again.
      await problemOf(await asking([photo], 'The same roof, asked a second time.'), 422);
      await problemOf(
        await call('POST', '/v1/participation/applications', owner.token, {
          authority: 'guba',
          direction: 'other',
          title: 'The roof of our block',
          text: 'It leaks into three flats whenever it rains.',
          attachments: [photo],
        }),
        422,
      );
      // The citizen and Guba's reception officer read them; nobody else does.
      const path = (id: string) => `/v1/reception/requests/${request.id}/attachments/${id}`;
      for (const reader of [owner.token, officer]) {
        const res = await call('GET', path(letter), reader);
        expect(res.status).toBe(200);
        expect(Buffer.from(await res.arrayBuffer()).equals(PDF)).toBe(true);
        expect(res.headers.get('content-disposition')).toContain("filename*=UTF-8''letter%20from%20");
        expect(res.headers.get('x-content-type-options')).toBe('nosniff');
        expect(res.headers.get('cache-control')).toContain('no-store');
      }
      await problemOf(await call('GET', path(letter), stranger.token), 404);
      await problemOf(await call('GET', path(letter), ganjaOfficer), 404);
      await problemOf(await call('GET', path(letter), gubaService), 403);
      await problemOf(await call('GET', path(theirs), owner.token), 404);
      // In the citizen's list as well.
      const mine = (await (await call('GET', '/v1/me/reception-requests', owner.token)).json()) as {
        items: Array<{ id: string; attachments: unknown[] }>;
      };
      expect(mine.items.find((item) => item.id === request.id)?.attachments).toHaveLength(2);
    },
  );
});
