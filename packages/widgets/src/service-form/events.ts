/** What `icra-service-started` tells the host page: the draft's id and the service — no answers. */
export interface IcraServiceStartedDetail {
  readonly draftId: string;
  readonly service: string;
}

/** Fired by `<icra-service-form>` once the citizen's draft is kept by the portal. Bubbles, composed. */
export class IcraServiceStartedEvent extends CustomEvent<IcraServiceStartedDetail> {
  static readonly eventName = 'icra-service-started' as const;

  constructor(detail: IcraServiceStartedDetail) {
    super(IcraServiceStartedEvent.eventName, {
      bubbles: true,
      composed: true,
      detail: { draftId: detail.draftId, service: detail.service },
    });
  }
}

/** What `icra-service-submitted` tells the host page: the application's id and reference only. */
export interface IcraServiceSubmittedDetail {
  readonly applicationId: string;
  readonly reference: string;
  readonly service: string;
}

/** Fired by `<icra-service-form>` once the portal has accepted the application. Bubbles, composed. */
export class IcraServiceSubmittedEvent extends CustomEvent<IcraServiceSubmittedDetail> {
  static readonly eventName = 'icra-service-submitted' as const;

  constructor(detail: IcraServiceSubmittedDetail) {
    super(IcraServiceSubmittedEvent.eventName, {
      bubbles: true,
      composed: true,
      detail: { applicationId: detail.applicationId, reference: detail.reference, service: detail.service },
    });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'icra-service-started': IcraServiceStartedEvent;
    'icra-service-submitted': IcraServiceSubmittedEvent;
  }
}
