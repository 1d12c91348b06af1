import { z } from '@hono/zod-openapi';
import { NEWS_STATUSES } from '../../domain/enums.js';
import { storableDateTime } from '../../http/dates.js';
import { cursorQueryParam, limitQueryParam, pageSchema } from '../../http/pagination.js';
import { AuthoritySlugSchema } from '../authorities/index.js';
import { MAX_BODY_HTML_DEPTH } from './sanitize.js';

export const MAX_BODY_HTML = 200_000;

export const NewsStatusSchema = z.enum(NEWS_STATUSES).openapi('NewsStatus', {
  description: '`draft`: seen only by the authority’s editors; `published`: public.',
});

export const EditorialTranslationSchema = z
  .object({
    title: z.string().min(1).max(200),
    summary: z.string().min(1).max(600),
    bodyHtml: z.string().openapi({ description: 'The body as sanitized HTML (the editorial allow-list).' }),
    coverAlt: z.string().nullable().openapi({ description: 'Alternative text of the cover, plain text.' }),
  })
  .openapi('EditorialTranslation', {
    description: 'An article’s texts in one language, as stored. Title, summary and coverAlt are plain text.',
  });

export const EditorialTranslationInputSchema = z
  .object({
    title: z.string().trim().min(1).max(200).openapi({ description: 'Plain text, rendered as text.' }),
    summary: z.string().trim().min(1).max(600).openapi({ description: 'Plain text, rendered as text.' }),
    bodyHtml: z
      .string()
      .max(MAX_BODY_HTML)
      .openapi({
        description:
          'HTML of the allow-list p, br, strong, em, b, i, u, s, h2, h3, h4, ul, ol, li, blockquote and ' +
          'a[href] (absolute http, https, mailto or tel addresses; every link gets rel="noopener noreferrer ' +
          'nofollow"), at most 200,000 characters (more is 400) and elements nested at most ' +
          `${MAX_BODY_HTML_DEPTH} levels deep. Nothing of its content is dropped without a word: an element ` +
          'outside the allow-list (script, style, img, div, span…), a link address of another kind, or a ' +
          'comment or tag left open that would swallow the rest is refused with 422 and a field error here ' +
          'naming what would be lost. What is accepted is sanitized to the allow-list, losing only markup: ' +
          'other attributes (class, style, target…), closed comments and declarations; element nesting ' +
          'is repaired (unclosed elements closed).',
      }),
    coverAlt: z.string().max(500).nullable().optional().openapi({
      description: 'Alternative text of the cover, plain text. Omitted: kept as it is; null: removed.',
    }),
  })
  .openapi('EditorialTranslationInput', { description: 'An article’s texts in one language, as sent.' });

const EditorialCoverSchema = z.object({
  url: z.string().openapi({ example: '/media/uploads/3f1c2a9e-8b4d-4c6e-9a10-2b7e5d4c1f00.jpg' }),
  width: z.number().int(),
  height: z.number().int(),
});

const id = z.uuid().openapi({ example: '3f1c2a9e-8b4d-4c6e-9a10-2b7e5d4c1f00' });
const dateTime = z.iso.datetime();
const cover = z
  .union([EditorialCoverSchema, z.null()])
  .openapi({ description: 'The cover image (the alt text is per language, in translations).' });

export const EditorialNewsSchema = z
  .object({
    id,
    authority: AuthoritySlugSchema,
    status: NewsStatusSchema,
    publishedAt: dateTime
      .nullable()
      .openapi({ description: 'When it was last published; null for a draft.' }),
    createdAt: dateTime,
    updatedAt: dateTime,
    version: z
      .number()
      .int()
      .openapi({ description: 'Incremented by every change; the ETag is "v<version>".' }),
    cover,
    translations: z.object({
      az: EditorialTranslationSchema,
      en: EditorialTranslationSchema.optional(),
      ru: EditorialTranslationSchema.optional(),
    }),
  })
  .openapi('EditorialNews', {
    description: 'A news article as its editors see it: every language, any status.',
  });

export const EditorialNewsSummarySchema = z
  .object({
    id,
    authority: AuthoritySlugSchema,
    status: NewsStatusSchema,
    publishedAt: dateTime.nullable(),
    updatedAt: dateTime,
    version: z.number().int(),
    cover,
    titles: z.object({ az: z.string(), en: z.string().optional(), ru: z.string().optional() }),
  })
  .openapi('EditorialNewsSummary', { description: 'A news article as its editors list it.' });

export const EditorialNewsPageSchema = pageSchema(
  EditorialNewsSummarySchema,
  'EditorialNewsPage',
  'A page of an authority’s news, drafts and published, most recently changed first.',
);

export const NewsDraftInputSchema = z
  .object({
    authority: AuthoritySlugSchema.openapi({ description: 'The caller’s own authority.' }),
    translations: z.object({
      az: EditorialTranslationInputSchema,
      en: EditorialTranslationInputSchema.optional(),
      ru: EditorialTranslationInputSchema.optional(),
    }),
  })
  .openapi('NewsDraftInput', {
    description: 'A new draft: Azerbaijani texts required, English and Russian optional.',
  });

export const NewsUpdateInputSchema = z
  .object({
    translations: z.object({
      az: EditorialTranslationInputSchema.optional(),
      en: z.union([EditorialTranslationInputSchema, z.null()]).optional(),
      ru: z.union([EditorialTranslationInputSchema, z.null()]).optional(),
    }),
  })
  .openapi('NewsUpdateInput', {
    description:
      'Languages given replace their texts; null removes English or Russian (Azerbaijani cannot be ' +
      'removed); languages left out stay as they are.',
  });

export const AuditEntrySchema = z
  .object({
    id,
    at: dateTime,
    actor: z.string().openapi({ description: 'The `sub` of the actor’s access token.', example: 'staff:…' }),
    action: z.string().openapi({ example: 'news.publish' }),
    targetType: z.string().openapi({ example: 'news' }),
    targetId: z.string(),
    details: z.record(z.string(), z.unknown()),
  })
  .openapi('AuditEntry', { description: 'One action of staff, as recorded when it was done.' });

export const AuditPageSchema = pageSchema(
  AuditEntrySchema,
  'AuditPage',
  'A page of the audit log, newest first.',
);

export const EditorialCursorSchema = z.object({ u: storableDateTime(), i: z.uuid() });
export type EditorialCursor = z.infer<typeof EditorialCursorSchema>;
export const AuditCursorSchema = z.object({ a: storableDateTime(), i: z.uuid() });
export type AuditCursor = z.infer<typeof AuditCursorSchema>;

const authorityQuery = AuthoritySlugSchema.optional().openapi({
  param: { name: 'authority', in: 'query' },
  description: 'The authority (default: the caller’s own); another authority is refused with 403.',
});

export const ListEditorialNewsQuerySchema = z.object({
  authority: authorityQuery,
  status: NewsStatusSchema.optional().openapi({ param: { name: 'status', in: 'query' } }),
  limit: limitQueryParam,
  cursor: cursorQueryParam(EditorialCursorSchema),
});

export const ListAuditLogQuerySchema = z.object({
  authority: authorityQuery,
  limit: limitQueryParam,
  cursor: cursorQueryParam(AuditCursorSchema),
});

export const EditorialNewsPathSchema = z.object({
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' }, description: 'The article id.' }),
});

export const UploadPathSchema = z.object({ file: z.string() });

export type EditorialNews = z.infer<typeof EditorialNewsSchema>;
export type EditorialNewsSummary = z.infer<typeof EditorialNewsSummarySchema>;
export type EditorialTranslation = z.infer<typeof EditorialTranslationSchema>;
export type EditorialTranslationInput = z.infer<typeof EditorialTranslationInputSchema>;
export type NewsDraftInput = z.infer<typeof NewsDraftInputSchema>;
export type NewsUpdateInput = z.infer<typeof NewsUpdateInputSchema>;
export type AuditEntry = z.infer<typeof AuditEntrySchema>;
