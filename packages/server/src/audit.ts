/**
 * The audit log: what staff did, recorded in the same transaction as the action itself. Every
 * action has a name from {@link AUDIT_ACTIONS}, the kind of thing it was done to, and details of a
 * shape fixed per action ({@link AuditDetails}), so an entry cannot be written with a misspelt name
 * or details another action would record.
 */
import type { Executor } from './db/database.js';
import { auditLog } from './db/schema.js';
import type {
  EvaluationOutcome,
  EvaluationRating,
  ReceptionRequestStatus,
  ServiceApplicationStatus,
} from './domain/enums.js';
import type { Lang } from './http/lang.js';

/** Who does it and for which authority (from the access token). */
export interface Actor {
  sub: string;
  authority: string;
}

/** Whom an entry names: an official for their authority, or an evaluator of the State Agency (no authority). */
export type AuditActor = Actor | { sub: string; authority: null };

/** Nothing beyond the action, its actor and its target. */
type NoDetails = Record<string, never>;

/** The details each action records. */
export interface AuditDetails {
  'news.create': { languages: Lang[] };
  'news.update': { changed: Lang[]; removed: Lang[] };
  'news.publish': { publishedAt: string };
  'news.unpublish': NoDetails;
  'news.delete': NoDetails;
  'news.cover.upload': {
    upload: string;
    contentType: string;
    byteSize: number;
    width: number;
    height: number;
    sha256: string;
  };
  'news.cover.delete': NoDetails;
  'participation.poll.create': { options: number; sourceApplicationId: string | null };
  'participation.application.approve': { pollId: string };
  'participation.application.reject': { reason: string };
  'service.application.take': ServiceTransitionDetails;
  'service.application.request-information': ServiceTransitionDetails;
  'service.application.resubmit': ServiceTransitionDetails;
  'service.application.approve': ServiceTransitionDetails;
  'service.application.reject': ServiceTransitionDetails;
  'service.application.complete': ServiceTransitionDetails;
  'service.application.withdraw': ServiceTransitionDetails;
  'reception.request.schedule': ReceptionChangeDetails;
  'reception.request.reschedule': ReceptionChangeDetails;
  'reception.request.decline': ReceptionChangeDetails;
  'reception.request.cancel': ReceptionChangeDetails;
  'evaluation.campaign.create': NoDetails;
  'evaluation.assessment.record': {
    year: number;
    revision: number;
    outcome: EvaluationOutcome;
    rating: EvaluationRating | null;
  };
  'evaluation.campaign.publish': { publishedAt: string; assessments: number };
}

/** A reception officer's change of a citizen's request for a meeting, with the meeting it left. */
type ReceptionChangeDetails = {
  from: ReceptionRequestStatus;
  to: ReceptionRequestStatus;
  startsAt?: string;
  officialId?: string;
  roomId?: string;
};

/** An e-service application's change of status (the citizen's own too, by the actor `applicant`). */
type ServiceTransitionDetails = { from: ServiceApplicationStatus; to: ServiceApplicationStatus };

export type AuditAction = keyof AuditDetails;

/** What each action is done to (the entry's `targetType`). */
const TARGET_TYPES = {
  'news.create': 'news',
  'news.update': 'news',
  'news.publish': 'news',
  'news.unpublish': 'news',
  'news.delete': 'news',
  'news.cover.upload': 'news',
  'news.cover.delete': 'news',
  'participation.poll.create': 'poll',
  'participation.application.approve': 'participation_application',
  'participation.application.reject': 'participation_application',
  'service.application.take': 'service_application',
  'service.application.request-information': 'service_application',
  'service.application.resubmit': 'service_application',
  'service.application.approve': 'service_application',
  'service.application.reject': 'service_application',
  'service.application.complete': 'service_application',
  'service.application.withdraw': 'service_application',
  'reception.request.schedule': 'reception_request',
  'reception.request.reschedule': 'reception_request',
  'reception.request.decline': 'reception_request',
  'reception.request.cancel': 'reception_request',
  'evaluation.campaign.create': 'evaluation_campaign',
  'evaluation.assessment.record': 'evaluated_service',
  'evaluation.campaign.publish': 'evaluation_campaign',
} as const satisfies Record<AuditAction, string>;

export type AuditTargetType = (typeof TARGET_TYPES)[AuditAction];

/** The details argument: optional for the actions that record none. */
type DetailsArgument<A extends AuditAction> = AuditDetails[A] extends NoDetails
  ? [details?: NoDetails]
  : [details: AuditDetails[A]];

/** Appends to the audit log; `tx` is the transaction of the action recorded. */
export async function audit<A extends AuditAction>(
  tx: Executor,
  actor: AuditActor,
  action: A,
  targetId: string,
  ...[details]: DetailsArgument<A>
): Promise<void> {
  await tx.insert(auditLog).values({
    actor: actor.sub,
    authoritySlug: actor.authority,
    action,
    targetType: TARGET_TYPES[action],
    targetId,
    details: details ?? {},
  });
}
