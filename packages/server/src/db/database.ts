import { AsyncLocalStorage } from 'node:async_hooks';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type * as schema from './schema.js';

export type DatabaseKind = 'pglite' | 'postgres';

/** Drizzle over either driver: the queries of the features are written once against this. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

/** A transaction of {@link Db} (the argument of `db.transaction()`'s callback). */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** What a query runs on: the database, or a transaction in progress. */
export type Executor = Db | Tx;

/** The transaction that {@link withinTransaction} makes ambient, while it is open. */
interface AmbientTransaction {
  readonly tx: Tx;
  open: boolean;
}

const ambient = new AsyncLocalStorage<AmbientTransaction>();

/**
 * Runs `work` with `tx` ambient: every query that `work` (and whatever it awaits) makes through a
 * database handed out by the openers (see {@link joiningAmbientTransaction}) runs in `tx`, and a
 * `db.transaction()` there becomes a savepoint of it. This is how a write and the Idempotency-Key
 * record that guards it commit together (http/idempotency.ts), whichever handle the route's code
 * holds: its feature context's `db`, or one captured earlier. Once `work` has settled the
 * transaction is no longer ambient, so a timer or a promise it left behind cannot reach a
 * transaction that has ended (its queries go to the database itself).
 */
export async function withinTransaction<T>(tx: Tx, work: () => Promise<T>): Promise<T> {
  const scope: AmbientTransaction = { tx, open: true };
  try {
    return await ambient.run(scope, work);
  } finally {
    scope.open = false;
  }
}

/**
 * `db`, joining the ambient transaction when there is one. Without this, code inside the write's
 * transaction that used the database itself would, on PGlite (one connection, one transaction at a
 * time), wait for that transaction to end: forever. On PostgreSQL it would take a second pooled
 * connection and write outside the transaction.
 */
export function joiningAmbientTransaction(db: Db): Db {
  return new Proxy(db, {
    get(target, property) {
      const scope = ambient.getStore();
      const current: Db = scope?.open ? scope.tx : target;
      const value: unknown = Reflect.get(current, property, current);
      return typeof value === 'function' ? value.bind(current) : value;
    },
  });
}

/** Whether the caller runs inside a write's ambient transaction ({@link withinTransaction}). */
export function inAmbientTransaction(): boolean {
  return ambient.getStore()?.open === true;
}

/** The SQLSTATE of a database error (or of the error it wraps), e.g. 22008; none for other errors. */
export function databaseCode(error: unknown): string | undefined {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    current = current.cause;
  }
  return undefined;
}

/**
 * What the change notifications say. `changed`: a content table changed (every cached read may be
 * stale). `lost`: notifications stopped arriving (a PostgreSQL listener lost its connection), so
 * changes may go unannounced until `restored`.
 */
export type ContentChange = { type: 'changed'; table: string } | { type: 'lost' } | { type: 'restored' };

export type ContentChangeListener = (change: ContentChange) => void;

/**
 * Work to do once the migrations are applied, before the database is handed out (e.g. loading the
 * demo content into an empty database). On PostgreSQL it runs while the opener holds the migration
 * lock, so instances opening one database together run it one after the other, each seeing what
 * the previous one wrote: work that checks before it writes is done exactly once.
 */
export type AfterMigrate = (db: Db) => Promise<unknown>;

/** An open, migrated database and its change notifications. */
export interface Database {
  readonly kind: DatabaseKind;
  readonly db: Db;
  /** Whether change notifications are currently being received. */
  readonly notificationsLive: boolean;
  /** Subscribes to content change notifications; returns the unsubscribe function. */
  onContentChange(listener: ContentChangeListener): () => void;
  /** Stops listening and closes the connections (PGlite: the data dir is released). */
  close(): Promise<void>;
}

/** Fan-out of change notifications to the subscribers of one database. */
export class ContentChangeHub {
  readonly #listeners = new Set<ContentChangeListener>();
  #live = true;

  get live(): boolean {
    return this.#live;
  }

  subscribe(listener: ContentChangeListener): () => void {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }

  emit(change: ContentChange): void {
    if (change.type === 'lost') this.#live = false;
    if (change.type === 'restored') this.#live = true;
    for (const listener of this.#listeners) {
      try {
        listener(change);
      } catch (error) {
        console.error('icra: a content change listener failed', error);
      }
    }
  }
}
