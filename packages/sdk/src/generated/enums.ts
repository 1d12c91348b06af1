// Generated from openapi.json by scripts/generate.mjs (npm run generate). Do not edit.

import type { components } from './schema.js';

type Schemas = components['schemas'];

/** A city or a district executive power. */
export type AuthorityKind = Schemas["AuthorityKind"];
/** Every `AuthorityKind`, in the order the portal lists them. */
export const authorityKindValues = ["city", "district"] as const satisfies readonly AuthorityKind[];

/** A kind of file a required document may be; a file is checked by its bytes, not its name. */
export type DocumentMediaType = Schemas["DocumentMediaType"];
/** Every `DocumentMediaType`, in the order the portal lists them. */
export const documentMediaTypeValues = ["application/pdf", "image/jpeg", "image/png"] as const satisfies readonly DocumentMediaType[];

/** What tells a `EvaluationAssessmentInput` apart: its `outcome`. */
export type EvaluationAssessmentInputOutcome = Schemas["EvaluationAssessmentInput"]["outcome"];
/** Every `EvaluationAssessmentInputOutcome`, in the order the portal lists them. */
export const evaluationAssessmentInputOutcomeValues = ["electronicized", "not_electronicized", "stopped"] as const satisfies readonly EvaluationAssessmentInputOutcome[];

/** A draft (only evaluators see it) until it is published; a published campaign no longer changes. */
export type EvaluationCampaignStatus = Schemas["EvaluationCampaignStatus"];
/** Every `EvaluationCampaignStatus`, in the order the portal lists them. */
export const evaluationCampaignStatusValues = ["draft", "published"] as const satisfies readonly EvaluationCampaignStatus[];

/** What the evaluation found of a service: electronicized, not electronicized, or its evaluation stopped (it counts among the services, as neither). */
export type EvaluationOutcome = Schemas["EvaluationOutcome"];
/** Every `EvaluationOutcome`, in the order the portal lists them. */
export const evaluationOutcomeValues = ["electronicized", "not_electronicized", "stopped"] as const satisfies readonly EvaluationOutcome[];

/** The rating of an electronicized service, worst first. */
export type EvaluationRating = Schemas["EvaluationRating"];
/** Every `EvaluationRating`, in the order the portal lists them. */
export const evaluationRatingValues = ["unsatisfactory", "satisfactory", "good", "excellent"] as const satisfies readonly EvaluationRating[];

/** Where a year’s numbers come from: the State Agency’s published report (`published-aggregate`, the years before the portal) or the assessments evaluators recorded per service (`recorded`). */
export type EvaluationSource = Schemas["EvaluationSource"];
/** Every `EvaluationSource`, in the order the portal lists them. */
export const evaluationSourceValues = ["published-aggregate", "recorded"] as const satisfies readonly EvaluationSource[];

/** How a member of a citizen’s family is related to them, as the population registry records it. */
export type FamilyRelation = Schemas["FamilyRelation"];
/** Every `FamilyRelation`, in the order the portal lists them. */
export const familyRelationValues = ["spouse", "child", "parent", "sibling"] as const satisfies readonly FamilyRelation[];

/** What a field asks and so its answer: a string (text, longText, date as YYYY-MM-DD, choice, address, phone, email, fin), a number, a boolean (yesNo), a list of strings (multiChoice) or of document ids (file). */
export type FormFieldKind = Schemas["FormFieldKind"];
/** Every `FormFieldKind`, in the order the portal lists them. */
export const formFieldKindValues = ["text", "longText", "number", "date", "choice", "multiChoice", "yesNo", "address", "phone", "email", "fin", "file"] as const satisfies readonly FormFieldKind[];

/** A content language: Azerbaijani (the default and the fallback), English or Russian. */
export type Lang = Schemas["Lang"];
/** Every `Lang`, in the order the portal lists them. */
export const langValues = ["az", "en", "ru"] as const satisfies readonly Lang[];

/** What tells a `Me` apart: its `kind`. */
export type MeKind = Schemas["Me"]["kind"];
/** Every `MeKind`, in the order the portal lists them. */
export const meKindValues = ["citizen", "official", "evaluator"] as const satisfies readonly MeKind[];

/** `draft`: seen only by the authority’s editors; `published`: public. */
export type NewsStatus = Schemas["NewsStatus"];
/** Every `NewsStatus`, in the order the portal lists them. */
export const newsStatusValues = ["draft", "published"] as const satisfies readonly NewsStatus[];

export type ParticipationApplicationStatus = Schemas["ParticipationApplicationStatus"];
/** Every `ParticipationApplicationStatus`, in the order the portal lists them. */
export const participationApplicationStatusValues = ["submitted", "approved", "rejected"] as const satisfies readonly ParticipationApplicationStatus[];

export type ParticipationAttachmentContentType = Schemas["ParticipationAttachmentContentType"];
/** Every `ParticipationAttachmentContentType`, in the order the portal lists them. */
export const participationAttachmentContentTypeValues = ["application/pdf", "image/jpeg", "image/png"] as const satisfies readonly ParticipationAttachmentContentType[];

/** The direction (topic) of an application. */
export type ParticipationDirection = Schemas["ParticipationDirection"];
/** Every `ParticipationDirection`, in the order the portal lists them. */
export const participationDirectionValues = ["roads_transport", "utilities", "education", "health", "environment", "culture_sport", "social_protection", "other"] as const satisfies readonly ParticipationDirection[];

/** `all_citizens`: every citizen in the population registry; `residents`: only those whose registered address is in the poll’s authority (per the registry). */
export type PollEligibility = Schemas["PollEligibility"];
/** Every `PollEligibility`, in the order the portal lists them. */
export const pollEligibilityValues = ["all_citizens", "residents"] as const satisfies readonly PollEligibility[];

/** `live`: results are open to everyone at any time; `after_vote`: to a citizen once they have voted, and to everyone after closing; `after_close`: to everyone after closing. */
export type PollResultsVisibility = Schemas["PollResultsVisibility"];
/** Every `PollResultsVisibility`, in the order the portal lists them. */
export const pollResultsVisibilityValues = ["live", "after_vote", "after_close"] as const satisfies readonly PollResultsVisibility[];

export type PollState = Schemas["PollState"];
/** Every `PollState`, in the order the portal lists them. */
export const pollStateValues = ["upcoming", "open", "closed"] as const satisfies readonly PollState[];

/** Before 13:00 (morning) or from 13:00 (afternoon), Baku time. */
export type ReceptionDaypart = Schemas["ReceptionDaypart"];
/** Every `ReceptionDaypart`, in the order the portal lists them. */
export const receptionDaypartValues = ["morning", "afternoon"] as const satisfies readonly ReceptionDaypart[];

/** Asked, then scheduled by a reception officer or declined; cancelled by either side. */
export type ReceptionRequestStatus = Schemas["ReceptionRequestStatus"];
/** Every `ReceptionRequestStatus`, in the order the portal lists them. */
export const receptionRequestStatusValues = ["requested", "scheduled", "declined", "cancelled"] as const satisfies readonly ReceptionRequestStatus[];

/** What the population registry fills in: the field is shown read-only and the portal writes it at submit. */
export type RegistrySource = Schemas["RegistrySource"];
/** Every `RegistrySource`, in the order the portal lists them. */
export const registrySourceValues = ["fullName", "fin", "birthDate", "address", "familyMembers"] as const satisfies readonly RegistrySource[];

/** A step of the workflow. Officers: take (submitted or resubmitted → in_review), request-information (→ needs_information), approve, reject (in_review → approved, rejected), complete (approved → completed). The citizen: resubmit (needs_information → resubmitted), withdraw (before a decision → withdrawn). */
export type ServiceApplicationAction = Schemas["ServiceApplicationAction"];
/** Every `ServiceApplicationAction`, in the order the portal lists them. */
export const serviceApplicationActionValues = ["take", "request-information", "resubmit", "approve", "reject", "complete", "withdraw"] as const satisfies readonly ServiceApplicationAction[];

export type ServiceApplicationStatus = Schemas["ServiceApplicationStatus"];
/** Every `ServiceApplicationStatus`, in the order the portal lists them. */
export const serviceApplicationStatusValues = ["submitted", "in_review", "needs_information", "resubmitted", "approved", "rejected", "completed", "withdrawn"] as const satisfies readonly ServiceApplicationStatus[];

/** The category of an e-service in the catalogue. */
export type ServiceCategory = Schemas["ServiceCategory"];
/** Every `ServiceCategory`, in the order the portal lists them. */
export const serviceCategoryValues = ["residence", "family", "social", "construction", "land", "archive", "business"] as const satisfies readonly ServiceCategory[];

/** Which staff: an official of an authority, or an evaluator of the State Agency. */
export type StaffKind = Schemas["StaffKind"];
/** Every `StaffKind`, in the order the portal lists them. */
export const staffKindValues = ["official", "evaluator"] as const satisfies readonly StaffKind[];

/** A role of staff: officials have a subset of admin, editor, moderator, reception (reception officer) and service (service officer); evaluators have evaluator. */
export type StaffRole = Schemas["StaffRole"];
/** Every `StaffRole`, in the order the portal lists them. */
export const staffRoleValues = ["admin", "editor", "moderator", "reception", "service", "evaluator"] as const satisfies readonly StaffRole[];
