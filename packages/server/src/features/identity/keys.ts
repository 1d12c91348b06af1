/**
 * The keys that sign access tokens: ES256 key pairs generated at first start, stored in the
 * database (table signing_keys), published as a JWKS and rotatable.
 *
 * Every instance keeps the keys in memory. It re-reads them when told that they changed (a rotation
 * on any instance announces itself on the content-change channel, see rotateSigningKey) and when it
 * meets a token whose `kid` it does not know (at most once a second), so a token signed by another
 * instance with a key this one has not seen yet still verifies.
 */
import { randomUUID } from 'node:crypto';
import { and, desc, gt, isNull, or, sql } from 'drizzle-orm';
import { type CryptoKey, exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';
import type { Db } from '../../db/database.js';
import { CONTENT_CHANNEL, signingKeys } from '../../db/schema.js';

export const SIGNING_ALG = 'ES256';
/** Lifetime of an access token, seconds. */
export const ACCESS_TOKEN_TTL_S = 600;
/** Allowed clock difference between instances, seconds. */
export const CLOCK_TOLERANCE_S = 30;
/** How long a retired key stays published: until the last token it signed has expired. */
const RETIRED_KEY_PUBLISHED_S = ACCESS_TOKEN_TTL_S + CLOCK_TOLERANCE_S;
/** The payload of the change notification a rotation sends. */
export const SIGNING_KEYS_TABLE = 'signing_keys';
const RELOAD_ON_UNKNOWN_KID_MS = 1000;
/** Keys are read again at least this often, should a change notification be missed. */
const MAX_AGE_MS = 60_000;

interface LoadedKey {
  kid: string;
  publicJwk: JWK;
  publicKey: CryptoKey;
  retiredAt: Date | null;
}

interface KeySet {
  /** Newest first. */
  keys: LoadedKey[];
  signing: { kid: string; privateKey: CryptoKey };
}

async function newKeyRow() {
  const { publicKey, privateKey } = await generateKeyPair(SIGNING_ALG, { extractable: true });
  const kid = randomUUID();
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: SIGNING_ALG, use: 'sig' };
  const privateJwk = { ...(await exportJWK(privateKey)), kid, alg: SIGNING_ALG };
  return { kid, alg: SIGNING_ALG, publicJwk, privateJwk };
}

/**
 * Makes a new signing key and retires the current one (it stays published until the tokens it
 * signed have expired). Every instance on the database picks the new key up. Returns its kid.
 */
export async function rotateSigningKey(db: Db): Promise<string> {
  const row = await newKeyRow();
  await db.transaction(async (tx) => {
    await tx.update(signingKeys).set({ retiredAt: sql`now()` }).where(isNull(signingKeys.retiredAt));
    await tx.insert(signingKeys).values(row);
    await tx.execute(sql`select pg_notify(${CONTENT_CHANNEL}, ${SIGNING_KEYS_TABLE})`);
  });
  return row.kid;
}

export class SigningKeyStore {
  #current: Promise<KeySet> | undefined;
  #lastReload = 0;

  constructor(private readonly db: Db) {}

  /** Forget the keys; the next use reads them again (called when another instance rotated). */
  invalidate(): void {
    this.#current = undefined;
  }

  #keys(): Promise<KeySet> {
    if (Date.now() - this.#lastReload > MAX_AGE_MS) this.#current = undefined;
    if (this.#current === undefined) {
      const loading = this.#load();
      this.#current = loading;
      this.#lastReload = Date.now();
      // A failed load is not remembered: the next use tries again.
      loading.catch(() => {
        if (this.#current === loading) this.#current = undefined;
      });
    }
    return this.#current;
  }

  async #load(): Promise<KeySet> {
    let rows = await this.#select();
    if (!rows.some((r) => r.retiredAt === null)) {
      // First start: make a key. Two instances starting together may each make one; both are
      // published and the newer one signs, which is harmless.
      await this.db.insert(signingKeys).values(await newKeyRow());
      rows = await this.#select();
    }
    const keys = await Promise.all(
      rows.map(async (r) => ({
        kid: r.kid,
        publicJwk: r.publicJwk as JWK,
        publicKey: (await importJWK(r.publicJwk as JWK, SIGNING_ALG)) as CryptoKey,
        retiredAt: r.retiredAt,
      })),
    );
    const active = rows.find((r) => r.retiredAt === null)!;
    const privateKey = (await importJWK(active.privateJwk as JWK, SIGNING_ALG)) as CryptoKey;
    return { keys, signing: { kid: active.kid, privateKey } };
  }

  #select() {
    return this.db
      .select()
      .from(signingKeys)
      .where(
        or(
          isNull(signingKeys.retiredAt),
          and(gt(signingKeys.retiredAt, sql`now() - make_interval(secs => ${RETIRED_KEY_PUBLISHED_S})`)),
        ),
      )
      .orderBy(desc(signingKeys.createdAt), desc(signingKeys.kid));
  }

  /** The key that signs new tokens. */
  async signingKey(): Promise<{ kid: string; privateKey: CryptoKey }> {
    return (await this.#keys()).signing;
  }

  /** The public key of `kid`, reading the keys again (rate-limited) when it is unknown. */
  async verificationKey(kid: string): Promise<CryptoKey | undefined> {
    const found = (await this.#keys()).keys.find((k) => k.kid === kid);
    if (found) return found.publicKey;
    if (Date.now() - this.#lastReload < RELOAD_ON_UNKNOWN_KID_MS) return undefined;
    this.invalidate();
    return (await this.#keys()).keys.find((k) => k.kid === kid)?.publicKey;
  }

  /** The published keys (RFC 7517 JWK Set). */
  async jwks(): Promise<{ keys: JWK[] }> {
    return { keys: (await this.#keys()).keys.map((k) => k.publicJwk) };
  }
}
