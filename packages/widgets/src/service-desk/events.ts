import type { ServiceApplicationAction, ServiceApplicationStatus } from './types.js';

/** What `icra-service-desk-action` tells the host page: which application, which action, where it is now. */
export interface IcraServiceDeskActionDetail {
  /** The application's id (uuid). */
  readonly application: string;
  readonly action: ServiceApplicationAction;
  /** The application's status after the action. */
  readonly status: ServiceApplicationStatus;
}

/**
 * Fired by `<icra-service-desk>` once the portal has recorded an officer's action on an
 * application. Bubbles and crosses shadow roots. Carries ids only, nothing personal.
 */
export class IcraServiceDeskActionEvent extends CustomEvent<IcraServiceDeskActionDetail> {
  static readonly eventName = 'icra-service-desk-action' as const;

  constructor(detail: IcraServiceDeskActionDetail) {
    super(IcraServiceDeskActionEvent.eventName, {
      bubbles: true,
      composed: true,
      detail: { application: detail.application, action: detail.action, status: detail.status },
    });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'icra-service-desk-action': IcraServiceDeskActionEvent;
  }
}
