import type { PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { type AuthState, type IcraSession, sessionFor } from './auth.js';
import { IcraElement } from './element.js';

/**
 * A widget that follows the sign-in session of its portal (the one session per portal that every
 * widget and `<icra-sign-in>` on the page share): `auth` is the session's state, kept current, and
 * each change re-renders. Also the request bookkeeping such widgets share: `restart()` aborts what
 * is in flight and gives a new signal; leaving the page aborts and forgets what was loaded.
 */
export abstract class IcraSessionElement extends IcraElement {
  @state() protected auth: AuthState = { status: 'signed-out' };

  /** The session of the portal at `resolvedApi` (undefined without one). */
  protected session?: IcraSession | undefined;
  /** Aborted by `restart()` and when the widget leaves the page. */
  protected controller = new AbortController();
  /** What was loaded last (a widget's own key); forgotten when the widget leaves the page. */
  protected loadedKey?: string | undefined;
  private unsubscribe?: (() => void) | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.session = undefined;
    this.controller.abort();
    this.loadedKey = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.isConnected) return;
    const api = this.resolvedApi;
    const session = api ? sessionFor(api) : undefined;
    if (session !== this.session) {
      this.unsubscribe?.();
      this.session = session;
      this.auth = session?.state ?? { status: 'signed-out' };
      this.unsubscribe = session?.subscribe((next) => {
        this.auth = next;
      });
    }
  }

  /** Aborts the requests in flight and returns the signal of the next ones. */
  protected restart(): AbortSignal {
    this.controller.abort();
    this.controller = new AbortController();
    return this.controller.signal;
  }
}
