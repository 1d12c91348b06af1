/**
 * The public-read cache follows the database: a change to content, made through this instance or
 * any other connected to the same database, is announced by the triggers (NOTIFY) and drops the
 * cached reads of every instance.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type IcraApp } from '../src/app.js';
import type { Database } from '../src/db/database.js';
import { openPostgresDatabase } from '../src/db/postgres.js';
import { PublicReadCache } from '../src/http/public-cache.js';
import { seedNews } from '../src/seed/data.js';
import { eventually, openTestDatabase, type TestDatabase, variants } from './support/databases.js';

const article = seedNews.find((n) => n.title.en && n.title.ru)!;
const quiet = { warn: () => {}, error: () => {} };

async function title(app: IcraApp, path: string): Promise<string> {
  const res = await app.request(path);
  expect(res.status).toBe(200);
  const body = (await res.json()) as { title?: string; items?: Array<{ id: string; title: string }> };
  return body.title ?? body.items!.find((i) => i.id === article.id)!.title;
}

async function setTitle(database: Database, lang: string, value: string): Promise<void> {
  await database.db.execute(
    sql`update news_translations set title = ${value} where news_id = ${article.id} and lang = ${lang}::lang`,
  );
}

describe.each(variants)('cache invalidation on $label', ({ kind, skip }) => {
  let db: TestDatabase;
  let cache: PublicReadCache;
  let app: IcraApp;
  /** PostgreSQL only: a second instance (its own pool, LISTEN connection and cache) on the same database. */
  let other: Database | undefined;
  let otherApp: IcraApp;

  beforeAll(async () => {
    if (skip) return;
    db = await openTestDatabase(kind);
    cache = new PublicReadCache();
    app = createApp({ database: db.database, cache, log: quiet });
    if (db.url) {
      other = await openPostgresDatabase({ url: db.url, poolSize: 2, log: quiet });
      otherApp = createApp({ database: other, log: quiet });
    }
  });
  afterAll(async () => {
    await other?.close();
    await db?.dispose();
  });

  it.skipIf(skip)('drops cached reads when a news row changes', async () => {
    const path = `/v1/news/${article.id}?lang=en`;
    const list = '/v1/news?lang=en&limit=50';
    expect(await title(app, path)).toBe(article.title.en);
    expect(await title(app, list)).toBe(article.title.en);
    const generation = cache.stats().generation;
    await setTitle(db.database, 'en', 'Changed in place');
    await eventually(async () => expect(await title(app, path)).toBe('Changed in place'));
    expect(await title(app, list)).toBe('Changed in place');
    expect(cache.stats().generation).toBeGreaterThan(generation);
    await setTitle(db.database, 'en', article.title.en!);
    await eventually(async () => expect(await title(app, path)).toBe(article.title.en));
  });

  it.skipIf(skip)('drops cached reads when a news row is unpublished', async () => {
    const path = `/v1/news/${article.id}?lang=ru`;
    expect((await app.request(path)).status).toBe(200);
    await db.database.db.execute(sql`update news set status = 'draft' where id = ${article.id}`);
    try {
      await eventually(async () => expect((await app.request(path)).status).toBe(404));
    } finally {
      const generation = cache.stats().generation;
      await db.database.db.execute(sql`update news set status = 'published' where id = ${article.id}`);
      // A 404 is never cached, so wait for the announcement itself before the next test counts hits.
      await eventually(async () => expect(cache.stats().generation).toBeGreaterThan(generation));
    }
    expect((await app.request(path)).status).toBe(200);
  });

  describe.skipIf(skip || kind !== 'postgres')('with two instances on one PostgreSQL database', () => {
    it('sees, within a bounded wait, a change made through the other instance', async () => {
      const path = `/v1/news/${article.id}?lang=ru`;
      expect(await title(app, path)).toBe(article.title.ru);
      expect(await title(otherApp, path)).toBe(article.title.ru);
      const hits = cache.stats().hits;
      expect(await title(app, path)).toBe(article.title.ru);
      expect(cache.stats().hits).toBe(hits + 1);

      const started = Date.now();
      await setTitle(other!, 'ru', 'Изменено другим экземпляром');
      await eventually(
        async () => expect(await title(app, path)).toBe('Изменено другим экземпляром'),
        3000,
        10,
      );
      expect(Date.now() - started).toBeLessThan(3000);
      expect(await title(otherApp, path)).toBe('Изменено другим экземпляром');
      await setTitle(other!, 'ru', article.title.ru!);
      await eventually(async () => expect(await title(app, path)).toBe(article.title.ru));
    });

    it('stops caching while its LISTEN connection is down, and LISTENs again', async () => {
      const path = `/v1/news/${article.id}?lang=en`;
      expect(await title(app, path)).toBe(article.title.en);
      expect(cache.live).toBe(true);
      await other!.db.execute(
        sql`select pg_terminate_backend(pid) from pg_stat_activity
            where datname = current_database() and pid <> pg_backend_pid() and query ilike 'LISTEN%'`,
      );
      await eventually(async () => expect(cache.live).toBe(false), 3000, 5);
      await eventually(async () => expect(cache.live && db.database.notificationsLive).toBe(true), 10_000);
      await setTitle(other!, 'en', 'After the reconnect');
      try {
        await eventually(async () => expect(await title(app, path)).toBe('After the reconnect'), 3000);
      } finally {
        await setTitle(other!, 'en', article.title.en!);
      }
      await eventually(async () => expect(await title(app, path)).toBe(article.title.en));
    });
  });
});
