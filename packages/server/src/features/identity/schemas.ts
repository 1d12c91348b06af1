import { z } from '@hono/zod-openapi';
import { FAMILY_RELATIONS, STAFF_KINDS, STAFF_ROLES } from '../../domain/enums.js';
import { storableDateTime } from '../../http/dates.js';
import { LangSchema, langQueryParam } from '../../http/lang.js';
import { cursorQueryParam, limitQueryParam, pageSchema } from '../../http/pagination.js';
import { AuthoritySlugSchema } from '../authorities/index.js';

export const StaffKindSchema = z.enum(STAFF_KINDS).openapi('StaffKind', {
  description: 'Which staff: an official of an authority, or an evaluator of the State Agency.',
});

export const StaffRoleSchema = z.enum(STAFF_ROLES).openapi('StaffRole', {
  description:
    'A role of staff: officials have a subset of admin, editor, moderator, reception (reception officer) ' +
    'and service (service officer); evaluators have evaluator.',
});

export const FamilyRelationSchema = z.enum(FAMILY_RELATIONS).openapi('FamilyRelation', {
  description:
    'How a member of a citizen’s family is related to them, as the population registry records it.',
});

export const FamilyMemberSchema = z
  .object({
    fullName: z.string().openapi({ description: 'Last name, first name and patronymic.' }),
    birthDate: z.iso.date().openapi({ example: '2010-09-15' }),
    relation: FamilyRelationSchema,
  })
  .openapi('FamilyMember', {
    description: 'Someone the registry holds at the citizen’s registered address.',
  });

export const MeCitizenSchema = z
  .object({
    fin: z.string().openapi({ description: 'Personal identification number (FIN).', example: '5HK2L7P' }),
    firstName: z.string(),
    lastName: z.string(),
    patronymic: z.string(),
    birthDate: z.iso.date().openapi({ example: '1990-03-14' }),
    address: z.string().openapi({ description: 'Registered address, in the language served.' }),
    authority: AuthoritySlugSchema.openapi({
      description: 'Slug of the authority of the territory of the registered address.',
    }),
    family: z.array(FamilyMemberSchema).openapi({
      description: 'The others registered at the address (none for a citizen who lives alone).',
    }),
  })
  .openapi('MeCitizen', { description: 'A citizen’s personal data, read from the population registry.' });

export const MeOfficialSchema = z
  .object({
    name: z.string().openapi({ description: 'Display name.' }),
    authority: AuthoritySlugSchema.nullable().openapi({
      description: 'Slug of the official’s authority; null for evaluators of the State Agency.',
    }),
    roles: z.array(StaffRoleSchema),
  })
  .openapi('MeOfficial', { description: 'A member of staff: an official or an evaluator.' });

const subjectOf = (example: string) =>
  z.string().openapi({ description: 'The subject of the access token.', example });

export const SignedInCitizenSchema = z
  .object({
    kind: z.literal('citizen'),
    sub: subjectOf('citizen:5HK2L7P'),
    citizen: MeCitizenSchema,
    lang: LangSchema,
  })
  .openapi('SignedInCitizen', { description: 'A signed-in citizen, with their data from the registry.' });

export const SignedInStaffSchema = z
  .object({
    kind: StaffKindSchema,
    sub: subjectOf('staff:5b1f0c2e-6a37-4c1e-9d7a-2f4e8c9b1a60'),
    official: MeOfficialSchema,
    lang: LangSchema,
  })
  .openapi('SignedInStaff', { description: 'A signed-in member of staff: an official or an evaluator.' });

export const MeSchema = z
  .discriminatedUnion('kind', [SignedInCitizenSchema, SignedInStaffSchema])
  .openapi('Me', {
    description: 'The signed-in person: a citizen or a member of staff, told apart by `kind`.',
  });

export const NotificationSchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    body: z.string(),
    createdAt: z.iso.datetime().openapi({ example: '2026-11-20T09:15:00.000Z' }),
    readAt: z.iso
      .datetime()
      .nullable()
      .openapi({ description: 'When it was marked read; null while unread.' }),
    link: z.string().optional().openapi({ description: 'Where to go to act on it, if anywhere.' }),
    lang: LangSchema,
  })
  .openapi('Notification', {
    description: 'A notification to the signed-in person, in the language served.',
  });

export const NotificationPageSchema = pageSchema(
  NotificationSchema,
  'NotificationPage',
  'A page of the signed-in person’s notifications, newest first.',
);

export const NotificationCursorSchema = z.object({ c: storableDateTime(), i: z.uuid() });
export type NotificationCursor = z.infer<typeof NotificationCursorSchema>;

export const GetMeQuerySchema = z.object({ lang: langQueryParam });

export const ListMyNotificationsQuerySchema = z.object({
  lang: langQueryParam,
  limit: limitQueryParam,
  cursor: cursorQueryParam(NotificationCursorSchema),
  unread: z
    .enum(['true', 'false'])
    .optional()
    .openapi({
      param: { name: 'unread', in: 'query' },
      description: '`true`: only unread notifications; `false` or absent: all.',
    }),
});

export const NotificationPathSchema = z.object({
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' }, description: 'The notification id.' }),
});

export type Me = z.infer<typeof MeSchema>;
export type Notification = z.infer<typeof NotificationSchema>;
export type NotificationPage = z.infer<typeof NotificationPageSchema>;
