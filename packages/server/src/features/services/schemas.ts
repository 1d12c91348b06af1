import { z } from '@hono/zod-openapi';
import { DOCUMENT_MEDIA_TYPES, SERVICE_CATEGORIES } from '../../domain/enums.js';
import { LangSchema, langQueryParam } from '../../http/lang.js';
import { cursorQueryParam, limitQueryParam, pageSchema } from '../../http/pagination.js';
import { AuthoritySlugSchema } from '../authorities/index.js';

export const ServiceCategorySchema = z.enum(SERVICE_CATEGORIES).openapi('ServiceCategory', {
  description: 'The category of an e-service in the catalogue.',
});

export const DocumentMediaTypeSchema = z.enum(DOCUMENT_MEDIA_TYPES).openapi('DocumentMediaType', {
  description: 'A kind of file a required document may be; a file is checked by its bytes, not its name.',
});

export const ServiceSlugSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]{1,62}$/)
  .openapi({ description: 'The service’s slug.', example: 'residence-certificate' });

export const ServiceDocumentSchema = z
  .object({
    key: z.string().openapi({ description: 'Stable within the service; the form’s file field names it.' }),
    name: z.string(),
    hint: z.string().openapi({ description: 'What to attach, in a sentence.' }),
    accept: z.array(DocumentMediaTypeSchema).min(1),
    maxBytes: z.number().int().positive().openapi({ description: 'The most bytes of one file.' }),
    maxFiles: z.number().int().positive().openapi({ description: 'The most files for this document.' }),
    required: z.boolean(),
  })
  .openapi('ServiceDocument', { description: 'A document the service asks for, with its limits.' });

export const ServiceSummarySchema = z
  .object({
    slug: ServiceSlugSchema,
    title: z.string(),
    summary: z.string().openapi({ description: 'One sentence.' }),
    category: ServiceCategorySchema,
    localExecutive: z.boolean().openapi({
      description: 'One of the public services provided by local executive powers.',
    }),
    authorities: z.array(AuthoritySlugSchema).openapi({ description: 'The authorities that provide it.' }),
    feeQapik: z
      .number()
      .int()
      .min(0)
      .openapi({ description: 'The fee in qəpik (1 manat = 100 qəpik); 0: free of charge.', example: 0 }),
    processingDays: z.number().int().min(1).openapi({ description: 'Processing time in working days.' }),
    electronic: z.boolean().openapi({ description: 'Whether it can be applied for online.' }),
    lang: LangSchema,
  })
  .openapi('ServiceSummary', {
    description:
      'An e-service as listed. `lang` is the language its texts are in: the one asked for, or az when ' +
      'the service has no translation into it.',
  });

export const ServiceSchema = ServiceSummarySchema.extend({
  description: z.string(),
  documents: z.array(ServiceDocumentSchema),
  legalBasis: z.string(),
  offline: z.string().nullable().openapi({
    description: 'For a service that cannot be applied for online, where to go instead; null otherwise.',
  }),
}).openapi('Service', {
  description: 'An e-service with everything a citizen needs to know before applying.',
});

export const ServicePageSchema = pageSchema(
  ServiceSummarySchema,
  'ServicePage',
  'A page of the catalogue, in the catalogue’s order.',
);

/** The position in the catalogue a cursor carries: the last item's position and slug. */
export const ServiceCursorSchema = z.object({ p: z.number().int(), s: ServiceSlugSchema });
export type ServiceCursor = z.infer<typeof ServiceCursorSchema>;

/** The longest search text accepted (a word or a few). */
export const MAX_SERVICE_QUERY = 100;

export const ListServicesQuerySchema = z.object({
  authority: AuthoritySlugSchema.optional().openapi({
    param: { name: 'authority', in: 'query' },
    description: 'Only the services this authority provides.',
  }),
  category: ServiceCategorySchema.optional().openapi({
    param: { name: 'category', in: 'query' },
    description: 'Only the services of this category.',
  }),
  q: z
    .string()
    .trim()
    .min(1)
    .max(MAX_SERVICE_QUERY)
    .optional()
    .openapi({
      param: { name: 'q', in: 'query' },
      description:
        'Only the services whose title, summary or description contains this text, in the language ' +
        'served (case-insensitive by that language’s rules, e.g. Azerbaijani I/ı and İ/i).',
    }),
  lang: langQueryParam,
  limit: limitQueryParam,
  cursor: cursorQueryParam(ServiceCursorSchema),
});

export const ServicePathSchema = z.object({
  slug: ServiceSlugSchema.openapi({ param: { name: 'slug', in: 'path' } }),
});

export const GetServiceQuerySchema = z.object({ lang: langQueryParam });

export type ServiceSummary = z.infer<typeof ServiceSummarySchema>;
export type Service = z.infer<typeof ServiceSchema>;
