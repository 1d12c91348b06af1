import type { AuthKind } from '../core/auth.js';

/** What `icra-sign-in` tells the host page: what kind of user signed in — nothing personal. */
export interface IcraSignInDetail {
  /** `citizen`, `official` or `evaluator`; undefined if the token does not say. */
  readonly kind: AuthKind | undefined;
}

/** Why the session ended: the reader signed out, or the token ran out. */
export interface IcraSignOutDetail {
  readonly reason: 'user' | 'expired';
}

/**
 * Fired by the `<icra-sign-in>` (also the one inside `<icra-cabinet>`) where the reader signed in,
 * once the token is in. Bubbles and crosses shadow roots.
 */
export class IcraSignInEvent extends CustomEvent<IcraSignInDetail> {
  static readonly eventName = 'icra-sign-in' as const;

  constructor(detail: IcraSignInDetail) {
    super(IcraSignInEvent.eventName, { bubbles: true, composed: true, detail: { kind: detail.kind } });
  }
}

/**
 * Fired by the `<icra-sign-in>` where the reader signed out, or — when the token expires — by the
 * one where they signed in. Every widget of that portal on the page is signed out either way.
 */
export class IcraSignOutEvent extends CustomEvent<IcraSignOutDetail> {
  static readonly eventName = 'icra-sign-out' as const;

  constructor(detail: IcraSignOutDetail) {
    super(IcraSignOutEvent.eventName, { bubbles: true, composed: true, detail: { reason: detail.reason } });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'icra-sign-in': IcraSignInEvent;
    'icra-sign-out': IcraSignOutEvent;
  }
}
