/**
 * Sign-in through an external OpenID Connect issuer (the national ID provider in production),
 * used instead of the demo provider when ICRA_OIDC_ISSUER is set. The portal is an ordinary
 * confidential client of the issuer: authorization code with its own PKCE, state and nonce
 * (kept in the database between the two legs, so any instance can finish a sign-in another
 * started), the ID token validated (issuer, audience, expiry, nonce, and its signature against the
 * issuer's JWKS), and one claim (ICRA_OIDC_FIN_CLAIM, default "fin") mapped to a citizen of the
 * population registry.
 */

import { createRemoteJWKSet, jwtVerify } from 'jose';
import * as client from 'openid-client';
import type { Db } from '../../db/database.js';
import { storeOidcSignIn, takeOidcSignIn } from './queries.js';

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string | undefined;
  /** The ID token claim that carries the FIN (default "fin"). */
  finClaim: string;
}

/** How long a person may take at the issuer, seconds. */
const SIGN_IN_TTL_S = 600;

export type OidcResult =
  | { ok: true; request: Record<string, string>; fin: string }
  | { ok: false; reason: 'cancelled'; request: Record<string, string> }
  | { ok: false; reason: 'unknown-state' | 'provider' | 'claim'; request?: Record<string, string> };

function isLoopback(url: URL): boolean {
  return url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]';
}

export class OidcProvider {
  #config: Promise<client.Configuration> | undefined;
  #jwks: ReturnType<typeof createRemoteJWKSet> | undefined;

  constructor(
    private readonly settings: OidcSettings,
    /** `<public URL>/oauth/oidc/callback`, registered at the issuer. */
    readonly redirectUri: string,
  ) {}

  /** The issuer's metadata, discovered once (again after a failure). */
  #configuration(): Promise<client.Configuration> {
    if (this.#config === undefined) {
      const issuer = new URL(this.settings.issuer);
      const discovering = client.discovery(
        issuer,
        this.settings.clientId,
        this.settings.clientSecret,
        undefined,
        // Plain http is accepted only from an issuer on this machine (development and tests).
        issuer.protocol === 'http:' && isLoopback(issuer) ? { execute: [client.allowInsecureRequests] } : {},
      );
      this.#config = discovering;
      discovering.catch(() => {
        if (this.#config === discovering) this.#config = undefined;
      });
    }
    return this.#config;
  }

  /** Starts the issuer leg for a validated authorize request; returns where to send the person. */
  async start(db: Db, request: Record<string, string>): Promise<URL> {
    const config = await this.#configuration();
    const codeVerifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    await storeOidcSignIn(db, { state, codeVerifier, nonce, request, ttlS: SIGN_IN_TTL_S });
    return client.buildAuthorizationUrl(config, {
      redirect_uri: this.redirectUri,
      scope: 'openid',
      response_type: 'code',
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
      ui_locales: request.lang ?? 'az',
      // "Sign in as someone else": the issuer must not reuse its own session either.
      ...(request.prompt === 'login' ? { prompt: 'login' } : {}),
    });
  }

  /** Finishes the issuer leg from the callback URL. */
  async finish(db: Db, callbackUrl: URL): Promise<OidcResult> {
    const state = callbackUrl.searchParams.get('state');
    const signIn = state === null ? undefined : await takeOidcSignIn(db, state);
    if (!signIn) return { ok: false, reason: 'unknown-state' };
    const { request } = signIn;
    // The person declined at the issuer: the widget hears it as a cancelled sign-in.
    if (callbackUrl.searchParams.get('error') === 'access_denied')
      return { ok: false, reason: 'cancelled', request };
    try {
      const config = await this.#configuration();
      // The callback URL as the issuer sent the browser to it (the public URL, not the one we listen on).
      const current = new URL(this.redirectUri);
      current.search = callbackUrl.search;
      const tokens = await client.authorizationCodeGrant(config, current, {
        pkceCodeVerifier: signIn.codeVerifier,
        expectedState: state!,
        expectedNonce: signIn.nonce,
        idTokenExpected: true,
      });
      const metadata = config.serverMetadata();
      if (!tokens.id_token || !metadata.jwks_uri) return { ok: false, reason: 'provider', request };
      this.#jwks ??= createRemoteJWKSet(new URL(metadata.jwks_uri));
      const { payload } = await jwtVerify(tokens.id_token, this.#jwks, {
        issuer: metadata.issuer,
        audience: this.settings.clientId,
      });
      const fin = payload[this.settings.finClaim];
      if (typeof fin !== 'string' || fin === '') return { ok: false, reason: 'claim', request };
      return { ok: true, request, fin: fin.toUpperCase() };
    } catch {
      return { ok: false, reason: 'provider', request };
    }
  }
}
