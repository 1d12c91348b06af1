import { Task, type TaskConfig, TaskStatus } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';

export { initialState, TaskStatus } from '@lit/task';

/**
 * `@lit/task`'s `Task` (keyed by its arguments, each run aborting the one it supersedes, only the
 * latest run's outcome kept), plus what a widget that a page may remove needs: leaving the page
 * aborts a run in flight, and coming back runs it again with the same arguments. A page that moves
 * a widget (disconnects and reconnects it) thus never keeps a request cut short.
 */
export class WidgetTask<const T extends ReadonlyArray<unknown>, const R> extends Task<T, R> {
  #cutShort = false;
  #args?: T | undefined;

  constructor(host: ReactiveControllerHost, config: TaskConfig<T, R>) {
    super(host, config);
  }

  hostConnected(): void {
    if (!this.#cutShort) return;
    this.#cutShort = false;
    void this.run(this.#args);
  }

  /** Runs the task now, with `args` or else the arguments function's (see `Task.run`). */
  override run(args?: T): Promise<void> {
    this.#args = args;
    return super.run(args);
  }

  hostDisconnected(): void {
    if (this.status !== TaskStatus.PENDING) return;
    this.#cutShort = true;
    this.abort();
  }
}

/** Whether `error` is the abort of a superseded or cut-short run (nothing to show for it). */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
