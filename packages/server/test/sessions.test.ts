/**
 * What makes a sign-in last, over HTTP against PGlite and PostgreSQL: the refresh token grant
 * (RFC 6749 §6) with rotation and reuse detection, its idle and absolute lifetimes, revocation
 * (RFC 7009), and the portal session the popup remembers (an HttpOnly cookie on the portal's
 * origin), with "sign in as someone else" and "sign out of the portal".
 */
import { type SQL, sql } from 'drizzle-orm';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type IcraApp } from '../src/app.js';
import type { Database } from '../src/db/database.js';
import { openPostgresDatabase } from '../src/db/postgres.js';
import { CALLBACK_SCRIPT } from '../src/features/identity/pages.js';
import { seedPopulation } from '../src/seed/population.js';
import { seedStaff } from '../src/seed/staff.js';
import { openTestDatabase, type TestDatabase, variants } from './support/databases.js';
import { attribute, authorizeUrl, DEMO_ORIGIN, formBody, pkce, redeem } from './support/oauth.js';

const ISSUER = 'http://portal.test';
const quiet = { warn: () => {}, error: () => {} };
const AYSEL = seedPopulation.find((p) => p.fin === '5HK2L7P')!;
const ORXAN = seedPopulation.find((p) => p.fin === '8VB5N3M')!;
const gubaEditor = seedStaff.find((s) => s.authority === 'guba' && s.roles.includes('editor'))!;
const COOKIE = 'icra-portal-session';

interface Tokens {
  access_token: string;
  refresh_token: string;
  expires_in: number;
  token_type: string;
}

/** The `name=value` of the portal session cookie a response sets, and its attributes. */
function setCookie(res: Response): { pair: string; attributes: string } | undefined {
  const header = res.headers
    .getSetCookie()
    .find((c) => c.startsWith(`${COOKIE}=`) || c.startsWith(`__Host-${COOKIE}=`));
  if (!header) return undefined;
  const [pair = '', ...rest] = header.split('; ');
  return { pair, attributes: rest.join('; ') };
}

describe.each(variants)('sessions on $label', ({ kind, skip }) => {
  let db: TestDatabase;
  let app: IcraApp;
  let other: Database | undefined;
  let otherApp: IcraApp;

  beforeAll(async () => {
    if (skip) return;
    db = await openTestDatabase(kind);
    app = createApp({ database: db.database, publicUrl: ISSUER, log: quiet, rateLimits: { signInPerIp: 0 } });
    if (db.url) {
      other = await openPostgresDatabase({ url: db.url, poolSize: 2, log: quiet });
      otherApp = createApp({
        database: other,
        publicUrl: ISSUER,
        log: quiet,
        rateLimits: { signInPerIp: 0 },
      });
    }
  });
  afterAll(async () => {
    await other?.close();
    await db?.dispose();
  });

  /** The rows of a raw query (PGlite and node-postgres both answer `{ rows }`). */
  async function rowsOf(query: SQL): Promise<unknown[]> {
    return ((await db.database.db.execute(query)) as { rows: unknown[] }).rows;
  }

  /** The popup's whole flow in one "browser" (its cookie jar is `jar`); returns the callback page. */
  async function popup(
    jar: { cookie?: string },
    options: { subject?: string; challenge: string; prompt?: string; on?: IcraApp; clientId?: string },
  ): Promise<{ page: string; chose: boolean; code: string }> {
    const on = options.on ?? app;
    const headers: Record<string, string> = jar.cookie ? { Cookie: jar.cookie } : {};
    const url =
      authorizeUrl({ challenge: options.challenge, clientId: options.clientId }) +
      (options.prompt ? `&prompt=${options.prompt}` : '');
    const authorize = await on.request(url, { headers });
    expect(authorize.status).toBe(200);
    let page = await authorize.text();
    let chose = false;
    if (!attribute(page, 'data-code')) {
      chose = true;
      const formToken = attribute(page, 'name="form_token" value')!;
      expect(formToken).toBeDefined();
      const init = formBody({ form_token: formToken, subject: options.subject ?? `citizen:${AYSEL.fin}` });
      const signIn = await on.request('/oauth/demo/sign-in', {
        ...init,
        headers: { ...(init.headers as Record<string, string>), ...headers },
      });
      expect(signIn.status).toBe(200);
      const cookie = setCookie(signIn);
      if (cookie) jar.cookie = cookie.pair;
      page = await signIn.text();
    }
    return { page, chose, code: attribute(page, 'data-code')! };
  }

  async function signIn(jar: { cookie?: string } = {}, subject?: string): Promise<Tokens> {
    const { verifier, challenge } = pkce();
    const { code } = await popup(jar, { challenge, ...(subject ? { subject } : {}) });
    const res = await redeem(app, { code, verifier });
    expect(res.status).toBe(200);
    return (await res.json()) as Tokens;
  }

  function refresh(
    token: string,
    options: { clientId?: string; origin?: string; headers?: Record<string, string>; on?: IcraApp } = {},
  ) {
    const init = formBody({
      grant_type: 'refresh_token',
      refresh_token: token,
      client_id: options.clientId ?? 'guba',
      origin: options.origin ?? DEMO_ORIGIN,
    });
    return (options.on ?? app).request('/oauth/token', {
      ...init,
      headers: { ...(init.headers as Record<string, string>), ...options.headers },
    });
  }

  function revoke(token: string, options: { clientId?: string; origin?: string; hint?: string } = {}) {
    return app.request(
      '/oauth/revoke',
      formBody({
        token,
        client_id: options.clientId ?? 'guba',
        origin: options.origin ?? DEMO_ORIGIN,
        ...(options.hint ? { token_type_hint: options.hint } : {}),
      }),
    );
  }

  async function errorOf(res: Response): Promise<string> {
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/json');
    return ((await res.json()) as { error: string }).error;
  }

  describe.skipIf(skip)('the refresh token grant', () => {
    it('renews the access token and rotates the refresh token on every use', async () => {
      const first = await signIn();
      expect(first.refresh_token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      const res = await refresh(first.refresh_token, { headers: { Origin: DEMO_ORIGIN } });
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(res.headers.get('access-control-allow-origin')).toBe(DEMO_ORIGIN);
      const second = (await res.json()) as Tokens;
      expect(second).toEqual({
        access_token: expect.any(String),
        token_type: 'Bearer',
        expires_in: 600,
        refresh_token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
        // The sign-in's scopes again (an ID token comes with the sign-in only).
        scope: 'openid',
      });
      expect(second.refresh_token).not.toBe(first.refresh_token);
      expect(decodeJwt(second.access_token)).toMatchObject({ sub: `citizen:${AYSEL.fin}`, kind: 'citizen' });
      const me = await app.request('/v1/me', { headers: { Authorization: `Bearer ${second.access_token}` } });
      expect(me.status).toBe(200);
      // Only the hashes are stored.
      const hashes = JSON.stringify(await rowsOf(sql`select token_hash from refresh_tokens`));
      expect(hashes).not.toContain(first.refresh_token);
      expect(hashes).not.toContain(second.refresh_token);
      // The successor works in turn.
      expect((await refresh(second.refresh_token)).status).toBe(200);
    });

    it('an attacker replaying a rotated refresh token revokes the whole family: the page is signed out too', async () => {
      const stolen = await signIn();
      // The page renews: the stolen token is now rotated.
      const page = (await (await refresh(stolen.refresh_token)).json()) as Tokens;
      // The thief replays it: refused, and the family ends…
      expect(await errorOf(await refresh(stolen.refresh_token))).toBe('invalid_grant');
      // …so the page's current token no longer works either, nor does the thief's retry.
      expect(await errorOf(await refresh(page.refresh_token))).toBe('invalid_grant');
      expect(await errorOf(await refresh(stolen.refresh_token))).toBe('invalid_grant');
    });

    it('of concurrent uses of one refresh token, one renews and the family is then revoked', async () => {
      const tokens = await signIn();
      const results = await Promise.all([1, 2].map(() => refresh(tokens.refresh_token)));
      expect(results.map((r) => r.status).sort()).toEqual([200, 400]);
      const winner = (await results.find((r) => r.status === 200)!.json()) as Tokens;
      expect(await errorOf(await refresh(winner.refresh_token))).toBe('invalid_grant');
    });

    it('is bound to its client and origin; a wrong one is refused and leaves the token usable', async () => {
      const tokens = await signIn();
      expect(await errorOf(await refresh(tokens.refresh_token, { origin: 'http://127.0.0.1:9999' }))).toBe(
        'invalid_grant',
      );
      expect(await errorOf(await refresh(tokens.refresh_token, { clientId: 'ganja' }))).toBe('invalid_grant');
      expect(await errorOf(await refresh(tokens.refresh_token, { origin: 'https://evil.example' }))).toBe(
        'invalid_client',
      );
      expect(
        await errorOf(await refresh(tokens.refresh_token, { headers: { Origin: 'http://localhost:1234' } })),
      ).toBe('invalid_client');
      expect(await errorOf(await refresh('x'.repeat(43)))).toBe('invalid_grant');
      expect(await errorOf(await refresh(''))).toBe('invalid_request');
      expect((await refresh(tokens.refresh_token)).status).toBe(200);
    });

    it('ends after 30 minutes unused (idle) and 12 hours after the sign-in (absolute)', async () => {
      const idle = await signIn();
      await db.database.db.execute(
        sql`update refresh_tokens set expires_at = now() - interval '1 second' where rotated_at is null
            and created_at = (select max(created_at) from refresh_tokens)`,
      );
      expect(await errorOf(await refresh(idle.refresh_token))).toBe('invalid_grant');

      const old = await signIn();
      const renewed = (await (await refresh(old.refresh_token)).json()) as Tokens;
      // A renewal never outlives the family's absolute end.
      const [row] = (await rowsOf(sql`
          select (t.expires_at <= f.expires_at) as within,
                 extract(epoch from (f.expires_at - f.created_at)) as absolute,
                 extract(epoch from (t.expires_at - t.created_at)) as idle
          from refresh_tokens t join refresh_token_families f on f.id = t.family_id
          where t.rotated_at is null order by t.created_at desc limit 1`)) as Array<{
        within: boolean;
        absolute: string | number;
        idle: string | number;
      }>;
      expect(row!.within).toBe(true);
      expect(Math.round(Number(row!.absolute))).toBe(12 * 3600);
      expect(Math.round(Number(row!.idle))).toBe(30 * 60);
      await db.database.db.execute(
        sql`update refresh_token_families set expires_at = now() - interval '1 second'
            where id = (select family_id from refresh_tokens order by created_at desc limit 1)`,
      );
      expect(await errorOf(await refresh(renewed.refresh_token))).toBe('invalid_grant');
    });

    it('is announced in the metadata, with the revocation endpoint', async () => {
      const meta = (await (await app.request('/.well-known/oauth-authorization-server')).json()) as Record<
        string,
        unknown
      >;
      expect(meta).toMatchObject({
        grant_types_supported: ['authorization_code', 'refresh_token'],
        revocation_endpoint: `${ISSUER}/oauth/revoke`,
        revocation_endpoint_auth_methods_supported: ['none'],
      });
    });
  });

  describe.skipIf(skip)('the portal session', () => {
    it('is an HttpOnly, SameSite=Lax cookie on the portal, stored hashed; a second sign-in needs no choice', async () => {
      const jar: { cookie?: string } = {};
      const first = await popup(jar, { challenge: pkce().challenge, subject: `citizen:${ORXAN.fin}` });
      expect(first.chose).toBe(true);
      const id = jar.cookie!.split('=')[1]!;
      const rows = JSON.stringify(await rowsOf(sql`select id_hash, subject from portal_sessions`));
      expect(rows).not.toContain(id);
      expect(rows).toContain(`citizen:${ORXAN.fin}`);

      // Another page, another tab, another authority's site: the code comes at once.
      const { verifier, challenge } = pkce();
      const second = await popup(jar, { challenge, clientId: 'ganja' });
      expect(second.chose).toBe(false);
      expect(second.page).toContain('/oauth/callback.js');
      const res = await redeem(app, { code: second.code, verifier, clientId: 'ganja' });
      expect(res.status).toBe(200);
      expect(decodeJwt(((await res.json()) as Tokens).access_token).sub).toBe(`citizen:${ORXAN.fin}`);
      // Without the cookie (another browser), the choice is asked.
      expect((await popup({}, { challenge: pkce().challenge })).chose).toBe(true);
    });

    it('sets its cookie with the right attributes: __Host- and Secure over https', async () => {
      const jar: { cookie?: string } = {};
      const authorize = await app.request(authorizeUrl({ challenge: pkce().challenge }));
      const formToken = attribute(await authorize.text(), 'name="form_token" value')!;
      const signIn = await app.request(
        '/oauth/demo/sign-in',
        formBody({ form_token: formToken, subject: `citizen:${AYSEL.fin}` }),
      );
      const cookie = setCookie(signIn)!;
      expect(cookie.pair).toMatch(/^icra-portal-session=[A-Za-z0-9_-]{43}$/);
      expect(cookie.attributes).toBe('Max-Age=43200; Path=/; HttpOnly; SameSite=Lax');
      jar.cookie = cookie.pair;

      const secure = createApp({ database: db.database, publicUrl: 'https://portal.example.az', log: quiet });
      const page = await secure.request(authorizeUrl({ challenge: pkce().challenge }));
      const token = attribute(await page.text(), 'name="form_token" value')!;
      const over = await secure.request(
        '/oauth/demo/sign-in',
        formBody({ form_token: token, subject: `citizen:${AYSEL.fin}` }),
      );
      const header = over.headers.getSetCookie()[0]!;
      expect(header).toMatch(
        /^__Host-icra-portal-session=[A-Za-z0-9_-]{43}; Max-Age=43200; Path=\/; HttpOnly; SameSite=Lax; Secure$/,
      );
    });

    it('prompt=login shows the choice again, names who is signed in and offers to sign out; choosing replaces the session', async () => {
      const jar: { cookie?: string } = {};
      await popup(jar, { challenge: pkce().challenge, subject: `citizen:${AYSEL.fin}` });
      const before = jar.cookie;
      const authorize = await app.request(`${authorizeUrl({ challenge: pkce().challenge })}&prompt=login`, {
        headers: { Cookie: jar.cookie! },
      });
      const page = await authorize.text();
      expect(page).toContain('name="form_token"');
      expect(page).toContain(`${AYSEL.firstName} ${AYSEL.lastName}`);
      expect(page).toContain('action="/oauth/sign-out"');
      const { verifier, challenge } = pkce();
      const chosen = await popup(jar, { challenge, prompt: 'login', subject: `staff:${gubaEditor.id}` });
      expect(chosen.chose).toBe(true);
      expect(jar.cookie).not.toBe(before);
      const res = await redeem(app, { code: chosen.code, verifier });
      expect(decodeJwt(((await res.json()) as Tokens).access_token).sub).toBe(`staff:${gubaEditor.id}`);
      // The replaced session no longer signs anyone in.
      expect((await popup({ cookie: before! }, { challenge: pkce().challenge })).chose).toBe(true);
    });

    it('signing out of the portal in the popup ends the session and clears the cookie', async () => {
      const jar: { cookie?: string } = {};
      const tokens = await signIn(jar);
      const res = await app.request('/oauth/sign-out', {
        ...formBody({ lang: 'ru' }),
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: jar.cookie!, Origin: ISSUER },
      });
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('Вы вышли из портала');
      expect(setCookie(res)!.attributes).toContain('Max-Age=0');
      expect((await popup(jar, { challenge: pkce().challenge })).chose).toBe(true);
      // The page sessions that came from it end with it.
      expect(await errorOf(await refresh(tokens.refresh_token))).toBe('invalid_grant');
      // A form of another site cannot sign anyone out.
      const jar2: { cookie?: string } = {};
      await signIn(jar2);
      const forged = await app.request('/oauth/sign-out', {
        ...formBody({ lang: 'en' }),
        headers: {
          'Content-Type': 'application/x-www-form-urlencoded',
          Cookie: jar2.cookie!,
          Origin: 'https://evil.example',
        },
      });
      expect(forged.status).toBe(403);
      expect((await popup(jar2, { challenge: pkce().challenge })).chose).toBe(false);
    });

    it('ends after its idle and absolute lifetimes', async () => {
      const jar: { cookie?: string } = {};
      await popup(jar, { challenge: pkce().challenge });
      await db.database.db.execute(
        sql`update portal_sessions set idle_expires_at = now() - interval '1 second'`,
      );
      expect((await popup(jar, { challenge: pkce().challenge })).chose).toBe(true);
      await db.database.db.execute(sql`update portal_sessions set expires_at = now() - interval '1 second'`);
      expect((await popup(jar, { challenge: pkce().challenge })).chose).toBe(true);
    });
  });

  describe.skipIf(skip)('revocation (RFC 7009)', () => {
    it('revoking a refresh token ends its family and the portal session: the popup asks again', async () => {
      const jar: { cookie?: string } = {};
      const tokens = await signIn(jar);
      // Another tab's sign-in through the same portal session.
      const otherTab = await signIn(jar);
      const res = await revoke(tokens.refresh_token);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(await errorOf(await refresh(tokens.refresh_token))).toBe('invalid_grant');
      expect(await errorOf(await refresh(otherTab.refresh_token))).toBe('invalid_grant');
      expect((await popup(jar, { challenge: pkce().challenge })).chose).toBe(true);
    });

    it('answers 200 for an unknown token, and refuses a token of another client or origin', async () => {
      expect((await revoke('not-a-token')).status).toBe(200);
      const tokens = await signIn();
      expect((await revoke(tokens.access_token, { hint: 'access_token' })).status).toBe(200);
      expect(await errorOf(await revoke(tokens.refresh_token, { clientId: 'ganja' }))).toBe('invalid_client');
      expect(await errorOf(await revoke(tokens.refresh_token, { origin: 'https://evil.example' }))).toBe(
        'invalid_client',
      );
      expect((await refresh(tokens.refresh_token)).status).toBe(200);
      const missing = await app.request(
        '/oauth/revoke',
        formBody({ client_id: 'guba', origin: DEMO_ORIGIN }),
      );
      expect(await errorOf(missing)).toBe('invalid_request');
    });
  });

  describe.skipIf(skip)('the callback page', () => {
    it('waits for the opener’s acknowledgement instead of closing itself, and then says to close it', async () => {
      expect(CALLBACK_SCRIPT).not.toContain('window.close()');
      expect(CALLBACK_SCRIPT).toContain("data.type !== 'icra:authorization-received'");
      expect(CALLBACK_SCRIPT).toContain('event.origin !== origin || event.source !== window.opener');
      const { page } = await popup({}, { challenge: pkce().challenge });
      expect(page).toMatch(/<div id="icra-close-hint" role="status" hidden>/);
      expect(page).toContain('action="/oauth/sign-out"');
    });
  });

  describe.skipIf(skip || kind !== 'postgres')('with two instances on one PostgreSQL database', () => {
    it('renews on either instance, and a replay on one revokes the family on both', async () => {
      const tokens = await signIn();
      const onOther = (await (await refresh(tokens.refresh_token, { on: otherApp })).json()) as Tokens;
      const back = (await (await refresh(onOther.refresh_token)).json()) as Tokens;
      expect(back.refresh_token).toBeDefined();
      expect(await errorOf(await refresh(onOther.refresh_token, { on: otherApp }))).toBe('invalid_grant');
      expect(await errorOf(await refresh(back.refresh_token))).toBe('invalid_grant');

      const race = await signIn();
      const results = await Promise.all([
        refresh(race.refresh_token),
        refresh(race.refresh_token, { on: otherApp }),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual([200, 400]);

      // A portal session started on one instance is honoured by the other.
      const jar: { cookie?: string } = {};
      await popup(jar, { challenge: pkce().challenge });
      expect((await popup(jar, { challenge: pkce().challenge, on: otherApp })).chose).toBe(false);
    });
  });
});
