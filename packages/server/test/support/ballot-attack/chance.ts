/**
 * "No better than chance", made exact. The test's citizens' choices are a seeded random
 * arrangement of fixed tallies, so for an attacker who learns nothing but those tallies the true
 * arrangement is uniformly random among all arrangements of the tallies over the voters. For a
 * method's guesses g (any function of what it saw), the number of correct guesses
 * X = #{i : g_i = c_i} then has an exact distribution (computed here by dynamic programming over the
 * guess groups: the voters guessing option k draw their true choices without replacement from
 * what is left of the tallies). Polls are independent, so a method's total over several polls is
 * the convolution. A method links voters when P(X ≥ observed) is below a tiny α: with no leak
 * that happens with probability at most α, so the test fails falsely at most that often.
 */

const cache = new Map<string, number[]>();

/**
 * P(X = x) for x = 0..n, for one poll. `choices` are the true choices, `guesses` the method's. It
 * depends only on the tallies and on how many voters were guessed each option.
 */
export function correctGuessDistribution(choices: number[], guesses: number[]): number[] {
  const options = [...new Set([...choices, ...guesses])].sort((a, b) => a - b);
  const tallies = options.map((o) => choices.filter((c) => c === o).length);
  const groups = options.map((o) => guesses.filter((g) => g === o).length);
  const key = `${tallies.join(',')}|${groups.join(',')}`;
  const known = cache.get(key);
  if (known) return known;
  const computed = exactDistribution(tallies, groups, choices.length);
  cache.set(key, computed);
  return computed;
}

function exactDistribution(tallies: number[], groups: number[], n: number): number[] {
  // state: remaining tallies → distribution of correct guesses so far
  let states = new Map<string, { remaining: number[]; dist: number[] }>([
    [tallies.join(','), { remaining: tallies, dist: [1] }],
  ]);
  groups.forEach((size, k) => {
    if (size === 0) return;
    const next = new Map<string, { remaining: number[]; dist: number[] }>();
    for (const { remaining, dist } of states.values()) {
      const total = remaining.reduce((a, b) => a + b, 0);
      for (const draw of compositions(size, remaining)) {
        let p = 1;
        draw.forEach((d, j) => {
          p *= binomial(remaining[j]!, d);
        });
        p /= binomial(total, size);
        if (p === 0) continue;
        const left = remaining.map((r, j) => r - draw[j]!);
        const key = left.join(',');
        const hit = draw[k]!;
        const entry = next.get(key) ?? { remaining: left, dist: [] };
        dist.forEach((q, x) => {
          entry.dist[x + hit] = (entry.dist[x + hit] ?? 0) + q * p;
        });
        next.set(key, entry);
      }
    }
    states = next;
  });
  const result = new Array<number>(n + 1).fill(0);
  for (const { dist } of states.values()) {
    dist.forEach((q, x) => {
      result[x]! += q ?? 0;
    });
  }
  return result;
}

export function convolve(a: number[], b: number[]): number[] {
  const out = new Array<number>(a.length + b.length - 1).fill(0);
  a.forEach((p, i) => {
    b.forEach((q, j) => {
      out[i + j]! += p * q;
    });
  });
  return out;
}

export function tail(dist: number[], x: number): number {
  let p = 0;
  for (let i = Math.max(0, x); i < dist.length; i++) p += dist[i]!;
  return Math.min(1, p);
}

/** The least number of correct guesses whose chance probability is at most α. */
export function bound(dist: number[], alpha: number): number {
  for (let x = 0; x < dist.length; x++) if (tail(dist, x) <= alpha) return x;
  return dist.length;
}

function* compositions(size: number, caps: number[], from = 0): Generator<number[]> {
  if (from === caps.length) {
    if (size === 0) yield [];
    return;
  }
  const rest = caps.slice(from + 1).reduce((a, b) => a + b, 0);
  for (let d = Math.max(0, size - rest); d <= Math.min(size, caps[from]!); d++) {
    for (const tailPart of compositions(size - d, caps, from + 1)) yield [d, ...tailPart];
  }
}

function binomial(n: number, k: number): number {
  if (k < 0 || k > n) return 0;
  let r = 1;
  for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
  return r;
}

/** A small seeded generator (mulberry32), so the secret choices are the same in every run. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
