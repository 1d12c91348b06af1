/**
 * The database schema: one definition for PGlite and PostgreSQL alike. `drizzle-kit generate`
 * turns it into the SQL migrations in `packages/server/drizzle/` (see drizzle.config.ts); never
 * edit a generated migration, add a new one.
 *
 * Content text is stored per language in `*_translations` tables keyed by (owner, lang); the
 * Azerbaijani row is the one every reader falls back to. Language-neutral facts (dates, contacts,
 * image files) live on the owner row.
 */

import type { FormDefinition } from '@icra/forms';
import { type SQL, sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
  customType,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  APPLICATION_STATUSES,
  type ApplicationStatus,
  AUTHORITY_KINDS,
  EVALUATION_CAMPAIGN_STATUSES,
  EVALUATION_OUTCOMES,
  EVALUATION_RATINGS,
  EVALUATION_SOURCES,
  LANGS,
  NEWS_STATUSES,
  PARTICIPATION_DIRECTIONS,
  POLL_ELIGIBILITIES,
  POLL_RESULTS_VISIBILITIES,
  RECEPTION_REQUEST_STATUSES,
  type ReceptionDaypart,
  SERVICE_APPLICATION_STATUSES,
  SERVICE_CATEGORIES,
  type ServiceApplicationStatus,
  type ServiceDocument,
  STAFF_KINDS,
  STAFF_ROLES,
} from '../domain/enums.js';

/** Raw bytes (PostgreSQL bytea), as a Node Buffer. */
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/**
 * `updated_at` of news cut to milliseconds, the order of the editorial list and the value its cursor
 * carries; the same expression in the index and in the query, so that the index serves the query.
 */
export function newsUpdatedAtMs(column: AnyPgColumn | SQL.Aliased | SQL) {
  return sql`date_trunc('milliseconds', ${column} AT TIME ZONE 'UTC')`;
}

export const langEnum = pgEnum('lang', LANGS);
export const authorityKindEnum = pgEnum('authority_kind', AUTHORITY_KINDS);
export const newsStatusEnum = pgEnum('news_status', NEWS_STATUSES);

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
    /** File name of a seeded cover image under media/news/ (null when it has none or an upload). */
    coverFile: text('cover_file'),
    /** An uploaded cover image (null when it has none or a seeded file); an image in use stays. */
    coverUploadId: uuid('cover_upload_id').references((): AnyPgColumn => mediaUploads.id, {
      onDelete: 'restrict',
    }),
    /** Who created and who last changed it: the `sub` of their access token. */
    createdBy: text('created_by'),
    updatedBy: text('updated_by'),
    /** Incremented by every edit; the editorial ETag, checked against If-Match. */
    version: integer('version').notNull().default(1),
    coverWidth: integer('cover_width'),
    coverHeight: integer('cover_height'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('news_published_has_date', sql`${t.status} <> 'published' OR ${t.publishedAt} IS NOT NULL`),
    check('news_one_cover_source', sql`${t.coverFile} IS NULL OR ${t.coverUploadId} IS NULL`),
    check(
      'news_cover_complete',
      sql`(${t.coverFile} IS NULL AND ${t.coverUploadId} IS NULL) = (${t.coverWidth} IS NULL) AND (${t.coverWidth} IS NULL) = (${t.coverHeight} IS NULL)`,
    ),
    // Ascending indexes serve `ORDER BY published_at DESC, id DESC` by a backward scan, and the
    // keyset condition `(published_at, id) < (…, …)` of the next page.
    index('news_published_order_idx').on(t.publishedAt, t.id).where(sql`${t.status} = 'published'`),
    index('news_authority_published_order_idx')
      .on(t.authoritySlug, t.publishedAt, t.id)
      .where(sql`${t.status} = 'published'`),
    // The editorial list: an authority's news (of one status or all), most recently changed first,
    // by `updated_at` cut to the millisecond its cursor carries (in UTC, so the expression is
    // immutable and can be indexed).
    index('news_authority_updated_order_idx').on(t.authoritySlug, newsUpdatedAtMs(t.updatedAt), t.id),
    index('news_authority_status_updated_order_idx').on(
      t.authoritySlug,
      t.status,
      newsUpdatedAtMs(t.updatedAt),
      t.id,
    ),
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
    /** Paragraphs of plain text (derived from `body_html` when an editor saves). */
    body: text('body').array().notNull(),
    /** The body as HTML, sanitized on write with the editorial allow-list. */
    bodyHtml: text('body_html').notNull().default(''),
    /** Alternative text of the cover image in this language (null when there is no cover). */
    coverAlt: text('cover_alt'),
  },
  (t) => [primaryKey({ columns: [t.newsId, t.lang] })],
);

export const staffKindEnum = pgEnum('staff_kind', STAFF_KINDS);

/**
 * The keys that sign access tokens (ES256). The newest key without `retired_at` signs; every key
 * not retired, or retired less than a token's lifetime ago, is published in the JWKS so that the
 * tokens it signed verify until they expire. The private key is a JWK: keep the database private.
 */
export const signingKeys = pgTable('signing_keys', {
  kid: text('kid').primaryKey(),
  alg: text('alg').notNull(),
  publicJwk: jsonb('public_jwk').notNull().$type<Record<string, unknown>>(),
  privateJwk: jsonb('private_jwk').notNull().$type<Record<string, unknown>>(),
  createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  retiredAt: timestamp('retired_at', { withTimezone: true, precision: 3 }),
});

/**
 * Single-use OAuth authorization codes (60 s). Only a SHA-256 of the code is stored. A code is
 * bound to the client (authority slug), the embedding page's origin and the PKCE challenge;
 * redeeming it sets `used_at` in one conditional UPDATE, so of concurrent redemptions one wins.
 */
export const authorizationCodes = pgTable(
  'authorization_codes',
  {
    codeHash: text('code_hash').primaryKey(),
    clientId: text('client_id')
      .notNull()
      .references(() => authorities.slug, { onDelete: 'cascade', onUpdate: 'cascade' }),
    origin: text('origin').notNull(),
    codeChallenge: text('code_challenge').notNull(),
    /** Who signed in: `citizen:<FIN>` or `staff:<uuid>`. */
    subject: text('subject').notNull(),
    /** The portal session the person signed in with (SHA-256 of its id), if any. */
    portalSessionHash: text('portal_session_hash'),
    /** The scopes granted, space-separated (RFC 6749 §3.3). */
    scope: text('scope').notNull().default(''),
    /** The `redirect_uri` of the authorize request, when it had one: the token request must repeat it. */
    redirectUri: text('redirect_uri'),
    /** The OpenID Connect `nonce` of the authorize request, for the ID token. */
    nonce: text('nonce'),
    expiresAt: timestamp('expires_at', { withTimezone: true, precision: 3 }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true, precision: 3 }),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index('authorization_codes_expires_idx').on(t.expiresAt)],
);

/**
 * Sign-ins in progress at an external OpenID Connect issuer: the authorize request they continue,
 * and the PKCE verifier and nonce of the issuer leg. Taken (deleted) once by the callback.
 */
export const oidcSignIns = pgTable(
  'oidc_sign_ins',
  {
    state: text('state').primaryKey(),
    codeVerifier: text('code_verifier').notNull(),
    nonce: text('nonce').notNull(),
    /** The validated /oauth/authorize request: client_id, origin, code_challenge, state, lang. */
    request: jsonb('request').notNull().$type<Record<string, string>>(),
    expiresAt: timestamp('expires_at', { withTimezone: true, precision: 3 }).notNull(),
  },
  (t) => [index('oidc_sign_ins_expires_idx').on(t.expiresAt)],
);

/**
 * Portal sessions: who signed in on the portal's own origin, so that the sign-in popup asks only
 * once. The browser holds the id in an HttpOnly cookie on the portal's origin; only its SHA-256 is
 * stored. Ends at `expires_at` (absolute), after `idle_expires_at` without use, or when revoked.
 */
export const portalSessions = pgTable(
  'portal_sessions',
  {
    idHash: text('id_hash').primaryKey(),
    /** Who signed in: `citizen:<FIN>` or `staff:<uuid>`. */
    subject: text('subject').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    idleExpiresAt: timestamp('idle_expires_at', { withTimezone: true, precision: 3 }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true, precision: 3 }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true, precision: 3 }),
  },
  (t) => [index('portal_sessions_expires_idx').on(t.expiresAt)],
);

/**
 * A chain of refresh tokens (RFC 6749 §6), one per sign-in of one page: bound to its client and
 * origin, ended at `expires_at` (absolute) or when revoked, by sign-out or by the reuse of a token
 * it had already rotated.
 */
export const refreshTokenFamilies = pgTable(
  'refresh_token_families',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clientId: text('client_id')
      .notNull()
      .references(() => authorities.slug, { onDelete: 'cascade', onUpdate: 'cascade' }),
    origin: text('origin').notNull(),
    subject: text('subject').notNull(),
    /** The portal session the sign-in came from, if any: sign-out ends both. */
    portalSessionHash: text('portal_session_hash'),
    /** The scopes the sign-in granted, space-separated: every renewal grants them again (or fewer). */
    scope: text('scope').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true, precision: 3 }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true, precision: 3 }),
  },
  (t) => [
    index('refresh_token_families_expires_idx').on(t.expiresAt),
    index('refresh_token_families_portal_session_idx').on(t.portalSessionHash),
  ],
);

/**
 * The refresh tokens of a family, by SHA-256: the newest one is current (`rotated_at` null), each
 * older one was rotated once. Presenting a rotated one again revokes the family.
 */
export const refreshTokens = pgTable(
  'refresh_tokens',
  {
    tokenHash: text('token_hash').primaryKey(),
    familyId: uuid('family_id')
      .notNull()
      .references(() => refreshTokenFamilies.id, { onDelete: 'cascade' }),
    /** Idle lifetime: unused until then, it no longer works. */
    expiresAt: timestamp('expires_at', { withTimezone: true, precision: 3 }).notNull(),
    rotatedAt: timestamp('rotated_at', { withTimezone: true, precision: 3 }),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index('refresh_tokens_family_idx').on(t.familyId)],
);

/**
 * Staff of the portal: officials of one authority, with roles, and evaluators of the State Agency
 * (no authority).
 */
export const staff = pgTable(
  'staff',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: staffKindEnum('kind').notNull(),
    authoritySlug: text('authority_slug').references(() => authorities.slug, {
      onDelete: 'cascade',
      onUpdate: 'cascade',
    }),
    displayName: text('display_name').notNull(),
    roles: text('roles').array().notNull().default(sql`'{}'::text[]`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('staff_authority_by_kind', sql`(${t.kind} = 'official') = (${t.authoritySlug} IS NOT NULL)`),
    check(
      'staff_roles_known',
      sql`${t.roles} <@ ARRAY[${sql.raw(STAFF_ROLES.map((role) => `'${role}'`).join(','))}]::text[]`,
    ),
  ],
);

/** Notifications to one person (by the `sub` of their tokens), text per language. */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    recipient: text('recipient').notNull(),
    link: text('link'),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true, precision: 3 }),
  },
  (t) => [
    index('notifications_recipient_order_idx').on(t.recipient, t.createdAt, t.id),
    index('notifications_recipient_unread_order_idx')
      .on(t.recipient, t.createdAt, t.id)
      .where(sql`${t.readAt} IS NULL`),
  ],
);

export const notificationTranslations = pgTable(
  'notification_translations',
  {
    notificationId: uuid('notification_id')
      .notNull()
      .references(() => notifications.id, { onDelete: 'cascade' }),
    lang: langEnum('lang').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
  },
  (t) => [primaryKey({ columns: [t.notificationId, t.lang] })],
);

/**
 * Images uploaded by staff (news covers). Kept in the database, not on one server's disk, so every
 * instance serves them; their URL carries the id and never changes, so they are cached forever.
 * Only sniffed raster types are stored (never SVG, which can carry script).
 */
export const mediaUploads = pgTable('media_uploads', {
  id: uuid('id').primaryKey().defaultRandom(),
  authoritySlug: text('authority_slug')
    .notNull()
    .references(() => authorities.slug, { onDelete: 'cascade', onUpdate: 'cascade' }),
  contentType: text('content_type').notNull(),
  bytes: bytea('bytes').notNull(),
  byteSize: integer('byte_size').notNull(),
  width: integer('width').notNull(),
  height: integer('height').notNull(),
  sha256: text('sha256').notNull(),
  createdBy: text('created_by').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
});

export const idempotencyStateEnum = pgEnum('idempotency_state', ['pending', 'done']);

/**
 * Idempotency-Key records: the first answer to a write, replayed to every retry of it. Keyed by
 * who asked and their key; `fingerprint` (method, path and a hash of the body) tells a retry from a
 * different request that reuses a key. Kept in the database so that instances behave as one.
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    principal: text('principal').notNull(),
    key: text('key').notNull(),
    fingerprint: text('fingerprint').notNull(),
    state: idempotencyStateEnum('state').notNull().default('pending'),
    status: integer('status'),
    responseHeaders: jsonb('response_headers').$type<Record<string, string>>(),
    responseBody: text('response_body'),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.principal, t.key] }),
    index('idempotency_keys_created_idx').on(t.createdAt),
  ],
);

/** Fixed-window rate-limit counters, shared by every instance: one row per bucket and window. */
export const rateLimitCounters = pgTable(
  'rate_limit_counters',
  {
    bucket: text('bucket').notNull(),
    windowStart: timestamp('window_start', { withTimezone: true, precision: 3 }).notNull(),
    hits: integer('hits').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.bucket, t.windowStart] }),
    index('rate_limit_counters_window_idx').on(t.windowStart),
  ],
);

/** What staff did, written in the same transaction as the action itself. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    at: timestamp('at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    /** The `sub` of the actor's access token. */
    actor: text('actor').notNull(),
    /** The authority the action concerns (null for actions outside any authority). */
    authoritySlug: text('authority_slug'),
    /** e.g. `news.create`, `news.publish`, `news.cover.upload`. */
    action: text('action').notNull(),
    targetType: text('target_type').notNull(),
    targetId: text('target_id').notNull(),
    details: jsonb('details').notNull().default(sql`'{}'::jsonb`).$type<Record<string, unknown>>(),
  },
  (t) => [index('audit_log_authority_order_idx').on(t.authoritySlug, t.at, t.id)],
);

/** Tables whose changes are announced on {@link CONTENT_CHANNEL} by the triggers of migration 0001. */
export const CONTENT_TABLES = ['authorities', 'authority_translations', 'news', 'news_translations'] as const;

/** The LISTEN/NOTIFY channel the content triggers notify on. */
export const CONTENT_CHANNEL = 'icra_content_changed';

export const participationDirectionEnum = pgEnum('participation_direction', PARTICIPATION_DIRECTIONS);
export const participationStatusEnum = pgEnum('participation_status', APPLICATION_STATUSES);
export const pollEligibilityEnum = pgEnum('poll_eligibility', POLL_ELIGIBILITIES);
export const pollResultsVisibilityEnum = pgEnum('poll_results_visibility', POLL_RESULTS_VISIBILITIES);

/**
 * A citizen's application on a topical issue to one authority. `history` is the list of its
 * statuses with their times (a few entries; it is read with the application, never queried).
 */
export const participationApplications = pgTable(
  'participation_applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The `sub` of the citizen who filed it. */
    citizen: text('citizen').notNull(),
    authoritySlug: text('authority_slug')
      .notNull()
      .references(() => authorities.slug, { onDelete: 'cascade', onUpdate: 'cascade' }),
    direction: participationDirectionEnum('direction').notNull(),
    title: text('title').notNull(),
    text: text('text').notNull(),
    status: participationStatusEnum('status').notNull().default('submitted'),
    decisionReason: text('decision_reason'),
    history: jsonb('history')
      .notNull()
      .default(sql`'[]'::jsonb`)
      .$type<Array<{ status: ApplicationStatus; at: string; reason?: string }>>(),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    // Every list is newest first with the id as tiebreak: a citizen's own, and the moderators'
    // queue of an authority, of one status or all.
    index('participation_applications_citizen_order_idx').on(t.citizen, t.createdAt, t.id),
    index('participation_applications_authority_order_idx').on(t.authoritySlug, t.createdAt, t.id),
    index('participation_applications_authority_status_order_idx').on(
      t.authoritySlug,
      t.status,
      t.createdAt,
      t.id,
    ),
  ],
);

/**
 * A file a citizen uploaded for an e-participation application or a request for a meeting ("upload,
 * then reference"): unclaimed (no `application_id`, no `reception_request_id`) until the
 * application or the request that names it is created, which claims it in the same transaction and
 * gives it its `position`. Unclaimed ones older than 24 hours are deleted by the next upload; a
 * citizen holds at most 20 unclaimed ones, whatever they are for. Private: read only through the
 * access rule of what claimed it, never cached publicly.
 */
export const participationAttachments = pgTable(
  'participation_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The `sub` of the citizen who uploaded it. */
    ownerSub: text('owner_sub').notNull(),
    applicationId: uuid('application_id').references(() => participationApplications.id, {
      onDelete: 'cascade',
    }),
    receptionRequestId: uuid('reception_request_id').references(() => receptionRequests.id, {
      onDelete: 'cascade',
    }),
    /** Its place among the attachments of what claimed it (0-based), as given at creation; null while unclaimed. */
    position: integer('position'),
    filename: text('filename').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    bytes: bytea('bytes').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    check(
      'participation_attachments_claimed_with_position',
      sql`(${t.applicationId} is null and ${t.receptionRequestId} is null) = (${t.position} is null)`,
    ),
    check(
      'participation_attachments_one_owner',
      sql`num_nonnulls(${t.applicationId}, ${t.receptionRequestId}) <= 1`,
    ),
    uniqueIndex('participation_attachments_application_position_idx').on(t.applicationId, t.position),
    uniqueIndex('participation_attachments_reception_position_idx').on(t.receptionRequestId, t.position),
    index('participation_attachments_owner_idx').on(t.ownerSub, t.createdAt),
    index('participation_attachments_unclaimed_idx')
      .on(t.createdAt)
      .where(sql`${t.applicationId} is null and ${t.receptionRequestId} is null`),
  ],
);

/** A poll of an authority: from an approved application or directly on a planned project. */
export const polls = pgTable(
  'polls',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    authoritySlug: text('authority_slug')
      .notNull()
      .references(() => authorities.slug, { onDelete: 'cascade', onUpdate: 'cascade' }),
    /** The question per language (az required): { az, en?, ru? }. */
    question: jsonb('question').notNull().$type<Record<string, string>>(),
    opensAt: timestamp('opens_at', { withTimezone: true, precision: 3 }).notNull(),
    closesAt: timestamp('closes_at', { withTimezone: true, precision: 3 }).notNull(),
    eligibility: pollEligibilityEnum('eligibility').notNull(),
    resultsVisibility: pollResultsVisibilityEnum('results_visibility').notNull(),
    sourceApplicationId: uuid('source_application_id').references(() => participationApplications.id, {
      onDelete: 'set null',
    }),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    /** When the poll's box was emptied and its ballot tables rewritten after closing (null: not yet). */
    finalizedAt: timestamp('finalized_at', { withTimezone: true, precision: 3 }),
  },
  (t) => [
    check('polls_closes_after_opens', sql`${t.closesAt} > ${t.opensAt}`),
    // The list, latest opening first, of every authority or of one (the state is a range on the dates).
    index('polls_order_idx').on(t.opensAt, t.id),
    index('polls_authority_order_idx').on(t.authoritySlug, t.opensAt, t.id),
    // The applications' lists join the poll made from each.
    index('polls_source_application_idx').on(t.sourceApplicationId),
  ],
);

/**
 * The options of a poll and their tallies. `votes` is a counter that the ballot box is folded into,
 * k ballots at a time and at closing: there is no row per vote anywhere (see docs/ballot-secrecy.md).
 */
export const pollOptions = pgTable(
  'poll_options',
  {
    pollId: uuid('poll_id')
      .notNull()
      .references(() => polls.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    /** The option's text per language (az required). */
    text: jsonb('text').notNull().$type<Record<string, string>>(),
    votes: integer('votes').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.pollId, t.position] })],
);

/**
 * The blind-signature key pair of a poll's ballot credentials (RFC 9474, RSA-2048), made on first
 * need. The private key may sit here: a blind signature does not tell its signer whose it is.
 * `key_id` is the base64url SHA-256 of the SPKI DER, also served on the poll so everyone can check
 * that every voter got the same key.
 */
export const pollBallotKeys = pgTable('poll_ballot_keys', {
  pollId: uuid('poll_id')
    .primaryKey()
    .references(() => polls.id, { onDelete: 'cascade' }),
  keyId: text('key_id').notNull(),
  /** SPKI DER. */
  publicKey: bytea('public_key').notNull(),
  /** PKCS #8 DER. */
  privateKey: bytea('private_key').notNull(),
});

/**
 * Who took the ballot credential of a poll: the citizen's FIN and the SHA-256 of the blinded message
 * the credential was signed over (so a lost answer is recovered with the same message, and a
 * different one is refused). Nothing here can be matched to a ballot (docs/ballot-secrecy.md).
 */
export const ballotCredentials = pgTable(
  'ballot_credentials',
  {
    pollId: uuid('poll_id')
      .notNull()
      .references(() => polls.id, { onDelete: 'cascade' }),
    fin: text('fin').notNull(),
    blindedHash: bytea('blinded_hash').notNull(),
  },
  (t) => [primaryKey({ columns: [t.pollId, t.fin] })],
);

/** Credentials already cast: the SHA-256 of the unblinded message, once per poll. */
export const spentBallotCredentials = pgTable(
  'spent_ballot_credentials',
  {
    pollId: uuid('poll_id')
      .notNull()
      .references(() => polls.id, { onDelete: 'cascade' }),
    tokenHash: bytea('token_hash').notNull(),
  },
  (t) => [primaryKey({ columns: [t.pollId, t.tokenHash] })],
);

/**
 * The ballot box: ballots not yet folded into the tallies, each the option sealed with AES-256-GCM
 * under a key derived from the ballot secret (never stored in the database). No time, no sequence,
 * no key of its own: the box is emptied into `poll_options.votes` every k ballots and at closing.
 */
export const ballotBox = pgTable(
  'ballot_box',
  {
    pollId: uuid('poll_id')
      .notNull()
      .references(() => polls.id, { onDelete: 'cascade' }),
    sealed: bytea('sealed').notNull(),
  },
  (t) => [index('ballot_box_poll_idx').on(t.pollId)],
);

/** Server secrets generated at first start. Keep the database private. */
export const serverSecrets = pgTable('server_secrets', {
  name: text('name').primaryKey(),
  value: text('value').notNull(),
});

// --- e-services ----------------------------------------------------------------------------------

export const serviceCategoryEnum = pgEnum('service_category', SERVICE_CATEGORIES);

/** Text per language (az always present): { az, en?, ru? }. */
type LocalizedText = Record<string, string>;

/**
 * An e-service of the catalogue. Its texts are stored per language in jsonb ({ az, en?, ru? }, az
 * the fallback); `search` holds, per language, the texts a search looks in, lower-cased by that
 * language's rules (Azerbaijani İ/ı), so that the database finds them with a plain substring test.
 * A service that cannot be applied for online says where to go instead (`offline`).
 */
export const services = pgTable(
  'services',
  {
    slug: text('slug').primaryKey(),
    /** The order of the catalogue. */
    position: integer('position').notNull(),
    category: serviceCategoryEnum('category').notNull(),
    /** One of the public services provided by local executive powers. */
    localExecutive: boolean('local_executive').notNull(),
    title: jsonb('title').notNull().$type<LocalizedText>(),
    summary: jsonb('summary').notNull().$type<LocalizedText>(),
    description: jsonb('description').notNull().$type<LocalizedText>(),
    legalBasis: jsonb('legal_basis').notNull().$type<LocalizedText>(),
    documents: jsonb('documents').notNull().$type<ServiceDocument[]>(),
    feeQapik: integer('fee_qapik').notNull(),
    processingDays: integer('processing_days').notNull(),
    electronic: boolean('electronic').notNull(),
    offline: jsonb('offline').$type<LocalizedText>(),
    search: jsonb('search').notNull().$type<LocalizedText>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('services_slug_format', sql`${t.slug} ~ '^[a-z][a-z0-9-]{1,62}$'`),
    check('services_fee_not_negative', sql`${t.feeQapik} >= 0`),
    check('services_processing_days_positive', sql`${t.processingDays} >= 1`),
    check('services_offline_when_not_electronic', sql`(${t.offline} is null) = ${t.electronic}`),
    check('services_texts_in_az', sql`${t.title} ? 'az' and ${t.summary} ? 'az' and ${t.description} ? 'az'`),
    uniqueIndex('services_order_idx').on(t.position, t.slug),
    index('services_category_order_idx').on(t.category, t.position, t.slug),
  ],
);

/** Which authorities provide a service. */
export const serviceAuthorities = pgTable(
  'service_authorities',
  {
    serviceSlug: text('service_slug')
      .notNull()
      .references(() => services.slug, { onDelete: 'cascade', onUpdate: 'cascade' }),
    authoritySlug: text('authority_slug')
      .notNull()
      .references(() => authorities.slug, { onDelete: 'cascade', onUpdate: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.serviceSlug, t.authoritySlug] }),
    index('service_authorities_authority_idx').on(t.authoritySlug, t.serviceSlug),
  ],
);

/**
 * The application form of a service, one row per version (JSON Schema 2020-12 for the answers and
 * the steps, every text in az, en and ru: `FormDefinition` of @icra/forms). The highest version is
 * the one served; earlier ones stay, so that a draft written for one can be told what changed, and
 * every application keeps a copy of the version it was submitted with.
 */
export const serviceForms = pgTable(
  'service_forms',
  {
    serviceSlug: text('service_slug')
      .notNull()
      .references(() => services.slug, { onDelete: 'cascade', onUpdate: 'cascade' }),
    version: integer('version').notNull(),
    definition: jsonb('definition').notNull().$type<FormDefinition>(),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.serviceSlug, t.version] }),
    check('service_forms_version_positive', sql`${t.version} >= 1`),
  ],
);

/**
 * A citizen's application to a service, while it is being filled in: the answers kept so far (only
 * those of steps the citizen reached), for one form version. `revision` grows with every change
 * and is the draft's ETag, so that a change from a stale copy (another device) is refused. One
 * draft per citizen, service and authority.
 */
export const serviceDrafts = pgTable(
  'service_drafts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    citizen: text('citizen').notNull(),
    serviceSlug: text('service_slug')
      .notNull()
      .references(() => services.slug, { onDelete: 'cascade', onUpdate: 'cascade' }),
    authoritySlug: text('authority_slug')
      .notNull()
      .references(() => authorities.slug, { onDelete: 'cascade', onUpdate: 'cascade' }),
    formVersion: integer('form_version').notNull(),
    answers: jsonb('answers').notNull().default(sql`'{}'::jsonb`).$type<Record<string, unknown>>(),
    revision: integer('revision').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('service_drafts_citizen_service_idx').on(t.citizen, t.serviceSlug, t.authoritySlug),
    index('service_drafts_citizen_order_idx').on(t.citizen, t.updatedAt, t.id),
  ],
);

/** Where a submitted application is in the authority's workflow. */
export const serviceApplicationStatusEnum = pgEnum(
  'service_application_status',
  SERVICE_APPLICATION_STATUSES,
);

/**
 * A submitted application: its reference number (8 characters a person can read aloud), the answers
 * with a copy of the form version they follow, and what the population registry said of the
 * applicant at submit (written by the portal, never by the client).
 */
/** One change of an application's status, as its history keeps it. */
export interface ServiceApplicationEvent {
  status: ServiceApplicationStatus;
  at: string;
  /** Who made the change: the applicant or an officer of the authority (never which officer). */
  by: 'citizen' | 'officer';
  /** A rejection's reason or a request for information's comment, in the citizen's language. */
  note?: string;
  /** For a request for information: the answers (field names) and documents (keys) it reopened. */
  reopened?: Reopened;
}

/** What an officer's request for information reopens: only these may change until the citizen resubmits. */
export interface Reopened {
  answers: string[];
  documents: string[];
}

/** An open request for information, kept on the application while it waits on the citizen. */
export interface InformationRequest extends Reopened {
  comment: string;
  at: string;
}

export const serviceApplications = pgTable(
  'service_applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reference: text('reference').notNull(),
    citizen: text('citizen').notNull(),
    serviceSlug: text('service_slug')
      .notNull()
      .references(() => services.slug, { onDelete: 'restrict', onUpdate: 'cascade' }),
    authoritySlug: text('authority_slug')
      .notNull()
      .references(() => authorities.slug, { onDelete: 'restrict', onUpdate: 'cascade' }),
    formVersion: integer('form_version').notNull(),
    form: jsonb('form').notNull().$type<FormDefinition>(),
    answers: jsonb('answers').notNull().$type<Record<string, unknown>>(),
    registry: jsonb('registry').notNull().$type<Record<string, unknown>>(),
    /** The language the citizen applied in: their notifications and the officer's view start there. */
    lang: langEnum('lang').notNull(),
    status: serviceApplicationStatusEnum('status').notNull().default('submitted'),
    submittedAt: timestamp('submitted_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    /** Raised by every change of status: a transition is a compare-and-swap on it. */
    revision: integer('revision').notNull().default(1),
    /** The officer (sub) who took the application into review; kept while it waits on the citizen. */
    assignedTo: text('assigned_to'),
    /** Why it was rejected, written by the officer in the citizen's language (`lang`). */
    decisionReason: text('decision_reason'),
    statusChangedAt: timestamp('status_changed_at', { withTimezone: true, precision: 3 })
      .notNull()
      .defaultNow(),
    /**
     * When it is due: the service's processing time in working days of the Baku calendar
     * (src/domain/holidays.ts) after the day it was submitted.
     */
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    /** Every change of status, oldest first: the timeline the citizen and the officers see. */
    history: jsonb('history').notNull().default([]).$type<ServiceApplicationEvent[]>(),
    /** The version of the answers the authority has (1 at submit, one more at each resubmission). */
    version: integer('version').notNull().default(1),
    /** While it waits on the citizen: what the officer asked for and reopened. */
    request: jsonb('request').$type<InformationRequest>(),
    /** While it waits on the citizen: the answers as they are being amended (the next version). */
    amendment: jsonb('amendment').$type<Record<string, unknown>>(),
    /**
     * The Baku date since which it waits on the citizen: the deadline's clock stops that day and, at
     * resubmission, `due_on` moves on by the working days it waited.
     */
    waitingSince: date('waiting_since', { mode: 'string' }),
  },
  (t) => [
    uniqueIndex('service_applications_reference_idx').on(t.reference),
    check('service_applications_reference_format', sql`${t.reference} ~ '^[2-9A-HJ-NP-Z]{8}$'`),
    index('service_applications_citizen_order_idx').on(t.citizen, t.submittedAt, t.id),
    index('service_applications_authority_order_idx').on(t.authoritySlug, t.submittedAt, t.id),
    // The officers' queue, by due date: all of an authority's, of one status, or of one officer.
    index('service_applications_authority_due_idx').on(t.authoritySlug, t.dueOn, t.id),
    index('service_applications_authority_status_due_idx').on(t.authoritySlug, t.status, t.dueOn, t.id),
    index('service_applications_authority_assignee_due_idx').on(t.authoritySlug, t.assignedTo, t.dueOn, t.id),
  ],
);

/**
 * Each version of an application's answers the authority received: the first at submit, one more at
 * each resubmission, with the request for information that led to it. Never changed once written, so
 * every earlier version stays readable and the officer sees what changed between two.
 */
export const serviceApplicationVersions = pgTable(
  'service_application_versions',
  {
    applicationId: uuid('application_id')
      .notNull()
      .references(() => serviceApplications.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    answers: jsonb('answers').notNull().$type<Record<string, unknown>>(),
    /** The request for information this version answers (none for the first). */
    request: jsonb('request').$type<InformationRequest>(),
    submittedAt: timestamp('submitted_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.applicationId, t.version] }),
    check('service_application_versions_positive', sql`${t.version} >= 1`),
  ],
);

/**
 * The result of a completed application: a PDF the officer attached or the portal generated from the
 * service's certificate template, and the code anyone can verify it by (GET /v1/verify/{code}). The
 * code is random (60 bits), not derived from anything personal.
 */
export const serviceResults = pgTable(
  'service_results',
  {
    applicationId: uuid('application_id')
      .primaryKey()
      .references(() => serviceApplications.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    documentId: uuid('document_id')
      .notNull()
      .references(() => serviceDocuments.id, { onDelete: 'cascade' }),
    generated: boolean('generated').notNull(),
    /** SHA-256 of the PDF's bytes (hex), so that a verifier can tell the file is the one issued. */
    sha256: text('sha256').notNull(),
    issuedAt: timestamp('issued_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('service_results_code_idx').on(t.code),
    check('service_results_code_format', sql`${t.code} ~ '^[2-9A-HJ-NP-Z]{12}$'`),
  ],
);

/**
 * A citizen's rating of a service, once per completed application. The averages are public; the
 * comments are read by the authority only, and nothing here names the citizen.
 */
export const serviceRatings = pgTable(
  'service_ratings',
  {
    applicationId: uuid('application_id')
      .primaryKey()
      .references(() => serviceApplications.id, { onDelete: 'cascade' }),
    serviceSlug: text('service_slug')
      .notNull()
      .references(() => services.slug, { onDelete: 'cascade', onUpdate: 'cascade' }),
    authoritySlug: text('authority_slug')
      .notNull()
      .references(() => authorities.slug, { onDelete: 'cascade', onUpdate: 'cascade' }),
    score: integer('score').notNull(),
    comment: text('comment'),
    ratedAt: timestamp('rated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    check('service_ratings_score_range', sql`${t.score} BETWEEN 1 AND 5`),
    index('service_ratings_authority_service_idx').on(t.authoritySlug, t.serviceSlug),
    index('service_ratings_authority_order_idx').on(t.authoritySlug, t.ratedAt, t.applicationId),
  ],
);

/**
 * A file a citizen attached for one of a service's required documents: first to a draft, then, at
 * submit, to the application (in the same transaction, so it is never both or neither), or later to
 * the application while a request for information reopens its document; or the result an officer
 * issues (`purpose` 'result'). Its bytes are kept by a `DocumentStorage` under `id` (by default
 * {@link serviceDocumentBlobs}).
 */
export const serviceDocuments = pgTable(
  'service_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerSub: text('owner_sub').notNull(),
    draftId: uuid('draft_id').references(() => serviceDrafts.id, { onDelete: 'cascade' }),
    applicationId: uuid('application_id').references(() => serviceApplications.id, { onDelete: 'cascade' }),
    /** The key of the service's required document it is for. */
    documentKey: text('document_key').notNull(),
    filename: text('filename').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    /** 'evidence' (the citizen's, for a required document) or 'result' (the officer's, the outcome). */
    purpose: text('purpose').notNull().default('evidence'),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    check('service_documents_purpose', sql`${t.purpose} IN ('evidence', 'result')`),
    check('service_documents_one_owner', sql`(${t.draftId} is null) <> (${t.applicationId} is null)`),
    index('service_documents_draft_idx').on(t.draftId, t.createdAt),
    index('service_documents_application_idx').on(t.applicationId, t.createdAt),
  ],
);

/** The bytes of service documents, when the database is their storage (the default). */
export const serviceDocumentBlobs = pgTable('service_document_blobs', {
  documentId: uuid('document_id')
    .primaryKey()
    .references(() => serviceDocuments.id, { onDelete: 'cascade' }),
  bytes: bytea('bytes').notNull(),
});

// ── Citizen reception ───────────────────────────────────────────────────────────────────────────

/** An official who receives citizens: name and position in az, en and ru, the length of a meeting. */
export const receptionOfficials = pgTable(
  'reception_officials',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    authoritySlug: text('authority_slug')
      .notNull()
      .references(() => authorities.slug, { onDelete: 'cascade', onUpdate: 'cascade' }),
    /** The order the authority lists its officials in. */
    position: integer('position').notNull(),
    name: jsonb('name').notNull().$type<LocalizedText>(),
    title: jsonb('title').notNull().$type<LocalizedText>(),
    /** A portrait, as a path the portal serves or an https URL; none: the widgets show initials. */
    photoUrl: text('photo_url'),
    /** The length of one meeting, minutes. */
    slotMinutes: integer('slot_minutes').notNull().default(20),
  },
  (t) => [
    check('reception_officials_slot_minutes', sql`${t.slotMinutes} between 5 and 240`),
    check('reception_officials_texts_in_az', sql`${t.name} ? 'az' and ${t.title} ? 'az'`),
    index('reception_officials_authority_idx').on(t.authoritySlug, t.position),
  ],
);

/** A room of an authority where citizens are received. */
export const receptionRooms = pgTable(
  'reception_rooms',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    authoritySlug: text('authority_slug')
      .notNull()
      .references(() => authorities.slug, { onDelete: 'cascade', onUpdate: 'cascade' }),
    name: jsonb('name').notNull().$type<LocalizedText>(),
  },
  (t) => [index('reception_rooms_authority_idx').on(t.authoritySlug)],
);

/**
 * Reception hours as a weekly rule, in Baku time: "every Tuesday 10:00–13:00, room 204", from a
 * date and until one (none: until changed).
 */
export const receptionHours = pgTable(
  'reception_hours',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    officialId: uuid('official_id')
      .notNull()
      .references(() => receptionOfficials.id, { onDelete: 'cascade' }),
    roomId: uuid('room_id')
      .notNull()
      .references(() => receptionRooms.id, { onDelete: 'restrict' }),
    /** ISO weekday: 1 Monday … 7 Sunday. */
    weekday: smallint('weekday').notNull(),
    /** HH:MM, Baku time. */
    startsAt: text('starts_at').notNull(),
    endsAt: text('ends_at').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validUntil: date('valid_until', { mode: 'string' }),
  },
  (t) => [
    check('reception_hours_weekday', sql`${t.weekday} between 1 and 7`),
    check(
      'reception_hours_times',
      sql`${t.startsAt} ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$' and ${t.endsAt} ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$' and ${t.startsAt} < ${t.endsAt}`,
    ),
    check('reception_hours_valid', sql`${t.validUntil} is null or ${t.validUntil} >= ${t.validFrom}`),
    index('reception_hours_official_idx').on(t.officialId, t.weekday),
  ],
);

/**
 * Days an official does not receive (leave, a trip), from one date to another inclusive, with the
 * reason in az, en and ru. The public holidays of the Baku calendar (domain/holidays.ts) need none.
 */
export const receptionExceptions = pgTable(
  'reception_exceptions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    officialId: uuid('official_id')
      .notNull()
      .references(() => receptionOfficials.id, { onDelete: 'cascade' }),
    fromDate: date('from_date', { mode: 'string' }).notNull(),
    untilDate: date('until_date', { mode: 'string' }).notNull(),
    reason: jsonb('reason').notNull().$type<LocalizedText>(),
  },
  (t) => [
    check('reception_exceptions_range', sql`${t.untilDate} >= ${t.fromDate}`),
    index('reception_exceptions_official_idx').on(t.officialId, t.fromDate),
  ],
);

/** What a citizen may ask to meet about: one translated list for every authority. */
export const receptionTopics = pgTable('reception_topics', {
  slug: text('slug').primaryKey(),
  position: integer('position').notNull(),
  title: jsonb('title').notNull().$type<LocalizedText>(),
});

export const receptionRequestStatusEnum = pgEnum('reception_request_status', RECEPTION_REQUEST_STATUSES);

/** A change of a reception request, for its timeline. */
export interface ReceptionEvent {
  status: (typeof RECEPTION_REQUEST_STATUSES)[number];
  at: string;
  by: 'citizen' | 'officer';
  /** rescheduled: the same status with a new time. */
  rescheduled?: true;
  reason?: string;
}

/**
 * A citizen's request for a meeting: the topic and what it is about, whom and when they would rather
 * meet. A reception officer schedules it (reception_appointments) or declines it with a reason.
 */
export const receptionRequests = pgTable(
  'reception_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reference: text('reference').notNull(),
    citizen: text('citizen').notNull(),
    /** The name the population registry gave when the citizen asked. */
    citizenName: text('citizen_name').notNull(),
    authoritySlug: text('authority_slug')
      .notNull()
      .references(() => authorities.slug, { onDelete: 'restrict', onUpdate: 'cascade' }),
    topicSlug: text('topic_slug')
      .notNull()
      .references(() => receptionTopics.slug, { onDelete: 'restrict', onUpdate: 'cascade' }),
    description: text('description').notNull(),
    /** The official the citizen would rather meet; none: whoever is responsible. */
    preferredOfficialId: uuid('preferred_official_id').references(() => receptionOfficials.id, {
      onDelete: 'set null',
    }),
    /** ISO weekdays the citizen would rather come on (empty: any). */
    preferredDays: smallint('preferred_days').array().notNull().default(sql`'{}'::smallint[]`),
    preferredDayparts: jsonb('preferred_dayparts').notNull().default([]).$type<ReceptionDaypart[]>(),
    lang: langEnum('lang').notNull(),
    status: receptionRequestStatusEnum('status').notNull().default('requested'),
    /** Raised by every change: a change is a compare-and-swap on it. */
    revision: integer('revision').notNull().default(1),
    /** Why it was declined or cancelled, in the words of whoever did it. */
    reason: text('reason'),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    history: jsonb('history').notNull().default([]).$type<ReceptionEvent[]>(),
  },
  (t) => [
    uniqueIndex('reception_requests_reference_idx').on(t.reference),
    check('reception_requests_reference_format', sql`${t.reference} ~ '^[2-9A-HJ-NP-Z]{8}$'`),
    index('reception_requests_citizen_order_idx').on(t.citizen, t.createdAt, t.id),
    index('reception_requests_authority_status_order_idx').on(t.authoritySlug, t.status, t.createdAt, t.id),
    index('reception_requests_authority_order_idx').on(t.authoritySlug, t.createdAt, t.id),
  ],
);

/**
 * The meeting a request was given: the official, the room and the time. Two scheduled meetings of
 * one official, or in one room, never overlap: exclusion constraints over their time ranges
 * (migration 0016, with btree_gist), whatever the application checked before. Rescheduling moves
 * this row (its calendar UID stays, its SEQUENCE grows); cancelling marks it.
 */
export const receptionAppointments = pgTable(
  'reception_appointments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => receptionRequests.id, { onDelete: 'cascade' }),
    officialId: uuid('official_id')
      .notNull()
      .references(() => receptionOfficials.id, { onDelete: 'restrict' }),
    roomId: uuid('room_id')
      .notNull()
      .references(() => receptionRooms.id, { onDelete: 'restrict' }),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    cancelled: boolean('cancelled').notNull().default(false),
    /** The calendar event's SEQUENCE (RFC 5545): raised by every reschedule and by the cancellation. */
    sequence: integer('sequence').notNull().default(0),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('reception_appointments_request_idx').on(t.requestId),
    check('reception_appointments_range', sql`${t.endsAt} > ${t.startsAt}`),
    index('reception_appointments_official_time_idx').on(t.officialId, t.startsAt),
    index('reception_appointments_room_time_idx').on(t.roomId, t.startsAt),
  ],
);

/**
 * A citizen's private calendar feed of their meetings: the SHA-256 of the secret in its address
 * (the secret itself is shown once, when made), replaced when they make a new one, gone when they
 * revoke it. One per citizen.
 */
export const calendarFeeds = pgTable(
  'calendar_feeds',
  {
    citizen: text('citizen').primaryKey(),
    tokenHash: bytea('token_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('calendar_feeds_token_idx').on(t.tokenHash)],
);

// ── E-service evaluation (the State Agency) ────────────────────────────────────────────────────

/** A central executive body whose e-services the State Agency evaluates: its name in az, en and ru. */
export const evaluatedBodies = pgTable(
  'evaluated_bodies',
  {
    slug: text('slug').primaryKey(),
    /** The order the bodies are listed in. */
    position: integer('position').notNull(),
    name: jsonb('name').notNull().$type<LocalizedText>(),
  },
  (t) => [
    check('evaluated_bodies_slug_format', sql`${t.slug} ~ '^[a-z][a-z0-9-]{1,62}$'`),
    check('evaluated_bodies_name_in_az', sql`${t.name} ? 'az'`),
  ],
);

/** An e-service of an evaluated body, as the evaluation names it (in az, en and ru). */
export const evaluatedServices = pgTable(
  'evaluated_services',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bodySlug: text('body_slug')
      .notNull()
      .references(() => evaluatedBodies.slug, { onDelete: 'restrict', onUpdate: 'cascade' }),
    position: integer('position').notNull(),
    name: jsonb('name').notNull().$type<LocalizedText>(),
  },
  (t) => [
    check('evaluated_services_name_in_az', sql`${t.name} ? 'az'`),
    index('evaluated_services_body_idx').on(t.bodySlug, t.position),
  ],
);

export const evaluationCampaignStatusEnum = pgEnum(
  'evaluation_campaign_status',
  EVALUATION_CAMPAIGN_STATUSES,
);
export const evaluationSourceEnum = pgEnum('evaluation_source', EVALUATION_SOURCES);
export const evaluationOutcomeEnum = pgEnum('evaluation_outcome', EVALUATION_OUTCOMES);
export const evaluationRatingEnum = pgEnum('evaluation_rating', EVALUATION_RATINGS);

/**
 * A year's evaluation: a draft until evaluators publish it. Its numbers are either the published
 * report's totals (evaluation_aggregates: the years before the portal, loaded published) or its
 * assessments per service (evaluation_assessments); the (year, source) key each of those refers to
 * keeps a year from having both.
 */
export const evaluationCampaigns = pgTable(
  'evaluation_campaigns',
  {
    year: smallint('year').primaryKey(),
    source: evaluationSourceEnum('source').notNull(),
    status: evaluationCampaignStatusEnum('status').notNull().default('draft'),
    publishedAt: timestamp('published_at', { withTimezone: true, precision: 3 }),
    /** The `sub` of the evaluator who created it; null for the years loaded from the reports. */
    createdBy: text('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    check('evaluation_campaigns_year', sql`${t.year} between 2000 and 2100`),
    check(
      'evaluation_campaigns_published_has_date',
      sql`(${t.status} = 'published') = (${t.publishedAt} is not null)`,
    ),
    check(
      'evaluation_campaigns_aggregate_published',
      sql`${t.source} <> 'published-aggregate' or ${t.status} = 'published'`,
    ),
    unique('evaluation_campaigns_year_source_key').on(t.year, t.source),
  ],
);

/**
 * A year's totals as the State Agency published them. The database holds them to the report's own
 * arithmetic: every service is electronicized, not, or stopped; every electronicized one is rated.
 */
export const evaluationAggregates = pgTable(
  'evaluation_aggregates',
  {
    year: smallint('year').primaryKey(),
    source: evaluationSourceEnum('source').notNull().default('published-aggregate'),
    bodies: integer('bodies').notNull(),
    services: integer('services').notNull(),
    electronicized: integer('electronicized').notNull(),
    notElectronicized: integer('not_electronicized').notNull(),
    stopped: integer('stopped').notNull(),
    unsatisfactory: integer('unsatisfactory').notNull(),
    satisfactory: integer('satisfactory').notNull(),
    good: integer('good').notNull(),
    excellent: integer('excellent').notNull(),
  },
  (t) => [
    foreignKey({
      name: 'evaluation_aggregates_campaign_fk',
      columns: [t.year, t.source],
      foreignColumns: [evaluationCampaigns.year, evaluationCampaigns.source],
    }).onDelete('cascade'),
    check('evaluation_aggregates_source', sql`${t.source} = 'published-aggregate'`),
    check(
      'evaluation_aggregates_not_negative',
      sql`least(${t.bodies}, ${t.services}, ${t.electronicized}, ${t.notElectronicized}, ${t.stopped}, ${t.unsatisfactory}, ${t.satisfactory}, ${t.good}, ${t.excellent}) >= 0`,
    ),
    check(
      'evaluation_aggregates_services_sum',
      sql`${t.services} = ${t.electronicized} + ${t.notElectronicized} + ${t.stopped}`,
    ),
    check(
      'evaluation_aggregates_ratings_sum',
      sql`${t.electronicized} = ${t.unsatisfactory} + ${t.satisfactory} + ${t.good} + ${t.excellent}`,
    ),
  ],
);

/**
 * What evaluators recorded of one service in a recorded campaign: electronicized or not, each with
 * its three scores (integers 0–100) and, when electronicized, its rating; or its evaluation stopped,
 * with the reason and no scores. Deficiencies noted and proposals given, in az (required) and maybe
 * en and ru; none noted: null. Every correction raises `revision` (a compare-and-swap on it).
 */
export const evaluationAssessments = pgTable(
  'evaluation_assessments',
  {
    year: smallint('year').notNull(),
    source: evaluationSourceEnum('source').notNull().default('recorded'),
    serviceId: uuid('service_id')
      .notNull()
      .references(() => evaluatedServices.id, { onDelete: 'restrict' }),
    outcome: evaluationOutcomeEnum('outcome').notNull(),
    electronicization: smallint('electronicization'),
    openness: smallint('openness'),
    usability: smallint('usability'),
    rating: evaluationRatingEnum('rating'),
    deficiencies: jsonb('deficiencies').$type<LocalizedText>(),
    proposals: jsonb('proposals').$type<LocalizedText>(),
    stoppedReason: jsonb('stopped_reason').$type<LocalizedText>(),
    revision: integer('revision').notNull().default(1),
    /** The `sub` of the evaluator who recorded this revision. */
    recordedBy: text('recorded_by').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.year, t.serviceId] }),
    foreignKey({
      name: 'evaluation_assessments_campaign_fk',
      columns: [t.year, t.source],
      foreignColumns: [evaluationCampaigns.year, evaluationCampaigns.source],
    }).onDelete('cascade'),
    check('evaluation_assessments_source', sql`${t.source} = 'recorded'`),
    check(
      'evaluation_assessments_rating_when_electronicized',
      sql`(${t.outcome} = 'electronicized') = (${t.rating} is not null)`,
    ),
    check(
      'evaluation_assessments_scores_unless_stopped',
      sql`case when ${t.outcome} = 'stopped' then ${t.electronicization} is null and ${t.openness} is null and ${t.usability} is null else ${t.electronicization} is not null and ${t.openness} is not null and ${t.usability} is not null end`,
    ),
    check(
      'evaluation_assessments_score_range',
      sql`${t.electronicization} between 0 and 100 and ${t.openness} between 0 and 100 and ${t.usability} between 0 and 100`,
    ),
    check(
      'evaluation_assessments_reason_when_stopped',
      sql`(${t.outcome} = 'stopped') = (${t.stoppedReason} is not null)`,
    ),
    check(
      'evaluation_assessments_texts_in_az',
      sql`(${t.deficiencies} is null or ${t.deficiencies} ? 'az') and (${t.proposals} is null or ${t.proposals} ? 'az') and (${t.stoppedReason} is null or ${t.stoppedReason} ? 'az')`,
    ),
    check('evaluation_assessments_revision_positive', sql`${t.revision} >= 1`),
    index('evaluation_assessments_service_idx').on(t.serviceId),
  ],
);
