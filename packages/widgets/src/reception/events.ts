/** What `icra-reception-requested` tells the host page: the new request's id — not what it says. */
export interface IcraReceptionRequestedDetail {
  /** The request's id (uuid). */
  readonly id: string;
}

/** Fired by `<icra-reception>` once the portal has accepted the citizen's request for a meeting. */
export class IcraReceptionRequestedEvent extends CustomEvent<IcraReceptionRequestedDetail> {
  static readonly eventName = 'icra-reception-requested' as const;

  constructor(detail: IcraReceptionRequestedDetail) {
    super(IcraReceptionRequestedEvent.eventName, {
      bubbles: true,
      composed: true,
      detail: { id: detail.id },
    });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'icra-reception-requested': IcraReceptionRequestedEvent;
  }
}
