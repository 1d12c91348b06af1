/**
 * Inputs that used to reach the database and answer 500, on PGlite and PostgreSQL: a cursor or a
 * poll date outside what both databases store (year 0000, past 9999 in UTC), U+0000 in text and in
 * the query, and a form that does not parse. Each is a 400 problem in the caller's language now, and
 * a real failure is logged without the query's parameters.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type IcraApp } from '../src/app.js';
import { encodeCursor } from '../src/http/pagination.js';
import { seedPopulation } from '../src/seed/population.js';
import { seedStaff } from '../src/seed/staff.js';
import { openTestDatabase, type TestDatabase, variants } from './support/databases.js';
import { signIn } from './support/oauth.js';

const ISSUER = 'http://portal.test';
const SECRET = 'AZE-1234567 Parkda idman meydançası';
const YEAR_0000 = '0000-01-01T00:00:00.000Z';

function staffOf(authority: string, role: string): string {
  const member = seedStaff.find((s) => s.authority === authority && s.roles.includes(role as never));
  if (!member) throw new Error(`no ${role} in ${authority}`);
  return `staff:${member.id}`;
}

const hour = 3600_000;
const iso = (offset: number) => new Date(Date.now() + offset).toISOString();
const poll = (overrides: Record<string, unknown>) => ({
  authority: 'guba',
  question: { az: 'Parkda nə olsun?' },
  options: [{ az: 'Futbol' }, { az: 'Tennis' }],
  opensAt: iso(-hour),
  closesAt: iso(24 * hour),
  eligibility: 'all_citizens',
  resultsVisibility: 'live',
  ...overrides,
});

describe.each(variants)('inputs on $label', ({ kind, skip }) => {
  let db: TestDatabase;
  let app: IcraApp;
  const token: Record<string, string> = {};
  const logged: unknown[][] = [];

  beforeAll(async () => {
    if (skip) return;
    db = await openTestDatabase(kind);
    app = createApp({
      database: db.database,
      publicUrl: ISSUER,
      log: { warn: () => {}, error: (...args: unknown[]) => logged.push(args) },
    });
    // A route whose query fails in the database, with a parameter that must not reach the log.
    app.get('/probe/failing-query', async (c) => {
      await db.database.db.execute(sql`select ${SECRET}::int as n`);
      return c.body(null, 204);
    });
    token.citizen = await signIn(app, `citizen:${seedPopulation.find((p) => p.authority === 'guba')!.fin}`);
    token.moderator = await signIn(app, staffOf('guba', 'moderator'));
    token.editor = await signIn(app, staffOf('guba', 'editor'));
    token.admin = await signIn(app, staffOf('guba', 'admin'));
  });
  afterAll(async () => {
    await db?.dispose();
  });

  async function call(path: string, as?: string, init: { method?: string; body?: unknown } = {}) {
    const headers: Record<string, string> = { 'Accept-Language': 'en' };
    if (as) headers.Authorization = `Bearer ${token[as]}`;
    if (init.body !== undefined) headers['Content-Type'] = 'application/json';
    return app.request(path, {
      method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
  }

  async function expectFieldError(res: Response, pointer: string, detail: RegExp) {
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const body = (await res.json()) as { type: string; errors: Array<{ pointer: string; detail: string }> };
    expect(body.type).toBe('urn:icra:problem:validation');
    expect(body.errors).toContainEqual({ pointer, detail: expect.stringMatching(detail) });
  }

  const cursorLists: Array<[string, string, Record<string, string>, string | undefined]> = [
    ['listNews', '/v1/news', { p: YEAR_0000 }, undefined],
    ['listPolls', '/v1/participation/polls', { o: YEAR_0000 }, undefined],
    ['listMyApplications', '/v1/me/applications', { c: YEAR_0000 }, 'citizen'],
    ['listMyNotifications', '/v1/me/notifications', { c: YEAR_0000 }, 'citizen'],
    [
      'listApplicationsForModeration',
      '/v1/participation/applications?authority=guba',
      { c: YEAR_0000 },
      'moderator',
    ],
    ['listEditorialNews', '/v1/editorial/news?authority=guba', { u: YEAR_0000 }, 'editor'],
    ['listAuditLog', '/v1/editorial/audit?authority=guba', { a: YEAR_0000 }, 'admin'],
  ];

  it.skipIf(skip).each(cursorLists)(
    '%s refuses a cursor of year 0000 as a bad cursor',
    async (_, path, position, as) => {
      const cursor = encodeCursor({ ...position, i: randomUUID() });
      const res = await call(`${path}${path.includes('?') ? '&' : '?'}cursor=${cursor}`, as);
      await expectFieldError(res, '/query/cursor', /not a valid page cursor/);
    },
  );

  it.skipIf(skip)(
    'refuses a poll that opens in year 0000 or closes past 9999 in UTC, with a field error',
    async () => {
      await expectFieldError(
        await call('/v1/participation/polls', 'moderator', { body: poll({ opensAt: YEAR_0000 }) }),
        '/body/opensAt',
        /between 1900-01-01 and 9999-12-31/,
      );
      await expectFieldError(
        await call('/v1/participation/polls', 'moderator', {
          body: poll({ closesAt: '9999-12-31T23:00:00-05:00' }),
        }),
        '/body/closesAt',
        /between 1900-01-01 and 9999-12-31/,
      );
      // The last instant both store is still a valid close.
      const last = await call('/v1/participation/polls', 'moderator', {
        body: poll({ closesAt: '9999-12-31T23:59:59.999Z' }),
      });
      expect(last.status).toBe(201);
    },
  );

  it.skipIf(skip)(
    'refuses U+0000 in every kind of text with a field error in the caller’s language',
    async () => {
      const nul = 'Parkda\u0000 idman meydançası';
      await expectFieldError(
        await call('/v1/participation/applications', 'citizen', {
          body: { authority: 'guba', direction: 'culture_sport', title: 'Park', text: nul },
        }),
        '/body/text',
        /U\+0000/,
      );
      await expectFieldError(
        await call('/v1/editorial/news', 'editor', {
          body: {
            authority: 'guba',
            translations: { az: { title: nul, summary: 'Qısa', bodyHtml: '<p>Mətn</p>' } },
          },
        }),
        '/body/translations/az/title',
        /U\+0000/,
      );
      await expectFieldError(
        await call('/v1/participation/polls', 'moderator', { body: poll({ question: { az: nul } }) }),
        '/body/question/az',
        /U\+0000/,
      );
      await expectFieldError(
        await call(`/v1/participation/applications/${randomUUID()}/reject`, 'moderator', {
          body: { reason: nul },
        }),
        '/body/reason',
        /U\+0000/,
      );
      await expectFieldError(await call('/v1/news?authority=gu%00ba'), '/query/authority', /U\+0000/);
      const ru = await app.request('/v1/news?authority=%00', { headers: { 'Accept-Language': 'ru' } });
      await expectFieldError(ru, '/query/authority', /символ U\+0000/);
    },
  );

  it.skipIf(skip)('answers a form that does not parse with a 400 problem, not a 500', async () => {
    for (const body of ['--zzz\r\nbroken', 'no boundary at all']) {
      const res = await app.request('/oauth/demo/sign-in', {
        method: 'POST',
        headers: { 'Content-Type': 'multipart/form-data; boundary=zzz' },
        body,
      });
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    }
    expect(logged).toEqual([]);
  });

  it.skipIf(skip)('logs a real failure with its database code, never the query’s parameters', async () => {
    logged.length = 0;
    const res = await app.request('/probe/failing-query', { headers: { 'Accept-Language': 'en' } });
    expect(res.status).toBe(500);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const body = await res.text();
    expect(body).not.toContain(SECRET);
    expect(body).not.toMatch(/select|::int/i);
    const requestId = (JSON.parse(body) as { requestId: string }).requestId;
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(logged).toHaveLength(1);
    const line = logged[0]!.map(String).join(' ');
    expect(line).toContain(requestId);
    expect(line).toContain('22P02');
    expect(line).toContain('/probe/failing-query');
    expect(line).not.toContain('AZE-1234567');
    expect(line).not.toMatch(/select|params/i);
  });
});
