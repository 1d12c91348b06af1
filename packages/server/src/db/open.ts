import type { AfterMigrate, Database } from './database.js';
import { openPgliteDatabase } from './pglite.js';
import { openPostgresDatabase } from './postgres.js';

export interface OpenDatabaseOptions {
  /** PostgreSQL connection string; when set, PostgreSQL is used instead of the embedded PGlite. */
  databaseUrl?: string | undefined;
  /** PGlite data folder (ignored with databaseUrl); omit for an in-memory database. */
  dataDir?: string | undefined;
  /** Run once the migrations are applied (on PostgreSQL under the migration lock). */
  afterMigrate?: AfterMigrate | undefined;
}

/** Opens and migrates PostgreSQL when a URL is given, else PGlite. */
export function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  const { afterMigrate } = options;
  if (options.databaseUrl) return openPostgresDatabase({ url: options.databaseUrl, afterMigrate });
  return openPgliteDatabase({ ...(options.dataDir ? { dataDir: options.dataDir } : {}), afterMigrate });
}
