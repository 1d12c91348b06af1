/**
 * The secret ballot, RFC 9474 blind RSA signatures (RSABSSA-SHA384-PSS-Randomized): the right to
 * vote is taken with the citizen's token, the vote is cast without any identity.
 *
 * 1. The poll's ballot key, fetched anonymously; its SHA-256 must be the `ballotKeyId` the poll
 *    publishes to everyone (a key made for one voter would tag that voter's ballot).
 * 2. A fresh random message, prepared (32 random bytes in front) and blinded with that key; kept
 *    in localStorage (./pending.ts) before anything is sent.
 * 3. The blinded message is signed by the portal for this citizen, once per poll: the credential.
 * 4. The signature unblinded (and checked against the key), then the ballot — message, signature,
 *    option — cast with `credentials: 'omit'`, no Authorization, no Idempotency-Key.
 *
 * Loaded on demand (a dynamic import by the poll) with the blind-signature library: a reader who
 * never votes never downloads it.
 */
import { RSABSSA } from '@cloudflare/blindrsa-ts';
import { IcraApiError, type IcraClient } from '@icra/sdk';
import { fromBase64url, toBase64url } from './base64url.js';
import { type PendingBallot, readPending, removePending, writePending } from './pending.js';

export { ballotMessages } from './ballot-messages.js';

const suite = RSABSSA.SHA384.PSS.Randomized();

/** A ballot key that is not the poll's published one: nothing was sent. */
export class BallotKeyMismatchError extends Error {
  override readonly name = 'BallotKeyMismatchError';
}

/** The blind signature did not unblind to a valid signature of the message: the ballot cannot be cast. */
export class BallotSignatureError extends Error {
  override readonly name = 'BallotSignatureError';
}

export interface SecretBallot {
  client: Pick<IcraClient, 'getBallotKey' | 'issueBallotCredential' | 'castBallot'>;
  /** The portal's API base, the poll's id and the citizen (the token's `sub`): the pending entry's key. */
  api: string;
  poll: string;
  subject: string;
  /** The option, for a ballot begun now (a pending one casts the option it was begun with). */
  option: number;
  /** The `ballotKeyId` the poll publishes (read again by the caller if it was still null). */
  publishedKeyId: () => Promise<string | null | undefined>;
  /** Called once a ballot was begun and kept here: from then on it is finished, never begun again. */
  onPending?: (entry: PendingBallot) => void;
  signal?: AbortSignal | undefined;
}

async function sha256(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  return toBase64url(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)));
}

/** The poll's ballot key, and its id as computed here from the key's own bytes. */
async function ballotKey(ballot: SecretBallot): Promise<{ key: CryptoKey; keyId: string }> {
  const answer = await ballot.client.getBallotKey(
    { path: { id: ballot.poll } },
    { anonymous: true, ...(ballot.signal ? { signal: ballot.signal } : {}) },
  );
  const spki = fromBase64url(answer.publicKey);
  const keyId = await sha256(spki);
  if (answer.suite !== 'RSABSSA-SHA384-PSS-Randomized' || answer.keyId !== keyId) {
    throw new BallotKeyMismatchError('the ballot key is not the one it names');
  }
  const key = await crypto.subtle.importKey('spki', spki, { name: 'RSA-PSS', hash: 'SHA-384' }, true, [
    'verify',
  ]);
  return { key, keyId };
}

/**
 * Casts the citizen's ballot: the one pending in this browser if there is one (same blinded
 * message, so the portal signs it again rather than refusing a second credential), else a new one
 * for `option`. Resolves once the portal has the ballot (204, or 409 `ballot-already-cast` when an
 * earlier attempt's answer was lost), and the pending entry is gone. Throws
 * `BallotKeyMismatchError` (nothing sent), `BallotSignatureError`, or the SDK's errors.
 */
export async function castSecretBallot(ballot: SecretBallot): Promise<void> {
  const { api, poll, subject, signal } = ballot;
  const { key, keyId } = await ballotKey(ballot);
  let entry = readPending(api, poll, subject);
  if (entry) {
    if (entry.keyId !== keyId) throw new BallotKeyMismatchError('the poll has another ballot key now');
  } else {
    if ((await ballot.publishedKeyId()) !== keyId) {
      throw new BallotKeyMismatchError('the ballot key is not the poll’s published one');
    }
    const message = crypto.getRandomValues(new Uint8Array(32));
    const prepared = suite.prepare(message);
    const { blindedMsg, inv } = await suite.blind(key, prepared);
    entry = {
      v: 1,
      keyId,
      option: ballot.option,
      preparedMessage: toBase64url(prepared),
      blindedMessage: toBase64url(blindedMsg),
      inv: toBase64url(inv),
    };
    writePending(api, poll, subject, entry);
  }
  ballot.onPending?.(entry);
  const options = signal ? { signal } : {};
  let signature = entry.signature;
  if (!signature) {
    const { blindSignature } = await ballot.client.issueBallotCredential(
      { path: { id: poll }, body: { blindedMessage: entry.blindedMessage } },
      options,
    );
    try {
      signature = toBase64url(
        await suite.finalize(
          key,
          fromBase64url(entry.preparedMessage),
          fromBase64url(blindSignature),
          fromBase64url(entry.inv),
        ),
      );
    } catch (error) {
      throw new BallotSignatureError(error instanceof Error ? error.message : String(error));
    }
    // A lost answer to the cast is retried with this signature, without asking again.
    writePending(api, poll, subject, { ...entry, signature });
  }
  try {
    await ballot.client.castBallot(
      { path: { id: poll }, body: { message: entry.preparedMessage, signature, option: entry.option } },
      { ...options, anonymous: true },
    );
  } catch (error) {
    if (!(error instanceof IcraApiError && error.type.endsWith('ballot-already-cast'))) throw error;
  }
  removePending(api, poll, subject);
}
