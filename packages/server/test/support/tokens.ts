/**
 * Access tokens for tests that call the API as someone without going through the sign-in popup:
 * issued as the portal issues them, to a client, with the scopes the holder's roles allow (what the
 * staff routes need), or with the scopes given.
 */
import type { TokenService } from '../../src/features/identity/tokens.js';
import type { Principal } from '../../src/http/principal.js';
import { grantableScopes, SCOPES } from '../../src/http/scopes.js';

export function issueToken(
  tokens: TokenService,
  principal: Principal,
  grant: { clientId?: string; scopes?: readonly string[] } = {},
): Promise<{ token: string; expiresIn: number }> {
  return tokens.issueAccessToken(principal, {
    clientId: grant.clientId ?? principal.authority ?? 'guba',
    scopes: grant.scopes ?? grantableScopes(SCOPES, principal),
  });
}
