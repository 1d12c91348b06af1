/**
 * The secret ballot (docs/ballot-secrecy.md): the right to vote and the vote are separated by RSA
 * blind signatures (RFC 9474, RSABSSA-SHA384-PSS-Randomized, 2048-bit keys, one key pair per poll).
 *
 * - A citizen takes ONE credential per poll: the server signs a message it cannot see (the widget
 *   blinds it) and records that this FIN took it, with the SHA-256 of the blinded message only.
 * - The ballot is cast anonymously with the unblinded message and signature: the signature is
 *   checked, the message's SHA-256 is spent once, and the option goes into the ballot box sealed
 *   with AES-256-GCM under a key derived from the ballot secret (which is never in the database).
 * - Every k ballots of a poll the box is folded into the tallies (box rows deleted, every option row
 *   rewritten once) and the box is vacuumed; after closing, whatever is left is folded and the
 *   ballot tables are rewritten (VACUUM FULL), so no dead row version keeps a sealed ballot.
 *
 * A key pair never changes once made and a poll's schedule never changes, so both are cached in
 * memory; what must be exact across instances (closing, spending, folding) is decided in the
 * database, under row and advisory locks.
 */
import {
  constants,
  createCipheriv,
  createDecipheriv,
  createHash,
  createPublicKey,
  generateKeyPair,
  hkdfSync,
  type KeyObject,
  randomBytes,
  verify,
} from 'node:crypto';
import { promisify } from 'node:util';
import { eq, sql } from 'drizzle-orm';
import { LRUCache } from 'lru-cache';
import { type Db, databaseCode } from '../../db/database.js';
import { GroupCommit } from '../../db/group-commit.js';
import { ballotCredentials, pollBallotKeys } from '../../db/schema.js';
import { BlindSigner } from './blind-signer.js';

export { InvalidBlindedMessage } from './blind-signer.js';

const generateRsaKeyPair = promisify(generateKeyPair);

/** The RFC 9474 suite every credential of every poll uses. */
export const BALLOT_SUITE = 'RSABSSA-SHA384-PSS-Randomized';
/** The modulus length in bytes (RSA-2048): the length of a blinded message and of every signature. */
export const BALLOT_MODULUS_BYTES = 256;
/** How soon after a fold the box is vacuumed (folds meanwhile share the vacuum). */
const VACUUM_DELAY_MS = 200;
/** How often closed polls are looked for to finalize (also once at start). */
export const BALLOT_SWEEP_INTERVAL_MS = 30_000;

/** A poll's key pair, as served and as used. */
export interface PollKey {
  keyId: string;
  /** SPKI DER. */
  spki: Buffer;
  publicKey: KeyObject;
  /** The private key, PKCS#8 DER: it signs in the signer's workers (blind-signer.ts). */
  pkcs8: Buffer;
}

export interface BallotSettings {
  /** The ballot secret (ICRA_BALLOT_SECRET or its replacement): the box's keys are derived from it. */
  secret: Buffer;
  /** k: ballots are folded into the tallies this many at a time (at least 2). */
  batchSize: number;
}

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest();

/** The SHA-256 of a key's SPKI DER, base64url: its id. */
export function keyIdOf(spki: Buffer): string {
  return sha256(spki).toString('base64url');
}

/** RSASSA-PSS-VERIFY with SHA-384 and a 48-byte salt over the prepared message. */
export function verifyCredential(key: PollKey, message: Buffer, signature: Buffer): boolean {
  if (signature.length !== BALLOT_MODULUS_BYTES) return false;
  return verify(
    'sha384',
    message,
    { key: key.publicKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 48 },
    signature,
  );
}

/** The AES-256-GCM key of a poll's box: HKDF-SHA256 of the ballot secret, the poll id as info. */
function boxKeyOf(secret: Buffer, pollId: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'icra ballot box', `poll ${pollId}`, 32));
}

/** nonce (12) ‖ ciphertext of the option (1 byte) ‖ tag (16); the poll id is the associated data. */
export function seal(key: Buffer, pollId: string, option: number): Buffer {
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(Buffer.from(pollId));
  const body = Buffer.concat([cipher.update(Buffer.from([option])), cipher.final()]);
  return Buffer.concat([nonce, body, cipher.getAuthTag()]);
}

export function unseal(key: Buffer, pollId: string, sealed: Buffer): number {
  const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, 12));
  decipher.setAAD(Buffer.from(pollId));
  decipher.setAuthTag(sealed.subarray(sealed.length - 16));
  const plain = Buffer.concat([decipher.update(sealed.subarray(12, sealed.length - 16)), decipher.final()]);
  return plain[0]!;
}

function rows<T>(result: unknown): T[] {
  return ((result as { rows?: T[] }).rows ?? (result as T[])) as T[];
}

/** What the credential and ballot routes need of a poll: fixed once the poll is created. */
export interface PollTerms {
  id: string;
  authority: string;
  eligibility: 'all_citizens' | 'residents';
  opensAt: Date;
  closesAt: Date;
  /** The options' numbers. */
  options: Array<{ position: number }>;
}

export type IssueOutcome = { signature: Buffer } | 'already-issued' | 'no-poll';
type CredentialOutcome = 'issued' | 'already-issued' | 'no-poll';

/** A citizen's credential to record: the SHA-256 of the blinded message it was given for. */
interface CredentialRequest {
  pollId: string;
  fin: string;
  hash: Buffer;
}

/** A ballot to cast: the SHA-256 of its credential's message (and its hex) and the sealed option. */
interface SealedBallot {
  pollId: string;
  tokenHash: Buffer;
  tokenHex: string;
  sealed: Buffer;
}
export type CastOutcome = 'cast' | 'spent' | 'closed' | 'no-poll';

/** The ballot machinery of one app instance over its database. */
export class BallotBox {
  readonly #keys = new LRUCache<string, Promise<PollKey>>({ max: 1000 });
  readonly #boxKeys = new LRUCache<string, Buffer>({ max: 1000 });
  /** Polls known to be finalized (that never changes back). */
  readonly #finalized = new LRUCache<string, true>({ max: 10_000 });
  /**
   * Polls' terms, which no route changes after creation: kept a minute, so the casting path does
   * not read them at every ballot. Whether a poll is still open and exists is decided by the cast
   * statement itself, in the database.
   */
  readonly #terms = new LRUCache<string, PollTerms>({ max: 1000, ttl: 60_000 });
  readonly #loadingTerms = new Map<string, Promise<PollTerms | undefined>>();
  #vacuumTimer: NodeJS.Timeout | undefined;
  #vacuum: Promise<void> | undefined;
  #vacuumAgain = false;
  #sweeping: Promise<void> | undefined;
  /** Finalizations in flight, by poll: a read and the sweep wait for the same one. */
  readonly #finalizing = new Map<string, Promise<boolean>>();
  #stopSweeping: (() => void) | undefined;
  #closed = false;
  readonly #signer = new BlindSigner();
  /** Concurrent citizens' credentials, recorded together (db/group-commit.ts). */
  readonly #credentials = new GroupCommit<CredentialRequest, CredentialOutcome>((requests) =>
    this.#recordCredentials(requests),
  );
  /** Concurrent ballots, cast together. */
  readonly #ballots = new GroupCommit<SealedBallot, CastOutcome>((ballots) => this.#castBallots(ballots));

  constructor(
    private readonly db: () => Db,
    readonly settings: BallotSettings,
    private readonly log: Pick<Console, 'warn'> = console,
  ) {}

  get batchSize(): number {
    return this.settings.batchSize;
  }

  #boxKey(pollId: string): Buffer {
    let key = this.#boxKeys.get(pollId);
    if (!key) {
      key = boxKeyOf(this.settings.secret, pollId);
      this.#boxKeys.set(pollId, key);
    }
    return key;
  }

  /**
   * The poll's key pair, made on first need: insert … on conflict do nothing, then read, so every
   * instance uses the one that was stored first. The caller has checked that the poll exists.
   */
  key(pollId: string): Promise<PollKey> {
    let key = this.#keys.get(pollId);
    if (!key) {
      key = this.#loadKey(pollId).catch((error) => {
        this.#keys.delete(pollId);
        throw error;
      });
      this.#keys.set(pollId, key);
    }
    return key;
  }

  async #readKey(pollId: string): Promise<PollKey | undefined> {
    const [row] = await this.db().select().from(pollBallotKeys).where(eq(pollBallotKeys.pollId, pollId));
    if (!row) return undefined;
    return {
      keyId: row.keyId,
      spki: row.publicKey,
      publicKey: createPublicKey({ key: row.publicKey, format: 'der', type: 'spki' }),
      pkcs8: Buffer.from(row.privateKey),
    };
  }

  async #loadKey(pollId: string): Promise<PollKey> {
    const stored = await this.#readKey(pollId);
    if (stored) return stored;
    const pair = await generateRsaKeyPair('rsa', { modulusLength: 2048, publicExponent: 0x10001 });
    const spki = pair.publicKey.export({ format: 'der', type: 'spki' });
    await this.db()
      .insert(pollBallotKeys)
      .values({
        pollId,
        keyId: keyIdOf(spki),
        publicKey: spki,
        privateKey: pair.privateKey.export({ format: 'der', type: 'pkcs8' }),
      })
      .onConflictDoNothing();
    const made = await this.#readKey(pollId);
    if (!made) throw new Error('icra: the poll ballot key was not stored');
    return made;
  }

  /**
   * Signs the citizen's blinded message, once per poll and citizen: the first request records the
   * FIN with the message's SHA-256; the same message again is signed again (a lost answer), another
   * one is `already-issued`. The caller has checked that the poll is open and the citizen eligible.
   */
  async issue(pollId: string, fin: string, blinded: Buffer): Promise<IssueOutcome> {
    const key = await this.key(pollId);
    // Signed first: a message the key cannot sign (not below the modulus) records nothing.
    const signature = await this.#signer.sign(key, blinded);
    const taken = await this.#credentials.submit({ pollId, fin: fin.toUpperCase(), hash: sha256(blinded) });
    return taken === 'issued' ? { signature } : taken;
  }

  /**
   * Records concurrent citizens' credentials in ONE insert … on conflict do nothing: a citizen whose
   * row went in, or was there with the same blinded message's hash (a repeated request), is
   * `issued`; one whose row holds another hash is `already-issued`. Of two requests of one citizen
   * in one batch the first in the batch wins, as if they had come one after the other.
   */
  async #recordCredentials(requests: CredentialRequest[]): Promise<CredentialOutcome[]> {
    const keyOf = (r: { pollId: string; fin: string }) => `${r.pollId}\n${r.fin}`;
    let inserted: Array<{ pollId: string; fin: string; hash: Buffer | Uint8Array }>;
    try {
      inserted = await this.db()
        .insert(ballotCredentials)
        .values(requests.map((r) => ({ pollId: r.pollId, fin: r.fin, blindedHash: r.hash })))
        .onConflictDoNothing()
        .returning({
          pollId: ballotCredentials.pollId,
          fin: ballotCredentials.fin,
          hash: ballotCredentials.blindedHash,
        });
    } catch (error) {
      // The poll was deleted (with its authority) since its terms were read. In a batch, the other
      // requests are then recorded one by one (db/group-commit.ts).
      if (databaseCode(error) === '23503' && requests.length === 1) return ['no-poll'];
      throw error;
    }
    const held = new Map(inserted.map((r) => [keyOf(r), Buffer.from(r.hash)]));
    const unknown = requests.filter((r) => !held.has(keyOf(r)));
    if (unknown.length > 0) {
      const pairs = [...new Map(unknown.map((r) => [keyOf(r), r])).values()];
      const stored = await this.db()
        .select({
          pollId: ballotCredentials.pollId,
          fin: ballotCredentials.fin,
          hash: ballotCredentials.blindedHash,
        })
        .from(ballotCredentials)
        .where(
          sql`(${ballotCredentials.pollId}, ${ballotCredentials.fin}) in (${sql.join(
            pairs.map((r) => sql`(${r.pollId}::uuid, ${r.fin})`),
            sql`, `,
          )})`,
        );
      for (const r of stored) held.set(keyOf(r), Buffer.from(r.hash));
    }
    return requests.map((r) => {
      const hash = held.get(keyOf(r));
      if (hash === undefined) return 'no-poll';
      return hash.equals(r.hash) ? 'issued' : 'already-issued';
    });
  }

  /** Whether the citizen took the poll's credential (the server cannot know whether it was cast). */
  async tookCredential(pollId: string, fin: string): Promise<boolean> {
    const found = await this.db()
      .select({ pollId: ballotCredentials.pollId })
      .from(ballotCredentials)
      .where(sql`${ballotCredentials.pollId} = ${pollId} and ${ballotCredentials.fin} = ${fin.toUpperCase()}`)
      .limit(1);
    return found.length > 0;
  }

  /**
   * Casts a ballot whose credential the caller has verified: ONE statement spends the credential and
   * puts the sealed option in the box, both or neither, while the poll is open and not finalized
   * (its row locked FOR SHARE, so finalizing waits for it and it sees a finished finalization).
   * A full box is folded right after. Ballots cast at the same time share that one statement
   * (db/group-commit.ts): each is spent and boxed, or not, exactly as if it had come alone.
   */
  cast(pollId: string, message: Buffer, option: number): Promise<CastOutcome> {
    const sealed = seal(this.#boxKey(pollId), pollId, option);
    const tokenHash = sha256(message);
    return this.#ballots.submit({ pollId, tokenHash, tokenHex: tokenHash.toString('hex'), sealed });
  }

  /** Casts concurrent ballots: one statement per poll (see {@link cast}), then a fold if the box is full. */
  async #castBallots(ballots: SealedBallot[]): Promise<CastOutcome[]> {
    const byPoll = new Map<string, SealedBallot[]>();
    for (const b of ballots) {
      const ofPoll = byPoll.get(b.pollId);
      if (ofPoll) ofPoll.push(b);
      else byPoll.set(b.pollId, [b]);
    }
    const outcomes = new Map<SealedBallot, CastOutcome>();
    for (const [pollId, cast] of byPoll) {
      // A credential twice in one batch: the first is cast (or not), the others are spent.
      const first = new Map<string, SealedBallot>();
      for (const b of cast) if (!first.has(b.tokenHex)) first.set(b.tokenHex, b);
      const unique = [...first.values()];
      const result = await this.db().execute(sql`
        with p as (
          select finalized_at is null and closes_at > now() as open from polls where id = ${pollId} for share
        ), input (token_hash, sealed, n) as (
          values ${sql.join(
            unique.map((b, n) => sql`(${b.tokenHash}::bytea, ${b.sealed}::bytea, ${n}::int)`),
            sql`, `,
          )}
        ), spent as (
          insert into spent_ballot_credentials (poll_id, token_hash)
          select ${pollId}::uuid, input.token_hash from input, p where p.open order by input.n
          on conflict do nothing returning token_hash
        ), boxed as (
          insert into ballot_box (poll_id, sealed)
          select ${pollId}::uuid, input.sealed from input join spent using (token_hash) order by input.n
          returning 1
        )
        select (select open from p) as open, (select count(*) from boxed)::int as boxed,
          (select count(*) from ballot_box where poll_id = ${pollId})::int as held,
          array(select encode(token_hash, 'hex') from spent) as spent`);
      const [row] = rows<{ open: boolean | null; boxed: number; held: number; spent: string[] }>(result);
      const fresh = new Set(row?.spent ?? []);
      for (const b of cast) {
        let outcome: CastOutcome;
        if (!row || row.open === null) outcome = 'no-poll';
        else if (!row.open) outcome = 'closed';
        else outcome = first.get(b.tokenHex) === b && fresh.has(b.tokenHex) ? 'cast' : 'spent';
        outcomes.set(b, outcome);
      }
      if (row?.open && row.boxed > 0 && row.held + row.boxed >= this.settings.batchSize) {
        await this.#fold(pollId, false);
      }
    }
    return ballots.map((b) => outcomes.get(b)!);
  }

  /**
   * The poll's terms, from memory or read by `load` (a poll that does not exist is not kept). The
   * requests that miss together share one read: when the minute runs out under a burst of 1,000
   * voters, one of them reads the poll, not each.
   */
  terms(pollId: string, load: () => Promise<PollTerms | undefined>): Promise<PollTerms | undefined> {
    const known = this.#terms.get(pollId);
    if (known) return Promise.resolve(known);
    let loading = this.#loadingTerms.get(pollId);
    if (loading === undefined) {
      loading = load()
        .then((loaded) => {
          if (!loaded) return undefined;
          const { id, authority, eligibility, opensAt, closesAt, options } = loaded;
          const terms = {
            id,
            authority,
            eligibility,
            opensAt,
            closesAt,
            options: options.map((o) => ({ position: o.position })),
          };
          this.#terms.set(pollId, terms);
          return terms;
        })
        .finally(() => this.#loadingTerms.delete(pollId));
      this.#loadingTerms.set(pollId, loading);
    }
    return loading;
  }

  /** The number of ballots in the poll's box, not yet in the tallies. */
  async uncounted(pollId: string): Promise<number> {
    const result = await this.db().execute(
      sql`select count(*)::int as n from ballot_box where poll_id = ${pollId}`,
    );
    return rows<{ n: number }>(result)[0]?.n ?? 0;
  }

  /**
   * Empties the box into the tallies, when it holds at least k (or anything, `all`): under the
   * poll's box lock, the box rows are deleted, unsealed and added to the counters, every option row
   * of the poll rewritten once whatever it got. Then the box is vacuumed (outside a transaction).
   */
  async #fold(pollId: string, all: boolean): Promise<void> {
    const folded = await this.db().transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`icra:ballot-box:${pollId}`}))`);
      return this.#empty(tx, pollId, all ? 1 : this.settings.batchSize);
    });
    if (folded > 0) this.#scheduleVacuum();
  }

  /**
   * Deletes the poll's box rows when there are at least `least` of them (counted and deleted in one
   * statement, under the box lock the caller holds, taken before this statement's snapshot), and adds
   * them to the tallies.
   */
  async #empty(
    tx: Parameters<Parameters<Db['transaction']>[0]>[0],
    pollId: string,
    least = 1,
  ): Promise<number> {
    const box = rows<{ sealed: Buffer | Uint8Array }>(
      await tx.execute(sql`
        delete from ballot_box
        where poll_id = ${pollId}
          and (select count(*) from ballot_box where poll_id = ${pollId}) >= ${least}
        returning sealed`),
    );
    if (box.length === 0) return 0;
    const key = this.#boxKey(pollId);
    const counts = new Map<number, number>();
    for (const { sealed } of box) {
      const option = unseal(key, pollId, Buffer.from(sealed));
      counts.set(option, (counts.get(option) ?? 0) + 1);
    }
    const added = JSON.stringify(Object.fromEntries(counts));
    // One UPDATE rewrites every option row once (the box lock serializes folds of a poll).
    await tx.execute(sql`
      update poll_options
      set votes = votes + coalesce((${added}::jsonb ->> position::text)::int, 0)
      where poll_id = ${pollId}`);
    return box.length;
  }

  /**
   * VACUUM of the box (and the tallies) after folds: soon after the first fold of a burst, one at
   * a time (folds meanwhile ask for one more), so a burst of ballots does not vacuum at every k.
   */
  #scheduleVacuum(): void {
    if (this.#closed) return;
    if (this.#vacuum || this.#vacuumTimer) {
      this.#vacuumAgain = true;
      return;
    }
    this.#vacuumTimer = setTimeout(() => {
      this.#vacuumTimer = undefined;
      this.#vacuum = (async () => {
        do {
          this.#vacuumAgain = false;
          try {
            await this.db().execute(sql`vacuum ballot_box, poll_options`);
          } catch (error) {
            this.log.warn(`icra: vacuum of the ballot box failed (${(error as Error).name})`);
            return;
          }
        } while (this.#vacuumAgain);
      })().finally(() => {
        this.#vacuum = undefined;
      });
    }, VACUUM_DELAY_MS);
    this.#vacuumTimer.unref();
  }

  /** Whether the poll is known to be finalized already (no database round trip). */
  knownFinalized(pollId: string): boolean {
    return this.#finalized.has(pollId);
  }

  /**
   * Finalizes a closed poll: under its row lock (FOR UPDATE: waits for ballots being cast, and
   * another instance finalizing makes this one wait), folds whatever is left in the box and rewrites
   * every option row; then rewrites the ballot tables (VACUUM FULL, outside a transaction) so no dead
   * row versions survive; and only then marks the poll finalized. A crash or a stop between the two
   * leaves the poll unmarked, so the next read or sweep does it again (folding an empty box and
   * rewriting again is harmless): the rewrite is never skipped. No ballot can arrive meanwhile: a
   * cast needs `closes_at > now()`. Resolves once the rewrite is done; true for the call that marked it.
   */
  finalize(pollId: string): Promise<boolean> {
    if (this.#finalized.has(pollId)) return Promise.resolve(false);
    let running = this.#finalizing.get(pollId);
    if (running === undefined) {
      running = this.#finalize(pollId).finally(() => this.#finalizing.delete(pollId));
      this.#finalizing.set(pollId, running);
    }
    return running;
  }

  async #finalize(pollId: string): Promise<boolean> {
    const state = await this.db().transaction(async (tx) => {
      const [poll] = rows<{ finalized: boolean }>(
        await tx.execute(
          sql`select finalized_at is not null as finalized from polls where id = ${pollId} and closes_at <= now() for update`,
        ),
      );
      if (!poll) return 'open' as const;
      if (poll.finalized) return 'already' as const;
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`icra:ballot-box:${pollId}`}))`);
      await this.#empty(tx, pollId);
      // Every option row rewritten at closing, whatever the box held.
      await tx.execute(sql`update poll_options set votes = votes where poll_id = ${pollId}`);
      return 'closed' as const;
    });
    if (state === 'open') return false;
    if (state === 'already') {
      this.#finalized.set(pollId, true);
      return false;
    }
    await this.db().execute(sql`vacuum full poll_options, ballot_box, spent_ballot_credentials`);
    const marked = rows<{ id: string }>(
      await this.db().execute(
        sql`update polls set finalized_at = now() where id = ${pollId} and finalized_at is null returning id`,
      ),
    );
    this.#finalized.set(pollId, true);
    return marked.length === 1;
  }

  /**
   * Stops the sweep and waits for the ballot work in flight (a fold's vacuum, a finalization and
   * its rewrite) before the database is closed.
   */
  async close(): Promise<void> {
    this.#closed = true;
    this.#stopSweeping?.();
    await Promise.allSettled([this.#sweeping, this.#vacuum, ...this.#finalizing.values()]);
    await this.#signer.close();
    if (this.#vacuumTimer) {
      // A fold is waiting for its vacuum: do it now rather than leave its dead sealed rows behind.
      clearTimeout(this.#vacuumTimer);
      this.#vacuumTimer = undefined;
      await this.db()
        .execute(sql`vacuum ballot_box, poll_options`)
        .catch((error: Error) => this.log.warn(`icra: vacuum of the ballot box failed (${error.name})`));
    }
  }

  /** Finalizes every closed poll not finalized yet (every 30 s and at start). */
  sweep(): Promise<void> {
    if (this.#closed) return Promise.resolve();
    this.#sweeping ??= (async () => {
      try {
        const due = rows<{ id: string }>(
          await this.db().execute(
            sql`select id from polls where closes_at <= now() and finalized_at is null order by closes_at limit 100`,
          ),
        );
        for (const { id } of due) await this.finalize(id);
      } catch (error) {
        this.log.warn(`icra: the ballot sweep failed (${(error as Error).name})`);
      }
    })().finally(() => {
      this.#sweeping = undefined;
    });
    return this.#sweeping;
  }

  /** Starts the periodic sweep (and one now); returns the function that stops it. */
  startSweeping(): () => void {
    void this.sweep();
    const timer = setInterval(() => void this.sweep(), BALLOT_SWEEP_INTERVAL_MS);
    timer.unref();
    this.#stopSweeping = () => clearInterval(timer);
    return this.#stopSweeping;
  }
}
