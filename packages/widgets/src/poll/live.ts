import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface WhileWatchedConfig {
  /** Milliseconds between two ticks (read each time the timer starts). */
  interval: () => number;
  /** Whether there is anything to follow now (e.g. the poll is loaded and not closed). */
  live: () => boolean;
  /** What to do on each tick (e.g. ask for the results again). */
  tick: () => void;
}

/**
 * Calls `tick` every `interval()` milliseconds while someone can see the element: it is in the
 * page, on screen (an `IntersectionObserver`), the page is visible (`visibilitychange`), and
 * `live()` says there is something to follow; the timer stops as soon as one of these ends, and
 * for good once the element leaves the page. Checked again after every update of the element.
 */
export class WhileWatched implements ReactiveController {
  #timer?: ReturnType<typeof setInterval> | undefined;
  #onScreen = false;
  #observer?: IntersectionObserver | undefined;
  readonly #onVisibility = () => this.#schedule();

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly config: WhileWatchedConfig,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.#onVisibility);
    this.#observer = new IntersectionObserver((entries) => {
      this.#onScreen = entries.some((entry) => entry.isIntersecting);
      this.#schedule();
    });
    this.#observer.observe(this.host);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.#onVisibility);
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#onScreen = false;
    this.#schedule();
  }

  hostUpdated(): void {
    this.#schedule();
  }

  #schedule(): void {
    const watched =
      this.#onScreen && this.host.isConnected && document.visibilityState === 'visible' && this.config.live();
    if (watched && !this.#timer) {
      this.#timer = setInterval(() => this.config.tick(), this.config.interval());
    } else if (!watched && this.#timer) {
      clearInterval(this.#timer);
      this.#timer = undefined;
    }
  }
}
