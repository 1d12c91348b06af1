/** What `icra-moderation-decision` tells the host page: which application, which decision, which poll. */
export interface IcraModerationDecisionDetail {
  /** The application's id (uuid). */
  readonly application: string;
  readonly decision: 'approved' | 'rejected';
  /** The poll the application became (approved only), else null. */
  readonly poll: string | null;
}

/**
 * Fired by `<icra-moderation>` once the portal has recorded a moderator's decision on an
 * application. Bubbles and crosses shadow roots. Carries ids only, nothing personal.
 */
export class IcraModerationDecisionEvent extends CustomEvent<IcraModerationDecisionDetail> {
  static readonly eventName = 'icra-moderation-decision' as const;

  constructor(detail: IcraModerationDecisionDetail) {
    super(IcraModerationDecisionEvent.eventName, {
      bubbles: true,
      composed: true,
      detail: { application: detail.application, decision: detail.decision, poll: detail.poll },
    });
  }
}

/** What `icra-moderation-poll` tells the host page: the poll created directly (not from an application). */
export interface IcraModerationPollDetail {
  /** The poll's id (uuid). */
  readonly poll: string;
}

/**
 * Fired by `<icra-moderation>` once the portal has created a poll on a planned project. Bubbles
 * and crosses shadow roots.
 */
export class IcraModerationPollEvent extends CustomEvent<IcraModerationPollDetail> {
  static readonly eventName = 'icra-moderation-poll' as const;

  constructor(detail: IcraModerationPollDetail) {
    super(IcraModerationPollEvent.eventName, {
      bubbles: true,
      composed: true,
      detail: { poll: detail.poll },
    });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'icra-moderation-decision': IcraModerationDecisionEvent;
    'icra-moderation-poll': IcraModerationPollEvent;
  }
}
