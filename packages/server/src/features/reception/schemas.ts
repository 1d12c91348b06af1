import { z } from '@hono/zod-openapi';
import { RECEPTION_DAYPARTS, RECEPTION_REQUEST_STATUSES } from '../../domain/enums.js';
import { langQueryParam } from '../../http/lang.js';
import { cursorQueryParam, limitQueryParam, pageSchema } from '../../http/pagination.js';
import { AuthoritySlugSchema } from '../authorities/index.js';
import { ApplicationAttachmentSchema, MAX_ATTACHMENTS_PER_APPLICATION } from '../participation/index.js';
import { MAX_MEETING_MS } from './slots.js';

const StatusSchema = z.enum(RECEPTION_REQUEST_STATUSES).openapi('ReceptionRequestStatus', {
  description: 'Asked, then scheduled by a reception officer or declined; cancelled by either side.',
});
const DaypartSchema = z.enum(RECEPTION_DAYPARTS).openapi('ReceptionDaypart', {
  description: 'Before 13:00 (morning) or from 13:00 (afternoon), Baku time.',
});

const idParam = (name: string) => z.uuid().openapi({ param: { name, in: 'path' } });
const isoDate = z.iso.date().refine((value) => value >= '2000-01-01' && value <= '2100-12-31', {
  message: 'A date from 2000 to 2100.',
});
/** An instant from 2000 to 2100, with its offset: what both databases store. */
const instant = z.iso
  .datetime({ offset: true })
  .refine((value) => Date.parse(value) >= Date.UTC(2000, 0, 1) && Date.parse(value) < Date.UTC(2101, 0, 1), {
    message: 'An instant from 2000 to 2100.',
  });

export const ReceptionTopicSchema = z
  .object({ slug: z.string(), title: z.string() })
  .openapi('ReceptionTopic', { description: 'What a citizen may ask to meet about.' });

export const ReceptionTopicListSchema = z
  .object({ items: z.array(ReceptionTopicSchema) })
  .openapi('ReceptionTopicList');

export const ReceptionRoomSchema = z.object({ id: z.uuid(), name: z.string() }).openapi('ReceptionRoom');

export const ReceptionHoursSchema = z
  .object({
    weekday: z.number().int().min(1).max(7).openapi({ description: 'ISO weekday: 1 Monday … 7 Sunday.' }),
    startsAt: z.string().openapi({ description: 'HH:MM, Baku time.', example: '10:00' }),
    endsAt: z.string().openapi({ description: 'HH:MM, Baku time.', example: '13:00' }),
    room: ReceptionRoomSchema,
    validFrom: z.iso.date(),
    validUntil: z.iso.date().nullable(),
  })
  .openapi('ReceptionHours', { description: 'A weekly rule: "every Tuesday 10:00–13:00, room 204".' });

export const ReceptionOfficialSchema = z
  .object({
    id: z.uuid(),
    authority: z.string(),
    name: z.string(),
    title: z.string().openapi({ description: 'The official’s position.' }),
    photoUrl: z.string().nullable(),
    slotMinutes: z.number().int().openapi({ description: 'The length of one meeting, minutes.' }),
    hours: z.array(ReceptionHoursSchema),
  })
  .openapi('ReceptionOfficial', {
    description: 'An official who receives citizens, with their reception hours.',
  });

export const ReceptionOfficialListSchema = z
  .object({ timeZone: z.literal('Asia/Baku'), items: z.array(ReceptionOfficialSchema) })
  .openapi('ReceptionOfficialList');

export const ReceptionSlotSchema = z
  .object({
    startsAt: z.iso.datetime(),
    endsAt: z.iso.datetime(),
    room: ReceptionRoomSchema,
    free: z.boolean(),
  })
  .openapi('ReceptionSlot');

export const ReceptionAvailabilitySchema = z
  .object({
    official: z.uuid(),
    timeZone: z.literal('Asia/Baku'),
    from: z.iso.date(),
    to: z.iso.date(),
    slots: z.array(ReceptionSlotSchema),
  })
  .openapi('ReceptionAvailability', {
    description:
      'The official’s slots on the working days from `from` up to, not including, `to` (Baku dates), none in ' +
      'the past: free, or taken by a meeting of the official or in the room.',
  });

export const OfficialsQuerySchema = z.object({
  authority: AuthoritySlugSchema.openapi({ param: { name: 'authority', in: 'query' }, example: 'guba' }),
  lang: langQueryParam,
});

export const AvailabilityQuerySchema = z.object({
  official: z.uuid().openapi({ param: { name: 'official', in: 'query' } }),
  from: isoDate.optional().openapi({
    param: { name: 'from', in: 'query' },
    description: 'The first Baku date (default: today).',
  }),
  to: isoDate.optional().openapi({
    param: { name: 'to', in: 'query' },
    description:
      'The Baku date after the last (default: two weeks after `from`); at most 62 days after `from`.',
  }),
  lang: langQueryParam,
});

export const ReceptionAppointmentSchema = z
  .object({
    official: z.object({ id: z.uuid(), name: z.string(), title: z.string() }),
    room: ReceptionRoomSchema,
    startsAt: z.iso.datetime(),
    endsAt: z.iso.datetime(),
    timeZone: z.literal('Asia/Baku'),
    cancelled: z.boolean(),
    sequence: z
      .number()
      .int()
      .openapi({ description: 'Raised by every reschedule and by the cancellation.' }),
  })
  .openapi('ReceptionAppointment');

export const ReceptionEventSchema = z
  .object({
    status: StatusSchema,
    at: z.iso.datetime(),
    by: z.enum(['citizen', 'officer']),
    rescheduled: z.literal(true).optional(),
    reason: z.string().optional(),
  })
  .openapi('ReceptionEvent');

export const ReceptionRequestSchema = z
  .object({
    id: z.uuid(),
    reference: z.string(),
    authority: z.string(),
    topic: ReceptionTopicSchema,
    description: z.string(),
    citizenName: z.string().openapi({ description: 'As the population registry gave it.' }),
    preferredOfficial: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    preferredDays: z.array(z.number().int().min(1).max(7)),
    preferredDayparts: z.array(DaypartSchema),
    status: StatusSchema,
    revision: z.number().int().min(1).openapi({
      description: 'Grows with every change; the ETag is "r<revision>": send it as If-Match with a change.',
    }),
    reason: z.string().nullable(),
    createdAt: z.iso.datetime(),
    history: z.array(ReceptionEventSchema),
    attachments: z.array(ApplicationAttachmentSchema).openapi({
      description: 'Files the citizen attached, in their order; their bytes: getReceptionAttachment.',
    }),
    appointment: z.union([ReceptionAppointmentSchema, z.null()]).openapi({
      description:
        'The meeting it was given (kept, marked cancelled, when it was cancelled); null until scheduled.',
    }),
  })
  .openapi('ReceptionRequest', {
    description: 'A citizen’s request for a meeting, and the meeting it was given.',
  });

export const ReceptionRequestPageSchema = pageSchema(
  ReceptionRequestSchema,
  'ReceptionRequestPage',
  'Requests for a meeting, a page at a time.',
);

export const NewReceptionRequestSchema = z
  .object({
    authority: AuthoritySlugSchema,
    topic: z.string().min(1).max(64),
    description: z.string().trim().min(10).max(2000),
    preferredOfficial: z.uuid().optional().openapi({ description: 'None: whoever is responsible.' }),
    preferredDays: z.array(z.number().int().min(1).max(5)).max(5).default([]),
    preferredDayparts: z.array(DaypartSchema).max(2).default([]),
    attachments: z
      .array(z.uuid())
      .max(MAX_ATTACHMENTS_PER_APPLICATION)
      .default([])
      .openapi({
        description:
          'Ids of the citizen’s own uploads (uploadReceptionAttachment), in order, at most 5: claimed in the ' +
          'transaction that records the request.',
      }),
  })
  .strict()
  .openapi('NewReceptionRequest');

export const AttachmentPathSchema = z.object({ id: idParam('id'), attachmentId: idParam('attachmentId') });

export const ScheduleSchema = z
  .object({ official: z.uuid(), room: z.uuid(), startsAt: instant, endsAt: instant })
  .strict()
  .refine((v) => Date.parse(v.endsAt) > Date.parse(v.startsAt), {
    message: 'It ends after it starts.',
    path: ['endsAt'],
  })
  .refine((v) => Date.parse(v.endsAt) - Date.parse(v.startsAt) <= MAX_MEETING_MS, {
    message: 'A meeting is at most four hours long.',
    path: ['endsAt'],
  })
  .openapi('ReceptionSchedule');

export const RescheduleSchema = z
  .object({
    startsAt: instant,
    endsAt: instant
      .optional()
      .openapi({ description: 'An officer’s only; the citizen keeps the meeting’s length.' }),
    official: z.uuid().optional().openapi({ description: 'An officer’s only.' }),
    room: z.uuid().optional().openapi({ description: 'An officer’s only.' }),
    reason: z.string().trim().min(3).max(2000),
  })
  .strict()
  .openapi('ReceptionReschedule');

export const ReasonSchema = z
  .object({ reason: z.string().trim().min(3).max(2000) })
  .strict()
  .openapi('ReceptionReason');

export const RequestPathSchema = z.object({ id: idParam('id') });
export const RequestCursorSchema = z.object({ c: z.iso.datetime(), i: z.uuid() });
export const ListRequestsQuerySchema = z.object({
  status: StatusSchema.optional().openapi({ param: { name: 'status', in: 'query' } }),
  limit: limitQueryParam,
  cursor: cursorQueryParam(RequestCursorSchema),
  lang: langQueryParam,
});
export const MyRequestsQuerySchema = z.object({
  limit: limitQueryParam,
  cursor: cursorQueryParam(RequestCursorSchema),
  lang: langQueryParam,
});
export const LangOnlyQuerySchema = z.object({ lang: langQueryParam });

export const CalendarFeedSchema = z
  .object({
    url: z.url().openapi({ description: 'The feed’s private address; shown only now.' }),
    createdAt: z.iso.datetime(),
  })
  .openapi('CalendarFeed');
export const CalendarFeedStateSchema = z
  .object({ active: z.boolean(), createdAt: z.iso.datetime().nullable() })
  .openapi('CalendarFeedState');
export const FeedPathSchema = z.object({
  token: z
    .string()
    .max(64)
    .openapi({ param: { name: 'token', in: 'path' }, description: 'The secret of the feed’s address.' }),
});
