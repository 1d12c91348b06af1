/**
 * The embedded database: PGlite (PostgreSQL compiled to WebAssembly) in this process. The default,
 * so that the server runs with nothing to install.
 *
 * Durability: PGlite issues no fsync on commit. A killed process loses nothing it wrote (the data
 * dir survives restarts), but a power loss or kernel crash can lose recent commits or corrupt the
 * data dir. Use PostgreSQL (DATABASE_URL) wherever the data matters; PGlite also serves one process
 * only, so it cannot be shared by several server instances: the folder is locked while it is open
 * (data-folder-lock.ts), and a second opener is refused.
 */
import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { type DataFolderLock, lockDataFolder } from './data-folder-lock.js';
import { type AfterMigrate, ContentChangeHub, type Database, joiningAmbientTransaction } from './database.js';
import { migrationConfig } from './migrate.js';
import * as schema from './schema.js';

export interface PgliteDatabaseOptions {
  /** Folder of the database files, created if missing; omit (or "memory://") for an in-memory database. */
  dataDir?: string;
  /** Run once the migrations are applied (PGlite serves this one process only). */
  afterMigrate?: AfterMigrate | undefined;
}

export async function openPgliteDatabase(options: PgliteDatabaseOptions = {}): Promise<Database> {
  const dataDir = options.dataDir ?? 'memory://';
  let lock: DataFolderLock | undefined;
  if (!dataDir.includes('://')) {
    await mkdir(dataDir, { recursive: true });
    lock = await lockDataFolder(dataDir);
  }
  let client: PGlite;
  try {
    // btree_gist: the reception's exclusion constraints (migration 0016), as on PostgreSQL.
    client = new PGlite(dataDir, { extensions: { btree_gist } });
  } catch (error) {
    await lock?.release();
    throw error;
  }
  try {
    await client.waitReady;
    const db = drizzle({ client, schema });
    await migrate(db, migrationConfig);
    await options.afterMigrate?.(db);
    // Notifications of the content triggers are delivered in process; PGlite has one connection,
    // so it never loses them.
    const hub = new ContentChangeHub();
    const unlisten = await client.listen(schema.CONTENT_CHANNEL, (table) =>
      hub.emit({ type: 'changed', table }),
    );
    let closing: Promise<void> | undefined;
    return {
      kind: 'pglite',
      db: joiningAmbientTransaction(db),
      get notificationsLive() {
        return hub.live;
      },
      onContentChange: (listener) => hub.subscribe(listener),
      close() {
        closing ??= (async () => {
          await unlisten().catch(() => {});
          try {
            await client.close();
          } finally {
            await lock?.release();
          }
        })();
        return closing;
      },
    };
  } catch (error) {
    await client.close().catch(() => {});
    await lock?.release();
    throw error;
  }
}
