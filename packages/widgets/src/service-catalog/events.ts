/** What `icra-service-selected` tells the host page: which service, and nothing else. */
export interface IcraServiceSelectedDetail {
  /** The service's slug, e.g. `residence-certificate`. */
  readonly slug: string;
}

/**
 * Fired by `<icra-service-catalog>` when the reader opens a service from the list, before its
 * details load (e.g. for a page to keep its address in step). Bubbles and crosses shadow roots.
 */
export class IcraServiceSelectedEvent extends CustomEvent<IcraServiceSelectedDetail> {
  static readonly eventName = 'icra-service-selected' as const;

  constructor(detail: IcraServiceSelectedDetail) {
    super(IcraServiceSelectedEvent.eventName, {
      bubbles: true,
      composed: true,
      detail: { slug: detail.slug },
    });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'icra-service-selected': IcraServiceSelectedEvent;
  }
}
