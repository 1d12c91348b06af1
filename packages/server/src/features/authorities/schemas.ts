import { z } from '@hono/zod-openapi';
import { AUTHORITY_KINDS } from '../../domain/enums.js';
import { LangSchema, langQueryParam } from '../../http/lang.js';
import { cursorQueryParam, limitQueryParam, pageSchema } from '../../http/pagination.js';

export const AUTHORITY_SLUG_PATTERN = /^[a-z][a-z0-9-]{1,62}$/;

export const AuthoritySlugSchema = z.string().regex(AUTHORITY_SLUG_PATTERN).openapi({
  description: 'Stable identifier of a local executive authority.',
  example: 'ganja',
});

export const AuthorityKindSchema = z
  .enum(AUTHORITY_KINDS)
  .openapi('AuthorityKind', { description: 'A city or a district executive power.' });

export const AuthorityContactsSchema = z
  .object({
    address: z.string().openapi({ example: 'Gəncə şəhəri, Atatürk prospekti 1' }),
    phone: z.string().openapi({ example: '+994 22 256 00 00' }),
    email: z.string().openapi({ example: 'info@ganja-ih.gov.az' }),
    website: z.string().openapi({ example: 'https://ganja-ih.gov.az' }),
  })
  .openapi('AuthorityContacts', { description: 'How citizens reach the authority.' });

export const AuthoritySchema = z
  .object({
    slug: AuthoritySlugSchema,
    name: z.string().openapi({ example: 'Ganja City Executive Power' }),
    shortName: z.string().openapi({ example: 'Ganja' }),
    kind: AuthorityKindSchema,
    contacts: AuthorityContactsSchema,
    lang: LangSchema,
  })
  .openapi('Authority', {
    description:
      'A local executive authority (city or district executive power). `lang` is the language its texts ' +
      'are actually in: the one asked for, or az when there is no translation into it.',
  });

export const AuthorityPageSchema = pageSchema(
  AuthoritySchema,
  'AuthorityPage',
  'A page of authorities, ordered by slug.',
);

/** The position in the authority list a cursor carries: the slug of the last authority served. */
export const AuthorityCursorSchema = z.object({ s: AuthoritySlugSchema });
export type AuthorityCursor = z.infer<typeof AuthorityCursorSchema>;

export const ListAuthoritiesQuerySchema = z.object({
  lang: langQueryParam,
  limit: limitQueryParam,
  cursor: cursorQueryParam(AuthorityCursorSchema),
});

export const AuthorityPathSchema = z.object({
  slug: AuthoritySlugSchema.openapi({ param: { name: 'slug', in: 'path' } }),
});

export const GetAuthorityQuerySchema = z.object({ lang: langQueryParam });

export type Authority = z.infer<typeof AuthoritySchema>;
export type AuthorityPage = z.infer<typeof AuthorityPageSchema>;
