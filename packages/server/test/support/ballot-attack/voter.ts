/**
 * A citizen's side of the secret ballot over HTTP, exactly as the widget does it: sign in through
 * the demo provider, fetch the poll's ballot key (and check it against the poll's `ballotKeyId`),
 * blind a fresh random message (RFC 9474, RSABSSA-SHA384-PSS-Randomized), take the credential with
 * the citizen's bearer token, unblind, and cast the ballot anonymously (no Authorization, no
 * cookies, no Idempotency-Key).
 */
import { createHash, webcrypto } from 'node:crypto';
import { RSABSSA } from '@cloudflare/blindrsa-ts';
import { expect } from 'vitest';
import { type Requester, signIn } from '../oauth.js';

const suite = RSABSSA.SHA384.PSS.Randomized();
type PublicKey = Parameters<typeof suite.blind>[0];

export function httpRequester(base: () => string): Requester {
  return { request: (path, init) => fetch(`${base()}${path}`, init) };
}

export async function signInCitizen(base: () => string, fin: string): Promise<string> {
  return signIn(httpRequester(base), `citizen:${fin}`);
}

export async function signInStaff(base: () => string, staffId: string): Promise<string> {
  return signIn(httpRequester(base), `staff:${staffId}`);
}

export interface Timings {
  /** When the credential request was sent, and its answer received. */
  issueSentAt: number;
  issuedAt: number;
  /** When the anonymous ballot was sent, and its 204 received. */
  castSentAt: number;
  castAt: number;
}

const b64u = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');
const fromB64u = (text: string) => new Uint8Array(Buffer.from(text, 'base64url'));

/** Takes the credential and casts `option`; resolves once the ballot is answered 204. */
export async function vote(
  base: () => string,
  pollId: string,
  token: string,
  option: number,
): Promise<Timings> {
  const poll = (await (await fetch(`${base()}/v1/participation/polls/${pollId}`)).json()) as {
    ballotKeyId: string | null;
  };
  const keyResponse = await fetch(`${base()}/v1/participation/polls/${pollId}/ballot-key`);
  expect(keyResponse.status).toBe(200);
  const published = (await keyResponse.json()) as { suite: string; publicKey: string; keyId: string };
  expect(published.suite).toBe('RSABSSA-SHA384-PSS-Randomized');
  const spki = fromB64u(published.publicKey);
  // The key-substitution check of the widget: every voter must be handed the poll's one key.
  expect(createHash('sha256').update(spki).digest('base64url')).toBe(published.keyId);
  if (poll.ballotKeyId !== null) expect(published.keyId).toBe(poll.ballotKeyId);
  const publicKey = await webcrypto.subtle.importKey(
    'spki',
    spki,
    { name: 'RSA-PSS', hash: 'SHA-384' },
    true,
    ['verify'],
  );
  const prepared = suite.prepare(webcrypto.getRandomValues(new Uint8Array(32)));
  const { blindedMsg, inv } = await suite.blind(publicKey as PublicKey, prepared);

  const issueSentAt = Date.now();
  const issued = await fetch(`${base()}/v1/participation/polls/${pollId}/ballot-credentials`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ blindedMessage: b64u(blindedMsg) }),
  });
  const issuedAt = Date.now();
  expect(issued.status, await issued.clone().text()).toBe(200);
  const { blindSignature } = (await issued.json()) as { blindSignature: string };
  const signature = await suite.finalize(publicKey as PublicKey, prepared, fromB64u(blindSignature), inv);

  const castSentAt = Date.now();
  const cast = await fetch(`${base()}/v1/participation/polls/${pollId}/ballots`, {
    method: 'POST',
    credentials: 'omit',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ message: b64u(prepared), signature: b64u(signature), option }),
  });
  const castAt = Date.now();
  expect(cast.status, await cast.clone().text()).toBe(204);
  return { issueSentAt, issuedAt, castSentAt, castAt };
}

export interface Reading {
  pollId: string;
  /** When the request was sent and answered. */
  sentAt: number;
  at: number;
  /** How many of this poll's ballots had been answered 204 when the request was sent. */
  castBefore: number;
  state: string;
  hidden: boolean;
  tallies: number[] | null;
  uncounted: number | null;
}

/** One reading of the public results feed (with the token of a citizen who voted, for after_vote). */
export async function readResults(
  base: () => string,
  pollId: string,
  castBefore: number,
  token?: string,
): Promise<Reading> {
  const sentAt = Date.now();
  const response = await fetch(`${base()}/v1/participation/polls/${pollId}/results`, {
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  });
  const at = Date.now();
  expect(response.status).toBe(200);
  const body = (await response.json()) as {
    state: string;
    hidden: boolean;
    options: Array<{ option: number; votes: number | null }>;
    uncounted?: number | null;
  };
  const tallies = body.options.every((o) => o.votes !== null)
    ? body.options.map((o) => o.votes as number)
    : null;
  return {
    pollId,
    sentAt,
    at,
    castBefore,
    state: body.state,
    hidden: body.hidden,
    tallies,
    uncounted: body.uncounted ?? null,
  };
}
