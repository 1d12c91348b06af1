/**
 * The e-services catalogue through createApp + app.request(), against PGlite and PostgreSQL: the
 * seeded 13 services, filters, search in the asked language, cursor pages, caching and its
 * invalidation, and the stored rows.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type IcraApp } from '../src/app.js';
import { services } from '../src/db/schema.js';
import { ServicePageSchema, ServiceSchema, type ServiceSummary } from '../src/features/services/schemas.js';
import { ProblemSchema } from '../src/http/problem.js';
import { seedServices } from '../src/seed/services.js';
import { eventually, openTestDatabase, type TestDatabase, variants } from './support/databases.js';
import { strict } from './support/strict.js';

const quiet = { warn: () => {}, error: () => {} };

describe.each(variants)('the e-services catalogue on $label', ({ kind, skip }) => {
  let db: TestDatabase;
  let app: IcraApp;

  beforeAll(async () => {
    if (skip) return;
    db = await openTestDatabase(kind);
    app = createApp({ database: db.database, log: quiet });
  });
  afterAll(async () => {
    await db?.dispose();
  });

  const get = async (path: string, headers: Record<string, string> = {}) => {
    const res = await app.request(path, { headers });
    return { res, body: res.headers.get('content-type')?.includes('json') ? await res.json() : undefined };
  };
  /** Every item of a list, following its cursors, `limit` at a time. */
  const all = async (query: string, limit = 4) => {
    const items: ServiceSummary[] = [];
    let cursor: string | null = null;
    do {
      const { res, body } = await get(
        `/v1/services?${query}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(res.status).toBe(200);
      const page = strict(ServicePageSchema).parse(body);
      expect(page.items.length).toBeLessThanOrEqual(limit);
      items.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor !== null);
    return items;
  };

  it.skipIf(skip)('holds 13 services, 9 of them public services of local executive powers', async () => {
    const items = await all('lang=en');
    expect(items.map((s) => s.slug)).toEqual(seedServices.map((s) => s.slug));
    expect(items.filter((s) => s.localExecutive)).toHaveLength(9);
    expect(new Set(items.map((s) => s.slug)).size).toBe(13);
    for (const item of items) {
      expect(item.lang).toBe('en');
      expect(item.title).toBe(seedServices.find((s) => s.slug === item.slug)!.title.en);
    }
    // Stored as the seed has it, one row per service, each provided by at least one authority.
    const rows = await db.database.db.select({ slug: services.slug }).from(services);
    expect(rows).toHaveLength(13);
    const unprovided = await db.database.db.execute(
      sql`select slug from services s where not exists (select 1 from service_authorities a where a.service_slug = s.slug)`,
    );
    expect((unprovided as unknown as { rows: unknown[] }).rows).toHaveLength(0);
  });

  it.skipIf(skip)(
    'serves one service with its documents, fee, time, legal basis, in az, en and ru',
    async () => {
      const seed = seedServices.find((s) => s.documents.length > 0)!;
      for (const lang of ['az', 'en', 'ru'] as const) {
        const { res, body } = await get(`/v1/services/${seed.slug}?lang=${lang}`);
        expect(res.status).toBe(200);
        expect(res.headers.get('content-language')).toBe(lang);
        expect(res.headers.get('etag')).toBeTruthy();
        const service = strict(ServiceSchema).parse(body);
        expect(service.description).toBe(seed.description[lang]);
        expect(service.legalBasis).toBe(seed.legalBasis[lang]);
        expect(service.feeQapik).toBe(seed.feeQapik);
        expect(service.processingDays).toBe(seed.processingDays);
        expect(service.documents.map((d) => d.name)).toEqual(seed.documents.map((d) => d.name[lang]));
        expect(service.documents.map((d) => [d.accept, d.maxBytes, d.required])).toEqual(
          seed.documents.map((d) => [d.accept, d.maxBytes, d.required]),
        );
      }
      // Without ?lang the Accept-Language decides.
      const { body } = await get(`/v1/services/${seed.slug}`, { 'Accept-Language': 'ru-RU,ru;q=0.9' });
      expect(strict(ServiceSchema).parse(body).title).toBe(seed.title.ru);
    },
  );

  it.skipIf(skip)('says where to go for a service that cannot be applied for online', async () => {
    const offline = seedServices.filter((s) => !s.electronic);
    expect(offline.length).toBeGreaterThan(0);
    for (const seed of offline) {
      const service = strict(ServiceSchema).parse((await get(`/v1/services/${seed.slug}?lang=en`)).body);
      expect(service.electronic).toBe(false);
      expect(service.offline).toBe(seed.offline!.en);
    }
    const online = seedServices.find((s) => s.electronic)!;
    expect(strict(ServiceSchema).parse((await get(`/v1/services/${online.slug}`)).body).offline).toBeNull();
  });

  it.skipIf(skip)(
    'filters by authority and by category, and pages without skipping or repeating',
    async () => {
      for (const authority of ['ganja', 'guba', 'masalli'] as const) {
        const items = await all(`authority=${authority}`, 2);
        expect(items.map((s) => s.slug)).toEqual(
          seedServices.filter((s) => s.authorities.includes(authority)).map((s) => s.slug),
        );
      }
      const category = seedServices[0]!.category;
      const items = await all(`category=${category}`, 1);
      expect(items.map((s) => s.slug)).toEqual(
        seedServices.filter((s) => s.category === category).map((s) => s.slug),
      );
      const both = await all(`category=${category}&authority=guba`, 3);
      expect(both.map((s) => s.slug)).toEqual(
        seedServices
          .filter((s) => s.category === category && s.authorities.includes('guba'))
          .map((s) => s.slug),
      );
    },
  );

  it.skipIf(skip)('searches in the language asked, by that language’s case rules', async () => {
    const seed = seedServices[0]!;
    const word = (text: string) => text.split(/\s+/).find((w) => w.length > 4)!;
    for (const lang of ['az', 'en', 'ru'] as const) {
      const asked = word(seed.title[lang]!).toLocaleUpperCase(lang);
      const items = await all(`q=${encodeURIComponent(asked)}&lang=${lang}`, 50);
      expect(items.map((s) => s.slug)).toContain(seed.slug);
      for (const item of items) {
        const found = seedServices.find((s) => s.slug === item.slug)!;
        const text = [found.title[lang], found.summary[lang], found.description[lang]].join('\n');
        expect(text.toLocaleLowerCase(lang)).toContain(asked.toLocaleLowerCase(lang));
      }
    }
    // An English word is not found in the Azerbaijani texts.
    const english = word(seed.title.en!);
    const azOnly = await all(`q=${encodeURIComponent(english)}&lang=az`, 50);
    expect(azOnly.map((s) => s.slug)).not.toContain(seed.slug);
    // Nothing found is an empty page, not an error.
    const none = await get('/v1/services?q=zzzqqqxxx');
    expect(strict(ServicePageSchema).parse(none.body)).toEqual({ items: [], nextCursor: null });
    // The characters of SQL patterns are plain text.
    const pattern = await get(`/v1/services?q=${encodeURIComponent('%_')}`);
    expect(strict(ServicePageSchema).parse(pattern.body).items).toEqual([]);
  });

  it.skipIf(skip)('answers bad input with problems that point at the field', async () => {
    const cases: Array<[string, string]> = [
      ['/v1/services?authority=nowhere', '/query/authority'],
      ['/v1/services?category=weather', '/query/category'],
      ['/v1/services?limit=0', '/query/limit'],
      ['/v1/services?cursor=not-a-cursor', '/query/cursor'],
      [`/v1/services?q=${'x'.repeat(101)}`, '/query/q'],
    ];
    for (const [path, pointer] of cases) {
      const { res, body } = await get(path, { 'Accept-Language': 'az' });
      expect(res.status, path).toBe(400);
      const problem = strict(ProblemSchema).parse(body);
      expect(problem.errors?.map((e) => e.pointer)).toContain(pointer);
    }
    const missing = await get('/v1/services/no-such-service?lang=en');
    expect(missing.res.status).toBe(404);
    expect(strict(ProblemSchema).parse(missing.body).detail).toBe('There is no service with this slug.');
    expect((await get('/v1/services/Not_A_Slug')).res.status).toBe(400);
  });

  it.skipIf(skip)(
    'is cached like news: 304 on revalidation, and a change to the catalogue shows',
    async () => {
      const seed = seedServices[1]!;
      const first = await get(`/v1/services/${seed.slug}?lang=en`);
      const etag = first.res.headers.get('etag')!;
      const again = await app.request(`/v1/services/${seed.slug}?lang=en`, {
        headers: { 'If-None-Match': etag },
      });
      expect(again.status).toBe(304);
      await db.database.db.execute(
        sql`update services set fee_qapik = fee_qapik + 100 where slug = ${seed.slug}`,
      );
      await eventually(async () => {
        const changed = strict(ServiceSchema).parse((await get(`/v1/services/${seed.slug}?lang=en`)).body);
        expect(changed.feeQapik).toBe(seed.feeQapik + 100);
      });
      const listed = await all('lang=en', 50);
      expect(listed.find((s) => s.slug === seed.slug)!.feeQapik).toBe(seed.feeQapik + 100);
    },
  );
});
