/**
 * The role matrix: every operation of the app's OpenAPI document that declares `security` is called
 * anonymously, with an invalid token, and as every kind of signed-in person (citizens, evaluators,
 * and officials of every role, and of none, in every authority). Whoever the operation's declared
 * rule (`x-icra-access`) does not admit must get 403; anonymous and invalid callers 401. An operation
 * whose `security` lets anyone in must be one of the known public operations, so a route added later
 * without the guard fails here.
 */
import { randomUUID } from 'node:crypto';
import { createRoute, z } from '@hono/zod-openapi';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type IcraApp } from '../src/app.js';
import { SigningKeyStore } from '../src/features/identity/keys.js';
import { TokenService } from '../src/features/identity/tokens.js';
import { type AccessRule, OAUTH_SCHEME, satisfies, secured, securityOf } from '../src/http/auth.js';
import { errorResponses, route } from '../src/http/openapi-route.js';
import type { Principal } from '../src/http/principal.js';
import { documentOf } from '../src/openapi.js';
import { seedPopulation } from '../src/seed/population.js';
import { seedStaff } from '../src/seed/staff.js';
import { openTestDatabase, type TestDatabase, variants } from './support/databases.js';
import { signIn } from './support/oauth.js';
import { isOpenToAnyone } from './support/security.js';

const ISSUER = 'http://portal.test';
const PUBLIC_OPERATIONS = new Set([
  'listAuthorities',
  'getAuthority',
  'listNews',
  'getNews',
  'listServices',
  'getService',
  'getServiceForm',
  'getHealth',
  'listPolls',
  'getPoll',
  'getPollResults',
  'getBallotKey',
  'getServiceRatings',
  // Who receives citizens, when, and which of those times are free: what a citizen reads before asking.
  'listReceptionTopics',
  'listReceptionOfficials',
  'getReceptionAvailability',
  // A calendar app sends no token: the secret in the feed's address is its key (tested in reception.test.ts).
  'getCalendarFeed',
  // Anyone checks a certificate by its code: that is what the code is for.
  'verifyServiceResult',
  // The secret ballot: anonymous by design (it refuses a token), the credential it carries is its right.
  'castBallot',
  // The State Agency's published evaluation: its yearly results, a published campaign per body, the bodies.
  'getEvaluationSummary',
  'getEvaluationCampaignBodies',
  'listEvaluatedBodies',
]);
const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;
const quiet = { warn: () => {}, error: () => {} };

/** A probe only editors of the authority in the path may call: it proves the matrix's refusals. */
function addProbe(app: IcraApp, tokens: () => TokenService) {
  const rule: AccessRule = { kinds: ['official'], roles: ['editor'], authorityParam: 'slug' };
  const probe = createRoute(
    secured(
      {
        method: 'post',
        path: '/v1/authorities/{slug}/probe',
        operationId: 'probeEditorsOfAuthority',
        request: {
          params: z.object({ slug: z.string().openapi({ param: { name: 'slug', in: 'path' } }) }),
        },
        responses: { 200: { description: 'Admitted.' }, ...errorResponses },
      },
      rule,
      tokens,
    ),
  );
  route(app, probe, (c) => c.body(null, 200));
}

describe.each(variants)('access on $label', ({ kind, skip }) => {
  let db: TestDatabase;
  let app: IcraApp;
  const callers: Array<{ label: string; token: string; principal: Principal }> = [];

  beforeAll(async () => {
    if (skip) return;
    db = await openTestDatabase(kind);
    app = createApp({ database: db.database, publicUrl: ISSUER, log: quiet });
    const tokens = new TokenService(new SigningKeyStore(db.database.db), ISSUER);
    addProbe(app, () => tokens);
    const subjects = [
      ...seedPopulation
        .filter((_, i) => i % 7 === 0)
        .map((p) => [`citizen ${p.authority}`, `citizen:${p.fin}`]),
      ...seedStaff.map((s) => [
        `${s.kind} ${s.authority ?? 'agency'} [${s.roles.join(',')}]`,
        `staff:${s.id}`,
      ]),
    ];
    const principalOf = (token: string) => {
      const claims = decodeJwt(token) as unknown as Principal & { scope: string };
      return { ...claims, scopes: claims.scope === '' ? [] : claims.scope.split(' ') };
    };
    for (const [label, subject] of subjects) {
      const token = await signIn(app, subject!);
      callers.push({ label: label!, token, principal: principalOf(token) });
      if (subject!.startsWith('staff:')) {
        const unscoped = await signIn(app, subject!, { scope: '' });
        callers.push({ label: `${label} (no scope)`, token: unscoped, principal: principalOf(unscoped) });
      }
    }
  });
  afterAll(async () => {
    await db?.dispose();
  });

  it.skipIf(skip)('guards every operation that is not a public read, as its declared rule says', async () => {
    // biome-ignore lint/suspicious/noExplicitAny: walking the OpenAPI document
    const document = documentOf(app) as any;
    expect(document.components.securitySchemes[OAUTH_SCHEME]).toEqual(
      expect.objectContaining({ type: 'oauth2' }),
    );
    const secured: string[] = [];
    for (const [path, item] of Object.entries(document.paths as Record<string, Record<string, unknown>>)) {
      for (const method of METHODS) {
        // biome-ignore lint/suspicious/noExplicitAny: an operation object
        const operation = item[method] as any;
        if (!operation) continue;
        if (isOpenToAnyone(operation.security)) {
          expect(PUBLIC_OPERATIONS, `${method} ${path} is open to anyone`).toContain(operation.operationId);
          expect(operation['x-icra-access'], `${method} ${path}`).toBeUndefined();
          continue;
        }
        secured.push(operation.operationId);
        const rule = operation['x-icra-access'] as AccessRule;
        expect(rule, `${operation.operationId} declares its rule`).toBeTypeOf('object');
        expect(operation.security).toEqual(securityOf(rule));
        expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(['401', '403']));

        const params: Record<string, string> = {};
        const url = path.replace(/\{(\w+)\}/g, (_, name: string) => {
          params[name] = name === 'slug' ? 'guba' : randomUUID();
          return params[name]!;
        });
        const call = (headers: Record<string, string> = {}) =>
          app.request(url, { method: method.toUpperCase(), headers });

        const anonymous = await call();
        expect(anonymous.status, `${operation.operationId} anonymous`).toBe(401);
        expect((await call({ Authorization: 'Bearer x.y.z' })).status).toBe(401);
        for (const caller of callers) {
          const res = await call({ Authorization: `Bearer ${caller.token}` });
          const admitted = satisfies(caller.principal, rule, params);
          if (admitted)
            expect([401, 403], `${operation.operationId} as ${caller.label}`).not.toContain(res.status);
          else expect(res.status, `${operation.operationId} as ${caller.label}`).toBe(403);
          if (res.status === 403) {
            expect(res.headers.get('content-type')).toBe('application/problem+json');
            const challenge = res.headers.get('www-authenticate');
            const metadata = `resource_metadata="${ISSUER}/.well-known/oauth-protected-resource/v1"`;
            // RFC 6750 §3.1: a caller the rule admits, but whose token lacks the scope, is told which.
            if (
              satisfies(
                { ...caller.principal, scopes: [...(caller.principal.scopes ?? []), rule.scope!] },
                rule,
                params,
              )
            )
              expect(challenge).toBe(
                `Bearer realm="icra", error="insufficient_scope", scope="${rule.scope}", ${metadata}`,
              );
            else expect(challenge).toBe(`Bearer realm="icra", ${metadata}`);
          }
        }
      }
    }
    expect(secured).toEqual(
      expect.arrayContaining([
        'getMe',
        'listMyNotifications',
        'markNotificationRead',
        'probeEditorsOfAuthority',
        'listEditorialNews',
        'createNewsDraft',
        'getEditorialNews',
        'updateNews',
        'publishNews',
        'unpublishNews',
        'deleteNews',
        'uploadNewsCover',
        'deleteNewsCover',
        'listAuditLog',
        'createApplication',
        'listMyApplications',
        'getApplication',
        'listApplicationsForModeration',
        'approveApplication',
        'rejectApplication',
        'uploadParticipationAttachment',
        'getParticipationAttachment',
        'createPoll',
        'issueBallotCredential',
        'takeServiceApplication',
        'requestServiceApplicationInformation',
        'resubmitServiceApplication',
        'approveServiceApplication',
        'rejectServiceApplication',
        'completeServiceApplication',
        'withdrawServiceApplication',
        'listServiceQueue',
      ]),
    );
  });

  it.skipIf(skip)(
    'refuses citizens, evaluators, officials without the role and of another authority',
    async () => {
      const probe = (token: string) =>
        app.request('/v1/authorities/guba/probe', {
          method: 'POST',
          headers: { Authorization: `Bearer ${token}`, 'Accept-Language': 'ru' },
        });
      const by = (test: (p: Principal) => boolean) => callers.filter((c) => test(c.principal));
      const refused = [
        ...by((p) => p.kind === 'citizen'),
        ...by((p) => p.kind === 'evaluator'),
        ...by((p) => p.kind === 'official' && p.authority === 'guba' && !p.roles.includes('editor')),
        ...by((p) => p.kind === 'official' && p.authority !== 'guba'),
      ];
      // The guba editor is admitted, asking for a scope or not (the probe needs none).
      expect(refused.length).toBe(callers.length - 2);
      for (const caller of refused) {
        const res = await probe(caller.token);
        expect(res.status, caller.label).toBe(403);
        expect(((await res.json()) as { title: string }).title).toBe('Доступ запрещён');
      }
      const [editor] = by((p) => p.authority === 'guba' && p.roles.includes('editor'));
      expect((await probe(editor!.token)).status).toBe(200);
    },
  );
});
