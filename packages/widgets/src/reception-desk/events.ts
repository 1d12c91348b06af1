import type { ReceptionDeskAction, ReceptionRequestStatus } from './types.js';

/** What `icra-reception-desk-change` tells the host page: which request, what was done, where it is now. */
export interface IcraReceptionDeskChangeDetail {
  /** The request's id (uuid). */
  readonly request: string;
  readonly action: ReceptionDeskAction;
  /** The request's status after the change. */
  readonly status: ReceptionRequestStatus;
}

/**
 * Fired by `<icra-reception-desk>` once the portal has recorded an officer's change of a request
 * for a meeting. Bubbles and crosses shadow roots. Carries ids only, nothing personal.
 */
export class IcraReceptionDeskChangeEvent extends CustomEvent<IcraReceptionDeskChangeDetail> {
  static readonly eventName = 'icra-reception-desk-change' as const;

  constructor(detail: IcraReceptionDeskChangeDetail) {
    super(IcraReceptionDeskChangeEvent.eventName, {
      bubbles: true,
      composed: true,
      detail: { request: detail.request, action: detail.action, status: detail.status },
    });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'icra-reception-desk-change': IcraReceptionDeskChangeEvent;
  }
}
