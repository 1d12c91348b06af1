/**
 * Every way of linking a voter to a choice that worked on the old design (issue 10, findings 2),
 * written against what an attacker holds, not against the implementation: a snapshot of the
 * database (forensics.ts), the public results feed read after every ballot, the server's logs, and
 * — for the operator — the ballot secret. The attacker is also given the true order and times of
 * issuance and casting of every citizen (more than any access log gives).
 *
 * Each method yields candidates: a guess of the choice of some voters (the others are guessed
 * from the tallies, chance.ts). A method that tries many columns or orders yields one candidate
 * per try; the test corrects for the number of tries.
 */
import { createDecipheriv, hkdfSync } from 'node:crypto';
import type { HeapTuple, Snapshot, Table } from './forensics.js';
import type { LogLine } from './server.js';
import type { Reading } from './voter.js';

export interface KnownBallot {
  pollId: string;
  fin: string;
  /** Position in the order of casting, over all polls. */
  order: number;
  issueSentAt: number;
  issuedAt: number;
  castSentAt: number;
  castAt: number;
}

export interface Evidence {
  polls: Array<{ id: string; options: number }>;
  /** In the order of casting. */
  ballots: KnownBallot[];
  feed: Reading[];
  snapshot: Snapshot;
  logs: LogLine[];
  /** Ballot secrets the attacker holds (the operator's ICRA_BALLOT_SECRET); none for a thief. */
  secrets: string[];
}

export const voterKey = (pollId: string, fin: string) => `${pollId} ${fin}`;

export interface Candidate {
  label: string;
  /** voterKey → guessed option. */
  guesses: Map<string, number>;
}

export interface Method {
  name: string;
  run(evidence: Evidence): Candidate[];
}

const asBuffer = (value: unknown): Buffer | null =>
  Buffer.isBuffer(value) ? value : value instanceof Uint8Array ? Buffer.from(value) : null;

const votersOf = (evidence: Evidence, pollId: string) => evidence.ballots.filter((b) => b.pollId === pollId);

/**
 * Successive tally vectors of one poll → guesses: each increase is attributed to the oldest voters
 * not yet attributed (who had cast by then, when that is known), its options handed out in the
 * order of casting. With one ballot per change this is exact; with k per change it is a guess
 * within the batch.
 */
function attribute(
  states: Array<{ tallies: number[]; castBefore?: number }>,
  voters: KnownBallot[],
): Map<string, number> {
  const guesses = new Map<string, number>();
  let next = 0;
  let previous: number[] | undefined;
  for (const state of states) {
    if (previous === undefined) {
      // The first state counts the voters before it (none, if read before the first ballot).
      const before = state.tallies.reduce((a, b) => a + b, 0);
      previous = state.tallies;
      next = Math.min(before, voters.length);
      continue;
    }
    const delta = state.tallies.map((t, i) => t - (previous![i] ?? 0));
    previous = state.tallies;
    if (delta.some((d) => d < 0)) continue;
    const added = delta.flatMap((d, option) => new Array<number>(d).fill(option));
    const available =
      state.castBefore === undefined ? voters.length : Math.min(state.castBefore, voters.length);
    for (const option of added) {
      if (next >= available) break;
      guesses.set(voterKey(voters[next]!.pollId, voters[next]!.fin), option);
      next++;
    }
  }
  return guesses;
}

/** The public results feed: differences between consecutive readings. */
export const feedDeltas: Method = {
  name: 'results feed: deltas between consecutive readings',
  run(evidence) {
    const guesses = new Map<string, number>();
    for (const poll of evidence.polls) {
      const readings = evidence.feed
        .filter((r) => r.pollId === poll.id && r.tallies !== null)
        .sort((a, b) => a.sentAt - b.sentAt);
      for (const [k, v] of attribute(
        readings.map((r) => ({ tallies: r.tallies!, castBefore: r.castBefore })),
        votersOf(evidence, poll.id),
      ))
        guesses.set(k, v);
    }
    return [{ label: 'feed deltas', guesses }];
  },
};

function pollColumn(table: Table, pollIds: Set<string>): string | undefined {
  return table.columns.find(
    (c) => c.type === 'uuid' && table.rows.some((r) => pollIds.has(String(r.values[c.name]))),
  )?.name;
}

/**
 * Dead row versions (pageinspect): every version of every tally row, in transaction (xmin) order,
 * replays the tallies after each transaction, live or long overwritten.
 */
export const deadVersions: Method = {
  name: 'dead row versions (pageinspect): tallies replayed in xmin order',
  run(evidence) {
    const candidates: Candidate[] = [];
    const pollIds = new Set(evidence.polls.map((p) => p.id));
    for (const table of evidence.snapshot.tables) {
      if (table.tuples.length === 0) continue;
      const pollCol = pollColumn(table, pollIds);
      if (!pollCol) continue;
      const ints = table.columns.filter((c) => ['integer', 'smallint', 'bigint'].includes(c.type));
      // A counter column and the column naming the option (e.g. votes and position).
      for (const counter of ints) {
        for (const slot of ints) {
          if (slot === counter) continue;
          const guesses = new Map<string, number>();
          for (const poll of evidence.polls) {
            const versions = table.tuples
              .filter((t) => t.values[pollCol] === poll.id)
              .filter(
                (t) => typeof t.values[slot.name] === 'number' && typeof t.values[counter.name] === 'number',
              );
            const slots = [...new Set(versions.map((t) => t.values[slot.name] as number))].sort(
              (a, b) => a - b,
            );
            if (slots.length < 2 || slots.length > poll.options) continue;
            const byXmin = new Map<number, HeapTuple[]>();
            for (const t of versions) byXmin.set(t.xmin, [...(byXmin.get(t.xmin) ?? []), t]);
            const current = slots.map(() => 0);
            const states = [{ tallies: [...current] }];
            for (const xmin of [...byXmin.keys()].sort((a, b) => a - b)) {
              for (const t of byXmin.get(xmin)!) {
                current[slots.indexOf(t.values[slot.name] as number)] = t.values[counter.name] as number;
              }
              states.push({ tallies: [...current] });
            }
            for (const [k, v] of attribute(states, votersOf(evidence, poll.id))) guesses.set(k, v);
          }
          if (guesses.size > 0)
            candidates.push({ label: `${table.name}.${counter.name} by ${slot.name}`, guesses });
        }
      }
    }
    return candidates;
  },
};

/**
 * The tables that name voters, as clocks: a row written by transaction X is matched to the voter
 * whose row in the register was written last before X (the widget takes the credential and casts
 * right after, so a ballot's xmin follows its voter's credential's xmin).
 */
function registers(
  evidence: Evidence,
): Array<{ name: string; voterAt: (pollId: string | undefined, xmin: number) => KnownBallot | undefined }> {
  const out: Array<{
    name: string;
    voterAt: (pollId: string | undefined, xmin: number) => KnownBallot | undefined;
  }> = [];
  const pollIds = new Set(evidence.polls.map((p) => p.id));
  for (const table of evidence.snapshot.tables) {
    const pollCol = pollColumn(table, pollIds);
    const written: Array<{ voter: KnownBallot; xmin: number }> = [];
    for (const voter of evidence.ballots) {
      const row = table.rows.find(
        (r) =>
          Object.values(r.values).some((v) => typeof v === 'string' && v.includes(voter.fin)) &&
          (!pollCol || r.values[pollCol] === voter.pollId),
      );
      if (row) written.push({ voter, xmin: row.xmin });
    }
    if (written.length < 2) continue;
    written.sort((a, b) => a.xmin - b.xmin);
    out.push({
      name: table.name,
      voterAt: (pollId, xmin) => {
        let found: KnownBallot | undefined;
        for (const w of written) {
          if (w.xmin >= xmin) break;
          if (!pollId || w.voter.pollId === pollId) found = w.voter;
        }
        return found;
      },
    });
  }
  return out;
}

interface OrderedRow {
  ctid: number;
  xmin: number;
  at: Record<string, number>;
  values: Record<string, unknown>;
}

/**
 * Order: any small whole-number column of any table, its rows ordered by heap position (ctid), by
 * xmin, or by any timestamp column, live rows and (pageinspect) every version, matched rank by rank
 * against the order of casting (from the first and from the last ballot), or by the nearest time.
 */
export const rowOrder: Method = {
  name: 'row order (ctid, xmin, timestamps; live and dead versions) against the order of voting',
  run(evidence) {
    const candidates: Candidate[] = [];
    const pollIds = new Set(evidence.polls.map((p) => p.id));
    const maxOptions = Math.max(...evidence.polls.map((p) => p.options));
    for (const table of evidence.snapshot.tables) {
      const pollCol = pollColumn(table, pollIds);
      const times = table.columns.filter((c) => c.type.startsWith('timestamp'));
      const sets: Array<{ label: string; rows: OrderedRow[] }> = [
        {
          label: 'live',
          rows: table.rows.map((r) => ({
            ctid: r.ctid[0] * 1000 + r.ctid[1],
            xmin: r.xmin,
            at: timesOf(r.values, times),
            values: r.values,
          })),
        },
        {
          label: 'all versions',
          rows: table.tuples.map((t) => ({
            ctid: t.page * 1000 + t.lp,
            xmin: t.xmin,
            at: timesOf(t.values, times),
            values: t.values,
          })),
        },
      ];
      for (const column of table.columns) {
        if (!['integer', 'smallint', 'bigint'].includes(column.type)) continue;
        for (const set of sets) {
          const rows = set.rows.filter((r) => typeof r.values[column.name] === 'number');
          if (rows.length < 2) continue;
          if (
            !rows.every(
              (r) => (r.values[column.name] as number) >= 0 && (r.values[column.name] as number) < maxOptions,
            )
          )
            continue;
          const orders: Array<[string, (a: OrderedRow, b: OrderedRow) => number]> = [
            ['ctid', (a, b) => a.ctid - b.ctid],
            ['xmin', (a, b) => a.xmin - b.xmin || a.ctid - b.ctid],
            ...times.map(
              (t) =>
                [t.name, (a: OrderedRow, b: OrderedRow) => (a.at[t.name] ?? 0) - (b.at[t.name] ?? 0)] as [
                  string,
                  (a: OrderedRow, b: OrderedRow) => number,
                ],
            ),
          ];
          for (const [orderName, compare] of orders) {
            for (const from of ['first', 'last'] as const) {
              const guesses = new Map<string, number>();
              const groups = pollCol
                ? evidence.polls.map((p) => ({
                    rows: rows.filter((r) => r.values[pollCol] === p.id),
                    voters: votersOf(evidence, p.id),
                  }))
                : [{ rows, voters: evidence.ballots }];
              for (const group of groups) {
                const sorted = [...group.rows].sort(compare);
                const n = Math.min(sorted.length, group.voters.length);
                for (let i = 0; i < n; i++) {
                  const row = from === 'first' ? sorted[i]! : sorted[sorted.length - n + i]!;
                  const voter =
                    from === 'first' ? group.voters[i]! : group.voters[group.voters.length - n + i]!;
                  guesses.set(voterKey(voter.pollId, voter.fin), row.values[column.name] as number);
                }
              }
              candidates.push({
                label: `${table.name}.${column.name} (${set.label}) by ${orderName} from the ${from}`,
                guesses,
              });
            }
          }
          for (const time of times) {
            const guesses = new Map<string, number>();
            for (const voter of evidence.ballots) {
              let best: OrderedRow | undefined;
              for (const row of rows) {
                if (pollCol && row.values[pollCol] !== voter.pollId) continue;
                const at = row.at[time.name];
                if (at === undefined) continue;
                if (!best || Math.abs(at - voter.castAt) < Math.abs(best.at[time.name]! - voter.castAt))
                  best = row;
              }
              if (best) guesses.set(voterKey(voter.pollId, voter.fin), best.values[column.name] as number);
            }
            candidates.push({
              label: `${table.name}.${column.name} (${set.label}) nearest ${time.name}`,
              guesses,
            });
          }
        }
      }
    }
    return candidates;
  },
};

function timesOf(values: Record<string, unknown>, columns: Array<{ name: string }>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of columns) {
    const v = values[c.name];
    if (v instanceof Date) out[c.name] = v.getTime();
    else if (typeof v === 'string' && !Number.isNaN(Date.parse(v))) out[c.name] = Date.parse(v);
  }
  return out;
}

/**
 * Rows that name a voter (a FIN or `citizen:<FIN>` in any column: idempotency records, rate-limit
 * buckets, sessions, the credential register…): voters grouped by the value of each other column
 * of those rows (equal fingerprints, equal hashes, equal answers), the groups matched to the
 * options by size against the tallies.
 */
export const identityRows: Method = {
  name: 'rows naming a voter (idempotency, rate limits, credentials…): grouped by every other column',
  run(evidence) {
    const candidates: Candidate[] = [];
    const finals = finalTallies(evidence);
    for (const table of evidence.snapshot.tables) {
      const fins = new Set(evidence.ballots.map((b) => b.fin));
      const pattern = new RegExp([...fins].join('|'), 'g');
      const rowsByFin = new Map<string, Array<Record<string, unknown>>>();
      for (const values of [...table.rows.map((r) => r.values), ...table.tuples.map((t) => t.values)]) {
        const named = new Set<string>();
        for (const x of Object.values(values)) {
          if (typeof x === 'string') for (const m of x.matchAll(pattern)) named.add(m[0]);
        }
        for (const fin of named) rowsByFin.set(fin, [...(rowsByFin.get(fin) ?? []), values]);
      }
      const rowsOf = new Map<string, Array<Record<string, unknown>>>();
      for (const voter of evidence.ballots) {
        const rows = rowsByFin.get(voter.fin);
        if (rows) rowsOf.set(voterKey(voter.pollId, voter.fin), rows);
      }
      if (rowsOf.size < 2) continue;
      for (const column of table.columns) {
        const guesses = new Map<string, number>();
        for (const poll of evidence.polls) {
          const voters = votersOf(evidence, poll.id).filter((v) => rowsOf.has(voterKey(v.pollId, v.fin)));
          const signatureOf = (v: KnownBallot) =>
            rowsOf
              .get(voterKey(v.pollId, v.fin))!
              .map((r) => stringify(r[column.name]))
              .sort()
              .join('|');
          const groups = new Map<string, KnownBallot[]>();
          for (const v of voters) groups.set(signatureOf(v), [...(groups.get(signatureOf(v)) ?? []), v]);
          if (groups.size < 2 || groups.size === voters.length) continue;
          const ranked = (finals.get(poll.id) ?? [])
            .map((t, option) => ({ t, option }))
            .sort((a, b) => b.t - a.t || a.option - b.option);
          [...groups.values()]
            .sort((a, b) => b.length - a.length)
            .forEach((group, i) => {
              const option = ranked[i]?.option;
              if (option === undefined) return;
              for (const v of group) guesses.set(voterKey(v.pollId, v.fin), option);
            });
        }
        if (guesses.size > 0) candidates.push({ label: `${table.name}.${column.name} groups`, guesses });
      }
    }
    return candidates;
  },
};

function stringify(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  const bytes = asBuffer(value);
  if (bytes) return bytes.toString('hex');
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** Log lines that name a voter or fall in a voter's casting, read for anything that looks like a choice. */
export const logLines: Method = {
  name: 'server logs: lines naming a voter or written while a ballot was cast',
  run(evidence) {
    const byFin = new Map<string, number>();
    const byTime = new Map<string, number>();
    for (const line of evidence.logs) {
      const match = /(?:option|choice|vote)\D{0,4}(\d)/i.exec(line.text);
      if (!match) continue;
      const option = Number(match[1]);
      for (const voter of evidence.ballots) {
        const key = voterKey(voter.pollId, voter.fin);
        if (line.text.includes(voter.fin)) byFin.set(key, option);
        if (line.at >= voter.castSentAt && line.at <= voter.castAt + 5) byTime.set(key, option);
      }
    }
    return [
      { label: 'log lines naming the voter', guesses: byFin },
      { label: 'log lines during the cast', guesses: byTime },
    ];
  },
};

/**
 * Keys: any secret found in the snapshot (tables named like secrets or keys) and the secrets the
 * attacker holds, used as the ballot key of every poll (HKDF-SHA256 with the poll id as info, as the
 * design describes, in the plausible encodings), to open every byte string in every table, live or
 * dead, and in the raw pages; what opens to an option is matched against the order of voting.
 */
export const unseal: Method = {
  name: 'keys found in the dump or held by the operator: sealed ballots opened, matched by order',
  run(evidence) {
    const candidates: Candidate[] = [];
    for (const poll of evidence.polls) {
      const heldKeys = evidence.secrets.flatMap((s) => derivations(s, poll.id, true));
      const keys = [
        ...heldKeys,
        ...dumpSecrets(evidence.snapshot).flatMap(({ s }) => derivations(s, poll.id, false)),
      ];
      const working = new Set<BoxKey>();
      if (keys.length === 0) continue;
      for (const table of evidence.snapshot.tables) {
        const blobs = table.columns.filter((c) => c.type === 'bytea');
        if (blobs.length === 0) continue;
        const sets: Array<{
          label: string;
          rows: Array<{ order: number; xmin: number; values: Record<string, unknown> }>;
        }> = [
          {
            label: 'live by ctid',
            rows: table.rows.map((r) => ({
              order: r.ctid[0] * 1000 + r.ctid[1],
              xmin: r.xmin,
              values: r.values,
            })),
          },
          {
            label: 'live by xmin',
            rows: table.rows.map((r) => ({ order: r.xmin, xmin: r.xmin, values: r.values })),
          },
          {
            label: 'all versions by xmin',
            rows: table.tuples.map((t) => ({ order: t.xmin, xmin: t.xmin, values: t.values })),
          },
        ];
        for (const set of sets) {
          const opened: Array<{ order: number; xmin: number; option: number }> = [];
          for (const row of [...set.rows].sort((a, b) => a.order - b.order)) {
            const parts = blobs
              .map((c) => asBuffer(row.values[c.name]))
              .filter((b): b is Buffer => b !== null);
            const tries = [
              ...parts,
              ...parts.flatMap((a) => parts.filter((b) => b !== a).map((b) => Buffer.concat([a, b]))),
            ];
            for (const bytes of tries) {
              const option = open(bytes, keys, poll.options, working);
              if (option !== undefined) {
                opened.push({ order: row.order, xmin: row.xmin, option });
                break;
              }
            }
          }
          if (opened.length === 0) continue;
          for (const register of registers(evidence)) {
            const guesses = new Map<string, number>();
            for (const o of opened) {
              const voter = register.voterAt(poll.id, o.xmin);
              if (voter) guesses.set(voterKey(voter.pollId, voter.fin), o.option);
            }
            candidates.push({
              label: `${table.name} ${set.label}, matched by ${register.name}'s xmin (${opened.length} opened)`,
              guesses,
            });
          }
          candidates.push(
            ...aligned(
              `${table.name} ${set.label}`,
              opened.map((o) => o.option),
              votersOf(evidence, poll.id),
            ),
          );
        }
        // Raw page bytes, free space included, with the secrets held (trying every offset with every
        // key found in a dump would take hours): tuples are laid from the page's end, so a higher
        // offset was written earlier.
        // Only tables that could hold ballots by their name (the schema is in the dump), and only with
        // the key that opened a row, else the design's derivation of each secret held.
        if (heldKeys.length === 0 || !/ballot|box|vote|poll/i.test(table.name)) continue;
        const scanKeys = heldKeys.filter((k) => working.has(k));
        const perSecret = heldKeys.length / evidence.secrets.length;
        const rawKeys = scanKeys.length > 0 ? scanKeys : heldKeys.filter((_, i) => i % perSecret === 0);
        const sealedLengths = [28 + 1, 28 + 4];
        const found: Array<{ order: number; option: number }> = [];
        table.pages.forEach((page, p) => {
          for (let offset = 0; offset + 29 <= page.length; offset++) {
            for (const length of sealedLengths) {
              if (offset + length > page.length) continue;
              const option = open(page.subarray(offset, offset + length), rawKeys, poll.options);
              if (option !== undefined) found.push({ order: p * 100_000 + (page.length - offset), option });
            }
          }
        });
        if (found.length > 0) {
          found.sort((a, b) => a.order - b.order);
          candidates.push(
            ...aligned(
              `${table.name} raw page bytes`,
              found.map((f) => f.option),
              votersOf(evidence, poll.id),
            ),
          );
        }
      }
    }
    return candidates;
  },
};

function aligned(label: string, options: number[], voters: KnownBallot[]): Candidate[] {
  return (['first', 'last'] as const).map((from) => {
    const guesses = new Map<string, number>();
    const n = Math.min(options.length, voters.length);
    for (let i = 0; i < n; i++) {
      const option = from === 'first' ? options[i]! : options[options.length - n + i]!;
      const voter = from === 'first' ? voters[i]! : voters[voters.length - n + i]!;
      guesses.set(voterKey(voter.pollId, voter.fin), option);
    }
    return { label: `${label} from the ${from} (${options.length} opened)`, guesses };
  });
}

function dumpSecrets(snapshot: Snapshot): Array<{ label: string; s: string }> {
  const out: Array<{ label: string; s: string }> = [];
  for (const table of snapshot.tables) {
    if (!/secret|key/i.test(table.name)) continue;
    for (const row of table.rows) {
      for (const [column, value] of Object.entries(row.values)) {
        const bytes = asBuffer(value);
        const text = typeof value === 'string' ? value : bytes ? bytes.toString('base64url') : undefined;
        if (text && text.length >= 16 && text.length <= 512)
          out.push({ label: `${table.name}.${column}`, s: text });
      }
    }
  }
  return out;
}

interface BoxKey {
  key: Buffer;
  /** Associated data the seal may bind (the poll id), or none. */
  aad: Buffer | null;
}

/**
 * HKDF-SHA256(secret, info naming the poll) in the encodings a secret, a salt and an id plausibly
 * take (the design's own among them: the attacker knows the published source), each with and
 * without the poll id as associated data.
 */
function derivations(secret: string, pollId: string, thorough: boolean): BoxKey[] {
  const ikms = [Buffer.from(secret, 'utf8')];
  if (/^[A-Za-z0-9_-]+$/.test(secret)) ikms.push(Buffer.from(secret, 'base64url'));
  if (/^[0-9a-f]+$/i.test(secret) && secret.length % 2 === 0) ikms.push(Buffer.from(secret, 'hex'));
  // The design's own derivation first (salt "icra ballot box", info "poll <id>", the id as associated data).
  // Every value found in a dump is tried with the design's derivation only (trying them all with
  // every variant would take minutes); the secrets held, with every variant.
  const infos = [`poll ${pollId}`, pollId, `ballot ${pollId}`]
    .slice(0, thorough ? 3 : 1)
    .map((i) => Buffer.from(i, 'utf8'));
  const salts = ['icra ballot box', '', 'icra ballot']
    .slice(0, thorough ? 3 : 1)
    .map((salt) => Buffer.from(salt, 'utf8'));
  const aads = [Buffer.from(pollId, 'utf8'), null];
  return ikms.flatMap((ikm) =>
    infos.flatMap((info) =>
      salts.flatMap((salt) => {
        const key = Buffer.from(hkdfSync('sha256', ikm, salt, info, 32));
        return aads.map((aad) => ({ key, aad }));
      }),
    ),
  );
}

/** AES-256-GCM, nonce(12) ‖ ciphertext ‖ tag(16) or nonce ‖ tag ‖ ciphertext; the option if it opens to one. */
function open(bytes: Buffer, keys: BoxKey[], options: number, opened?: Set<BoxKey>): number | undefined {
  if (bytes.length < 29 || bytes.length > 28 + 64) return undefined;
  for (const box of keys) {
    const { key, aad } = box;
    for (const layout of ['tag-last', 'tag-first'] as const) {
      const nonce = bytes.subarray(0, 12);
      const tag = layout === 'tag-last' ? bytes.subarray(bytes.length - 16) : bytes.subarray(12, 28);
      const body = layout === 'tag-last' ? bytes.subarray(12, bytes.length - 16) : bytes.subarray(28);
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, nonce);
        if (aad) decipher.setAAD(aad);
        decipher.setAuthTag(tag);
        const plain = Buffer.concat([decipher.update(body), decipher.final()]);
        const option = optionOf(plain);
        if (option !== undefined && option < options) {
          opened?.add(box);
          return option;
        }
      } catch {
        // not this key, not this layout
      }
    }
  }
  return undefined;
}

function optionOf(plain: Buffer): number | undefined {
  const text = plain.toString('utf8');
  if (/^\d+$/.test(text)) return Number(text);
  try {
    const parsed = JSON.parse(text) as unknown;
    if (typeof parsed === 'number') return parsed;
    if (parsed && typeof parsed === 'object' && 'option' in parsed)
      return Number((parsed as { option: unknown }).option);
  } catch {
    // not JSON
  }
  if (plain.length >= 1 && plain.subarray(1).every((b) => b === 0)) return plain[0];
  if (plain.length === 4) return plain.readUInt32BE(0);
  return undefined;
}

/** The tallies the attacker knows: the last visible reading of each poll. */
export function finalTallies(evidence: Evidence): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const r of [...evidence.feed].sort((a, b) => a.sentAt - b.sentAt)) {
    if (r.tallies) out.set(r.pollId, r.tallies);
  }
  return out;
}

export const METHODS: Method[] = [feedDeltas, deadVersions, rowOrder, identityRows, logLines, unseal];
