/**
 * Unsaved work of a form kept through a re-sign-in: when the session ends under a form (the token
 * expired, the portal refused it), what was typed is put aside under the portal and the person who
 * was signed in (the token's `sub`); the same person signing in again gets it back, anyone else
 * never sees it, and signing out on purpose throws it away (`forgetDrafts`).
 *
 * In memory only, like the token: nothing of it reaches storage a script of the host page could
 * read later, and a reload discards it.
 */

import { claimsOf } from './auth.js';

const DRAFTS = Symbol.for('icra.drafts');

function store(): Map<string, unknown> {
  const registry = globalThis as typeof globalThis & { [DRAFTS]?: Map<string, unknown> };
  registry[DRAFTS] ??= new Map();
  return registry[DRAFTS];
}

/** The `sub` claim of a JWT (only to key the person's own drafts). */
export function subjectOf(token: string | undefined): string | undefined {
  const sub = claimsOf(token)?.sub;
  return typeof sub === 'string' && sub ? sub : undefined;
}

const keyOf = (api: string, subject: string, form: string) => `${api}\n${subject}\n${form}`;

/** Puts `draft` aside for `subject` at the portal `api`, as form `form`. */
export function keepDraft(api: string, subject: string, form: string, draft: unknown): void {
  store().set(keyOf(api, subject, form), draft);
}

/** Takes back what `subject` left in form `form` at `api` (once), or undefined. */
export function takeDraft<T>(api: string, subject: string, form: string): T | undefined {
  const key = keyOf(api, subject, form);
  const draft = store().get(key) as T | undefined;
  store().delete(key);
  return draft;
}

/** Throws away every draft put aside for the portal at `api` (an explicit sign-out). */
export function forgetDrafts(api: string): void {
  const prefix = `${api}\n`;
  for (const key of [...store().keys()]) if (key.startsWith(prefix)) store().delete(key);
}
