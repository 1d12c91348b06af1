/**
 * The OpenAPI 3.1 document of the API, generated from the same zod schemas and route definitions
 * that validate requests. `openApiDocument()` needs no database: the SDK's generator imports it.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Scope } from './domain/enums.js';
import { registerAuthorityRoutes } from './features/authorities/index.js';
import type { FeatureContextProvider } from './features/context.js';
import { registerEditorialRoutes } from './features/editorial/index.js';
import { registerEvaluationRoutes } from './features/evaluation/index.js';
import { registerHealthRoutes } from './features/health/index.js';
import { registerIdentityRoutes, registerOAuthRoutes } from './features/identity/index.js';
import { registerNewsRoutes } from './features/news/index.js';
import { registerParticipationRoutes } from './features/participation/index.js';
import { registerReceptionRoutes } from './features/reception/index.js';
import {
  registerServiceApplicationRoutes,
  registerServiceProcessingRoutes,
  registerServiceRoutes,
  registerServiceWorkflowRoutes,
} from './features/services/index.js';
import { OAUTH_SCHEME } from './http/auth.js';
import type { AppEnv } from './http/env.js';
import { PROBLEM_CONTENT_TYPE, type ProblemName, problemBody } from './http/problem.js';
import { SCOPE_DESCRIPTIONS } from './http/scopes.js';
import { validationHook } from './http/validation.js';

export type OpenApiDocument = ReturnType<OpenAPIHono['getOpenAPI31Document']>;

export const API_VERSION = '0.1.0';

const documentConfig = {
  openapi: '3.1.0',
  info: {
    title: 'icra — Digital Executive Power portal API',
    version: API_VERSION,
    description:
      'Public reads of the portal of Azerbaijan’s local executive authorities, for embedding on their own ' +
      'sites, and the signed-in person’s cabinet (OAuth 2.0 access tokens). Texts are served in the language asked for (`lang`, else `Accept-Language`, else az) with ' +
      'Azerbaijani as the fallback; every item says in `lang` which language it is in. Errors are RFC 9457 ' +
      'problem details. Lists are cursor-paginated (`limit`, `cursor`, `nextCursor`).',
    license: { name: 'MIT', identifier: 'MIT' },
    contact: { name: 'icra', url: 'https://github.com/icra-portal/icra/issues' },
  },
  servers: [
    {
      url: '/',
      description:
        'The portal that serves this document (each authority’s portal answers at its own address).',
    },
  ],
  tags: [
    { name: 'Authorities', description: 'Local executive authorities (city and district executive powers).' },
    { name: 'News', description: 'News the authorities publish in az / en / ru.' },
    {
      name: 'Services',
      description:
        'The e-services catalogue: what each service is, which authorities provide it, the documents it asks ' +
        'for, its fee, processing time and legal basis.',
    },
    {
      name: 'Reception',
      description:
        'Citizen reception: the officials who receive citizens and their hours (Baku time), a citizen’s ' +
        'request for a meeting, and the reception officers who schedule it; no two meetings of one official or ' +
        'in one room overlap.',
    },
    {
      name: 'Evaluation',
      description:
        'The State Agency’s yearly evaluation of central executive bodies’ e-services on three criteria ' +
        '(electronicization and connectivity, openness and accessibility, usability): the published results ' +
        'per year (2013–2018 from the reports, later years recorded per service), per body and per criterion, ' +
        'as JSON or CSV; evaluators record and publish a year’s campaign.',
    },
    {
      name: 'Cabinet',
      description:
        'The signed-in person: profile from the population registry, notifications. Needs an access token ' +
        'from the sign-in popup (OAuth 2.0 code + PKCE, see /.well-known/oauth-authorization-server).',
    },
    {
      name: 'Editorial',
      description:
        'Officials (editor or admin) write their own authority’s news: drafts, publishing, covers; admins ' +
        'read its audit log. Needs an access token.',
    },
    {
      name: 'Participation',
      description:
        'E-participation: citizens file applications on topical issues; moderators turn them into polls or ' +
        'reject them; citizens vote once and secretly; results are open per each poll’s rule.',
    },
    { name: 'Operations', description: 'Running the server.' },
  ],
} as const;

/** A new OpenAPIHono that validates like every app of this server. */
export function newApiApp(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
}

/** Registers every API route on `app`; handlers reach the database through `context`. */
export function registerApi(
  app: OpenAPIHono<AppEnv>,
  context: FeatureContextProvider,
  log?: () => Pick<Console, 'warn'>,
): void {
  registerAuthorityRoutes(app, context);
  registerNewsRoutes(app, context);
  registerServiceRoutes(app, context);
  registerServiceApplicationRoutes(app, context);
  registerServiceWorkflowRoutes(app, context);
  registerServiceProcessingRoutes(app, context);
  registerIdentityRoutes(app, context);
  registerEditorialRoutes(app, context);
  registerParticipationRoutes(app, context);
  registerReceptionRoutes(app, context);
  registerEvaluationRoutes(app, context);
  registerHealthRoutes(app, context);
  registerOAuthRoutes(app, context, log);
  app.openAPIRegistry.registerComponent('securitySchemes', OAUTH_SCHEME, {
    type: 'oauth2',
    description:
      'Sign-in in a popup: OAuth 2.0 authorization code with PKCE (S256) for public clients (client_id ' +
      'is the authority’s slug; the page’s origin must be registered for it), metadata at ' +
      '/.well-known/oauth-authorization-server. The access token is a JWT (ES256, 10 minutes; keys at ' +
      '/.well-known/jwks.json) sent as `Authorization: Bearer …`; the refresh token rotates on every ' +
      'use. Citizens’ operations need no scope; each staff operation names the scope it needs.',
    flows: {
      authorizationCode: {
        authorizationUrl: '/oauth/authorize',
        tokenUrl: '/oauth/token',
        refreshUrl: '/oauth/token',
        scopes: SCOPE_DESCRIPTIONS,
      },
    },
  });
}

/** The document of the routes registered on `app`, with paths and components in sorted order. */
export function documentOf(app: OpenAPIHono<AppEnv>): OpenApiDocument {
  const document = app.getOpenAPI31Document(
    {
      ...documentConfig,
      info: { ...documentConfig.info, contact: { ...documentConfig.info.contact } },
      servers: documentConfig.servers.map((server) => ({ ...server })),
      tags: documentConfig.tags.map((t) => ({ ...t })),
    },
    { sortComponents: 'alphabetically' },
  );
  if (document.paths) {
    document.paths = sortKeys(document.paths);
    addProblemExamples(document.paths);
  }
  return document;
}

/** The problem type shown as the example of an error response of each status. */
const EXAMPLE_PROBLEM: Record<string, ProblemName> = {
  400: 'validation',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  409: 'conflict',
  412: 'precondition-failed',
  413: 'payload-too-large',
  415: 'unsupported-media-type',
  428: 'precondition-required',
  422: 'validation',
  429: 'too-many-requests',
  500: 'internal',
  503: 'service-unavailable',
};

/**
 * Gives every problem+json response an example of its own status: without one, documentation
 * tools draw it from the schema, and every response, a 500 too, showed the 400 validation example.
 */
function addProblemExamples(paths: NonNullable<OpenApiDocument['paths']>): void {
  for (const item of Object.values(paths)) {
    for (const operation of Object.values(item ?? {})) {
      const responses = (operation as { responses?: Record<string, { content?: Record<string, object> }> })
        ?.responses;
      if (typeof responses !== 'object' || responses === null) continue;
      for (const [status, response] of Object.entries(responses)) {
        const media = response?.content?.[PROBLEM_CONTENT_TYPE] as { example?: unknown } | undefined;
        const name = EXAMPLE_PROBLEM[status];
        if (media === undefined || name === undefined || media.example !== undefined) continue;
        media.example = problemBody({ name, status: Number(status) as 400 }, 'en');
      }
    }
  }
}

/** The OpenAPI 3.1 document, built without a database. Deterministic: no dates, sorted keys. */
export function openApiDocument(): OpenApiDocument {
  const app = newApiApp();
  registerApi(app, () => {
    throw new Error('openApiDocument(): the routes of this app only describe the API and cannot serve it');
  });
  return documentOf(app);
}

function sortKeys<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) as T;
}
