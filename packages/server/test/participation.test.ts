/**
 * E-participation end to end through createApp + app.request(), on PGlite and PostgreSQL: an
 * application filed, moderated (approved into a poll, or rejected), votes cast and results read per
 * each visibility rule; exact counts under concurrency; eligibility and the voting window; two
 * instances on one PostgreSQL; and the anonymity proof over every table of the database.
 */
import { type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type IcraApp } from '../src/app.js';
import type { Database } from '../src/db/database.js';
import { openPostgresDatabase } from '../src/db/postgres.js';
import { SigningKeyStore } from '../src/features/identity/keys.js';
import { DemoPopulationRegistry } from '../src/features/identity/registry.js';
import { TokenService } from '../src/features/identity/tokens.js';
import {
  ApplicationPageSchema,
  ApplicationSchema,
  PollResultsSchema,
  PollSchema,
} from '../src/features/participation/schemas.js';
import { ProblemSchema } from '../src/http/problem.js';
import { seedPopulation } from '../src/seed/population.js';
import { seedStaff } from '../src/seed/staff.js';
import {
  castBallot,
  finalizeBallot,
  prepareBallot,
  requestCredential,
  voteSecretly,
} from './support/ballot.js';
import { testCitizens } from './support/citizens.js';
import { openTestDatabase, type TestDatabase, variants } from './support/databases.js';
import { signIn } from './support/oauth.js';
import { strict } from './support/strict.js';
import { issueToken } from './support/tokens.js';

const ISSUER = 'http://portal.test';
const quiet = { warn: () => {}, error: () => {} };
const CROWD = 1000;
/** Ballots reach the tallies this many at a time. */
const K = 3;
/**
 * Citizens voting at once in the crowd test. Each blinds with the widget's library (about 0.1 s of
 * CPU each, the voter's own cost in a browser); the 1,000-ballot load is the benchmark's.
 */
const VOTERS = 100;

/** The test's own registry: the demo people and 1,000 generated citizens (half Guba, half Ganja). */
const generated = testCitizens(CROWD, 'T', 'Vətəndaş');
const registry = new DemoPopulationRegistry([...seedPopulation, ...generated]);

function staffOf(authority: string, role: string): string {
  const member = seedStaff.find((s) => s.authority === authority && s.roles.includes(role as never));
  if (!member) throw new Error(`no ${role} in ${authority}`);
  return `staff:${member.id}`;
}

const hour = 3600_000;
const iso = (offset: number) => new Date(Date.now() + offset).toISOString();

function pollDefinition(overrides: Record<string, unknown> = {}) {
  return {
    question: { az: 'Parkda hansı idman meydançası olsun?', en: 'Which sports ground in the park?' },
    options: [
      { az: 'Futbol', en: 'Football', ru: 'Футбол' },
      { az: 'Basketbol', en: 'Basketball' },
      { az: 'Tennis' },
    ],
    opensAt: iso(-hour),
    closesAt: iso(24 * hour),
    eligibility: 'all_citizens',
    resultsVisibility: 'live',
    ...overrides,
  };
}

describe.each(variants)('participation on $label', ({ kind, skip }) => {
  let db: TestDatabase;
  let app: IcraApp;
  let tokens: TokenService;
  let moderator: string;
  let gangaModerator: string;
  const citizenTokens = new Map<string, string>();
  /** PostgreSQL only: a second instance (its own pool and LISTEN connection) on the same database. */
  let other: Database | undefined;
  let otherApp: IcraApp | undefined;

  async function citizen(fin: string): Promise<string> {
    let token = citizenTokens.get(fin);
    if (!token) {
      token = (await issueToken(tokens, { sub: `citizen:${fin}`, kind: 'citizen', roles: [], fin })).token;
      citizenTokens.set(fin, token);
    }
    return token;
  }

  function call(target: IcraApp, path: string, token?: string, body?: unknown, method?: string) {
    const headers: Record<string, string> = { 'Accept-Language': 'en' };
    if (token) headers.Authorization = `Bearer ${token}`;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    return target.request(path, {
      method: method ?? (body === undefined ? 'GET' : 'POST'),
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  }

  async function newPoll(overrides: Record<string, unknown> = {}, authority = 'guba') {
    const res = await call(app, '/v1/participation/polls', moderator, {
      authority,
      ...pollDefinition(overrides),
    });
    expect(res.status).toBe(201);
    return strict(PollSchema).parse(await res.json());
  }

  /** The widget's vote: a blind-signed credential, then the anonymous ballot (support/ballot.ts). */
  const vote = (
    target: IcraApp,
    pollId: string,
    token: string,
    option: number,
    credentialHeaders: Record<string, string> = {},
  ) => voteSecretly(target, pollId, token, option, credentialHeaders);

  /** Closes a poll now (its schedule moved into the past, as time would): its box is then folded. */
  const close = (pollId: string) =>
    db.database.db.execute(
      sql`update polls set closes_at = now() - interval '1 millisecond' where id = ${pollId}`,
    );

  const rows = async <T>(query: SQL) => (await db.database.db.execute(query)) as unknown as { rows: T[] };

  async function results(target: IcraApp, pollId: string, token?: string) {
    const res = await call(target, `/v1/participation/polls/${pollId}/results`, token);
    expect(res.status).toBe(200);
    return strict(PollResultsSchema).parse(await res.json());
  }

  beforeAll(async () => {
    if (skip) return;
    db = await openTestDatabase(kind);
    app = createApp({
      database: db.database,
      publicUrl: ISSUER,
      registry,
      log: quiet,
      rateLimits: { writesPerPrincipal: 0 },
      ballotBatch: K,
    });
    tokens = new TokenService(new SigningKeyStore(db.database.db), ISSUER);
    moderator = await signIn(app, staffOf('guba', 'moderator'));
    gangaModerator = await signIn(app, staffOf('ganja', 'moderator'), { clientId: 'ganja' });
  });
  afterAll(async () => {
    await other?.close();
    await db?.dispose();
  });

  it.skipIf(skip)(
    'files an application, approves it into a poll, votes and shows results; notifies and audits',
    async () => {
      const fin = generated[0]!.fin;
      const filed = await call(app, '/v1/participation/applications', await citizen(fin), {
        authority: 'guba',
        direction: 'culture_sport',
        title: 'Parkda idman meydançası',
        text: 'Mərkəzi parkda uşaqlar üçün idman meydançası tikilsin.',
      });
      expect(filed.status).toBe(201);
      const application = strict(ApplicationSchema).parse(await filed.json());
      expect(application).toMatchObject({ status: 'submitted', direction: 'culture_sport', pollId: null });
      expect(filed.headers.get('location')).toBe(`/v1/participation/applications/${application.id}`);

      const mine = strict(ApplicationPageSchema).parse(
        await (await call(app, '/v1/me/applications', await citizen(fin))).json(),
      );
      expect(mine.items.map((a) => a.id)).toEqual([application.id]);
      // Another citizen and another authority's moderator see nothing of it.
      const other = await citizen(generated[2]!.fin);
      expect((await call(app, `/v1/participation/applications/${application.id}`, other)).status).toBe(404);
      expect(
        (await call(app, `/v1/participation/applications/${application.id}`, gangaModerator)).status,
      ).toBe(404);
      expect((await call(app, '/v1/participation/applications?authority=guba', gangaModerator)).status).toBe(
        403,
      );
      const queue = strict(ApplicationPageSchema).parse(
        await (
          await call(app, '/v1/participation/applications?authority=guba&status=submitted', moderator)
        ).json(),
      );
      expect(queue.items.map((a) => a.id)).toContain(application.id);

      const approved = await call(
        app,
        `/v1/participation/applications/${application.id}/approve`,
        moderator,
        pollDefinition({ resultsVisibility: 'after_vote' }),
      );
      expect(approved.status).toBe(201);
      const poll = strict(PollSchema).parse(await approved.json());
      expect(poll).toMatchObject({ sourceApplicationId: application.id, state: 'open', authority: 'guba' });
      expect(poll.options.map((o) => o.text)).toEqual(['Football', 'Basketball', 'Tennis']);
      const again = await call(app, `/v1/participation/applications/${application.id}/reject`, moderator, {
        reason: 'Late',
      });
      expect(again.status).toBe(409);

      const seen = strict(ApplicationSchema).parse(
        await (
          await call(app, `/v1/participation/applications/${application.id}`, await citizen(fin))
        ).json(),
      );
      expect(seen).toMatchObject({ status: 'approved', pollId: poll.id });
      expect(seen.history.map((h) => h.status)).toEqual(['submitted', 'approved']);

      const notes = (await (await call(app, '/v1/me/notifications?lang=ru', await citizen(fin))).json()) as {
        items: Array<{ title: string; body: string }>;
      };
      expect(notes.items[0]!.body).toBe('Ваше обращение одобрено и стало опросом.');
      const audit = await rows<{ action: string }>(
        sql`select action from audit_log where target_id in (${application.id}, ${poll.id}) order by action`,
      );
      expect(audit.rows.map((r) => r.action)).toEqual([
        'participation.application.approve',
        'participation.poll.create',
      ]);

      // after_vote: hidden until the caller has voted.
      const hidden = await results(app, poll.id, await citizen(fin));
      expect(hidden).toMatchObject({ hidden: true, reason: 'not_voted', total: null, turnout: null });
      const before = strict(PollSchema).parse(
        await (await call(app, `/v1/participation/polls/${poll.id}`, await citizen(fin))).json(),
      );
      expect(before.viewer).toEqual({ eligible: true, hasVoted: false });

      expect((await vote(app, poll.id, await citizen(fin), 1)).status).toBe(204);
      expect((await vote(app, poll.id, await citizen(generated[1]!.fin), 1)).status).toBe(204);
      expect((await vote(app, poll.id, await citizen(generated[2]!.fin), 0)).status).toBe(204);
      const twice = await vote(app, poll.id, await citizen(fin), 0);
      expect(twice.status).toBe(409);
      expect(strict(ProblemSchema).parse(await twice.json()).type).toBe(
        'urn:icra:problem:credential-already-issued',
      );

      const after = strict(PollSchema).parse(
        await (await call(app, `/v1/participation/polls/${poll.id}`, await citizen(fin))).json(),
      );
      expect(after.viewer).toEqual({ eligible: true, hasVoted: true });
      const open = await results(app, poll.id, await citizen(fin));
      expect(open.hidden).toBe(false);
      expect(open.options.map((o) => o.votes)).toEqual([1, 2, 0]);
      expect(open.options.map((o) => o.percentage)).toEqual([33.3, 66.7, 0]);
      expect(open.total).toBe(3);
      expect(open.uncounted).toBe(0);
      expect(open.turnout).toEqual({ voters: 3, eligible: seedPopulation.length + CROWD, percentage: 0.3 });
      // Anonymous readers still see it hidden while the poll is open.
      expect((await results(app, poll.id)).hidden).toBe(true);

      // ETag: unchanged results are 304; a vote changes them.
      const first = await call(app, `/v1/participation/polls/${poll.id}/results`, await citizen(fin));
      const etag = first.headers.get('etag')!;
      const cond = await app.request(`/v1/participation/polls/${poll.id}/results`, {
        headers: {
          'If-None-Match': etag,
          Authorization: `Bearer ${await citizen(fin)}`,
          'Accept-Language': 'en',
        },
      });
      expect(cond.status).toBe(304);
    },
  );

  it.skipIf(skip)(
    'lists polls with an ETag, 304 while unchanged, a new one when a poll is added',
    async () => {
      const path = '/v1/participation/polls?authority=guba&limit=50';
      const first = await call(app, path);
      expect(first.status).toBe(200);
      const etag = first.headers.get('etag')!;
      expect(etag).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
      expect(first.headers.get('cache-control')).toBe('no-cache');
      expect(first.headers.get('content-language')).toBe('en');
      const unchanged = await app.request(path, {
        headers: { 'Accept-Language': 'en', 'If-None-Match': etag },
      });
      expect(unchanged.status).toBe(304);
      expect(await unchanged.text()).toBe('');
      expect(unchanged.headers.get('etag')).toBe(etag);
      expect(unchanged.headers.get('cache-control')).toBe('no-cache');
      expect(unchanged.headers.get('vary')).toBe('Accept-Language, Origin, Accept-Encoding');
      await newPoll();
      const changed = await app.request(path, {
        headers: { 'Accept-Language': 'en', 'If-None-Match': etag },
      });
      expect(changed.status).toBe(200);
      expect(changed.headers.get('etag')).not.toBe(etag);
    },
  );

  it.skipIf(skip)(
    'rejects an application with a reason and tells the citizen in their language',
    async () => {
      const fin = generated[4]!.fin;
      const filed = strict(ApplicationSchema).parse(
        await (
          await call(app, '/v1/participation/applications', await citizen(fin), {
            authority: 'guba',
            direction: 'roads_transport',
            title: 'Yol təmiri',
            text: 'Küçədə çuxurlar var, təmir olunsun.',
          })
        ).json(),
      );
      const rejected = await call(app, `/v1/participation/applications/${filed.id}/reject`, moderator, {
        reason: 'Artıq planlaşdırılıb',
      });
      expect(rejected.status).toBe(200);
      expect(strict(ApplicationSchema).parse(await rejected.json())).toMatchObject({
        status: 'rejected',
        decisionReason: 'Artıq planlaşdırılıb',
      });
      const notes = (await (await call(app, '/v1/me/notifications?lang=en', await citizen(fin))).json()) as {
        items: Array<{ body: string }>;
      };
      expect(notes.items[0]!.body).toBe('Your application was rejected. Reason: Artıq planlaşdırılıb');
    },
  );

  it.skipIf(skip)(
    'refuses votes outside the window, of non-residents, and for options that do not exist',
    async () => {
      const token = await citizen(generated[1]!.fin); // a Ganja resident
      const upcoming = await newPoll({ opensAt: iso(hour), closesAt: iso(2 * hour) });
      const early = await vote(app, upcoming.id, token, 0);
      expect(early.status).toBe(409);
      expect(strict(ProblemSchema).parse(await early.json()).type).toBe('urn:icra:problem:poll-not-open');
      const closed = await newPoll({
        opensAt: iso(-2 * hour),
        closesAt: iso(-hour),
        resultsVisibility: 'after_close',
      });
      const late = await vote(app, closed.id, token, 0);
      expect(late.status).toBe(409);
      expect(strict(ProblemSchema).parse(await late.json()).type).toBe('urn:icra:problem:poll-closed');
      expect((await results(app, closed.id)).hidden).toBe(false); // after_close: closed, so shown

      const residents = await newPoll({ eligibility: 'residents', resultsVisibility: 'after_close' });
      const refused = await vote(app, residents.id, token, 0);
      expect(refused.status).toBe(403);
      expect(strict(ProblemSchema).parse(await refused.json()).type).toBe('urn:icra:problem:not-eligible');
      const viewer = strict(PollSchema).parse(
        await (await call(app, `/v1/participation/polls/${residents.id}`, token)).json(),
      );
      expect(viewer.viewer).toEqual({ eligible: false, hasVoted: false });
      expect((await vote(app, residents.id, await citizen(generated[0]!.fin), 0)).status).toBe(204);
      expect((await vote(app, residents.id, await citizen(generated[6]!.fin), 7)).status).toBe(422);
      const hidden = await results(app, residents.id);
      expect(hidden).toMatchObject({ hidden: true, reason: 'not_closed' });

      const list = (await (
        await call(app, '/v1/participation/polls?authority=guba&state=closed')
      ).json()) as {
        items: Array<{ id: string }>;
      };
      expect(list.items.map((p) => p.id)).toContain(closed.id);
      expect(list.items.map((p) => p.id)).not.toContain(upcoming.id);
      // Moderators of another authority may not create a poll for Guba; citizens may not at all.
      expect(
        (
          await call(app, '/v1/participation/polls', gangaModerator, {
            authority: 'guba',
            ...pollDefinition(),
          })
        ).status,
      ).toBe(403);
      expect(
        (await call(app, '/v1/participation/polls', token, { authority: 'guba', ...pollDefinition() }))
          .status,
      ).toBe(403);
    },
  );

  it.skipIf(skip)(
    'gives one credential for 500 concurrent attempts by one citizen and counts one ballot',
    async () => {
      const poll = await newPoll();
      const token = await citizen(generated[10]!.fin);
      // 20 blinded messages (as 20 tabs or devices would make), each sent 25 times at once.
      const pendings = await Promise.all(Array.from({ length: 20 }, () => prepareBallot(app, poll.id)));
      const started = Date.now();
      const answers = await Promise.all(
        Array.from({ length: 500 }, (_, i) => requestCredential(app, poll.id, token, pendings[i % 20]!)),
      );
      const elapsed = Date.now() - started;
      const granted = answers.flatMap((r, i) => (r.status === 200 ? [i % 20] : []));
      expect(answers.filter((r) => r.status === 409)).toHaveLength(475);
      // Every 200 is for the one message that won, with the same signature.
      expect(new Set(granted)).toEqual(new Set([granted[0]]));
      expect(granted).toHaveLength(25);
      const signatures = new Set(
        await Promise.all(
          answers
            .filter((r) => r.status === 200)
            .map(async (r) => ((await r.json()) as { blindSignature: string }).blindSignature),
        ),
      );
      expect(signatures.size).toBe(1);
      const winner = pendings[granted[0]!]!;
      const signature = await finalizeBallot(winner, [...signatures][0]!);
      const casts = await Promise.all(
        Array.from({ length: 5 }, () =>
          castBallot(app, poll.id, { message: winner.preparedMessage, signature, option: 1 }),
        ),
      );
      expect(casts.map((r) => r.status).sort()).toEqual([204, 409, 409, 409, 409]);
      const counted = await results(app, poll.id);
      expect((counted.total ?? 0) + counted.uncounted).toBe(1);
      console.info(
        `[${kind}] 500 concurrent credential requests by one citizen: 1 credential in ${elapsed} ms`,
      );
    },
  );

  it.skipIf(skip)(
    'counts concurrent ballots of 100 distinct citizens exactly',
    async () => {
      const poll = await newPoll();
      const voters = await Promise.all(generated.slice(0, VOTERS).map((p) => citizen(p.fin)));
      const started = Date.now();
      const statuses = await Promise.all(
        voters.map((token, i) => vote(app, poll.id, token, i % 3).then((r) => r.status)),
      );
      const elapsed = Date.now() - started;
      expect(statuses.every((s) => s === 204)).toBe(true);
      const open = await results(app, poll.id);
      // Folded k or more at a time (several ballots may arrive while a fold waits its turn).
      expect(open.uncounted).toBeLessThan(K);
      expect((open.total ?? 0) + open.uncounted).toBe(VOTERS);
      await close(poll.id);
      const counted = await results(app, poll.id);
      expect(counted.options.map((o) => o.votes)).toEqual([34, 33, 33]);
      expect(counted.total).toBe(VOTERS);
      console.info(`[${kind}] 100 citizens voting at once (blinding included): all counted in ${elapsed} ms`);
    },
    120_000,
  );

  it.skipIf(skip)(
    'gives one credential to a request repeated with its Idempotency-Key, which it keeps no record of',
    async () => {
      const poll = await newPoll();
      const token = await citizen(generated[20]!.fin);
      const first = await vote(app, poll.id, token, 2, { 'Idempotency-Key': 'retry-1' });
      expect(first.status).toBe(204);
      // The same key with another blinded message: the route's own refusal (the key is not kept).
      const retry = await vote(app, poll.id, token, 2, { 'Idempotency-Key': 'retry-1' });
      expect(retry.status).toBe(409);
      const credentials = await rows<{ n: number }>(
        sql`select count(*)::int as n from ballot_credentials where poll_id = ${poll.id}`,
      );
      expect(credentials.rows[0]!.n).toBe(1);
      await close(poll.id);
      expect((await results(app, poll.id)).options.map((o) => o.votes)).toEqual([0, 0, 1]);
    },
  );

  it.skipIf(skip)('keeps nothing in any table that links a voter to a choice', async () => {
    const poll = await newPoll({ options: [{ az: 'Bəli' }, { az: 'Xeyr' }] });
    const voters = generated.slice(100, 110);
    for (const [i, person] of voters.entries()) {
      // With an Idempotency-Key on the credential request too: its record must not keep the choice.
      const res = await vote(app, poll.id, await citizen(person.fin), i % 2, {
        'Idempotency-Key': `vote-${i}`,
      });
      expect(res.status).toBe(204);
      expect(await res.text()).toBe('');
    }
    await close(poll.id);
    expect((await results(app, poll.id)).options.map((o) => o.votes)).toEqual([5, 5]);
    const columns = await rows<{
      table_name: string;
      column_name: string;
      data_type: string;
      column_default: string | null;
    }>(
      sql`select table_name, column_name, data_type, column_default from information_schema.columns
          where table_schema = 'public' order by table_name, ordinal_position`,
    );
    const tables = [...new Set(columns.rows.map((c) => c.table_name))];
    const columnsOf = (table: string) => columns.rows.filter((c) => c.table_name === table);

    // Who took a credential, the spent credentials and the box: no time, no sequence, no choice.
    expect(columnsOf('ballot_credentials').map((c) => c.column_name)).toEqual([
      'poll_id',
      'fin',
      'blinded_hash',
    ]);
    expect(columnsOf('spent_ballot_credentials').map((c) => c.column_name)).toEqual([
      'poll_id',
      'token_hash',
    ]);
    expect(columnsOf('ballot_box').map((c) => c.column_name)).toEqual(['poll_id', 'sealed']);
    // The tallies: counters only, no time, no identity, and no row per vote.
    expect(columnsOf('poll_options').map((c) => c.column_name)).toEqual([
      'poll_id',
      'position',
      'text',
      'votes',
    ]);
    for (const table of ['poll_options', 'ballot_credentials', 'spent_ballot_credentials', 'ballot_box']) {
      for (const c of columnsOf(table)) {
        expect(c.data_type).not.toMatch(/time|date|serial/);
        expect(c.column_default ?? '').not.toMatch(/nextval|now|clock/);
      }
    }
    // Every option row of the poll was rewritten at closing: their transaction ids are equal.
    const xmins = await rows<{ n: number }>(
      sql`select count(distinct xmin::text)::int as n from poll_options where poll_id = ${poll.id}`,
    );
    expect(xmins.rows[0]!.n).toBe(1);

    // Read every row of every table as text: no row holds both a voter's identity and the poll's
    // choice or a spent credential, and the box is empty after closing.
    const spent = (
      await rows<{ h: string }>(
        sql`select encode(token_hash, 'hex') as h from spent_ballot_credentials where poll_id = ${poll.id}`,
      )
    ).rows.map((r) => r.h);
    expect(spent).toHaveLength(voters.length);
    const identities = voters.flatMap((p) => [p.fin, `citizen:${p.fin}`]);
    const choiceWords = ['Bəli', 'Xeyr', '"option"'];
    for (const table of tables) {
      const tableRows = await rows<{ row: string }>(
        sql`select t::text as row from ${sql.identifier(table)} t`,
      );
      for (const { row } of tableRows.rows) {
        if (table !== 'spent_ballot_credentials')
          expect(
            spent.some((h) => row.includes(h)),
            `${table}: ${row}`,
          ).toBe(false);
        if (identities.some((id) => row.includes(id))) {
          expect(
            choiceWords.some((w) => row.includes(w)),
            `${table} links a voter to a choice: ${row}`,
          ).toBe(false);
          expect(table).not.toBe('poll_options');
        }
      }
    }
    expect(
      (await rows<{ n: number }>(sql`select count(*)::int as n from ballot_box where poll_id = ${poll.id}`))
        .rows[0]!.n,
    ).toBe(0);
    // The audit log records no vote; no idempotency record is kept of a credential request.
    const votesAudited = await rows<{ n: number }>(
      sql`select count(*)::int as n from audit_log where action like '%vote%' or action like '%ballot%' or details::text like ${`%${voters[0]!.fin}%`}`,
    );
    expect(votesAudited.rows[0]!.n).toBe(0);
    const keys = await rows<{ response_body: string | null }>(
      sql`select response_body from idempotency_keys where key like 'vote-%'`,
    );
    expect(keys.rows).toHaveLength(0);
  });

  describe.skipIf(skip || kind !== 'postgres')('with two instances on one PostgreSQL database', () => {
    beforeEach(async () => {
      if (otherApp) return;
      other = await openPostgresDatabase({ url: db.url!, poolSize: 4, log: quiet });
      otherApp = createApp({
        database: other,
        publicUrl: ISSUER,
        registry,
        log: quiet,
        rateLimits: { writesPerPrincipal: 0 },
        ballotBatch: K,
      });
    });

    it('counts votes through both exactly, and both see who has voted', async () => {
      const poll = await newPoll();
      const people = generated.slice(200, 260);
      const statuses = await Promise.all(
        people.map(
          async (p, i) => (await vote(i % 2 ? otherApp! : app, poll.id, await citizen(p.fin), i % 2)).status,
        ),
      );
      expect(statuses.every((s) => s === 204)).toBe(true);
      // The same citizens again, through the other instance: all already voted.
      const again = await Promise.all(
        people
          .slice(0, 20)
          .map(
            async (p, i) => (await vote(i % 2 ? app : otherApp!, poll.id, await citizen(p.fin), 0)).status,
          ),
      );
      expect(again.every((s) => s === 409)).toBe(true);
      await close(poll.id);
      for (const target of [app, otherApp!]) {
        const counted = await results(target, poll.id);
        expect(counted.options.map((o) => o.votes)).toEqual([30, 30, 0]);
        const seen = strict(PollSchema).parse(
          await (
            await call(target, `/v1/participation/polls/${poll.id}`, await citizen(people[1]!.fin))
          ).json(),
        );
        expect(seen.viewer).toEqual({ eligible: true, hasVoted: true });
      }
    }, 60_000);

    it('live results across instances: the same ETag from both, and a vote through one changes it on the other', async () => {
      const poll = await newPoll();
      const read = (target: IcraApp, etag?: string) =>
        target.request(`/v1/participation/polls/${poll.id}/results`, {
          headers: { 'Accept-Language': 'en', ...(etag ? { 'If-None-Match': etag } : {}) },
        });
      const fromA = await read(app);
      const fromB = await read(otherApp!);
      const etag = fromA.headers.get('etag')!;
      expect(etag).toBeTruthy();
      // A load balancer may send a page's next poll to either instance: both revalidate it.
      expect(fromB.headers.get('etag')).toBe(etag);
      expect((await read(otherApp!, etag)).status).toBe(304);
      // A batch of k ballots arrives through B; A's very next revalidation has the new counts.
      for (const person of generated.slice(700, 700 + K))
        expect((await vote(otherApp!, poll.id, await citizen(person.fin), 2)).status).toBe(204);
      const after = await read(app, etag);
      expect(after.status).toBe(200);
      expect(after.headers.get('etag')).not.toBe(etag);
      expect(
        strict(PollResultsSchema)
          .parse(await after.json())
          .options.map((o) => o.votes),
      ).toEqual([0, 0, K]);
    });
  });
});
