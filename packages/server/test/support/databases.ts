/**
 * The databases every server suite runs against: PGlite (in memory) and PostgreSQL from
 * ICRA_TEST_DATABASE_URL, with a fresh database per suite (CREATE DATABASE with a random name,
 * dropped afterwards).
 *
 * Without ICRA_TEST_DATABASE_URL the PostgreSQL variants are skipped, loudly; under CI (env CI set)
 * that is a failure instead.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Database } from '../../src/db/database.js';
import { openPgliteDatabase } from '../../src/db/pglite.js';
import { openPostgresDatabase } from '../../src/db/postgres.js';
import { applySeed } from '../../src/seed/apply.js';

export const POSTGRES_URL = process.env.ICRA_TEST_DATABASE_URL || undefined;

if (!POSTGRES_URL) {
  if (process.env.CI) {
    throw new Error(
      'ICRA_TEST_DATABASE_URL is not set, but CI is: the PostgreSQL variants of the server tests must run in CI. ' +
        'Set it to a PostgreSQL 15+ superuser URL, e.g. postgres://postgres@127.0.0.1:5432/postgres.',
    );
  }
  console.warn(
    [
      '',
      '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
      '!!  ICRA_TEST_DATABASE_URL is not set: the PostgreSQL variants of these tests are SKIPPED.',
      '!!  Only PGlite is tested. Set it (e.g. postgres://postgres@127.0.0.1:5432/postgres) to',
      '!!  test PostgreSQL too; CI always does.',
      '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
      '',
    ].join('\n'),
  );
}

export type DatabaseVariant = 'pglite' | 'postgres';

/** The variants, with the reason a variant is skipped (shown in the test names). */
export const variants: Array<{ kind: DatabaseVariant; skip: boolean; label: string }> = [
  { kind: 'pglite', skip: false, label: 'PGlite' },
  {
    kind: 'postgres',
    skip: POSTGRES_URL === undefined,
    label:
      POSTGRES_URL === undefined ? 'PostgreSQL (SKIPPED: ICRA_TEST_DATABASE_URL is not set)' : 'PostgreSQL',
  },
];

/** A fresh, empty PostgreSQL database on the test server; `url` connects to it. */
export async function createPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  if (!POSTGRES_URL) throw new Error('ICRA_TEST_DATABASE_URL is not set');
  const name = `icra_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: POSTGRES_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: POSTGRES_URL });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

export interface TestDatabase {
  database: Database;
  /** The PostgreSQL URL (postgres variant only), to open more instances on the same database. */
  url: string | undefined;
  /** Closes the database and, for PostgreSQL, drops it. */
  dispose: () => Promise<void>;
}

const quiet = { warn: () => {}, error: () => {} };

/** A migrated (and by default seeded) database of the variant, fresh for the suite. */
export async function openTestDatabase(
  kind: DatabaseVariant,
  options: { seed?: boolean } = {},
): Promise<TestDatabase> {
  const afterMigrate = (options.seed ?? true) ? applySeed : undefined;
  if (kind === 'pglite') {
    const database = await openPgliteDatabase({ afterMigrate });
    return { database, url: undefined, dispose: () => database.close() };
  }
  const created = await createPostgresDatabase();
  try {
    const database = await openPostgresDatabase({ url: created.url, afterMigrate, poolSize: 4, log: quiet });
    return {
      database,
      url: created.url,
      dispose: async () => {
        await database.close();
        await created.drop();
      },
    };
  } catch (error) {
    await created.drop();
    throw error;
  }
}

/** Polls until `check` passes or the time is up (then rethrows its last failure). */
export async function eventually(
  check: () => Promise<void>,
  timeoutMs = 5000,
  intervalMs = 25,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }
}
