/**
 * The authority's side of e-service applications: the officers' queue and the workflow's actions
 * (workflow.ts), one route per action. An application the caller may not act on (another
 * authority's, another citizen's) is 404, as if there were none; an action that does not lead from
 * where the application is, or that another officer holds, is 409 saying which.
 */

import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { ServiceAction } from '../../domain/enums.js';
import { bakuDate } from '../../domain/holidays.js';
import { principalOf, secured } from '../../http/auth.js';
import type { AppEnv } from '../../http/env.js';
import { errorResponses, notFoundResponse, route } from '../../http/openapi-route.js';
import { decodeCursor, nextCursorOf } from '../../http/pagination.js';
import { problem, problemResponse } from '../../http/problem.js';
import { header } from '../../http/request.js';
import { privateHeaders } from '../../http/respond.js';
import { staffRule } from '../../http/scopes.js';
import { AuthorityPathSchema } from '../authorities/index.js';
import type { FeatureContextProvider } from '../context.js';
import { CITIZENS, OFFICERS } from './access.js';
import {
  applicationHeaders,
  applicationSummary,
  expectedRevision,
  IfMatchSchema,
  langOf,
  sendApplication,
} from './application-routes.js';
import {
  ApplicationPathSchema,
  DraftLangQuerySchema,
  InformationRequestInputSchema,
  ListServiceQueueQuerySchema,
  QueueCursorSchema,
  ServiceApplicationSchema,
  ServiceCompletionInputSchema,
  ServiceQueuePageSchema,
  ServiceRejectionInputSchema,
} from './application-schemas.js';
import { completeEffect, requestInformationEffect, resubmitEffect } from './processing.js';
import { type ActionEffect, callerOf, listQueue, refusalText, TRANSITIONS, transition } from './workflow.js';

const text = {
  application: {
    az: 'Bu identifikatorla sizin baxa biləcəyiniz müraciət yoxdur.',
    en: 'There is no application with this id that you may act on.',
    ru: 'Заявления с таким идентификатором, с которым вы можете работать, нет.',
  },
};

const ActionHeadersSchema = z.object({
  'If-Match': IfMatchSchema.openapi({
    description:
      'The ETag ("r<revision>") of the application as the caller saw it; another answers 412. Without it, ' +
      'the action applies to the application as it is, if the action leads from there.',
  }),
});

interface ActionRoute {
  action: ServiceAction;
  operationId: string;
  summary: string;
  description: string;
  body?: z.ZodType;
  /** A 422 when what the action needs of the body or the application is not there. */
  unprocessable?: string;
}

/** The body an action may carry, as its route validated it. */
type ActionBody = {
  reason?: string;
  comment?: string;
  answers?: string[];
  documents?: string[];
  result?: 'generated' | 'attached';
};

const ACTIONS: ActionRoute[] = [
  {
    action: 'take',
    operationId: 'takeServiceApplication',
    summary: 'Take a submitted or resubmitted application into review',
    description:
      'From then on only the calling officer acts on it (until the citizen resubmits and it is taken again). ' +
      'Of two officers taking it at once exactly one does; the other gets 409.',
  },
  {
    action: 'request-information',
    operationId: 'requestServiceApplicationInformation',
    summary: 'Send an application in review back to the citizen for more information',
    description:
      'Name the answers and documents the citizen is to change: only those may change (amendServiceApplication, ' +
      'uploadServiceApplicationDocument) until they resubmit; every other answer is refused. The comment is sent ' +
      'to the citizen as written: write it in the application’s `lang`. The deadline’s clock stops until the ' +
      'citizen resubmits.',
    body: InformationRequestInputSchema,
    unprocessable:
      'A named answer or document the form does not have (at /body/answers/<i>, /body/documents/<i>), or none named.',
  },
  {
    action: 'approve',
    operationId: 'approveServiceApplication',
    summary: 'Approve an application in review',
    description: 'Only the officer who took it may.',
  },
  {
    action: 'reject',
    operationId: 'rejectServiceApplication',
    summary: 'Reject an application in review, with a reason',
    description:
      'Only the officer who took it may. The reason is sent to the citizen as written: write it in the ' +
      'application’s `lang`.',
    body: ServiceRejectionInputSchema,
  },
  {
    action: 'complete',
    operationId: 'completeServiceApplication',
    summary: 'Complete an approved application, issuing its result',
    description:
      'Only the officer who took it may. The result is issued in the same transaction: the portal’s certificate ' +
      '(`generated`), worded by the certificate template of the form the citizen applied with, or the PDF attached ' +
      'with putServiceResult (`attached`; none attached is 409 `result-missing`), with a verification code anyone ' +
      'checks at GET /v1/verify/{code}, or as a person at the page /verify/{code} printed on the certificate.',
    body: ServiceCompletionInputSchema,
  },
  {
    action: 'resubmit',
    operationId: 'resubmitServiceApplication',
    summary: 'Send an application back to the authority after it asked for more information',
    description:
      'The applicant only. The amended answers must pass every check of the form and differ only where the ' +
      'request allowed (else 422, each at /body/answers/<field>); they become the next version (getServiceApplicationVersion), ' +
      'and the due date moves on by the working days the application waited on the citizen.',
    unprocessable: 'The amended answers fail a check of the form, or change an answer that was not reopened.',
  },
  {
    action: 'withdraw',
    operationId: 'withdrawServiceApplication',
    summary: 'Withdraw an application before it is decided',
    description:
      'The applicant only; an application approved, rejected or completed can no longer be withdrawn.',
  },
];

export function registerServiceWorkflowRoutes(
  app: OpenAPIHono<AppEnv>,
  context: FeatureContextProvider,
): void {
  const tokens = () => context().identity.tokens;
  const noApplication = (c: Context<AppEnv>) =>
    problem(c, { name: 'not-found', status: 404, detail: text.application });

  for (const spec of ACTIONS) {
    const byCitizen = TRANSITIONS[spec.action].by === 'citizen';
    route(
      app,
      createRoute(
        secured(
          {
            method: 'post',
            path: `/v1/service-applications/{id}/${spec.action}`,
            operationId: spec.operationId,
            tags: byCitizen ? ['Services', 'Cabinet'] : ['Services'],
            summary: spec.summary,
            description:
              `${spec.description} It leads from ${TRANSITIONS[spec.action].from.join(', ')} to ` +
              `${TRANSITIONS[spec.action].to}; from anywhere else it is 409 \`conflict\`, saying where the ` +
              'application is. In one transaction with the change: the citizen’s notification (az/en/ru) and ' +
              'the audit entry. ' +
              (byCitizen
                ? 'Another citizen’s application is 404.'
                : 'An application of another authority is 404.'),
            request: {
              params: ApplicationPathSchema,
              query: DraftLangQuerySchema,
              headers: ActionHeadersSchema,
              ...(spec.body
                ? { body: { required: true, content: { 'application/json': { schema: spec.body } } } }
                : {}),
            },
            responses: {
              200: {
                description: 'The application, moved.',
                headers: applicationHeaders,
                content: { 'application/json': { schema: ServiceApplicationSchema } },
              },
              ...errorResponses,
              ...notFoundResponse,
              409: problemResponse(
                'The action does not lead from the application’s status, another officer has it in review ' +
                  '(`conflict`, the detail says which), no result was attached to complete it with ' +
                  '(`result-missing`), or the first request with this Idempotency-Key is still running.',
              ),
              412: problemResponse('If-Match names another revision than the current one.'),
              ...(spec.unprocessable ? { 422: problemResponse(spec.unprocessable) } : {}),
            },
          },
          byCitizen ? CITIZENS : OFFICERS,
          tokens,
        ),
      ),
      async (c) => {
        const revision = expectedRevision(header(c, 'if-match'));
        if (Number.isNaN(revision)) return problem(c, { name: 'precondition-failed', status: 412 });
        const principal = principalOf(c);
        const body: ActionBody = spec.body ? (c.req.valid('json' as never) as ActionBody) : {};
        const { db, documents } = context();
        const effect: ActionEffect | undefined =
          spec.action === 'request-information'
            ? requestInformationEffect({
                comment: body.comment ?? '',
                answers: body.answers ?? [],
                documents: body.documents ?? [],
              })
            : spec.action === 'resubmit'
              ? resubmitEffect
              : spec.action === 'complete'
                ? completeEffect({
                    result: body.result ?? 'generated',
                    officer: principal.sub,
                    storage: documents,
                    verifyBase: `${context().identity.issuer.replace(/\/$/, '')}/verify/`,
                  })
                : undefined;
        const outcome = await transition(db, {
          id: c.req.valid('param').id,
          action: spec.action,
          caller: callerOf(principal),
          ...(revision === undefined ? {} : { revision }),
          ...(body.reason !== undefined ? { note: body.reason } : {}),
          ...(body.comment !== undefined ? { note: body.comment } : {}),
          ...(effect ? { effect } : {}),
        });
        if ('missing' in outcome) return noApplication(c);
        if ('invalid' in outcome)
          return problem(c, { name: 'validation', status: 422, errors: outcome.invalid });
        if ('resultMissing' in outcome) return problem(c, { name: 'result-missing', status: 409 });
        if ('stale' in outcome) return problem(c, { name: 'precondition-failed', status: 412 });
        if ('refused' in outcome) {
          return problem(c, {
            name: 'conflict',
            status: 409,
            detail: refusalText(spec.action, outcome.refused),
          });
        }
        const row = outcome.ok;
        return sendApplication(c, db, row, langOf(c, c.req.valid('query').lang), principal);
      },
    );
  }

  route(
    app,
    createRoute(
      secured(
        {
          method: 'get',
          path: '/v1/authorities/{slug}/service-applications',
          operationId: 'listServiceQueue',
          tags: ['Services'],
          summary: 'The service officers’ queue: applications to their authority, the soonest due first',
          description: 'For service officers of the authority in the path only.',
          request: { params: AuthorityPathSchema, query: ListServiceQueueQuerySchema },
          responses: {
            200: {
              description: 'A page.',
              content: { 'application/json': { schema: ServiceQueuePageSchema } },
            },
            ...errorResponses,
            ...notFoundResponse,
          },
        },
        { ...OFFICERS, authorityParam: 'slug' },
        tokens,
      ),
    ),
    async (c) => {
      const query = c.req.valid('query');
      const lang = langOf(c, query.lang);
      const principal = principalOf(c);
      const page = await listQueue(
        context().db,
        {
          authority: c.req.valid('param').slug,
          ...(query.service === undefined ? {} : { service: query.service }),
          ...(query.status === undefined ? {} : { status: query.status }),
          ...(query.assigned === 'me' ? { assignedTo: principal.sub } : {}),
          ...(query.overdue === 'true' ? { overdueOn: bakuDate(new Date()) } : {}),
        },
        query.limit,
        decodeCursor(query.cursor, QueueCursorSchema),
      );
      const items = page.items.map((row) => applicationSummary(row, lang, principal));
      const nextCursor = nextCursorOf(page, (last) => ({ d: last.dueOn, i: last.id }));
      return c.json({ items, nextCursor }, 200, privateHeaders(c, { 'Content-Language': lang }));
    },
  );
}
