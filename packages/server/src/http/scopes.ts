/**
 * The OAuth scopes of the API (RFC 6749 §3.3), named in domain/enums.ts and described in the
 * OpenAPI document (openapi.ts): here, which roles of an official may be granted each. The staff APIs declare the scope they need (auth.ts
 * `secured`, `x-icra-access` and the operation's `security`); the authorization server grants a
 * requested scope only when the person's roles allow it; the metadata documents list them.
 * Citizens and evaluators need no scope besides `openid`.
 */
import { OPENID_SCOPE, SCOPES, type Scope, type StaffScope } from '../domain/enums.js';

/** Which roles of an official may be granted each staff scope (any one of them). */
export const SCOPE_ROLES = {
  'news:edit': ['editor', 'admin'],
  'participation:moderate': ['moderator'],
  'services:process': ['service'],
  'reception:schedule': ['reception'],
} as const satisfies Record<StaffScope, readonly string[]>;

export { OPENID_SCOPE, SCOPES, type StaffScope };

/** What each scope lets a client do. */
export const SCOPE_DESCRIPTIONS: Record<Scope, string> = {
  openid: 'Sign in: who the person is (the `sub` of the token).',
  'news:edit': 'Officials (editor or admin): write their authority’s news; admins read its audit log.',
  'participation:moderate':
    'Officials (moderator): read, approve and reject e-participation applications, and open polls.',
  'services:process':
    'Officials (service officer): work their authority’s queue of e-service applications — take them, ' +
    'ask for information, decide, issue the result — and read its ratings’ comments.',
  'reception:schedule':
    'Officials (reception officer): read their authority’s requests for a meeting with an official, and ' +
    'schedule, reschedule, decline or cancel them.',
};

/** The rule of the staff routes that need `scope`: officials holding one of its roles, with the scope. */
export function staffRule<S extends StaffScope>(scope: S) {
  return { kinds: ['official' as const], roles: [...SCOPE_ROLES[scope]], scope };
}

/** A `scope` parameter's scopes (space-separated, RFC 6749 §3.3), or undefined when it is malformed. */
export function parseScope(value: string): string[] | undefined {
  if (value === '') return [];
  if (!/^[\x21\x23-\x5b\x5d-\x7e]+( [\x21\x23-\x5b\x5d-\x7e]+)*$/.test(value)) return undefined;
  return [...new Set(value.split(' '))];
}

/** Of the scopes asked for, those a person with these kind and roles may have. */
export function grantableScopes(
  asked: readonly string[],
  holder: { kind: string; roles: readonly string[] },
): string[] {
  return SCOPES.filter((scope) => {
    if (!asked.includes(scope)) return false;
    if (scope === OPENID_SCOPE) return true;
    const roles: readonly string[] = SCOPE_ROLES[scope as StaffScope];
    return holder.kind === 'official' && roles.some((role) => holder.roles.includes(role));
  });
}
