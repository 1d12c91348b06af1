/**
 * The chance model of the attack suite (support/ballot-attack/chance.ts) against brute force: the
 * exact distribution of correct guesses over every arrangement of small tallies.
 */
import { describe, expect, it } from 'vitest';
import { bound, convolve, correctGuessDistribution, tail } from './support/ballot-attack/chance.js';

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
