/** The citizen reception's schemas, from the SDK (generated from the portal's OpenAPI document). */
import type { Schemas } from '@icra/sdk';

export type ReceptionRequest = Schemas['ReceptionRequest'];
export type ReceptionRequestPage = Schemas['ReceptionRequestPage'];
export type ReceptionRequestStatus = Schemas['ReceptionRequestStatus'];
export type ReceptionDaypart = Schemas['ReceptionDaypart'];
export type ReceptionOfficial = Schemas['ReceptionOfficial'];
export type ReceptionRoom = Schemas['ReceptionRoom'];
export type ReceptionSlot = Schemas['ReceptionSlot'];
export type ReceptionAvailability = Schemas['ReceptionAvailability'];
export type ReceptionAppointment = Schemas['ReceptionAppointment'];

/** What an officer does to a request from the desk. */
export type ReceptionDeskAction = 'schedule' | 'reschedule' | 'decline' | 'cancel';

/** A free slot the portal named in a 409 `slot-taken` (`nearest`): its room by id. */
export interface NearestSlot {
  startsAt: string;
  endsAt: string;
  room: string;
}
