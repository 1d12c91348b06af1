/**
 * OAuth 2.0 authorization code + PKCE (S256) for widgets on other origins, without third-party
 * cookies. The "client" is an authority (client_id = its slug); the embedding page's origin must be
 * registered for it (or, in demo mode, be http://localhost:<port> / http://127.0.0.1:<port>).
 *
 *   GET  /oauth/authorize        validates the client, its registered origin (`origin`, or
 *                                `redirect_uri`, which must be exactly that origin) and `state` first:
 *                                until they are valid an error is an HTML page, never a message to an
 *                                unvalidated origin. Any other error (response_type, PKCE, scope,
 *                                response_mode) is an RFC 6749 §4.1.2.1 error delivered to the client
 *                                like a code (response mode `web_message`). With a live portal
 *                                session (its cookie) it issues the code at once, unless
 *                                `prompt=login`; else it sends the person to the external OIDC
 *                                issuer when one is configured, else (in demo mode only) shows the
 *                                demo provider's page
 *   POST /oauth/demo/sign-in     the demo page's form (signed, short-lived form token)
 *   GET  /oauth/oidc/callback    the external issuer's answer
 *                                → both start a portal session (HttpOnly cookie on this origin) and
 *                                  answer with the callback page, whose /oauth/callback.js posts
 *                                  { type: 'icra:authorization', code, state, iss } (or error,
 *                                  error_description, state, iss) to window.opener,
 *                                  target origin = the validated origin, and stays open until the
 *                                  opener acknowledges (the opener closes it)
 *   POST /oauth/sign-out         the popup's "sign out of the portal" form: ends the portal session
 *   POST /oauth/token            authorization_code + code_verifier, or refresh_token (RFC 6749 §6,
 *                                rotated on every use) → { access_token, token_type, expires_in,
 *                                refresh_token, scope, id_token (with `openid`) }; errors are RFC 6749
 *                                §5.2 `application/json` { error, error_description }
 *   POST /oauth/revoke           RFC 7009: a refresh token's family and its portal session end
 *   GET  /.well-known/jwks.json, /.well-known/oauth-authorization-server (RFC 8414) and
 *        /.well-known/openid-configuration (the same document),
 *        /.well-known/oauth-protected-resource/v1 (RFC 9728: the API, the audience of access tokens)
 *
 * Scopes (http/scopes.ts): `openid` and the staff APIs' own; a requested scope is granted only when
 * the person's roles allow it, and the token response says what was granted.
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
import { header } from '../../http/request.js';
import { apiHeaders } from '../../http/respond.js';
import { grantableScopes, OPENID_SCOPE, parseScope, SCOPE_DESCRIPTIONS, SCOPES } from '../../http/scopes.js';
import { listAuthorities } from '../authorities/index.js';
import type { FeatureContextProvider, IdentityContext } from '../context.js';
import { SIGNING_ALG } from './keys.js';
import {
  type AuthorizationResponse,
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
import { apiResource, resourceMetadataUrl } from './tokens.js';

/** Lifetime of an authorization code, seconds. */
export const AUTHORIZATION_CODE_TTL_S = 60;
const CHALLENGE = /^[A-Za-z0-9_-]{43}$/;
const VERIFIER = /^[A-Za-z0-9._~-]{43,128}$/;
const STATE = /^[\x21-\x7e]{1,512}$/;
const NONCE = /^[\x20-\x7e]{1,255}$/;
/** How the popup delivers the authorization response: posted to the registered origin. */
export const RESPONSE_MODE = 'web_message';

/** A validated authorize request, as carried by form tokens and OIDC sign-ins. */
interface AuthorizeRequest extends Record<string, string> {
  client_id: string;
  origin: string;
  code_challenge: string;
  state: string;
  lang: Lang;
  /** The scopes asked for, space-separated (those known to the server). */
  scope: string;
}

/**
 * The RFC 6749 error codes this server answers with, and their `error_description` (§5.2: ASCII,
 * for the developer, so in English).
 */
const OAUTH_ERRORS = {
  invalid_request: 'A required parameter is missing, repeated or not valid.',
  invalid_client: 'The client_id names no authority, or the origin is not registered for it.',
  invalid_grant:
    'The code or refresh token is wrong, expired, already used or revoked, or the code_verifier or redirect_uri does not match.',
  unsupported_grant_type: 'Only grant_type=authorization_code and refresh_token are supported.',
  invalid_scope: `The scope asks for what this server does not know or did not grant; known scopes: ${SCOPES.join(' ')}.`,
  unsupported_response_type: 'Only response_type=code is supported.',
  pkce: 'A code_challenge (43 base64url characters) with code_challenge_method=S256 is required.',
  nonce: 'nonce must be 1-255 printable ASCII characters.',
} as const;

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
    // Until the client, its origin and the state are known good, an error is a page here (§4.1.2.1):
    // nothing is posted to an origin not registered for the client.
    const reasons: string[] = [];
    const clientId = q('client_id') ?? '';
    const redirectUri = q('redirect_uri');
    const origin = q('origin') ?? redirectUri ?? '';
    const verdict = /^[a-z][a-z0-9-]{1,62}$/.test(clientId)
      ? await checkClientOrigin(db, clientId, origin, identity.demo)
      : 'unknown-client';
    if (verdict === 'unknown-client') reasons.push(authorizeErrorText.client[lang]);
    if (verdict === 'origin') reasons.push(authorizeErrorText.origin[lang]);
    if (redirectUri !== undefined && redirectUri !== origin)
      reasons.push(authorizeErrorText.redirectUri[lang]);
    const responseMode = q('response_mode');
    if (responseMode !== undefined && responseMode !== RESPONSE_MODE)
      reasons.push(authorizeErrorText.responseMode[lang]);
    const state = q('state') ?? '';
    if (!STATE.test(state)) reasons.push(authorizeErrorText.state[lang]);
    if (reasons.length > 0) return html(400, renderErrorPage(lang, reasons));

    // From here on, the client hears of an error as it would of a code.
    const iss = identity.issuer;
    const refuse = (error: keyof typeof OAUTH_ERRORS, description: string = OAUTH_ERRORS[error]) =>
      html(200, renderCallbackPage(lang, { origin, state, iss, error, errorDescription: description }));
    if (q('response_type') !== 'code') return refuse('unsupported_response_type');
    const challenge = q('code_challenge') ?? '';
    if (!CHALLENGE.test(challenge) || q('code_challenge_method') !== 'S256')
      return refuse('invalid_request', OAUTH_ERRORS.pkce);
    const asked = parseScope(q('scope') ?? '');
    if (!asked || asked.some((scope) => !(SCOPES as readonly string[]).includes(scope)))
      return refuse('invalid_scope');
    const nonce = q('nonce');
    if (nonce !== undefined && !NONCE.test(nonce)) return refuse('invalid_request', OAUTH_ERRORS.nonce);

    const request: AuthorizeRequest = {
      client_id: clientId,
      origin,
      code_challenge: challenge,
      state,
      lang,
      scope: asked.join(' '),
      ...(redirectUri === undefined ? {} : { redirect_uri: redirectUri }),
      ...(nonce === undefined ? {} : { nonce }),
    };
    const cookie = sessionCookie(identity.issuer);
    const sessionId = getCookie(c, cookie.name);
    const session = sessionId ? await usePortalSession(db, sessionId) : undefined;
    const again = q('prompt') === 'login';
    if (session && !again && (await principalOfSubject(db, identity.registry, session.subject))) {
      // Signed in on the portal already: no second choice.
      const code = await issueCode(context, request, session.subject, session.idHash);
      return html(200, renderCallbackPage(lang, { origin, state, iss, code }));
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
    if (form.action === 'cancel') return html(200, renderCallbackPage(lang, denied(request)));
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
    return withCookie(
      html(200, renderCallbackPage(lang, { origin, state, iss: identity.issuer, code })),
      cookie.set(sessionId),
    );
  }

  /** The answer to a person who cancelled the sign-in (RFC 6749 §4.1.2.1 `access_denied`). */
  function denied(request: Record<string, string>): AuthorizationResponse {
    const { origin = '', state = '' } = request;
    return { origin, state, iss: context().identity.issuer, error: 'access_denied' };
  }

  app.get('/oauth/oidc/callback', async (c) => {
    const { db, identity } = context();
    const fallbackLang = negotiateLang(undefined, header(c, 'accept-language'));
    if (!identity.oidc)
      return html(404, renderErrorPage(fallbackLang, [authorizeErrorText.provider[fallbackLang]]));
    const result = await identity.oidc.finish(db, new URL(c.req.url));
    const lang = result.request && isLang(result.request.lang) ? result.request.lang : fallbackLang;
    if (!result.ok && result.reason === 'cancelled')
      return html(200, renderCallbackPage(lang, denied(result.request)));
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

  const TOKEN_HEADERS = {
    'Content-Type': 'application/json',
    'Cache-Control': 'no-store',
    Pragma: 'no-cache',
    Vary: 'Origin',
  };

  /** The token and revocation endpoints' form body, its client, and the RFC 6749 §5.2 error answers. */
  async function clientRequest(c: Context<AppEnv>) {
    const { db, identity } = context();
    const fail = (error: keyof typeof OAUTH_ERRORS) =>
      new Response(JSON.stringify({ error, error_description: OAUTH_ERRORS[error] }), {
        status: 400,
        headers: apiHeaders(c, TOKEN_HEADERS),
      });
    const type = header(c, 'content-type') ?? '';
    if (!type.toLowerCase().startsWith('application/x-www-form-urlencoded'))
      return { failure: fail('invalid_request') } as const;
    const body = new URLSearchParams(await c.req.text());
    const one = (name: string) => (body.getAll(name).length === 1 ? body.get(name)! : undefined);
    const clientId = one('client_id');
    // The page's origin: `origin`, else the Origin header a browser sends by itself (so a standard
    // client's refresh and revocation from the page need no parameter of ours), else for a code the
    // `redirect_uri` it was asked with.
    const origin = one('origin') ?? header(c, 'origin') ?? one('redirect_uri');
    /** The client and origin, once checked: a browser says where it calls from, and it must match. */
    const client = async () => {
      if (!clientId || !origin) return fail('invalid_request');
      const callerOrigin = header(c, 'origin');
      if (callerOrigin !== undefined && callerOrigin !== origin) return fail('invalid_client');
      const verdict = /^[a-z][a-z0-9-]{1,62}$/.test(clientId)
        ? await checkClientOrigin(db, clientId, origin, identity.demo)
        : 'unknown-client';
      return verdict === 'ok' ? undefined : fail('invalid_client');
    };
    return { one, fail, client, clientId: clientId ?? '', origin: origin ?? '' } as const;
  }

  app.post('/oauth/token', async (c) => {
    const { db, identity } = context();
    const request = await clientRequest(c);
    if ('failure' in request) return request.failure;
    const { one, fail, clientId, origin } = request;
    const grantType = one('grant_type');
    if (grantType === undefined) return fail('invalid_request');
    if (grantType !== 'authorization_code' && grantType !== 'refresh_token')
      return fail('unsupported_grant_type');

    let subject: string;
    let refreshToken: string;
    let granted: string[];
    let nonce: string | null = null;
    if (grantType === 'authorization_code') {
      const code = one('code');
      const verifier = one('code_verifier');
      if (!code || !verifier || !VERIFIER.test(verifier)) return fail('invalid_request');
      const refused = await request.client();
      if (refused) return refused;
      const redeemed = await redeemAuthorizationCode(db, sha256(code));
      const redirectUri = one('redirect_uri');
      if (
        !redeemed ||
        redeemed.expired ||
        redeemed.clientId !== clientId ||
        redeemed.origin !== origin ||
        redeemed.codeChallenge !== sha256(verifier) ||
        // RFC 6749 §4.1.3: repeated exactly when the authorize request had it.
        (redeemed.redirectUri !== null && redirectUri !== redeemed.redirectUri) ||
        (redirectUri !== undefined && redirectUri !== redeemed.origin)
      ) {
        return fail('invalid_grant');
      }
      subject = redeemed.subject;
      granted = parseScope(redeemed.scope) ?? [];
      nonce = redeemed.nonce;
      refreshToken = await startRefreshFamily(db, {
        clientId,
        origin,
        subject,
        portalSessionHash: redeemed.portalSessionHash,
        scope: redeemed.scope,
      });
    } else {
      const presented = one('refresh_token');
      if (!presented) return fail('invalid_request');
      // A renewal may ask for fewer scopes than the sign-in granted, never more (RFC 6749 §6).
      const narrowed = one('scope');
      const within = narrowed === undefined ? undefined : parseScope(narrowed);
      if (within === undefined && narrowed !== undefined) return fail('invalid_scope');
      const refused = await request.client();
      if (refused) return refused;
      const rotation = await rotateRefreshToken(db, presented, { clientId, origin }, within);
      if (!rotation.ok) {
        if (rotation.reason === 'reused')
          log().warn(
            `icra: a rotated refresh token was used again; its family is revoked (client ${clientId})`,
          );
        return fail(rotation.reason === 'scope' ? 'invalid_scope' : 'invalid_grant');
      }
      subject = rotation.subject;
      refreshToken = rotation.token;
      granted = within ?? parseScope(rotation.scope) ?? [];
    }
    const principal = await principalOfSubject(db, identity.registry, subject);
    if (!principal) return fail('invalid_grant');
    // Roles may have changed since the sign-in: only what they allow now.
    const scopes = grantableScopes(granted, principal);
    const { token, expiresIn } = await identity.tokens.issueAccessToken(principal, { clientId, scopes });
    const idToken =
      grantType === 'authorization_code' && scopes.includes(OPENID_SCOPE)
        ? await identity.tokens.issueIdToken(principal.sub, { clientId, nonce })
        : undefined;
    return new Response(
      JSON.stringify({
        access_token: token,
        token_type: 'Bearer',
        expires_in: expiresIn,
        refresh_token: refreshToken,
        scope: scopes.join(' '),
        ...(idToken === undefined ? {} : { id_token: idToken }),
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
    if (!token) return request.fail('invalid_request');
    const refused = await request.client();
    if (refused) return refused;
    const hint = request.one('token_type_hint');
    if (hint === undefined || hint === 'refresh_token') {
      const outcome = await revokeRefreshToken(db, token, {
        clientId: request.clientId,
        origin: request.origin,
      });
      if (outcome === 'binding') return request.fail('invalid_client');
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
  /** RFC 8414 metadata; also the OpenID Connect discovery document (Discovery 1.0 §3). */
  const metadata = () => {
    const issuer = context().identity.issuer;
    return new Response(
      JSON.stringify({
        issuer,
        authorization_endpoint: `${issuer}/oauth/authorize`,
        token_endpoint: `${issuer}/oauth/token`,
        revocation_endpoint: `${issuer}/oauth/revoke`,
        jwks_uri: `${issuer}/.well-known/jwks.json`,
        scopes_supported: SCOPES,
        response_types_supported: ['code'],
        // The popup posts the response to the registered origin; there is no redirect.
        response_modes_supported: [RESPONSE_MODE],
        authorization_response_iss_parameter_supported: true,
        grant_types_supported: ['authorization_code', 'refresh_token'],
        code_challenge_methods_supported: ['S256'],
        token_endpoint_auth_methods_supported: ['none'],
        revocation_endpoint_auth_methods_supported: ['none'],
        subject_types_supported: ['public'],
        id_token_signing_alg_values_supported: [SIGNING_ALG],
        prompt_values_supported: ['login'],
        ui_locales_supported: LANGS,
        protected_resources: [apiResource(issuer)],
      }),
      { headers: PUBLIC_JSON },
    );
  };
  app.get('/.well-known/oauth-authorization-server', metadata);
  app.get('/.well-known/openid-configuration', metadata);
  // RFC 9728: the API as a protected resource, the audience of every access token.
  app.get(new URL(resourceMetadataUrl('http://x')).pathname, () => {
    const issuer = context().identity.issuer;
    return new Response(
      JSON.stringify({
        resource: apiResource(issuer),
        authorization_servers: [issuer],
        jwks_uri: `${issuer}/.well-known/jwks.json`,
        scopes_supported: SCOPES,
        bearer_methods_supported: ['header'],
        resource_signing_alg_values_supported: [SIGNING_ALG],
        resource_documentation: `${issuer}/docs`,
        // Which staff operations need which scope: the OpenAPI document's `security` says it per operation.
        scopes_descriptions: SCOPE_DESCRIPTIONS,
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

/**
 * Makes a single-use code for a validated authorize request, granting of the scopes asked for
 * those the person's roles allow; only its hash is stored.
 */
async function issueCode(
  context: FeatureContextProvider,
  request: Record<string, string>,
  subject: string,
  portalSessionHash: string | null,
): Promise<string> {
  const { db, identity } = context();
  const principal = await principalOfSubject(db, identity.registry, subject);
  const scopes = principal ? grantableScopes(parseScope(request.scope ?? '') ?? [], principal) : [];
  const code = randomBytes(32).toString('base64url');
  await storeAuthorizationCode(db, {
    codeHash: sha256(code),
    clientId: request.client_id ?? '',
    origin: request.origin ?? '',
    codeChallenge: request.code_challenge ?? '',
    subject,
    portalSessionHash,
    scope: scopes.join(' '),
    redirectUri: request.redirect_uri ?? null,
    nonce: request.nonce ?? null,
    ttlS: AUTHORIZATION_CODE_TTL_S,
  });
  return code;
}
