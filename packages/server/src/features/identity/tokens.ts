/**
 * Access tokens (RFC 9068-style JWTs, ES256, `kid` header) and the short-lived form tokens that
 * protect the demo sign-in form. Both are signed with the keys of {@link SigningKeyStore}; they
 * differ in `typ` and audience, so neither can stand in for the other.
 */
import { randomUUID } from 'node:crypto';
import { errors, type JWTPayload, jwtVerify, SignJWT } from 'jose';
import { type AccessTokenVerifier, InvalidTokenError, type Principal } from '../../http/principal.js';
import { ACCESS_TOKEN_TTL_S, CLOCK_TOLERANCE_S, SIGNING_ALG, type SigningKeyStore } from './keys.js';

export const ACCESS_TOKEN_AUDIENCE = 'icra-api';
const ACCESS_TOKEN_TYP = 'at+jwt';
const FORM_TOKEN_AUDIENCE = 'icra:demo-sign-in';
const FORM_TOKEN_TYP = 'icra-form+jwt';
/** How long the demo sign-in page may stay open before its form must be reloaded, seconds. */
export const FORM_TOKEN_TTL_S = 600;

/** Issues and checks the portal's tokens; the HTTP layer knows it as an {@link AccessTokenVerifier}. */
export class TokenService implements AccessTokenVerifier {
  constructor(
    private readonly keys: SigningKeyStore,
    /** `iss` of every token: the portal's public URL. */
    readonly issuer: string,
    /** The clock that tokens are checked against, milliseconds since the epoch. */
    private readonly now: () => number = Date.now,
  ) {}

  async issueAccessToken(principal: Principal): Promise<{ token: string; expiresIn: number }> {
    const { kid, privateKey } = await this.keys.signingKey();
    const claims: JWTPayload = { kind: principal.kind, roles: principal.roles };
    if (principal.authority !== undefined) claims.authority = principal.authority;
    if (principal.fin !== undefined) claims.fin = principal.fin;
    const token = await new SignJWT(claims)
      .setProtectedHeader({ alg: SIGNING_ALG, kid, typ: ACCESS_TOKEN_TYP })
      .setIssuer(this.issuer)
      .setAudience(ACCESS_TOKEN_AUDIENCE)
      .setSubject(principal.sub)
      .setIssuedAt()
      .setExpirationTime(`${ACCESS_TOKEN_TTL_S}s`)
      .setJti(randomUUID())
      .sign(privateKey);
    return { token, expiresIn: ACCESS_TOKEN_TTL_S };
  }

  /** The principal of a valid access token; throws {@link InvalidTokenError} otherwise. */
  async verifyAccessToken(token: string): Promise<Principal> {
    const payload = await this.#verify(token, ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_TYP, ACCESS_TOKEN_TTL_S);
    const { sub, kind, roles, authority, fin } = payload;
    const validKind = kind === 'citizen' || kind === 'official' || kind === 'evaluator';
    if (
      typeof sub !== 'string' ||
      !validKind ||
      !Array.isArray(roles) ||
      !roles.every((r) => typeof r === 'string') ||
      (kind === 'official' && typeof authority !== 'string') ||
      (kind === 'citizen' && typeof fin !== 'string')
    ) {
      throw new InvalidTokenError('claims');
    }
    const principal: Principal = { sub, kind, roles: roles as string[] };
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
