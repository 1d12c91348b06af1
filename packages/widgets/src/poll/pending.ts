/**
 * The ballot a citizen has begun in this browser and not yet seen cast: kept in localStorage per
 * portal, poll and citizen (the token's `sub`) from before the credential is asked for until the
 * portal has the ballot, so that a lost answer, a reload or a closed tab finishes the same ballot
 * with the same blinded message (the portal then signs it again) and never asks for a second
 * credential. Deleted once the ballot is cast.
 *
 * What it holds links this citizen to the ballot's message while it lasts (it is the citizen's own
 * browser); nothing of it is left once the ballot is cast.
 */

/** A ballot begun here, every byte string in base64url. */
export interface PendingBallot {
  v: 1;
  /** SHA-256 of the SPKI of the poll's ballot key the message was blinded with (base64url). */
  keyId: string;
  /** The option chosen when the ballot was begun: the one cast. */
  option: number;
  /** The prepared message (32 random bytes, then the 32-byte message): what is cast and verified. */
  preparedMessage: string;
  /** The blinded message sent for the credential (the same one on every retry). */
  blindedMessage: string;
  /** The blinding's inverse, to finalize the portal's blind signature. */
  inv: string;
  /** The finalized signature, once the credential was received (a lost cast answer needs no new one). */
  signature?: string | undefined;
}

/** Where entries go when the page has no usable localStorage (disabled, or full): this page only. */
const memory = new Map<string, string>();

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

function keyOf(api: string, poll: string, subject: string): string {
  return `icra:ballot:${api.replace(/\/+$/, '')}\n${poll}\n${subject}`;
}

const BASE64URL = /^[A-Za-z0-9_-]+$/;

function isPending(value: unknown): value is PendingBallot {
  const entry = value as Partial<PendingBallot> | null;
  return (
    entry?.v === 1 &&
    typeof entry.keyId === 'string' &&
    Number.isInteger(entry.option) &&
    [entry.preparedMessage, entry.blindedMessage, entry.inv].every(
      (field) => typeof field === 'string' && BASE64URL.test(field),
    ) &&
    (entry.signature === undefined ||
      (typeof entry.signature === 'string' && BASE64URL.test(entry.signature)))
  );
}

/** The pending ballot of `subject` in `poll` at `api`, if this browser holds one. */
export function readPending(api: string, poll: string, subject: string): PendingBallot | undefined {
  const key = keyOf(api, poll, subject);
  let text = memory.get(key);
  try {
    text = storage()?.getItem(key) ?? text;
  } catch {
    // Unreadable storage: the memory copy, if any.
  }
  if (!text) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return isPending(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Keeps `entry`; true when it reached localStorage (else it lasts only as long as the page, in
 * memory: a retry still finds it, a reload does not).
 */
export function writePending(api: string, poll: string, subject: string, entry: PendingBallot): boolean {
  const key = keyOf(api, poll, subject);
  const text = JSON.stringify(entry);
  try {
    const store = storage();
    if (store) {
      store.setItem(key, text);
      memory.delete(key);
      return true;
    }
  } catch {
    // Disabled or full: kept in memory below.
  }
  memory.set(key, text);
  return false;
}

/** Forgets the pending ballot (cast, or never castable). */
export function removePending(api: string, poll: string, subject: string): void {
  const key = keyOf(api, poll, subject);
  memory.delete(key);
  try {
    storage()?.removeItem(key);
  } catch {
    // Storage disabled: the memory copy is gone.
  }
}
