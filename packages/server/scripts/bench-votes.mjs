#!/usr/bin/env node
// Votes per second of the secret-ballot transaction (register insert + every option's counter, one
// transaction: castVote in src/features/participation/queries.ts) beside a plain single-row insert,
// in the same run, on embedded PGlite and, with DATABASE_URL (a database it may write to), on
// PostgreSQL. Database-level only (no HTTP), with BENCH_WORKERS concurrent workers.
//
//   npm run build -w @icra/server && node packages/server/scripts/bench-votes.mjs
//   BENCH_VOTES=3000 BENCH_WORKERS=50 DATABASE_URL=postgres://… (optional)
//
// stdout: one JSON object per line — {"db":"pglite","name":"vote","perSec":…} and
// {"db":"pglite","name":"plain insert","perSec":…}, and the same for postgres.
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
// The openers that seed (the db layer's own take an afterMigrate hook and ignore `seed`).
import { openPgliteDatabase, openPostgresDatabase } from '../dist/database.js';
import { castVote, createPoll } from '../dist/features/participation/queries.js';

const VOTES = Number(process.env.BENCH_VOTES ?? 3000);
const WORKERS = Number(process.env.BENCH_WORKERS ?? 50);

async function measure(count, workers, task) {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (next < count) await task(next++);
    }),
  );
  return Math.round((count / (performance.now() - started)) * 1000);
}

async function bench(label, database) {
  const { db } = database;
  const pollId = await createPoll(
    db,
    { sub: 'staff:bench', authority: 'guba' },
    {
      question: { az: 'Bench' },
      options: [{ az: 'A' }, { az: 'B' }, { az: 'C' }],
      opensAt: new Date(Date.now() - 1000).toISOString(),
      closesAt: new Date(Date.now() + 3600_000).toISOString(),
      eligibility: 'all_citizens',
      resultsVisibility: 'live',
    },
  );
  await db.execute(sql`create table if not exists bench_plain (v text primary key)`);
  const prefix = randomBytes(4).toString('hex');
  // Alternate halves so that a burst of host CPU steal hits both alike.
  const results = { vote: [], plain: [] };
  for (let round = 0; round < 2; round++) {
    results.vote.push(
      await measure(VOTES / 2, WORKERS, (i) => castVote(db, pollId, i % 3, `${prefix}-${round}-${i}`)),
    );
    results.plain.push(
      await measure(VOTES / 2, WORKERS, (i) =>
        db.execute(sql`insert into bench_plain (v) values (${`${prefix}-${round}-${i}`})`),
      ),
    );
  }
  await db.execute(sql`drop table bench_plain`);
  const avg = (xs) => Math.round(xs.reduce((a, b) => a + b, 0) / xs.length);
  console.log(JSON.stringify({ db: label, name: 'vote', perSec: avg(results.vote) }));
  console.log(JSON.stringify({ db: label, name: 'plain insert', perSec: avg(results.plain) }));
}

const pglite = await openPgliteDatabase({ seed: true });
try {
  await bench('pglite', pglite);
} finally {
  await pglite.close();
}
if (process.env.DATABASE_URL) {
  const postgres = await openPostgresDatabase({ url: process.env.DATABASE_URL, seed: true, poolSize: 10 });
  try {
    await bench('postgres', postgres);
  } finally {
    await postgres.close();
  }
} else console.error('bench-votes: DATABASE_URL not set, PostgreSQL skipped');
