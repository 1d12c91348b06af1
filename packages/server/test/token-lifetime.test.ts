/**
 * Access tokens are accepted only within the lifetime the portal gives them: a token signed with the
 * portal's real key but dated ahead, valid for years, not yet valid, or without `iat`/`exp` is
 * refused with 401 invalid_token.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { importJWK, type JWK, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type IcraApp } from '../src/app.js';
import type { Database } from '../src/db/database.js';
import { signingKeys } from '../src/db/schema.js';
import { ACCESS_TOKEN_TTL_S, CLOCK_TOLERANCE_S } from '../src/features/identity/keys.js';
import { seedPopulation } from '../src/seed/population.js';
import { openTestDatabase, type TestDatabase, variants } from './support/databases.js';

const ISSUER = 'http://portal.test';
const quiet = { warn: () => {}, error: () => {} };
const AYSEL = seedPopulation.find((p) => p.fin === '5HK2L7P')!;
const claims = {
  sub: `citizen:${AYSEL.fin}`,
  kind: 'citizen',
  roles: [],
  fin: AYSEL.fin,
  client_id: 'guba',
  scope: '',
};

/** A token signed with the database's active signing key, with the given times (seconds; null: left out). */
async function sign(
  database: Database,
  times: { iat: number | null; exp: number | null; nbf?: number },
): Promise<string> {
  const [row] = await database.db
    .select()
    .from(signingKeys)
    .where(sql`${signingKeys.retiredAt} is null`)
    .orderBy(sql`${signingKeys.createdAt} desc`)
    .limit(1);
  const key = await importJWK(row!.privateJwk as JWK, 'ES256');
  const jwt = new SignJWT(claims)
    .setProtectedHeader({ alg: 'ES256', kid: row!.kid, typ: 'at+jwt' })
    .setIssuer(ISSUER)
    .setAudience(`${ISSUER}/v1`)
    .setJti(randomUUID());
  if (times.iat !== null) jwt.setIssuedAt(times.iat);
  if (times.exp !== null) jwt.setExpirationTime(times.exp);
  if (times.nbf !== undefined) jwt.setNotBefore(times.nbf);
  return jwt.sign(key);
}

describe.each(variants)('token lifetime on $label', ({ kind, skip }) => {
  let db: TestDatabase;
  let app: IcraApp;

  beforeAll(async () => {
    if (skip) return;
    db = await openTestDatabase(kind);
    app = createApp({ database: db.database, publicUrl: ISSUER, log: quiet });
    // The first request creates the signing key.
    await app.request('/.well-known/jwks.json');
  });
  afterAll(async () => {
    await db?.dispose();
  });

  async function status(token: string): Promise<number> {
    const res = await app.request('/v1/me', { headers: { Authorization: `Bearer ${token}` } });
    if (res.status === 401) {
      expect(res.headers.get('www-authenticate')).toBe(
        `Bearer realm="icra", error="invalid_token", resource_metadata="${ISSUER}/.well-known/oauth-protected-resource/v1"`,
      );
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    }
    return res.status;
  }

  it.skipIf(skip)('accepts a token of the lifetime the portal issues', async () => {
    const now = Math.floor(Date.now() / 1000);
    expect(await status(await sign(db.database, { iat: now, exp: now + ACCESS_TOKEN_TTL_S }))).toBe(200);
    // Within the clock tolerance: issued a little ahead, a little longer.
    expect(
      await status(
        await sign(db.database, { iat: now + 5, exp: now + 5 + ACCESS_TOKEN_TTL_S + CLOCK_TOLERANCE_S }),
      ),
    ).toBe(200);
  });

  it.skipIf(skip)('refuses a token issued a day ahead', async () => {
    const now = Math.floor(Date.now() / 1000);
    const ahead = now + 24 * 3600;
    expect(await status(await sign(db.database, { iat: ahead, exp: ahead + 300 }))).toBe(401);
    // Just beyond the tolerance too.
    const soon = now + CLOCK_TOLERANCE_S + 120;
    expect(await status(await sign(db.database, { iat: soon, exp: soon + 300 }))).toBe(401);
  });

  it.skipIf(skip)('refuses a token valid for ten years, or longer than the portal issues', async () => {
    const now = Math.floor(Date.now() / 1000);
    expect(await status(await sign(db.database, { iat: now, exp: now + 10 * 365 * 86400 }))).toBe(401);
    expect(
      await status(
        await sign(db.database, { iat: now, exp: now + ACCESS_TOKEN_TTL_S + CLOCK_TOLERANCE_S + 60 }),
      ),
    ).toBe(401);
  });

  it.skipIf(skip)('refuses a token without iat or exp, and one not valid yet', async () => {
    const now = Math.floor(Date.now() / 1000);
    expect(await status(await sign(db.database, { iat: null, exp: now + 300 }))).toBe(401);
    expect(await status(await sign(db.database, { iat: now, exp: null }))).toBe(401);
    expect(await status(await sign(db.database, { iat: now, exp: now + 300, nbf: now + 3600 }))).toBe(401);
  });
});
