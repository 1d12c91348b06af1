/** What `icra-poll-vote` tells the host page: which poll — never the choice, nothing personal. */
export interface IcraPollVoteDetail {
  /** The poll's id (uuid). */
  readonly poll: string;
}

/**
 * Fired by `<icra-poll>` once the portal has counted the reader's vote. Bubbles and crosses shadow
 * roots. The ballot is secret: the detail names the poll only, never the option chosen.
 */
export class IcraPollVoteEvent extends CustomEvent<IcraPollVoteDetail> {
  static readonly eventName = 'icra-poll-vote' as const;

  constructor(detail: IcraPollVoteDetail) {
    super(IcraPollVoteEvent.eventName, { bubbles: true, composed: true, detail: { poll: detail.poll } });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'icra-poll-vote': IcraPollVoteEvent;
  }
}
