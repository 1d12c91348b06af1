/**
 * The demo e-participation data: the pilot authorities' polls (open, closed, upcoming) and demo
 * citizens' votes (each voter recorded as having taken the poll's ballot credential, the votes in the
 * tallies) — so a demo voter cannot vote again, everyone else can, and the results count exactly the
 * seeded votes. On PGlite and PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type IcraApp } from '../src/app.js';
import { SigningKeyStore } from '../src/features/identity/keys.js';
import { TokenService } from '../src/features/identity/tokens.js';
import { PollPageSchema, PollResultsSchema } from '../src/features/participation/schemas.js';
import { applySeed } from '../src/seed/apply.js';
import { SEED_GUBA_OPEN_POLL, seedPolls } from '../src/seed/participation.js';
import { voteSecretly } from './support/ballot.js';
import { openTestDatabase, type TestDatabase, variants } from './support/databases.js';
import { strict } from './support/strict.js';
import { issueToken } from './support/tokens.js';

const ISSUER = 'http://portal.test';
const quiet = { warn: () => {}, error: () => {} };

describe.each(variants)('demo e-participation on $label', ({ kind, skip }) => {
  let db: TestDatabase;
  let app: IcraApp;
  let tokens: TokenService;

  beforeAll(async () => {
    if (skip) return;
    db = await openTestDatabase(kind);
    app = createApp({ database: db.database, publicUrl: ISSUER, log: quiet });
    tokens = new TokenService(new SigningKeyStore(db.database.db), ISSUER);
  });
  afterAll(async () => {
    await db?.dispose();
  });

  const get = async (path: string) => {
    const res = await app.request(path, { headers: { 'Accept-Language': 'en' } });
    expect(res.status).toBe(200);
    return res.json();
  };
  const vote = async (fin: string, poll: string, option: number) => {
    const { token } = await issueToken(tokens, {
      sub: `citizen:${fin}`,
      kind: 'citizen',
      roles: [],
      fin,
    });
    return voteSecretly(app, poll, token, option);
  };

  it.skipIf(skip)('lists Guba’s polls by state, in the asked language', async () => {
    const states = await Promise.all(
      (['open', 'closed', 'upcoming'] as const).map(async (state) =>
        strict(PollPageSchema)
          .parse(await get(`/v1/participation/polls?authority=guba&state=${state}&lang=en`))
          .items.map((poll) => poll.question),
      ),
    );
    expect(states).toEqual([
      ['What should come first in the plan to rebuild the Khan’s Garden?'],
      ['Which neighbourhood should the new town bus route serve?'],
      ['Which club should the youth centre open?'],
    ]);
  });

  it.skipIf(skip)('counts exactly the seeded votes: live while open, and after closing', async () => {
    for (const seeded of seedPolls.filter((poll) => poll.resultsVisibility !== 'after_vote')) {
      const results = strict(PollResultsSchema).parse(
        await get(`/v1/participation/polls/${seeded.id}/results`),
      );
      if (seeded.opens > 0) continue;
      const expected = seeded.options.map((_, option) => seeded.votes.filter(([, o]) => o === option).length);
      expect(results.hidden).toBe(false);
      expect(results.options.map((option) => option.votes)).toEqual(expected);
      expect(results.total).toBe(seeded.votes.length);
    }
  });

  it.skipIf(skip)('a demo voter has voted (409); a demo citizen who has not can vote (204)', async () => {
    const seeded = seedPolls.find((poll) => poll.id === SEED_GUBA_OPEN_POLL)!;
    const [voter] = seeded.votes[0]!;
    expect((await vote(voter, SEED_GUBA_OPEN_POLL, 0)).status).toBe(409);
    expect(seeded.votes.some(([fin]) => fin === '8VB5N3M')).toBe(false);
    expect((await vote('8VB5N3M', SEED_GUBA_OPEN_POLL, 0)).status).toBe(204);
    const results = strict(PollResultsSchema).parse(
      await get(`/v1/participation/polls/${SEED_GUBA_OPEN_POLL}/results`),
    );
    // The new ballot waits in the box until a batch is full.
    expect(results.total).toBe(seeded.votes.length);
    expect(results.uncounted).toBe(1);
  });

  it.skipIf(skip)('seeding again (a restart) adds nothing', async () => {
    await applySeed(db.database.db);
    const all = await Promise.all(
      (['open', 'closed', 'upcoming'] as const).map(
        async (state) =>
          strict(PollPageSchema).parse(await get(`/v1/participation/polls?state=${state}&limit=50`)).items
            .length,
      ),
    );
    expect(all.reduce((sum, n) => sum + n, 0)).toBe(seedPolls.length);
  });
});
