/**
 * Exactly once across a crash: a real server process (the CLI, src/main.ts, run by tsx) takes keyed
 * writes from 20 concurrent writers, each filing participation applications with a key of its own;
 * once a fixed number of them has been answered it is killed with SIGKILL, with others still in
 * flight. A new process on the same database (the PGlite folder, or the PostgreSQL database) then
 * gets every key again until each has a final answer, and the rows are read from the database once
 * the server has stopped:
 *
 * - every application acknowledged before the kill exists, once, and its retry replays that answer;
 * - every key's final answer names exactly one row, the one with the key's title, and no key made two;
 * - no retry is held off (409) for longer than a couple of Retry-After rounds: a crashed server's keys
 *   are free at once.
 *
 * The kill follows the Nth acknowledgement, not a timer; the test waits for what the processes
 * print and for answers, never for time to pass (a 409's Retry-After is the only pause, and it is
 * the protocol's).
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { like } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import type { IcraApp } from '../src/app.js';
import { openPgliteDatabase } from '../src/db/pglite.js';
import { openPostgresDatabase } from '../src/db/postgres.js';
import { idempotencyKeys, participationApplications } from '../src/db/schema.js';
import { seedPopulation } from '../src/seed/population.js';
import { createPostgresDatabase, variants } from './support/databases.js';
import { signIn } from './support/oauth.js';
import { type ServerProcess, startServerProcess } from './support/server-process.js';

/** Fixed, so that tokens issued by the first process verify on the second (its port differs). */
const PUBLIC_URL = 'http://localhost:8787';
const WRITERS = 20;
const CITIZENS = seedPopulation.slice(0, 5);
/** The kill follows this many acknowledged writes. */
const KILL_AFTER = 40;
/** Most 409 answers one key may get after the restart (each one a Retry-After: 1 round). */
const MAX_BUSY_ROUNDS = 3;

function startServer(database: { dataDir: string } | { url: string }) {
  return startServerProcess({
    ICRA_PUBLIC_URL: PUBLIC_URL,
    ICRA_DEMO: 'true',
    ICRA_RATE_LIMIT_WRITES: '1000000',
    ICRA_RATE_LIMIT_SIGN_IN_PER_IP: '1000000',
    ICRA_RATE_LIMIT_SIGN_IN_PER_CLIENT: '1000000',
    ...('dataDir' in database
      ? { ICRA_DATA_DIR: database.dataDir, DATABASE_URL: '' }
      : { DATABASE_URL: database.url }),
  });
}

/** The OAuth helpers drive `app.request()`; this one sends the same requests to a running server. */
function remote(base: string): IcraApp {
  return {
    request: (path: string, init?: RequestInit) => fetch(`${base}${path}`, init),
  } as unknown as IcraApp;
}

interface Attempt {
  key: string;
  token: string;
  body: string;
  title: string;
  /** The id answered before the kill (201), if any. */
  acknowledged?: string;
}

function fileApplication(base: string, attempt: Attempt): Promise<Response> {
  return fetch(`${base}/v1/participation/applications`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${attempt.token}`,
      'Idempotency-Key': attempt.key,
      'Content-Type': 'application/json',
    },
    body: attempt.body,
  });
}

describe.each(variants)('exactly once across kill -9 on $label', ({ kind, skip }) => {
  const cleanup: Array<() => Promise<void>> = [];
  const children: ServerProcess['child'][] = [];
  afterAll(async () => {
    for (const child of children)
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    for (const step of cleanup.reverse()) await step();
  });

  it.skipIf(skip)(
    'keeps every acknowledged write once, and gives every key one row after a restart',
    async () => {
      let location: { dataDir: string } | { url: string };
      if (kind === 'pglite') {
        const root = await mkdtemp(join(tmpdir(), 'icra-crash-'));
        cleanup.push(() => rm(root, { recursive: true, force: true }));
        location = { dataDir: join(root, 'data') };
      } else {
        const created = await createPostgresDatabase();
        cleanup.push(created.drop);
        location = { url: created.url };
      }

      const first = startServer(location);
      children.push(first.child);
      const firstUrl = await first.url();
      const tokens = await Promise.all(CITIZENS.map((p) => signIn(remote(firstUrl), `citizen:${p.fin}`)));

      // --- 20 writers, each sending a new key as soon as the previous one is answered -------------
      const attempts: Attempt[] = [];
      let acknowledged = 0;
      let killed = false;
      let inFlightAtKill = 0;
      const inFlight = new Set<Attempt>();
      const newAttempt = (writer: number): Attempt => {
        const key = randomUUID();
        const title = `Crash ${key}`;
        const body = JSON.stringify({
          authority: 'guba',
          direction: 'utilities',
          title,
          text: `Filed by writer ${writer} under key ${key}.`,
        });
        const attempt = { key, token: tokens[writer % tokens.length]!, body, title };
        attempts.push(attempt);
        return attempt;
      };
      const writer = async (index: number) => {
        while (!killed) {
          const attempt = newAttempt(index);
          inFlight.add(attempt);
          let response: Response;
          try {
            response = await fileApplication(firstUrl, attempt);
          } catch {
            return; // the connection died with the server: the answer is unknown
          }
          inFlight.delete(attempt);
          if (killed) return; // an answer that raced the kill is counted as not acknowledged
          expect(response.status, await response.clone().text()).toBe(201);
          attempt.acknowledged = ((await response.json()) as { id: string }).id;
          acknowledged++;
          if (acknowledged === KILL_AFTER) {
            killed = true;
            inFlightAtKill = inFlight.size;
            first.child.kill('SIGKILL');
          }
        }
      };
      await Promise.all(Array.from({ length: WRITERS }, (_, i) => writer(i)));
      expect((await first.exited).signal).toBe('SIGKILL');
      const acknowledgedBeforeKill = attempts.filter((a) => a.acknowledged !== undefined);
      expect(acknowledgedBeforeKill).toHaveLength(KILL_AFTER);
      expect(inFlightAtKill).toBeGreaterThan(0);

      // --- a new process on the same database; every key again until it has a final answer -------
      const restartedAt = performance.now();
      const second = startServer(location);
      children.push(second.child);
      const secondUrl = await second.url();
      const readyMs = performance.now() - restartedAt;
      const finals = new Map<string, { id: string; replayed: boolean; busy: number; ms: number }>();
      await Promise.all(
        attempts.map(async (attempt) => {
          const started = performance.now();
          let busy = 0;
          for (;;) {
            const response = await fileApplication(secondUrl, attempt);
            if (response.status === 409) {
              busy++;
              expect(busy, `key ${attempt.key} still in progress`).toBeLessThanOrEqual(MAX_BUSY_ROUNDS);
              const retryAfter = Number(response.headers.get('retry-after'));
              await response.body?.cancel();
              await new Promise((done) => setTimeout(done, retryAfter * 1000));
              continue;
            }
            expect(response.status, await response.clone().text()).toBe(201);
            const { id } = (await response.json()) as { id: string };
            finals.set(attempt.key, {
              id,
              replayed: response.headers.get('idempotent-replayed') === 'true',
              busy,
              ms: performance.now() - started,
            });
            return;
          }
        }),
      );
      second.child.kill('SIGTERM');
      expect((await second.exited).code).toBe(0);

      // --- the rows, read from the database itself -------------------------------------------------
      const database =
        'dataDir' in location
          ? await openPgliteDatabase({ dataDir: location.dataDir })
          : await openPostgresDatabase({ url: location.url, log: { warn: () => {}, error: () => {} } });
      let rows: Array<{ id: string; title: string; citizen: string }>;
      let keys: Array<{ key: string; state: string; status: number | null }>;
      try {
        rows = await database.db
          .select({
            id: participationApplications.id,
            title: participationApplications.title,
            citizen: participationApplications.citizen,
          })
          .from(participationApplications)
          .where(like(participationApplications.title, 'Crash %'));
        keys = await database.db
          .select({ key: idempotencyKeys.key, state: idempotencyKeys.state, status: idempotencyKeys.status })
          .from(idempotencyKeys);
      } finally {
        await database.close();
      }

      const byId = new Map(rows.map((r) => [r.id, r]));
      const byTitle = new Map<string, typeof rows>();
      for (const row of rows) byTitle.set(row.title, [...(byTitle.get(row.title) ?? []), row]);
      for (const attempt of acknowledgedBeforeKill) {
        // Acknowledged before the crash: it exists, and the retry is answered with it, not a new one.
        expect(byId.get(attempt.acknowledged!)?.title).toBe(attempt.title);
        expect(finals.get(attempt.key)).toMatchObject({ id: attempt.acknowledged, replayed: true });
      }
      for (const attempt of attempts) {
        const final = finals.get(attempt.key)!;
        expect(byTitle.get(attempt.title)?.map((r) => r.id)).toEqual([final.id]);
      }
      // No row that no key answered for.
      expect(rows).toHaveLength(attempts.length);
      // Every key has its answer kept, none is left pending.
      const kept = new Map(keys.map((k) => [k.key, k]));
      for (const attempt of attempts)
        expect(kept.get(attempt.key)).toMatchObject({ state: 'done', status: 201 });

      const unacknowledged = attempts.filter((a) => a.acknowledged === undefined);
      const committedUnacknowledged = unacknowledged.filter((a) => finals.get(a.key)!.replayed).length;
      const retryMs = [...finals.values()].map((f) => f.ms).sort((a, b) => a - b);
      const busyAnswers = [...finals.values()].reduce((sum, f) => sum + f.busy, 0);
      console.log(
        `[exactly-once crash, ${kind}] keys ${attempts.length}, acknowledged before the kill ${KILL_AFTER}, ` +
          `in flight at the kill ${inFlightAtKill} (of which committed but unanswered ${committedUnacknowledged}), ` +
          `restart to listening ${readyMs.toFixed(0)} ms, retries to a final answer: median ` +
          `${retryMs[Math.floor(retryMs.length / 2)]!.toFixed(0)} ms, max ${retryMs.at(-1)!.toFixed(0)} ms, ` +
          `409 answers ${busyAnswers}`,
      );
    },
    240_000,
  );
});
