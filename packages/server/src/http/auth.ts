/**
 * The one authorization guard of the API. A protected route is declared with {@link secured}: it
 * gets its OAuth 2.0 security requirement (`security`, see {@link securityOf}), its access rule as
 * the `x-icra-access` extension, the 401 and 403 responses in the OpenAPI document, and
 * {@link authorize} as its middleware, all from the same rule. A route anyone may call is declared
 * with {@link open}. A test enumerates every operation with `security` in the document and proves
 * the rule holds; the contract's linters refuse an operation that declares neither.
 *
 * 401 (problem+json, `WWW-Authenticate: Bearer …`): no token, or an invalid one (expired, tampered,
 * wrong audience or issuer, unknown key). 403: a valid token whose kind, roles or authority do not
 * satisfy the rule; or, for a staff route that needs a scope (scopes.ts), a token that does not
 * grant it: then `WWW-Authenticate: Bearer error="insufficient_scope", scope="…"` (RFC 6750 §3.1),
 * so a client knows to sign in again asking for it. Every challenge names the API's protected
 * resource metadata (RFC 9728 §5.1, `resource_metadata`).
 */
import type { RouteConfig } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import { PRINCIPAL_KINDS, type StaffScope } from '../domain/enums.js';
import type { AppEnv } from './env.js';
import { IDEMPOTENCY_KEY_HEADER, IdempotencyHeadersSchema, isUnkeyedWrite } from './idempotency.js';
import {
  type AccessTokenVerifier,
  InvalidTokenError,
  type Principal,
  type PrincipalKind,
} from './principal.js';
import { type ProblemResponse, problem, problemResponse } from './problem.js';
import { BEARER_AUTHORIZATION, header } from './request.js';

/** The name of the OAuth 2.0 security scheme (authorization code + PKCE) in the document. */
export const OAUTH_SCHEME = 'oauth2';

/** An OpenAPI security requirement: scheme name to the scopes it needs; `{}` lets anyone in. */
export type SecurityRequirement = Record<string, string[]>;

/** Who may call a route. Every condition given must hold. */
export interface AccessRule {
  /** The kinds of caller admitted (default: every signed-in caller). */
  kinds?: PrincipalKind[];
  /** The caller needs at least one of these roles. */
  roles?: string[];
  /** The caller must be an official of the authority named by this path parameter. */
  authorityParam?: string;
  /**
   * The scope a member of staff's access token needs here (citizens need none). It is named in the
   * route's security requirement, so clients and documentation tools know what to ask for.
   */
  scope?: StaffScope;
}

/**
 * The security requirement of a route guarded by `rule`: the OAuth scheme with no scope for the
 * citizens it admits (and for every caller when it names no scope), and with its scope for staff.
 */
export function securityOf(rule: AccessRule): SecurityRequirement[] {
  const kinds: readonly PrincipalKind[] = rule.kinds ?? PRINCIPAL_KINDS;
  const requirements: SecurityRequirement[] = [];
  if (rule.scope === undefined || kinds.includes('citizen')) requirements.push({ [OAUTH_SCHEME]: [] });
  if (rule.scope !== undefined && kinds.some((kind) => kind !== 'citizen'))
    requirements.push({ [OAUTH_SCHEME]: [rule.scope] });
  return requirements;
}

/** Whether a principal satisfies a rule, given the request's path parameters. */
export function satisfies(principal: Principal, rule: AccessRule, params: Record<string, string>): boolean {
  return admits(principal, rule, params) && hasScope(principal, rule);
}

/** Whether the token grants the rule's scope: staff need it; citizens, and rules without one, need none. */
export function hasScope(principal: Principal, rule: AccessRule): boolean {
  return (
    rule.scope === undefined || principal.kind === 'citizen' || (principal.scopes ?? []).includes(rule.scope)
  );
}

/** Whether a principal's kind, roles and authority satisfy a rule (its scope aside). */
function admits(principal: Principal, rule: AccessRule, params: Record<string, string>): boolean {
  if (rule.kinds && !rule.kinds.includes(principal.kind)) return false;
  if (rule.roles && !rule.roles.some((role) => principal.roles.includes(role))) return false;
  if (rule.authorityParam !== undefined) {
    if (principal.kind !== 'official' || principal.authority !== params[rule.authorityParam]) return false;
  }
  return true;
}

const REALM = 'Bearer realm="icra"';

/** A Bearer challenge (RFC 6750 §3) with these parameters and the resource metadata URL. */
function challenge(c: Context<AppEnv>, params: Record<string, string> = {}): string {
  const metadata = c.get('resourceMetadata');
  const all = { ...params, ...(metadata === undefined ? {} : { resource_metadata: metadata }) };
  return [REALM, ...Object.entries(all).map(([name, value]) => `${name}="${value}"`)].join(', ');
}

/** The middleware: verifies the bearer token, checks the rule, puts the principal in `c.var`. */
export function authorize(tokens: () => AccessTokenVerifier, rule: AccessRule): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('resourceMetadata', tokens().resourceMetadata);
    const authorization = header(c, 'authorization');
    const match = authorization === undefined ? null : BEARER_AUTHORIZATION.exec(authorization);
    if (!match) {
      return problem(c, {
        name: 'unauthorized',
        status: 401,
        headers: {
          'WWW-Authenticate': challenge(c, authorization === undefined ? {} : { error: 'invalid_request' }),
        },
      });
    }
    let principal: Principal;
    try {
      principal = await tokens().verifyAccessToken(match[1]!);
    } catch (error) {
      if (!(error instanceof InvalidTokenError)) throw error;
      return invalidToken(c);
    }
    if (!admits(principal, rule, c.req.param() as Record<string, string>)) {
      return problem(c, { name: 'forbidden', status: 403, headers: { 'WWW-Authenticate': challenge(c) } });
    }
    if (!hasScope(principal, rule)) {
      return problem(c, {
        name: 'insufficient-scope',
        status: 403,
        headers: {
          'WWW-Authenticate': challenge(c, { error: 'insufficient_scope', scope: rule.scope! }),
        },
      });
    }
    c.set('principal', principal);
    return next();
  };
}

/**
 * The caller of a public read that a bearer token may personalize: its principal when the token is
 * valid, undefined when there is none or it is not (an invalid token is ignored, never a 401).
 */
export async function optionalPrincipal(
  c: Context<AppEnv>,
  tokens: () => AccessTokenVerifier,
): Promise<Principal | undefined> {
  const authorization = header(c, 'authorization');
  const match = authorization === undefined ? null : BEARER_AUTHORIZATION.exec(authorization);
  if (!match) return undefined;
  try {
    return await tokens().verifyAccessToken(match[1]!);
  } catch (error) {
    if (error instanceof InvalidTokenError) return undefined;
    throw error;
  }
}

/** 401 for a token that is no longer good (also used when its subject has gone). */
export function invalidToken(c: Context<AppEnv>): ProblemResponse<401> {
  return problem(c, {
    name: 'unauthorized',
    status: 401,
    headers: { 'WWW-Authenticate': challenge(c, { error: 'invalid_token' }) },
  });
}

/** The principal the guard admitted (only inside a secured route). */
export function principalOf(c: Context<AppEnv>): Principal {
  const principal = c.get('principal');
  if (principal === undefined) throw new Error('principalOf() outside a secured route');
  return principal;
}

export const authErrorResponses = {
  401: problemResponse('No valid access token (missing, expired, tampered, wrong audience or unknown key).'),
  403: problemResponse(
    'The access token is valid but its holder may not do this, or it does not grant the scope the ' +
      'operation needs (then `WWW-Authenticate: Bearer error="insufficient_scope", scope="…"`).',
  ),
} as const;

/**
 * What the write-safety middleware (idempotency.ts, rate-limit.ts) may answer to any write of a
 * signed-in caller; {@link secured} declares them on every POST/PUT/PATCH/DELETE.
 */
export const writeSafetyResponses = {
  409: problemResponse(
    'The first request with this Idempotency-Key is still running; send it again after `Retry-After` seconds.',
  ),
  422: problemResponse(
    'This Idempotency-Key was already used with a different request (method, path or body).',
  ),
  429: problemResponse('Too many writes by this caller; try again after `Retry-After` seconds.'),
} as const;

const WRITE_METHODS = new Set(['post', 'put', 'patch', 'delete']);

/**
 * A write's request with the Idempotency-Key header declared (the middleware honours it on every
 * write, so the document says so even when the route did not declare it itself).
 */
function withIdempotencyKey(request: RouteConfig['request']): RouteConfig['request'] {
  const headers = request?.headers;
  if (headers === undefined) return { ...request, headers: IdempotencyHeadersSchema };
  if ('shape' in headers && 'extend' in headers && !(IDEMPOTENCY_KEY_HEADER in headers.shape)) {
    return { ...request, headers: headers.extend(IdempotencyHeadersSchema.shape) };
  }
  return request;
}

type WriteMethod = 'post' | 'put' | 'patch' | 'delete';

/** A status key as a number (`...spread` response objects key statuses as strings). */
type NumericKey<K> = K extends `${infer N extends number}` ? N : K;

/**
 * The responses of a secured route: what the write-safety middleware may answer to a write (unless
 * the route declares that status itself), the route's own, and the guard's 401 and 403.
 */
export type SecuredResponses<R extends RouteConfig> = Omit<
  R['method'] extends WriteMethod ? typeof writeSafetyResponses : Record<never, never>,
  NumericKey<keyof R['responses']>
> &
  Omit<R['responses'], keyof typeof authErrorResponses> &
  typeof authErrorResponses;

/** A route config made protected by `rule` (see the module comment). */
export function secured<R extends RouteConfig>(
  config: R,
  rule: AccessRule,
  tokens: () => AccessTokenVerifier,
): Omit<R, 'responses'> & {
  security: SecurityRequirement[];
  responses: SecuredResponses<R>;
} {
  const write = WRITE_METHODS.has(config.method);
  // The type of this spread over a generic R is SecuredResponses<R>, which the compiler cannot
  // work out itself: for a generic spread it infers an intersection, which would keep the
  // statuses the later objects replace.
  const responses = {
    ...(write ? writeSafetyResponses : {}),
    ...config.responses,
    ...authErrorResponses,
  } as SecuredResponses<R>;
  return {
    ...config,
    ...(write && !isUnkeyedWrite(config.path) ? { request: withIdempotencyKey(config.request) } : {}),
    security: securityOf(rule),
    'x-icra-access': rule,
    responses,
    middleware: [authorize(tokens, rule)],
  };
}

/**
 * A route config that anyone may call, declared so (`security: []`). With `personalized`, a valid
 * bearer token is read when there is one and only changes what the answer says about its holder
 * (`security: [{}, { oauth2: [] }]`: no token, or a token with no scope); an invalid one is ignored.
 */
export function open<R extends RouteConfig>(
  config: R,
  options: { personalized?: boolean } = {},
): R & { security: SecurityRequirement[] } {
  return { ...config, security: options.personalized ? [{}, { [OAUTH_SCHEME]: [] }] : [] };
}
