/**
 * The HTTP API end to end through createApp + app.request(), against PGlite and PostgreSQL.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type IcraApp } from '../src/app.js';
import { news, newsTranslations } from '../src/db/schema.js';
import { AuthorityPageSchema, AuthoritySchema } from '../src/features/authorities/schemas.js';
import { NewsArticleSchema, NewsPageSchema } from '../src/features/news/schemas.js';
import { ProblemSchema } from '../src/http/problem.js';
import { PublicReadCache } from '../src/http/public-cache.js';
import { openApiDocument } from '../src/openapi.js';
import { seedAuthorities, seedNews } from '../src/seed/data.js';
import { seedEvaluatedBodies } from '../src/seed/evaluation.js';
import { SEED_GUBA_OPEN_POLL } from '../src/seed/participation.js';
import { seedReceptionOfficials } from '../src/seed/reception.js';
import { eventually, openTestDatabase, type TestDatabase, variants } from './support/databases.js';
import { isOpenToAnyone } from './support/security.js';
import { strict } from './support/strict.js';

/** Seeded articles with deliberate translation gaps (see src/seed/data.ts). */
const NO_RU = 'b6346da9-a6ec-4a49-9f62-e1dc153e2d5b';
const AZ_ONLY = 'dac776bb-a0cc-413f-8fbd-408d567145f2';

const seededNewest = [...seedNews].sort((a, b) =>
  a.publishedAt === b.publishedAt ? (a.id < b.id ? 1 : -1) : a.publishedAt < b.publishedAt ? 1 : -1,
);

async function call(app: IcraApp, path: string, headers: Record<string, string> = {}, method = 'GET') {
  const response = await app.request(path, { method, headers });
  const text = await response.text();
  const type = response.headers.get('content-type') ?? '';
  return {
    status: response.status,
    headers: response.headers,
    text,
    // biome-ignore lint/suspicious/noExplicitAny: bodies are checked against the zod schemas below
    body: (type.includes('json') && text ? JSON.parse(text) : undefined) as any,
  };
}

describe.each(variants)('API on $label', ({ kind, skip }) => {
  let db: TestDatabase;
  let app: IcraApp;
  let cache: PublicReadCache;
  /** The same database, with a widget bundle to serve. */
  let withWidgets: IcraApp;
  let widgetsDir: string | undefined;
  const errors: unknown[] = [];
  const log = { error: (...args: unknown[]) => errors.push(args), warn: () => {} };

  beforeAll(async () => {
    if (skip) return;
    db = await openTestDatabase(kind);
    cache = new PublicReadCache();
    app = createApp({ database: db.database, cache, log });
    widgetsDir = await mkdtemp(join(tmpdir(), 'icra-widgets-'));
    await writeFile(join(widgetsDir, 'icra.js'), 'export const icra = 1;\n');
    await mkdir(join(widgetsDir, 'chunks'));
    await writeFile(join(widgetsDir, 'chunks', 'news-Ab3dE_9z.js'), 'export const news = 1;\n');
    await writeFile(join(widgetsDir, 'icra-news-editor.js'), 'export const editor = 1;\n');
    await writeFile(join(widgetsDir, 'icra-service-desk.js'), 'export const desk = 1;\n');
    withWidgets = createApp({ database: db.database, widgetsDir, log });
  });
  afterAll(async () => {
    await db?.dispose();
    if (widgetsDir) await rm(widgetsDir, { recursive: true, force: true });
  });

  describe.skipIf(skip)('reads', () => {
    it('lists news newest first, in Azerbaijani by default, matching the NewsPage schema', async () => {
      const res = await call(app, '/v1/news');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/json');
      const page = strict(NewsPageSchema).parse(res.body);
      expect(page.items.map((i) => i.id)).toEqual(seededNewest.slice(0, 10).map((n) => n.id));
      expect(page.items.every((i) => i.lang === 'az')).toBe(true);
      expect(page.nextCursor).toEqual(expect.any(String));
      expect(res.headers.get('content-language')).toBe('az');
      expect(res.headers.get('vary')).toBe('Accept-Language, Origin, Accept-Encoding');
      expect(res.headers.get('cache-control')).toBe('public, max-age=60, stale-while-revalidate=300');
      expect(res.headers.get('etag')).toMatch(/^"[^"]+"$/);
      const first = seedNews.find((n) => n.id === page.items[0]?.id)!;
      expect(page.items[0]).toMatchObject({
        authority: first.authority,
        title: first.title.az,
        summary: first.summary.az,
        publishedAt: new Date(first.publishedAt).toISOString(),
      });
      if (first.cover) {
        expect(page.items[0]?.cover).toEqual({
          url: `/media/news/${first.cover.file}`,
          alt: first.cover.alt.az,
          width: first.cover.width,
          height: first.cover.height,
        });
      }
    });

    it('filters news by authority', async () => {
      const res = await call(app, '/v1/news?authority=guba&limit=50');
      expect(res.status).toBe(200);
      const page = strict(NewsPageSchema).parse(res.body);
      const expected = seededNewest.filter((n) => n.authority === 'guba').map((n) => n.id);
      expect(page.items.map((i) => i.id)).toEqual(expected);
      expect(page.nextCursor).toBeNull();
    });

    it('gets one article with its body', async () => {
      const seeded = seedNews.find((n) => n.id === NO_RU)!;
      const res = await call(app, `/v1/news/${NO_RU}?lang=en`);
      expect(res.status).toBe(200);
      const article = strict(NewsArticleSchema).parse(res.body);
      expect(article).toMatchObject({ id: NO_RU, lang: 'en', title: seeded.title.en, body: seeded.body.en });
      expect(res.headers.get('content-language')).toBe('en');
    });

    it('lists and gets authorities', async () => {
      const list = await call(app, '/v1/authorities?lang=en');
      expect(list.status).toBe(200);
      const page = strict(AuthorityPageSchema).parse(list.body);
      expect(page.items.map((a) => a.slug)).toEqual(seedAuthorities.map((a) => a.slug).sort());
      expect(page.nextCursor).toBeNull();
      const one = await call(app, '/v1/authorities/ganja?lang=en');
      expect(one.status).toBe(200);
      const ganja = seedAuthorities.find((a) => a.slug === 'ganja')!;
      expect(strict(AuthoritySchema).parse(one.body)).toEqual({
        slug: 'ganja',
        name: ganja.name.en,
        shortName: ganja.shortName.en,
        kind: ganja.kind,
        contacts: {
          address: ganja.contacts.address.en,
          phone: ganja.contacts.phone,
          email: ganja.contacts.email,
          website: ganja.contacts.website,
        },
        lang: 'en',
      });
    });

    it('reports health with the database kind', async () => {
      const res = await call(app, '/healthz');
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ status: 'ok', database: kind });
    });

    it('serves the OpenAPI document it validates with', async () => {
      const res = await call(app, '/openapi.json');
      expect(res.status).toBe(200);
      expect(res.body).toEqual(openApiDocument());
      const etag = res.headers.get('etag')!;
      expect((await call(app, '/openapi.json', { 'if-none-match': etag })).status).toBe(304);
    });

    it('answers HEAD like GET without a body', async () => {
      const res = await call(app, '/v1/news', {}, 'HEAD');
      expect(res.status).toBe(200);
      expect(res.text).toBe('');
      expect(res.headers.get('etag')).toBeTruthy();
    });
  });

  describe.skipIf(skip)('pagination', () => {
    async function walk(path: string, limit: number) {
      const ids: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const sep = path.includes('?') ? '&' : '?';
        const url = `${path}${sep}limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
        const res = await call(app, url);
        expect(res.status, url).toBe(200);
        expect(res.body.items.length).toBeLessThanOrEqual(limit);
        ids.push(...res.body.items.map((i: { id?: string; slug?: string }) => i.id ?? i.slug));
        cursor = res.body.nextCursor;
        pages++;
        expect(pages).toBeLessThan(100);
      } while (cursor !== null);
      return { ids, pages };
    }

    it.each([1, 3, 7, 16, 50])(
      'walks all news with limit %i: no duplicates, no gaps, in order',
      async (limit) => {
        const { ids, pages } = await walk('/v1/news', limit);
        expect(ids).toEqual(seededNewest.map((n) => n.id));
        expect(new Set(ids).size).toBe(ids.length);
        expect(pages).toBe(Math.max(1, Math.ceil(seedNews.length / limit)));
      },
    );

    it('walks one authority’s news', async () => {
      const { ids } = await walk('/v1/news?authority=ganja&lang=ru', 2);
      expect(ids).toEqual(seededNewest.filter((n) => n.authority === 'ganja').map((n) => n.id));
    });

    it('walks the authorities one at a time', async () => {
      const { ids, pages } = await walk('/v1/authorities', 1);
      expect(ids).toEqual(seedAuthorities.map((a) => a.slug).sort());
      expect(pages).toBe(seedAuthorities.length);
    });

    it('neither repeats nor skips when news is published mid-walk', async () => {
      const first = await call(app, '/v1/news?limit=4');
      const id = randomUUID();
      await db.database.db.insert(news).values({
        id,
        authoritySlug: 'ganja',
        status: 'published',
        publishedAt: new Date('2999-01-01T00:00:00.000Z'),
      });
      await db.database.db
        .insert(newsTranslations)
        .values({ newsId: id, lang: 'az', title: 'Yeni', summary: 'Yeni xəbər', body: ['Mətn'] });
      try {
        const ids: string[] = first.body.items.map((i: { id: string }) => i.id);
        let cursor: string | null = first.body.nextCursor;
        while (cursor) {
          const res = await call(app, `/v1/news?limit=4&cursor=${cursor}`);
          ids.push(...res.body.items.map((i: { id: string }) => i.id));
          cursor = res.body.nextCursor;
        }
        expect(ids).toEqual(seededNewest.map((n) => n.id));
      } finally {
        await db.database.db.delete(news).where(sql`${news.id} = ${id}`);
      }
    });
  });

  describe.skipIf(skip)('languages', () => {
    it('serves ?lang, with Azerbaijani where a translation is missing, and says so in lang', async () => {
      const ru = await call(app, `/v1/news/${NO_RU}?lang=ru`);
      expect(ru.status).toBe(200);
      expect(ru.body.lang).toBe('az');
      expect(ru.body.title).toBe(seedNews.find((n) => n.id === NO_RU)!.title.az);
      expect(ru.headers.get('content-language')).toBe('az');

      const en = await call(app, `/v1/news/${AZ_ONLY}?lang=en`);
      expect(en.body.lang).toBe('az');
      expect(en.body.body).toEqual(seedNews.find((n) => n.id === AZ_ONLY)!.body.az);

      const full = seedNews.find((n) => n.id !== NO_RU && n.id !== AZ_ONLY && n.title.ru)!;
      const translated = await call(app, `/v1/news/${full.id}?lang=ru`);
      expect(translated.body).toMatchObject({ lang: 'ru', title: full.title.ru, body: full.body.ru });
    });

    it('uses Accept-Language when there is no ?lang, and ?lang when both are given', async () => {
      const full = seedNews.find((n) => n.id !== NO_RU && n.id !== AZ_ONLY)!;
      const negotiated = await call(app, `/v1/news/${full.id}`, {
        'accept-language': 'de-DE, ru;q=0.8, en;q=0.5',
      });
      expect(negotiated.body.lang).toBe('ru');
      expect(negotiated.body.title).toBe(full.title.ru);
      const both = await call(app, `/v1/news/${full.id}?lang=en`, { 'accept-language': 'ru' });
      expect(both.body.lang).toBe('en');
      const none = await call(app, `/v1/news/${full.id}`, { 'accept-language': 'fr, de;q=0.5' });
      expect(none.body.lang).toBe('az');
      const fallback = await call(app, `/v1/news/${NO_RU}`, { 'accept-language': 'ru-RU' });
      expect(fallback.body.lang).toBe('az');
    });

    it('marks each list item with the language served', async () => {
      const res = await call(app, '/v1/news?lang=ru&limit=50');
      const langs = new Map(res.body.items.map((i: { id: string; lang: string }) => [i.id, i.lang]));
      expect(langs.get(NO_RU)).toBe('az');
      expect(langs.get(AZ_ONLY)).toBe('az');
      expect([...langs.values()].filter((l) => l === 'ru')).toHaveLength(seedNews.length - 2);
      expect(res.headers.get('content-language')).toBe('ru, az');
    });
  });

  describe.skipIf(skip)('conditional requests', () => {
    it('answers 304 to a matching If-None-Match on an article (strong, weak, list, *)', async () => {
      const path = `/v1/news/${NO_RU}?lang=en`;
      const first = await call(app, path);
      const etag = first.headers.get('etag')!;
      for (const ifNoneMatch of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
        const again = await call(app, path, { 'if-none-match': ifNoneMatch });
        expect(again.status, ifNoneMatch).toBe(304);
        expect(again.text).toBe('');
        expect(again.headers.get('etag')).toBe(etag);
        expect(again.headers.get('cache-control')).toBe('public, max-age=60, stale-while-revalidate=300');
      }
      expect((await call(app, path, { 'if-none-match': '"other"' })).status).toBe(200);
    });

    it("keeps the contract of every conditional read: an ETag, and a 304 with the 200's caching headers", async () => {
      const document = openApiDocument();
      const sample: Record<string, string> = {
        '/v1/news/{id}': `/v1/news/${NO_RU}`,
        '/v1/authorities/{slug}': '/v1/authorities/guba',
        '/v1/authorities/{slug}/service-ratings': '/v1/authorities/guba/service-ratings',
        '/v1/services/{slug}': '/v1/services/residence-certificate',
        '/v1/services/{slug}/form': '/v1/services/residence-certificate/form',
        '/v1/participation/polls/{id}': `/v1/participation/polls/${SEED_GUBA_OPEN_POLL}`,
        '/v1/participation/polls/{id}/results': `/v1/participation/polls/${SEED_GUBA_OPEN_POLL}/results`,
        '/v1/participation/polls/{id}/ballot-key': `/v1/participation/polls/${SEED_GUBA_OPEN_POLL}/ballot-key`,
        '/v1/reception/officials': '/v1/reception/officials?authority=guba',
        '/v1/reception/availability': `/v1/reception/availability?official=${seedReceptionOfficials[3]!.id}`,
        '/v1/evaluation/campaigns/{year}/bodies': '/v1/evaluation/campaigns/2019/bodies',
      };
      // A published campaign recorded per service (the seed has only the reports' years), for its breakdown.
      await db.database.db.execute(sql`insert into evaluation_campaigns (year, source, status, published_at)
        values (2019, 'recorded', 'published', now()) on conflict do nothing`);
      await db.database.db.execute(sql`insert into evaluation_assessments
        (year, service_id, outcome, electronicization, openness, usability, rating, recorded_by)
        values (2019, ${seedEvaluatedBodies[0]!.services[0]!.id}, 'electronicized', 80, 70, 75, 'good', 'staff:test')
        on conflict do nothing`);
      const reads = Object.entries(document.paths ?? {}).filter(
        ([, item]) => item.get?.responses?.['304'] !== undefined && isOpenToAnyone(item.get.security),
      );
      expect(reads.map(([path]) => path).sort()).toEqual([
        '/v1/authorities',
        '/v1/authorities/{slug}',
        '/v1/authorities/{slug}/service-ratings',
        '/v1/evaluation/bodies',
        '/v1/evaluation/campaigns/{year}/bodies',
        '/v1/evaluation/summary',
        '/v1/news',
        '/v1/news/{id}',
        '/v1/participation/polls',
        '/v1/participation/polls/{id}',
        '/v1/participation/polls/{id}/ballot-key',
        '/v1/participation/polls/{id}/results',
        '/v1/reception/availability',
        '/v1/reception/officials',
        '/v1/reception/topics',
        '/v1/services',
        '/v1/services/{slug}',
        '/v1/services/{slug}/form',
      ]);
      for (const [template, item] of [...reads, ['/openapi.json', undefined] as const]) {
        const path = sample[template] ?? template;
        const first = await call(app, path, { 'accept-language': 'en' });
        expect(first.status, path).toBe(200);
        const etag = first.headers.get('etag');
        expect(etag, path).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
        const declared = Object.keys(item?.get?.responses?.['200']?.headers ?? {});
        for (const name of declared) expect(first.headers.get(name), `${path} ${name}`).not.toBeNull();
        const again = await call(app, path, { 'accept-language': 'en', 'if-none-match': `W/${etag}` });
        expect(again.status, path).toBe(304);
        expect(again.text, path).toBe('');
        expect(again.headers.get('content-type'), path).toBeNull();
        for (const name of ['etag', 'cache-control', 'vary', 'content-language', 'x-content-type-options']) {
          expect(again.headers.get(name), `${path} ${name}`).toBe(first.headers.get(name));
        }
      }
    });

    it('answers 304 on a list, and the ETag differs per language', async () => {
      const az = await call(app, '/v1/news?limit=5');
      const en = await call(app, '/v1/news?limit=5&lang=en');
      expect(az.headers.get('etag')).not.toBe(en.headers.get('etag'));
      const again = await call(app, '/v1/news?limit=5', { 'if-none-match': az.headers.get('etag')! });
      expect(again.status).toBe(304);
      const authorities = await call(app, '/v1/authorities');
      const notModified = await call(app, '/v1/authorities', {
        'if-none-match': authorities.headers.get('etag')!,
      });
      expect(notModified.status).toBe(304);
    });

    it('answers a warm read from the cache', async () => {
      // Retried: a change announced late by an earlier test may empty the cache mid-measurement.
      await eventually(async () => {
        const path = '/v1/news?authority=masalli&limit=2&lang=en';
        const first = await call(app, path);
        const before = cache.stats();
        const second = await call(app, path);
        const after = cache.stats();
        expect(second.text).toBe(first.text);
        expect(after.hits).toBe(before.hits + 1);
        expect(after.misses).toBe(before.misses);
        // Equivalent requests share one entry: parameter order, defaults and Accept-Language.
        await call(app, '/v1/news?lang=en&limit=2&authority=masalli&unknown=1');
        await call(app, '/v1/news?limit=2&authority=masalli', { 'accept-language': 'en-GB' });
        expect(cache.stats().hits).toBe(after.hits + 2);
        expect(cache.stats().generation).toBe(before.generation);
      });
    });

    it('answers a repeated request exactly as the first time (fast lane), CORS and 304 included', async () => {
      const path = `/v1/news/${AZ_ONLY}?lang=ru`;
      const headers = { 'accept-language': 'en' };
      const first = await call(app, path, headers);
      const repeat = await call(app, path, headers);
      expect(repeat.status).toBe(200);
      expect(repeat.text).toBe(first.text);
      expect([...repeat.headers]).toEqual([...first.headers]);
      const etag = first.headers.get('etag')!;
      expect((await call(app, path, { ...headers, 'if-none-match': etag })).status).toBe(304);
      const origin = 'http://localhost:4321';
      const cors = await call(app, path, { ...headers, origin });
      expect(cors.headers.get('access-control-allow-origin')).toBe(origin);
      const denied = await call(app, path, { ...headers, origin: 'https://elsewhere.example' });
      expect(denied.text).toBe(first.text);
      expect(denied.headers.get('access-control-allow-origin')).toBeNull();
      const head = await call(app, path, headers, 'HEAD');
      expect(head.status).toBe(200);
      expect(head.text).toBe('');
    });
  });

  describe.skipIf(skip)('errors', () => {
    function expectProblem(res: Awaited<ReturnType<typeof call>>, status: number, type: string) {
      expect(res.status).toBe(status);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      const problem = strict(ProblemSchema).parse(res.body);
      expect(problem.type).toBe(`urn:icra:problem:${type}`);
      expect(problem.status).toBe(status);
      expect(res.text).not.toMatch(/\bat \w+ \(|node_modules|\.ts:\d+/);
      return problem;
    }

    it('rejects a bad query with pointers and a title in the caller’s language', async () => {
      const problem = expectProblem(
        await call(app, '/v1/news?limit=0&lang=ru&cursor=not-a-cursor'),
        400,
        'validation',
      );
      expect(problem.title).toBe('Некорректный запрос');
      expect(problem.errors).toEqual([
        { pointer: '/query/limit', detail: 'Должно быть не меньше 1.' },
        { pointer: '/query/cursor', detail: expect.stringContaining('курсор') },
      ]);
      const en = expectProblem(await call(app, '/v1/news?limit=51&lang=en'), 400, 'validation');
      expect(en.title).toBe('The request is not valid');
      expect(en.errors).toEqual([{ pointer: '/query/limit', detail: 'Must be at most 50.' }]);
      const az = expectProblem(await call(app, '/v1/news?limit=abc'), 400, 'validation');
      expect(az.title).toBe('Sorğu düzgün deyil');
      expect(az.errors?.[0]?.pointer).toBe('/query/limit');
    });

    it('rejects an unsupported language, answering in the Accept-Language', async () => {
      const problem = expectProblem(
        await call(app, '/v1/news?lang=fr', { 'accept-language': 'en' }),
        400,
        'validation',
      );
      expect(problem.title).toBe('The request is not valid');
      expect(problem.errors).toEqual([{ pointer: '/query/lang', detail: 'Must be one of: az, en, ru.' }]);
    });

    it('rejects an unknown or malformed authority filter with /query/authority', async () => {
      for (const authority of ['atlantis', 'NOT_A_SLUG']) {
        const problem = expectProblem(
          await call(app, `/v1/news?authority=${authority}&lang=en`),
          400,
          'validation',
        );
        expect(problem.errors?.map((e) => e.pointer)).toEqual(['/query/authority']);
      }
    });

    it('rejects a cursor of another list or a tampered one with /query/cursor', async () => {
      const authorities = await call(app, '/v1/authorities?limit=1');
      const foreign = authorities.body.nextCursor as string;
      const tampered = Buffer.from('{"p":"yesterday","i":"x"}').toString('base64url');
      for (const cursor of [foreign, tampered, '%%%']) {
        const problem = expectProblem(
          await call(app, `/v1/news?cursor=${encodeURIComponent(cursor)}`),
          400,
          'validation',
        );
        expect(problem.errors?.map((e) => e.pointer)).toEqual(['/query/cursor']);
      }
    });

    it('rejects an id that is not a UUID with /path/id', async () => {
      const problem = expectProblem(await call(app, '/v1/news/42?lang=ru'), 400, 'validation');
      expect(problem.errors).toEqual([{ pointer: '/path/id', detail: 'Должно быть UUID.' }]);
    });

    it('answers 404 problems for unknown news, authorities and routes', async () => {
      const missing = expectProblem(await call(app, `/v1/news/${randomUUID()}?lang=en`), 404, 'not-found');
      expect(missing.title).toBe('Not found');
      expect(missing.detail).toBe('There is no published news article with this id.');
      expectProblem(await call(app, '/v1/authorities/atlantis'), 404, 'not-found');
      const route = expectProblem(
        await call(app, '/v2/nothing', { 'accept-language': 'ru' }),
        404,
        'not-found',
      );
      expect(route.title).toBe('Не найдено');
      expect(route.instance).toBe('/v2/nothing');
      expectProblem(await call(app, '/v1/news', {}, 'DELETE'), 404, 'not-found');
    });

    it('never serves drafts', async () => {
      const id = randomUUID();
      await db.database.db.insert(news).values({
        id,
        authoritySlug: 'ganja',
        status: 'draft',
        publishedAt: new Date('2999-06-01T00:00:00.000Z'),
      });
      await db.database.db
        .insert(newsTranslations)
        .values({ newsId: id, lang: 'az', title: 'Qaralama', summary: 'Hələ dərc olunmayıb', body: ['…'] });
      const undated = randomUUID();
      await db.database.db.insert(news).values({ id: undated, authoritySlug: 'guba', status: 'draft' });
      await db.database.db
        .insert(newsTranslations)
        .values({ newsId: undated, lang: 'az', title: 'Qaralama 2', summary: '…', body: ['…'] });
      try {
        for (const path of [
          '/v1/news?limit=50',
          '/v1/news?authority=ganja&limit=50',
          '/v1/news?authority=guba&limit=50',
        ]) {
          const res = await call(app, path);
          const ids = res.body.items.map((i: { id: string }) => i.id);
          expect(ids).not.toContain(id);
          expect(ids).not.toContain(undated);
        }
        expectProblem(await call(app, `/v1/news/${id}`), 404, 'not-found');
        expectProblem(await call(app, `/v1/news/${undated}`), 404, 'not-found');
      } finally {
        await db.database.db.delete(news).where(sql`${news.id} in (${id}, ${undated})`);
      }
    });

    it('answers 500 with a problem and no internals when the database fails', async () => {
      const broken = createApp({ database: db.database, log });
      await db.database.db.execute(sql`alter table news_translations rename to news_translations_gone`);
      try {
        const problem = expectProblem(await call(broken, '/v1/news?lang=en'), 500, 'internal');
        expect(problem.title).toBe('Internal error');
        expect(problem.detail).not.toMatch(/news_translations/);
        expect(errors.length).toBeGreaterThan(0);
      } finally {
        await db.database.db.execute(sql`alter table news_translations_gone rename to news_translations`);
      }
    });

    it('puts the security headers on API responses', async () => {
      for (const path of ['/v1/news', '/v1/nothing', '/healthz']) {
        const res = await call(app, path);
        expect(res.headers.get('x-content-type-options')).toBe('nosniff');
        expect(res.headers.get('referrer-policy')).toBe('no-referrer');
        expect(res.headers.get('x-frame-options')).toBe('DENY');
        expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
      }
    });
  });

  describe.skipIf(skip)('CORS', () => {
    it('admits the origins the authorities registered', async () => {
      const origin = seedAuthorities[0]!.allowedOrigins[0]!;
      const res = await call(app, '/v1/news?limit=1', { origin });
      expect(res.headers.get('access-control-allow-origin')).toBe(origin);
      expect(res.headers.get('access-control-expose-headers')).toContain('ETag');
      expect(res.headers.get('vary')).toContain('Origin');
      const problem = await call(app, '/v1/news?limit=0', { origin });
      expect(problem.headers.get('access-control-allow-origin')).toBe(origin);
      const preflight = await call(
        app,
        '/v1/news',
        { origin, 'access-control-request-method': 'GET' },
        'OPTIONS',
      );
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-origin')).toBe(origin);
      expect(preflight.headers.get('access-control-allow-headers')).toContain('If-None-Match');
    });

    it('gives an origin it does not admit no CORS headers, and refuses its preflight', async () => {
      const origin = 'https://phishing.example';
      const res = await call(app, '/v1/news?limit=1', { origin });
      expect(res.status).toBe(200);
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
      const preflight = await call(
        app,
        '/v1/news',
        { origin, 'access-control-request-method': 'GET' },
        'OPTIONS',
      );
      expect(preflight.status).toBe(403);
      expect(preflight.body.type).toBe('urn:icra:problem:origin-not-allowed');
      expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    });

    it('admits any localhost origin in demo mode only', async () => {
      const demoOff = createApp({ database: db.database, demo: false, log });
      for (const origin of ['http://localhost:5173', 'http://127.0.0.1:8788']) {
        expect(
          (await call(app, '/v1/authorities', { origin })).headers.get('access-control-allow-origin'),
        ).toBe(origin);
        expect(
          (await call(demoOff, '/v1/authorities', { origin })).headers.get('access-control-allow-origin'),
        ).toBeNull();
      }
      for (const origin of [
        'http://localhost.evil.example',
        'https://localhost:5173',
        'http://127.0.0.2:80',
      ]) {
        expect(
          (await call(app, '/v1/authorities', { origin })).headers.get('access-control-allow-origin'),
        ).toBeNull();
      }
      const registered = seedAuthorities[1]!.allowedOrigins[0]!;
      expect(
        (await call(demoOff, '/healthz', { origin: registered })).headers.get('access-control-allow-origin'),
      ).toBe(registered);
    });

    it('decides CORS per request on repeated reads answered from the cache', async () => {
      const path = '/v1/news?authority=guba&limit=2';
      const admitted = seedAuthorities[1]!.allowedOrigins[0]!;
      const plain = await call(app, path);
      for (let i = 0; i < 2; i++) {
        const allowed = await call(app, path, { origin: admitted });
        expect(allowed.headers.get('access-control-allow-origin')).toBe(admitted);
        expect(allowed.text).toBe(plain.text);
        const denied = await call(app, path, { origin: 'https://phishing.example' });
        expect(denied.headers.get('access-control-allow-origin')).toBeNull();
        const again = await call(app, path);
        expect(again.headers.get('access-control-allow-origin')).toBeNull();
      }
    });

    it('admits an origin registered while running, once the change is announced', async () => {
      const origin = 'https://news.masalli.example';
      expect(
        (await call(app, '/v1/news?limit=1', { origin })).headers.get('access-control-allow-origin'),
      ).toBeNull();
      await db.database.db.execute(
        sql`update authorities set allowed_origins = array_append(allowed_origins, ${origin}) where slug = 'masalli'`,
      );
      try {
        const deadline = Date.now() + 5000;
        let allowed: string | null = null;
        while (allowed === null && Date.now() < deadline) {
          allowed = (await call(app, '/v1/news?limit=1', { origin })).headers.get(
            'access-control-allow-origin',
          );
          if (allowed === null) await new Promise((r) => setTimeout(r, 25));
        }
        expect(allowed).toBe(origin);
      } finally {
        await db.database.db.execute(
          sql`update authorities set allowed_origins = array_remove(allowed_origins, ${origin}) where slug = 'masalli'`,
        );
      }
    });
  });

  describe.skipIf(skip)('static files and docs', () => {
    it('serves the widget bundle to any origin as JavaScript', async () => {
      const res = await call(withWidgets, '/widgets/icra.js', { origin: 'https://anywhere.example' });
      expect(res.status).toBe(200);
      expect(res.text).toBe('export const icra = 1;\n');
      expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      // The loader names one build's chunks: revalidated on every use, never kept stale.
      expect(res.headers.get('cache-control')).toBe('no-cache');
      const chunk = await call(withWidgets, '/widgets/chunks/news-Ab3dE_9z.js');
      expect(chunk.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(chunk.headers.get('access-control-allow-origin')).toBe('*');
      const editor = await call(withWidgets, '/widgets/icra-news-editor.js');
      expect(editor.headers.get('cache-control')).toMatch(/^public, max-age=\d+/);
      // The service officers' desk, beside the moderators' and the editors' bundles.
      const desk = await call(withWidgets, '/widgets/icra-service-desk.js', {
        origin: 'https://anywhere.example',
      });
      expect(desk.status).toBe(200);
      expect(desk.text).toBe('export const desk = 1;\n');
      expect(desk.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
      expect(desk.headers.get('access-control-allow-origin')).toBe('*');
      const again = await call(withWidgets, '/widgets/icra.js', {
        'if-none-match': res.headers.get('etag')!,
      });
      expect(again.status).toBe(304);
      for (const path of [
        '/widgets/missing.js',
        '/widgets/..%2Fpackage.json',
        '/widgets/%2e%2e/x',
        '/widgets/',
      ]) {
        const missing = await call(withWidgets, path);
        expect(missing.status, path).toBe(404);
        expect(missing.headers.get('content-type')).toBe('application/problem+json');
      }
    });

    it('answers 404 for /widgets/* when no bundle is installed', async () => {
      const res = await call(app, '/widgets/icra.js', { 'accept-language': 'en' });
      expect(res.status).toBe(404);
      expect(res.body.detail).toBe('The widget bundle is not installed on this server.');
    });

    it('serves the seeded covers cross-origin, SVG under a CSP', async () => {
      const cover = seedNews.find((n) => n.cover)!.cover!;
      const res = await call(app, `/media/news/${cover.file}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
      expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
      expect(res.headers.get('content-security-policy')).toBe(
        "default-src 'none'; style-src 'unsafe-inline'",
      );
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.text).toContain('<svg');
      expect((await call(app, '/media/news/nope.svg')).status).toBe(404);
    });

    it('every seeded cover exists', async () => {
      for (const item of seedNews) {
        if (!item.cover) continue;
        expect((await call(app, `/media/news/${item.cover.file}`, {}, 'HEAD')).status, item.cover.file).toBe(
          200,
        );
      }
    });

    it('serves Swagger UI from this server, not a CDN', async () => {
      const page = await call(app, '/docs');
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(page.text).not.toMatch(/https?:\/\//);
      const scripts = [...page.text.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
      expect(scripts).toContain('/docs/assets/swagger-ui-bundle.js');
      for (const asset of scripts) expect((await call(app, asset)).status, asset).toBe(200);
      expect((await call(app, '/docs/init.js')).text).toContain("url: '/openapi.json'");
      expect((await call(app, '/docs/assets/package.json')).status).toBe(404);
    });
  });
});
