/**
 * The OAuth scopes of the API (RFC 6749 §3.3), named in domain/enums.ts and described in the
 * OpenAPI document (openapi.ts): here, which kind of staff, holding which roles, may be granted
 * each. The staff APIs declare the scope they need (auth.ts `secured`, `x-icra-access` and the
 * operation's `security`); the authorization server grants a requested scope only when the person's
 * kind and roles allow it; the metadata documents list them. Citizens need no scope besides `openid`.
 */
import {
  OPENID_SCOPE,
  SCOPES,
  type Scope,
  type StaffKind,
  type StaffRole,
  type StaffScope,
} from '../domain/enums.js';

/** Which kind of staff does the work of each staff scope: officials of an authority, or the State Agency's evaluators. */
export const SCOPE_KINDS = {
  'news:edit': 'official',
  'participation:moderate': 'official',
  'services:process': 'official',
  'reception:schedule': 'official',
  'evaluation:record': 'evaluator',
} as const satisfies Record<StaffScope, StaffKind>;

/** Which roles of that kind of staff may be granted each staff scope (any one of them). */
export const SCOPE_ROLES = {
  'news:edit': ['editor', 'admin'],
  'participation:moderate': ['moderator'],
  'services:process': ['service'],
  'reception:schedule': ['reception'],
  'evaluation:record': ['evaluator'],
} as const satisfies Record<StaffScope, readonly StaffRole[]>;

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
  'evaluation:record':
    'Evaluators of the State Agency: create a year’s evaluation campaign of e-services, record and correct ' +
    'its assessments per service, and publish it.',
};

/** The rule of the staff routes that need `scope`: its kind of staff holding one of its roles, with the scope. */
export function staffRule<S extends StaffScope>(scope: S) {
  const kind: (typeof SCOPE_KINDS)[S] = SCOPE_KINDS[scope];
  return { kinds: [kind], roles: [...SCOPE_ROLES[scope]] as string[], scope };
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
    return (
      holder.kind === SCOPE_KINDS[scope as StaffScope] && roles.some((role) => holder.roles.includes(role))
    );
  });
}
