/**
 * The editorial queries. Every write runs in one transaction with its audit entry, bumps the
 * article's version and records who changed it. The content-change triggers on news and
 * news_translations drop every instance's public-read cache when one commits.
 */
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { type Actor, audit } from '../../audit.js';
import type { Db, Executor, Tx } from '../../db/database.js';
import { auditLog, mediaUploads, news, newsTranslations, newsUpdatedAtMs } from '../../db/schema.js';
import type { NewsStatus } from '../../domain/enums.js';
import { LANGS, type Lang } from '../../http/lang.js';
import { coverUrl } from '../news/index.js';
import { paragraphsOf, type SanitizedHtml } from './sanitize.js';
import type {
  AuditCursor,
  AuditEntry,
  EditorialCursor,
  EditorialNews,
  EditorialNewsSummary,
  EditorialTranslation,
  EditorialTranslationInput,
} from './schemas.js';

/** Millisecond-precision "now", so timestamps round-trip through JSON and cursors exactly. */
function now(): Date {
  return new Date(Date.now());
}

const newsColumns = {
  id: news.id,
  authority: news.authoritySlug,
  status: news.status,
  publishedAt: news.publishedAt,
  createdAt: news.createdAt,
  updatedAt: news.updatedAt,
  version: news.version,
  coverFile: news.coverFile,
  coverUploadId: news.coverUploadId,
  coverWidth: news.coverWidth,
  coverHeight: news.coverHeight,
  coverContentType: mediaUploads.contentType,
};

type NewsRow = {
  id: string;
  authority: string;
  status: NewsStatus;
  publishedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
  coverFile: string | null;
  coverUploadId: string | null;
  coverWidth: number | null;
  coverHeight: number | null;
  coverContentType: string | null;
};

function coverOf(row: NewsRow): EditorialNews['cover'] {
  if (row.coverWidth === null || row.coverHeight === null) return null;
  const url = coverUrl(row);
  return url === undefined ? null : { url, width: row.coverWidth, height: row.coverHeight };
}

function selectNews(db: Executor) {
  return db.select(newsColumns).from(news).leftJoin(mediaUploads, eq(mediaUploads.id, news.coverUploadId));
}

/** An article with every translation, of any status; undefined when there is none. */
export async function findEditorialNews(db: Executor, id: string): Promise<EditorialNews | undefined> {
  const [row] = await selectNews(db).where(eq(news.id, id)).limit(1);
  if (!row) return undefined;
  const texts = await db.select().from(newsTranslations).where(eq(newsTranslations.newsId, id));
  const translations: Partial<Record<Lang, EditorialTranslation>> = {};
  for (const t of texts) {
    translations[t.lang] = { title: t.title, summary: t.summary, bodyHtml: t.bodyHtml, coverAlt: t.coverAlt };
  }
  if (!translations.az) return undefined;
  return {
    id: row.id,
    authority: row.authority,
    status: row.status,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
    cover: coverOf(row),
    translations: translations as EditorialNews['translations'],
  };
}

/** Only the authority and version of an article (for the access and If-Match checks). */
export async function newsHeader(
  db: Executor,
  id: string,
): Promise<{ authority: string; version: number; coverUploadId: string | null } | undefined> {
  const [row] = await db
    .select({ authority: news.authoritySlug, version: news.version, coverUploadId: news.coverUploadId })
    .from(news)
    .where(eq(news.id, id))
    .limit(1);
  return row;
}

const updatedAtMs = newsUpdatedAtMs(news.updatedAt);

/** One page of an authority's news, drafts and published, most recently changed first. */
export async function listEditorialNews(
  db: Db,
  options: {
    authority: string;
    status?: NewsStatus | undefined;
    limit: number;
    after?: EditorialCursor | undefined;
  },
): Promise<{ items: EditorialNewsSummary[]; hasMore: boolean }> {
  const { after } = options;
  const rows = await selectNews(db)
    .where(
      and(
        eq(news.authoritySlug, options.authority),
        options.status === undefined ? undefined : eq(news.status, options.status),
        after === undefined
          ? undefined
          : sql`(${updatedAtMs}, ${news.id}) < (${newsUpdatedAtMs(sql`${after.u}::timestamptz`)}, ${after.i}::uuid)`,
      ),
    )
    .orderBy(desc(updatedAtMs), desc(news.id))
    .limit(options.limit + 1);
  const page = rows.slice(0, options.limit);
  const titles =
    page.length === 0
      ? []
      : await db
          .select({
            newsId: newsTranslations.newsId,
            lang: newsTranslations.lang,
            title: newsTranslations.title,
          })
          .from(newsTranslations)
          .where(
            inArray(
              newsTranslations.newsId,
              page.map((r) => r.id),
            ),
          );
  const byNews = new Map<string, Partial<Record<Lang, string>>>();
  for (const t of titles) {
    const entry = byNews.get(t.newsId) ?? {};
    entry[t.lang] = t.title;
    byNews.set(t.newsId, entry);
  }
  const items = page.map((row) => ({
    id: row.id,
    authority: row.authority,
    status: row.status,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    updatedAt: new Date(Math.floor(row.updatedAt.getTime())).toISOString(),
    version: row.version,
    cover: coverOf(row),
    titles: { az: '', ...byNews.get(row.id) } as EditorialNewsSummary['titles'],
  }));
  return { items, hasMore: rows.length > options.limit };
}

/** A translation as sent, its body already reviewed and sanitized (reviewBodyHtml) before any write. */
export type ReviewedTranslation = Omit<EditorialTranslationInput, 'bodyHtml'> & { bodyHtml: SanitizedHtml };

/** The stored form of a translation: the sanitized body and its paragraphs. */
function stored(input: ReviewedTranslation) {
  const { bodyHtml } = input;
  return { title: input.title, summary: input.summary, bodyHtml, body: paragraphsOf(bodyHtml) };
}

async function upsertTranslation(tx: Tx, id: string, lang: Lang, input: ReviewedTranslation) {
  const values = stored(input);
  const coverAlt = input.coverAlt === undefined ? {} : { coverAlt: input.coverAlt };
  await tx
    .insert(newsTranslations)
    .values({ newsId: id, lang, ...values, coverAlt: input.coverAlt ?? null })
    .onConflictDoUpdate({
      target: [newsTranslations.newsId, newsTranslations.lang],
      set: { ...values, ...coverAlt },
    });
}

export async function createDraft(
  db: Db,
  actor: Actor,
  translations: Partial<Record<Lang, ReviewedTranslation>>,
): Promise<string> {
  return db.transaction(async (tx) => {
    const at = now();
    const [row] = await tx
      .insert(news)
      .values({
        authoritySlug: actor.authority,
        status: 'draft',
        createdBy: actor.sub,
        updatedBy: actor.sub,
        createdAt: at,
        updatedAt: at,
      })
      .returning({ id: news.id });
    const id = row!.id;
    const languages: Lang[] = [];
    for (const lang of LANGS) {
      const input = translations[lang];
      if (input === undefined) continue;
      await upsertTranslation(tx, id, lang, input);
      languages.push(lang);
    }
    await audit(tx, actor, 'news.create', id, { languages });
    return id;
  });
}

type Apply<T> = (tx: Tx, previous: { coverUploadId: string | null }) => Promise<T>;

/**
 * Bumps the version of an article of the actor's authority (optionally only from `expectedVersion`)
 * and applies `change` in the same transaction. `missing`: no such article of that authority;
 * `stale`: its version is not the expected one (never without one).
 */
function change<T>(
  db: Db,
  actor: Actor,
  id: string,
  expectedVersion: undefined,
  set: Partial<typeof news.$inferInsert>,
  apply: Apply<T>,
): Promise<{ result: T } | 'missing'>;
function change<T>(
  db: Db,
  actor: Actor,
  id: string,
  expectedVersion: number | undefined,
  set: Partial<typeof news.$inferInsert>,
  apply: Apply<T>,
): Promise<{ result: T } | 'missing' | 'stale'>;
async function change<T>(
  db: Db,
  actor: Actor,
  id: string,
  expectedVersion: number | undefined,
  set: Partial<typeof news.$inferInsert>,
  apply: Apply<T>,
): Promise<{ result: T } | 'missing' | 'stale'> {
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select({ version: news.version, coverUploadId: news.coverUploadId })
      .from(news)
      .where(and(eq(news.id, id), eq(news.authoritySlug, actor.authority)))
      .for('update');
    if (!current) return 'missing';
    if (expectedVersion !== undefined && current.version !== expectedVersion) return 'stale';
    await tx
      .update(news)
      .set({ ...set, version: current.version + 1, updatedAt: now(), updatedBy: actor.sub })
      .where(eq(news.id, id));
    return { result: await apply(tx, current) };
  });
}

export function updateTranslations(
  db: Db,
  actor: Actor,
  id: string,
  expectedVersion: number | undefined,
  translations: Partial<Record<Lang, ReviewedTranslation | null>>,
) {
  return change(db, actor, id, expectedVersion, {}, async (tx) => {
    const changed: Lang[] = [];
    const removed: Lang[] = [];
    for (const lang of LANGS) {
      const input = translations[lang];
      if (input === undefined) continue;
      if (input === null) {
        if (lang === 'az') continue;
        await tx
          .delete(newsTranslations)
          .where(and(eq(newsTranslations.newsId, id), eq(newsTranslations.lang, lang)));
        removed.push(lang);
      } else {
        await upsertTranslation(tx, id, lang, input);
        changed.push(lang);
      }
    }
    await audit(tx, actor, 'news.update', id, { changed, removed });
  });
}

export function publish(db: Db, actor: Actor, id: string) {
  const publishedAt = now();
  return change(db, actor, id, undefined, { status: 'published', publishedAt }, (tx) =>
    audit(tx, actor, 'news.publish', id, { publishedAt: publishedAt.toISOString() }),
  );
}

export function unpublish(db: Db, actor: Actor, id: string) {
  return change(db, actor, id, undefined, { status: 'draft', publishedAt: null }, (tx) =>
    audit(tx, actor, 'news.unpublish', id),
  );
}

/** Deletes an article of the actor's authority and its uploaded cover; false when there is none. */
export async function deleteNews(db: Db, actor: Actor, id: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .delete(news)
      .where(and(eq(news.id, id), eq(news.authoritySlug, actor.authority)))
      .returning({ coverUploadId: news.coverUploadId });
    if (!row) return false;
    if (row.coverUploadId !== null)
      await tx.delete(mediaUploads).where(eq(mediaUploads.id, row.coverUploadId));
    await audit(tx, actor, 'news.delete', id);
    return true;
  });
}

export interface CoverUpload {
  contentType: string;
  bytes: Buffer;
  width: number;
  height: number;
  sha256: string;
}

/** Stores an uploaded cover and puts it on the article (the previous upload, if any, is deleted). */
export async function setCover(db: Db, actor: Actor, id: string, upload: CoverUpload) {
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select({ version: news.version, coverUploadId: news.coverUploadId })
      .from(news)
      .where(and(eq(news.id, id), eq(news.authoritySlug, actor.authority)))
      .for('update');
    if (!current) return 'missing' as const;
    const [media] = await tx
      .insert(mediaUploads)
      .values({
        authoritySlug: actor.authority,
        contentType: upload.contentType,
        bytes: upload.bytes,
        byteSize: upload.bytes.byteLength,
        width: upload.width,
        height: upload.height,
        sha256: upload.sha256,
        createdBy: actor.sub,
      })
      .returning({ id: mediaUploads.id });
    await tx
      .update(news)
      .set({
        coverFile: null,
        coverUploadId: media!.id,
        coverWidth: upload.width,
        coverHeight: upload.height,
        version: current.version + 1,
        updatedAt: now(),
        updatedBy: actor.sub,
      })
      .where(eq(news.id, id));
    if (current.coverUploadId !== null)
      await tx.delete(mediaUploads).where(eq(mediaUploads.id, current.coverUploadId));
    await audit(tx, actor, 'news.cover.upload', id, {
      upload: media!.id,
      contentType: upload.contentType,
      byteSize: upload.bytes.byteLength,
      width: upload.width,
      height: upload.height,
      sha256: upload.sha256,
    });
    return 'ok' as const;
  });
}

export function removeCover(db: Db, actor: Actor, id: string) {
  return change(
    db,
    actor,
    id,
    undefined,
    { coverFile: null, coverUploadId: null, coverWidth: null, coverHeight: null },
    async (tx, previous) => {
      if (previous.coverUploadId !== null)
        await tx.delete(mediaUploads).where(eq(mediaUploads.id, previous.coverUploadId));
      await audit(tx, actor, 'news.cover.delete', id);
    },
  );
}

/** An uploaded image's bytes and type, or undefined. */
export async function findUpload(
  db: Db,
  id: string,
): Promise<{ contentType: string; bytes: Buffer; sha256: string } | undefined> {
  const [row] = await db
    .select({ contentType: mediaUploads.contentType, bytes: mediaUploads.bytes, sha256: mediaUploads.sha256 })
    .from(mediaUploads)
    .where(eq(mediaUploads.id, id))
    .limit(1);
  return row;
}

/** One page of an authority's audit log, newest first. */
export async function listAudit(
  db: Db,
  options: { authority: string; limit: number; after?: AuditCursor | undefined },
): Promise<{ items: AuditEntry[]; hasMore: boolean }> {
  const { after } = options;
  const rows = await db
    .select()
    .from(auditLog)
    .where(
      and(
        eq(auditLog.authoritySlug, options.authority),
        after === undefined
          ? undefined
          : sql`(${auditLog.at}, ${auditLog.id}) < (${after.a}::timestamptz, ${after.i}::uuid)`,
      ),
    )
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(options.limit + 1);
  const items = rows.slice(0, options.limit).map((r) => ({
    id: r.id,
    at: r.at.toISOString(),
    actor: r.actor,
    action: r.action,
    targetType: r.targetType,
    targetId: r.targetId,
    details: r.details,
  }));
  return { items, hasMore: rows.length > options.limit };
}
