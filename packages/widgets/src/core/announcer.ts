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
