import { and, desc, eq, sql } from 'drizzle-orm';
import { alias, type SelectedFields } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/database.js';
import { mediaUploads, news, newsTranslations } from '../../db/schema.js';
import type { Lang } from '../../http/lang.js';
import { coverUrl } from './media.js';
import type { Image, NewsArticle, NewsCursor, NewsSummary } from './schemas.js';

const asked = alias(newsTranslations, 'asked');
const az = alias(newsTranslations, 'az');

const summaryColumns = {
  id: news.id,
  authority: news.authoritySlug,
  publishedAt: news.publishedAt,
  coverFile: news.coverFile,
  coverUploadId: news.coverUploadId,
  coverContentType: mediaUploads.contentType,
  coverWidth: news.coverWidth,
  coverHeight: news.coverHeight,
  askedLang: asked.lang,
  askedTitle: asked.title,
  askedSummary: asked.summary,
  askedCoverAlt: asked.coverAlt,
  azTitle: az.title,
  azSummary: az.summary,
  azCoverAlt: az.coverAlt,
};

/**
 * Published news with texts in `lang`, or in Azerbaijani where `lang` has no translation (a news
 * row without an Azerbaijani text is not servable and is left out). Drafts never appear.
 */
function selectPublished<C extends SelectedFields>(db: Db, lang: Lang, extra: C) {
  return db
    .select({ ...summaryColumns, ...extra })
    .from(news)
    .innerJoin(az, and(eq(az.newsId, news.id), eq(az.lang, 'az')))
    .leftJoin(asked, and(eq(asked.newsId, news.id), eq(asked.lang, lang)))
    .leftJoin(mediaUploads, eq(mediaUploads.id, news.coverUploadId));
}

type SummaryRow = {
  id: string;
  authority: string;
  publishedAt: Date | null;
  coverFile: string | null;
  coverUploadId: string | null;
  coverContentType: string | null;
  coverWidth: number | null;
  coverHeight: number | null;
  askedLang: Lang | null;
  askedTitle: string | null;
  askedSummary: string | null;
  askedCoverAlt: string | null;
  azTitle: string;
  azSummary: string;
  azCoverAlt: string | null;
};

function toSummary(row: SummaryRow): NewsSummary {
  const translated = row.askedLang !== null;
  let cover: Image | null = null;
  const url = coverUrl(row);
  if (url !== undefined && row.coverWidth !== null && row.coverHeight !== null) {
    cover = {
      url,
      alt: (translated ? row.askedCoverAlt : row.azCoverAlt) ?? row.azCoverAlt ?? '',
      width: row.coverWidth,
      height: row.coverHeight,
    };
  }
  return {
    id: row.id,
    authority: row.authority,
    title: translated ? row.askedTitle! : row.azTitle,
    summary: translated ? row.askedSummary! : row.azSummary,
    // Published rows always have a date (constraint news_published_has_date).
    publishedAt: row.publishedAt!.toISOString(),
    cover,
    lang: translated ? row.askedLang! : 'az',
  };
}

/** One page of published news, newest first, after the cursor position. */
export async function listPublishedNews(
  db: Db,
  options: { lang: Lang; limit: number; authority?: string | undefined; after?: NewsCursor | undefined },
): Promise<{ items: NewsSummary[]; hasMore: boolean }> {
  const { after } = options;
  const rows = await selectPublished(db, options.lang, {})
    .where(
      and(
        eq(news.status, 'published'),
        options.authority === undefined ? undefined : eq(news.authoritySlug, options.authority),
        after === undefined
          ? undefined
          : sql`(${news.publishedAt}, ${news.id}) < (${after.p}::timestamptz, ${after.i}::uuid)`,
      ),
    )
    .orderBy(desc(news.publishedAt), desc(news.id))
    .limit(options.limit + 1);
  return { items: rows.slice(0, options.limit).map(toSummary), hasMore: rows.length > options.limit };
}

/** A published article with its body, or undefined when there is none (or it is a draft). */
export async function findPublishedNews(db: Db, id: string, lang: Lang): Promise<NewsArticle | undefined> {
  const [row] = await selectPublished(db, lang, {
    askedBody: asked.body,
    azBody: az.body,
    askedBodyHtml: asked.bodyHtml,
    azBodyHtml: az.bodyHtml,
  })
    .where(and(eq(news.id, id), eq(news.status, 'published')))
    .limit(1);
  if (!row) return undefined;
  const translated = row.askedLang !== null;
  return {
    ...toSummary(row),
    body: translated ? row.askedBody! : row.azBody,
    bodyHtml: translated ? row.askedBodyHtml! : row.azBodyHtml,
  };
}

/** The cursor that continues after a news item. */
export function newsCursorOf(item: NewsSummary): NewsCursor {
  return { p: item.publishedAt, i: item.id };
}
