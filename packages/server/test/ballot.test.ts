/**
 * The secret ballot (RFC 9474 blind signatures) end to end on PGlite and PostgreSQL, with the voter's
 * side done by @cloudflare/blindrsa-ts as the widget does it: every answer of the three routes, one
 * credential per citizen under concurrency, a credential spent once (also concurrently), forged and
 * other polls' credentials refused, nothing written for a ballot but the box and the spent hash,
 * tallies that move only in batches of k, finalization at closing (with the tables rewritten), and no
 * ballot secret anywhere in the database.
 */
import { createHash, type webcrypto } from 'node:crypto';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type IcraApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { SigningKeyStore } from '../src/features/identity/keys.js';
import { DemoPopulationRegistry } from '../src/features/identity/registry.js';
import { TokenService } from '../src/features/identity/tokens.js';
import { BallotBox } from '../src/features/participation/ballot.js';
import {
  BallotCredentialSchema,
  BallotKeySchema,
  PollResultsSchema,
  PollSchema,
} from '../src/features/participation/schemas.js';
import { ProblemSchema } from '../src/http/problem.js';
import { type SeedPerson, seedPopulation } from '../src/seed/population.js';
import { seedStaff } from '../src/seed/staff.js';
import { ballotSecretBeside } from '../src/server.js';
import {
  castBallot,
  finalizeBallot,
  importBallotKey,
  prepareBallot,
  requestCredential,
  suite,
  voteSecretly,
} from './support/ballot.js';
import { testCitizens } from './support/citizens.js';
import { openTestDatabase, type TestDatabase, variants } from './support/databases.js';
import { signIn } from './support/oauth.js';
import { strict } from './support/strict.js';
import { issueToken } from './support/tokens.js';

const ISSUER = 'http://portal.test';
const SECRET = 'a-ballot-secret-for-this-suite-only-0123456789';
const K = 3;
/** t_infomask bits (PostgreSQL's htup_details.h): the xmax is not a deleter. */
const HEAP_XMAX_INVALID = 0x0800;
const HEAP_XMAX_LOCK_ONLY = 0x0080;

const people = testCitizens(90, 'B', 'Seçici');
const registry = new DemoPopulationRegistry([...seedPopulation, ...people]);

const hour = 3600_000;
const iso = (offset: number) => new Date(Date.now() + offset).toISOString();

describe.each(variants)('the secret ballot on $label', ({ kind, skip }) => {
  let db: TestDatabase;
  let app: IcraApp;
  let tokens: TokenService;
  let moderator: string;
  const logged: string[] = [];
  const log = {
    error: (...args: unknown[]) => logged.push(args.map(String).join(' ')),
    warn: (...args: unknown[]) => logged.push(args.map(String).join(' ')),
  };
  let next = 0;
  /** A citizen not used by any other test (even index: a Guba resident). */
  const fresh = (residentOfGuba = true) => {
    while ((next % 2 === 0) !== residentOfGuba) next++;
    return people[next++]!;
  };
  const token = async (person: SeedPerson) =>
    (
      await issueToken(tokens, {
        sub: `citizen:${person.fin}`,
        kind: 'citizen',
        roles: [],
        fin: person.fin,
      })
    ).token;
  const rows = async <T>(query: SQL) =>
    ((await db.database.db.execute(query)) as unknown as { rows: T[] }).rows;
  const problemType = async (res: Response) => strict(ProblemSchema).parse(await res.json()).type;

  async function newPoll(overrides: Record<string, unknown> = {}) {
    const res = await app.request('/v1/participation/polls', {
      method: 'POST',
      headers: { Authorization: `Bearer ${moderator}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        authority: 'guba',
        question: { az: 'Hansı?' },
        options: [{ az: 'Bir' }, { az: 'İki' }, { az: 'Üç' }],
        opensAt: iso(-hour),
        closesAt: iso(24 * hour),
        eligibility: 'all_citizens',
        resultsVisibility: 'live',
        ...overrides,
      }),
    });
    expect(res.status).toBe(201);
    return strict(PollSchema).parse(await res.json());
  }

  /** Closes a poll now (its schedule moved into the past, as time would). */
  const close = (pollId: string) =>
    db.database.db.execute(
      sql`update polls set closes_at = now() - interval '1 millisecond' where id = ${pollId}`,
    );

  async function results(pollId: string) {
    const res = await app.request(`/v1/participation/polls/${pollId}/results`);
    expect(res.status).toBe(200);
    return strict(PollResultsSchema).parse(await res.json());
  }

  /** A credential of `person` for the poll, finalized: what a ballot carries. */
  async function credential(pollId: string, person: SeedPerson) {
    const pending = await prepareBallot(app, pollId);
    const res = await requestCredential(app, pollId, await token(person), pending);
    expect(res.status).toBe(200);
    const { blindSignature } = strict(BallotCredentialSchema).parse(await res.json());
    return { message: pending.preparedMessage, signature: await finalizeBallot(pending, blindSignature) };
  }

  beforeAll(async () => {
    if (skip) return;
    db = await openTestDatabase(kind);
    app = createApp({
      database: db.database,
      publicUrl: ISSUER,
      registry,
      log,
      rateLimits: { writesPerPrincipal: 1000 },
      ballotSecret: SECRET,
      ballotBatch: K,
    });
    tokens = new TokenService(new SigningKeyStore(db.database.db), ISSUER);
    const member = seedStaff.find((s) => s.authority === 'guba' && s.roles.includes('moderator'))!;
    moderator = await signIn(app, `staff:${member.id}`);
  });
  afterAll(async () => {
    await db?.dispose();
  });

  it.skipIf(skip)('serves one public key per poll, the same to everyone, named on the poll', async () => {
    const poll = await newPoll();
    expect(poll.ballotKeyId).toBeNull();
    const path = `/v1/participation/polls/${poll.id}/ballot-key`;
    const [a, b] = await Promise.all([app.request(path), app.request(path)]);
    expect(a.status).toBe(200);
    expect(a.headers.get('cache-control')).toBe('public, max-age=300');
    const etag = a.headers.get('etag')!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
    expect(b.headers.get('etag')).toBe(etag);
    const key = strict(BallotKeySchema).parse(await a.json());
    expect(strict(BallotKeySchema).parse(await b.json())).toEqual(key);
    expect(key.suite).toBe('RSABSSA-SHA384-PSS-Randomized');
    expect(key.keyId).toBe(
      createHash('sha256').update(Buffer.from(key.publicKey, 'base64url')).digest('base64url'),
    );
    const imported = await importBallotKey(key.publicKey);
    expect((imported.algorithm as webcrypto.RsaHashedKeyAlgorithm).modulusLength).toBe(2048);
    expect((await app.request(path, { headers: { 'If-None-Match': etag } })).status).toBe(304);
    const read = strict(PollSchema).parse(
      await (await app.request(`/v1/participation/polls/${poll.id}`)).json(),
    );
    expect(read.ballotKeyId).toBe(key.keyId);
    expect(await rows(sql`select 1 from poll_ballot_keys where poll_id = ${poll.id}`)).toHaveLength(1);
    const missing = await app.request(
      '/v1/participation/polls/00000000-0000-4000-8000-000000000000/ballot-key',
    );
    expect(missing.status).toBe(404);
    expect(await problemType(missing)).toBe('urn:icra:problem:not-found');
    // Another poll has another key.
    const other = await newPoll();
    const otherKey = strict(BallotKeySchema).parse(
      await (await app.request(`/v1/participation/polls/${other.id}/ballot-key`)).json(),
    );
    expect(otherKey.keyId).not.toBe(key.keyId);
  });

  it.skipIf(skip)(
    'issues a credential once per citizen; the same blinded message gets it again',
    async () => {
      const poll = await newPoll({ resultsVisibility: 'after_vote' });
      const person = fresh();
      const bearer = await token(person);
      const before = strict(PollSchema).parse(
        await (
          await app.request(`/v1/participation/polls/${poll.id}`, {
            headers: { Authorization: `Bearer ${bearer}` },
          })
        ).json(),
      );
      expect(before.viewer).toEqual({ eligible: true, hasVoted: false });
      const pending = await prepareBallot(app, poll.id);
      const first = await requestCredential(app, poll.id, bearer, pending);
      expect(first.status).toBe(200);
      expect(first.headers.get('cache-control')).toBe('no-store');
      const { blindSignature } = strict(BallotCredentialSchema).parse(await first.json());
      expect(Buffer.from(blindSignature, 'base64url')).toHaveLength(256);
      // A lost answer: the same blinded message, the same signature.
      const again = await requestCredential(app, poll.id, bearer, pending);
      expect(again.status).toBe(200);
      expect(strict(BallotCredentialSchema).parse(await again.json()).blindSignature).toBe(blindSignature);
      // Another blinded message: never a second credential.
      const second = await requestCredential(app, poll.id, bearer, await prepareBallot(app, poll.id));
      expect(second.status).toBe(409);
      expect(await problemType(second)).toBe('urn:icra:problem:credential-already-issued');
      const stored = await rows<{ fin: string; blinded_hash: Buffer | Uint8Array }>(
        sql`select fin, blinded_hash from ballot_credentials where poll_id = ${poll.id}`,
      );
      expect(stored).toHaveLength(1);
      expect(stored[0]!.fin).toBe(person.fin);
      expect(Buffer.from(stored[0]!.blinded_hash)).toEqual(
        createHash('sha256').update(pending.blindedMessage).digest(),
      );
      // The credential finalizes into a valid RSA-PSS signature (the library verifies it).
      await expect(finalizeBallot(pending, blindSignature)).resolves.toHaveLength(256);
      // hasVoted: the credential was taken; after_vote results are shown to that citizen.
      const after = strict(PollSchema).parse(
        await (
          await app.request(`/v1/participation/polls/${poll.id}`, {
            headers: { Authorization: `Bearer ${bearer}` },
          })
        ).json(),
      );
      expect(after.viewer).toEqual({ eligible: true, hasVoted: true });
      const shown = strict(PollResultsSchema).parse(
        await (
          await app.request(`/v1/participation/polls/${poll.id}/results`, {
            headers: { Authorization: `Bearer ${bearer}` },
          })
        ).json(),
      );
      expect(shown.hidden).toBe(false);
      expect((await results(poll.id)).hidden).toBe(true);
    },
  );

  it.skipIf(skip)('gives one of 20 concurrent credential requests of a citizen, the rest 409', async () => {
    const poll = await newPoll();
    const bearer = await token(fresh());
    const pendings = await Promise.all(Array.from({ length: 20 }, () => prepareBallot(app, poll.id)));
    const answers = await Promise.all(pendings.map((p) => requestCredential(app, poll.id, bearer, p)));
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    for (const res of answers.filter((r) => r.status === 409))
      expect(await problemType(res)).toBe('urn:icra:problem:credential-already-issued');
    expect(await rows(sql`select 1 from ballot_credentials where poll_id = ${poll.id}`)).toHaveLength(1);
  });

  it.skipIf(skip)('refuses credentials outside the window, to non-residents, and for bad input', async () => {
    const poll = await newPoll();
    const bearer = await token(fresh());
    const pending = await prepareBallot(app, poll.id);
    const post = (pollId: string, body: unknown, headers: Record<string, string> = {}) =>
      app.request(`/v1/participation/polls/${pollId}/ballot-credentials`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body: JSON.stringify(body),
      });
    const valid = { blindedMessage: Buffer.from(pending.blindedMessage).toString('base64url') };
    expect((await post(poll.id, valid)).status).toBe(401);
    expect((await post(poll.id, valid, { Authorization: `Bearer ${moderator}` })).status).toBe(403);
    const auth = { Authorization: `Bearer ${bearer}` };
    const unknown = await post('00000000-0000-4000-8000-000000000000', valid, auth);
    expect(unknown.status).toBe(404);
    const short = await post(poll.id, { blindedMessage: Buffer.alloc(255, 1).toString('base64url') }, auth);
    // Not 256 bytes: malformed, as any body that does not match its schema.
    expect(short.status).toBe(400);
    expect(strict(ProblemSchema).parse(await short.json()).errors?.[0]?.pointer).toBe('/body/blindedMessage');
    // 256 bytes, but not below the modulus: not signable, and nothing recorded.
    const tooLarge = await post(
      poll.id,
      { blindedMessage: Buffer.alloc(256, 0xff).toString('base64url') },
      auth,
    );
    expect(tooLarge.status).toBe(422);
    expect(strict(ProblemSchema).parse(await tooLarge.json()).errors?.[0]?.pointer).toBe(
      '/body/blindedMessage',
    );
    expect(await rows(sql`select 1 from ballot_credentials where poll_id = ${poll.id}`)).toHaveLength(0);

    const upcoming = await newPoll({ opensAt: iso(hour), closesAt: iso(2 * hour) });
    const early = await post(upcoming.id, valid, auth);
    expect(early.status).toBe(409);
    expect(await problemType(early)).toBe('urn:icra:problem:poll-not-open');
    const closed = await newPoll({ opensAt: iso(-2 * hour), closesAt: iso(-hour) });
    const late = await post(closed.id, valid, auth);
    expect(late.status).toBe(409);
    expect(await problemType(late)).toBe('urn:icra:problem:poll-closed');
    const residents = await newPoll({ eligibility: 'residents' });
    const outsider = await post(residents.id, valid, {
      Authorization: `Bearer ${await token(fresh(false))}`,
    });
    expect(outsider.status).toBe(403);
    expect(await problemType(outsider)).toBe('urn:icra:problem:not-eligible');
    expect(await rows(sql`select 1 from ballot_credentials where poll_id = ${residents.id}`)).toHaveLength(0);
  });

  it.skipIf(skip)(
    'casts a ballot once, anonymously; a spent, forged or foreign credential is refused',
    async () => {
      const poll = await newPoll();
      const other = await newPoll();
      const ballot = await credential(poll.id, fresh());
      // No such option: refused, and the credential is not spent by it.
      const noOption = await castBallot(app, poll.id, { ...ballot, option: 7 });
      expect(noOption.status).toBe(422);
      expect(strict(ProblemSchema).parse(await noOption.json()).errors?.[0]?.pointer).toBe('/body/option');
      // Another poll's credential, a forged signature, a message that was not signed.
      const foreign = await castBallot(app, other.id, { ...ballot, option: 0 });
      expect(foreign.status).toBe(422);
      expect(await problemType(foreign)).toBe('urn:icra:problem:invalid-credential');
      const forged = await castBallot(app, poll.id, {
        message: ballot.message,
        signature: crypto.getRandomValues(new Uint8Array(256)),
        option: 0,
      });
      expect(forged.status).toBe(422);
      expect(await problemType(forged)).toBe('urn:icra:problem:invalid-credential');
      const unsigned = await castBallot(app, poll.id, {
        message: suite.prepare(crypto.getRandomValues(new Uint8Array(32))),
        signature: ballot.signature,
        option: 0,
      });
      expect(unsigned.status).toBe(422);
      const unknown = await castBallot(app, '00000000-0000-4000-8000-000000000000', { ...ballot, option: 0 });
      expect(unknown.status).toBe(404);

      const cast = await castBallot(app, poll.id, { ...ballot, option: 1 });
      expect(cast.status).toBe(204);
      expect(cast.headers.get('cache-control')).toBe('no-store');
      expect(await cast.text()).toBe('');
      const twice = await castBallot(app, poll.id, { ...ballot, option: 2 });
      expect(twice.status).toBe(409);
      expect(await problemType(twice)).toBe('urn:icra:problem:ballot-already-cast');
      expect(await rows(sql`select 1 from spent_ballot_credentials where poll_id = ${poll.id}`)).toHaveLength(
        1,
      );
      expect(await rows(sql`select 1 from ballot_box where poll_id = ${poll.id}`)).toHaveLength(1);

      // The same credential cast 10 times at once: one ballot.
      const burst = await credential(poll.id, fresh());
      const statuses = (
        await Promise.all(
          Array.from({ length: 10 }, (_, i) => castBallot(app, poll.id, { ...burst, option: i % 3 })),
        )
      ).map((r) => r.status);
      expect(statuses.filter((s) => s === 204)).toHaveLength(1);
      expect(statuses.filter((s) => s === 409)).toHaveLength(9);
      expect(await rows(sql`select 1 from spent_ballot_credentials where poll_id = ${poll.id}`)).toHaveLength(
        2,
      );
      expect(await rows(sql`select 1 from ballot_box where poll_id = ${poll.id}`)).toHaveLength(2);

      // Closed: a credential taken while open cannot be cast after closing.
      const late = await credential(other.id, fresh());
      await close(other.id);
      const closed = await castBallot(app, other.id, { ...late, option: 0 });
      expect(closed.status).toBe(409);
      expect(await problemType(closed)).toBe('urn:icra:problem:poll-closed');
    },
  );

  it.skipIf(skip)(
    'refuses a ballot that carries identity, and writes nothing about who cast one',
    async () => {
      const poll = await newPoll();
      const person = fresh();
      const bearer = await token(person);
      const ballot = await credential(poll.id, person);
      const identified = await castBallot(
        app,
        poll.id,
        { ...ballot, option: 0 },
        { Authorization: `Bearer ${bearer}` },
      );
      expect(identified.status).toBe(400);
      expect(await problemType(identified)).toBe('urn:icra:problem:ballot-identified');
      // Before anything else: even an invalid token, a malformed body.
      const garbage = await app.request(`/v1/participation/polls/${poll.id}/ballots`, {
        method: 'POST',
        headers: { Authorization: 'Bearer not-a-token', 'Content-Type': 'application/json' },
        body: '{',
      });
      expect(garbage.status).toBe(400);
      expect(await problemType(garbage)).toBe('urn:icra:problem:ballot-identified');
      expect(await rows(sql`select 1 from spent_ballot_credentials where poll_id = ${poll.id}`)).toHaveLength(
        0,
      );

      const snapshot = async () => ({
        limits: await rows<{ row: string }>(sql`select t::text as row from rate_limit_counters t order by 1`),
        keys: await rows<{ row: string }>(sql`select t::text as row from idempotency_keys t order by 1`),
        audit: await rows<{ row: string }>(sql`select t::text as row from audit_log t order by 1`),
      });
      const before = await snapshot();
      const logs = logged.length;
      const cast = await castBallot(
        app,
        poll.id,
        { ...ballot, option: 2 },
        { 'Idempotency-Key': 'ballot-1' },
      );
      expect(cast.status).toBe(204);
      expect(await snapshot()).toEqual(before);
      expect(logged.slice(logs)).toEqual([]);
    },
  );

  it.skipIf(skip)(
    'counts 13 ballots cast at once exactly, and one credential sent 6 times at once once',
    async () => {
      const poll = await newPoll();
      const voters = Array.from({ length: 13 }, () => fresh());
      const ballots = await Promise.all(voters.map((person) => credential(poll.id, person)));
      const twice = ballots[0]!;
      const answers = await Promise.all([
        ...ballots.map((ballot, i) => castBallot(app, poll.id, { ...ballot, option: i % 3 })),
        ...Array.from({ length: 5 }, () => castBallot(app, poll.id, { ...twice, option: 0 })),
      ]);
      const statuses = answers.map((res) => res.status);
      expect(statuses.filter((s) => s === 204)).toHaveLength(13);
      const refused = answers.filter((res) => res.status !== 204);
      expect(refused).toHaveLength(5);
      for (const res of refused) expect(await problemType(res)).toBe('urn:icra:problem:ballot-already-cast');
      expect(await rows(sql`select 1 from spent_ballot_credentials where poll_id = ${poll.id}`)).toHaveLength(
        13,
      );
      await close(poll.id);
      const final = await results(poll.id);
      expect(final.uncounted).toBe(0);
      expect(final.options.map((o) => o.votes)).toEqual([5, 4, 4]);
    },
  );

  it.skipIf(skip)('moves the tallies only in batches of k, and folds everything at closing', async () => {
    const poll = await newPoll();
    const filenode = async (table: string) =>
      (await rows<{ n: string }>(sql`select pg_relation_filenode(${table})::text as n`))[0]!.n;
    const seen: number[][] = [];
    const voters = Array.from({ length: 2 * K + 2 }, () => fresh());
    for (const [i, person] of voters.entries()) {
      expect((await voteSecretly(app, poll.id, await token(person), i % 3)).status).toBe(204);
      const now = await results(poll.id);
      expect(now.batchSize).toBe(K);
      seen.push(now.options.map((o) => o.votes ?? -1));
      const total = now.total ?? 0;
      expect(total % K).toBe(0);
      expect(total + now.uncounted).toBe(i + 1);
      expect(await rows(sql`select 1 from ballot_box where poll_id = ${poll.id}`)).toHaveLength(
        now.uncounted,
      );
    }
    // The feed changed only when a batch was folded.
    const distinct = seen.filter((s, i) => i === 0 || JSON.stringify(s) !== JSON.stringify(seen[i - 1]));
    expect(distinct.map((s) => s.reduce((a, b) => a + b, 0))).toEqual([0, K, 2 * K]);
    // The sealed box rows carry nothing readable: not the option, not a time.
    const box = await rows<{ sealed: Buffer | Uint8Array }>(
      sql`select sealed from ballot_box where poll_id = ${poll.id}`,
    );
    expect(box).toHaveLength(2);
    for (const { sealed } of box) expect(Buffer.from(sealed)).toHaveLength(12 + 1 + 16);

    const nodes = {
      options: await filenode('poll_options'),
      box: await filenode('ballot_box'),
      spent: await filenode('spent_ballot_credentials'),
    };
    await close(poll.id);
    const final = await results(poll.id);
    expect(final.state).toBe('closed');
    expect(final.uncounted).toBe(0);
    expect(final.options.map((o) => o.votes)).toEqual([3, 3, 2]);
    expect(await rows(sql`select 1 from ballot_box where poll_id = ${poll.id}`)).toHaveLength(0);
    expect(
      await rows(sql`select 1 from polls where id = ${poll.id} and finalized_at is not null`),
    ).toHaveLength(1);
    // Rewritten (VACUUM FULL): new files, so no dead row version of the old ones survives.
    expect(await filenode('poll_options')).not.toBe(nodes.options);
    expect(await filenode('ballot_box')).not.toBe(nodes.box);
    expect(await filenode('spent_ballot_credentials')).not.toBe(nodes.spent);
    // Reading again changes nothing.
    expect((await results(poll.id)).options.map((o) => o.votes)).toEqual([3, 3, 2]);
  });

  it.skipIf(skip || kind !== 'postgres')(
    'leaves no dead tuple in the ballot tables after finalizing (pageinspect)',
    async () => {
      await db.database.db.execute(sql`create extension if not exists pageinspect`);
      const poll = await newPoll();
      for (let i = 0; i < K + 1; i++)
        expect((await voteSecretly(app, poll.id, await token(fresh()), i % 2)).status).toBe(204);
      await close(poll.id);
      expect((await results(poll.id)).uncounted).toBe(0);
      for (const table of ['poll_options', 'ballot_box', 'spent_ballot_credentials']) {
        const dead = await rows<{ n: number }>(sql`
        select count(*)::int as n
        from generate_series(0, pg_relation_size(${table}) / current_setting('block_size')::int - 1) as blk,
          lateral heap_page_items(get_raw_page(${table}, blk::int)) as item
        where item.lp_flags <> 1
          or (item.t_xmax <> 0 and (item.t_infomask & ${HEAP_XMAX_INVALID}) = 0
            and (item.t_infomask & ${HEAP_XMAX_LOCK_ONLY}) = 0)`);
        expect(dead[0]!.n, table).toBe(0);
      }
    },
  );

  it.skipIf(skip)('finalizes closed polls by the sweep, once across instances', async () => {
    const poll = await newPoll();
    for (let i = 0; i < K - 1; i++)
      expect((await voteSecretly(app, poll.id, await token(fresh()), 0)).status).toBe(204);
    await close(poll.id);
    const settings = { secret: Buffer.from(SECRET), batchSize: K };
    const quiet = { warn: () => {} };
    const a = new BallotBox(() => db.database.db, settings, quiet);
    const b = new BallotBox(() => db.database.db, settings, quiet);
    const [one, two] = await Promise.all([a.finalize(poll.id), b.finalize(poll.id)]);
    expect([one, two].filter(Boolean)).toHaveLength(1);
    const tallies = await rows<{ votes: number }>(
      sql`select votes from poll_options where poll_id = ${poll.id} order by position`,
    );
    expect(tallies.map((t) => t.votes)).toEqual([K - 1, 0, 0]);
    // The sweep finds a closed poll that nobody read.
    const unread = await newPoll();
    expect((await voteSecretly(app, unread.id, await token(fresh()), 2)).status).toBe(204);
    await close(unread.id);
    await new BallotBox(() => db.database.db, settings, quiet).sweep();
    expect(
      await rows(sql`select 1 from polls where id = ${unread.id} and finalized_at is null`),
    ).toHaveLength(0);
    expect(
      (
        await rows<{ votes: number }>(
          sql`select votes from poll_options where poll_id = ${unread.id} order by position`,
        )
      ).map((t) => t.votes),
    ).toEqual([0, 0, 1]);
  });

  it.skipIf(skip)(
    'keeps no Idempotency-Key record of a credential: the route is idempotent by itself',
    async () => {
      const poll = await newPoll();
      const person = fresh();
      const bearer = await token(person);
      const pending = await prepareBallot(app, poll.id);
      const keyed = { 'Idempotency-Key': `credential-${person.fin}` };
      const first = await requestCredential(app, poll.id, bearer, pending, keyed);
      expect(first.status).toBe(200);
      const again = await requestCredential(app, poll.id, bearer, pending, keyed);
      expect(again.status).toBe(200);
      expect(again.headers.get('idempotent-replayed')).toBeNull();
      // The same key with another blinded message: the route's own answer, not a replay or a 422.
      const other = await requestCredential(app, poll.id, bearer, await prepareBallot(app, poll.id), keyed);
      expect(other.status).toBe(409);
      expect(await problemType(other)).toBe('urn:icra:problem:credential-already-issued');
      expect(
        await rows(sql`select 1 from idempotency_keys where principal = ${`citizen:${person.fin}`}`),
      ).toHaveLength(0);
    },
  );

  it.skipIf(skip)(
    'redoes the rewrite of a finalization cut off before it, and only then marks the poll',
    async () => {
      const poll = await newPoll();
      for (let i = 0; i < K + 1; i++)
        expect((await voteSecretly(app, poll.id, await token(fresh()), i % 2)).status).toBe(204);
      await close(poll.id);
      const settings = { secret: Buffer.from(SECRET), batchSize: K };
      const quiet = { warn: () => {} };
      // An instance that dies where the rewrite begins: its statement never reaches the database.
      const real = db.database.db;
      const dying = new Proxy(real, {
        get(target, name, receiver) {
          if (name !== 'execute') return Reflect.get(target, name, receiver);
          return (query: Parameters<typeof real.execute>[0]) => {
            const text = JSON.stringify(query);
            if (/vacuum full/i.test(text)) return Promise.reject(new Error('the process died'));
            return target.execute(query);
          };
        },
      });
      await expect(new BallotBox(() => dying, settings, quiet).finalize(poll.id)).rejects.toThrow('died');
      // The box was folded, but the poll is not marked: the rewrite is still owed.
      expect(await rows(sql`select 1 from ballot_box where poll_id = ${poll.id}`)).toHaveLength(0);
      expect(
        await rows(sql`select 1 from polls where id = ${poll.id} and finalized_at is null`),
      ).toHaveLength(1);
      const filenode = async (table: string) =>
        (await rows<{ n: string }>(sql`select pg_relation_filenode(${table})::text as n`))[0]!.n;
      const nodes = { options: await filenode('poll_options'), box: await filenode('ballot_box') };
      await new BallotBox(() => real, settings, quiet).sweep();
      expect(
        await rows(sql`select 1 from polls where id = ${poll.id} and finalized_at is not null`),
      ).toHaveLength(1);
      expect(await filenode('poll_options')).not.toBe(nodes.options);
      expect(await filenode('ballot_box')).not.toBe(nodes.box);
      const tallies = await rows<{ votes: number }>(
        sql`select votes from poll_options where poll_id = ${poll.id} order by position`,
      );
      expect(tallies.map((t) => t.votes)).toEqual([Math.ceil((K + 1) / 2), Math.floor((K + 1) / 2), 0]);
    },
  );

  it.skipIf(skip)('keeps no ballot secret anywhere in the database', async () => {
    const poll = await newPoll();
    for (let i = 0; i < K + 1; i++)
      expect((await voteSecretly(app, poll.id, await token(fresh()), i % 3)).status).toBe(204);
    const forms = [
      SECRET,
      Buffer.from(SECRET).toString('hex'),
      Buffer.from(SECRET).toString('base64'),
      Buffer.from(SECRET).toString('base64url'),
    ];
    const tables = await rows<{ table_name: string }>(
      sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
    );
    expect(tables.length).toBeGreaterThan(10);
    for (const { table_name } of tables) {
      const all = await rows<{ row: string }>(
        sql`select t::text as row from ${sql.identifier(table_name)} t`,
      );
      for (const { row } of all) for (const form of forms) expect(row.includes(form), table_name).toBe(false);
    }
    expect(await rows(sql`select 1 from server_secrets where name = 'ballot_hmac_key'`)).toHaveLength(0);
    expect(
      await rows(sql`select 1 from information_schema.tables where table_name = 'ballot_register'`),
    ).toHaveLength(0);
  });
});

describe('the ballot secret', () => {
  it('is required with DATABASE_URL, at least 32 characters, never repeated in an error', () => {
    const url = 'postgres://icra@db.internal:5432/icra';
    const missing = loadConfig({ DATABASE_URL: url });
    expect(missing.ok).toBe(false);
    if (!missing.ok)
      expect(missing.errors.join('\n')).toMatch(/^ICRA_BALLOT_SECRET: is required with DATABASE_URL/);
    const short = loadConfig({ DATABASE_URL: url, ICRA_BALLOT_SECRET: 'short-secret' });
    expect(short.ok).toBe(false);
    if (!short.ok) {
      expect(short.errors.join('\n')).toMatch(/^ICRA_BALLOT_SECRET: must be at least 32 characters/);
      expect(short.errors.join('\n')).not.toContain('short-secret');
    }
    const ok = loadConfig({ DATABASE_URL: url, ICRA_BALLOT_SECRET: SECRET, ICRA_BALLOT_BATCH: '7' });
    expect(ok.ok && ok.config.ballotSecret === SECRET && ok.config.ballotBatch === 7).toBe(true);
    const defaults = loadConfig({});
    expect(
      defaults.ok && defaults.config.ballotSecret === undefined && defaults.config.ballotBatch === 5,
    ).toBe(true);
    const batch = loadConfig({ ICRA_BALLOT_BATCH: '1' });
    expect(batch.ok).toBe(false);
  });

  it('is kept beside a PGlite data folder, not in it, readable by its owner only', async () => {
    const parent = await mkdtemp(join(tmpdir(), 'icra-ballot-secret-'));
    try {
      const dataDir = join(parent, 'pglite');
      const first = await ballotSecretBeside(dataDir);
      expect(first.length).toBeGreaterThanOrEqual(32);
      expect(await ballotSecretBeside(`${dataDir}/`)).toBe(first);
      const file = await stat(`${dataDir}.ballot-secret`);
      expect(file.mode & 0o777).toBe(0o600);
      expect(await ballotSecretBeside(join(parent, 'other'))).not.toBe(first);
    } finally {
      await rm(parent, { recursive: true, force: true });
    }
  });
});
