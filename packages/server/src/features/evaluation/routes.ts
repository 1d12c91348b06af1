/**
 * The State Agency's evaluation of e-services. Public: the yearly summary (the published reports of
 * 2013–2018 and the campaigns recorded since, one aggregation for both), a published recorded
 * campaign's breakdown per body and per criterion, both also as CSV (`Accept: text/csv`), and the
 * evaluated bodies with their services. Evaluators (scope `evaluation:record`): create a year's
 * campaign, read it with its assessments while it is a draft, record and correct an assessment per
 * service (If-Match on its revision), and publish it. A draft shows in no public answer.
 */
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { open, principalOf, secured } from '../../http/auth.js';
import type { Caching } from '../../http/conditional.js';
import { conditionalJson, notModified, strongEtag } from '../../http/conditional.js';
import type { AppEnv } from '../../http/env.js';
import type { Lang } from '../../http/lang.js';
import type { Translations } from '../../http/messages.js';
import {
  errorResponses,
  notModifiedResponse,
  revalidatedListHeaders,
  revalidatedReadHeaders,
  route,
} from '../../http/openapi-route.js';
import { problem, problemResponse } from '../../http/problem.js';
import { header } from '../../http/request.js';
import { apiHeaders, privateHeaders } from '../../http/respond.js';
import { staffRule } from '../../http/scopes.js';
import type { FeatureContextProvider } from '../context.js';
import { etagOf, expectedRevision, langOf, textIn } from '../services/index.js';
import { CSV_MEDIA_TYPE, csvOf, prefersCsv } from './csv.js';
import {
  type AssessmentRow,
  breakdownOf,
  createCampaign,
  findCampaign,
  listBodies,
  publishCampaign,
  recordAssessment,
  type ServiceRow,
  summaryOf,
} from './queries.js';
import {
  AssessmentInputSchema,
  AssessmentPathSchema,
  EvaluatedBodyListSchema,
  EvaluationAssessmentSchema,
  EvaluationCampaignBreakdownSchema,
  EvaluationCampaignSchema,
  EvaluationSummarySchema,
  type EvaluationTally,
  LangQuerySchema,
  NewEvaluationCampaignSchema,
  SummaryQuerySchema,
  YearPathSchema,
} from './schemas.js';

const EVALUATORS = staffRule('evaluation:record');

/**
 * The public reads are computed at every request and negotiated by Accept (JSON or CSV): a cache
 * revalidates each time, so a campaign shows as soon as it is published.
 */
const EVALUATION_CACHING: Caching = { 'Cache-Control': 'no-cache', Vary: 'Accept, Accept-Language, Origin' };

const text = {
  breakdown: {
    az: 'Bu il üçün xidmətlər üzrə dərc olunmuş qiymətləndirmə yoxdur.',
    en: 'There is no published per-service evaluation for this year.',
    ru: 'Опубликованной по услугам оценки за этот год нет.',
  },
  campaign: {
    az: 'Bu il üçün qiymətləndirmə kampaniyası yoxdur.',
    en: 'There is no evaluation campaign for this year.',
    ru: 'Кампании оценки за этот год нет.',
  },
  service: {
    az: 'Belə qiymətləndirilən xidmət yoxdur.',
    en: 'There is no such evaluated service.',
    ru: 'Такой оцениваемой услуги нет.',
  },
  exists: {
    az: 'Bu il üçün qiymətləndirmə artıq var (tarixi illər də daxil olmaqla).',
    en: 'This year already has an evaluation (the historical years included).',
    ru: 'За этот год оценка уже есть (включая исторические годы).',
  },
  published: {
    az: 'Kampaniya dərc olunub və ya dərc olunmuş hesabatdan yüklənib: o artıq dəyişmir.',
    en: 'The campaign is published, or loaded from a published report: it no longer changes.',
    ru: 'Кампания опубликована или загружена из опубликованного отчёта: она больше не меняется.',
  },
  empty: {
    az: 'Dərc etmək üçün kampaniyada ən azı bir qiymətləndirmə olmalıdır.',
    en: 'A campaign needs at least one assessment to be published.',
    ru: 'Для публикации в кампании должна быть хотя бы одна оценка.',
  },
  range: {
    az: '`to` `from`-dan əvvəl ola bilməz.',
    en: '`to` cannot come before `from`.',
    ru: '`to` не может быть раньше `from`.',
  },
  all: { az: 'Bütün orqanlar', en: 'All bodies', ru: 'Все органы' },
} satisfies Record<string, Translations>;

const csvContent = (description: string, example: string) => ({
  [CSV_MEDIA_TYPE]: { schema: z.string().openapi({ description, example }) },
});

const SUMMARY_COLUMNS = [
  'year',
  'source',
  'bodies',
  'services',
  'electronicized',
  'notElectronicized',
  'stopped',
  'unsatisfactory',
  'satisfactory',
  'good',
  'excellent',
] as const;

const BODY_COLUMNS = [
  'year',
  'body',
  'name',
  'services',
  'electronicized',
  'notElectronicized',
  'stopped',
  'unsatisfactory',
  'satisfactory',
  'good',
  'excellent',
  'electronicization',
  'openness',
  'usability',
] as const;

const tallyFields = (t: EvaluationTally) => [
  t.services,
  t.electronicized,
  t.notElectronicized,
  t.stopped,
  t.ratings.unsatisfactory,
  t.ratings.satisfactory,
  t.ratings.good,
  t.ratings.excellent,
  t.criteria.electronicization,
  t.criteria.openness,
  t.criteria.usability,
];

/** A CSV answer of a conditional read: its own strong ETag, a 304 when If-None-Match matches it. */
function csvAnswer(c: Context<AppEnv>, csv: string, filename: string, own: Record<string, string> = {}) {
  const bytes = new TextEncoder().encode(csv);
  const etag = strongEtag(bytes);
  const headers = apiHeaders(c, {
    'Content-Type': `${CSV_MEDIA_TYPE}; charset=utf-8; header=present`,
    'Content-Disposition': `attachment; filename="${filename}"`,
    ...EVALUATION_CACHING,
    ...own,
    ETag: etag,
  });
  return notModified(header(c, 'if-none-match'), etag, headers) ?? c.body(bytes, 200, headers);
}

const iso = (at: Date) => at.toISOString();

/** An assessment as evaluators read it, its service named in `lang`. */
function assessmentView(row: AssessmentRow, service: ServiceRow, lang: Lang) {
  return {
    service: { id: service.id, body: service.bodySlug, name: textIn(service.name, lang) },
    outcome: row.outcome,
    scores:
      row.electronicization === null || row.openness === null || row.usability === null
        ? null
        : { electronicization: row.electronicization, openness: row.openness, usability: row.usability },
    rating: row.rating,
    deficiencies: (row.deficiencies as { az: string; en?: string; ru?: string } | null) ?? null,
    proposals: (row.proposals as { az: string; en?: string; ru?: string } | null) ?? null,
    stoppedReason: (row.stoppedReason as { az: string; en?: string; ru?: string } | null) ?? null,
    revision: row.revision,
    recordedBy: row.recordedBy,
    recordedAt: iso(row.recordedAt),
  };
}

export function registerEvaluationRoutes(app: OpenAPIHono<AppEnv>, context: FeatureContextProvider): void {
  const tokens = () => context().identity.tokens;

  route(
    app,
    createRoute(
      open({
        method: 'get',
        path: '/v1/evaluation/summary',
        operationId: 'getEvaluationSummary',
        tags: ['Evaluation'],
        summary: 'The State Agency’s evaluation of e-services, per published year',
        description:
          'Per year, oldest first: the central executive bodies evaluated, their services, how many were ' +
          'electronicized, not, or stopped, and the ratings of the electronicized ones. The years 2013–2018 are ' +
          'the published reports’ totals (`published-aggregate`); later years are summed from the assessments ' +
          'recorded per service (`recorded`). Only published campaigns. `Accept: text/csv` gives the same as CSV ' +
          '(a header row, one row per year).',
        request: { query: SummaryQuerySchema },
        responses: {
          200: {
            description: 'The years.',
            headers: revalidatedReadHeaders,
            content: {
              'application/json': { schema: EvaluationSummarySchema },
              ...csvContent(
                `The same, one row per year; columns: ${SUMMARY_COLUMNS.join(', ')}.`,
                `${SUMMARY_COLUMNS.join(',')}\r\n2013,published-aggregate,40,439,305,134,0,5,83,142,75\r\n`,
              ),
            },
          },
          ...notModifiedResponse(revalidatedReadHeaders),
          ...errorResponses,
        },
      }),
    ),
    async (c) => {
      const { from, to } = c.req.valid('query');
      if (from !== undefined && to !== undefined && to < from)
        return problem(c, {
          name: 'validation',
          status: 400,
          errors: [{ pointer: '/query/to', detail: text.range }],
        });
      const items = await summaryOf(context().db, from, to);
      if (prefersCsv(header(c, 'accept')))
        return csvAnswer(
          c,
          csvOf(
            SUMMARY_COLUMNS,
            items.map((y) => [
              y.year,
              y.source,
              y.bodies,
              y.services,
              y.electronicized,
              y.notElectronicized,
              y.stopped,
              y.ratings.unsatisfactory,
              y.ratings.satisfactory,
              y.ratings.good,
              y.ratings.excellent,
            ]),
          ),
          'evaluation-summary.csv',
        );
      return conditionalJson(c, { items }, EVALUATION_CACHING);
    },
  );

  route(
    app,
    createRoute(
      open({
        method: 'get',
        path: '/v1/evaluation/campaigns/{year}/bodies',
        operationId: 'getEvaluationCampaignBodies',
        tags: ['Evaluation'],
        summary: 'A published campaign’s results per body and per criterion',
        description:
          'For a published campaign recorded per service: per body (in their order) the services, how many were ' +
          'electronicized, not or stopped, the ratings, and the mean score on each criterion; and the same over ' +
          'all bodies. `Accept: text/csv` gives one row per body and a last row for all of them (empty `body`). ' +
          'The historical years have no per-body data.',
        request: { params: YearPathSchema, query: LangQuerySchema },
        responses: {
          200: {
            description: 'The breakdown.',
            headers: revalidatedListHeaders,
            content: {
              'application/json': { schema: EvaluationCampaignBreakdownSchema },
              ...csvContent(
                `One row per body, then one for all; columns: ${BODY_COLUMNS.join(', ')}.`,
                `${BODY_COLUMNS.join(',')}\r\n2019,ministry-of-taxes,Ministry of Taxes,3,2,1,0,0,1,1,0,76.7,70,68.3\r\n`,
              ),
            },
          },
          ...notModifiedResponse(revalidatedListHeaders),
          ...errorResponses,
          404: problemResponse('No published campaign recorded per service for this year.'),
        },
      }),
    ),
    async (c) => {
      const { year } = c.req.valid('param');
      const lang = langOf(c, c.req.valid('query').lang);
      const found = await breakdownOf(context().db, year);
      if (!found) return problem(c, { name: 'not-found', status: 404, detail: text.breakdown });
      const bodies = found.bodies.map(({ name, ...tally }) => ({ ...tally, name: textIn(name, lang) }));
      if (prefersCsv(header(c, 'accept')))
        return csvAnswer(
          c,
          csvOf(BODY_COLUMNS, [
            ...bodies.map((b) => [year, b.slug, b.name, ...tallyFields(b)]),
            [year, '', text.all[lang], ...tallyFields(found.all)],
          ]),
          `evaluation-${year}-bodies.csv`,
          { 'Content-Language': lang },
        );
      return conditionalJson(
        c,
        { year, publishedAt: iso(found.publishedAt), bodies, all: found.all },
        EVALUATION_CACHING,
        { 'Content-Language': lang },
      );
    },
  );

  route(
    app,
    createRoute(
      open({
        method: 'get',
        path: '/v1/evaluation/bodies',
        operationId: 'listEvaluatedBodies',
        tags: ['Evaluation'],
        summary: 'The central executive bodies evaluated, with their services',
        description:
          'In their order, named in the language asked (Azerbaijani when a name is missing in it).',
        request: { query: LangQuerySchema },
        responses: {
          200: {
            description: 'The bodies.',
            headers: revalidatedListHeaders,
            content: { 'application/json': { schema: EvaluatedBodyListSchema } },
          },
          ...notModifiedResponse(revalidatedListHeaders),
          ...errorResponses,
        },
      }),
    ),
    async (c) => {
      const lang = langOf(c, c.req.valid('query').lang);
      const bodies = await listBodies(context().db);
      return conditionalJson(
        c,
        {
          items: bodies.map((b) => ({
            slug: b.slug,
            name: textIn(b.name, lang),
            services: b.services.map((s) => ({ id: s.id, name: textIn(s.name, lang) })),
          })),
        },
        EVALUATION_CACHING,
        { 'Content-Language': lang },
      );
    },
  );

  const campaignResponse = (description: string) => ({
    description,
    content: { 'application/json': { schema: EvaluationCampaignSchema } },
  });

  const campaignView = async (year: number, lang: Lang) => {
    const found = await findCampaign(context().db, year);
    if (!found) return undefined;
    const { campaign, assessments } = found;
    return {
      year: campaign.year,
      source: campaign.source,
      status: campaign.status,
      publishedAt: campaign.publishedAt ? iso(campaign.publishedAt) : null,
      createdAt: iso(campaign.createdAt),
      assessments: assessments.map((a) => assessmentView(a.assessment, a.service, lang)),
    };
  };

  const noCampaign = (c: Context<AppEnv>) =>
    problem(c, { name: 'not-found', status: 404, detail: text.campaign });

  route(
    app,
    createRoute(
      secured(
        {
          method: 'post',
          path: '/v1/evaluation/campaigns',
          operationId: 'createEvaluationCampaign',
          tags: ['Evaluation'],
          summary: 'Create a year’s evaluation campaign, as a draft',
          description:
            'Evaluators of the State Agency. The campaign is recorded per service and seen by evaluators only ' +
            'until it is published. One campaign a year: a year that has one (the historical years too) answers 409.',
          request: {
            query: LangQuerySchema,
            body: {
              required: true,
              content: { 'application/json': { schema: NewEvaluationCampaignSchema } },
            },
          },
          responses: {
            201: campaignResponse('The draft.'),
            ...errorResponses,
            409: problemResponse(
              'The year has a campaign already, or the first request with this Idempotency-Key is still running.',
            ),
          },
        },
        EVALUATORS,
        tokens,
      ),
    ),
    async (c) => {
      const { year } = c.req.valid('json');
      const lang = langOf(c, c.req.valid('query').lang);
      const principal = principalOf(c);
      const created = await createCampaign(context().db, year, { sub: principal.sub, authority: null });
      if (!created) return problem(c, { name: 'conflict', status: 409, detail: text.exists });
      const view = await campaignView(year, lang);
      return c.json(view!, 201, privateHeaders(c, { Location: `/v1/evaluation/campaigns/${year}` }));
    },
  );

  route(
    app,
    createRoute(
      secured(
        {
          method: 'get',
          path: '/v1/evaluation/campaigns/{year}',
          operationId: 'getEvaluationCampaign',
          tags: ['Evaluation'],
          summary: 'A year’s campaign with all its assessments',
          description:
            'Evaluators: the campaign, a draft or published, with every assessment recorded, its deficiencies, ' +
            'proposals and revision; services named in the language asked.',
          request: { params: YearPathSchema, query: LangQuerySchema },
          responses: {
            200: campaignResponse('The campaign.'),
            ...errorResponses,
            404: problemResponse('No campaign for this year.'),
          },
        },
        EVALUATORS,
        tokens,
      ),
    ),
    async (c) => {
      const lang = langOf(c, c.req.valid('query').lang);
      const view = await campaignView(c.req.valid('param').year, lang);
      if (!view) return noCampaign(c);
      return c.json(view, 200, privateHeaders(c, { 'Content-Language': lang }));
    },
  );

  route(
    app,
    createRoute(
      secured(
        {
          method: 'put',
          path: '/v1/evaluation/campaigns/{year}/assessments/{serviceId}',
          operationId: 'recordEvaluationAssessment',
          tags: ['Evaluation'],
          summary: 'Record or correct the assessment of a service in a draft campaign',
          description:
            'Evaluators. The first assessment of a service in the campaign is sent without If-Match; a ' +
            'correction with If-Match naming the revision it was made from ("r<n>", the ETag): another answers ' +
            '412, none 428. Electronicized: scores and a rating; not electronicized: scores, no rating; stopped: ' +
            'the reason, no scores. Refused (409) once the campaign is published.',
          request: {
            params: AssessmentPathSchema,
            query: LangQuerySchema,
            headers: z.object({
              'If-Match': z
                .string()
                .optional()
                .openapi({
                  param: { name: 'If-Match', in: 'header' },
                  description:
                    'The ETag ("r<revision>") of the assessment as the caller saw it; none for a first one.',
                  example: '"r1"',
                }),
            }),
            body: { required: true, content: { 'application/json': { schema: AssessmentInputSchema } } },
          },
          responses: {
            200: {
              description: 'The assessment, corrected.',
              headers: { ETag: { description: 'Its revision, "r<n>".', schema: { type: 'string' } } },
              content: { 'application/json': { schema: EvaluationAssessmentSchema } },
            },
            201: {
              description: 'The assessment, recorded.',
              headers: { ETag: { description: 'Its revision, "r1".', schema: { type: 'string' } } },
              content: { 'application/json': { schema: EvaluationAssessmentSchema } },
            },
            ...errorResponses,
            404: problemResponse('No campaign for this year, or no such service.'),
            409: problemResponse(
              'The campaign is published (or a historical year), or the first request with this Idempotency-Key ' +
                'is still running.',
            ),
            412: problemResponse(
              'If-Match names another revision than the current one, or there is none yet.',
            ),
            428: problemResponse('The service has an assessment: a correction needs If-Match.'),
          },
        },
        EVALUATORS,
        tokens,
      ),
    ),
    async (c) => {
      const expected = expectedRevision(header(c, 'if-match'));
      if (Number.isNaN(expected)) return problem(c, { name: 'precondition-failed', status: 412 });
      const { year, serviceId } = c.req.valid('param');
      const lang = langOf(c, c.req.valid('query').lang);
      const principal = principalOf(c);
      const outcome = await recordAssessment(
        context().db,
        { year, serviceId, expected, assessment: c.req.valid('json') },
        { sub: principal.sub, authority: null },
      );
      if ('missing' in outcome)
        return outcome.missing === 'campaign'
          ? noCampaign(c)
          : problem(c, { name: 'not-found', status: 404, detail: text.service });
      if ('closed' in outcome) return problem(c, { name: 'conflict', status: 409, detail: text.published });
      if ('required' in outcome) return problem(c, { name: 'precondition-required', status: 428 });
      if ('stale' in outcome) return problem(c, { name: 'precondition-failed', status: 412 });
      const headers = privateHeaders(c, { ETag: etagOf(outcome.ok.revision), 'Content-Language': lang });
      const view = assessmentView(outcome.ok, outcome.service, lang);
      return outcome.created ? c.json(view, 201, headers) : c.json(view, 200, headers);
    },
  );

  route(
    app,
    createRoute(
      secured(
        {
          method: 'post',
          path: '/v1/evaluation/campaigns/{year}/publish',
          operationId: 'publishEvaluationCampaign',
          tags: ['Evaluation'],
          summary: 'Publish a draft campaign',
          description:
            'Evaluators. From then on its year is in the public summary and its breakdown per body is public; it ' +
            'no longer changes. A campaign without any assessment answers 422.',
          request: { params: YearPathSchema, query: LangQuerySchema },
          responses: {
            200: campaignResponse('The campaign, published.'),
            ...errorResponses,
            404: problemResponse('No campaign for this year.'),
            409: problemResponse(
              'The campaign is published already (or a historical year), or the first request with this ' +
                'Idempotency-Key is still running.',
            ),
            422: problemResponse(
              'The campaign has no assessment, or this Idempotency-Key was already used with a different request.',
            ),
          },
        },
        EVALUATORS,
        tokens,
      ),
    ),
    async (c) => {
      const { year } = c.req.valid('param');
      const lang = langOf(c, c.req.valid('query').lang);
      const principal = principalOf(c);
      const outcome = await publishCampaign(context().db, year, { sub: principal.sub, authority: null });
      if ('missing' in outcome) return noCampaign(c);
      if ('closed' in outcome) return problem(c, { name: 'conflict', status: 409, detail: text.published });
      if ('empty' in outcome)
        return problem(c, {
          name: 'validation',
          status: 422,
          errors: [{ pointer: '/path/year', detail: text.empty }],
        });
      const view = await campaignView(year, lang);
      return c.json(view!, 200, privateHeaders(c, { 'Content-Language': lang }));
    },
  );
}
