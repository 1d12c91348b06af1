/** The moderation API's schemas, from the SDK (generated from the portal's OpenAPI document). */
import type { Schemas } from '@icra/sdk';

export type ParticipationApplication = Schemas['ParticipationApplication'];
export type ParticipationApplicationPage = Schemas['ParticipationApplicationPage'];
export type ParticipationApplicationStatus = Schemas['ParticipationApplicationStatus'];
export type ParticipationDirection = Schemas['ParticipationDirection'];
export type PollDefinition = Schemas['PollDefinition'];
export type PollInput = Schemas['PollInput'];
export type PollEligibility = Schemas['PollEligibility'];
export type PollResultsVisibility = Schemas['PollResultsVisibility'];
export type Poll = Schemas['Poll'];
