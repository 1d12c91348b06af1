import type { Database } from './database.js';
import { openPgliteDatabase } from './pglite.js';
import { openPostgresDatabase } from './postgres.js';

export interface OpenDatabaseOptions {
  /** PostgreSQL connection string; when set, PostgreSQL is used instead of the embedded PGlite. */
  databaseUrl?: string | undefined;
  /** PGlite data folder (ignored with databaseUrl); omit for an in-memory database. */
  dataDir?: string | undefined;
  /** Load the demo content into an empty database. */
  seed?: boolean;
}

/** Opens, migrates and (optionally) seeds PostgreSQL when a URL is given, else PGlite. */
export function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  const seed = options.seed ?? false;
  if (options.databaseUrl) return openPostgresDatabase({ url: options.databaseUrl, seed });
  return openPgliteDatabase({ ...(options.dataDir ? { dataDir: options.dataDir } : {}), seed });
}
