/**
 * Start-up against an existing database: migrations and the seed are applied once, whatever the
 * number of restarts (PGlite data dir) or of instances starting together (PostgreSQL).
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { count, eq, sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, openPgliteDatabase, openPostgresDatabase } from '../src/database.js';
import type { Database } from '../src/db/database.js';
import { authorities, news, newsTranslations, notifications, staff } from '../src/db/schema.js';
import { migrationsDir } from '../src/paths.js';
import { seedAuthorities, seedNews } from '../src/seed/data.js';
import { seedNotifications, seedStaff } from '../src/seed/staff.js';
import { createPostgresDatabase, variants } from './support/databases.js';

async function counts(database: Database) {
  const [a] = await database.db.select({ n: count() }).from(authorities);
  const [n] = await database.db.select({ n: count() }).from(news);
  const [t] = await database.db.select({ n: count() }).from(newsTranslations);
  const [s] = await database.db.select({ n: count() }).from(staff);
  const [o] = await database.db.select({ n: count() }).from(notifications);
  return { authorities: a?.n, news: n?.n, translations: t?.n, staff: s?.n, notifications: o?.n };
}

const MIGRATION_COUNT = (
  JSON.parse(readFileSync(join(migrationsDir, 'meta', '_journal.json'), 'utf8')) as { entries: unknown[] }
).entries.length;

async function appliedMigrations(database: Database): Promise<number> {
  const result = await database.db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
  return (result as unknown as { rows: Array<{ n: number }> }).rows[0]!.n;
}

const translationsInSeed = seedNews.reduce(
  (n, item) => n + 1 + (item.title.en && item.body.en ? 1 : 0) + (item.title.ru && item.body.ru ? 1 : 0),
  0,
);

describe('PGlite data dir', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it('is created, migrated and seeded once; content survives restarts and edits stay', async () => {
    const dataDir = join(await mkdtemp(join(tmpdir(), 'icra-pglite-')), 'nested', 'data');
    dirs.push(dataDir);

    const first = await openDatabase({ dataDir, seed: true });
    expect(first.kind).toBe('pglite');
    expect(first.seeded).toBe(true);
    expect(await counts(first)).toEqual({
      authorities: seedAuthorities.length,
      news: seedNews.length,
      translations: translationsInSeed,
      staff: seedStaff.length,
      notifications: seedNotifications.length,
    });
    const removed = seedNews[0]!.id;
    await first.db.delete(news).where(eq(news.id, removed));
    await first.close();

    const second = await openPgliteDatabase({ dataDir, seed: true });
    expect(second.seeded).toBe(false);
    expect((await counts(second)).news).toBe(seedNews.length - 1);
    expect(await second.db.select().from(news).where(eq(news.id, removed))).toEqual([]);
    expect(await appliedMigrations(second)).toBe(MIGRATION_COUNT);
    await second.close();

    const third = await openPgliteDatabase({ dataDir, seed: true });
    expect(third.seeded).toBe(false);
    expect(await counts(third)).toMatchObject({
      news: seedNews.length - 1,
      staff: seedStaff.length,
      notifications: seedNotifications.length,
    });
    await third.close();
  });

  it('is not seeded when demo content is not wanted', async () => {
    const database = await openPgliteDatabase({ seed: false });
    try {
      expect(database.seeded).toBe(false);
      expect(await counts(database)).toEqual({
        authorities: 0,
        news: 0,
        translations: 0,
        staff: 0,
        notifications: 0,
      });
    } finally {
      await database.close();
    }
  });
});

describe.skipIf(variants[1]!.skip)(`${variants[1]!.label} database`, () => {
  it('is migrated and seeded exactly once when several instances start together', async () => {
    const created = await createPostgresDatabase();
    const quiet = { warn: () => {}, error: () => {} };
    try {
      const instances = await Promise.all(
        [1, 2, 3].map(() => openPostgresDatabase({ url: created.url, seed: true, poolSize: 2, log: quiet })),
      );
      try {
        expect(instances.filter((i) => i.seeded)).toHaveLength(1);
        expect(await counts(instances[0]!)).toEqual({
          authorities: seedAuthorities.length,
          news: seedNews.length,
          translations: translationsInSeed,
          staff: seedStaff.length,
          notifications: seedNotifications.length,
        });
        expect(await appliedMigrations(instances[0]!)).toBe(MIGRATION_COUNT);
      } finally {
        await Promise.all(instances.map((i) => i.close()));
      }
      const again = await openDatabase({ databaseUrl: created.url, seed: true });
      try {
        expect(again.kind).toBe('postgres');
        expect(again.seeded).toBe(false);
        expect(await counts(again)).toMatchObject({ news: seedNews.length, staff: seedStaff.length });
      } finally {
        await again.close();
      }
    } finally {
      await created.drop();
    }
  });
});
