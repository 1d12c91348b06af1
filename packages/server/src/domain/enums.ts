/**
 * The portal's closed lists of values, each written once. The zod schemas are made from them (and
 * so the OpenAPI document's named component schemas — `ParticipationDirection`, `StaffRole`… — and
 * from those the SDK's exported values and the widgets' translation tables), and so is the database
 * schema (its enums and checks). Adding a value here is the one edit by hand; then a migration for
 * a database enum (`npm run db:generate -w @icra/server`), `npm run generate` for the SDK, and the
 * widgets' translations, which fail to type-check until they name it.
 */

/** The content languages: Azerbaijani (the default and the fallback), English, Russian. */
export const LANGS = ['az', 'en', 'ru'] as const;
export type Lang = (typeof LANGS)[number];

/** A local executive authority is a city's or a district's. */
export const AUTHORITY_KINDS = ['city', 'district'] as const;
export type AuthorityKind = (typeof AUTHORITY_KINDS)[number];

/** An article is a draft (only its editors see it) or published. */
export const NEWS_STATUSES = ['draft', 'published'] as const;
export type NewsStatus = (typeof NEWS_STATUSES)[number];

/** Staff: officials of an authority, and evaluators of the State Agency. */
export const STAFF_KINDS = ['official', 'evaluator'] as const;
export type StaffKind = (typeof STAFF_KINDS)[number];

/** Who may be signed in: a citizen, or staff. */
export const PRINCIPAL_KINDS = ['citizen', ...STAFF_KINDS] as const;
export type PrincipalKind = (typeof PRINCIPAL_KINDS)[number];

/**
 * The OAuth scopes of an access token: `openid`, and one for each kind of staff work. Citizens'
 * operations need no scope; each staff operation names the one it needs.
 */
export const STAFF_SCOPES = [
  'news:edit',
  'participation:moderate',
  'services:process',
  'reception:schedule',
  'evaluation:record',
] as const;
export type StaffScope = (typeof STAFF_SCOPES)[number];
/** OpenID Connect's scope: a sign-in (the ID token). Anyone signed in may be granted it. */
export const OPENID_SCOPE = 'openid';
export const SCOPES = [OPENID_SCOPE, ...STAFF_SCOPES] as const;
export type Scope = (typeof SCOPES)[number];

/** The roles an official may hold (any subset, maybe none). */
export const OFFICIAL_ROLES = ['admin', 'editor', 'moderator', 'reception', 'service'] as const;
export type OfficialRole = (typeof OFFICIAL_ROLES)[number];

/** Every role of staff: the officials' and the evaluators' own. */
export const STAFF_ROLES = [...OFFICIAL_ROLES, 'evaluator'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** How a member of a citizen's family is related to them, as the population registry records it. */
export const FAMILY_RELATIONS = ['spouse', 'child', 'parent', 'sibling'] as const;
export type FamilyRelation = (typeof FAMILY_RELATIONS)[number];

/** The directions (topics) of an e-participation application. */
export const PARTICIPATION_DIRECTIONS = [
  'roads_transport',
  'utilities',
  'education',
  'health',
  'environment',
  'culture_sport',
  'social_protection',
  'other',
] as const;
export type ParticipationDirection = (typeof PARTICIPATION_DIRECTIONS)[number];

/** An application waits for a moderator's decision, then is approved or rejected. */
export const APPLICATION_STATUSES = ['submitted', 'approved', 'rejected'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** Who may vote in a poll. */
export const POLL_ELIGIBILITIES = ['all_citizens', 'residents'] as const;
export type PollEligibility = (typeof POLL_ELIGIBILITIES)[number];

/** When a poll's results are open. */
export const POLL_RESULTS_VISIBILITIES = ['live', 'after_vote', 'after_close'] as const;
export type PollResultsVisibility = (typeof POLL_RESULTS_VISIBILITIES)[number];

/** Where a poll is in its time: before its opening, between opening and closing, after closing. */
export const POLL_STATES = ['upcoming', 'open', 'closed'] as const;
export type PollState = (typeof POLL_STATES)[number];

/** The categories of the e-services catalogue. */
export const SERVICE_CATEGORIES = [
  'residence',
  'family',
  'social',
  'construction',
  'land',
  'archive',
  'business',
] as const;
export type ServiceCategory = (typeof SERVICE_CATEGORIES)[number];

/**
 * Where a submitted e-service application is in the authority's workflow (src/features/services/
 * workflow.ts says which action leads from which to which): received, taken by an officer, sent back
 * to the citizen for more information and resubmitted, decided, completed, or withdrawn by the
 * citizen before a decision.
 */
export const SERVICE_APPLICATION_STATUSES = [
  'submitted',
  'in_review',
  'needs_information',
  'resubmitted',
  'approved',
  'rejected',
  'completed',
  'withdrawn',
] as const;
export type ServiceApplicationStatus = (typeof SERVICE_APPLICATION_STATUSES)[number];

/** The steps of that workflow, each a route `POST /v1/service-applications/{id}/<action>`. */
export const SERVICE_ACTIONS = [
  'take',
  'request-information',
  'resubmit',
  'approve',
  'reject',
  'complete',
  'withdraw',
] as const;
export type ServiceAction = (typeof SERVICE_ACTIONS)[number];

/** The kinds of file a service's required document may be (checked by their bytes on upload). */
export const DOCUMENT_MEDIA_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type DocumentMediaType = (typeof DOCUMENT_MEDIA_TYPES)[number];

/** A document a service asks for, as the catalogue stores and serves it. */
export interface ServiceDocument {
  /** Stable within the service (the form's file field names it). */
  key: string;
  name: Record<string, string>;
  hint: Record<string, string>;
  accept: DocumentMediaType[];
  maxBytes: number;
  maxFiles: number;
  required: boolean;
}

/**
 * Where a citizen's request for a meeting is: asked, then scheduled by a reception officer (or
 * declined); a scheduled meeting may be cancelled by either side.
 */
export const RECEPTION_REQUEST_STATUSES = ['requested', 'scheduled', 'declined', 'cancelled'] as const;
export type ReceptionRequestStatus = (typeof RECEPTION_REQUEST_STATUSES)[number];

/** When in the day a citizen would rather meet (Baku time): before 13:00, or from 13:00. */
export const RECEPTION_DAYPARTS = ['morning', 'afternoon'] as const;
export type ReceptionDaypart = (typeof RECEPTION_DAYPARTS)[number];

/**
 * A State Agency evaluation campaign (one a year) is a draft, seen by evaluators only, until it is
 * published; once published it no longer changes.
 */
export const EVALUATION_CAMPAIGN_STATUSES = ['draft', 'published'] as const;
export type EvaluationCampaignStatus = (typeof EVALUATION_CAMPAIGN_STATUSES)[number];

/**
 * Where a campaign's numbers come from: the published report's totals (the years 2013–2018, loaded
 * as they were published), or the assessments evaluators recorded per service.
 */
export const EVALUATION_SOURCES = ['published-aggregate', 'recorded'] as const;
export type EvaluationSource = (typeof EVALUATION_SOURCES)[number];

/**
 * What the evaluation found of a service: electronicized, not electronicized, or its evaluation
 * stopped (it counts among the year's services but as neither, e.g. 2016's 22 services moved to
 * another body by decree).
 */
export const EVALUATION_OUTCOMES = ['electronicized', 'not_electronicized', 'stopped'] as const;
export type EvaluationOutcome = (typeof EVALUATION_OUTCOMES)[number];

/** The rating an electronicized service is given, worst first. */
export const EVALUATION_RATINGS = ['unsatisfactory', 'satisfactory', 'good', 'excellent'] as const;
export type EvaluationRating = (typeof EVALUATION_RATINGS)[number];

/**
 * The three criteria a service is scored on, each an integer from 0 to 100: the level of
 * electronicization and connectivity, the openness of information and accessibility, usability.
 */
export const EVALUATION_CRITERIA = ['electronicization', 'openness', 'usability'] as const;
export type EvaluationCriterion = (typeof EVALUATION_CRITERIA)[number];
