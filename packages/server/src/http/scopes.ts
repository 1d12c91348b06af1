/**
 * The OAuth scopes of the API (RFC 6749 §3.3), each written once: what it admits to, and which
 * roles of an official may be granted it. The staff APIs declare the scope they need (auth.ts
 * `secured`, `x-icra-access` and the operation's `security`); the authorization server grants a
 * requested scope only when the person's roles allow it; the metadata documents list them.
 * Citizens and evaluators need no scope besides `openid`.
 */

export interface ScopeDefinition {
  description: string;
  /** The roles of an official that may be granted it (any one of them). */
  roles: readonly string[];
}

export const STAFF_SCOPES = {
  'news:edit': { description: "Edit and publish the authority's news.", roles: ['editor', 'admin'] },
  'participation:moderate': {
    description: "Moderate the citizens' applications and comments of the authority.",
    roles: ['moderator'],
  },
  'services:process': {
    description: "Process the applications for the authority's e-services.",
    roles: ['service'],
  },
} as const satisfies Record<string, ScopeDefinition>;

export type StaffScope = keyof typeof STAFF_SCOPES;

/** OpenID Connect's scope: a sign-in (the ID token). Anyone signed in may be granted it. */
export const OPENID_SCOPE = 'openid';

/** Every scope the authorization server knows, in the order the metadata lists them. */
export const SCOPES: readonly string[] = [OPENID_SCOPE, ...Object.keys(STAFF_SCOPES)];

/** The rule of the staff routes that need `scope`: officials holding one of its roles, with the scope. */
export function staffRule<S extends StaffScope>(scope: S) {
  return { kinds: ['official' as const], roles: [...STAFF_SCOPES[scope].roles], scope };
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
    const definition = STAFF_SCOPES[scope as StaffScope];
    return holder.kind === 'official' && definition.roles.some((role) => holder.roles.includes(role));
  });
}
