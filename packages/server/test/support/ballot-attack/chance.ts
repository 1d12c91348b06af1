/**
 * "No better than chance", made exact. The test's citizens' choices are a seeded random
 * arrangement of fixed tallies, so for an attacker who learns nothing but those tallies the true
 * arrangement is uniformly random among all arrangements of the tallies over the voters. For a
 * method's guesses g (any function of what it saw), the number of correct guesses
 * X = #{i : g_i = c_i} then has an exact distribution (computed here in exact integers from rook
 * polynomials: the voters guessing option k draw their true choices without replacement from the
 * tallies). Polls are independent, so a method's total over several polls is
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

/**
 * With the n true choices told apart (labels change no count), the voters form blocks: a_k voters
 * guessed k and t_k choices are k, and a correct guess is a rook on one of those disjoint a_k × t_k
 * boards. The rook numbers of the union are the product of the blocks' (C(a,m)·C(t,m)·m!), and
 * inclusion–exclusion gives the permutations with exactly x correct guesses:
 * e_x = Σ_{m≥x} (−1)^{m−x} C(m,x) r_m (n−m)!, in exact integers.
 */
function exactDistribution(tallies: number[], groups: number[], n: number): number[] {
  let rooks: bigint[] = [1n];
  tallies.forEach((t, k) => {
    const a = groups[k]!;
    const block: bigint[] = [];
    for (let m = 0; m <= Math.min(a, t); m++) block.push(choose(a, m) * choose(t, m) * factorial(m));
    const product = new Array<bigint>(rooks.length + block.length - 1).fill(0n);
    rooks.forEach((r, i) => {
      block.forEach((b, j) => {
        product[i + j]! += r * b;
      });
    });
    rooks = product;
  });
  const total = factorial(n);
  const result: number[] = [];
  for (let x = 0; x <= n; x++) {
    let exact = 0n;
    for (let m = x; m < rooks.length; m++) {
      const term = choose(m, x) * rooks[m]! * factorial(n - m);
      exact += (m - x) % 2 === 0 ? term : -term;
    }
    result.push(ratio(exact, total));
  }
  return result;
}

/** a/b as a double, exact enough for tiny ratios of huge integers. */
function ratio(a: bigint, b: bigint): number {
  if (a === 0n) return 0;
  const scale = 10n ** 30n;
  return Number((a * scale) / b) / 1e30;
}

function choose(n: number, k: number): bigint {
  if (k < 0 || k > n) return 0n;
  let r = 1n;
  for (let i = 1; i <= k; i++) r = (r * BigInt(n - k + i)) / BigInt(i);
  return r;
}

function factorial(n: number): bigint {
  let r = 1n;
  for (let i = 2; i <= n; i++) r *= BigInt(i);
  return r;
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
