/**
 * The database as the server and its embedders open it: the openers of the database layer (src/db/),
 * plus the demo content when `seed` is set. The seed is loaded by the openers' `afterMigrate` hook,
 * so on PostgreSQL it runs under the migration lock: of several instances starting together on an
 * empty database exactly one loads it, and the others find it there (seed/apply.ts).
 */
import type { AfterMigrate, Database } from './db/database.js';
import { type OpenDatabaseOptions as DbOpenOptions, openDatabase as openDb } from './db/open.js';
import {
  openPgliteDatabase as openPglite,
  type PgliteDatabaseOptions as PgliteOptions,
} from './db/pglite.js';
import {
  openPostgresDatabase as openPostgres,
  type PostgresDatabaseOptions as PostgresOptions,
} from './db/postgres.js';
import { applySeed } from './seed/apply.js';

export interface SeedOption {
  /** Load the demo content into an empty database. */
  seed?: boolean | undefined;
}

/** An open database, and whether this opening loaded the demo content into it (it was empty). */
export interface OpenedDatabase extends Database {
  readonly seeded: boolean;
}

export type OpenDatabaseOptions = DbOpenOptions & SeedOption;
export type PgliteDatabaseOptions = PgliteOptions & SeedOption;
export type PostgresDatabaseOptions = PostgresOptions & SeedOption;

/** Opens, migrates and (optionally) seeds PostgreSQL when a URL is given, else PGlite. */
export function openDatabase(options: OpenDatabaseOptions): Promise<OpenedDatabase> {
  return seeding(options, (afterMigrate) => openDb({ ...options, afterMigrate }));
}

export function openPgliteDatabase(options: PgliteDatabaseOptions = {}): Promise<OpenedDatabase> {
  return seeding(options, (afterMigrate) => openPglite({ ...options, afterMigrate }));
}

export function openPostgresDatabase(options: PostgresDatabaseOptions): Promise<OpenedDatabase> {
  return seeding(options, (afterMigrate) => openPostgres({ ...options, afterMigrate }));
}

/** Opens with the seed (when asked) run after migrating, before any `afterMigrate` of the caller's. */
async function seeding(
  options: SeedOption & { afterMigrate?: AfterMigrate | undefined },
  open: (afterMigrate: AfterMigrate | undefined) => Promise<Database>,
): Promise<OpenedDatabase> {
  let seeded = false;
  const own = options.afterMigrate;
  const afterMigrate: AfterMigrate | undefined = options.seed
    ? async (db) => {
        seeded = await applySeed(db);
        await own?.(db);
      }
    : own;
  const database = await open(afterMigrate);
  return Object.assign(database, { seeded });
}
