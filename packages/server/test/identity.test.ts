/**
 * Sign-in (OAuth 2.0 code + PKCE through the demo provider's popup), access tokens, key rotation
 * and the personal cabinet, over HTTP against PGlite and PostgreSQL.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import {
  decodeJwt,
  decodeProtectedHeader,
  exportJWK,
  generateKeyPair,
  importJWK,
  type JWK,
  SignJWT,
} from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createApp, type IcraApp } from '../src/app.js';
import type { Database } from '../src/db/database.js';
import { openPostgresDatabase } from '../src/db/postgres.js';
import { signingKeys } from '../src/db/schema.js';
import { rotateSigningKey } from '../src/features/identity/keys.js';
import { MeSchema, NotificationPageSchema } from '../src/features/identity/schemas.js';
import { seedPopulation } from '../src/seed/population.js';
import { seedNotifications, seedStaff } from '../src/seed/staff.js';
import { eventually, openTestDatabase, type TestDatabase, variants } from './support/databases.js';
import {
  attribute,
  authorizeUrl,
  DEMO_ORIGIN,
  demoCode,
  formBody,
  pkce,
  redeem,
  signIn,
} from './support/oauth.js';
import { strict } from './support/strict.js';

const ISSUER = 'http://portal.test';
const quiet = { warn: () => {}, error: () => {} };
const AYSEL = seedPopulation.find((p) => p.fin === '5HK2L7P')!;
const ORXAN = seedPopulation.find((p) => p.fin === '8VB5N3M')!;
const gubaEditor = seedStaff.find((s) => s.authority === 'guba' && s.roles.includes('editor'))!;
const evaluator = seedStaff.find((s) => s.kind === 'evaluator')!;

function bearer(token: string, extra: Record<string, string> = {}) {
  return { headers: { Authorization: `Bearer ${token}`, ...extra } };
}

/** A token signed with the database's active key, with any claims: for the refusals. */
async function forge(
  database: Database,
  claims: Record<string, unknown>,
  options: { exp?: number; aud?: string; iss?: string; kid?: string; typ?: string } = {},
): Promise<string> {
  const [row] = await database.db
    .select()
    .from(signingKeys)
    .where(sql`${signingKeys.retiredAt} is null`)
    .orderBy(sql`${signingKeys.createdAt} desc`)
    .limit(1);
  const key = await importJWK(row!.privateJwk as JWK, 'ES256');
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'ES256', kid: options.kid ?? row!.kid, typ: options.typ ?? 'at+jwt' })
    .setIssuer(options.iss ?? ISSUER)
    .setAudience(options.aud ?? `${ISSUER}/v1`)
    .setIssuedAt(now)
    .setExpirationTime(options.exp ?? now + 600)
    .setJti(randomUUID())
    .sign(key);
}

const citizenClaims = {
  sub: `citizen:${AYSEL.fin}`,
  kind: 'citizen',
  roles: [],
  fin: AYSEL.fin,
  client_id: 'guba',
  scope: '',
};

describe.each(variants)('identity on $label', ({ kind, skip }) => {
  let db: TestDatabase;
  let app: IcraApp;
  /** PostgreSQL only: a second instance (its own pool, LISTEN connection and keys) on the same database. */
  let other: Database | undefined;
  let otherApp: IcraApp;

  beforeAll(async () => {
    if (skip) return;
    db = await openTestDatabase(kind);
    app = createApp({ database: db.database, publicUrl: ISSUER, log: quiet });
    if (db.url) {
      other = await openPostgresDatabase({ url: db.url, poolSize: 2, log: quiet });
      otherApp = createApp({ database: other, publicUrl: ISSUER, log: quiet });
    }
  });
  afterAll(async () => {
    await other?.close();
    await db?.dispose();
  });

  describe.skipIf(skip)('the sign-in popup', () => {
    it('shows the demo provider: accessible, marked DEMO, in the asked language, under a strict CSP', async () => {
      for (const lang of ['az', 'en', 'ru'] as const) {
        const res = await app.request(authorizeUrl({ lang }));
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
        const csp = res.headers.get('content-security-policy')!;
        expect(csp).toContain("default-src 'none'");
        expect(csp).toContain("script-src 'self'");
        expect(csp).toContain("frame-ancestors 'none'");
        expect(csp).not.toContain('unsafe-inline');
        expect(res.headers.get('cache-control')).toBe('no-store');
        const html = await res.text();
        expect(html).toContain(`<html lang="${lang}">`);
        expect(html).toMatch(/<p class="demo-banner" role="note"><strong>(DEMO|ДЕМО)/);
        expect(html).toMatch(/<h1>[^<]+<\/h1>/);
        expect(html).not.toMatch(/<script(?![^>]*\bsrc=)/);
        expect(html).not.toMatch(/\sstyle=/);
        expect(html).toContain('<link rel="stylesheet" href="/oauth/pages.css">');
        // Every citizen of the registry and every member of staff can be chosen.
        for (const person of seedPopulation) expect(html).toContain(`value="citizen:${person.fin}"`);
        for (const member of seedStaff) expect(html).toContain(`value="staff:${member.id}"`);
        // Who asks, in the page's language.
        const guba = {
          az: 'Quba Rayon İcra Hakimiyyəti',
          en: 'Guba District Executive Power',
          ru: 'Исполнительная власть Губинского района',
        }[lang];
        expect(html).toContain(guba);
        expect(html).toContain(DEMO_ORIGIN);
        expect(html).toContain('name="action" value="cancel"');
      }
      const css = await app.request('/oauth/pages.css');
      expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
      expect(await css.text()).toContain('min-height: 48px');
    });

    it('hands the code to the exact origin of the embedding page and exchanges it for an access token', async () => {
      const { verifier, challenge } = pkce();
      const state = 'st-"<&>\'-1';
      const { code, page } = await demoCode(app, `citizen:${AYSEL.fin}`, { challenge, state });
      expect(attribute(page, 'data-origin')).toBe(DEMO_ORIGIN);
      expect(attribute(page, 'data-state')).toBe(state);
      // RFC 9207: the response names its issuer.
      expect(attribute(page, 'data-iss')).toBe(ISSUER);
      expect(page).toContain('<script src="/oauth/callback.js" defer></script>');
      expect(page).not.toMatch(/<script(?![^>]*\bsrc=)/);
      const script = await app.request('/oauth/callback.js');
      expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
      const source = await script.text();
      expect(source).toContain("type: 'icra:authorization', code, state, iss");
      expect(source).toContain('window.opener.postMessage(message, origin)');

      const res = await redeem(app, { code, verifier }, { Origin: DEMO_ORIGIN });
      expect(res.status).toBe(200);
      expect(res.headers.get('access-control-allow-origin')).toBe(DEMO_ORIGIN);
      expect(res.headers.get('cache-control')).toBe('no-store');
      const body = (await res.json()) as { access_token: string; token_type: string; expires_in: number };
      expect(body).toEqual({
        access_token: expect.any(String),
        token_type: 'Bearer',
        expires_in: 600,
        refresh_token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
        // A citizen is granted `openid` of what was asked, none of the staff scopes.
        scope: 'openid',
        id_token: expect.any(String),
      });
      const header = decodeProtectedHeader(body.access_token);
      expect(header).toMatchObject({ alg: 'ES256', typ: 'at+jwt', kid: expect.any(String) });
      const claims = decodeJwt(body.access_token);
      expect(claims).toMatchObject({
        iss: ISSUER,
        aud: `${ISSUER}/v1`,
        client_id: 'guba',
        scope: 'openid',
        sub: `citizen:${AYSEL.fin}`,
        kind: 'citizen',
        fin: AYSEL.fin,
        roles: [],
        jti: expect.any(String),
      });
      expect(claims.exp! - claims.iat!).toBe(600);
      expect(claims.authority).toBeUndefined();
      const jwks = (await (await app.request('/.well-known/jwks.json')).json()) as { keys: JWK[] };
      expect(jwks.keys.map((k) => k.kid)).toContain(header.kid);
      expect(jwks.keys.every((k) => k.d === undefined)).toBe(true);
    });

    it('puts authority and roles in officials’ tokens and the evaluator role in evaluators’', async () => {
      const official = decodeJwt(await signIn(app, `staff:${gubaEditor.id}`));
      expect(official).toMatchObject({
        sub: `staff:${gubaEditor.id}`,
        kind: 'official',
        authority: 'guba',
        roles: ['editor'],
        // Of every scope asked for, those an editor may have.
        scope: 'openid news:edit',
      });
      expect(official.fin).toBeUndefined();
      const agency = decodeJwt(await signIn(app, `staff:${evaluator.id}`));
      // Of every scope asked for, the evaluators' own.
      expect(agency).toMatchObject({
        kind: 'evaluator',
        roles: ['evaluator'],
        scope: 'openid evaluation:record',
      });
      expect(agency.authority).toBeUndefined();
    });

    it('answers a cancelled sign-in with access_denied to the same origin', async () => {
      const authorize = await app.request(authorizeUrl({ state: 'cancel-me' }));
      const formToken = attribute(await authorize.text(), 'name="form_token" value')!;
      const res = await app.request(
        '/oauth/demo/sign-in',
        formBody({ form_token: formToken, action: 'cancel' }),
      );
      const page = await res.text();
      expect(attribute(page, 'data-error')).toBe('access_denied');
      expect(attribute(page, 'data-origin')).toBe(DEMO_ORIGIN);
      expect(attribute(page, 'data-iss')).toBe(ISSUER);
      expect(attribute(page, 'data-code')).toBeUndefined();
    });

    it('refuses a forged or foreign form token and an unknown person', async () => {
      const { challenge } = pkce();
      const authorize = await app.request(authorizeUrl({ challenge }));
      const formToken = attribute(await authorize.text(), 'name="form_token" value')!;
      const tampered = `${formToken.slice(0, -4)}AAAA`;
      const access = await signIn(app, `citizen:${AYSEL.fin}`);
      for (const token of [tampered, access, '']) {
        const res = await app.request(
          '/oauth/demo/sign-in',
          formBody({ form_token: token, subject: 'citizen:5HK2L7P' }),
        );
        expect(res.status).toBe(400);
        expect(await res.text()).not.toContain('data-code');
      }
      const unknown = await app.request(
        '/oauth/demo/sign-in',
        formBody({ form_token: formToken, subject: 'citizen:0000000' }),
      );
      expect(unknown.status).toBe(400);
    });

    it('refuses an unregistered origin, an unknown client, a bad state or redirect_uri with a page, before showing anything', async () => {
      const cases = [
        authorizeUrl({ origin: 'https://evil.example' }),
        authorizeUrl({ origin: 'https://ganja-ih.gov.az' }), // registered, but for Ganja
        authorizeUrl({ clientId: 'atlantis' }),
        authorizeUrl({ state: '' }),
        `${authorizeUrl()}&redirect_uri=${encodeURIComponent(`${DEMO_ORIGIN}/callback`)}`,
        `${authorizeUrl()}&response_mode=query`,
      ];
      for (const url of cases) {
        const res = await app.request(url);
        expect(res.status, url).toBe(400);
        expect(res.headers.get('location')).toBeNull();
        const html = await res.text();
        expect(html).toContain('<html lang="en">');
        expect(html).not.toContain('form_token');
        expect(html).not.toContain('callback.js');
      }
      const ru = await app.request(authorizeUrl({ origin: 'https://evil.example', lang: 'ru' }));
      expect(await ru.text()).toContain('Этот сайт (origin) не зарегистрирован');
      // A registered origin of the authority is admitted.
      expect((await app.request(authorizeUrl({ origin: 'https://guba-ih.gov.az' }))).status).toBe(200);
    });

    it('admits localhost origins and offers the demo provider only in demo mode', async () => {
      const production = createApp({ database: db.database, publicUrl: ISSUER, demo: false, log: quiet });
      expect((await production.request(authorizeUrl())).status).toBe(400);
      const registered = await production.request(authorizeUrl({ origin: 'https://guba-ih.gov.az' }));
      expect(registered.status).toBe(503);
      const page = await registered.text();
      expect(page).toContain('no identity provider is configured');
      expect(page).not.toContain('form_token');
      const authorize = await app.request(authorizeUrl());
      const formToken = attribute(await authorize.text(), 'name="form_token" value')!;
      const post = await production.request(
        '/oauth/demo/sign-in',
        formBody({ form_token: formToken, subject: `citizen:${AYSEL.fin}` }),
      );
      expect(post.status).toBe(400);
      expect(await post.text()).not.toContain('data-code');
      const { verifier, challenge } = pkce();
      const { code } = await demoCode(app, `citizen:${ORXAN.fin}`, { challenge });
      const res = await redeem(production, { code, verifier });
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: string }).error).toBe('invalid_client');
    });
  });

  describe.skipIf(skip)('the token endpoint', () => {
    /** The token endpoint's errors: RFC 6749 §5.2, `application/json` with `error` and `error_description`. */
    const TokenErrorSchema = strict(z.object({ error: z.string(), error_description: z.string() }));

    async function problemOf(res: Response) {
      expect(res.headers.get('content-type')).toBe('application/json');
      expect(res.headers.get('cache-control')).toBe('no-store');
      return TokenErrorSchema.parse(await res.json());
    }

    it('refuses a wrong PKCE verifier, and the code is spent', async () => {
      const { verifier, challenge } = pkce();
      const { code } = await demoCode(app, `citizen:${AYSEL.fin}`, { challenge });
      const wrong = await redeem(app, { code, verifier: pkce().verifier }, { 'Accept-Language': 'ru' });
      expect(wrong.status).toBe(400);
      const body = await problemOf(wrong);
      expect(body.error).toBe('invalid_grant');
      // §5.2: the description is ASCII, whatever the caller's language.
      expect(body.error_description).toMatch(/^[\x20-\x21\x23-\x5b\x5d-\x7e]+$/);
      expect((await redeem(app, { code, verifier })).status).toBe(400);
    });

    it('redeems a code once, also when two redemptions race', async () => {
      const { verifier, challenge } = pkce();
      const { code } = await demoCode(app, `citizen:${AYSEL.fin}`, { challenge });
      expect((await redeem(app, { code, verifier })).status).toBe(200);
      const again = await redeem(app, { code, verifier });
      expect((await problemOf(again)).error).toBe('invalid_grant');

      for (let round = 0; round < 3; round++) {
        const pair = pkce();
        const issued = await demoCode(app, `citizen:${AYSEL.fin}`, { challenge: pair.challenge });
        const results = await Promise.all(
          [1, 2, 3].map(() => redeem(app, { code: issued.code, verifier: pair.verifier })),
        );
        expect(results.map((r) => r.status).sort()).toEqual([200, 400, 400]);
      }
    });

    it('refuses an expired code', async () => {
      const { verifier, challenge } = pkce();
      const { code } = await demoCode(app, `citizen:${AYSEL.fin}`, { challenge });
      await db.database.db.execute(
        sql`update authorization_codes set expires_at = now() - interval '1 second'`,
      );
      expect((await problemOf(await redeem(app, { code, verifier }))).error).toBe('invalid_grant');
    });

    it('binds the code to its client and origin, and refuses unregistered origins', async () => {
      const { verifier, challenge } = pkce();
      const { code } = await demoCode(app, `citizen:${AYSEL.fin}`, { challenge });
      // Both admitted in demo mode, but not what the code was issued for.
      const otherOrigin = await redeem(app, { code, verifier, origin: 'http://127.0.0.1:9999' });
      expect((await problemOf(otherOrigin)).error).toBe('invalid_grant');

      const second = pkce();
      const issued = await demoCode(app, `citizen:${AYSEL.fin}`, { challenge: second.challenge });
      const evil = await redeem(app, {
        code: issued.code,
        verifier: second.verifier,
        origin: 'https://evil.example',
      });
      expect((await problemOf(evil)).error).toBe('invalid_client');
      const mismatch = await redeem(
        app,
        { code: issued.code, verifier: second.verifier },
        { Origin: 'http://localhost:1234' },
      );
      expect((await problemOf(mismatch)).error).toBe('invalid_client');
      const otherClient = await redeem(app, {
        code: issued.code,
        verifier: second.verifier,
        clientId: 'ganja',
      });
      expect((await problemOf(otherClient)).error).toBe('invalid_grant');
    });

    it('answers malformed requests with the RFC 6749 error codes', async () => {
      const post = (body: string, type = 'application/x-www-form-urlencoded') =>
        app.request('/oauth/token', { method: 'POST', headers: { 'Content-Type': type }, body });
      expect((await problemOf(await post('grant_type=password&username=a'))).error).toBe(
        'unsupported_grant_type',
      );
      expect((await problemOf(await post('grant_type=authorization_code&code=x'))).error).toBe(
        'invalid_request',
      );
      expect(
        (await problemOf(await post('{"grant_type":"authorization_code"}', 'application/json'))).error,
      ).toBe('invalid_request');
    });

    it('publishes its metadata (RFC 8414)', async () => {
      const res = await app.request('/.well-known/oauth-authorization-server');
      expect(await res.json()).toMatchObject({
        issuer: ISSUER,
        authorization_endpoint: `${ISSUER}/oauth/authorize`,
        token_endpoint: `${ISSUER}/oauth/token`,
        jwks_uri: `${ISSUER}/.well-known/jwks.json`,
        code_challenge_methods_supported: ['S256'],
      });
    });
  });

  describe.skipIf(skip)('access tokens', () => {
    async function expect401(token: string | undefined, error: boolean) {
      const res = await app.request(
        '/v1/me',
        token === undefined ? {} : bearer(token, { 'Accept-Language': 'en' }),
      );
      expect(res.status).toBe(401);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      const metadata = `resource_metadata="${ISSUER}/.well-known/oauth-protected-resource/v1"`;
      expect(res.headers.get('www-authenticate')).toBe(
        error
          ? `Bearer realm="icra", error="invalid_token", ${metadata}`
          : `Bearer realm="icra", ${metadata}`,
      );
      return res;
    }

    it('are refused when missing, expired, tampered, for another audience or issuer, or of an unknown key', async () => {
      await expect401(undefined, false);
      const good = await forge(db.database, citizenClaims);
      expect((await app.request('/v1/me', bearer(good))).status).toBe(200);
      await expect401(
        await forge(db.database, citizenClaims, { exp: Math.floor(Date.now() / 1000) - 60 }),
        true,
      );
      const [h, p, s] = good.split('.');
      const payload = JSON.parse(Buffer.from(p!, 'base64url').toString());
      const elevated = Buffer.from(JSON.stringify({ ...payload, fin: ORXAN.fin })).toString('base64url');
      await expect401(`${h}.${elevated}.${s}`, true);
      await expect401(`${h}.${p}.${s!.slice(0, -6)}AAAAAA`, true);
      await expect401(await forge(db.database, citizenClaims, { aud: 'another-api' }), true);
      await expect401(await forge(db.database, citizenClaims, { iss: 'https://elsewhere.example' }), true);
      await expect401(await forge(db.database, citizenClaims, { typ: 'icra-form+jwt' }), true);
      const stranger = await generateKeyPair('ES256');
      const unknownKid = await new SignJWT(citizenClaims)
        .setProtectedHeader({ alg: 'ES256', kid: randomUUID(), typ: 'at+jwt' })
        .setIssuer(ISSUER)
        .setAudience(`${ISSUER}/v1`)
        .setIssuedAt()
        .setExpirationTime('5m')
        .sign(stranger.privateKey);
      await expect401(unknownKid, true);
      const unsigned = `${Buffer.from('{"alg":"none","typ":"at+jwt"}').toString('base64url')}.${p}.`;
      await expect401(unsigned, true);
      await expect401(await forge(db.database, { kind: 'citizen', roles: [] }), true); // no sub, no fin
      const ru = await app.request('/v1/me', bearer('not-a-jwt', { 'Accept-Language': 'ru' }));
      expect(((await ru.json()) as { title: string }).title).toBe('Требуется вход');
    });

    it('keep verifying after a key rotation until they expire; new ones use the new key', async () => {
      const before = await signIn(app, `citizen:${AYSEL.fin}`);
      const oldKid = decodeProtectedHeader(before).kid!;
      const newKid = await rotateSigningKey(db.database.db);
      expect(newKid).not.toBe(oldKid);
      await eventually(async () => {
        expect(decodeProtectedHeader(await signIn(app, `citizen:${AYSEL.fin}`)).kid).toBe(newKid);
      });
      expect((await app.request('/v1/me', bearer(before))).status).toBe(200);
      const jwks = (await (await app.request('/.well-known/jwks.json')).json()) as { keys: JWK[] };
      expect(jwks.keys.map((k) => k.kid)).toEqual([newKid, oldKid]);

      // Once every token of the old key has expired, it is no longer published nor accepted.
      await db.database.db.execute(
        sql`update signing_keys set retired_at = now() - interval '1 hour' where kid = ${oldKid}`,
      );
      await db.database.db.execute(sql`select pg_notify('icra_content_changed', 'signing_keys')`);
      await eventually(async () => {
        const keys = (await (await app.request('/.well-known/jwks.json')).json()) as { keys: JWK[] };
        expect(keys.keys.map((k) => k.kid)).toEqual([newKid]);
      });
      expect((await app.request('/v1/me', bearer(before))).status).toBe(401);
    });
  });

  describe.skipIf(skip)('the cabinet', () => {
    it('shows a citizen the profile of the population registry, in the asked language', async () => {
      const token = await signIn(app, `citizen:${AYSEL.fin}`);
      for (const lang of ['az', 'en', 'ru'] as const) {
        const res = await app.request(`/v1/me?lang=${lang}`, bearer(token));
        expect(res.status).toBe(200);
        expect(res.headers.get('cache-control')).toBe('no-store');
        expect(res.headers.get('vary')).toContain('Authorization');
        expect(strict(MeSchema).parse(await res.json())).toEqual({
          kind: 'citizen',
          sub: `citizen:${AYSEL.fin}`,
          lang,
          citizen: {
            fin: AYSEL.fin,
            firstName: AYSEL.firstName,
            lastName: AYSEL.lastName,
            patronymic: AYSEL.patronymic,
            birthDate: AYSEL.birthDate,
            address: AYSEL.address[lang],
            authority: 'ganja',
            // Those registered at her address, by their relation to her (no FIN of theirs).
            family: AYSEL.family.map((m) => ({
              fullName: `${m.lastName} ${m.firstName} ${m.patronymic}`,
              birthDate: m.birthDate,
              relation: m.relation,
            })),
          },
        });
        expect(AYSEL.family.length).toBeGreaterThan(0);
      }
    });

    it('shows staff their name, authority and roles', async () => {
      const official = await app.request('/v1/me', bearer(await signIn(app, `staff:${gubaEditor.id}`)));
      expect(strict(MeSchema).parse(await official.json())).toMatchObject({
        kind: 'official',
        official: { name: gubaEditor.displayName, authority: 'guba', roles: ['editor'] },
      });
      const agency = await app.request('/v1/me', bearer(await signIn(app, `staff:${evaluator.id}`)));
      expect(strict(MeSchema).parse(await agency.json())).toMatchObject({
        kind: 'evaluator',
        official: { name: evaluator.displayName, authority: null, roles: ['evaluator'] },
      });
    });

    it('lists a citizen’s own notifications, newest first, a page at a time, unread only on request', async () => {
      const token = await signIn(app, `citizen:${AYSEL.fin}`);
      const own = seedNotifications
        .filter((n) => n.fin === AYSEL.fin)
        .sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
      const first = await app.request('/v1/me/notifications?limit=2&lang=ru', bearer(token));
      expect(first.status).toBe(200);
      expect(first.headers.get('cache-control')).toBe('no-store');
      const page1 = strict(NotificationPageSchema).parse(await first.json());
      expect(page1.items.map((n) => n.id)).toEqual(own.slice(0, 2).map((n) => n.id));
      expect(page1.items[0]).toMatchObject({ title: own[0]!.title.ru, body: own[0]!.body.ru, lang: 'ru' });
      const second = await app.request(
        `/v1/me/notifications?limit=2&lang=ru&cursor=${page1.nextCursor}`,
        bearer(token),
      );
      const page2 = strict(NotificationPageSchema).parse(await second.json());
      expect(page2.items.map((n) => n.id)).toEqual(own.slice(2).map((n) => n.id));
      expect(page2.nextCursor).toBeNull();
      const unread = strict(NotificationPageSchema).parse(
        await (await app.request('/v1/me/notifications?unread=true', bearer(token))).json(),
      );
      expect(unread.items.every((n) => n.readAt === null)).toBe(true);
      expect(unread.items.map((n) => n.id)).toEqual(own.filter((n) => !n.read).map((n) => n.id));
      const bad = await app.request('/v1/me/notifications?cursor=nope&unread=maybe', bearer(token));
      expect(bad.status).toBe(400);
      const pointers = ((await bad.json()) as { errors: Array<{ pointer: string }> }).errors.map(
        (e) => e.pointer,
      );
      expect(pointers.sort()).toEqual(['/query/cursor', '/query/unread']);
    });

    it('marks a notification read once (repeating changes nothing) and never another person’s', async () => {
      const aysel = await signIn(app, `citizen:${AYSEL.fin}`);
      const orxan = await signIn(app, `citizen:${ORXAN.fin}`);
      const target = seedNotifications.find((n) => n.fin === AYSEL.fin && !n.read)!;
      const orxans = strict(NotificationPageSchema).parse(
        await (await app.request('/v1/me/notifications?limit=50', bearer(orxan))).json(),
      );
      expect(orxans.items.map((n) => n.id)).toEqual(
        seedNotifications.filter((n) => n.fin === ORXAN.fin).map((n) => n.id),
      );
      const foreign = await app.request(`/v1/me/notifications/${target.id}/read`, {
        method: 'POST',
        ...bearer(orxan),
      });
      expect(foreign.status).toBe(404);

      const readAt = async () => {
        const page = strict(NotificationPageSchema).parse(
          await (await app.request('/v1/me/notifications?limit=50', bearer(aysel))).json(),
        );
        return page.items.find((n) => n.id === target.id)!.readAt;
      };
      expect(await readAt()).toBeNull();
      const mark = () =>
        app.request(`/v1/me/notifications/${target.id}/read`, { method: 'POST', ...bearer(aysel) });
      const res = await mark();
      expect(res.status).toBe(204);
      const first = await readAt();
      expect(first).toEqual(expect.any(String));
      expect((await mark()).status).toBe(204);
      expect(await readAt()).toBe(first);
      expect(
        (await app.request(`/v1/me/notifications/${randomUUID()}/read`, { method: 'POST', ...bearer(aysel) }))
          .status,
      ).toBe(404);
      expect(
        (await app.request('/v1/me/notifications/not-a-uuid/read', { method: 'POST', ...bearer(aysel) }))
          .status,
      ).toBe(400);
    });
  });

  describe.skipIf(skip || kind !== 'postgres')('with two instances on one PostgreSQL database', () => {
    it('accepts on one instance the tokens the other issued, and follows a key rotated on either', async () => {
      const fromFirst = await signIn(app, `citizen:${AYSEL.fin}`);
      const fromOther = await signIn(otherApp, `staff:${gubaEditor.id}`);
      expect((await otherApp.request('/v1/me', bearer(fromFirst))).status).toBe(200);
      expect((await app.request('/v1/me', bearer(fromOther))).status).toBe(200);
      // A code issued by one instance is redeemed on the other, once.
      const { verifier, challenge } = pkce();
      const { code } = await demoCode(app, `citizen:${ORXAN.fin}`, { challenge });
      const results = await Promise.all([
        redeem(app, { code, verifier }),
        redeem(otherApp, { code, verifier }),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual([200, 400]);

      const newKid = await rotateSigningKey(other!.db);
      // The first instance starts signing with the key rotated through the other…
      await eventually(async () => {
        expect(decodeProtectedHeader(await signIn(app, `citizen:${AYSEL.fin}`)).kid).toBe(newKid);
      }, 5000);
      // …each accepts what the other signs with it, and the old tokens still verify.
      const rotated = await signIn(otherApp, `citizen:${AYSEL.fin}`);
      expect(decodeProtectedHeader(rotated).kid).toBe(newKid);
      expect((await app.request('/v1/me', bearer(rotated))).status).toBe(200);
      expect((await app.request('/v1/me', bearer(fromOther))).status).toBe(200);
      expect((await otherApp.request('/v1/me', bearer(fromFirst))).status).toBe(200);
      const jwks = (await (await app.request('/.well-known/jwks.json')).json()) as { keys: JWK[] };
      expect(jwks.keys[0]!.kid).toBe(newKid);
      expect(jwks.keys.map((k) => k.kid)).toContain(decodeProtectedHeader(fromFirst).kid);
    });

    it('verifies a token of a key it has not loaded yet by reading the keys again', async () => {
      // A key inserted behind the instances' backs, with no notification: found on the unknown kid.
      const pair = await generateKeyPair('ES256', { extractable: true });
      const kid = randomUUID();
      await db.database.db.insert(signingKeys).values({
        kid,
        alg: 'ES256',
        publicJwk: { ...(await exportJWK(pair.publicKey)), kid, alg: 'ES256', use: 'sig' },
        privateJwk: { ...(await exportJWK(pair.privateKey)), kid, alg: 'ES256' },
      });
      const token = await forge(db.database, citizenClaims, { kid });
      expect(decodeProtectedHeader(token).kid).toBe(kid);
      await eventually(async () =>
        expect((await otherApp.request('/v1/me', bearer(token))).status).toBe(200),
      );
    });
  });
});
