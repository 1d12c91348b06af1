/**
 * The editorial API end to end through createApp + app.request(), on PGlite and PostgreSQL: the life
 * of an article (draft → published → edited → unpublished → deleted) and what the public reads see
 * at each step, confinement to the caller's authority, sanitization, cover uploads, the audit log.
 */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type IcraApp } from '../src/app.js';
import { auditLog, mediaUploads, news, newsTranslations } from '../src/db/schema.js';
import { MAX_COVER_BYTES } from '../src/features/editorial/media.js';
import { ALLOWED_TAGS } from '../src/features/editorial/sanitize.js';
import {
  AuditPageSchema,
  EditorialNewsPageSchema,
  EditorialNewsSchema,
} from '../src/features/editorial/schemas.js';
import { NewsArticleSchema, NewsPageSchema } from '../src/features/news/schemas.js';
import { ProblemSchema } from '../src/http/problem.js';
import { PublicReadCache } from '../src/http/public-cache.js';
import { seedStaff } from '../src/seed/staff.js';
import { eventually, openTestDatabase, type TestDatabase, variants } from './support/databases.js';
import { jpeg, png, webp } from './support/images.js';
import { signIn } from './support/oauth.js';
import { strict } from './support/strict.js';

const quiet = { warn: () => {}, error: () => {} };

function staffOf(authority: string, role: string | null): string {
  const member = seedStaff.find(
    (s) =>
      s.authority === authority && (role === null ? s.roles.length === 0 : s.roles.includes(role as never)),
  );
  if (!member) throw new Error(`no ${role} in ${authority}`);
  return `staff:${member.id}`;
}

const draftInput = (title = 'Qubada yeni park', extra: Record<string, unknown> = {}) => ({
  authority: 'guba',
  translations: {
    az: {
      title,
      summary: 'Şəhər mərkəzində yeni park açılır.',
      bodyHtml: '<p>Park <strong>may</strong> ayında açılacaq.</p><p>Hamı dəvətlidir.</p>',
      coverAlt: 'Parkın girişi',
    },
    ...extra,
  },
});

const REL = 'rel="noopener noreferrer nofollow"';

/**
 * Payloads that sanitizing would take content from: refused (422) whole, with what the field error
 * names (its English text contains this). Nothing of them is ever stored.
 */
const REFUSED: Array<[string, string]> = [
  ['<p>a<script>alert(1)</script>b</p>', '<script> with the text “alert(1)”'],
  ['<img src=x onerror=alert(1)>text', '<img>'],
  ['<svg onload=alert(1)><g><text>svg</text></g></svg>after', '<svg> with the text “svg”'],
  ['<a href="javascript:alert(1)">x</a>', 'the link address “javascript:alert(1)”'],
  ['<a href="jav&#x09;ascript:alert(1)">x</a>', 'the link address “jav ascript:alert(1)”'],
  ['<a href="&#106;avascript:alert(1)">x</a>', 'the link address “javascript:alert(1)”'],
  ['<a href=" JaVaScRiPt:alert(1)">x</a>', 'the link address “JaVaScRiPt:alert(1)”'],
  [
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
    'the link address “data:text/html;base64,',
  ],
  ['<a href="//evil.example/">x</a>', 'the link address “//evil.example/”'],
  ['<a href="/relative/path">x</a>', 'the link address “/relative/path”'],
  [
    '<style>p{background:url(javascript:alert(1))}</style><p style="color:red">s</p>',
    '<style> with the text “p{background:url(javascript:alert(1))}”',
  ],
  ['<iframe src="https://evil.example"><p>inside</p></iframe>tail', '<iframe> with the text “inside”'],
  ['<object data="x.swf"><embed src="y"></object>o', '<object>'],
  ['<template><img src=x onerror=alert(1)></template>t', '<template>'],
  ['<math><mi xlink:href="javascript:alert(1)">m</mi></math>', '<math> with the text “m”'],
  ['<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>', '<noscript>'],
  ['<scr<script>ipt>alert(1)</script>', '<scr<script>'],
  ['<p><b>kept</b> <div><span onmouseover="x()">unwrapped</span></div>', '<div>; <span>'],
  [
    '<form action="https://evil"><input name=x><button formaction="javascript:alert(1)">b</button></form>',
    '<form>; <input>; <button>',
  ],
  [
    '<base href="https://evil/"><link rel=stylesheet href=x><meta http-equiv=refresh content="0;url=javascript:alert(1)">m',
    '<base>; <link>; <meta>',
  ],
  // An unclosed <style> swallows the rest of the article.
  [
    '<p>Intro.</p><style>p { color: red }</p><p>The rest of the article.</p>',
    '<style> with the text “p { color: red }</p><p>The rest of the article.</p>”',
  ],
  [
    '<p>Intro.</p><!-- a note <p>The rest.</p>',
    'everything after an unclosed comment (<!--): “a note <p>The rest.</p>”',
  ],
  [
    '<p>Intro.</p><a href="https://guba.gov.az>Read more',
    'an unclosed tag at the end: “<a href="https://guba.gov.az>Read more”',
  ],
  [
    '<p>See <b title="the map>the map</b> of the park. More">here</b>.</p>',
    'the title attribute of <b>, which holds markup (is a quote missing?): “the map>the map</b> of the park. More”',
  ],
];

/** Payloads that lose nothing but markup: stored sanitized, as given here. */
const ACCEPTED: Array<[string, string]> = [
  [
    '<a href="https://guba.gov.az/?a=1&b=2" target="_blank" onclick="steal()" rel="opener" style="x">ok</a>',
    `<a ${REL} href="https://guba.gov.az/?a=1&amp;b=2">ok</a>`,
  ],
  ['<p style="color:red" class="c" id="i" onclick="x()">s</p>', '<p>s</p>'],
  ['&lt;script&gt;alert(1)&lt;/script&gt;', '&lt;script&gt;alert(1)&lt;/script&gt;'],
  ['<p><b><i>nested</b></i> x</p>', '<p><b><i>nested</i></b> x</p>'],
  ['<p>open <em>never closed', '<p>open <em>never closed</em></p>'],
  ['<!-- <script>alert(1)</script> --><p>c</p>', '<p>c</p>'],
  ['<!DOCTYPE html><p>d</p>', '<p>d</p>'],
  ['<p>a</p></b></i>stray', '<p>a</p>stray'],
  [
    '<h2>H</h2><ul><li>A &amp; B</li></ul><ol><li>1</li></ol><blockquote>q</blockquote><p>x<br>y <u>u</u> <s>s</s> <em>e</em> <i>i</i></p>',
    '<h2>H</h2><ul><li>A &amp; B</li></ul><ol><li>1</li></ol><blockquote>q</blockquote><p>x<br />y <u>u</u> <s>s</s> <em>e</em> <i>i</i></p>',
  ],
  [
    '<a href="mailto:info@guba.gov.az">m</a> <a href="tel:+994123456789">t</a> <a>n</a>',
    `<a ${REL} href="mailto:info@guba.gov.az">m</a> <a ${REL} href="tel:+994123456789">t</a> <a ${REL}>n</a>`,
  ],
  // The deepest nesting accepted.
  [`${'<b>'.repeat(32)}deep`, `${'<b>'.repeat(32)}deep${'</b>'.repeat(32)}`],
];

describe.each(variants)('editorial API on $label', ({ kind, skip }) => {
  let db: TestDatabase;
  let app: IcraApp;
  let cache: PublicReadCache;
  const token: Record<string, string> = {};

  beforeAll(async () => {
    if (skip) return;
    db = await openTestDatabase(kind);
    cache = new PublicReadCache();
    // Rate limits are tested in write-safety.test.ts; here they would only count this suite's writes.
    app = createApp({ database: db.database, cache, log: quiet, rateLimits: { writesPerPrincipal: 0 } });
    const who = {
      gubaEditor: staffOf('guba', 'editor'),
      gubaAdmin: staffOf('guba', 'admin'),
      gubaModerator: staffOf('guba', 'moderator'),
      ganjaEditor: staffOf('ganja', 'editor'),
      ganjaAdmin: staffOf('ganja', 'admin'),
    };
    await Promise.all(
      Object.entries(who).map(async ([name, subject]) => {
        token[name] = await signIn(app, subject);
      }),
    );
  });
  afterAll(async () => {
    await db?.dispose();
  });

  async function call(
    as: string | null,
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) {
    const init: RequestInit & { duplex?: 'half' } = { method, headers: { ...headers } };
    if (as !== null) (init.headers as Record<string, string>).Authorization = `Bearer ${token[as]}`;
    if (body instanceof Uint8Array || body instanceof ReadableStream) {
      init.body = body as RequestInit['body'];
      if (body instanceof ReadableStream) init.duplex = 'half';
    } else if (body !== undefined) {
      init.body = JSON.stringify(body);
      (init.headers as Record<string, string>)['Content-Type'] = 'application/json';
    }
    const response = await app.request(path, init);
    const text = response.headers.get('content-type')?.includes('json') ? await response.text() : '';
    return {
      status: response.status,
      headers: response.headers,
      // biome-ignore lint/suspicious/noExplicitAny: bodies are checked against the zod schemas
      body: (text ? JSON.parse(text) : undefined) as any,
      response,
    };
  }

  const publicIds = async (authority = 'guba') => {
    const page = await call(null, 'GET', `/v1/news?authority=${authority}&limit=50`);
    strict(NewsPageSchema).parse(page.body);
    return (page.body.items as Array<{ id: string }>).map((i) => i.id);
  };

  it.skipIf(skip)('a Guba editor drafts, publishes, edits, unpublishes and deletes an article', async () => {
    // The public list is warm in the cache before anything changes.
    const before = await publicIds();
    expect(cache.get(`news?authority=guba&limit=50&cursor=&lang=az`)).toBeDefined();

    const created = await call('gubaEditor', 'POST', '/v1/editorial/news', draftInput());
    expect(created.status).toBe(201);
    const draft = strict(EditorialNewsSchema).parse(created.body);
    expect(created.headers.get('location')).toBe(`/v1/editorial/news/${draft.id}`);
    expect(created.headers.get('etag')).toBe('"v1"');
    expect(created.headers.get('cache-control')).toBe('no-store');
    expect(draft).toMatchObject({
      authority: 'guba',
      status: 'draft',
      publishedAt: null,
      version: 1,
      cover: null,
    });
    expect(draft.translations.az.bodyHtml).toBe(
      '<p>Park <strong>may</strong> ayında açılacaq.</p><p>Hamı dəvətlidir.</p>',
    );
    expect(draft.translations.en).toBeUndefined();

    // A draft is invisible to the public.
    expect(await publicIds()).toEqual(before);
    expect((await call(null, 'GET', `/v1/news/${draft.id}`)).status).toBe(404);

    // Its editors see it.
    const listed = await call('gubaEditor', 'GET', '/v1/editorial/news?status=draft');
    strict(EditorialNewsPageSchema).parse(listed.body);
    expect(listed.body.items[0]).toMatchObject({
      id: draft.id,
      status: 'draft',
      titles: { az: 'Qubada yeni park' },
    });
    const fetched = await call('gubaEditor', 'GET', `/v1/editorial/news/${draft.id}`);
    expect(fetched.body).toEqual(draft);
    expect(fetched.headers.get('etag')).toBe('"v1"');

    // Published: in the public list (whose cached page was dropped) and readable with bodyHtml.
    const published = await call('gubaEditor', 'POST', `/v1/editorial/news/${draft.id}/publish`);
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ status: 'published', version: 2 });
    const publishedAt = published.body.publishedAt as string;
    expect(publishedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    await eventually(async () => expect(await publicIds()).toEqual([draft.id, ...before]));
    const article = await call(null, 'GET', `/v1/news/${draft.id}?lang=en`);
    expect(article.status).toBe(200);
    expect(strict(NewsArticleSchema).parse(article.body)).toMatchObject({
      id: draft.id,
      lang: 'az',
      title: 'Qubada yeni park',
      publishedAt,
      bodyHtml: draft.translations.az.bodyHtml,
      body: ['Park may ayında açılacaq.', 'Hamı dəvətlidir.'],
    });

    // Edited with the current version: fine; with a stale one: 412, nothing changed.
    const english = {
      title: 'A new park in Guba',
      summary: 'A new park opens in the centre.',
      bodyHtml: '<p>Opens in <em>May</em>.</p>',
    };
    const edited = await call(
      'gubaEditor',
      'PATCH',
      `/v1/editorial/news/${draft.id}`,
      { translations: { en: english } },
      { 'If-Match': '"v2"' },
    );
    expect(edited.status).toBe(200);
    expect(edited.headers.get('etag')).toBe('"v3"');
    expect(edited.body.translations.en).toEqual({ ...english, coverAlt: null });
    const stale = await call(
      'gubaEditor',
      'PATCH',
      `/v1/editorial/news/${draft.id}`,
      { translations: { en: null } },
      { 'If-Match': '"v2"', 'Accept-Language': 'en' },
    );
    expect(stale.status).toBe(412);
    expect(strict(ProblemSchema).parse(stale.body)).toMatchObject({
      type: 'urn:icra:problem:precondition-failed',
    });
    expect(
      (await call('gubaEditor', 'GET', `/v1/editorial/news/${draft.id}`)).body.translations.en,
    ).toBeDefined();
    await eventually(async () => {
      const en = await call(null, 'GET', `/v1/news/${draft.id}?lang=en`);
      expect(en.body).toMatchObject({
        lang: 'en',
        title: english.title,
        bodyHtml: english.bodyHtml,
        body: ['Opens in May.'],
      });
    });

    // Az cannot be removed; an empty title is a field error with a pointer, in the caller's language.
    const invalid = await call(
      'gubaEditor',
      'PATCH',
      `/v1/editorial/news/${draft.id}`,
      { translations: { az: null, en: { ...english, title: '' } } },
      { 'Accept-Language': 'en' },
    );
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors.map((e: { pointer: string }) => e.pointer)).toEqual(
      expect.arrayContaining(['/body/translations/az', '/body/translations/en/title']),
    );

    // Unpublished: gone from the public reads again.
    const unpublished = await call('gubaEditor', 'POST', `/v1/editorial/news/${draft.id}/unpublish`);
    expect(unpublished.body).toMatchObject({ status: 'draft', publishedAt: null, version: 4 });
    await eventually(async () => expect(await publicIds()).toEqual(before));
    expect((await call(null, 'GET', `/v1/news/${draft.id}`)).status).toBe(404);

    // Deleted.
    const deleted = await call('gubaEditor', 'DELETE', `/v1/editorial/news/${draft.id}`);
    expect(deleted.status).toBe(204);
    expect((await call('gubaEditor', 'GET', `/v1/editorial/news/${draft.id}`)).status).toBe(404);
    expect((await call('gubaEditor', 'DELETE', `/v1/editorial/news/${draft.id}`)).status).toBe(404);
    expect(await db.database.db.select().from(news).where(eq(news.id, draft.id))).toEqual([]);
  });

  it.skipIf(skip)('confines officials to their own authority and role', async () => {
    const created = await call('gubaEditor', 'POST', '/v1/editorial/news', draftInput('Qaralama: Quba'));
    const id = created.body.id as string;

    // Another authority's editor: lists and drafts for Guba are 403, Guba's article is 404 (never leaked).
    const foreignList = await call('ganjaEditor', 'GET', '/v1/editorial/news?authority=guba', undefined, {
      'Accept-Language': 'ru',
    });
    expect(foreignList.status).toBe(403);
    expect(foreignList.body.title).toBe('Доступ запрещён');
    expect((await call('ganjaEditor', 'POST', '/v1/editorial/news', draftInput())).status).toBe(403);
    const own = await call('ganjaEditor', 'GET', '/v1/editorial/news?limit=50');
    expect(own.status).toBe(200);
    expect(own.body.items.every((i: { authority: string }) => i.authority === 'ganja')).toBe(true);
    expect(own.body.items.map((i: { id: string }) => i.id)).not.toContain(id);
    for (const [method, path] of [
      ['GET', `/v1/editorial/news/${id}`],
      ['PATCH', `/v1/editorial/news/${id}`],
      ['POST', `/v1/editorial/news/${id}/publish`],
      ['POST', `/v1/editorial/news/${id}/unpublish`],
      ['DELETE', `/v1/editorial/news/${id}/cover`],
      ['DELETE', `/v1/editorial/news/${id}`],
    ] as const) {
      const body = method === 'PATCH' ? { translations: { az: draftInput().translations.az } } : undefined;
      const res = await call('ganjaEditor', method, path, body);
      expect(res.status, `${method} ${path}`).toBe(404);
      expect(JSON.stringify(res.body)).not.toContain('Qaralama');
    }
    const cover = await call('ganjaEditor', 'PUT', `/v1/editorial/news/${id}/cover`, png(8, 8), {
      'Content-Type': 'image/png',
    });
    expect(cover.status).toBe(404);

    // The same authority without the editor role: 403 everywhere.
    expect((await call('gubaModerator', 'GET', '/v1/editorial/news')).status).toBe(403);
    expect((await call('gubaModerator', 'GET', `/v1/editorial/news/${id}`)).status).toBe(403);
    expect((await call('gubaModerator', 'POST', `/v1/editorial/news/${id}/publish`)).status).toBe(403);
    expect((await call(null, 'GET', `/v1/editorial/news/${id}`)).status).toBe(401);

    // Nothing changed; an admin of Guba may edit it.
    const still = await call('gubaAdmin', 'GET', `/v1/editorial/news/${id}`);
    expect(still.body).toMatchObject({ status: 'draft', version: 1 });
  });

  it.skipIf(skip)('sanitizes bodyHtml to the allow-list and stores the other texts as given', async () => {
    const hostile = '<img src=x onerror=alert(1)> & <b>"quoted"</b>';
    const created = await call('gubaEditor', 'POST', '/v1/editorial/news', {
      authority: 'guba',
      translations: {
        az: {
          title: hostile,
          summary: `<script>alert(1)</script>`,
          // All but the deepest one, which in another's unclosed element would nest too deep.
          bodyHtml: ACCEPTED.slice(0, -1)
            .map(([html]) => html)
            .join('\n'),
          coverAlt: hostile,
        },
      },
    });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    expect(created.body.translations.az).toMatchObject({
      title: hostile,
      summary: '<script>alert(1)</script>',
      coverAlt: hostile,
    });
    // Each payload alone.
    for (const [input, expected] of ACCEPTED) {
      const res = await call('gubaEditor', 'PATCH', `/v1/editorial/news/${id}`, {
        translations: { en: { title: 't', summary: 's', bodyHtml: input } },
      });
      expect(res.status, input).toBe(200);
      const html = res.body.translations.en.bodyHtml as string;
      expect(html, input).toBe(expected);
      // Only allow-listed elements, only href and the fixed rel, no script-capable URL.
      for (const tag of html.matchAll(/<\/?([a-z0-9]+)([^>]*)>/gi)) {
        expect(ALLOWED_TAGS as readonly string[]).toContain(tag[1]!.toLowerCase());
        const attributes = [...tag[2]!.matchAll(/\s([a-z-]+)="/gi)].map((a) => a[1]);
        for (const a of attributes) expect(['href', 'rel']).toContain(a);
      }
      expect(html).not.toMatch(/javascript:|data:|on[a-z]+=|<script|<style|<iframe|<svg|<img/i);
    }
    // Published, the public read serves the sanitized HTML and the text as given.
    await call('gubaEditor', 'POST', `/v1/editorial/news/${id}/publish`);
    const read = await call(null, 'GET', `/v1/news/${id}`);
    expect(read.body.title).toBe(hostile);
    expect(read.body.bodyHtml).not.toMatch(/<script|onerror|javascript:|<svg|<iframe/i);
    const stored = await call('gubaEditor', 'GET', `/v1/editorial/news/${id}`);
    const before = await db.database.db
      .select()
      .from(newsTranslations)
      .where(eq(newsTranslations.newsId, id));

    // Whatever would lose content is refused, naming what would be lost, and nothing is written.
    for (const [input, named] of REFUSED) {
      const res = await call(
        'gubaEditor',
        'PATCH',
        `/v1/editorial/news/${id}`,
        { translations: { en: { title: 'changed', summary: 's', bodyHtml: input } } },
        { 'Accept-Language': 'en' },
      );
      expect(res.status, input).toBe(422);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      strict(ProblemSchema).parse(res.body);
      expect(res.body.type).toBe('urn:icra:problem:validation');
      expect(res.body.errors).toHaveLength(1);
      expect(res.body.errors[0].pointer).toBe('/body/translations/en/bodyHtml');
      expect(res.body.errors[0].detail, input).toContain(`Saving would lose: ${named}`);
    }
    // All of them at once in a new draft: every loss named (the first five, then "and more").
    const draftCount = async () => (await db.database.db.select({ id: news.id }).from(news)).length;
    const articles = await draftCount();
    const all = await call(
      'gubaEditor',
      'POST',
      '/v1/editorial/news',
      {
        authority: 'guba',
        translations: { az: { title: 't', summary: 's', bodyHtml: REFUSED.map(([h]) => h).join('') } },
      },
      { 'Accept-Language': 'en' },
    );
    expect(all.status).toBe(422);
    expect(all.body.errors[0].pointer).toBe('/body/translations/az/bodyHtml');
    expect(all.body.errors[0].detail).toContain(
      '<script> with the text “alert(1)”; <img>; <svg> with the text',
    );
    expect(all.body.errors[0].detail).toContain('; and more.');
    expect(await draftCount()).toBe(articles);

    // Every language says it; each refused body has its own error.
    const ru = await call(
      'gubaEditor',
      'PATCH',
      `/v1/editorial/news/${id}`,
      {
        translations: {
          az: { title: 't', summary: 's', bodyHtml: '<p>Düzgün mətn.</p>' },
          en: { title: 't', summary: 's', bodyHtml: '<p>x</p><script>steal()</script>' },
          ru: { title: 't', summary: 's', bodyHtml: `${'<b>'.repeat(33)}x` },
        },
      },
      { 'Accept-Language': 'ru' },
    );
    expect(ru.status).toBe(422);
    expect(ru.body.errors).toEqual([
      {
        pointer: '/body/translations/en/bodyHtml',
        detail: expect.stringMatching(
          /^При сохранении было бы потеряно: <script> вместе с текстом «steal\(\)»\./,
        ),
      },
      {
        pointer: '/body/translations/ru/bodyHtml',
        detail: 'Элементы вложены глубже 32 уровней; допускается не более 32.',
      },
    ]);
    const az = await call('gubaEditor', 'PATCH', `/v1/editorial/news/${id}`, {
      translations: { en: { title: 't', summary: 's', bodyHtml: '<div>x</div>' } },
    });
    expect(az.body.errors[0].detail).toMatch(/^Yadda saxlananda bunlar itərdi: <div>\. Yalnız p, br,/);
    // The article is as it was: same version, same stored rows.
    const after = await call('gubaEditor', 'GET', `/v1/editorial/news/${id}`);
    expect(after.body).toEqual(stored.body);
    expect(
      await db.database.db.select().from(newsTranslations).where(eq(newsTranslations.newsId, id)),
    ).toEqual(before);

    // Oversized bodies are refused by the schema (400), before any parsing.
    const huge = await call('gubaEditor', 'PATCH', `/v1/editorial/news/${id}`, {
      translations: { az: { title: 't', summary: 's', bodyHtml: 'x'.repeat(200_001) } },
    });
    expect(huge.status).toBe(400);
    expect(huge.body.errors[0].pointer).toBe('/body/translations/az/bodyHtml');
    await call('gubaEditor', 'DELETE', `/v1/editorial/news/${id}`);
  });

  it.skipIf(skip)('refuses a body nested too deep before sanitizing it, at the largest size', async () => {
    const created = await call('gubaEditor', 'POST', '/v1/editorial/news', draftInput('Dərin'));
    const id = created.body.id as string;
    // The input that took seconds: 200,000 characters of unclosed <b>, and the same closed.
    const unclosed = '<b>'.repeat(66_666);
    const closed = `${'<b>'.repeat(33_333)}${'</b>'.repeat(16_666)}`;
    for (const bodyHtml of [unclosed, closed]) {
      expect(bodyHtml.length).toBeLessThanOrEqual(200_000);
      const res = await call(
        'gubaEditor',
        'PATCH',
        `/v1/editorial/news/${id}`,
        { translations: { az: { title: 't', summary: 's', bodyHtml } } },
        { 'Accept-Language': 'en' },
      );
      expect(res.status).toBe(422);
      expect(res.body.errors).toEqual([
        {
          pointer: '/body/translations/az/bodyHtml',
          detail: 'Elements are nested more than 32 levels deep; at most 32 levels are accepted.',
        },
      ]);
    }
    const [row] = await db.database.db.select({ version: news.version }).from(news).where(eq(news.id, id));
    expect(row?.version).toBe(1);
    await call('gubaEditor', 'DELETE', `/v1/editorial/news/${id}`);
  });

  it.skipIf(skip)(
    'takes PNG, JPEG and WebP covers, refuses others and oversize ones, and serves them',
    async () => {
      const created = await call('gubaEditor', 'POST', '/v1/editorial/news', draftInput('Örtük'));
      const id = created.body.id as string;
      const put = (body: Uint8Array | ReadableStream, type: string, headers: Record<string, string> = {}) =>
        call('gubaEditor', 'PUT', `/v1/editorial/news/${id}/cover`, body, {
          'Content-Type': type,
          ...headers,
        });

      for (const [bytes, type, ext, width, height] of [
        [jpeg(48, 27), 'image/jpeg', 'jpg', 48, 27],
        [webp(64, 36), 'image/webp', 'webp', 64, 36],
        [png(40, 30), 'image/png', 'png', 40, 30],
      ] as const) {
        const res = await put(bytes, type);
        expect(res.status, type).toBe(200);
        expect(res.body.cover).toEqual({
          url: expect.stringMatching(new RegExp(`^/media/uploads/[0-9a-f-]{36}\\.${ext}$`)),
          width,
          height,
        });
      }
      // Replaced covers are not kept.
      expect(await db.database.db.select({ id: mediaUploads.id }).from(mediaUploads)).toHaveLength(1);

      // A PNG declared as JPEG, an SVG, an HTML file, no type: 415.
      const svg = new TextEncoder().encode(
        '<svg xmlns="http://www.w3.org/2000/svg" width="9" height="9"><script>alert(1)</script></svg>',
      );
      const html = new TextEncoder().encode('<!doctype html><title>x</title><script>alert(1)</script>');
      for (const [bytes, type] of [
        [png(8, 8), 'image/jpeg'],
        [svg, 'image/svg+xml'],
        [svg, 'image/png'],
        [html, 'image/webp'],
        [html, 'text/html'],
        [png(8, 8), 'application/octet-stream'],
      ] as const) {
        const res = await put(bytes, type, { 'Accept-Language': 'en' });
        expect(res.status, type).toBe(415);
        expect(res.body.type).toBe('urn:icra:problem:unsupported-media-type');
      }

      // 2 MiB is the limit: one byte more is 413, whether announced by Content-Length or streamed.
      const atLimit = Buffer.concat([png(16, 16), Buffer.alloc(MAX_COVER_BYTES - png(16, 16).length)]);
      expect((await put(atLimit, 'image/png')).status).toBe(200);
      const over = Buffer.concat([atLimit, Buffer.alloc(1)]);
      expect((await put(over, 'image/png')).status).toBe(413);
      // A body of unknown length that never ends: refused once 2 MiB + 1 byte have arrived, and the
      // rest is never read.
      let pulled = 0;
      const endless = new ReadableStream<Uint8Array>({
        pull(controller) {
          pulled += 64 * 1024;
          controller.enqueue(new Uint8Array(64 * 1024));
        },
      });
      const streamed = await put(endless, 'image/png');
      expect(streamed.status).toBe(413);
      expect(streamed.body.type).toBe('urn:icra:problem:payload-too-large');
      expect(pulled).toBeLessThan(MAX_COVER_BYTES + 4 * 64 * 1024);

      // The last good cover is served from the database with the right headers, and shown in public reads.
      const coverPng = png(40, 30);
      const last = await put(coverPng, 'image/png');
      const url = last.body.cover.url as string;
      const served = await app.request(url);
      expect(served.status).toBe(200);
      expect(served.headers.get('content-type')).toBe('image/png');
      expect(served.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(served.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
      expect(served.headers.get('x-content-type-options')).toBe('nosniff');
      expect(Buffer.from(await served.arrayBuffer()).equals(coverPng)).toBe(true);
      const etag = served.headers.get('etag')!;
      expect((await app.request(url, { headers: { 'If-None-Match': etag } })).status).toBe(304);
      expect((await app.request(url.replace('.png', '.jpg'))).status).toBe(404);
      expect((await app.request(`/media/uploads/${randomUUID()}.png`)).status).toBe(404);

      await call('gubaEditor', 'POST', `/v1/editorial/news/${id}/publish`);
      await eventually(async () => {
        const listed = await call(null, 'GET', '/v1/news?authority=guba&lang=az');
        expect(listed.body.items[0]).toMatchObject({
          id,
          cover: { url, alt: 'Parkın girişi', width: 40, height: 30 },
        });
      });
      expect((await call(null, 'GET', `/v1/news/${id}`)).body.cover.url).toBe(url);

      // Retried with the same Idempotency-Key, an upload is replayed, not stored twice.
      const uploadsBefore = (await db.database.db.select({ id: mediaUploads.id }).from(mediaUploads)).length;
      const key = randomUUID();
      const retried = await put(png(20, 10), 'image/png', { 'Idempotency-Key': key });
      const replay = await put(png(20, 10), 'image/png', { 'Idempotency-Key': key });
      expect(retried.status).toBe(200);
      expect(replay.headers.get('idempotent-replayed')).toBe('true');
      expect(replay.body).toEqual(retried.body);
      expect((await db.database.db.select({ id: mediaUploads.id }).from(mediaUploads)).length).toBe(
        uploadsBefore,
      );
      const uploads = await db.database.db.select().from(auditLog).where(eq(auditLog.targetId, id));
      expect(uploads.filter((e) => e.action === 'news.cover.upload' && e.details.width === 20)).toHaveLength(
        1,
      );
      const newUrl = retried.body.cover.url as string;
      expect((await app.request(url)).status).toBe(404);

      const removed = await call('gubaEditor', 'DELETE', `/v1/editorial/news/${id}/cover`);
      expect(removed.body.cover).toBeNull();
      expect((await app.request(newUrl)).status).toBe(404);
      await eventually(async () => expect((await call(null, 'GET', `/v1/news/${id}`)).body.cover).toBeNull());
    },
  );

  it.skipIf(skip)(
    'writes an audit entry for each action, readable by that authority’s admin only',
    async () => {
      const created = await call('gubaEditor', 'POST', '/v1/editorial/news', draftInput('Audit'));
      const id = created.body.id as string;
      await call('gubaEditor', 'PATCH', `/v1/editorial/news/${id}`, {
        translations: { ru: draftInput().translations.az },
      });
      await call('gubaEditor', 'PUT', `/v1/editorial/news/${id}/cover`, png(4, 4), {
        'Content-Type': 'image/png',
      });
      await call('gubaEditor', 'DELETE', `/v1/editorial/news/${id}/cover`);
      await call('gubaEditor', 'POST', `/v1/editorial/news/${id}/publish`);
      await call('gubaEditor', 'POST', `/v1/editorial/news/${id}/unpublish`);
      await call('gubaEditor', 'DELETE', `/v1/editorial/news/${id}`);

      const rows = await db.database.db.select().from(auditLog).where(eq(auditLog.targetId, id));
      expect(rows.map((r) => r.action).sort()).toEqual(
        [
          'news.create',
          'news.update',
          'news.cover.upload',
          'news.cover.delete',
          'news.publish',
          'news.unpublish',
          'news.delete',
        ].sort(),
      );
      expect(new Set(rows.map((r) => r.actor))).toEqual(new Set([staffOf('guba', 'editor')]));
      expect(new Set(rows.map((r) => r.authoritySlug))).toEqual(new Set(['guba']));

      const read = await call('gubaAdmin', 'GET', '/v1/editorial/audit?limit=50');
      expect(read.status).toBe(200);
      strict(AuditPageSchema).parse(read.body);
      const mine = read.body.items.filter((e: { targetId: string }) => e.targetId === id);
      expect(mine).toHaveLength(7);
      expect(mine.find((e: { action: string }) => e.action === 'news.update').details).toEqual({
        changed: ['ru'],
        removed: [],
      });
      expect(read.body.items.every((e: { actor: string }) => e.actor.startsWith('staff:'))).toBe(true);
      // Pages are consistent.
      const first = await call('gubaAdmin', 'GET', '/v1/editorial/audit?limit=3');
      const second = await call(
        'gubaAdmin',
        'GET',
        `/v1/editorial/audit?limit=3&cursor=${first.body.nextCursor}`,
      );
      expect([...first.body.items, ...second.body.items]).toEqual(read.body.items.slice(0, 6));

      expect((await call('gubaEditor', 'GET', '/v1/editorial/audit')).status).toBe(403);
      expect((await call('ganjaAdmin', 'GET', '/v1/editorial/audit?authority=guba')).status).toBe(403);
      const ganja = await call('ganjaAdmin', 'GET', '/v1/editorial/audit');
      expect(ganja.body.items.some((e: { targetId: string }) => e.targetId === id)).toBe(false);
    },
  );

  it.skipIf(skip)(
    'lets one of two concurrent edits from the same version win; republishing moves publishedAt',
    async () => {
      const created = await call('gubaEditor', 'POST', '/v1/editorial/news', draftInput('Yarış'));
      const id = created.body.id as string;
      const edit = (title: string) =>
        call(
          'gubaEditor',
          'PATCH',
          `/v1/editorial/news/${id}`,
          { translations: { az: { ...draftInput().translations.az, title } } },
          { 'If-Match': '"v1"' },
        );
      const results = await Promise.all([edit('Birinci'), edit('İkinci'), edit('Üçüncü')]);
      expect(results.map((r) => r.status).sort()).toEqual([200, 412, 412]);
      const winner = results.find((r) => r.status === 200)!;
      const current = await call('gubaEditor', 'GET', `/v1/editorial/news/${id}`);
      expect(current.body).toMatchObject({
        version: 2,
        translations: { az: { title: winner.body.translations.az.title } },
      });
      const notModified = await app.request(`/v1/editorial/news/${id}`, {
        headers: { Authorization: `Bearer ${token.gubaEditor}`, 'If-None-Match': '"v2"' },
      });
      expect(notModified.status).toBe(304);

      const first = await call('gubaEditor', 'POST', `/v1/editorial/news/${id}/publish`);
      await new Promise((resolve) => setTimeout(resolve, 5));
      const again = await call('gubaEditor', 'POST', `/v1/editorial/news/${id}/publish`);
      expect(Date.parse(again.body.publishedAt)).toBeGreaterThan(Date.parse(first.body.publishedAt));
      expect(again.body.version).toBe(4);
      await call('gubaEditor', 'DELETE', `/v1/editorial/news/${id}`);
    },
  );

  it.skipIf(skip)('lets an authority’s site call the editorial writes cross-origin', async () => {
    const preflight = await app.request('/v1/editorial/news/00000000-0000-4000-8000-000000000000', {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://localhost:8788',
        'Access-Control-Request-Method': 'PATCH',
        'Access-Control-Request-Headers': 'authorization, content-type, if-match, idempotency-key',
      },
    });
    expect(preflight.status).toBeLessThan(300);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://localhost:8788');
    const methods = preflight.headers.get('access-control-allow-methods') ?? '';
    for (const m of ['POST', 'PUT', 'PATCH', 'DELETE']) expect(methods).toContain(m);
    const allowed = (preflight.headers.get('access-control-allow-headers') ?? '').toLowerCase();
    for (const h of ['authorization', 'content-type', 'if-match', 'idempotency-key'])
      expect(allowed).toContain(h);
    const created = await call('gubaEditor', 'POST', '/v1/editorial/news', draftInput('CORS'), {
      Origin: 'http://localhost:8788',
    });
    expect(created.headers.get('access-control-allow-origin')).toBe('http://localhost:8788');
    expect(created.headers.get('access-control-expose-headers')).toContain('ETag');
  });

  it.skipIf(skip)('pages the editorial list by last change', async () => {
    const ids: string[] = [];
    for (const n of [1, 2, 3]) {
      ids.push((await call('gubaEditor', 'POST', '/v1/editorial/news', draftInput(`Səhifə ${n}`))).body.id);
    }
    const all = await call('gubaEditor', 'GET', '/v1/editorial/news?limit=50');
    const pages: string[] = [];
    let cursor: string | null = null;
    do {
      const res: Awaited<ReturnType<typeof call>> = await call(
        'gubaEditor',
        'GET',
        `/v1/editorial/news?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      pages.push(...res.body.items.map((i: { id: string }) => i.id));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(pages).toEqual(all.body.items.map((i: { id: string }) => i.id));
    expect(pages.slice(0, 3)).toEqual([...ids].reverse());
    const published = await call('gubaEditor', 'GET', '/v1/editorial/news?status=published&limit=50');
    expect(published.body.items.every((i: { status: string }) => i.status === 'published')).toBe(true);
    expect(published.body.items.length).toBeGreaterThan(0);
  });
});
