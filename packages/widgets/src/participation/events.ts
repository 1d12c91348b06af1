/** What `icra-participation-open` tells the host page: which poll the reader opened. */
export interface IcraParticipationOpenDetail {
  /** The poll's id (uuid); empty when the reader went back to the list. */
  readonly poll: string;
}

/**
 * Fired by `<icra-participation>` when the reader opens a poll of the list, or goes back to the
 * list (`poll: ''`), so that a page can keep the address in step (e.g. `#poll=…`). Bubbles and
 * crosses shadow roots.
 */
export class IcraParticipationOpenEvent extends CustomEvent<IcraParticipationOpenDetail> {
  static readonly eventName = 'icra-participation-open' as const;

  constructor(detail: IcraParticipationOpenDetail) {
    super(IcraParticipationOpenEvent.eventName, {
      bubbles: true,
      composed: true,
      detail: { poll: detail.poll },
    });
  }
}

/** What `icra-application-filed` tells the host page: the new application's id — not its text. */
export interface IcraApplicationFiledDetail {
  /** The application's id (uuid). */
  readonly application: string;
}

/** Fired by `<icra-participation>` once the portal has accepted the reader's application. */
export class IcraApplicationFiledEvent extends CustomEvent<IcraApplicationFiledDetail> {
  static readonly eventName = 'icra-application-filed' as const;

  constructor(detail: IcraApplicationFiledDetail) {
    super(IcraApplicationFiledEvent.eventName, {
      bubbles: true,
      composed: true,
      detail: { application: detail.application },
    });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'icra-participation-open': IcraParticipationOpenEvent;
    'icra-application-filed': IcraApplicationFiledEvent;
  }
}
