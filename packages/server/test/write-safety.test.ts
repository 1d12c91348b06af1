/**
 * Write safety over HTTP against PGlite and PostgreSQL: Idempotency-Key on every write of a signed-in
 * caller (replay, concurrency, reuse with another request, release after a 5xx, per principal), rate
 * limits of sign-in and of writes (429, Retry-After, RateLimit-*, windows), the client address, and
 * two instances on one PostgreSQL sharing both.
 *
 * Besides the real markNotificationRead, the suites add a few write routes of their own to the app
 * (after createApp, so the central middleware covers them as it covers any route added later): one
 * that creates a row, one that fails with a 500 the first time, one that is slow.
 */
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { and, count, eq, isNotNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type IcraApp } from '../src/app.js';
import type { Database } from '../src/db/database.js';
import { openPostgresDatabase } from '../src/db/postgres.js';
import {
  idempotencyKeys,
  mediaUploads,
  newsTranslations,
  notifications,
  participationApplications,
  rateLimitCounters,
} from '../src/db/schema.js';
import { ProblemSchema } from '../src/http/problem.js';
import type { RateLimits } from '../src/http/rate-limit.js';
import { seedPopulation } from '../src/seed/population.js';
import { seedNotifications, seedStaff } from '../src/seed/staff.js';
import { openTestDatabase, type TestDatabase, variants } from './support/databases.js';
import { png } from './support/images.js';
import { authorizeUrl, formBody, signIn } from './support/oauth.js';
import { strict } from './support/strict.js';

const ISSUER = 'http://portal.test';
const quiet = { warn: () => {}, error: () => {} };
const AYSEL = seedPopulation.find((p) => p.fin === '5HK2L7P')!;
const ORXAN = seedPopulation.find((p) => p.fin === '8VB5N3M')!;
const gubaEditor = seedStaff.find((s) => s.authority === 'guba' && s.roles.includes('editor'))!;
const START = Date.UTC(2026, 10, 25, 12, 0, 0);

function write(
  token: string,
  key: string | undefined,
  body?: unknown,
  extra: Record<string, string> = {},
): RequestInit {
  return {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${token}`,
      ...(key === undefined ? {} : { 'Idempotency-Key': key }),
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...extra,
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  };
}

/** The test's own write routes; `calls` counts how often each handler really ran. */
function addTestRoutes(app: IcraApp, database: Database) {
  const calls = { notes: 0, flaky: 0, slow: 0, half: 0, caught: 0 };
  app.post('/v1/test/notes', async (c) => {
    calls.notes++;
    const { link } = (await c.req.json()) as { link: string };
    const principal = c.req.header('x-test-recipient') ?? 'nobody';
    const [row] = await database.db
      .insert(notifications)
      .values({ recipient: principal, link })
      .returning({ id: notifications.id });
    return c.json({ id: row!.id, link }, 201, { Location: `/v1/test/notes/${row!.id}` });
  });
  app.post('/v1/test/flaky', (c) => {
    calls.flaky++;
    if (calls.flaky === 1) throw new Error('the first attempt fails');
    return c.json({ attempt: calls.flaky }, 201);
  });
  // Writes a note, then fails on the server the first time: the note must go with the failure.
  app.post('/v1/test/half', async (c) => {
    calls.half++;
    const { link } = (await c.req.json()) as { link: string };
    const principal = c.req.header('x-test-recipient') ?? 'nobody';
    const [row] = await database.db
      .insert(notifications)
      .values({ recipient: principal, link })
      .returning({ id: notifications.id });
    if (calls.half === 1) throw new Error('failing after the write');
    return c.json({ id: row!.id }, 201);
  });
  // Writes a note, then a statement of it fails and it answers for itself: with a 422, or (the
  // header says so) claiming success although its write could not be kept.
  app.post('/v1/test/caught', async (c) => {
    calls.caught++;
    const principal = c.req.header('x-test-recipient') ?? 'nobody';
    await database.db.insert(notifications).values({ recipient: principal, link: '/caught' });
    try {
      await database.db.execute(sql`select 1 / 0`);
    } catch {
      if (c.req.header('x-test-claim') === 'success') return c.json({ ok: true }, 201);
      return c.json({ refused: true }, 422);
    }
    return c.json({ ok: true }, 201);
  });
  app.post('/v1/test/slow', async (c) => {
    calls.slow++;
    await new Promise((resolve) => setTimeout(resolve, 300));
    return c.json({ ran: calls.slow }, 201);
  });
  return calls;
}

async function listen(app: IcraApp): Promise<{ server: Server; base: string }> {
  return new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) =>
      resolve({ server: s as Server, base: `http://127.0.0.1:${info.port}` }),
    ) as Server;
  });
}

async function countNotes(database: Database, recipient: string): Promise<number> {
  const [row] = await database.db
    .select({ n: count() })
    .from(notifications)
    .where(eq(notifications.recipient, recipient));
  return row!.n;
}

async function keyRows(database: Database): Promise<number> {
  const [row] = await database.db.select({ n: count() }).from(idempotencyKeys);
  return row!.n;
}

async function counterRows(database: Database): Promise<number> {
  const [row] = await database.db.select({ n: count() }).from(rateLimitCounters);
  return row!.n;
}

describe.each(variants)('write safety on $label', ({ kind, skip }) => {
  let db: TestDatabase;
  let app: IcraApp;
  let calls: ReturnType<typeof addTestRoutes>;
  let now = START;
  const clock = () => now;
  const limits: Partial<RateLimits> = { windowSeconds: 60, writesPerPrincipal: 1000, signInPerClient: 1000 };
  let aysel: string;
  let orxan: string;
  /** Small limits. */
  let limited: IcraApp;
  /** Listening on 127.0.0.1, with no proxy trusted and with one. */
  let direct: { server: Server; base: string };
  let proxied: { server: Server; base: string };
  /** PostgreSQL only: two instances, each with its own connections, on the suite's database. */
  let other: Database | undefined;
  let first: IcraApp;
  let second: IcraApp;
  let firstCalls: ReturnType<typeof addTestRoutes>;
  let secondCalls: ReturnType<typeof addTestRoutes>;

  beforeAll(async () => {
    if (skip) return;
    db = await openTestDatabase(kind);
    const base = { database: db.database, publicUrl: ISSUER, log: quiet, clock };
    app = createApp({ ...base, rateLimits: limits });
    calls = addTestRoutes(app, db.database);
    aysel = await signIn(app, `citizen:${AYSEL.fin}`);
    orxan = await signIn(app, `citizen:${ORXAN.fin}`);

    limited = createApp({
      ...base,
      rateLimits: { windowSeconds: 60, writesPerPrincipal: 3, signInPerClient: 4, signInPerIp: 0 },
    });
    addTestRoutes(limited, db.database);

    const fixedClock = { ...base, clock: () => START + 30 * 60_000 };
    direct = await listen(createApp({ ...fixedClock, rateLimits: { signInPerIp: 3, signInPerClient: 0 } }));
    proxied = await listen(
      createApp({ ...fixedClock, rateLimits: { signInPerIp: 3, signInPerClient: 0 }, trustedProxies: 1 }),
    );

    if (db.url) {
      other = await openPostgresDatabase({ url: db.url, poolSize: 2, log: quiet });
      const rateLimits = { windowSeconds: 60, writesPerPrincipal: 4 };
      first = createApp({ ...base, rateLimits });
      second = createApp({ ...base, database: other, rateLimits });
      firstCalls = addTestRoutes(first, db.database);
      secondCalls = addTestRoutes(second, other);
    }
  });
  afterAll(async () => {
    if (direct) await new Promise((resolve) => direct.server.close(resolve));
    if (proxied) await new Promise((resolve) => proxied.server.close(resolve));
    await other?.close();
    await db?.dispose();
  });

  describe.skipIf(skip)('Idempotency-Key', () => {
    it('answers a retry of markNotificationRead with the first answer and does not run it again', async () => {
      const target = seedNotifications.find((n) => n.fin === AYSEL.fin && !n.read)!;
      const key = randomUUID();
      const path = `/v1/me/notifications/${target.id}/read`;
      const first = await app.request(path, write(aysel, key));
      expect(first.status).toBe(204);
      expect(first.headers.get('idempotent-replayed')).toBeNull();
      const readAt = () =>
        db.database.db
          .select({ n: count() })
          .from(notifications)
          .where(and(eq(notifications.id, target.id), isNotNull(notifications.readAt)));
      expect((await readAt())[0]!.n).toBe(1);

      // Undo the write behind the API's back: a retry that ran again would mark it read again.
      await db.database.db.update(notifications).set({ readAt: null }).where(eq(notifications.id, target.id));
      const retry = await app.request(path, write(aysel, key));
      expect(retry.status).toBe(204);
      expect(retry.headers.get('idempotent-replayed')).toBe('true');
      expect(await retry.text()).toBe('');
      expect((await readAt())[0]!.n).toBe(0);

      // Without a key each request runs.
      expect((await app.request(path, write(aysel, undefined))).status).toBe(204);
      expect((await readAt())[0]!.n).toBe(1);
    });

    it('replays status, body and headers of a create, and creates nothing twice', async () => {
      const recipient = `test:${randomUUID()}`;
      const key = randomUUID();
      const init = write(aysel, key, { link: '/a' }, { 'X-Test-Recipient': recipient });
      const first = await app.request('/v1/test/notes', init);
      expect(first.status).toBe(201);
      const body = await first.text();
      const location = first.headers.get('location');
      expect(location).toMatch(/^\/v1\/test\/notes\//);

      for (let i = 0; i < 3; i++) {
        const retry = await app.request('/v1/test/notes', init);
        expect(retry.status).toBe(201);
        expect(retry.headers.get('idempotent-replayed')).toBe('true');
        expect(retry.headers.get('location')).toBe(location);
        expect(retry.headers.get('content-type')).toMatch(/^application\/json/);
        expect(retry.headers.get('x-content-type-options')).toBe('nosniff');
        expect(await retry.text()).toBe(body);
      }
      expect(await countNotes(db.database, recipient)).toBe(1);

      // A new key is a new action.
      const second = await app.request(
        '/v1/test/notes',
        write(aysel, randomUUID(), { link: '/a' }, { 'X-Test-Recipient': recipient }),
      );
      expect(second.status).toBe(201);
      expect(await countNotes(db.database, recipient)).toBe(2);
    });

    it('runs 20 concurrent duplicates once: the others replay its answer or are told it is in progress', async () => {
      const before = calls.slow;
      const key = randomUUID();
      const responses = await Promise.all(
        Array.from({ length: 20 }, () => app.request('/v1/test/slow', write(aysel, key, { n: 1 }))),
      );
      expect(calls.slow - before).toBe(1);
      const statuses = responses.map((r) => r.status);
      expect(statuses.every((s) => s === 201 || s === 409)).toBe(true);
      const originals = responses.filter((r) => r.status === 201 && !r.headers.has('idempotent-replayed'));
      expect(originals).toHaveLength(1);
      for (const r of responses.filter((r) => r.status === 409)) {
        expect(r.headers.get('retry-after')).toBe('1');
        expect(r.headers.get('content-type')).toBe('application/problem+json');
        expect(strict(ProblemSchema).parse(await r.json()).type).toBe(
          'urn:icra:problem:idempotency-in-progress',
        );
      }
      // Once it has finished, every retry gets its answer.
      const after = await app.request('/v1/test/slow', write(aysel, key, { n: 1 }));
      expect(after.status).toBe(201);
      expect(after.headers.get('idempotent-replayed')).toBe('true');
      expect(await after.json()).toEqual(await originals[0]!.json());
      expect(calls.slow - before).toBe(1);
    });

    it('hands a raw upload body on to the route unchanged, and replays a retried cover upload', async () => {
      const editor = await signIn(app, `staff:${gubaEditor.id}`);
      const created = await app.request(
        '/v1/editorial/news',
        write(editor, undefined, {
          authority: 'guba',
          translations: { az: { title: 'Örtük', summary: 'Qısa.', bodyHtml: '<p>Mətn.</p>' } },
        }),
      );
      const { id } = (await created.json()) as { id: string };
      const upload = (key: string, bytes: Buffer) =>
        app.request(`/v1/editorial/news/${id}/cover`, {
          method: 'PUT',
          headers: { Authorization: `Bearer ${editor}`, 'Idempotency-Key': key, 'Content-Type': 'image/png' },
          body: bytes,
        });
      const uploads = async () => (await db.database.db.select({ n: count() }).from(mediaUploads))[0]!.n;
      const before = await uploads();
      const key = randomUUID();
      const first = await upload(key, png(12, 7));
      expect(first.status).toBe(200);
      const article = (await first.json()) as { cover: { width: number; height: number } };
      expect(article.cover).toMatchObject({ width: 12, height: 7 });
      const retry = await upload(key, png(12, 7));
      expect(retry.status).toBe(200);
      expect(retry.headers.get('idempotent-replayed')).toBe('true');
      expect(await retry.json()).toEqual(article);
      expect(await uploads()).toBe(before + 1);
      expect((await upload(key, png(13, 7))).status).toBe(422);
      // The route's own limit still speaks for bodies under the middleware's.
      expect((await upload(randomUUID(), Buffer.alloc(3 * 1024 * 1024, 1))).status).toBe(413);
      expect((await upload(randomUUID(), Buffer.alloc(9 * 1024 * 1024, 1))).status).toBe(413);
    });

    it('forgets a key after 24 hours, and takes over at once a claim an older version left pending', async () => {
      const recipient = `test:${randomUUID()}`;
      const headers = { 'X-Test-Recipient': recipient };
      const key = randomUUID();
      expect((await app.request('/v1/test/notes', write(aysel, key, { link: '/a' }, headers))).status).toBe(
        201,
      );
      const age = (interval: string, state?: 'pending') =>
        db.database.db
          .update(idempotencyKeys)
          .set({ createdAt: sql`now() - ${interval}::interval`, ...(state ? { state, status: null } : {}) })
          .where(eq(idempotencyKeys.key, key));
      await age('23 hours');
      const replayed = await app.request('/v1/test/notes', write(aysel, key, { link: '/a' }, headers));
      expect(replayed.headers.get('idempotent-replayed')).toBe('true');
      await age('25 hours');
      // Expired: even another request may use the key now, and it runs.
      const anew = await app.request('/v1/test/notes', write(aysel, key, { link: '/b' }, headers));
      expect(anew.status).toBe(201);
      expect(anew.headers.get('idempotent-replayed')).toBeNull();
      expect(await countNotes(db.database, recipient)).toBe(2);

      // This version never commits a pending claim (the claim, the write and the answer commit
      // together); one that an older version left behind is an attempt that died with it.
      await age('1 second', 'pending');
      const takenOver = await app.request('/v1/test/notes', write(aysel, key, { link: '/b' }, headers));
      expect(takenOver.status).toBe(201);
      expect(takenOver.headers.get('idempotent-replayed')).toBeNull();
      expect(await countNotes(db.database, recipient)).toBe(3);
    });

    it('refuses the same key with a different request (body, path or method) with 422', async () => {
      const recipient = `test:${randomUUID()}`;
      const key = randomUUID();
      const headers = { 'X-Test-Recipient': recipient };
      expect((await app.request('/v1/test/notes', write(aysel, key, { link: '/a' }, headers))).status).toBe(
        201,
      );
      const otherBody = await app.request(
        '/v1/test/notes',
        write(aysel, key, { link: '/b' }, { ...headers, 'Accept-Language': 'en' }),
      );
      expect(otherBody.status).toBe(422);
      expect(otherBody.headers.get('content-type')).toBe('application/problem+json');
      const problem = strict(ProblemSchema).parse(await otherBody.json());
      expect(problem.type).toBe('urn:icra:problem:idempotency-key-reused');
      expect(problem.title).toBe('Idempotency-Key used for another request');
      const ru = await app.request(
        '/v1/test/slow',
        write(aysel, key, { link: '/a' }, { ...headers, 'Accept-Language': 'ru' }),
      );
      expect(ru.status).toBe(422);
      expect(ru.headers.get('content-language')).toBe('ru');
      expect(strict(ProblemSchema).parse(await ru.json()).title).toBe(
        'Idempotency-Key уже использован для другого запроса',
      );
      expect(await countNotes(db.database, recipient)).toBe(1);
    });

    it('releases the key of an attempt that failed on the server (5xx), so the retry runs', async () => {
      const key = randomUUID();
      const failed = await app.request('/v1/test/flaky', write(aysel, key, {}));
      expect(failed.status).toBe(500);
      const retry = await app.request('/v1/test/flaky', write(aysel, key, {}));
      expect(retry.status).toBe(201);
      expect(retry.headers.get('idempotent-replayed')).toBeNull();
      expect(await retry.json()).toEqual({ attempt: 2 });
      const again = await app.request('/v1/test/flaky', write(aysel, key, {}));
      expect(again.headers.get('idempotent-replayed')).toBe('true');
      expect(await again.json()).toEqual({ attempt: 2 });
      expect(calls.flaky).toBe(2);
    });

    it('rolls back the write of an attempt that failed on the server with it, so the retry writes once', async () => {
      const recipient = `test:${randomUUID()}`;
      const key = randomUUID();
      const init = () => write(aysel, key, { link: '/half' }, { 'X-Test-Recipient': recipient });
      const failed = await app.request('/v1/test/half', init());
      expect(failed.status).toBe(500);
      // The note it wrote before failing is gone with the key's claim.
      expect(await countNotes(db.database, recipient)).toBe(0);
      expect(await db.database.db.select().from(idempotencyKeys).where(eq(idempotencyKeys.key, key))).toEqual(
        [],
      );
      const retry = await app.request('/v1/test/half', init());
      expect(retry.status).toBe(201);
      expect(retry.headers.get('idempotent-replayed')).toBeNull();
      const again = await app.request('/v1/test/half', init());
      expect(again.headers.get('idempotent-replayed')).toBe('true');
      expect(await again.json()).toEqual(await retry.json());
      expect(await countNotes(db.database, recipient)).toBe(1);
      expect(calls.half).toBe(2);
    });

    it('keeps the 4xx a route gives for its own failed statement, with nothing of its writes', async () => {
      const recipient = `test:${randomUUID()}`;
      const key = randomUUID();
      const refused = await app.request(
        '/v1/test/caught',
        write(aysel, key, {}, { 'X-Test-Recipient': recipient }),
      );
      expect(refused.status).toBe(422);
      expect(await countNotes(db.database, recipient)).toBe(0);
      const before = calls.caught;
      const replayed = await app.request(
        '/v1/test/caught',
        write(aysel, key, {}, { 'X-Test-Recipient': recipient }),
      );
      expect(replayed.status).toBe(422);
      expect(replayed.headers.get('idempotent-replayed')).toBe('true');
      expect(calls.caught).toBe(before);

      // A success whose write was lost with the failed statement is not kept: 500, and the key is free.
      const claimKey = randomUUID();
      const claims = { 'X-Test-Recipient': recipient, 'X-Test-Claim': 'success' };
      const lie = await app.request('/v1/test/caught', write(aysel, claimKey, {}, claims));
      expect(lie.status).toBe(500);
      expect(await countNotes(db.database, recipient)).toBe(0);
      expect(
        await db.database.db.select().from(idempotencyKeys).where(eq(idempotencyKeys.key, claimKey)),
      ).toEqual([]);
    });

    it('refuses U+0000 in a keyed body with a field error, writes nothing, and keeps no more than that answer', async () => {
      const key = randomUUID();
      const title = `Nul ${randomUUID()}`;
      const send = (body: string, k = key) =>
        app.request('/v1/participation/applications', {
          method: 'POST',
          headers: {
            Authorization: `Bearer ${aysel}`,
            'Idempotency-Key': k,
            'Content-Type': 'application/json',
          },
          body,
        });
      const application = {
        authority: 'guba',
        direction: 'utilities',
        title,
        text: 'Ten or more characters.',
      };
      // In a value, and in a member name.
      const inValue = JSON.stringify({ ...application, text: 'Ten or more\u0000 characters.' });
      const inName = JSON.stringify({ ...application, 'x\u0000': 1 });
      for (const [body, pointer] of [
        [inValue, '/body/text'],
        [inName, '/body/x\u0000'],
      ] as const) {
        const k = randomUUID();
        const refused = await send(body, k);
        expect(refused.status).toBe(400);
        expect(refused.headers.get('content-type')).toBe('application/problem+json');
        const problem = strict(ProblemSchema).parse(await refused.json());
        expect(problem.errors?.map((e) => e.pointer)).toEqual([pointer]);
        // What is kept is the answer (JSON: a U+0000 in it is the six characters \u0000) and a hash
        // of the body, never the body.
        const [kept] = await db.database.db.select().from(idempotencyKeys).where(eq(idempotencyKeys.key, k));
        expect(kept).toMatchObject({ state: 'done', status: 400 });
        expect(kept!.responseBody).not.toContain('\u0000');
        expect(kept!.responseBody).not.toContain('Ten or more');
        expect(kept!.fingerprint).not.toContain(title);
        // Its retry is that answer again; the corrected request needs a key of its own (422 otherwise).
        const retry = await send(body, k);
        expect(retry.status).toBe(400);
        expect(retry.headers.get('idempotent-replayed')).toBe('true');
        expect((await send(JSON.stringify(application), k)).status).toBe(422);
      }
      const [{ n }] = (await db.database.db
        .select({ n: count() })
        .from(participationApplications)
        .where(eq(participationApplications.title, title))) as [{ n: number }];
      expect(n).toBe(0);
      expect((await send(JSON.stringify(application))).status).toBe(201);
    });

    it('keeps the keys of different callers apart', async () => {
      const key = randomUUID();
      const recipient = `test:${randomUUID()}`;
      const headers = { 'X-Test-Recipient': recipient };
      const a = await app.request('/v1/test/notes', write(aysel, key, { link: '/a' }, headers));
      const o = await app.request('/v1/test/notes', write(orxan, key, { link: '/a' }, headers));
      expect(a.status).toBe(201);
      expect(o.status).toBe(201);
      expect(o.headers.get('idempotent-replayed')).toBeNull();
      expect(((await o.json()) as { id: string }).id).not.toBe(((await a.json()) as { id: string }).id);
      // Each replays their own.
      const o2 = await app.request('/v1/test/notes', write(orxan, key, { link: '/a' }, headers));
      expect(o2.headers.get('idempotent-replayed')).toBe('true');
      expect(await countNotes(db.database, recipient)).toBe(2);
    });

    it('rejects a malformed key with 400 pointing at the header, and leaves unsigned writes alone', async () => {
      for (const bad of ['has space', 'x'.repeat(256), 'tab\tinside']) {
        const res = await app.request('/v1/test/notes', write(aysel, bad, { link: '/a' }));
        expect(res.status).toBe(400);
        const problem = strict(ProblemSchema).parse(await res.json());
        expect(problem.errors?.map((e) => e.pointer)).toEqual(['/header/Idempotency-Key']);
      }
      const rows = await keyRows(db.database);
      // No token, or a bad one: the route's guard answers (401), nothing is claimed.
      const target = seedNotifications.find((n) => n.fin === AYSEL.fin)!;
      const anonymous = await app.request(`/v1/me/notifications/${target.id}/read`, {
        method: 'POST',
        headers: { 'Idempotency-Key': randomUUID() },
      });
      expect(anonymous.status).toBe(401);
      const forged = await app.request(
        `/v1/me/notifications/${target.id}/read`,
        write('a.b.c', randomUUID()),
      );
      expect(forged.status).toBe(401);
      expect(await keyRows(db.database)).toBe(rows);
    });

    it('is declared, with the answers of write safety, on every write operation of the OpenAPI document', async () => {
      const document = (await (await app.request('/openapi.json')).json()) as {
        paths: Record<
          string,
          Record<
            string,
            {
              operationId: string;
              security?: unknown[];
              'x-icra-access'?: { scope?: string };
              parameters?: Array<{ name: string; in: string }>;
              responses: Record<string, unknown>;
            }
          >
        >;
      };
      const writes: string[] = [];
      for (const [path, item] of Object.entries(document.paths)) {
        for (const [method, operation] of Object.entries(item)) {
          if (!['post', 'put', 'patch', 'delete'].includes(method)) continue;
          writes.push(operation.operationId);
          const where = `${method} ${path}`;
          if (operation.operationId === 'castBallot') {
            // The secret ballot is anonymous: no token, no key, nothing kept per caller.
            expect(operation.security, where).toBeUndefined();
            expect(operation.parameters ?? [], where).not.toContainEqual(
              expect.objectContaining({ name: 'Idempotency-Key' }),
            );
            continue;
          }
          // Signed in (a staff write names the scope it needs as well).
          const scope = operation['x-icra-access']?.scope;
          expect(operation.security, where).toEqual([{ bearer: scope === undefined ? [] : [scope] }]);
          if (operation.operationId === 'issueBallotCredential') {
            // Idempotent by itself (the same blinded message, the same signature): no key, no record.
            expect(operation.parameters ?? [], where).not.toContainEqual(
              expect.objectContaining({ name: 'Idempotency-Key' }),
            );
            continue;
          }
          expect(operation.parameters, where).toContainEqual(
            expect.objectContaining({ name: 'Idempotency-Key', in: 'header', required: false }),
          );
          for (const status of ['409', '422', '429'])
            expect(operation.responses, where).toHaveProperty(status);
        }
      }
      expect(writes).toContain('markNotificationRead');
      expect(writes).toContain('createNewsDraft');
      expect(writes).toContain('castBallot');
      expect(writes).toContain('issueBallotCredential');
    });

    it('answers a retried createNewsDraft with the first article and creates one', async () => {
      const editor = await signIn(app, `staff:${gubaEditor.id}`);
      const title = `Idempotent ${randomUUID()}`;
      const draft = {
        authority: 'guba',
        translations: { az: { title, summary: 'Qısa məlumat.', bodyHtml: '<p>Mətn.</p>' } },
      };
      const drafts = async () => {
        const [row] = await db.database.db
          .select({ n: count() })
          .from(newsTranslations)
          .where(eq(newsTranslations.title, title));
        return row!.n;
      };
      const key = randomUUID();
      const first = await app.request('/v1/editorial/news', write(editor, key, draft));
      expect(first.status).toBe(201);
      const body = await first.text();
      const retries = await Promise.all(
        Array.from({ length: 5 }, () => app.request('/v1/editorial/news', write(editor, key, draft))),
      );
      for (const retry of retries) {
        expect(retry.status).toBe(201);
        expect(retry.headers.get('idempotent-replayed')).toBe('true');
        expect(retry.headers.get('location')).toBe(first.headers.get('location'));
        expect(await retry.text()).toBe(body);
      }
      expect(await drafts()).toBe(1);
      const changed = await app.request(
        '/v1/editorial/news',
        write(editor, key, {
          ...draft,
          translations: { az: { ...draft.translations.az, summary: 'Başqa.' } },
        }),
      );
      expect(changed.status).toBe(422);
      expect(await drafts()).toBe(1);
    });

    it('never touches the write-safety tables on reads', async () => {
      const keys = await keyRows(db.database);
      const counters = await counterRows(db.database);
      for (let i = 0; i < 5; i++) {
        const headers = { Authorization: `Bearer ${aysel}`, 'Idempotency-Key': randomUUID() };
        expect((await app.request('/v1/news?limit=2', { headers })).status).toBe(200);
        expect((await app.request('/v1/me/notifications', { headers })).status).toBe(200);
        expect((await app.request('/v1/authorities', { headers })).status).toBe(200);
      }
      expect(await keyRows(db.database)).toBe(keys);
      expect(await counterRows(db.database)).toBe(counters);
    });
  });

  describe.skipIf(skip)('rate limits', () => {
    it('limits the writes of each caller per window: 429 in their language with Retry-After, then resets', async () => {
      now = START + 10 * 60_000 + 15_000; // 15 s into a window
      const recipient = `test:${randomUUID()}`;
      const headers = { 'X-Test-Recipient': recipient, 'Accept-Language': 'az' };
      const remaining: Array<string | null> = [];
      for (let i = 0; i < 3; i++) {
        const res = await limited.request('/v1/test/notes', write(aysel, undefined, { link: '/x' }, headers));
        expect(res.status).toBe(201);
        expect(res.headers.get('ratelimit-limit')).toBe('3');
        expect(res.headers.get('ratelimit-reset')).toBe('45');
        remaining.push(res.headers.get('ratelimit-remaining'));
      }
      expect(remaining).toEqual(['2', '1', '0']);
      const refused = await limited.request(
        '/v1/test/notes',
        write(aysel, randomUUID(), { link: '/x' }, headers),
      );
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toBe('45');
      expect(refused.headers.get('ratelimit-remaining')).toBe('0');
      expect(refused.headers.get('content-type')).toBe('application/problem+json');
      expect(refused.headers.get('content-language')).toBe('az');
      const problem = strict(ProblemSchema).parse(await refused.json());
      expect(problem).toMatchObject({ type: 'urn:icra:problem:too-many-requests', status: 429 });
      expect(problem.title).toBe('Çox sayda sorğu');
      expect(await countNotes(db.database, recipient)).toBe(3);

      // Another caller has their own budget.
      expect(
        (await limited.request('/v1/test/notes', write(orxan, undefined, { link: '/x' }, headers))).status,
      ).toBe(201);

      now += 30_000;
      expect(
        (await limited.request('/v1/test/notes', write(aysel, undefined, { link: '/x' }, headers))).status,
      ).toBe(429);
      now += 15_000; // the next window
      const reset = await limited.request('/v1/test/notes', write(aysel, undefined, { link: '/x' }, headers));
      expect(reset.status).toBe(201);
      expect(reset.headers.get('ratelimit-remaining')).toBe('2');
      expect(await countNotes(db.database, recipient)).toBe(5);
    });

    it('admits exactly the limit of 40 writes sent at once, each counted once (one upsert for all)', async () => {
      now = START + 12 * 60_000 + 15_000;
      const recipient = `test:${randomUUID()}`;
      const headers = { 'X-Test-Recipient': recipient };
      // Both callers at once: the counts are per caller even when their requests share a statement.
      const answers = await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          limited.request('/v1/test/notes', write(i % 2 ? orxan : aysel, undefined, { link: '/x' }, headers)),
        ),
      );
      const statuses = answers.map((res) => res.status);
      expect(statuses.filter((s) => s === 201)).toHaveLength(6);
      expect(statuses.filter((s) => s === 429)).toHaveLength(34);
      for (const who of [0, 1]) {
        const admitted = answers.filter((res, i) => i % 2 === who && res.status === 201);
        const remaining = admitted.map((res) => res.headers.get('ratelimit-remaining')).sort();
        expect(remaining).toEqual(['0', '1', '2']);
      }
      expect(await countNotes(db.database, recipient)).toBe(6);
      const buckets = await db.database.db
        .select({ bucket: rateLimitCounters.bucket, hits: rateLimitCounters.hits })
        .from(rateLimitCounters)
        .where(sql`${rateLimitCounters.windowStart} = ${new Date(START + 12 * 60_000)}`);
      expect(buckets.sort((a, b) => a.bucket.localeCompare(b.bucket))).toEqual(
        [`write:citizen:${AYSEL.fin}`, `write:citizen:${ORXAN.fin}`]
          .sort()
          .map((bucket) => ({ bucket, hits: 20 })),
      );
    });

    it('limits sign-in per client_id over /oauth/authorize, /oauth/demo/sign-in and /oauth/token', async () => {
      now = START + 20 * 60_000;
      for (let i = 0; i < 4; i++)
        expect((await limited.request(authorizeUrl({ clientId: 'ganja' }))).status).toBe(200);
      const refused = await limited.request(authorizeUrl({ clientId: 'ganja', lang: 'en' }), {
        headers: { 'Accept-Language': 'en' },
      });
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toBe('60');
      expect(strict(ProblemSchema).parse(await refused.json()).title).toBe('Too many requests');
      // The token endpoint counts the same client_id (from its form) …
      const token = await limited.request(
        '/oauth/token',
        formBody({
          grant_type: 'authorization_code',
          code: 'x',
          code_verifier: 'y',
          client_id: 'ganja',
          origin: 'z',
        }),
      );
      expect(token.status).toBe(429);
      // … and another authority's sign-in is not affected.
      expect((await limited.request(authorizeUrl({ clientId: 'guba' }))).status).toBe(200);
      now += 60_000;
      expect((await limited.request(authorizeUrl({ clientId: 'ganja' }))).status).toBe(200);
    });
  });

  describe.skipIf(skip)('the client address', () => {
    it('is the socket address unless a proxy is trusted: X-Forwarded-For alone does not escape the limit', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        const res = await fetch(`${direct.base}${authorizeUrl()}`, {
          headers: { 'X-Forwarded-For': `203.0.113.${i}` },
        });
        await res.arrayBuffer();
        statuses.push(res.status);
      }
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
      const [row] = await db.database.db
        .select({ hits: rateLimitCounters.hits })
        .from(rateLimitCounters)
        .where(sql`${rateLimitCounters.bucket} = 'sign-in:ip:127.0.0.1'`);
      expect(row?.hits).toBeGreaterThanOrEqual(5);
    });

    it('behind a trusted proxy is the address the proxy appended to X-Forwarded-For', async () => {
      const status = async (forwarded: string) => {
        const res = await fetch(`${proxied.base}${authorizeUrl()}`, {
          headers: { 'X-Forwarded-For': forwarded },
        });
        await res.arrayBuffer();
        return res.status;
      };
      // The client may send anything on the left; the proxy's entry (rightmost) is the one counted.
      for (let i = 0; i < 3; i++) expect(await status(`10.9.9.${i}, 198.51.100.7`)).toBe(200);
      expect(await status('198.51.100.7')).toBe(429);
      expect(await status('198.51.100.8')).toBe(200);
    });
  });

  describe.skipIf(skip)('served by @hono/node-server', () => {
    it('passes the body of a write with a key on to the route, and replays its retry', async () => {
      const editor = await signIn(app, `staff:${gubaEditor.id}`);
      const title = `Over HTTP ${randomUUID()}`;
      const init = {
        ...write(editor, randomUUID(), {
          authority: 'guba',
          translations: { az: { title, summary: 'Qısa.', bodyHtml: '<p>Mətn.</p>' } },
        }),
      };
      const first = await fetch(`${direct.base}/v1/editorial/news`, init);
      expect(first.status).toBe(201);
      const body = (await first.json()) as { translations: { az: { title: string } } };
      expect(body.translations.az.title).toBe(title);
      const retry = await fetch(`${direct.base}/v1/editorial/news`, init);
      expect(retry.status).toBe(201);
      expect(retry.headers.get('idempotent-replayed')).toBe('true');
      expect(await retry.json()).toEqual(body);
      const [row] = await db.database.db
        .select({ n: count() })
        .from(newsTranslations)
        .where(eq(newsTranslations.title, title));
      expect(row!.n).toBe(1);
    });
  });

  describe.skipIf(skip || kind !== 'postgres')('with two instances on one PostgreSQL database', () => {
    it('replays through one instance the answer the other gave, and counts hits through both together', async () => {
      now = START + 40 * 60_000;
      const recipient = `test:${randomUUID()}`;
      const key = randomUUID();
      const init = write(orxan, key, { link: '/both' }, { 'X-Test-Recipient': recipient });
      const original = await first.request('/v1/test/notes', init);
      expect(original.status).toBe(201);
      const retry = await second.request('/v1/test/notes', init);
      expect(retry.status).toBe(201);
      expect(retry.headers.get('idempotent-replayed')).toBe('true');
      expect(await retry.text()).toBe(await original.text());
      expect(secondCalls.notes).toBe(0);
      expect(firstCalls.notes).toBe(1);
      expect(await countNotes(db.database, recipient)).toBe(1);

      // Concurrent duplicates spread over both instances still run once.
      const slowKey = randomUUID();
      const both = await Promise.all(
        Array.from({ length: 4 }, (_, i) =>
          (i % 2 ? first : second).request('/v1/test/slow', write(aysel, slowKey, { n: 2 })),
        ),
      );
      expect(firstCalls.slow + secondCalls.slow).toBe(1);
      expect(both.every((r) => r.status === 201 || r.status === 409)).toBe(true);

      // Orxan has used 2 of 4 (the retry counts too); two more, on either, then 429 on both.
      expect((await second.request('/v1/test/notes', write(orxan, undefined, { link: '/x' }))).status).toBe(
        201,
      );
      const last = await first.request('/v1/test/notes', write(orxan, undefined, { link: '/x' }));
      expect(last.status).toBe(201);
      expect(last.headers.get('ratelimit-remaining')).toBe('0');
      expect((await second.request('/v1/test/notes', write(orxan, undefined, { link: '/x' }))).status).toBe(
        429,
      );
      expect((await first.request('/v1/test/notes', write(orxan, randomUUID(), { link: '/x' }))).status).toBe(
        429,
      );
    });
  });
});
