/**
 * Access tokens (RFC 9068 JWTs, ES256, `kid` header), OpenID Connect ID tokens, and the short-lived
 * form tokens that protect the demo sign-in form. All are signed with the keys of
 * {@link SigningKeyStore}; they differ in `typ` and audience, so none can stand in for another.
 *
 * An access token's audience is the API, `<issuer>/v1`: the `resource` of its protected resource
 * metadata (RFC 9728, `/.well-known/oauth-protected-resource/v1`). It carries `client_id` (the
 * authority whose site signed in) and `scope` (what was granted), as RFC 9068 §2.2 asks.
 */
import { randomUUID } from 'node:crypto';
import { errors, type JWTPayload, jwtVerify, SignJWT } from 'jose';
import { type AccessTokenVerifier, InvalidTokenError, type Principal } from '../../http/principal.js';
import { ACCESS_TOKEN_TTL_S, CLOCK_TOLERANCE_S, SIGNING_ALG, type SigningKeyStore } from './keys.js';

const ACCESS_TOKEN_TYP = 'at+jwt';
/** Where the API's protected resource metadata is, for an issuer (RFC 9728 §3.1). */
export function resourceMetadataUrl(issuer: string): string {
  return `${new URL(issuer).origin}/.well-known/oauth-protected-resource${new URL(apiResource(issuer)).pathname}`;
}
/** The API's resource identifier (RFC 9728) and the audience of its access tokens. */
export function apiResource(issuer: string): string {
  return `${issuer}/v1`;
}
const FORM_TOKEN_AUDIENCE = 'icra:demo-sign-in';
const FORM_TOKEN_TYP = 'icra-form+jwt';
/** How long the demo sign-in page may stay open before its form must be reloaded, seconds. */
export const FORM_TOKEN_TTL_S = 600;

/** Issues and checks the portal's tokens; the HTTP layer knows it as an {@link AccessTokenVerifier}. */
export class TokenService implements AccessTokenVerifier {
  /** The audience of access tokens: the API. */
  readonly audience: string;
  readonly resourceMetadata: string;

  constructor(
    private readonly keys: SigningKeyStore,
    /** `iss` of every token: the portal's public URL. */
    readonly issuer: string,
    /** The clock that tokens are checked against, milliseconds since the epoch. */
    private readonly now: () => number = Date.now,
  ) {
    this.audience = apiResource(issuer);
    this.resourceMetadata = resourceMetadataUrl(issuer);
  }

  /** An access token for `principal`, issued to the client `grant.clientId` with `grant.scopes`. */
  async issueAccessToken(
    principal: Principal,
    grant: { clientId: string; scopes: readonly string[] },
  ): Promise<{ token: string; expiresIn: number }> {
    const { kid, privateKey } = await this.keys.signingKey();
    const claims: JWTPayload = {
      client_id: grant.clientId,
      scope: grant.scopes.join(' '),
      kind: principal.kind,
      roles: principal.roles,
    };
    if (principal.authority !== undefined) claims.authority = principal.authority;
    if (principal.fin !== undefined) claims.fin = principal.fin;
    const token = await new SignJWT(claims)
      .setProtectedHeader({ alg: SIGNING_ALG, kid, typ: ACCESS_TOKEN_TYP })
      .setIssuer(this.issuer)
      .setAudience(this.audience)
      .setSubject(principal.sub)
      .setIssuedAt()
      .setExpirationTime(`${ACCESS_TOKEN_TTL_S}s`)
      .setJti(randomUUID())
      .sign(privateKey);
    return { token, expiresIn: ACCESS_TOKEN_TTL_S };
  }

  /**
   * An OpenID Connect ID token (Core §2) for a sign-in that was granted `openid`: its audience is
   * the client, with the authorize request's `nonce` when it had one.
   */
  async issueIdToken(subject: string, request: { clientId: string; nonce: string | null }): Promise<string> {
    const { kid, privateKey } = await this.keys.signingKey();
    const claims: JWTPayload = {};
    if (request.nonce !== null) claims.nonce = request.nonce;
    return new SignJWT(claims)
      .setProtectedHeader({ alg: SIGNING_ALG, kid, typ: 'JWT' })
      .setIssuer(this.issuer)
      .setAudience(request.clientId)
      .setSubject(subject)
      .setIssuedAt()
      .setExpirationTime(`${ACCESS_TOKEN_TTL_S}s`)
      .sign(privateKey);
  }

  /** The principal of a valid access token; throws {@link InvalidTokenError} otherwise. */
  async verifyAccessToken(token: string): Promise<Principal> {
    const payload = await this.#verify(token, this.audience, ACCESS_TOKEN_TYP, ACCESS_TOKEN_TTL_S);
    const { sub, kind, roles, authority, fin, client_id: clientId, scope } = payload;
    const validKind = kind === 'citizen' || kind === 'official' || kind === 'evaluator';
    if (
      typeof sub !== 'string' ||
      !validKind ||
      !Array.isArray(roles) ||
      !roles.every((r) => typeof r === 'string') ||
      (kind === 'official' && typeof authority !== 'string') ||
      (kind === 'citizen' && typeof fin !== 'string') ||
      typeof clientId !== 'string' ||
      typeof scope !== 'string'
    ) {
      throw new InvalidTokenError('claims');
    }
    const scopes = scope === '' ? [] : scope.split(' ');
    const principal: Principal = { sub, kind, roles: roles as string[], scopes, clientId };
    if (typeof authority === 'string') principal.authority = authority;
    if (typeof fin === 'string') principal.fin = fin;
    return principal;
  }

  /** A form token carrying `data` (the validated authorize request), valid for a few minutes. */
  async issueFormToken(data: Record<string, string>): Promise<string> {
    const { kid, privateKey } = await this.keys.signingKey();
    return new SignJWT({ req: data })
      .setProtectedHeader({ alg: SIGNING_ALG, kid, typ: FORM_TOKEN_TYP })
      .setIssuer(this.issuer)
      .setAudience(FORM_TOKEN_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(`${FORM_TOKEN_TTL_S}s`)
      .sign(privateKey);
  }

  /** The data of a valid form token; throws {@link InvalidTokenError} otherwise. */
  async verifyFormToken(token: string): Promise<Record<string, string>> {
    const payload = await this.#verify(token, FORM_TOKEN_AUDIENCE, FORM_TOKEN_TYP, FORM_TOKEN_TTL_S);
    const data = payload.req;
    if (
      data === null ||
      typeof data !== 'object' ||
      !Object.values(data).every((v) => typeof v === 'string')
    ) {
      throw new InvalidTokenError('claims');
    }
    return data as Record<string, string>;
  }

  /**
   * The payload of a token of this audience and type, signed with one of the keys, and within the
   * lifetime this server gives such tokens: `iat` not in the future, `exp - iat` at most
   * `maxLifetimeS` (each with the clock tolerance), `nbf` if present passed. A token a leaked key
   * signed for ten years, or dated ahead to outlive its rotation, is refused like an expired one.
   */
  async #verify(token: string, audience: string, typ: string, maxLifetimeS: number): Promise<JWTPayload> {
    let payload: JWTPayload;
    try {
      const verified = await jwtVerify(
        token,
        async (header) => {
          const key = header.kid === undefined ? undefined : await this.keys.verificationKey(header.kid);
          if (key === undefined) throw new InvalidTokenError('unknown-key');
          return key;
        },
        {
          issuer: this.issuer,
          audience,
          typ,
          algorithms: [SIGNING_ALG],
          clockTolerance: CLOCK_TOLERANCE_S,
          currentDate: new Date(this.now()),
          requiredClaims: ['exp', 'iat'],
        },
      );
      payload = verified.payload;
    } catch (error) {
      if (error instanceof InvalidTokenError) throw error;
      if (error instanceof errors.JWTExpired) throw new InvalidTokenError('expired');
      if (error instanceof errors.JWSSignatureVerificationFailed) throw new InvalidTokenError('signature');
      if (error instanceof errors.JWTClaimValidationFailed) throw new InvalidTokenError('claims');
      if (error instanceof errors.JOSEError) throw new InvalidTokenError('malformed');
      throw error;
    }
    const { iat, exp } = payload;
    const now = Math.floor(this.now() / 1000);
    if (
      typeof iat !== 'number' ||
      typeof exp !== 'number' ||
      !Number.isFinite(iat) ||
      !Number.isFinite(exp) ||
      iat > now + CLOCK_TOLERANCE_S ||
      exp - iat > maxLifetimeS + CLOCK_TOLERANCE_S
    ) {
      throw new InvalidTokenError('lifetime');
    }
    return payload;
  }
}
