import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/**
 * The widget's polite live region, one per widget: `say(text)` clears it, lets the element render
 * the empty region, then puts `text` in, so a screen reader speaks it even when it repeats the
 * last announcement; an empty `text` only clears. Only the latest of quick successive calls is
 * spoken. Render it once with `announcer.render()`, anywhere inside the widget's root.
 */
export class Announcer implements ReactiveController {
  #text = '';
  #call = 0;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** What the live region says now. */
  get text(): string {
    return this.#text;
  }

  /** Leaving the page: what was about to be said is dropped (a moved widget does not repeat it). */
  hostDisconnected(): void {
    this.#call++;
    this.#text = '';
  }

  /**
   * Says `words.loading` while a staff desk's queue loads, nothing once it has, and what went wrong
   * if it fails (`words.forbidden` for a 403, `words.loadError` else; a 401 is the sign-in's to
   * say); gives `page` back as it settles. Nothing is said for a request that was aborted.
   */
  whileLoading<T>(
    page: Promise<T>,
    signal: AbortSignal,
    words: { loading: string; forbidden: string; loadError: string },
  ): Promise<T> {
    this.say(words.loading);
    return page.then(
      (loaded) => {
        if (!signal.aborted) this.say('');
        return loaded;
      },
      (error: unknown) => {
        const status = (error as { status?: unknown } | null)?.status;
        if (!signal.aborted && status !== 401) this.say(status === 403 ? words.forbidden : words.loadError);
        throw error;
      },
    );
  }

  say(text: string): void {
    const call = ++this.#call;
    this.#text = '';
    this.host.requestUpdate();
    if (!text) return;
    void this.host.updateComplete.then(() => {
      if (call !== this.#call) return;
      this.#text = text;
      this.host.requestUpdate();
    });
  }

  render(): TemplateResult {
    return html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.#text}</div>`;
  }
}
