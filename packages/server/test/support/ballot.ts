/**
 * The voter's side of the secret ballot, as the poll widget does it: the poll's key, then RFC 9474
 * Prepare + Blind with @cloudflare/blindrsa-ts (WebCrypto), the blind signature from the server,
 * Finalize, and the anonymous ballot. The server's math is checked against the real library.
 */
import type { webcrypto } from 'node:crypto';
import { RSABSSA } from '@cloudflare/blindrsa-ts';

type CryptoKey = webcrypto.CryptoKey;

export const suite = RSABSSA.SHA384.PSS.Randomized();

type Requester = { request: (path: string, init?: RequestInit) => Response | Promise<Response> };

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');

export async function importBallotKey(publicKey: string): Promise<CryptoKey> {
  return crypto.subtle.importKey(
    'spki',
    Buffer.from(publicKey, 'base64url'),
    { name: 'RSA-PSS', hash: 'SHA-384' },
    true,
    ['verify'],
  );
}

/** What the widget keeps before asking for the credential: enough to finish after a lost answer. */
export interface PendingBallot {
  publicKey: CryptoKey;
  preparedMessage: Uint8Array;
  blindedMessage: Uint8Array;
  inv: Uint8Array;
}

/** Fetches the poll's key and blinds a fresh random message with it. */
export async function prepareBallot(app: Requester, pollId: string): Promise<PendingBallot> {
  const res = await app.request(`/v1/participation/polls/${pollId}/ballot-key`);
  if (res.status !== 200) throw new Error(`ballot-key: ${res.status}`);
  const { publicKey: spki } = (await res.json()) as { publicKey: string };
  const publicKey = await importBallotKey(spki);
  const preparedMessage = suite.prepare(crypto.getRandomValues(new Uint8Array(32)));
  const { blindedMsg, inv } = await suite.blind(publicKey, preparedMessage);
  return { publicKey, preparedMessage, blindedMessage: blindedMsg, inv };
}

export function requestCredential(
  app: Requester,
  pollId: string,
  token: string,
  pending: Pick<PendingBallot, 'blindedMessage'>,
  headers: Record<string, string> = {},
): Promise<Response> {
  return Promise.resolve(
    app.request(`/v1/participation/polls/${pollId}/ballot-credentials`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify({ blindedMessage: b64(pending.blindedMessage) }),
    }),
  );
}

/** RFC 9474 Finalize: the signature the ballot carries (throws when the blind signature is wrong). */
export async function finalizeBallot(pending: PendingBallot, blindSignature: string): Promise<Uint8Array> {
  return suite.finalize(
    pending.publicKey,
    pending.preparedMessage,
    Buffer.from(blindSignature, 'base64url'),
    pending.inv,
  );
}

export function castBallot(
  app: Requester,
  pollId: string,
  ballot: { message: Uint8Array; signature: Uint8Array; option: number },
  headers: Record<string, string> = {},
): Promise<Response> {
  return Promise.resolve(
    app.request(`/v1/participation/polls/${pollId}/ballots`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify({
        message: b64(ballot.message),
        signature: b64(ballot.signature),
        option: ballot.option,
      }),
    }),
  );
}

/**
 * The whole vote: key, blind, credential, finalize, cast. Answers the credential's answer when it is
 * not 200, else the ballot's. `credentialHeaders` go with the (identified) credential request only.
 */
export async function voteSecretly(
  app: Requester,
  pollId: string,
  token: string,
  option: number,
  credentialHeaders: Record<string, string> = {},
  castThrough: Requester = app,
): Promise<Response> {
  const pending = await prepareBallot(app, pollId);
  const credential = await requestCredential(app, pollId, token, pending, credentialHeaders);
  if (credential.status !== 200) return credential;
  const { blindSignature } = (await credential.json()) as { blindSignature: string };
  const signature = await finalizeBallot(pending, blindSignature);
  return castBallot(castThrough, pollId, { message: pending.preparedMessage, signature, option });
}
