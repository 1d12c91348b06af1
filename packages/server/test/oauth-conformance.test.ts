/**
 * The authorization server as a standard client sees it: oauth4webapi (an OAuth 2.0 / OpenID
 * Connect client that refuses what the RFCs forbid) and jose drive discovery (RFC 8414, OpenID
 * Discovery, RFC 9728), the popup's authorization response (its pages, read as its callback script
 * posts them: RFC 6749 §4.1.2, RFC 9207 `iss`), the code exchange with PKCE (RFC 7636), the access
 * token (RFC 9068) and the ID token, replay, refresh (RFC 6749 §6), revocation (RFC 7009), every
 * error the client can be answered with (§4.1.2.1, §5.2), and the API's challenges (RFC 6750 §3.1).
 * Nothing is relaxed but the transport: requests reach the app in process instead of the network.
 */
import { createLocalJWKSet, decodeJwt, type JSONWebKeySet, type JWTVerifyOptions, jwtVerify } from 'jose';
import * as oauth from 'oauth4webapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type IcraApp } from '../src/app.js';
import { seedPopulation } from '../src/seed/population.js';
import { seedStaff } from '../src/seed/staff.js';
import { openTestDatabase, type TestDatabase, variants } from './support/databases.js';
import { attribute, DEMO_ORIGIN, formBody } from './support/oauth.js';

const ISSUER = 'https://portal.test';
const API = `${ISSUER}/v1`;
const quiet = { warn: () => {}, error: () => {} };
const CITIZEN = `citizen:${seedPopulation[0]!.fin}`;
const EDITOR = seedStaff.find((s) => s.authority === 'guba' && s.roles.includes('editor'))!;
const client: oauth.Client = {
  client_id: 'guba',
  token_endpoint_auth_method: 'none',
  id_token_signed_response_alg: 'ES256',
};
/** RFC 9068 §2.2: the claims every JWT access token has. */
const ACCESS_TOKEN_CLAIMS = ['iss', 'exp', 'aud', 'sub', 'client_id', 'iat', 'jti'];

describe.each(variants)('OAuth conformance on $label', ({ kind, skip }) => {
  let db: TestDatabase;
  let app: IcraApp;
  let as: oauth.AuthorizationServer;
  /** The transport: every request of the client reaches the app in process. */
  const transport = {
    [oauth.customFetch]: (url: string, init: RequestInit) => Promise.resolve(app.request(url, init)),
  };
  /** As the client runs in the page: the browser sends the page's Origin with every request. */
  const options = { ...transport, headers: { Origin: DEMO_ORIGIN } };

  beforeAll(async () => {
    if (skip) return;
    db = await openTestDatabase(kind);
    app = createApp({ database: db.database, publicUrl: ISSUER, log: quiet });
    as = await oauth.processDiscoveryResponse(
      new URL(ISSUER),
      await oauth.discoveryRequest(new URL(ISSUER), { algorithm: 'oauth2', ...transport }),
    );
  });
  afterAll(async () => {
    await db?.dispose();
  });

  /** An authorize request as a client builds it from the metadata; `edit` changes its parameters. */
  async function authorizeRequest(
    scope: string,
    edit: (params: URLSearchParams) => void = () => {},
  ): Promise<{ url: URL; verifier: string; state: string; nonce: string }> {
    const verifier = oauth.generateRandomCodeVerifier();
    const state = oauth.generateRandomState();
    const nonce = oauth.generateRandomNonce();
    const url = new URL(as.authorization_endpoint!);
    url.search = new URLSearchParams({
      response_type: 'code',
      response_mode: 'web_message',
      client_id: client.client_id,
      redirect_uri: DEMO_ORIGIN,
      scope,
      state,
      nonce,
      code_challenge: await oauth.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      lang: 'en',
    }).toString();
    edit(url.searchParams);
    return { url, verifier, state, nonce };
  }

  /** What the callback page's script posts to the origin, as the parameters of the response. */
  function posted(page: string): { origin: string | undefined; params: URLSearchParams } {
    const params = new URLSearchParams();
    for (const [name, data] of [
      ['code', 'data-code'],
      ['error', 'data-error'],
      ['error_description', 'data-error-description'],
      ['state', 'data-state'],
      ['iss', 'data-iss'],
    ] as const) {
      const value = attribute(page, data);
      if (value !== undefined) params.set(name, value);
    }
    return { origin: attribute(page, 'data-origin'), params };
  }

  /**
   * The popup: the authorize page, then the demo provider's form answered as `subject` (or
   * cancelled), then the callback page; returns what it posts to the registered origin.
   */
  async function popup(url: URL, subject: string | 'cancel'): Promise<URLSearchParams> {
    const authorize = await app.request(url);
    expect(authorize.status).toBe(200);
    const html = await authorize.text();
    const formToken = attribute(html, 'name="form_token" value');
    const callback =
      formToken === undefined
        ? html
        : await (
            await app.request(
              '/oauth/demo/sign-in',
              formBody(
                subject === 'cancel'
                  ? { form_token: formToken, action: 'cancel' }
                  : { form_token: formToken, subject },
              ),
            )
          ).text();
    const { origin, params } = posted(callback);
    expect(origin, 'posted to the registered origin only').toBe(DEMO_ORIGIN);
    return params;
  }

  async function signIn(subject: string, scope: string) {
    const request = await authorizeRequest(scope);
    const params = oauth.validateAuthResponse(as, client, await popup(request.url, subject), request.state);
    const response = await oauth.authorizationCodeGrantRequest(
      as,
      client,
      oauth.None(),
      params,
      DEMO_ORIGIN,
      request.verifier,
      transport,
    );
    const tokens = await oauth.processAuthorizationCodeResponse(as, client, response, {
      expectedNonce: request.nonce,
      requireIdToken: true,
    });
    return { tokens, params, request };
  }

  async function jwks(): Promise<JSONWebKeySet> {
    return (await (await app.request(as.jwks_uri!)).json()) as JSONWebKeySet;
  }

  /** oauth4webapi's ResponseBodyError of a token, revocation or resource answer: its `error`. */
  async function oauthError(promise: Promise<unknown>): Promise<string> {
    const error = await promise.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(oauth.ResponseBodyError);
    const body = error as oauth.ResponseBodyError;
    expect(body.response.headers.get('content-type')).toBe('application/json');
    expect(body.error_description).toMatch(/^[\x20-\x21\x23-\x5b\x5d-\x7e]+$/);
    return body.error;
  }

  describe.skipIf(skip)('discovery', () => {
    it('publishes RFC 8414 and OpenID metadata whose issuer is where it is fetched', async () => {
      expect(as).toMatchObject({
        issuer: ISSUER,
        response_types_supported: ['code'],
        response_modes_supported: ['web_message'],
        authorization_response_iss_parameter_supported: true,
        code_challenge_methods_supported: ['S256'],
        token_endpoint_auth_methods_supported: ['none'],
        id_token_signing_alg_values_supported: ['ES256'],
      });
      expect(as.scopes_supported).toEqual([
        'openid',
        'news:edit',
        'participation:moderate',
        'services:process',
        'reception:schedule',
        'evaluation:record',
      ]);
      const oidc = await oauth.processDiscoveryResponse(
        new URL(ISSUER),
        await oauth.discoveryRequest(new URL(ISSUER), { algorithm: 'oidc', ...transport }),
      );
      expect(oidc).toEqual(as);
    });

    it('publishes the API as a protected resource (RFC 9728), the audience of its tokens', async () => {
      const resource = await oauth.processResourceDiscoveryResponse(
        new URL(API),
        await oauth.resourceDiscoveryRequest(new URL(API), transport),
      );
      expect(resource).toMatchObject({
        resource: API,
        authorization_servers: [ISSUER],
        bearer_methods_supported: ['header'],
        scopes_supported: as.scopes_supported,
      });
    });
  });

  describe.skipIf(skip)('a sign-in', () => {
    it('gives a code with iss to the origin, and tokens a standard client and jose accept', async () => {
      const { tokens, params } = await signIn(
        `staff:${EDITOR.id}`,
        'openid news:edit participation:moderate',
      );
      expect(params.get('iss')).toBe(ISSUER);
      // Of what was asked, what an editor may have; the response says so.
      expect(tokens.scope).toBe('openid news:edit');
      expect(tokens.token_type).toBe('bearer');

      const request = new Request(`${API}/editorial/news`, {
        headers: { Authorization: `Bearer ${tokens.access_token}` },
      });
      const claims = await oauth.validateJwtAccessToken(as, request, API, transport);
      expect(claims).toMatchObject({ iss: ISSUER, aud: API, client_id: 'guba', sub: `staff:${EDITOR.id}` });
      expect(claims.scope).toBe('openid news:edit');

      const keys = createLocalJWKSet(await jwks());
      const verify: JWTVerifyOptions = {
        issuer: ISSUER,
        audience: API,
        typ: 'at+jwt',
        algorithms: ['ES256'],
        requiredClaims: ACCESS_TOKEN_CLAIMS,
      };
      const { payload } = await jwtVerify(tokens.access_token, keys, verify);
      expect(payload.client_id).toBe('guba');

      // The ID token oauth4webapi checked (signature, iss, aud = client, nonce), once more with jose.
      const id = await jwtVerify(tokens.id_token!, keys, {
        issuer: ISSUER,
        audience: 'guba',
        requiredClaims: ['sub', 'iat', 'exp', 'nonce'],
      });
      expect(id.payload.sub).toBe(`staff:${EDITOR.id}`);

      // The API takes it for the scope it grants.
      const news = await oauth.protectedResourceRequest(
        tokens.access_token,
        'GET',
        new URL(`${API}/editorial/news`),
        undefined,
        undefined,
        transport,
      );
      expect(news.status).toBe(200);
    });

    it('refuses a replayed code with invalid_grant', async () => {
      const request = await authorizeRequest('openid');
      const params = oauth.validateAuthResponse(as, client, await popup(request.url, CITIZEN), request.state);
      const exchange = () =>
        oauth.authorizationCodeGrantRequest(
          as,
          client,
          oauth.None(),
          params,
          DEMO_ORIGIN,
          request.verifier,
          transport,
        );
      await oauth.processAuthorizationCodeResponse(as, client, await exchange(), {
        expectedNonce: request.nonce,
      });
      expect(await oauthError(oauth.processAuthorizationCodeResponse(as, client, await exchange()))).toBe(
        'invalid_grant',
      );
    });

    it('renews with the refresh token, refuses the rotated one, and revokes', async () => {
      const { tokens } = await signIn(CITIZEN, 'openid');
      const refresh = (token: string, extra: Record<string, string> = {}) =>
        oauth.refreshTokenGrantRequest(as, client, oauth.None(), token, {
          ...options,
          additionalParameters: extra,
        });
      const renewed = await oauth.processRefreshTokenResponse(
        as,
        client,
        await refresh(tokens.refresh_token!),
      );
      expect(renewed.scope).toBe('openid');
      await oauth.validateJwtAccessToken(
        as,
        new Request(`${API}/me`, { headers: { Authorization: `Bearer ${renewed.access_token}` } }),
        API,
        transport,
      );
      // More than the sign-in granted is refused, and the token stays good.
      expect(
        await oauthError(
          oauth.processRefreshTokenResponse(
            as,
            client,
            await refresh(renewed.refresh_token!, { scope: 'openid news:edit' }),
          ),
        ),
      ).toBe('invalid_scope');
      // The rotated token is spent: presenting it again is invalid_grant (and ends the family).
      expect(
        await oauthError(oauth.processRefreshTokenResponse(as, client, await refresh(tokens.refresh_token!))),
      ).toBe('invalid_grant');

      const again = await signIn(CITIZEN, 'openid');
      await oauth.processRevocationResponse(
        await oauth.revocationRequest(as, client, oauth.None(), again.tokens.refresh_token!, options),
      );
      expect(
        await oauthError(
          oauth.processRefreshTokenResponse(as, client, await refresh(again.tokens.refresh_token!)),
        ),
      ).toBe('invalid_grant');
    });
  });

  describe.skipIf(skip)('errors', () => {
    /** An authorize request whose error the popup delivers to the origin; returns its `error`. */
    async function authorizeError(
      edit: (params: URLSearchParams) => void,
      subject: string | 'cancel' = CITIZEN,
      scope = 'openid',
    ): Promise<string> {
      const request = await authorizeRequest(scope, edit);
      const params = await popup(request.url, subject);
      expect(params.get('code')).toBeNull();
      let caught: unknown;
      try {
        oauth.validateAuthResponse(as, client, params, request.state);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(oauth.AuthorizationResponseError);
      return (caught as oauth.AuthorizationResponseError).error;
    }

    it('delivers authorization errors to the registered origin, with state and iss (RFC 6749 §4.1.2.1)', async () => {
      expect(await authorizeError((p) => p.set('response_type', 'token'))).toBe('unsupported_response_type');
      expect(await authorizeError((p) => p.set('code_challenge_method', 'plain'))).toBe('invalid_request');
      expect(
        await authorizeError((p) => {
          p.delete('code_challenge');
          p.delete('code_challenge_method');
        }),
      ).toBe('invalid_request');
      expect(await authorizeError(() => {}, CITIZEN, 'openid news:publish')).toBe('invalid_scope');
      expect(await authorizeError(() => {}, 'cancel')).toBe('access_denied');
    });

    it('answers with a page, posting nothing, when the client or where its answer goes is not known', async () => {
      const cases: Array<(p: URLSearchParams) => void> = [
        (p) => p.set('client_id', 'atlantis'),
        (p) => p.set('redirect_uri', 'https://evil.example'),
        (p) => p.set('redirect_uri', `${DEMO_ORIGIN}/callback`),
        (p) => p.set('response_mode', 'fragment'),
      ];
      for (const edit of cases) {
        const { url } = await authorizeRequest('openid', edit);
        const res = await app.request(url);
        expect(res.status, url.search).toBe(400);
        const page = await res.text();
        expect(attribute(page, 'data-origin')).toBeUndefined();
        expect(page).not.toContain('callback.js');
      }
    });

    it('refuses a response from another issuer (RFC 9207): the check the widgets make too', async () => {
      const request = await authorizeRequest('openid');
      const params = await popup(request.url, CITIZEN);
      params.set('iss', 'https://elsewhere.example');
      expect(() => oauth.validateAuthResponse(as, client, params, request.state)).toThrow(
        oauth.OperationProcessingError,
      );
    });

    it('answers token and revocation errors as RFC 6749 §5.2 JSON', async () => {
      /** A fresh code, and its exchange with what `overrides` changes. */
      async function code() {
        const request = await authorizeRequest('openid');
        const params = oauth.validateAuthResponse(
          as,
          client,
          await popup(request.url, CITIZEN),
          request.state,
        );
        return (
          overrides: {
            client?: oauth.Client;
            redirectUri?: string;
            verifier?: string | typeof oauth.nopkce;
          } = {},
        ) =>
          oauth
            .authorizationCodeGrantRequest(
              as,
              overrides.client ?? client,
              oauth.None(),
              params,
              overrides.redirectUri ?? DEMO_ORIGIN,
              overrides.verifier ?? request.verifier,
              // With the page's origin given apart, a redirect_uri not the one asked with is the grant's fault.
              overrides.redirectUri === undefined ? transport : options,
            )
            .then((response) =>
              oauth.processAuthorizationCodeResponse(as, overrides.client ?? client, response),
            );
      }
      const exchange = await code();
      // Refused before the code is looked at: it stays good.
      expect(await oauthError(exchange({ client: { ...client, client_id: 'atlantis' } }))).toBe(
        'invalid_client',
      );
      expect(await oauthError(exchange({ verifier: oauth.nopkce }))).toBe('invalid_request');
      // A wrong verifier spends the code: then the right one is refused too.
      expect(await oauthError(exchange({ verifier: oauth.generateRandomCodeVerifier() }))).toBe(
        'invalid_grant',
      );
      expect(await oauthError(exchange())).toBe('invalid_grant');
      // RFC 6749 §4.1.3: the redirect_uri of the authorize request, exactly.
      expect(await oauthError((await code())({ redirectUri: `${DEMO_ORIGIN}/elsewhere` }))).toBe(
        'invalid_grant',
      );
      expect(
        await oauthError(
          oauth
            .genericTokenEndpointRequest(
              as,
              client,
              oauth.None(),
              'client_credentials',
              { origin: DEMO_ORIGIN },
              transport,
            )
            .then((response) => oauth.processGenericTokenEndpointResponse(as, client, response)),
        ),
      ).toBe('unsupported_grant_type');
      expect(
        await oauthError(
          oauth
            .revocationRequest(as, { ...client, client_id: 'atlantis' }, oauth.None(), 'any-token', options)
            .then((response) => oauth.processRevocationResponse(response)),
        ),
      ).toBe('invalid_client');
    });

    it('answers a token without the scope 403 insufficient_scope, naming the scope and the metadata (RFC 6750 §3.1)', async () => {
      const { tokens } = await signIn(`staff:${EDITOR.id}`, 'openid');
      expect(decodeJwt(tokens.access_token).scope).toBe('openid');
      const challenge = async (token: string) => {
        const error = await oauth
          .protectedResourceRequest(
            token,
            'GET',
            new URL(`${API}/editorial/news`),
            undefined,
            undefined,
            transport,
          )
          .then(
            () => undefined,
            (e: unknown) => e,
          );
        expect(error).toBeInstanceOf(oauth.WWWAuthenticateChallengeError);
        const [first] = (error as oauth.WWWAuthenticateChallengeError).cause;
        return { status: (error as oauth.WWWAuthenticateChallengeError).response.status, ...first! };
      };
      expect(await challenge(tokens.access_token)).toMatchObject({
        status: 403,
        scheme: 'bearer',
        parameters: {
          error: 'insufficient_scope',
          scope: 'news:edit',
          resource_metadata: `${ISSUER}/.well-known/oauth-protected-resource/v1`,
        },
      });
      expect(await challenge('not-a-token')).toMatchObject({
        status: 401,
        parameters: {
          error: 'invalid_token',
          resource_metadata: `${ISSUER}/.well-known/oauth-protected-resource/v1`,
        },
      });
    });
  });
});
