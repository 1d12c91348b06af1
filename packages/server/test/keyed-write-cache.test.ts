/**
 * A keyed write runs inside the transaction that keeps its key's answer (http/idempotency.ts), so
 * its changes are announced to the public-read cache only when that transaction commits, and never
 * when it is rolled back: while the write is held open the cache keeps serving what is committed,
 * and a 5xx leaves no trace in it.
 *
 * The test's own write route changes a news title, then waits for the test to release it (and
 * fails with a 500 when asked to).
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type IcraApp } from '../src/app.js';
import type { Database } from '../src/db/database.js';
import { CONTENT_CHANNEL } from '../src/db/schema.js';
import { PublicReadCache } from '../src/http/public-cache.js';
import { seedNews } from '../src/seed/data.js';
import { seedPopulation } from '../src/seed/population.js';
import { eventually, openTestDatabase, type TestDatabase, variants } from './support/databases.js';
import { signIn } from './support/oauth.js';

const article = seedNews.find((n) => n.title.en)!;
const PATH = `/v1/news/${article.id}?lang=en`;
const quiet = { warn: () => {}, error: () => {} };

async function title(app: IcraApp): Promise<string> {
  const res = await app.request(PATH);
  expect(res.status).toBe(200);
  return ((await res.json()) as { title: string }).title;
}

async function setTitle(database: Database, value: string): Promise<void> {
  await database.db.execute(
    sql`update news_translations set title = ${value} where news_id = ${article.id} and lang = 'en'::lang`,
  );
}

/** A promise and the function that resolves it. */
function gate(): { promise: Promise<void>; open: () => void } {
  let open = () => {};
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}

describe.each(variants)('a keyed write and the public-read cache on $label', ({ kind, skip }) => {
  let db: TestDatabase;
  let cache: PublicReadCache;
  let app: IcraApp;
  let token: string;
  let held: { reached: ReturnType<typeof gate>; release: ReturnType<typeof gate> };

  beforeAll(async () => {
    if (skip) return;
    db = await openTestDatabase(kind);
    cache = new PublicReadCache();
    app = createApp({ database: db.database, cache, log: quiet });
    app.put('/v1/test/retitle', async (c) => {
      const { value, fail } = (await c.req.json()) as { value: string; fail?: boolean };
      await setTitle(db.database, value);
      held.reached.open();
      await held.release.promise;
      if (fail) throw new Error('failing after the change');
      return c.json({ value }, 200);
    });
    token = await signIn(app, `citizen:${seedPopulation[0]!.fin}`);
  });
  afterAll(async () => {
    await db?.dispose();
  });

  const retitle = (body: { value: string; fail?: boolean }) => {
    held = { reached: gate(), release: gate() };
    return app.request('/v1/test/retitle', {
      method: 'PUT',
      headers: {
        Authorization: `Bearer ${token}`,
        'Idempotency-Key': randomUUID(),
        'Content-Type': 'application/json',
      },
      body: JSON.stringify(body),
    });
  };

  it.skipIf(skip)(
    'announces the change at the commit, not before, and serves what is committed meanwhile',
    async () => {
      expect(await title(app)).toBe(article.title.en);
      const generation = cache.generation;
      const writing = retitle({ value: 'Changed by a keyed write' });
      await held.reached.promise;
      // Changed inside the open transaction: nothing announced, the cached (committed) title is served.
      expect(cache.generation).toBe(generation);
      expect(await title(app)).toBe(article.title.en);
      held.release.open();
      expect((await writing).status).toBe(200);
      await eventually(async () => expect(await title(app)).toBe('Changed by a keyed write'));
      expect(cache.generation).toBeGreaterThan(generation);
      await setTitle(db.database, article.title.en!);
      await eventually(async () => expect(await title(app)).toBe(article.title.en));
    },
  );

  it.skipIf(skip)('announces nothing of a keyed write that failed with a 5xx', async () => {
    expect(await title(app)).toBe(article.title.en);
    const generation = cache.generation;
    const writing = retitle({ value: 'Never committed', fail: true });
    await held.reached.promise;
    held.release.open();
    expect((await writing).status).toBe(500);
    // A change committed afterwards is announced once: had the failed one been announced, its
    // notification would have come first (one connection delivers them in order of commit).
    await db.database.db.execute(sql`select pg_notify(${CONTENT_CHANNEL}, 'news')`);
    await eventually(async () => expect(cache.generation).toBeGreaterThan(generation));
    expect(cache.generation).toBe(generation + 1);
    expect(await title(app)).toBe(article.title.en);
  });
});
