/**
 * PostgreSQL through node-postgres: the durable choice, and the one several server instances can
 * share. Every instance LISTENs for content changes on a dedicated connection (a pooled one could
 * be handed to a query and miss notifications); when that connection drops, the instance reports
 * `lost` (its cache is dropped and bypassed), reconnects with backoff, LISTENs again and reports
 * `restored`.
 */
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { type AfterMigrate, ContentChangeHub, type Database, joiningAmbientTransaction } from './database.js';
import { MIGRATION_LOCK_KEY, migrationConfig } from './migrate.js';
import * as schema from './schema.js';

export interface PostgresDatabaseOptions {
  /** postgres://user:password@host:port/database */
  url: string;
  /** Run once the migrations are applied, under the migration lock (see {@link AfterMigrate}). */
  afterMigrate?: AfterMigrate | undefined;
  /** Connections in the pool (default 10). */
  poolSize?: number;
  /** Where connection trouble is reported (default console). */
  log?: Pick<Console, 'warn' | 'error'>;
}

export async function openPostgresDatabase(options: PostgresDatabaseOptions): Promise<Database> {
  const log = options.log ?? console;
  const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10, keepAlive: true });
  pool.on('error', (error) => log.warn(`icra: an idle PostgreSQL connection failed: ${error.message}`));
  const hub = new ContentChangeHub();
  const listener = new ContentChangeListener(options.url, hub, log);
  try {
    await migrateUnderLock(pool, options.afterMigrate);
    await listener.start();
    const db = drizzle({ client: pool, schema });
    let closing: Promise<void> | undefined;
    return {
      kind: 'postgres',
      db: joiningAmbientTransaction(db),
      get notificationsLive() {
        return hub.live;
      },
      onContentChange: (l) => hub.subscribe(l),
      close() {
        closing ??= (async () => {
          await listener.close();
          await pool.end();
        })();
        return closing;
      },
    };
  } catch (error) {
    await listener.close().catch(() => {});
    await pool.end().catch(() => {});
    throw error;
  }
}

/** Migrates and runs `afterMigrate` on one connection holding the session-level migration lock. */
async function migrateUnderLock(pool: pg.Pool, afterMigrate: AfterMigrate | undefined): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      const db = drizzle({ client, schema });
      await migrate(db, migrationConfig);
      await afterMigrate?.(db);
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    client.release();
  }
}

const RECONNECT_MIN_MS = 100;
const RECONNECT_MAX_MS = 5000;

/** The dedicated LISTEN connection, re-established whenever it drops. */
class ContentChangeListener {
  #client: pg.Client | undefined;
  #closed = false;
  #timer: NodeJS.Timeout | undefined;
  #attempt = 0;

  constructor(
    private readonly url: string,
    private readonly hub: ContentChangeHub,
    private readonly log: Pick<Console, 'warn' | 'error'>,
  ) {}

  /** Connects and LISTENs; rejects when the first attempt fails. */
  async start(): Promise<void> {
    await this.#connect();
  }

  async #connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url, keepAlive: true });
    client.on('notification', (message) => {
      if (message.channel === schema.CONTENT_CHANNEL)
        this.hub.emit({ type: 'changed', table: message.payload ?? '' });
    });
    client.on('error', (error) => this.#lost(client, error));
    client.on('end', () => this.#lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${schema.CONTENT_CHANNEL}`);
    } catch (error) {
      await client.end().catch(() => {});
      throw error;
    }
    if (this.#closed) {
      await client.end().catch(() => {});
      return;
    }
    this.#client = client;
  }

  #lost(client: pg.Client, error?: Error): void {
    if (this.#closed || client !== this.#client) return;
    this.#client = undefined;
    client.end().catch(() => {});
    this.log.warn(
      `icra: lost the PostgreSQL change-notification connection${error ? ` (${error.message})` : ''}; ` +
        'serving uncached until it is back',
    );
    this.hub.emit({ type: 'lost' });
    this.#scheduleReconnect();
  }

  #scheduleReconnect(): void {
    if (this.#closed) return;
    const delay = Math.min(RECONNECT_MIN_MS * 2 ** this.#attempt, RECONNECT_MAX_MS);
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#connect().then(
        () => {
          if (this.#closed) return;
          this.#attempt = 0;
          this.log.warn('icra: change notifications restored');
          this.hub.emit({ type: 'restored' });
        },
        (error: unknown) => {
          this.#attempt++;
          if (this.#attempt === 1 || this.#attempt % 10 === 0) {
            this.log.warn(`icra: reconnecting for change notifications failed: ${(error as Error).message}`);
          }
          this.#scheduleReconnect();
        },
      );
    }, delay);
    this.#timer.unref();
  }

  async close(): Promise<void> {
    this.#closed = true;
    if (this.#timer) clearTimeout(this.#timer);
    const client = this.#client;
    this.#client = undefined;
    await client?.end().catch(() => {});
  }
}
