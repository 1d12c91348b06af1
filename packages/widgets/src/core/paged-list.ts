import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** One page of a cursor-paginated list, as every list of the portal answers. */
export interface Page<T> {
  items: T[];
  nextCursor?: string | null | undefined;
}

/** Where the first page stands: not asked for (no client yet, signed out…), loading, loaded, failed. */
export type PagedListStatus = 'initial' | 'loading' | 'loaded' | 'error';

/** Where a "more" request stands. */
export type MoreStatus = 'idle' | 'loading' | 'error';

export interface PagedListConfig<T, A extends ReadonlyArray<unknown>> {
  /**
   * The list's key: read on every host update (after `willUpdate()`), and when it differs from the
   * last one (element by element, `Object.is`) the list starts again from its first page, aborting
   * whatever is in flight.
   */
  args: () => A;
  /**
   * Fetches the page after `cursor` (the first page without one). Return `undefined` when the list
   * cannot be asked for with these arguments (no API address, signed out…): it stays `initial`.
   */
  fetch: (args: A, cursor: string | undefined, signal: AbortSignal) => Promise<Page<T>> | undefined;
  /** The item's identity, for dropping repeats across pages. Default: its `id`. */
  key?: (item: T) => string;
  /** Called with every error but aborts (e.g. to sign out on a 401); return true to show nothing of it. */
  onError?: (error: unknown) => boolean | undefined;
}

const byId = (item: unknown) => String((item as { id: unknown }).id);

function sameArgs(a: ReadonlyArray<unknown> | undefined, b: ReadonlyArray<unknown>): boolean {
  return a !== undefined && a.length === b.length && a.every((value, index) => Object.is(value, b[index]));
}

/**
 * A cursor-paginated list with "load more": the first page follows the list's arguments (a new
 * filter, language or reader starts again, and the superseded request is aborted); `more()` asks
 * for the next page once at a time and drops items already shown; each has its own loading and
 * error state, so a failed "more" keeps what is shown. A widget the page removes aborts what is in
 * flight and, put back, loads again what was cut short.
 *
 * A `Task` keeps one value per set of arguments; a paged list accumulates pages under the same
 * arguments and has two independent requests (the first page, the next page), which is why it is
 * a controller of its own.
 */
export class PagedListController<T, const A extends ReadonlyArray<unknown> = ReadonlyArray<unknown>>
  implements ReactiveController
{
  status: PagedListStatus = 'initial';
  moreStatus: MoreStatus = 'idle';
  items: T[] = [];
  nextCursor: string | null = null;
  /** The first page's error (status `error`), or the last "more" error (moreStatus `error`). */
  error: unknown;

  #args?: A | undefined;
  #controller = new AbortController();
  #more?: AbortController | undefined;
  #cutShort = false;
  readonly #config: PagedListConfig<T, A>;

  constructor(
    private readonly host: ReactiveControllerHost,
    config: PagedListConfig<T, A>,
  ) {
    this.#config = config;
    host.addController(this);
  }

  /** Whether there is a next page to ask for. */
  get hasMore(): boolean {
    return this.status === 'loaded' && this.nextCursor !== null;
  }

  hostUpdate(): void {
    const args = this.#config.args();
    if (!sameArgs(this.#args, args)) void this.reload(args);
  }

  hostConnected(): void {
    if (!this.#cutShort) return;
    this.#cutShort = false;
    if (this.#args) void this.reload(this.#args);
  }

  hostDisconnected(): void {
    if (this.status === 'loading') this.#cutShort = true;
    this.#controller.abort();
    this.#more?.abort();
    if (this.moreStatus === 'loading') this.moreStatus = 'idle';
  }

  /**
   * Loads the first page again (a "try again", or fresh data after a write), with the current
   * arguments unless given. Resolves when it has loaded or failed (or was superseded).
   */
  async reload(args: A = this.#args ?? this.#config.args()): Promise<void> {
    this.#args = args;
    this.#controller.abort();
    this.#more?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    this.moreStatus = 'idle';
    const pending = this.#config.fetch(args, undefined, controller.signal);
    if (!pending) {
      this.clear();
      return;
    }
    this.status = 'loading';
    this.host.requestUpdate();
    try {
      const page = await pending;
      if (controller.signal.aborted) return;
      this.items = this.#unique(page.items, new Set());
      this.nextCursor = page.nextCursor ?? null;
      this.error = undefined;
      this.status = 'loaded';
    } catch (error) {
      if (controller.signal.aborted) return;
      this.error = error;
      this.status = this.#config.onError?.(error) ? 'initial' : 'error';
      if (this.status === 'initial') this.items = [];
    }
    this.host.requestUpdate();
  }

  /**
   * Asks for the next page (once at a time: a call while one is in flight does nothing) and
   * appends the items not shown yet. Resolves with the items added (empty when none were new), or
   * `undefined` when nothing was asked for, the request failed or it was superseded.
   */
  async more(): Promise<T[] | undefined> {
    const cursor = this.nextCursor;
    const args = this.#args;
    if (this.status !== 'loaded' || cursor === null || !args || this.moreStatus === 'loading') return;
    const first = this.#controller.signal;
    const controller = new AbortController();
    this.#more = controller;
    const pending = this.#config.fetch(args, cursor, controller.signal);
    if (!pending) return;
    this.moreStatus = 'loading';
    this.host.requestUpdate();
    try {
      const page = await pending;
      if (controller.signal.aborted || first.aborted) return;
      const added = this.#unique(page.items, new Set(this.items.map(this.#key)));
      this.items = [...this.items, ...added];
      this.nextCursor = page.nextCursor ?? null;
      this.moreStatus = 'idle';
      return added;
    } catch (error) {
      if (controller.signal.aborted || first.aborted) return;
      this.error = error;
      this.moreStatus = this.#config.onError?.(error) ? 'idle' : 'error';
      return;
    } finally {
      if (this.#more === controller) this.#more = undefined;
      this.host.requestUpdate();
    }
  }

  /** Replaces the shown items (an item marked read, one that left the list…), keeping the cursor. */
  setItems(items: T[]): void {
    this.items = items;
    this.host.requestUpdate();
  }

  /** Forgets everything (signed out): nothing stays in memory; the next `reload()` starts afresh. */
  clear(): void {
    this.#controller.abort();
    this.#more?.abort();
    this.items = [];
    this.nextCursor = null;
    this.error = undefined;
    this.status = 'initial';
    this.moreStatus = 'idle';
    this.host.requestUpdate();
  }

  get #key(): (item: T) => string {
    return this.#config.key ?? byId;
  }

  #unique(items: T[], known: Set<string>): T[] {
    const key = this.#key;
    return items.filter((item) => {
      const id = key(item);
      if (known.has(id)) return false;
      known.add(id);
      return true;
    });
  }
}
