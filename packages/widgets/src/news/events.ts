/** What `icra-news-open` tells the host page: which article, of which authority — nothing personal. */
export interface IcraNewsOpenDetail {
  /** The article's id (uuid). */
  readonly id: string;
  /** The slug of the authority that published it. */
  readonly authority: string;
}

/**
 * Fired by `<icra-news>` when the reader opens an article, before the widget shows it. Bubbles and
 * crosses shadow roots. Cancelable: a page that would rather show the article itself calls
 * `event.preventDefault()` and the widget stays on the list.
 */
export class IcraNewsOpenEvent extends CustomEvent<IcraNewsOpenDetail> {
  static readonly eventName = 'icra-news-open' as const;

  constructor(detail: IcraNewsOpenDetail) {
    super(IcraNewsOpenEvent.eventName, {
      bubbles: true,
      composed: true,
      cancelable: true,
      detail: { id: detail.id, authority: detail.authority },
    });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'icra-news-open': IcraNewsOpenEvent;
  }
}
