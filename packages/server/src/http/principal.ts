/**
 * Who calls the API, as the HTTP layer knows them: the principal an access token speaks for, and
 * the one thing the layer needs from identity, a verifier of access tokens. The identity feature
 * issues the tokens and implements {@link AccessTokenVerifier} (features/identity/tokens.ts); the
 * guard, the write-safety middleware and the handlers depend on this module only.
 */
import type { Actor } from '../audit.js';
import type { PrincipalKind } from '../domain/enums.js';

export type { PrincipalKind } from '../domain/enums.js';

/** Who an access token speaks for: its claims. */
export interface Principal {
  sub: string;
  kind: PrincipalKind;
  /** Officials: the slug of their authority. */
  authority?: string;
  /** Officials: subset of admin, editor, moderator, reception, service; evaluators: ["evaluator"]. */
  roles: string[];
  /** Citizens: their FIN. */
  fin?: string;
  /** The scopes the token grants (its `scope` claim); absent for a principal not read from a token. */
  scopes?: string[];
  /** The client the token was issued to (its `client_id` claim: the authority whose site signed in). */
  clientId?: string;
}

/** Why a token was refused (all of them answer 401 invalid_token). */
export class InvalidTokenError extends Error {
  constructor(
    readonly reason:
      | 'malformed'
      | 'expired'
      | 'signature'
      | 'claims'
      | 'unknown-key'
      /** Issued in the future, or for longer than the server issues tokens. */
      | 'lifetime',
  ) {
    super(`invalid token: ${reason}`);
    this.name = 'InvalidTokenError';
  }
}

/** Checks access tokens. */
export interface AccessTokenVerifier {
  /** The principal of a valid access token; throws {@link InvalidTokenError} otherwise. */
  verifyAccessToken(token: string): Promise<Principal>;
  /** The URL of the API's protected resource metadata (RFC 9728), named in every challenge. */
  readonly resourceMetadata: string;
}

/** The actor of a staff member's action, for the audit log (the guard admitted only officials). */
export function actorOf(principal: Principal): Actor {
  return { sub: principal.sub, authority: principal.authority ?? '' };
}
