import { z } from '@hono/zod-openapi';
import { storableDateTime } from '../../http/dates.js';
import { LangSchema, langQueryParam } from '../../http/lang.js';
import { cursorQueryParam, limitQueryParam, pageSchema } from '../../http/pagination.js';
import { AuthoritySlugSchema } from '../authorities/index.js';

export const ImageSchema = z
  .object({
    url: z.string().openapi({
      description: 'Path of the image relative to the API base.',
      example: '/media/news/ganja-park.svg',
    }),
    alt: z.string().openapi({ description: 'Alternative text, in the language served.' }),
    width: z.number().int().openapi({ description: 'Intrinsic width in CSS pixels.', example: 1200 }),
    height: z.number().int().openapi({ description: 'Intrinsic height in CSS pixels.', example: 675 }),
  })
  .openapi('Image', { description: 'An image with its text alternative and intrinsic size.' });

export const NewsSummarySchema = z
  .object({
    id: z.uuid().openapi({ example: '3f1c2a9e-8b4d-4c6e-9a10-2b7e5d4c1f00' }),
    authority: AuthoritySlugSchema.openapi({ description: 'Slug of the authority that published it.' }),
    title: z.string(),
    summary: z.string().openapi({ description: 'One or two sentences.' }),
    publishedAt: z.iso
      .datetime()
      .openapi({ description: 'When it was published (UTC).', example: '2026-11-18T08:30:00.000Z' }),
    // A union rather than .nullable(): zod-to-openapi would otherwise make the Image component itself
    // nullable.
    cover: z
      .union([ImageSchema, z.null()])
      .openapi({ description: 'The cover image, if the article has one.' }),
    lang: LangSchema,
  })
  .openapi('NewsSummary', {
    description:
      'A news article as listed: everything but the body. `lang` is the language its texts are actually ' +
      'in: the one asked for, or az when the article has no translation into it.',
  });

export const NewsArticleSchema = NewsSummarySchema.extend({
  body: z.array(z.string()).openapi({ description: 'Paragraphs of plain text (derived from bodyHtml).' }),
  bodyHtml: z.string().openapi({
    description:
      'The body as HTML, sanitized on write to the allow-list p, br, strong, em, b, i, u, s, h2, h3, h4, ul, ' +
      'ol, li, blockquote and a[href] (http, https, mailto, tel; rel="noopener noreferrer nofollow"). ' +
      'Render it by rebuilding those elements, never as raw innerHTML.',
  }),
}).openapi('NewsArticle', { description: 'A news article with its body.' });

export const NewsPageSchema = pageSchema(
  NewsSummarySchema,
  'NewsPage',
  'A page of published news, newest first (publishedAt, then id, descending).',
);

/** The position in the news list a cursor carries: publishedAt and id of the last item served. */
export const NewsCursorSchema = z.object({ p: storableDateTime(), i: z.uuid() });
export type NewsCursor = z.infer<typeof NewsCursorSchema>;

export const ListNewsQuerySchema = z.object({
  authority: AuthoritySlugSchema.optional().openapi({
    param: { name: 'authority', in: 'query' },
    description: 'Only the news of this authority.',
  }),
  lang: langQueryParam,
  limit: limitQueryParam,
  cursor: cursorQueryParam(NewsCursorSchema),
});

export const NewsPathSchema = z.object({
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' }, description: 'The article id.' }),
});

export const GetNewsQuerySchema = z.object({ lang: langQueryParam });

export type NewsSummary = z.infer<typeof NewsSummarySchema>;
export type NewsArticle = z.infer<typeof NewsArticleSchema>;
export type NewsPage = z.infer<typeof NewsPageSchema>;
export type Image = z.infer<typeof ImageSchema>;
