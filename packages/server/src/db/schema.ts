/**
 * The database schema: one definition for PGlite and PostgreSQL alike. `drizzle-kit generate`
 * turns it into the SQL migrations in `packages/server/drizzle/` (see drizzle.config.ts); never
 * edit a generated migration, add a new one.
 *
 * Content text is stored per language in `*_translations` tables keyed by (owner, lang); the
 * Azerbaijani row is the one every reader falls back to. Language-neutral facts (dates, contacts,
 * image files) live on the owner row.
 */
import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

export const langEnum = pgEnum('lang', ['az', 'en', 'ru']);
export const authorityKindEnum = pgEnum('authority_kind', ['city', 'district']);
export const newsStatusEnum = pgEnum('news_status', ['draft', 'published']);

/** A local executive authority (city or district executive power). */
export const authorities = pgTable(
  'authorities',
  {
    slug: text('slug').primaryKey(),
    kind: authorityKindEnum('kind').notNull(),
    phone: text('phone').notNull(),
    email: text('email').notNull(),
    website: text('website').notNull(),
    /** Web origins (scheme://host[:port]) of the authority's own sites, admitted by CORS. */
    allowedOrigins: text('allowed_origins').array().notNull().default(sql`'{}'::text[]`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('authorities_slug_format', sql`${t.slug} ~ '^[a-z][a-z0-9-]{1,62}$'`)],
);

export const authorityTranslations = pgTable(
  'authority_translations',
  {
    authoritySlug: text('authority_slug')
      .notNull()
      .references(() => authorities.slug, { onDelete: 'cascade', onUpdate: 'cascade' }),
    lang: langEnum('lang').notNull(),
    name: text('name').notNull(),
    shortName: text('short_name').notNull(),
    address: text('address').notNull(),
  },
  (t) => [primaryKey({ columns: [t.authoritySlug, t.lang] })],
);

/**
 * A news article an authority publishes. Only `published` rows are ever served; `draft` rows are
 * work in progress. `published_at` keeps millisecond precision so that pagination cursors, which
 * carry it, round-trip exactly through JavaScript dates.
 */
export const news = pgTable(
  'news',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    authoritySlug: text('authority_slug')
      .notNull()
      .references(() => authorities.slug, { onDelete: 'cascade', onUpdate: 'cascade' }),
    status: newsStatusEnum('status').notNull().default('draft'),
    publishedAt: timestamp('published_at', { withTimezone: true, precision: 3 }),
    /** File name of the cover image under media/news/, or null when the article has none. */
    coverFile: text('cover_file'),
    coverWidth: integer('cover_width'),
    coverHeight: integer('cover_height'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('news_published_has_date', sql`${t.status} <> 'published' OR ${t.publishedAt} IS NOT NULL`),
    check(
      'news_cover_complete',
      sql`(${t.coverFile} IS NULL) = (${t.coverWidth} IS NULL) AND (${t.coverFile} IS NULL) = (${t.coverHeight} IS NULL)`,
    ),
    // Ascending indexes serve `ORDER BY published_at DESC, id DESC` by a backward scan, and the
    // keyset condition `(published_at, id) < (…, …)` of the next page.
    index('news_published_order_idx').on(t.publishedAt, t.id).where(sql`${t.status} = 'published'`),
    index('news_authority_published_order_idx')
      .on(t.authoritySlug, t.publishedAt, t.id)
      .where(sql`${t.status} = 'published'`),
  ],
);

export const newsTranslations = pgTable(
  'news_translations',
  {
    newsId: uuid('news_id')
      .notNull()
      .references(() => news.id, { onDelete: 'cascade' }),
    lang: langEnum('lang').notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    /** Paragraphs of plain text. */
    body: text('body').array().notNull(),
    /** Alternative text of the cover image in this language (null when there is no cover). */
    coverAlt: text('cover_alt'),
  },
  (t) => [primaryKey({ columns: [t.newsId, t.lang] })],
);

/** Tables whose changes are announced on {@link CONTENT_CHANNEL} by the triggers of migration 0001. */
export const CONTENT_TABLES = ['authorities', 'authority_translations', 'news', 'news_translations'] as const;

/** The LISTEN/NOTIFY channel the content triggers notify on. */
export const CONTENT_CHANNEL = 'icra_content_changed';
