/**
 * Group commit: many concurrent requests' small writes of one kind done as ONE statement, so that a
 * burst costs the database a few round trips instead of one per request. This matters most on
 * PGlite, where every statement runs on this process's single thread (1,000 voters at once would
 * otherwise queue 3,000 statements there), and it saves PostgreSQL round trips as well.
 *
 * Nothing waits for a timer: the first item starts a batch at once (after the current turn of the
 * event loop, so the requests parsed in the same turn join it), and whatever arrives while a batch
 * is in the database goes into the next one. At low load every item is a batch of one, as before.
 *
 * A batch whose statement fails is done again item by item, so one bad item (say, a poll deleted
 * meanwhile) fails alone. An item submitted inside a write's ambient transaction is done right there,
 * in that transaction (batching it outside would commit it separately, and on PGlite wait for the
 * very transaction that waits for it).
 */
import { inAmbientTransaction } from './database.js';

interface Pending<I, O> {
  item: I;
  resolve: (value: O) => void;
  reject: (error: unknown) => void;
}

export class GroupCommit<I, O> {
  #queue: Array<Pending<I, O>> = [];
  #draining = false;

  /**
   * @param run does the items as one unit and answers each, in order (the same length as `items`).
   * @param maxBatch the most items in one statement (bounds its parameters and its lock time).
   */
  constructor(
    private readonly run: (items: I[]) => Promise<O[]>,
    private readonly maxBatch = 256,
  ) {}

  submit(item: I): Promise<O> {
    if (inAmbientTransaction()) return this.run([item]).then((out) => out[0]!);
    return new Promise<O>((resolve, reject) => {
      this.#queue.push({ item, resolve, reject });
      if (!this.#draining) {
        this.#draining = true;
        setImmediate(() => void this.#drain());
      }
    });
  }

  async #drain(): Promise<void> {
    try {
      while (this.#queue.length > 0) {
        const batch = this.#queue.splice(0, this.maxBatch);
        await this.#settle(batch);
        // Let the event loop poll for I/O before the next batch: PGlite runs a statement on this
        // thread, so the requests that came in meanwhile are parsed only now, and join the next one.
        await new Promise((resolve) => setImmediate(resolve));
      }
    } finally {
      this.#draining = false;
    }
  }

  async #settle(batch: Array<Pending<I, O>>): Promise<void> {
    let answers: O[];
    try {
      answers = await this.run(batch.map((p) => p.item));
    } catch (error) {
      if (batch.length === 1) {
        batch[0]!.reject(error);
        return;
      }
      // One bad item fails alone.
      for (const pending of batch) await this.#settle([pending]);
      return;
    }
    for (const [i, pending] of batch.entries()) pending.resolve(answers[i]!);
  }
}
