import type { AuthState, IcraSession } from './auth.js';
import { keepDraft, subjectOf, takeDraft } from './drafts.js';

/** How one form keeps its unsaved work through a re-sign-in (see {@link DraftKeeper}). */
export interface DraftOptions<T> {
  /** The form's name among the widgets' forms (`'news-editor'`, `'moderation'`…). */
  form: string;
  /** The session the form is filled in under. */
  session: () => IcraSession | undefined;
  /** What to put aside when the session ends; undefined when nothing is worth keeping. */
  save: () => T | undefined;
  /** Gives the form back what the same person left, as they left it. */
  restore: (draft: T) => void;
  /** Empties the form: the session ended, or another person signed in. */
  forget: () => void;
}

/**
 * One form's unsaved work through a re-sign-in, for the widget's session controller to follow
 * (`onChange: (next, previous) => keeper.follow(next, previous)`): when the session ends, the work
 * is put aside for who was signed in and the form emptied; when the same person signs in again it
 * comes back; another person starts empty. A renewal of the same person's token changes nothing.
 */
export class DraftKeeper<T> {
  readonly #options: DraftOptions<T>;
  /** Who is signed in (the token's `sub`): the key of the work put aside. */
  #subject: string | undefined;

  constructor(options: DraftOptions<T>) {
    this.#options = options;
  }

  follow(next: AuthState, previous: AuthState): void {
    const { form, save, restore, forget } = this.#options;
    const session = this.#options.session();
    const api = session?.api;
    if (next.status === 'signed-in') {
      const subject = subjectOf(session?.token);
      if (previous.status === 'signed-in' && subject === this.#subject) return;
      if (this.#subject !== undefined && subject !== this.#subject) forget();
      this.#subject = subject;
      const aside = api && subject ? takeDraft<T>(api, subject, form) : undefined;
      if (aside !== undefined) restore(aside);
      return;
    }
    if (previous.status === 'signed-in' && api && this.#subject) {
      const draft = save();
      if (draft !== undefined) keepDraft(api, this.#subject, form, draft);
    }
    forget();
  }
}
