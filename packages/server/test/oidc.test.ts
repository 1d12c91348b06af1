/**
 * Sign-in through an external OpenID Connect issuer. The issuer is real: a small Hono app on a
 * loopback port in this process that speaks the protocol (discovery, authorize, token with PKCE and
 * client authentication, ID tokens signed with its own key, JWKS). The portal talks to it over HTTP
 * with openid-client, as it would to the national ID provider.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { decodeJwt, exportJWK, generateKeyPair, type JWK, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type IcraApp } from '../src/app.js';
import { MeSchema } from '../src/features/identity/schemas.js';
import { seedPopulation } from '../src/seed/population.js';
import { openTestDatabase, type TestDatabase, variants } from './support/databases.js';
import { attribute, authorizeUrl, pkce, redeem } from './support/oauth.js';
import { strict } from './support/strict.js';

const ISSUER = 'http://portal.test';
const CLIENT_ID = 'icra-portal';
const CLIENT_SECRET = 'issuer-test-secret';
const quiet = { warn: () => {}, error: () => {} };

/** What the issuer does on the next sign-in: whose ID token it makes, and how. */
interface Behaviour {
  claims: Record<string, unknown>;
  /** Sign with a key that is not in its JWKS. */
  foreignKey?: boolean;
  /** Put this nonce instead of the one asked for. */
  nonce?: string;
  /** The person declines: answer with error=access_denied. */
  decline?: boolean;
}

async function startIssuer() {
  const own = await generateKeyPair('ES256', { extractable: true });
  const foreign = await generateKeyPair('ES256');
  const publicJwk: JWK = {
    ...(await exportJWK(own.publicKey)),
    kid: 'issuer-key-1',
    alg: 'ES256',
    use: 'sig',
  };
  const codes = new Map<
    string,
    { challenge: string; nonce: string; redirectUri: string; behaviour: Behaviour }
  >();
  const state = { url: '', behaviour: { claims: {} } as Behaviour, tokenRequests: 0 };
  const issuer = new Hono();
  issuer.get('/.well-known/openid-configuration', (c) =>
    c.json({
      issuer: state.url,
      authorization_endpoint: `${state.url}/authorize`,
      token_endpoint: `${state.url}/token`,
      jwks_uri: `${state.url}/jwks`,
      response_types_supported: ['code'],
      subject_types_supported: ['public'],
      id_token_signing_alg_values_supported: ['ES256'],
      code_challenge_methods_supported: ['S256'],
      token_endpoint_auth_methods_supported: ['client_secret_post', 'client_secret_basic'],
    }),
  );
  issuer.get('/jwks', (c) => c.json({ keys: [publicJwk] }));
  issuer.get('/authorize', (c) => {
    const q = c.req.query();
    if (q.client_id !== CLIENT_ID || q.response_type !== 'code' || !q.scope?.split(' ').includes('openid'))
      return c.text('bad request', 400);
    if (q.code_challenge_method !== 'S256' || !q.code_challenge || !q.nonce || !q.state)
      return c.text('PKCE, nonce and state are required', 400);
    if (state.behaviour.decline) {
      const back = new URL(q.redirect_uri!);
      back.searchParams.set('error', 'access_denied');
      back.searchParams.set('state', q.state);
      return c.redirect(back.href, 302);
    }
    const code = randomBytes(16).toString('base64url');
    codes.set(code, {
      challenge: q.code_challenge,
      nonce: q.nonce,
      redirectUri: q.redirect_uri!,
      behaviour: state.behaviour,
    });
    const back = new URL(q.redirect_uri!);
    back.searchParams.set('code', code);
    back.searchParams.set('state', q.state);
    return c.redirect(back.href, 302);
  });
  issuer.post('/token', async (c) => {
    state.tokenRequests++;
    const form = new URLSearchParams(await c.req.text());
    const basic = c.req.header('authorization');
    const [id, secret] = basic?.startsWith('Basic ')
      ? Buffer.from(basic.slice(6), 'base64')
          .toString()
          .split(':')
          .map((s) => decodeURIComponent(s))
      : [form.get('client_id'), form.get('client_secret')];
    if (id !== CLIENT_ID || secret !== CLIENT_SECRET) return c.json({ error: 'invalid_client' }, 401);
    const grant = codes.get(form.get('code') ?? '');
    codes.delete(form.get('code') ?? '');
    const verifier = form.get('code_verifier') ?? '';
    if (
      !grant ||
      form.get('grant_type') !== 'authorization_code' ||
      form.get('redirect_uri') !== grant.redirectUri ||
      createHash('sha256').update(verifier).digest('base64url') !== grant.challenge
    ) {
      return c.json({ error: 'invalid_grant' }, 400);
    }
    const idToken = await new SignJWT({
      nonce: grant.behaviour.nonce ?? grant.nonce,
      ...grant.behaviour.claims,
    })
      .setProtectedHeader({ alg: 'ES256', kid: 'issuer-key-1' })
      .setIssuer(state.url)
      .setAudience(CLIENT_ID)
      .setSubject(`person-${randomBytes(4).toString('hex')}`)
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(grant.behaviour.foreignKey ? foreign.privateKey : own.privateKey);
    return c.json({ access_token: randomBytes(16).toString('hex'), token_type: 'Bearer', id_token: idToken });
  });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: issuer.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    state,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
      }),
  };
}

describe.each(variants)('external OpenID Connect issuer on $label', ({ kind, skip }) => {
  let db: TestDatabase;
  let app: IcraApp;
  let issuer: Awaited<ReturnType<typeof startIssuer>>;

  beforeAll(async () => {
    if (skip) return;
    issuer = await startIssuer();
    db = await openTestDatabase(kind);
    app = createApp({
      database: db.database,
      publicUrl: ISSUER,
      log: quiet,
      oidc: { issuer: issuer.state.url, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, finClaim: 'fin' },
    });
  });
  afterAll(async () => {
    await db?.dispose();
    await issuer?.close();
  });

  /** authorize → the issuer → the portal's callback; returns the callback's response. */
  async function throughIssuer(behaviour: Behaviour, challenge: string) {
    issuer.state.behaviour = behaviour;
    const start = await app.request(authorizeUrl({ challenge, state: 'widget-state' }));
    expect(start.status).toBe(302);
    const atIssuer = new URL(start.headers.get('location')!);
    expect(atIssuer.origin + atIssuer.pathname).toBe(`${issuer.state.url}/authorize`);
    expect(atIssuer.searchParams.get('redirect_uri')).toBe(`${ISSUER}/oauth/oidc/callback`);
    expect(atIssuer.searchParams.get('code_challenge_method')).toBe('S256');
    expect(atIssuer.searchParams.get('nonce')).toEqual(expect.any(String));
    expect(atIssuer.searchParams.get('ui_locales')).toBe('en');
    const answer = await fetch(atIssuer, { redirect: 'manual' });
    expect(answer.status).toBe(302);
    const back = new URL(answer.headers.get('location')!);
    expect(back.origin + back.pathname).toBe(`${ISSUER}/oauth/oidc/callback`);
    const callback = `${back.pathname}${back.search}`;
    return { response: await app.request(callback), callback };
  }

  it.skipIf(skip)(
    'signs in the citizen whose FIN the issuer vouches for, with the registry’s profile',
    async () => {
      const person = seedPopulation[8]!;
      const { verifier, challenge } = pkce();
      const { response, callback } = await throughIssuer({ claims: { fin: person.fin } }, challenge);
      expect(response.status).toBe(200);
      const page = await response.text();
      expect(attribute(page, 'data-origin')).toBe('http://localhost:8788');
      expect(attribute(page, 'data-state')).toBe('widget-state');
      const code = attribute(page, 'data-code')!;
      const token = await redeem(app, { code, verifier });
      expect(token.status).toBe(200);
      const { access_token } = (await token.json()) as { access_token: string };
      expect(decodeJwt(access_token)).toMatchObject({
        kind: 'citizen',
        fin: person.fin,
        sub: `citizen:${person.fin}`,
      });
      const me = await app.request('/v1/me?lang=en', {
        headers: { Authorization: `Bearer ${access_token}` },
      });
      expect(strict(MeSchema).parse(await me.json())).toMatchObject({
        kind: 'citizen',
        citizen: { fin: person.fin, lastName: person.lastName, address: person.address.en },
      });
      // The issuer's answer cannot be replayed.
      const requests = issuer.state.tokenRequests;
      const replay = await app.request(callback);
      expect(replay.status).toBe(400);
      expect(issuer.state.tokenRequests).toBe(requests);
    },
  );

  it.skipIf(skip)(
    'remembers the portal session: a second sign-in issues the code without going to the issuer; prompt=login goes again',
    async () => {
      const person = seedPopulation[9]!;
      const { response } = await throughIssuer({ claims: { fin: person.fin } }, pkce().challenge);
      const cookie = response.headers.getSetCookie().find((c) => c.startsWith('icra-portal-session='))!;
      expect(cookie).toContain('HttpOnly; SameSite=Lax');
      const jar = cookie.split('; ')[0]!;
      const { verifier, challenge } = pkce();
      const again = await app.request(authorizeUrl({ challenge }), { headers: { Cookie: jar } });
      expect(again.status).toBe(200);
      const code = attribute(await again.text(), 'data-code')!;
      const token = await redeem(app, { code, verifier });
      expect(decodeJwt(((await token.json()) as { access_token: string }).access_token).sub).toBe(
        `citizen:${person.fin}`,
      );
      const other = await app.request(`${authorizeUrl({ challenge: pkce().challenge })}&prompt=login`, {
        headers: { Cookie: jar },
      });
      expect(other.status).toBe(302);
      expect(new URL(other.headers.get('location')!).searchParams.get('prompt')).toBe('login');
    },
  );

  it.skipIf(skip)(
    'refuses a person the registry does not know, or an ID token without the claim',
    async () => {
      const unknown = await throughIssuer({ claims: { fin: 'ZZZZZZ9' } }, pkce().challenge);
      expect(unknown.response.status).toBe(403);
      const page = await unknown.response.text();
      expect(page).toContain('not in the population registry');
      expect(page).not.toContain('data-code');
      const noClaim = await throughIssuer({ claims: { name: 'Someone' } }, pkce().challenge);
      expect(noClaim.response.status).toBe(400);
    },
  );

  it.skipIf(skip)('tells the widget when the person declines at the issuer', async () => {
    const { response } = await throughIssuer({ claims: {}, decline: true }, pkce().challenge);
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(attribute(page, 'data-error')).toBe('access_denied');
    expect(attribute(page, 'data-origin')).toBe('http://localhost:8788');
    expect(attribute(page, 'data-state')).toBe('widget-state');
    expect(attribute(page, 'data-code')).toBeUndefined();
  });

  it.skipIf(skip)('refuses an ID token with a forged signature or the wrong nonce', async () => {
    const fin = seedPopulation[0]!.fin;
    for (const behaviour of [
      { claims: { fin }, foreignKey: true },
      { claims: { fin }, nonce: 'replayed' },
    ]) {
      const { response } = await throughIssuer(behaviour, pkce().challenge);
      expect(response.status).toBe(400);
      expect(await response.text()).not.toContain('data-code');
    }
  });

  it.skipIf(skip)('says so in the popup when the issuer cannot be reached', async () => {
    const warnings: string[] = [];
    const unreachable = createApp({
      database: db.database,
      publicUrl: ISSUER,
      log: { error: () => {}, warn: (line: string) => warnings.push(line) },
      // Port 9 (discard): nothing listens there.
      oidc: {
        issuer: 'http://127.0.0.1:9',
        clientId: CLIENT_ID,
        clientSecret: CLIENT_SECRET,
        finClaim: 'fin',
      },
    });
    const res = await unreachable.request(authorizeUrl({ lang: 'ru' }));
    expect(res.status).toBe(503);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await res.text()).toContain('Служба подтверждения личности сейчас не отвечает');
    expect(warnings.join('\n')).toContain('cannot be reached');
  });

  it.skipIf(skip)('validates the widget’s request before sending anyone to the issuer', async () => {
    const res = await app.request(authorizeUrl({ origin: 'https://evil.example' }));
    expect(res.status).toBe(400);
    expect(res.headers.get('location')).toBeNull();
    // The demo provider is not offered when an issuer is configured.
    const demo = await app.request('/oauth/demo/sign-in', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'form_token=x&subject=citizen%3A5HK2L7P',
    });
    expect(demo.status).toBe(400);
  });
});
