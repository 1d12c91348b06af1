/**
 * The attack suite's own parts: the chance model (support/ballot-attack/chance.ts) against brute
 * force over every arrangement of small tallies, and the linking methods against evidence that does
 * link, so that their failing to link a real server means something.
 */
import { describe, expect, it } from 'vitest';
import { bound, convolve, correctGuessDistribution, tail } from './support/ballot-attack/chance.js';
import type { Snapshot, Table } from './support/ballot-attack/forensics.js';
import {
  deadVersions,
  type Evidence,
  feedDeltas,
  type KnownBallot,
  voterKey,
} from './support/ballot-attack/methods.js';
import type { Reading } from './support/ballot-attack/voter.js';

function bruteForce(choices: number[], guesses: number[]): number[] {
  const counts = new Array<number>(choices.length + 1).fill(0);
  let total = 0;
  const permute = (a: number[], k: number) => {
    if (k === a.length) {
      counts[a.filter((c, i) => c === guesses[i]).length]!++;
      total++;
      return;
    }
    for (let i = k; i < a.length; i++) {
      [a[k], a[i]] = [a[i]!, a[k]!];
      permute(a, k + 1);
      [a[k], a[i]] = [a[i]!, a[k]!];
    }
  };
  permute([...choices], 0);
  return counts.map((c) => c / total);
}

describe('the chance of correct guesses', () => {
  it.each([
    { choices: [0, 0, 1, 1, 2, 2], guesses: [0, 1, 1, 2, 0, 0] },
    { choices: [0, 0, 0, 1, 2, 2, 3], guesses: [3, 3, 3, 3, 3, 3, 3] },
    { choices: [0, 1, 1, 1, 2, 2, 2], guesses: [2, 1, 0, 4, 2, 1, 1] },
  ])('is exact for $choices guessed as $guesses', ({ choices, guesses }) => {
    const exact = correctGuessDistribution(choices, guesses);
    bruteForce(choices, guesses).forEach((p, x) => {
      expect(exact[x] ?? 0).toBeCloseTo(p, 12);
    });
  });

  it('needs most of the 49 voters of the suite right before it calls them linked', () => {
    const sparse = [0, 1, 2, 3].flatMap((o) => new Array<number>(5).fill(o));
    const afterVote = [7, 6, 4, 2].flatMap((t, o) => new Array<number>(t).fill(o));
    const burst = [0, 1, 2, 3, 4].flatMap((o) => [o, o]);
    const perfect = [sparse, afterVote, burst]
      .map((c) => correctGuessDistribution(c, c))
      .reduce((a, b) => convolve(a, b));
    expect(perfect.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(tail(perfect, 49)).toBeLessThan(1e-20);
    expect(bound(perfect, 1e-6)).toBeLessThanOrEqual(30);
    // Guessing everyone the most frequent option is exactly the tallies' maximum, always.
    expect(correctGuessDistribution(afterVote, new Array<number>(19).fill(0))[7]).toBeCloseTo(1, 12);
  });
});

describe('the linking methods, on evidence of a ballot that changes the tallies one vote at a time', () => {
  // What the old design gave away: a feed that moved with every ballot, and a tally row version per
  // ballot. The methods must link every voter from it (the server refuses ICRA_BALLOT_BATCH=1, so
  // this evidence is built here rather than served).
  const pollId = '00000000-0000-4000-8000-000000000001';
  const choices = [2, 0, 3, 1, 1, 0, 2, 3, 3, 0, 1, 2, 0, 3, 2, 1, 0, 1, 2, 3];
  const ballots: KnownBallot[] = choices.map((_, i) => ({
    pollId,
    fin: `F${String(i).padStart(6, '0')}`,
    order: i,
    issueSentAt: i * 10,
    issuedAt: i * 10 + 1,
    castSentAt: i * 10 + 2,
    castAt: i * 10 + 3,
  }));
  const tallies = (upTo: number) =>
    [0, 1, 2, 3].map((o) => choices.slice(0, upTo).filter((c) => c === o).length);
  const empty: Snapshot = { tables: [] };
  const evidence = (feed: Reading[], snapshot: Snapshot): Evidence => ({
    polls: [{ id: pollId, options: 4 }],
    ballots,
    feed,
    snapshot,
    logs: [],
    secrets: [],
  });
  const correct = (guesses: Map<string, number>) =>
    ballots.filter((b, i) => guesses.get(voterKey(b.pollId, b.fin)) === choices[i]).length;

  it('feed deltas link everyone', () => {
    const feed: Reading[] = choices.map((_, i) => ({
      pollId,
      sentAt: i * 10 + 5,
      at: i * 10 + 6,
      castBefore: i + 1,
      state: 'open',
      hidden: false,
      tallies: tallies(i + 1),
      uncounted: 0,
    }));
    feed.unshift({ ...feed[0]!, sentAt: 0, at: 0, castBefore: 0, tallies: [0, 0, 0, 0] });
    const [candidate] = feedDeltas.run(evidence(feed, empty));
    expect(correct(candidate!.guesses)).toBe(20);
  });

  it('dead row versions replayed in xmin order link everyone', () => {
    const tuples = choices.flatMap((_, i) =>
      [0, 1, 2, 3].map((position, lp) => ({
        page: 0,
        lp: i * 4 + lp,
        xmin: 1000 + i,
        xmax: i === choices.length - 1 ? 0 : 1001 + i,
        values: { poll_id: pollId, position, votes: tallies(i + 1)[position]! },
      })),
    );
    const table: Table = {
      name: 'poll_options',
      columns: [
        { name: 'poll_id', type: 'uuid' },
        { name: 'position', type: 'integer' },
        { name: 'votes', type: 'integer' },
      ],
      rows: tuples.slice(-4).map((t) => ({ ctid: [0, t.lp], xmin: t.xmin, values: t.values })),
      tuples,
      pages: [],
    };
    const best = Math.max(
      ...deadVersions.run(evidence([], { tables: [table] })).map((c) => correct(c.guesses)),
    );
    expect(best).toBe(20);
  });
});
