/**
 * OAuth 2.0 authorization code + PKCE (S256) for widgets on other origins, without third-party
 * cookies. The "client" is an authority (client_id = its slug); the embedding page's origin must be
 * registered for it (or, in demo mode, be http://localhost:<port> / http://127.0.0.1:<port>).
 *
 *   GET  /oauth/authorize        validates everything first (an error is an HTML page, never a
 *                                redirect or a message to an unvalidated origin); with a live portal
 *                                session (its cookie) it issues the code at once, unless
 *                                `prompt=login`; else it sends the person to the external OIDC
 *                                issuer when one is configured, else (in demo mode only) shows the
 *                                demo provider's page
 *   POST /oauth/demo/sign-in     the demo page's form (signed, short-lived form token)
 *   GET  /oauth/oidc/callback    the external issuer's answer
 *                                → both start a portal session (HttpOnly cookie on this origin) and
 *                                  answer with the callback page, whose /oauth/callback.js posts
 *                                  { type: 'icra:authorization', code, state } to window.opener,
 *                                  target origin = the validated origin, and stays open until the
 *                                  opener acknowledges (the opener closes it)
 *   POST /oauth/sign-out         the popup's "sign out of the portal" form: ends the portal session
 *   POST /oauth/token            authorization_code + code_verifier, or refresh_token (RFC 6749 §6,
 *                                rotated on every use) → { access_token, token_type, expires_in,
 *                                refresh_token }
 *   POST /oauth/revoke           RFC 7009: a refresh token's family and its portal session end
 *   GET  /.well-known/jwks.json, /.well-known/oauth-authorization-server
 *
 * Lifetimes and what is stored where: sessions.ts and docs/session-security.md.
 */
import { randomBytes } from 'node:crypto';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import type { Db } from '../../db/database.js';
import { readForm } from '../../http/body.js';
import type { AppEnv } from '../../http/env.js';
import { isLang, LANGS, type Lang, negotiateLang } from '../../http/lang.js';
import { InvalidTokenError } from '../../http/principal.js';
import { type ProblemName, problem } from '../../http/problem.js';
import { header } from '../../http/request.js';
import { apiHeaders } from '../../http/respond.js';
import { listAuthorities } from '../authorities/index.js';
import type { FeatureContextProvider, IdentityContext } from '../context.js';
import {
  authorizeErrorText,
  CALLBACK_SCRIPT,
  PAGE_HEADERS,
  PAGES_CSS,
  renderCallbackPage,
  renderDemoPage,
  renderErrorPage,
  renderSignedOutPage,
} from './pages.js';
import {
  checkClientOrigin,
  findStaff,
  listStaff,
  principalOfSubject,
  redeemAuthorizationCode,
  storeAuthorizationCode,
} from './queries.js';
import { FIN_PATTERN, type PopulationRegistry } from './registry.js';
import {
  createPortalSession,
  PORTAL_SESSION_ABSOLUTE_S,
  revokePortalSession,
  revokeRefreshToken,
  rotateRefreshToken,
  sha256,
  startRefreshFamily,
  usePortalSession,
} from './sessions.js';

/** Lifetime of an authorization code, seconds. */
export const AUTHORIZATION_CODE_TTL_S = 60;
const CHALLENGE = /^[A-Za-z0-9_-]{43}$/;
const VERIFIER = /^[A-Za-z0-9._~-]{43,128}$/;
const STATE = /^[\x21-\x7e]{1,512}$/;

/** A validated authorize request, as carried by form tokens and OIDC sign-ins. */
interface AuthorizeRequest extends Record<string, string> {
  client_id: string;
  origin: string;
  code_challenge: string;
  state: string;
  lang: Lang;
}

function html(status: number, body: string): Response {
  return new Response(body, { status, headers: PAGE_HEADERS });
}

/**
 * The portal session's cookie: first-party on the portal's origin (the popup is a top-level page
 * there, so SameSite=Lax carries it; the sites' fetches never send it), HttpOnly, and over https
 * `__Host-` + Secure, so no other host or path can set or read it.
 */
function sessionCookie(issuer: string) {
  const secure = issuer.startsWith('https://');
  const name = secure ? '__Host-icra-portal-session' : 'icra-portal-session';
  const attributes = `Path=/; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`;
  return {
    name,
    set: (id: string) => `${name}=${id}; Max-Age=${PORTAL_SESSION_ABSOLUTE_S}; ${attributes}`,
    clear: `${name}=; Max-Age=0; ${attributes}`,
  };
}

function withCookie(response: Response, cookie: string): Response {
  response.headers.append('Set-Cookie', cookie);
  return response;
}

/** A name to show for a subject on the popup's pages. */
async function displayName(db: Db, registry: PopulationRegistry, subject: string): Promise<string> {
  const [type, id = ''] = subject.split(':', 2);
  if (type === 'citizen') {
    const person = await registry.findByFin(id);
    return person ? `${person.firstName} ${person.lastName}` : id;
  }
  return (await findStaff(db, id))?.displayName ?? subject;
}

export function registerOAuthRoutes(
  app: OpenAPIHono<AppEnv>,
  context: FeatureContextProvider,
  log: () => Pick<Console, 'warn'> = () => console,
): void {
  app.get('/oauth/authorize', async (c) => {
    const q = (name: string) => c.req.query(name);
    const lang = negotiateLang(q('lang'), header(c, 'accept-language'));
    const { db, identity } = context();
    const reasons: string[] = [];
    if (q('response_type') !== 'code') reasons.push(authorizeErrorText.responseType[lang]);
    const clientId = q('client_id') ?? '';
    const origin = q('origin') ?? '';
    const verdict = /^[a-z][a-z0-9-]{1,62}$/.test(clientId)
      ? await checkClientOrigin(db, clientId, origin, identity.demo)
      : 'unknown-client';
    if (verdict === 'unknown-client') reasons.push(authorizeErrorText.client[lang]);
    if (verdict === 'origin') reasons.push(authorizeErrorText.origin[lang]);
    const challenge = q('code_challenge') ?? '';
    if (!CHALLENGE.test(challenge) || q('code_challenge_method') !== 'S256')
      reasons.push(authorizeErrorText.challenge[lang]);
    const state = q('state') ?? '';
    if (!STATE.test(state)) reasons.push(authorizeErrorText.state[lang]);
    if (reasons.length > 0) return html(400, renderErrorPage(lang, reasons));

    const request: AuthorizeRequest = { client_id: clientId, origin, code_challenge: challenge, state, lang };
    const cookie = sessionCookie(identity.issuer);
    const sessionId = getCookie(c, cookie.name);
    const session = sessionId ? await usePortalSession(db, sessionId) : undefined;
    const again = q('prompt') === 'login';
    if (session && !again && (await principalOfSubject(db, identity.registry, session.subject))) {
      // Signed in on the portal already: no second choice.
      const code = await issueCode(context, request, session.subject, session.idHash);
      return html(200, renderCallbackPage(lang, { origin, state, code }));
    }
    if (again) request.prompt = 'login';
    if (identity.oidc) {
      let target: URL;
      try {
        target = await identity.oidc.start(db, request);
      } catch (error) {
        log().warn(`icra: the OpenID Connect issuer cannot be reached: ${(error as Error).message}`);
        return html(503, renderErrorPage(lang, [authorizeErrorText.providerDown[lang]]));
      }
      return new Response(null, { status: 302, headers: { ...PAGE_HEADERS, Location: target.href } });
    }
    // The demo provider lets anyone be anyone: it is only offered in demo mode.
    if (!identity.demo) return html(503, renderErrorPage(lang, [authorizeErrorText.noProvider[lang]]));
    const current = session && again ? await displayName(db, identity.registry, session.subject) : undefined;
    return html(200, await demoPage(db, identity, c, request, current));
  });

  app.post('/oauth/sign-out', async (c) => {
    const { db, identity } = context();
    const form = await readForm(c);
    const lang = isLang(form.lang) ? form.lang : negotiateLang(undefined, header(c, 'accept-language'));
    // The popup's own pages post here; a form of another site is refused (SameSite=Lax would not
    // carry the cookie of a cross-site POST anyway).
    const from = header(c, 'origin');
    if (from !== undefined && from !== new URL(identity.issuer).origin && from !== new URL(c.req.url).origin)
      return html(403, renderErrorPage(lang, [authorizeErrorText.formExpired[lang]]));
    const cookie = sessionCookie(identity.issuer);
    const sessionId = getCookie(c, cookie.name);
    if (sessionId) await revokePortalSession(db, sha256(sessionId));
    return withCookie(html(200, renderSignedOutPage(lang)), cookie.clear);
  });

  app.post('/oauth/demo/sign-in', async (c) => {
    const { db, identity } = context();
    const form = await readForm(c);
    const fallbackLang = negotiateLang(undefined, header(c, 'accept-language'));
    const formToken = typeof form.form_token === 'string' ? form.form_token : '';
    let request: Record<string, string>;
    try {
      request = await identity.tokens.verifyFormToken(formToken);
    } catch (error) {
      if (!(error instanceof InvalidTokenError)) throw error;
      return html(400, renderErrorPage(fallbackLang, [authorizeErrorText.formExpired[fallbackLang]]));
    }
    const lang = isLang(request.lang) ? request.lang : fallbackLang;
    if (identity.oidc || !identity.demo)
      return html(400, renderErrorPage(lang, [authorizeErrorText.formExpired[lang]]));
    const origin = request.origin ?? '';
    const state = request.state ?? '';
    if (form.action === 'cancel') {
      return html(200, renderCallbackPage(lang, { origin, state, error: 'access_denied' }));
    }
    const subject = typeof form.subject === 'string' ? form.subject : '';
    const principal = await principalOfSubject(db, identity.registry, subject);
    if (!principal) return html(400, renderErrorPage(lang, [authorizeErrorText.person[lang]]));
    return signedIn(c, request, principal.sub, lang);
  });

  /** Starts a portal session for `subject` (ending the one it replaces) and hands the code over. */
  async function signedIn(c: Context<AppEnv>, request: Record<string, string>, subject: string, lang: Lang) {
    const { db, identity } = context();
    const cookie = sessionCookie(identity.issuer);
    const previous = getCookie(c, cookie.name);
    if (previous) await revokePortalSession(db, sha256(previous));
    const sessionId = await createPortalSession(db, subject);
    const code = await issueCode(context, request, subject, sha256(sessionId));
    const { origin = '', state = '' } = request;
    return withCookie(html(200, renderCallbackPage(lang, { origin, state, code })), cookie.set(sessionId));
  }

  app.get('/oauth/oidc/callback', async (c) => {
    const { db, identity } = context();
    const fallbackLang = negotiateLang(undefined, header(c, 'accept-language'));
    if (!identity.oidc)
      return html(404, renderErrorPage(fallbackLang, [authorizeErrorText.provider[fallbackLang]]));
    const result = await identity.oidc.finish(db, new URL(c.req.url));
    const lang = result.request && isLang(result.request.lang) ? result.request.lang : fallbackLang;
    if (!result.ok && result.reason === 'cancelled') {
      const { origin = '', state = '' } = result.request;
      return html(200, renderCallbackPage(lang, { origin, state, error: 'access_denied' }));
    }
    if (!result.ok) return html(400, renderErrorPage(lang, [authorizeErrorText.provider[lang]]));
    const person = FIN_PATTERN.test(result.fin) ? await identity.registry.findByFin(result.fin) : undefined;
    if (!person) return html(403, renderErrorPage(lang, [authorizeErrorText.notInRegistry[lang]]));
    return signedIn(c, result.request, `citizen:${person.fin}`, lang);
  });

  app.get(
    '/oauth/callback.js',
    () =>
      new Response(CALLBACK_SCRIPT, {
        headers: {
          'Content-Type': 'text/javascript; charset=utf-8',
          'Cache-Control': 'public, max-age=300',
          'X-Content-Type-Options': 'nosniff',
        },
      }),
  );
  app.get(
    '/oauth/pages.css',
    () =>
      new Response(PAGES_CSS, {
        headers: {
          'Content-Type': 'text/css; charset=utf-8',
          'Cache-Control': 'public, max-age=300',
          'X-Content-Type-Options': 'nosniff',
        },
      }),
  );

  /** The token and revocation endpoints' form body, its client, and the RFC 6749 error answers. */
  async function clientRequest(c: Context<AppEnv>) {
    const { db, identity } = context();
    const fail = (name: ProblemName, error: string) =>
      problem(c, { name, status: 400, extensions: { error }, headers: { Pragma: 'no-cache' } });
    const type = header(c, 'content-type') ?? '';
    if (!type.toLowerCase().startsWith('application/x-www-form-urlencoded'))
      return { failure: fail('invalid-request', 'invalid_request') } as const;
    const body = new URLSearchParams(await c.req.text());
    const one = (name: string) => (body.getAll(name).length === 1 ? body.get(name)! : undefined);
    const clientId = one('client_id');
    const origin = one('origin');
    /** The client and origin, once checked: a browser says where it calls from, and it must match. */
    const client = async () => {
      if (!clientId || !origin) return fail('invalid-request', 'invalid_request');
      const callerOrigin = header(c, 'origin');
      if (callerOrigin !== undefined && callerOrigin !== origin)
        return fail('invalid-client', 'invalid_client');
      const verdict = /^[a-z][a-z0-9-]{1,62}$/.test(clientId)
        ? await checkClientOrigin(db, clientId, origin, identity.demo)
        : 'unknown-client';
      return verdict === 'ok' ? undefined : fail('invalid-client', 'invalid_client');
    };
    return { one, fail, client, clientId: clientId ?? '', origin: origin ?? '' } as const;
  }

  const TOKEN_HEADERS = {
    'Content-Type': 'application/json',
    'Cache-Control': 'no-store',
    Pragma: 'no-cache',
    Vary: 'Origin',
  };

  app.post('/oauth/token', async (c) => {
    const { db, identity } = context();
    const request = await clientRequest(c);
    if ('failure' in request) return request.failure;
    const { one, fail, clientId, origin } = request;
    const grantType = one('grant_type');
    if (grantType === undefined) return fail('invalid-request', 'invalid_request');
    if (grantType !== 'authorization_code' && grantType !== 'refresh_token')
      return fail('unsupported-grant-type', 'unsupported_grant_type');

    let subject: string;
    let refreshToken: string;
    if (grantType === 'authorization_code') {
      const code = one('code');
      const verifier = one('code_verifier');
      if (!code || !verifier || !VERIFIER.test(verifier)) return fail('invalid-request', 'invalid_request');
      const refused = await request.client();
      if (refused) return refused;
      const redeemed = await redeemAuthorizationCode(db, sha256(code));
      if (
        !redeemed ||
        redeemed.expired ||
        redeemed.clientId !== clientId ||
        redeemed.origin !== origin ||
        redeemed.codeChallenge !== sha256(verifier)
      ) {
        return fail('invalid-grant', 'invalid_grant');
      }
      subject = redeemed.subject;
      refreshToken = await startRefreshFamily(db, {
        clientId,
        origin,
        subject,
        portalSessionHash: redeemed.portalSessionHash,
      });
    } else {
      const presented = one('refresh_token');
      if (!presented) return fail('invalid-request', 'invalid_request');
      const refused = await request.client();
      if (refused) return refused;
      const rotation = await rotateRefreshToken(db, presented, { clientId, origin });
      if (!rotation.ok) {
        if (rotation.reason === 'reused')
          log().warn(
            `icra: a rotated refresh token was used again; its family is revoked (client ${clientId})`,
          );
        return fail('invalid-grant', 'invalid_grant');
      }
      subject = rotation.subject;
      refreshToken = rotation.token;
    }
    const principal = await principalOfSubject(db, identity.registry, subject);
    if (!principal) return fail('invalid-grant', 'invalid_grant');
    const { token, expiresIn } = await identity.tokens.issueAccessToken(principal);
    return new Response(
      JSON.stringify({
        access_token: token,
        token_type: 'Bearer',
        expires_in: expiresIn,
        refresh_token: refreshToken,
      }),
      { status: 200, headers: apiHeaders(c, TOKEN_HEADERS) },
    );
  });

  // RFC 7009. Only refresh tokens can be revoked (access tokens are short and stateless); any other
  // or unknown token is answered 200 with nothing done, as §2.2 asks.
  app.post('/oauth/revoke', async (c) => {
    const { db } = context();
    const request = await clientRequest(c);
    if ('failure' in request) return request.failure;
    const token = request.one('token');
    if (!token) return request.fail('invalid-request', 'invalid_request');
    const refused = await request.client();
    if (refused) return refused;
    const hint = request.one('token_type_hint');
    if (hint === undefined || hint === 'refresh_token') {
      const outcome = await revokeRefreshToken(db, token, {
        clientId: request.clientId,
        origin: request.origin,
      });
      if (outcome === 'binding') return request.fail('invalid-client', 'invalid_client');
    }
    return new Response(null, {
      status: 200,
      headers: apiHeaders(c, { 'Cache-Control': 'no-store', Vary: 'Origin' }),
    });
  });

  const PUBLIC_JSON = {
    'Content-Type': 'application/json',
    'Access-Control-Allow-Origin': '*',
    'Cache-Control': 'public, max-age=60',
    'X-Content-Type-Options': 'nosniff',
  };
  app.get('/.well-known/jwks.json', async () => {
    const jwks = await context().identity.keys.jwks();
    return new Response(JSON.stringify(jwks), { headers: PUBLIC_JSON });
  });
  app.get('/.well-known/oauth-authorization-server', () => {
    const issuer = context().identity.issuer;
    return new Response(
      JSON.stringify({
        issuer,
        authorization_endpoint: `${issuer}/oauth/authorize`,
        token_endpoint: `${issuer}/oauth/token`,
        revocation_endpoint: `${issuer}/oauth/revoke`,
        jwks_uri: `${issuer}/.well-known/jwks.json`,
        response_types_supported: ['code'],
        grant_types_supported: ['authorization_code', 'refresh_token'],
        code_challenge_methods_supported: ['S256'],
        token_endpoint_auth_methods_supported: ['none'],
        revocation_endpoint_auth_methods_supported: ['none'],
        prompt_values_supported: ['login'],
        ui_locales_supported: LANGS,
      }),
      { headers: PUBLIC_JSON },
    );
  });
}

/** The demo provider's page for a validated authorize request. */
async function demoPage(
  db: Db,
  identity: IdentityContext,
  c: Context<AppEnv>,
  request: AuthorizeRequest,
  /** Who is signed in on the portal, when the person asked to sign in as someone else. */
  current: string | undefined,
) {
  const formToken = await identity.tokens.issueFormToken(request);
  const people = identity.registry.list?.() ?? [];
  const members = await listStaff(db);
  const { items: authorityList } = await listAuthorities(db, { lang: request.lang, limit: 100 });
  const authorities = new Map(authorityList.map((a) => [a.slug, a]));
  const search = new URL(c.req.url).search;
  const langLinks = Object.fromEntries(
    LANGS.map((l) => {
      const params = new URLSearchParams(search);
      params.set('lang', l);
      return [l, `/oauth/authorize?${params}`];
    }),
  ) as Record<Lang, string>;
  return renderDemoPage({
    lang: request.lang,
    origin: request.origin,
    authority: authorities.get(request.client_id)?.name ?? request.client_id,
    formToken,
    langLinks,
    current,
    citizens: people.map((p) => ({
      subject: `citizen:${p.fin}`,
      name: `${p.firstName} ${p.lastName} ${p.patronymic}`,
      fin: p.fin,
      birthDate: p.birthDate,
      place: p.address[request.lang],
    })),
    officials: members.map((m) => ({
      subject: `staff:${m.id}`,
      name: m.displayName,
      authority:
        m.authoritySlug === null ? null : (authorities.get(m.authoritySlug)?.shortName ?? m.authoritySlug),
      roles: m.roles,
    })),
  });
}

/** Makes a single-use code for a validated authorize request; only its hash is stored. */
async function issueCode(
  context: FeatureContextProvider,
  request: Record<string, string>,
  subject: string,
  portalSessionHash: string | null,
): Promise<string> {
  const code = randomBytes(32).toString('base64url');
  await storeAuthorizationCode(context().db, {
    codeHash: sha256(code),
    clientId: request.client_id ?? '',
    origin: request.origin ?? '',
    codeChallenge: request.code_challenge ?? '',
    subject,
    portalSessionHash,
    ttlS: AUTHORIZATION_CODE_TTL_S,
  });
  return code;
}
