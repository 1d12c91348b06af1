/**
 * The evaluation's shapes: the yearly summary (the published aggregates and the recorded campaigns
 * alike), a recorded campaign's breakdown per body and per criterion, the evaluated bodies and their
 * services, and what evaluators send and read of a campaign and its assessments. Scores are integers
 * from 0 to 100 on each of the three criteria.
 */
import { z } from '@hono/zod-openapi';
import {
  EVALUATION_CAMPAIGN_STATUSES,
  EVALUATION_OUTCOMES,
  EVALUATION_RATINGS,
  EVALUATION_SOURCES,
} from '../../domain/enums.js';
import { langQueryParam } from '../../http/lang.js';

/** The years a campaign may be for. */
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;

export const EvaluationSourceSchema = z.enum(EVALUATION_SOURCES).openapi('EvaluationSource', {
  description:
    'Where a year’s numbers come from: the State Agency’s published report (`published-aggregate`, the years ' +
    'before the portal) or the assessments evaluators recorded per service (`recorded`).',
});
export const EvaluationCampaignStatusSchema = z
  .enum(EVALUATION_CAMPAIGN_STATUSES)
  .openapi('EvaluationCampaignStatus', {
    description:
      'A draft (only evaluators see it) until it is published; a published campaign no longer changes.',
  });
export const EvaluationOutcomeSchema = z.enum(EVALUATION_OUTCOMES).openapi('EvaluationOutcome', {
  description:
    'What the evaluation found of a service: electronicized, not electronicized, or its evaluation stopped (it ' +
    'counts among the services, as neither).',
});
export const EvaluationRatingSchema = z.enum(EVALUATION_RATINGS).openapi('EvaluationRating', {
  description: 'The rating of an electronicized service, worst first.',
});

const count = z.number().int().min(0);

export const EvaluationRatingCountsSchema = z
  .object({ unsatisfactory: count, satisfactory: count, good: count, excellent: count })
  .openapi('EvaluationRatingCounts', {
    description: 'How many electronicized services got each rating; they add up to `electronicized`.',
  });

export const EvaluationYearSchema = z
  .object({
    year: z.number().int(),
    source: EvaluationSourceSchema,
    bodies: count.openapi({ description: 'Central executive bodies evaluated.' }),
    services: count.openapi({
      description: 'Services evaluated: electronicized + notElectronicized + stopped.',
    }),
    electronicized: count,
    notElectronicized: count,
    stopped: count.openapi({ description: 'Services whose evaluation was stopped (2016: 22).' }),
    ratings: EvaluationRatingCountsSchema,
  })
  .openapi('EvaluationYear', { description: 'A published year of the State Agency’s evaluation.' });

export const EvaluationSummarySchema = z
  .object({ items: z.array(EvaluationYearSchema) })
  .openapi('EvaluationSummary', { description: 'The published years, oldest first.' });

const year = z.coerce.number().int().min(FIRST_YEAR).max(LAST_YEAR);

export const SummaryQuerySchema = z.object({
  from: year.optional().openapi({
    param: { name: 'from', in: 'query', description: 'The first year to include.' },
    example: 2013,
  }),
  to: year.optional().openapi({
    param: { name: 'to', in: 'query', description: 'The last year to include (not before `from`).' },
    example: 2018,
  }),
});

const mean = z.number().min(0).max(100).nullable();

export const EvaluationCriteriaMeansSchema = z
  .object({ electronicization: mean, openness: mean, usability: mean })
  .openapi('EvaluationCriteriaMeans', {
    description:
      'The mean score (0–100, to one decimal) on each criterion — level of electronicization and connectivity, ' +
      'openness of information and accessibility, usability — of the services scored (stopped ones are not); ' +
      'null when none was.',
  });

export const EvaluationTallySchema = z
  .object({
    services: count,
    electronicized: count,
    notElectronicized: count,
    stopped: count,
    ratings: EvaluationRatingCountsSchema,
    criteria: EvaluationCriteriaMeansSchema,
  })
  .openapi('EvaluationTally', { description: 'What the assessments of a set of services add up to.' });

export const EvaluationBodyTallySchema = EvaluationTallySchema.extend({
  slug: z.string(),
  name: z.string(),
}).openapi('EvaluationBodyTally', { description: 'One body’s services in a campaign.' });

export const EvaluationCampaignBreakdownSchema = z
  .object({
    year: z.number().int(),
    publishedAt: z.iso.datetime(),
    bodies: z.array(EvaluationBodyTallySchema),
    all: EvaluationTallySchema.openapi({ description: 'Every body of the campaign together.' }),
  })
  .openapi('EvaluationCampaignBreakdown', {
    description: 'A published recorded campaign per body, and per criterion over all its services.',
  });

export const EvaluatedServiceSchema = z
  .object({ id: z.uuid(), name: z.string() })
  .openapi('EvaluatedService', { description: 'An e-service of an evaluated body.' });

export const EvaluatedBodySchema = z
  .object({ slug: z.string(), name: z.string(), services: z.array(EvaluatedServiceSchema) })
  .openapi('EvaluatedBody', { description: 'A central executive body whose e-services are evaluated.' });

export const EvaluatedBodyListSchema = z
  .object({ items: z.array(EvaluatedBodySchema) })
  .openapi('EvaluatedBodyList');

export const LangQuerySchema = z.object({ lang: langQueryParam });

export const YearPathSchema = z.object({
  year: z.coerce
    .number()
    .int()
    .min(FIRST_YEAR)
    .max(LAST_YEAR)
    .openapi({ param: { name: 'year', in: 'path' }, example: 2019 }),
});

export const AssessmentPathSchema = YearPathSchema.extend({
  serviceId: z.uuid().openapi({ param: { name: 'serviceId', in: 'path' } }),
});

const text = z.string().trim().min(1).max(4000);

export const EvaluationTextsSchema = z
  .object({ az: text, en: text.optional(), ru: text.optional() })
  .strict()
  .openapi('EvaluationTexts', {
    description: 'A text in Azerbaijani (required) and maybe in English and Russian.',
  });

const score = z.number().int().min(0).max(100);

export const EvaluationScoresSchema = z
  .object({ electronicization: score, openness: score, usability: score })
  .strict()
  .openapi('EvaluationScores', {
    description:
      'A score from 0 to 100 on each criterion: level of electronicization and connectivity, openness of ' +
      'information and accessibility, usability.',
  });

const findings = {
  scores: EvaluationScoresSchema,
  deficiencies: z
    .union([EvaluationTextsSchema, z.null()])
    .default(null)
    .openapi({ description: 'The deficiencies noted; null or absent: none.' }),
  proposals: z
    .union([EvaluationTextsSchema, z.null()])
    .default(null)
    .openapi({ description: 'The proposals given; null or absent: none.' }),
};

export const AssessmentInputSchema = z
  .discriminatedUnion('outcome', [
    z
      .object({ outcome: z.literal('electronicized'), ...findings, rating: EvaluationRatingSchema })
      .strict()
      .openapi('EvaluationElectronicizedInput', {
        description: 'An electronicized service: its scores, its rating, deficiencies and proposals.',
      }),
    z
      .object({ outcome: z.literal('not_electronicized'), ...findings })
      .strict()
      .openapi('EvaluationNotElectronicizedInput', {
        description: 'A service not electronicized: its scores, deficiencies and proposals; no rating.',
      }),
    z
      .object({ outcome: z.literal('stopped'), reason: EvaluationTextsSchema })
      .strict()
      .openapi('EvaluationStoppedInput', {
        description: 'A service whose evaluation was stopped, with the reason; no scores and no rating.',
      }),
  ])
  .openapi('EvaluationAssessmentInput', { description: 'What evaluators record of one service.' });

const localized = z
  .object({ az: z.string(), en: z.string().optional(), ru: z.string().optional() })
  .openapi({ description: 'The text as recorded, per language.' });

export const EvaluationAssessmentSchema = z
  .object({
    service: z.object({ id: z.uuid(), body: z.string(), name: z.string() }),
    outcome: EvaluationOutcomeSchema,
    scores: z
      .object({ electronicization: score, openness: score, usability: score })
      .nullable()
      .openapi({ description: 'Null when the evaluation was stopped.' }),
    rating: z
      .union([EvaluationRatingSchema, z.null()])
      .openapi({ description: 'Null unless electronicized.' }),
    deficiencies: localized.nullable(),
    proposals: localized.nullable(),
    stoppedReason: localized.nullable(),
    revision: z.number().int().min(1).openapi({ description: 'Send it as If-Match ("r<n>") to correct it.' }),
    recordedBy: z.string().openapi({ description: 'The evaluator who recorded this revision.' }),
    recordedAt: z.iso.datetime(),
  })
  .openapi('EvaluationAssessment', { description: 'What evaluators recorded of one service in a campaign.' });

export const EvaluationCampaignSchema = z
  .object({
    year: z.number().int(),
    source: EvaluationSourceSchema,
    status: EvaluationCampaignStatusSchema,
    publishedAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
    assessments: z
      .array(EvaluationAssessmentSchema)
      .openapi({ description: 'Per service (none for a published aggregate), by body and service.' }),
  })
  .openapi('EvaluationCampaign', { description: 'A year’s evaluation campaign, as evaluators see it.' });

export const NewEvaluationCampaignSchema = z
  .object({ year: z.number().int().min(FIRST_YEAR).max(LAST_YEAR) })
  .strict()
  .openapi('NewEvaluationCampaign');

export type AssessmentInput = z.infer<typeof AssessmentInputSchema>;
export type EvaluationYear = z.infer<typeof EvaluationYearSchema>;
export type EvaluationTally = z.infer<typeof EvaluationTallySchema>;
