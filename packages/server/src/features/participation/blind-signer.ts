/**
 * RSABSSA BlindSign (RFC 9474 §4.3) off the event loop: s = m^d mod n, checked by s^e mod n = m
 * before it leaves. An RSA-2048 private operation takes about a millisecond of CPU, and Node.js has
 * it only as a synchronous call (privateDecrypt without padding; WebCrypto has no raw RSA), so on the
 * main thread 1,000 voters taking their credentials at once would hold every other request of the
 * server for a second. Here it runs in worker threads: as many as the machine has cores to spare
 * (at least one, at most four), started on first use and stopped with the ballot box.
 *
 * The worker is plain CommonJS given as source (`eval`), so it runs the same from the built server
 * and from the TypeScript sources under test. It keeps each poll's private key as a KeyObject, by
 * the key's id; the key's PKCS#8 comes with every request (1.2 kB, copied), so a restarted worker
 * needs nothing else.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { constants, createPrivateKey, createPublicKey, privateDecrypt, publicEncrypt } = require('node:crypto');
const keys = new Map();
function keyOf(keyId, pkcs8) {
  let key = keys.get(keyId);
  if (key === undefined) {
    const privateKey = createPrivateKey({ key: Buffer.from(pkcs8), format: 'der', type: 'pkcs8' });
    key = { privateKey, publicKey: createPublicKey(privateKey) };
    if (keys.size >= 1000) keys.delete(keys.keys().next().value);
    keys.set(keyId, key);
  }
  return key;
}
parentPort.on('message', ({ id, keyId, pkcs8, blinded: bytes }) => {
  const blinded = Buffer.from(bytes);
  let key;
  try {
    key = keyOf(keyId, pkcs8);
  } catch (error) {
    parentPort.postMessage({ id, failure: 'key' });
    return;
  }
  let signature;
  try {
    signature = privateDecrypt({ key: key.privateKey, padding: constants.RSA_NO_PADDING }, blinded);
  } catch {
    parentPort.postMessage({ id, failure: 'not-below-modulus' });
    return;
  }
  const check = publicEncrypt({ key: key.publicKey, padding: constants.RSA_NO_PADDING }, signature);
  if (!check.equals(blinded)) {
    parentPort.postMessage({ id, failure: 'check' });
    return;
  }
  parentPort.postMessage({ id, signature: new Uint8Array(signature) });
});
`;

/** The blinded message could not be signed (not below the modulus). */
export class InvalidBlindedMessage extends Error {
  override name = 'InvalidBlindedMessage';
}

type Answer = { id: number; signature?: Uint8Array; failure?: 'key' | 'not-below-modulus' | 'check' };

interface Job {
  resolve: (signature: Buffer) => void;
  reject: (error: Error) => void;
}

interface Signer {
  worker: Worker;
  jobs: Map<number, Job>;
}

/** What to sign with: a poll key's id and its private key as PKCS#8 DER. */
export interface SigningKey {
  keyId: string;
  pkcs8: Buffer;
}

export class BlindSigner {
  readonly #size: number;
  readonly #signers: Signer[] = [];
  #next = 0;
  #closed = false;

  constructor(size = Math.min(4, Math.max(1, availableParallelism() - 1))) {
    this.#size = size;
  }

  /** s = m^d mod n of the blinded message, checked; InvalidBlindedMessage when m is not below n. */
  sign(key: SigningKey, blinded: Buffer): Promise<Buffer> {
    if (this.#closed) return Promise.reject(new Error('icra: the ballot signer is closed'));
    const signer = this.#pick();
    const id = this.#next++;
    return new Promise<Buffer>((resolve, reject) => {
      signer.jobs.set(id, { resolve, reject });
      // While a job is out, the worker keeps the process alive; idle, it does not.
      if (signer.jobs.size === 1) signer.worker.ref();
      signer.worker.postMessage({ id, keyId: key.keyId, pkcs8: key.pkcs8, blinded });
    });
  }

  /** Stops the workers; signatures in flight fail. */
  async close(): Promise<void> {
    this.#closed = true;
    const signers = this.#signers.splice(0);
    await Promise.all(signers.map((s) => s.worker.terminate()));
  }

  /** The worker with the fewest jobs out, starting one while there are fewer than the pool's size. */
  #pick(): Signer {
    const idle = this.#signers.find((s) => s.jobs.size === 0);
    if (idle) return idle;
    if (this.#signers.length < this.#size) return this.#start();
    return this.#signers.reduce((a, b) => (b.jobs.size < a.jobs.size ? b : a));
  }

  #start(): Signer {
    const worker = new Worker(WORKER_SOURCE, { eval: true });
    worker.unref();
    const signer: Signer = { worker, jobs: new Map() };
    worker.on('message', ({ id, signature, failure }: Answer) => {
      const job = signer.jobs.get(id);
      if (!job) return;
      signer.jobs.delete(id);
      if (signer.jobs.size === 0) worker.unref();
      if (signature) job.resolve(Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength));
      else if (failure === 'not-below-modulus')
        job.reject(new InvalidBlindedMessage('the blinded message is not below the modulus'));
      else if (failure === 'check')
        job.reject(new Error('icra: blind signature failed its check (RFC 9474 §4.3)'));
      else job.reject(new Error('icra: the poll ballot key could not be read'));
    });
    const fail = (error: Error) => {
      const index = this.#signers.indexOf(signer);
      if (index >= 0) this.#signers.splice(index, 1);
      for (const job of signer.jobs.values()) job.reject(error);
      signer.jobs.clear();
    };
    worker.on('error', (error) => fail(new Error('icra: the ballot signer failed', { cause: error })));
    worker.on('exit', () => fail(new Error('icra: the ballot signer stopped')));
    this.#signers.push(signer);
    return signer;
  }
}
