/**
 * The public-read cache. Every public read (news, authorities) is answered from here when warm: its
 * representation (the serialized body, its ETag and headers; conditional.ts) is kept per normalized
 * request (path + validated query + negotiated language), so a hit costs a map lookup and no
 * database round trip.
 *
 * Freshness comes from the database, not from a timer: triggers on the content tables NOTIFY on a
 * channel that every server instance LISTENs to (see db/notifications.ts), and any notification drops
 * everything. While notifications are not being received (a PostgreSQL listener reconnecting) the
 * cache is bypassed, because a change could go unannounced. A load that started before an
 * invalidation is not stored (generation check), so a stale read can never outlive the notification
 * that made it stale.
 *
 * Besides response bodies it keeps a few small derived facts the HTTP layer needs on every request
 * (the registered CORS origins, the set of authority slugs), invalidated the same way.
 */
import { LRUCache } from 'lru-cache';
import type { Representation } from './conditional.js';

/** What the cache keeps: each entry was made by the one loader of its key (see public-read.ts). */
type Entry = Representation<unknown>;

export interface PublicReadCacheOptions {
  /** Most representations kept (least recently used go first). */
  maxEntries?: number;
  /** Most bytes of bodies kept. */
  maxBytes?: number;
  /** Most raw requests remembered for the fast lane. */
  maxAliases?: number;
}

export class PublicReadCache {
  readonly #entries: LRUCache<string, Entry>;
  /** Raw request (URL + Accept-Language) → normalized key, for the fast lane (public-read.ts). */
  readonly #aliases: LRUCache<string, string>;
  readonly #facts = new Map<string, unknown>();
  readonly #inflight = new Map<string, Promise<unknown>>();
  #generation = 0;
  #live = true;
  #hits = 0;
  #misses = 0;

  constructor(options: PublicReadCacheOptions = {}) {
    this.#entries = new LRUCache<string, Entry>({
      max: options.maxEntries ?? 2000,
      maxSize: options.maxBytes ?? 64 * 1024 * 1024,
      sizeCalculation: (entry) => entry.body.length + 256,
    });
    this.#aliases = new LRUCache<string, string>({ max: options.maxAliases ?? 10_000 });
  }

  /** The cached representation for a key, if warm. The hot path: no allocation, no await. */
  get(key: string): Entry | undefined {
    const entry = this.#entries.get(key);
    if (entry === undefined) this.#misses++;
    else this.#hits++;
    return entry;
  }

  /**
   * Remembers that a raw request (see rawRequestKey) is answered by the representation under a
   * normalized key. The mapping depends on the request alone (validation and language negotiation),
   * never on content; it is dropped with everything else on invalidation all the same.
   */
  alias(rawKey: string, key: string): void {
    if (this.#live) this.#aliases.set(rawKey, key);
  }

  /** The cached representation for a raw request seen before, if warm. */
  getByRawKey(rawKey: string): Entry | undefined {
    const key = this.#aliases.get(rawKey);
    return key === undefined ? undefined : this.get(key);
  }

  /**
   * Loads a representation and keeps it unless the content changed meanwhile. Concurrent misses of
   * one key share one load. `undefined` (not found) is not cached.
   */
  load<R extends Entry | undefined>(key: string, loader: () => Promise<R>): Promise<R> {
    return this.#coalesce(`r:${key}`, loader, (value) => {
      if (value !== undefined) this.#entries.set(key, value);
    });
  }

  /** A small derived fact (e.g. the registered CORS origins), loaded once per content generation. */
  fact<T>(name: string, loader: () => Promise<T>): T | Promise<T> {
    if (this.#facts.has(name)) return this.#facts.get(name) as T;
    return this.#coalesce(`f:${name}`, loader, (value) => {
      this.#facts.set(name, value);
    });
  }

  #coalesce<T>(slot: string, loader: () => Promise<T>, store: (value: T) => void): Promise<T> {
    const generation = this.#generation;
    const inflightKey = `${generation}:${slot}`;
    const pending = this.#inflight.get(inflightKey);
    if (pending) return pending as Promise<T>;
    const promise = loader().then(
      (value) => {
        this.#inflight.delete(inflightKey);
        if (this.#live && generation === this.#generation) store(value);
        return value;
      },
      (error: unknown) => {
        this.#inflight.delete(inflightKey);
        throw error;
      },
    );
    this.#inflight.set(inflightKey, promise);
    return promise;
  }

  /** Drops everything: called on every content change notification. */
  invalidate(): void {
    this.#generation++;
    this.#entries.clear();
    this.#aliases.clear();
    this.#facts.clear();
    this.#inflight.clear();
  }

  /**
   * Whether change notifications are being received. While not, nothing is stored (every read goes
   * to the database); any change of state drops everything.
   */
  setLive(live: boolean): void {
    this.invalidate();
    this.#live = live;
  }

  get live(): boolean {
    return this.#live;
  }

  get generation(): number {
    return this.#generation;
  }

  stats(): {
    entries: number;
    bytes: number;
    hits: number;
    misses: number;
    generation: number;
    live: boolean;
  } {
    return {
      entries: this.#entries.size,
      bytes: this.#entries.calculatedSize,
      hits: this.#hits,
      misses: this.#misses,
      generation: this.#generation,
      live: this.#live,
    };
  }
}

/**
 * The raw identity of a public read, before validation: its URL and its Accept-Language. Two
 * requests with the same raw key always normalize to the same cache key.
 */
export function rawRequestKey(url: string, acceptLanguage: string | undefined): string {
  return acceptLanguage === undefined ? url : `${url}\n${acceptLanguage}`;
}
