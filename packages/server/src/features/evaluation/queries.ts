/**
 * The evaluation in the database. The yearly summary is one query for every kind of year: the
 * published aggregates of the historical years, and beside them (UNION ALL) the same columns counted
 * by GROUP BY over the assessments of the published recorded campaigns, so a recorded year is summed
 * by the code that serves the history. Drafts appear in no public query. A campaign's changes are
 * transactions that lock its row (share to record, update to publish), so nothing is recorded into a
 * campaign once its publication commits; an assessment's correction is a compare-and-swap on its
 * revision; each change is audited.
 */
import { and, asc, count, eq, sql } from 'drizzle-orm';
import { type AuditActor, audit } from '../../audit.js';
import type { Db } from '../../db/database.js';
import {
  evaluatedBodies,
  evaluatedServices,
  evaluationAssessments,
  evaluationCampaigns,
} from '../../db/schema.js';
import type { EvaluationRating, EvaluationSource } from '../../domain/enums.js';
import type { AssessmentInput, EvaluationTally, EvaluationYear } from './schemas.js';
import { FIRST_YEAR, LAST_YEAR } from './schemas.js';

function rowsOf<T>(result: unknown): T[] {
  return ((result as { rows?: T[] }).rows ?? (result as T[])) as T[];
}

/** A summary row as the query gives it: flat counts. */
interface SummaryRow {
  year: number;
  source: EvaluationSource;
  bodies: number;
  services: number;
  electronicized: number;
  notElectronicized: number;
  stopped: number;
  unsatisfactory: number;
  satisfactory: number;
  good: number;
  excellent: number;
}

const ratingsOf = (row: Pick<SummaryRow, EvaluationRating>) => ({
  unsatisfactory: row.unsatisfactory,
  satisfactory: row.satisfactory,
  good: row.good,
  excellent: row.excellent,
});

/** The published years from `from` to `to`, oldest first: aggregates and recorded campaigns alike. */
export async function summaryOf(db: Db, from = FIRST_YEAR, to = LAST_YEAR): Promise<EvaluationYear[]> {
  const result = await db.execute(sql`
    select a.year::int as "year", c.source::text as "source", a.bodies, a.services, a.electronicized,
      a.not_electronicized as "notElectronicized", a.stopped, a.unsatisfactory, a.satisfactory, a.good, a.excellent
    from evaluation_aggregates a
    join evaluation_campaigns c on c.year = a.year and c.source = a.source
    where c.status = 'published' and c.year between ${from} and ${to}
    union all
    select c.year::int, c.source::text,
      count(distinct s.body_slug)::int,
      count(*)::int,
      (count(*) filter (where x.outcome = 'electronicized'))::int,
      (count(*) filter (where x.outcome = 'not_electronicized'))::int,
      (count(*) filter (where x.outcome = 'stopped'))::int,
      (count(*) filter (where x.rating = 'unsatisfactory'))::int,
      (count(*) filter (where x.rating = 'satisfactory'))::int,
      (count(*) filter (where x.rating = 'good'))::int,
      (count(*) filter (where x.rating = 'excellent'))::int
    from evaluation_assessments x
    join evaluation_campaigns c on c.year = x.year and c.source = x.source
    join evaluated_services s on s.id = x.service_id
    where c.status = 'published' and c.year between ${from} and ${to}
    group by c.year, c.source
    order by 1`);
  return rowsOf<SummaryRow>(result).map((row) => ({
    year: row.year,
    source: row.source,
    bodies: row.bodies,
    services: row.services,
    electronicized: row.electronicized,
    notElectronicized: row.notElectronicized,
    stopped: row.stopped,
    ratings: ratingsOf(row),
  }));
}

type Localized = Record<string, string>;

interface TallyRow extends Omit<SummaryRow, 'year' | 'source' | 'bodies'> {
  slug: string | null;
  name: Localized | null;
  meanElectronicization: number | null;
  meanOpenness: number | null;
  meanUsability: number | null;
}

export type BodyTally = EvaluationTally & { slug: string; name: Localized };

/**
 * A published recorded campaign per body (in the bodies' order) and over all its bodies (one
 * GROUPING SETS query); undefined when the year has no published recorded campaign.
 */
export async function breakdownOf(
  db: Db,
  year: number,
): Promise<{ publishedAt: Date; bodies: BodyTally[]; all: EvaluationTally } | undefined> {
  const [campaign] = await db
    .select({ publishedAt: evaluationCampaigns.publishedAt })
    .from(evaluationCampaigns)
    .where(
      and(
        eq(evaluationCampaigns.year, year),
        eq(evaluationCampaigns.source, 'recorded'),
        eq(evaluationCampaigns.status, 'published'),
      ),
    );
  if (!campaign?.publishedAt) return undefined;
  const result = await db.execute(sql`
    select b.slug, b.name, b.position,
      count(*)::int as "services",
      (count(*) filter (where x.outcome = 'electronicized'))::int as "electronicized",
      (count(*) filter (where x.outcome = 'not_electronicized'))::int as "notElectronicized",
      (count(*) filter (where x.outcome = 'stopped'))::int as "stopped",
      (count(*) filter (where x.rating = 'unsatisfactory'))::int as "unsatisfactory",
      (count(*) filter (where x.rating = 'satisfactory'))::int as "satisfactory",
      (count(*) filter (where x.rating = 'good'))::int as "good",
      (count(*) filter (where x.rating = 'excellent'))::int as "excellent",
      round(avg(x.electronicization), 1)::float8 as "meanElectronicization",
      round(avg(x.openness), 1)::float8 as "meanOpenness",
      round(avg(x.usability), 1)::float8 as "meanUsability"
    from evaluation_assessments x
    join evaluated_services s on s.id = x.service_id
    join evaluated_bodies b on b.slug = s.body_slug
    where x.year = ${year} and x.source = 'recorded'
    group by grouping sets ((b.slug, b.name, b.position), ())
    order by b.position nulls last`);
  const rows = rowsOf<TallyRow>(result);
  const tally = (row: TallyRow): EvaluationTally => ({
    services: row.services,
    electronicized: row.electronicized,
    notElectronicized: row.notElectronicized,
    stopped: row.stopped,
    ratings: ratingsOf(row),
    criteria: {
      electronicization: row.meanElectronicization,
      openness: row.meanOpenness,
      usability: row.meanUsability,
    },
  });
  const total = rows.find((row) => row.slug === null);
  return {
    publishedAt: campaign.publishedAt,
    bodies: rows
      .filter((row) => row.slug !== null)
      .map((row) => ({ slug: row.slug!, name: row.name!, ...tally(row) })),
    all: total
      ? tally(total)
      : tally({
          slug: null,
          name: null,
          services: 0,
          electronicized: 0,
          notElectronicized: 0,
          stopped: 0,
          unsatisfactory: 0,
          satisfactory: 0,
          good: 0,
          excellent: 0,
          meanElectronicization: null,
          meanOpenness: null,
          meanUsability: null,
        }),
  };
}

/** The evaluated bodies in their order, each with its services in order. */
export async function listBodies(db: Db) {
  const bodies = await db.select().from(evaluatedBodies).orderBy(asc(evaluatedBodies.position));
  const services = await db
    .select()
    .from(evaluatedServices)
    .orderBy(asc(evaluatedServices.bodySlug), asc(evaluatedServices.position));
  return bodies.map((body) => ({ ...body, services: services.filter((s) => s.bodySlug === body.slug) }));
}

export type CampaignRow = typeof evaluationCampaigns.$inferSelect;
export type AssessmentRow = typeof evaluationAssessments.$inferSelect;

/** A campaign with its assessments (each with its service), in the bodies' and services' order. */
export async function findCampaign(db: Db, year: number) {
  const [campaign] = await db.select().from(evaluationCampaigns).where(eq(evaluationCampaigns.year, year));
  if (!campaign) return undefined;
  const assessments = await db
    .select({ assessment: evaluationAssessments, service: evaluatedServices })
    .from(evaluationAssessments)
    .innerJoin(evaluatedServices, eq(evaluatedServices.id, evaluationAssessments.serviceId))
    .innerJoin(evaluatedBodies, eq(evaluatedBodies.slug, evaluatedServices.bodySlug))
    .where(eq(evaluationAssessments.year, year))
    .orderBy(asc(evaluatedBodies.position), asc(evaluatedServices.position));
  return { campaign, assessments };
}

export type ServiceRow = typeof evaluatedServices.$inferSelect;

/** A new draft campaign for `year`; undefined when the year has one already (a draft, recorded or historical). */
export async function createCampaign(db: Db, year: number, actor: AuditActor) {
  return db.transaction(async (tx) => {
    const [created] = await tx
      .insert(evaluationCampaigns)
      .values({ year, source: 'recorded', status: 'draft', createdBy: actor.sub })
      .onConflictDoNothing()
      .returning();
    if (!created) return undefined;
    await audit(tx, actor, 'evaluation.campaign.create', String(year));
    return created;
  });
}

export type Recording =
  | { ok: AssessmentRow; service: ServiceRow; created: boolean }
  | { missing: 'campaign' | 'service' }
  | { closed: CampaignRow }
  | { stale: true }
  | { required: true };

/**
 * Records or corrects the assessment of a service in a draft recorded campaign: a first one when
 * `expected` is undefined and there is none; a correction of revision `expected` otherwise.
 */
export async function recordAssessment(
  db: Db,
  input: { year: number; serviceId: string; expected: number | undefined; assessment: AssessmentInput },
  actor: AuditActor,
): Promise<Recording> {
  return db.transaction(async (tx): Promise<Recording> => {
    const [campaign] = await tx
      .select()
      .from(evaluationCampaigns)
      .where(eq(evaluationCampaigns.year, input.year))
      .for('share');
    if (!campaign) return { missing: 'campaign' };
    if (campaign.source !== 'recorded' || campaign.status !== 'draft') return { closed: campaign };
    const [service] = await tx
      .select()
      .from(evaluatedServices)
      .where(eq(evaluatedServices.id, input.serviceId));
    if (!service) return { missing: 'service' };
    const a = input.assessment;
    const values = {
      outcome: a.outcome,
      electronicization: a.outcome === 'stopped' ? null : a.scores.electronicization,
      openness: a.outcome === 'stopped' ? null : a.scores.openness,
      usability: a.outcome === 'stopped' ? null : a.scores.usability,
      rating: a.outcome === 'electronicized' ? a.rating : null,
      deficiencies: a.outcome === 'stopped' ? null : a.deficiencies,
      proposals: a.outcome === 'stopped' ? null : a.proposals,
      stoppedReason: a.outcome === 'stopped' ? a.reason : null,
      recordedBy: actor.sub,
      recordedAt: new Date(),
    };
    const key = and(
      eq(evaluationAssessments.year, input.year),
      eq(evaluationAssessments.serviceId, input.serviceId),
    );
    const [current] = await tx
      .select({ revision: evaluationAssessments.revision })
      .from(evaluationAssessments)
      .where(key);
    let row: AssessmentRow | undefined;
    if (current) {
      if (input.expected === undefined) return { required: true };
      if (input.expected !== current.revision) return { stale: true };
      [row] = await tx
        .update(evaluationAssessments)
        .set({ ...values, revision: sql`${evaluationAssessments.revision} + 1` })
        .where(and(key, eq(evaluationAssessments.revision, input.expected)))
        .returning();
    } else {
      if (input.expected !== undefined) return { stale: true };
      [row] = await tx
        .insert(evaluationAssessments)
        .values({ year: input.year, serviceId: input.serviceId, ...values })
        .onConflictDoNothing()
        .returning();
    }
    if (!row) return { stale: true };
    await audit(tx, actor, 'evaluation.assessment.record', service.id, {
      year: input.year,
      revision: row.revision,
      outcome: row.outcome,
      rating: row.rating,
    });
    return { ok: row, service, created: current === undefined };
  });
}

export type Publication = { ok: CampaignRow } | { missing: true } | { closed: CampaignRow } | { empty: true };

/** Publishes a draft recorded campaign that has at least one assessment. */
export async function publishCampaign(db: Db, year: number, actor: AuditActor): Promise<Publication> {
  return db.transaction(async (tx): Promise<Publication> => {
    const [campaign] = await tx
      .select()
      .from(evaluationCampaigns)
      .where(eq(evaluationCampaigns.year, year))
      .for('update');
    if (!campaign) return { missing: true };
    if (campaign.source !== 'recorded' || campaign.status !== 'draft') return { closed: campaign };
    const [assessed] = await tx
      .select({ n: count() })
      .from(evaluationAssessments)
      .where(eq(evaluationAssessments.year, year));
    const assessments = assessed?.n ?? 0;
    if (assessments === 0) return { empty: true };
    const publishedAt = new Date();
    const [published] = await tx
      .update(evaluationCampaigns)
      .set({ status: 'published', publishedAt })
      .where(eq(evaluationCampaigns.year, year))
      .returning();
    await audit(tx, actor, 'evaluation.campaign.publish', String(year), {
      publishedAt: publishedAt.toISOString(),
      assessments,
    });
    return { ok: published! };
  });
}
