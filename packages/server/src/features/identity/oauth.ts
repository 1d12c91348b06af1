/**
 * OAuth 2.0 authorization code + PKCE (S256) for widgets on other origins, without third-party
 * cookies. The "client" is an authority (client_id = its slug); the embedding page's origin must be
 * registered for it (or, in demo mode, be http://localhost:<port> / http://127.0.0.1:<port>).
 *
 *   GET  /oauth/authorize        validates everything first (an error is an HTML page, never a
 *                                redirect or a message to an unvalidated origin), then sends the
 *                                person to the external OIDC issuer when one is configured, else (in
 *                                demo mode only) shows the demo provider's page
 *   POST /oauth/demo/sign-in     the demo page's form (signed, short-lived form token)
 *   GET  /oauth/oidc/callback    the external issuer's answer
 *                                → a callback page whose /oauth/callback.js posts
 *                                  { type: 'icra:authorization', code, state } to window.opener,
 *                                  target origin = the validated origin, and closes
 *   POST /oauth/token            code + code_verifier → { access_token, token_type, expires_in }
 *   GET  /.well-known/jwks.json, /.well-known/oauth-authorization-server
 *
 * The popup keeps no portal session: every sign-in asks again.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Db } from '../../db/database.js';
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
} from './pages.js';
import {
  checkClientOrigin,
  listStaff,
  principalOfSubject,
  redeemAuthorizationCode,
  storeAuthorizationCode,
} from './queries.js';
import { FIN_PATTERN } from './registry.js';

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

function sha256(value: string): string {
  return createHash('sha256').update(value).digest('base64url');
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
    return html(200, await demoPage(db, identity, c, request));
  });

  app.post('/oauth/demo/sign-in', async (c) => {
    const { db, identity } = context();
    const form = await c.req.parseBody();
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
    const code = await issueCode(context, request, principal.sub);
    return html(200, renderCallbackPage(lang, { origin, state, code }));
  });

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
    const code = await issueCode(context, result.request, `citizen:${person.fin}`);
    const { origin = '', state = '' } = result.request;
    return html(200, renderCallbackPage(lang, { origin, state, code }));
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

  app.post('/oauth/token', async (c) => {
    const { db, identity } = context();
    const fail = (name: ProblemName, error: string) =>
      problem(c, { name, status: 400, extensions: { error }, headers: { Pragma: 'no-cache' } });
    const type = header(c, 'content-type') ?? '';
    if (!type.toLowerCase().startsWith('application/x-www-form-urlencoded'))
      return fail('invalid-request', 'invalid_request');
    const body = new URLSearchParams(await c.req.text());
    const one = (name: string) => (body.getAll(name).length === 1 ? body.get(name)! : undefined);
    const grantType = one('grant_type');
    if (grantType === undefined) return fail('invalid-request', 'invalid_request');
    if (grantType !== 'authorization_code') return fail('unsupported-grant-type', 'unsupported_grant_type');
    const code = one('code');
    const verifier = one('code_verifier');
    const clientId = one('client_id');
    const origin = one('origin');
    if (!code || !verifier || !clientId || !origin || !VERIFIER.test(verifier))
      return fail('invalid-request', 'invalid_request');
    // A browser says where it calls from; it must be the origin the code was issued for.
    const callerOrigin = header(c, 'origin');
    if (callerOrigin !== undefined && callerOrigin !== origin)
      return fail('invalid-client', 'invalid_client');
    const verdict = /^[a-z][a-z0-9-]{1,62}$/.test(clientId)
      ? await checkClientOrigin(db, clientId, origin, identity.demo)
      : 'unknown-client';
    if (verdict !== 'ok') return fail('invalid-client', 'invalid_client');

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
    const principal = await principalOfSubject(db, identity.registry, redeemed.subject);
    if (!principal) return fail('invalid-grant', 'invalid_grant');
    const { token, expiresIn } = await identity.tokens.issueAccessToken(principal);
    return new Response(
      JSON.stringify({ access_token: token, token_type: 'Bearer', expires_in: expiresIn }),
      {
        status: 200,
        headers: apiHeaders(c, {
          'Content-Type': 'application/json',
          'Cache-Control': 'no-store',
          Pragma: 'no-cache',
          Vary: 'Origin',
        }),
      },
    );
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
        jwks_uri: `${issuer}/.well-known/jwks.json`,
        response_types_supported: ['code'],
        grant_types_supported: ['authorization_code'],
        code_challenge_methods_supported: ['S256'],
        token_endpoint_auth_methods_supported: ['none'],
        ui_locales_supported: LANGS,
      }),
      { headers: PUBLIC_JSON },
    );
  });
}

/** The demo provider's page for a validated authorize request. */
async function demoPage(db: Db, identity: IdentityContext, c: Context<AppEnv>, request: AuthorizeRequest) {
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
): Promise<string> {
  const code = randomBytes(32).toString('base64url');
  await storeAuthorizationCode(context().db, {
    codeHash: sha256(code),
    clientId: request.client_id ?? '',
    origin: request.origin ?? '',
    codeChallenge: request.code_challenge ?? '',
    subject,
    ttlS: AUTHORIZATION_CODE_TTL_S,
  });
  return code;
}
