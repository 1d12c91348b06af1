/**
 * The citizen reception's routes: the officials with their hours and free slots (public), the
 * citizen's request for a meeting and their own requests, and the reception officers' queue and
 * changes (schedule, reschedule, decline, cancel; the citizen may reschedule into a free slot of
 * their official's hours and cancel). A change of a request answers 412 for a stale If-Match, 409
 * for a change that does not lead from its status, and 409 `slot-taken`, with the nearest free
 * slots, when the official or the room already has a meeting then.
 */
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Db } from '../../db/database.js';
import { addDays, bakuDate } from '../../domain/holidays.js';
import { type AccessRule, invalidToken, open, principalOf, secured } from '../../http/auth.js';
import { conditionalJson, PUBLIC_CACHING, REVALIDATED_CACHING } from '../../http/conditional.js';
import type { AppEnv } from '../../http/env.js';
import type { Lang } from '../../http/lang.js';
import type { Translations } from '../../http/messages.js';
import {
  conditionalParameter,
  errorResponses,
  notFoundResponse,
  notModifiedResponse,
  publicReadHeaders,
  revalidatedListHeaders,
  route,
} from '../../http/openapi-route.js';
import { decodeCursor, nextCursorOf } from '../../http/pagination.js';
import type { Principal } from '../../http/principal.js';
import { problem, problemResponse } from '../../http/problem.js';
import { header } from '../../http/request.js';
import { privateHeaders } from '../../http/respond.js';
import { AuthorityPathSchema, authoritySlugs, findAuthority } from '../authorities/index.js';
import type { FeatureContextProvider } from '../context.js';
import { fullNameOf } from '../identity/index.js';
import {
  AttachmentsNotClaimable,
  attachmentDownload,
  attachmentsOf,
  attachmentUpload,
  declareAttachmentLimit,
  findAttachment,
  receiveAttachment,
  sendAttachment,
  unclaimable,
} from '../participation/index.js';
import { etagOf, expectedRevision, IfMatchSchema, langOf, textIn } from '../services/index.js';
import { type CalendarEvent, calendarOf } from './ics.js';
import {
  type AppointmentRow,
  appointmentsOf,
  availabilityOf,
  type Caller,
  type Change,
  calendarFeedOf,
  changeRequest,
  createRequest,
  feedCitizen,
  feedMeetings,
  findAppointment,
  findOfficial,
  findRequest,
  listOfficials,
  listRequests,
  listTopics,
  type RequestRow,
  type RoomRow,
  renewCalendarFeed,
  revokeCalendarFeed,
} from './queries.js';
import {
  AttachmentPathSchema,
  AvailabilityQuerySchema,
  CalendarFeedSchema,
  CalendarFeedStateSchema,
  FeedPathSchema,
  LangOnlyQuerySchema,
  ListRequestsQuerySchema,
  MyRequestsQuerySchema,
  NewReceptionRequestSchema,
  OfficialsQuerySchema,
  ReasonSchema,
  ReceptionAvailabilitySchema,
  ReceptionOfficialListSchema,
  ReceptionRequestPageSchema,
  ReceptionRequestSchema,
  ReceptionTopicListSchema,
  RequestCursorSchema,
  RequestPathSchema,
  RescheduleSchema,
  ScheduleSchema,
} from './schemas.js';
import { BAKU_TIME_ZONE, MAX_MEETING_MS } from './slots.js';

const CITIZENS: AccessRule = { kinds: ['citizen'] };
const OFFICERS: AccessRule = { kinds: ['official'], roles: ['reception'], scope: 'reception:schedule' };
/** The citizen, or an official: the handler admits only the request's citizen and its authority's reception officers. */
const CITIZENS_AND_OFFICERS: AccessRule = { kinds: ['citizen', 'official'], scope: 'reception:schedule' };

const text = {
  attachment: {
    az: 'Bu identifikatorla bu müraciətin sizə görünən əlavəsi yoxdur.',
    en: 'This request has no attachment with this id that you may see.',
    ru: 'У этой заявки нет доступного вам вложения с таким идентификатором.',
  },
  request: {
    az: 'Bu identifikatorla sizin baxa biləcəyiniz görüş müraciəti yoxdur.',
    en: 'There is no request for a meeting with this id that you may see.',
    ru: 'Заявки на приём с таким идентификатором, доступной вам, нет.',
  },
  official: {
    az: 'Belə qəbul edən rəsmi şəxs yoxdur.',
    en: 'There is no such official receiving citizens.',
    ru: 'Такого должностного лица, ведущего приём, нет.',
  },
  authority: {
    az: 'Belə icra hakimiyyəti yoxdur.',
    en: 'There is no such authority.',
    ru: 'Такого органа исполнительной власти нет.',
  },
  topic: { az: 'Belə mövzu yoxdur.', en: 'There is no such topic.', ru: 'Такой темы нет.' },
  feed: {
    az: 'Bu ünvanla təqvim yoxdur: ya heç olmayıb, ya da ləğv edilib.',
    en: 'There is no calendar at this address: there never was, or it was revoked.',
    ru: 'Календаря по этому адресу нет: его не было или он отозван.',
  },
  preferredOfficial: {
    az: 'Bu rəsmi şəxs həmin icra hakimiyyətində vətəndaş qəbul etmir.',
    en: 'That official does not receive citizens at that authority.',
    ru: 'Это должностное лицо не ведёт приём в этом органе.',
  },
  room: {
    az: 'Bu otaq həmin icra hakimiyyətinə aid deyil.',
    en: 'That room is not of the request’s authority.',
    ru: 'Этот кабинет не относится к органу заявки.',
  },
  range: {
    az: 'Aralıq ən çoxu 62 gün ola bilər və `to` `from`-dan sonra olmalıdır.',
    en: 'The range is at most 62 days, and `to` comes after `from`.',
    ru: 'Диапазон — не больше 62 дней, и `to` идёт после `from`.',
  },
  notASlot: {
    az: 'Vətəndaş yalnız rəsmi şəxsin qəbul saatlarındakı boş vaxtı seçə bilər.',
    en: 'A citizen may move the meeting only to a free slot of the official’s reception hours.',
    ru: 'Гражданин может перенести приём только на свободное время в часы приёма должностного лица.',
  },
  length: {
    az: 'Görüş başladıqdan sonra bitməli və ən çoxu dörd saat çəkməlidir.',
    en: 'A meeting ends after it starts and lasts at most four hours.',
    ru: 'Приём заканчивается после начала и длится не больше четырёх часов.',
  },
  officerOnly: {
    az: 'Rəsmi şəxsi, otağı və müddəti yalnız qəbul əməkdaşı dəyişə bilər.',
    en: 'Only a reception officer may change the official, the room or the length.',
    ru: 'Должностное лицо, кабинет и длительность может изменить только сотрудник приёма.',
  },
} satisfies Record<string, Translations>;

/** What a meeting's calendar event is called, in the request's language. */
const ICS_WORDS: Record<Lang, { summary: (official: string) => string }> = {
  az: { summary: (official) => `Qəbul: ${official}` },
  en: { summary: (official) => `Meeting with ${official}` },
  ru: { summary: (official) => `Приём: ${official}` },
};

const conflictText = (status: string): Translations => ({
  az: `Görüş müraciəti indi “${status}” vəziyyətindədir: bu dəyişiklik oradan mümkün deyil.`,
  en: `The request is now “${status}”: this change does not lead from there.`,
  ru: `Заявка сейчас в статусе «${status}»: это изменение оттуда невозможно.`,
});

const requestHeaders = {
  ETag: {
    description: 'The request’s revision, "r<n>": send it as If-Match with a change.',
    schema: { type: 'string' as const },
  },
};

const iso = (at: Date) => at.toISOString();

declareAttachmentLimit('/v1/reception/attachments');

/**
 * What requests are shown with, read once per answer however many requests it shows (a page of the
 * queue, a calendar feed): the topics, and each authority's officials, rooms, name and contacts.
 */
class Names {
  readonly #topics = new Map<string, ReturnType<typeof listTopics>>();
  readonly #staff = new Map<string, ReturnType<typeof listOfficials>>();
  readonly #authorities = new Map<string, ReturnType<typeof findAuthority>>();

  constructor(private readonly db: Db) {}

  topics() {
    return once(this.#topics, '', () => listTopics(this.db));
  }

  /** The authority's officials and rooms. */
  staff(authority: string) {
    return once(this.#staff, authority, () => listOfficials(this.db, authority));
  }

  authority(slug: string, lang: Lang) {
    return once(this.#authorities, `${slug}\n${lang}`, () => findAuthority(this.db, slug, lang));
  }

  #shown: readonly string[] = [];
  #attachments?: ReturnType<typeof attachmentsOf>;

  /** Names the requests a page of this answer shows: their attachments are read together, once. */
  shows(ids: readonly string[]): this {
    this.#shown = ids;
    return this;
  }

  /** A request's attachments: of the page named by `shows`, else read for that request alone. */
  async attachments(request: string) {
    if (!this.#shown.includes(request))
      return (await attachmentsOf(this.db, 'receptionRequestId', [request])).get(request) ?? [];
    this.#attachments ??= attachmentsOf(this.db, 'receptionRequestId', [...this.#shown]);
    return (await this.#attachments).get(request) ?? [];
  }
}

/** What `load` gives for `key`, loaded the first time only. */
function once<T>(cache: Map<string, T>, key: string, load: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    value = load();
    cache.set(key, value);
  }
  return value;
}

/** A room as the API names it, in `lang`. */
const roomView = (room: RoomRow, lang: Lang) => ({ id: room.id, name: textIn(room.name, lang) });

/** A request as the API shows it, in `lang`, with its meeting. */
async function viewOf(names: Names, row: RequestRow, appointment: AppointmentRow | undefined, lang: Lang) {
  const topic = (await names.topics()).find((t) => t.slug === row.topicSlug);
  // The preferred official is one of the request's authority's: checked when it was asked.
  const { officials, rooms } = await names.staff(row.authoritySlug);
  const preferred = row.preferredOfficialId
    ? officials.find((o) => o.id === row.preferredOfficialId)
    : undefined;
  const official = appointment && officials.find((o) => o.id === appointment.officialId);
  const room = appointment && rooms.find((r) => r.id === appointment.roomId);
  return {
    id: row.id,
    reference: row.reference,
    authority: row.authoritySlug,
    topic: { slug: row.topicSlug, title: topic ? textIn(topic.title, lang) : row.topicSlug },
    description: row.description,
    citizenName: row.citizenName,
    preferredOfficial: preferred ? { id: preferred.id, name: textIn(preferred.name, lang) } : null,
    preferredDays: row.preferredDays,
    preferredDayparts: row.preferredDayparts,
    status: row.status,
    revision: row.revision,
    reason: row.reason,
    createdAt: iso(row.createdAt),
    history: row.history,
    attachments: await names.attachments(row.id),
    appointment:
      appointment && official && room
        ? {
            official: {
              id: official.id,
              name: textIn(official.name, lang),
              title: textIn(official.title, lang),
            },
            room: roomView(room, lang),
            startsAt: iso(appointment.startsAt),
            endsAt: iso(appointment.endsAt),
            timeZone: BAKU_TIME_ZONE,
            cancelled: appointment.cancelled,
            sequence: appointment.sequence,
          }
        : null,
  };
}

/** Whether the principal may see the request: its citizen, or a reception officer of its authority. */
function mayRead(principal: Principal, row: RequestRow): boolean {
  if (principal.kind === 'citizen') return row.citizen === principal.sub;
  return (
    principal.kind === 'official' &&
    principal.authority === row.authoritySlug &&
    principal.roles.includes('reception')
  );
}

export function registerReceptionRoutes(app: OpenAPIHono<AppEnv>, context: FeatureContextProvider): void {
  const tokens = () => context().identity.tokens;
  const noRequest = (c: Context<AppEnv>) =>
    problem(c, { name: 'not-found', status: 404, detail: text.request });

  route(
    app,
    createRoute(
      open({
        method: 'get',
        path: '/v1/reception/topics',
        operationId: 'listReceptionTopics',
        tags: ['Reception'],
        summary: 'List what a citizen may ask to meet about',
        description:
          'The translated list of topics of a request for a meeting, the same for every authority.',
        request: { query: LangOnlyQuerySchema },
        responses: {
          200: {
            description: 'The topics.',
            headers: publicReadHeaders,
            content: { 'application/json': { schema: ReceptionTopicListSchema } },
          },
          ...notModifiedResponse(publicReadHeaders),
          ...errorResponses,
        },
      }),
    ),
    async (c) => {
      const lang = langOf(c, c.req.valid('query').lang);
      const topics = await listTopics(context().db);
      return conditionalJson(
        c,
        { items: topics.map((t) => ({ slug: t.slug, title: textIn(t.title, lang) })) },
        PUBLIC_CACHING,
        { 'Content-Language': lang },
      );
    },
  );

  route(
    app,
    createRoute(
      open({
        method: 'get',
        path: '/v1/reception/officials',
        operationId: 'listReceptionOfficials',
        tags: ['Reception'],
        summary: 'List the officials of an authority who receive citizens, with their reception hours',
        description:
          'In the authority’s order: name and position in the language asked, the length of a meeting, and the ' +
          'weekly reception hours (Baku time) with their rooms.',
        request: { query: OfficialsQuerySchema },
        responses: {
          200: {
            description: 'The officials.',
            headers: publicReadHeaders,
            content: { 'application/json': { schema: ReceptionOfficialListSchema } },
          },
          ...notModifiedResponse(publicReadHeaders),
          ...errorResponses,
          404: problemResponse('No such authority.'),
        },
      }),
    ),
    async (c) => {
      const { authority, lang: asked } = c.req.valid('query');
      const lang = langOf(c, asked);
      const { db } = context();
      if (!(await authoritySlugs(db)).has(authority))
        return problem(c, { name: 'not-found', status: 404, detail: text.authority });
      const { officials, hours, rooms } = await listOfficials(db, authority);
      const roomOf = (id: string) => roomView(rooms.find((r) => r.id === id)!, lang);
      return conditionalJson(
        c,
        {
          timeZone: BAKU_TIME_ZONE,
          items: officials.map((o) => ({
            id: o.id,
            authority: o.authoritySlug,
            name: textIn(o.name, lang),
            title: textIn(o.title, lang),
            photoUrl: o.photoUrl,
            slotMinutes: o.slotMinutes,
            hours: hours
              .filter((h) => h.officialId === o.id)
              .map((h) => ({
                weekday: h.weekday,
                startsAt: h.startsAt,
                endsAt: h.endsAt,
                room: roomOf(h.roomId),
                validFrom: h.validFrom,
                validUntil: h.validUntil,
              })),
          })),
        },
        PUBLIC_CACHING,
        { 'Content-Language': lang },
      );
    },
  );

  route(
    app,
    createRoute(
      open({
        method: 'get',
        path: '/v1/reception/availability',
        operationId: 'getReceptionAvailability',
        tags: ['Reception'],
        summary: 'The slots of an official’s reception hours, free or taken',
        description:
          'Every slot of the official’s weekly hours on the working days of the range (public holidays and the ' +
          'official’s days off have none), none in the past; a slot is taken when the official, or the room, has ' +
          'a meeting then. Nothing says who has it. Revalidated at every use: it changes with every meeting scheduled.',
        request: { query: AvailabilityQuerySchema },
        parameters: [conditionalParameter],
        responses: {
          200: {
            description: 'The slots.',
            headers: revalidatedListHeaders,
            content: { 'application/json': { schema: ReceptionAvailabilitySchema } },
          },
          ...notModifiedResponse(revalidatedListHeaders),
          ...errorResponses,
          404: problemResponse('No such official.'),
          422: problemResponse('A range over 62 days, or one that ends before it starts.'),
        },
      }),
    ),
    async (c) => {
      const query = c.req.valid('query');
      const lang = langOf(c, query.lang);
      const now = new Date();
      const from = query.from ?? bakuDate(now);
      const to = query.to ?? addDays(from, 14);
      if (to <= from || to > addDays(from, 62))
        return problem(c, {
          name: 'validation',
          status: 422,
          errors: [{ pointer: '/query/to', detail: text.range }],
        });
      const { db } = context();
      const found = await availabilityOf(db, query.official, from, to, now);
      if (!found) return problem(c, { name: 'not-found', status: 404, detail: text.official });
      const { rooms } = await listOfficials(db, found.official.authoritySlug);
      return conditionalJson(
        c,
        {
          official: found.official.id,
          timeZone: BAKU_TIME_ZONE,
          from,
          to,
          slots: found.slots.map((slot) => {
            const room = rooms.find((r) => r.id === slot.roomId)!;
            return {
              startsAt: iso(slot.startsAt),
              endsAt: iso(slot.endsAt),
              room: roomView(room, lang),
              free: slot.free,
            };
          }),
        },
        REVALIDATED_CACHING,
        { 'Content-Language': lang },
      );
    },
  );

  route(
    app,
    createRoute(
      secured(
        {
          method: 'post',
          path: '/v1/reception/requests',
          operationId: 'createReceptionRequest',
          tags: ['Reception'],
          summary: 'Ask for a meeting with an official of an authority',
          description:
            'The citizen’s name comes from the population registry. The topic, what it is about, whom and when ' +
            'they would rather meet; a reception officer schedules it (the time, the room and the official) or ' +
            'declines it. Every change is notified to the citizen.',
          request: {
            query: LangOnlyQuerySchema,
            body: { required: true, content: { 'application/json': { schema: NewReceptionRequestSchema } } },
          },
          responses: {
            201: {
              description: 'The request.',
              headers: requestHeaders,
              content: { 'application/json': { schema: ReceptionRequestSchema } },
            },
            ...errorResponses,
            422: problemResponse(
              'An unknown authority or topic, an official who does not receive there, or an attachment that is ' +
                'not the citizen’s unclaimed upload or is named twice (at `/body/attachments/<index>`); nothing is ' +
                'written.',
            ),
          },
        },
        CITIZENS,
        tokens,
      ),
    ),
    async (c) => {
      const body = c.req.valid('json');
      const lang = langOf(c, c.req.valid('query').lang);
      const principal = principalOf(c);
      const { db, identity } = context();
      const person =
        principal.fin === undefined ? undefined : await identity.registry.findByFin(principal.fin);
      if (!person) return invalidToken(c);
      const errors: Array<{ pointer: string; detail: Translations }> = [];
      if (!(await authoritySlugs(db)).has(body.authority))
        errors.push({ pointer: '/body/authority', detail: text.authority });
      if (!(await listTopics(db)).some((t) => t.slug === body.topic))
        errors.push({ pointer: '/body/topic', detail: text.topic });
      if (body.preferredOfficial !== undefined) {
        const official = await findOfficial(db, body.preferredOfficial);
        if (!official || official.authoritySlug !== body.authority)
          errors.push({ pointer: '/body/preferredOfficial', detail: text.preferredOfficial });
      }
      if (errors.length) return problem(c, { name: 'validation', status: 422, errors });
      let row: RequestRow;
      try {
        row = await createRequest(db, {
          citizen: principal.sub,
          citizenName: fullNameOf(person),
          authority: body.authority,
          topic: body.topic,
          description: body.description,
          preferredOfficial: body.preferredOfficial,
          preferredDays: body.preferredDays,
          preferredDayparts: body.preferredDayparts,
          attachments: body.attachments,
          lang,
        });
      } catch (error) {
        if (error instanceof AttachmentsNotClaimable) return unclaimable(c, error);
        throw error;
      }
      const view = await viewOf(new Names(context().db), row, undefined, lang);
      return c.json(
        view,
        201,
        privateHeaders(c, { ETag: etagOf(row.revision), Location: `/v1/reception/requests/${row.id}` }),
      );
    },
  );

  route(
    app,
    createRoute(
      secured(
        {
          method: 'get',
          path: '/v1/reception/requests/{id}',
          operationId: 'getReceptionRequest',
          tags: ['Reception', 'Cabinet'],
          summary: 'A request for a meeting, with the meeting it was given',
          description:
            'Its citizen, or a reception officer of its authority; anyone else is told there is none.',
          request: { params: RequestPathSchema, query: LangOnlyQuerySchema },
          responses: {
            200: {
              description: 'The request.',
              headers: requestHeaders,
              content: { 'application/json': { schema: ReceptionRequestSchema } },
            },
            ...errorResponses,
            ...notFoundResponse,
          },
        },
        CITIZENS_AND_OFFICERS,
        tokens,
      ),
    ),
    async (c) => {
      const lang = langOf(c, c.req.valid('query').lang);
      const { db } = context();
      const row = await findRequest(db, c.req.valid('param').id);
      if (!row || !mayRead(principalOf(c), row)) return noRequest(c);
      const view = await viewOf(new Names(db), row, await findAppointment(db, row.id), lang);
      return c.json(view, 200, privateHeaders(c, { ETag: etagOf(row.revision), 'Content-Language': lang }));
    },
  );

  route(
    app,
    createRoute(
      secured(
        {
          method: 'post',
          path: '/v1/reception/attachments',
          operationId: 'uploadReceptionAttachment',
          tags: ['Reception'],
          summary: 'Upload a file for a request for a meeting',
          description:
            'As uploadParticipationAttachment: the body is the file itself (PDF, JPEG or PNG, at most 5 MiB), ' +
            'checked by its magic number, its name cleaned. It waits, unclaimed, until a request names it in ' +
            '`attachments` (createReceptionRequest), for 24 hours at most; the 20 unclaimed uploads a citizen ' +
            'may hold count those of both kinds.',
          ...attachmentUpload,
        },
        CITIZENS,
        tokens,
      ),
    ),
    (c) => receiveAttachment(c, context().db, c.req.valid('query').filename),
  );

  route(
    app,
    createRoute(
      secured(
        {
          method: 'get',
          path: '/v1/reception/requests/{id}/attachments/{attachmentId}',
          operationId: 'getReceptionAttachment',
          tags: ['Reception', 'Cabinet'],
          summary: 'Download a file attached to a request for a meeting',
          description:
            'To its citizen, or to a reception officer of its authority; anyone else gets 404, as for a missing ' +
            'one. As a download (`Content-Disposition: attachment`), with `X-Content-Type-Options: nosniff`, ' +
            "`Content-Security-Policy: sandbox; default-src 'none'` and `Cache-Control: private, no-store`.",
          request: { params: AttachmentPathSchema },
          responses: { 200: attachmentDownload, ...errorResponses, ...notFoundResponse },
        },
        CITIZENS_AND_OFFICERS,
        tokens,
      ),
    ),
    async (c) => {
      const { id, attachmentId } = c.req.valid('param');
      const { db } = context();
      const row = await findRequest(db, id);
      const file =
        row && mayRead(principalOf(c), row)
          ? await findAttachment(db, { receptionRequestId: row.id }, attachmentId)
          : undefined;
      if (!file) return problem(c, { name: 'not-found', status: 404, detail: text.attachment });
      return sendAttachment(c, file);
    },
  );

  route(
    app,
    createRoute(
      secured(
        {
          method: 'get',
          path: '/v1/reception/requests/{id}/appointment.ics',
          operationId: 'getReceptionAppointmentCalendar',
          tags: ['Reception', 'Cabinet'],
          summary: 'The meeting as a calendar file (.ics)',
          description:
            'RFC 5545, one event in the request’s language: its UID never changes, its SEQUENCE grows with every ' +
            'reschedule and with the cancellation, and a cancelled meeting is METHOD:CANCEL, so a calendar that ' +
            'imported it updates or removes it. Its citizen, or a reception officer of its authority.',
          request: { params: RequestPathSchema },
          responses: {
            200: {
              description: 'The calendar object.',
              content: { 'text/calendar': { schema: z.string() } },
            },
            ...errorResponses,
            404: problemResponse('No such request, or no meeting yet.'),
          },
        },
        CITIZENS_AND_OFFICERS,
        tokens,
      ),
    ),
    async (c) => {
      const { db } = context();
      const row = await findRequest(db, c.req.valid('param').id);
      if (!row || !mayRead(principalOf(c), row)) return noRequest(c);
      const appointment = await findAppointment(db, row.id);
      if (!appointment) return noRequest(c);
      const event = await eventOf(new Names(db), row, appointment);
      const body = calendarOf([event], appointment.cancelled ? 'CANCEL' : 'PUBLISH');
      return c.body(new TextEncoder().encode(body), 200, calendarHeaders(c, `meeting-${row.reference}.ics`));
    },
  );

  /** A meeting as its calendar event, in the request's language. */
  const eventOf = async (
    names: Names,
    row: RequestRow,
    appointment: AppointmentRow,
  ): Promise<CalendarEvent> => {
    const lang = row.lang;
    const view = await viewOf(names, row, appointment, lang);
    const authority = await names.authority(row.authoritySlug, lang);
    const meeting = view.appointment!;
    return {
      uid: `${appointment.id}@${new URL(context().identity.issuer).host}`,
      sequence: appointment.sequence,
      startsAt: appointment.startsAt,
      endsAt: appointment.endsAt,
      stamp: appointment.updatedAt,
      summary: `${ICS_WORDS[lang].summary(meeting.official.name)} (${row.reference})`,
      location: [meeting.room.name, authority?.name, authority?.contacts.address].filter(Boolean).join(', '),
      description: `${view.topic.title}: ${row.description}`,
      organizer: {
        name: authority?.name ?? row.authoritySlug,
        email: authority?.contacts.email ?? 'reception@invalid',
      },
      cancelled: appointment.cancelled,
    };
  };

  const calendarHeaders = (c: Context<AppEnv>, filename: string) => ({
    ...privateHeaders(c),
    'Content-Type': 'text/calendar; charset=utf-8',
    'Content-Disposition': `attachment; filename="${filename}"`,
  });

  route(
    app,
    createRoute(
      secured(
        {
          method: 'get',
          path: '/v1/me/calendar-feed',
          operationId: 'getMyCalendarFeed',
          tags: ['Reception', 'Cabinet'],
          summary: 'Whether the citizen has a calendar feed of their meetings, and since when',
          description:
            'The feed’s address is shown once, when it is made; this says only whether there is one.',
          request: {},
          responses: {
            200: {
              description: 'The feed.',
              content: { 'application/json': { schema: CalendarFeedStateSchema } },
            },
            ...errorResponses,
          },
        },
        CITIZENS,
        tokens,
      ),
    ),
    async (c) => {
      const feed = await calendarFeedOf(context().db, principalOf(c).sub);
      return c.json(
        { active: feed !== undefined, createdAt: feed ? iso(feed.createdAt) : null },
        200,
        privateHeaders(c),
      );
    },
  );

  route(
    app,
    createRoute(
      secured(
        {
          method: 'post',
          path: '/v1/me/calendar-feed',
          operationId: 'renewMyCalendarFeed',
          tags: ['Reception', 'Cabinet'],
          summary: 'Make the citizen’s calendar feed of their meetings, or a new address for it',
          description:
            'A private address calendar apps subscribe to: every meeting of the citizen, moved and cancelled ones ' +
            'too, with the UIDs of their .ics files. Its secret is in the address, shown only in this answer; a ' +
            'new one replaces it, and the old address stops working at once.',
          request: {},
          responses: {
            201: {
              description: 'The feed’s address.',
              content: { 'application/json': { schema: CalendarFeedSchema } },
            },
            ...errorResponses,
          },
        },
        CITIZENS,
        tokens,
      ),
    ),
    async (c) => {
      const { token, createdAt } = await renewCalendarFeed(context().db, principalOf(c).sub);
      const url = `${context().identity.issuer.replace(/\/$/, '')}/v1/calendar-feeds/${token}`;
      return c.json({ url, createdAt: iso(createdAt) }, 201, privateHeaders(c));
    },
  );

  route(
    app,
    createRoute(
      secured(
        {
          method: 'delete',
          path: '/v1/me/calendar-feed',
          operationId: 'revokeMyCalendarFeed',
          tags: ['Reception', 'Cabinet'],
          summary: 'Revoke the citizen’s calendar feed',
          description: 'Its address stops working at once. Revoking a feed there is not is no error.',
          request: {},
          responses: { 204: { description: 'Revoked.' }, ...errorResponses },
        },
        CITIZENS,
        tokens,
      ),
    ),
    async (c) => {
      await revokeCalendarFeed(context().db, principalOf(c).sub);
      return c.body(null, 204, privateHeaders(c));
    },
  );

  route(
    app,
    createRoute(
      open({
        method: 'get',
        path: '/v1/calendar-feeds/{token}',
        operationId: 'getCalendarFeed',
        tags: ['Reception'],
        summary: 'A citizen’s calendar feed of their meetings, by its secret address',
        description:
          'For calendar apps: the secret in the address is the only key (a calendar app sends no token), made ' +
          'and revoked by the citizen in the cabinet. Each meeting is one event with the UID and SEQUENCE of its ' +
          '.ics file; a cancelled one is STATUS:CANCELLED.',
        request: { params: FeedPathSchema },
        responses: {
          200: { description: 'The calendar.', content: { 'text/calendar': { schema: z.string() } } },
          ...errorResponses,
          404: problemResponse('No feed has this address (never, or no longer).'),
        },
      }),
    ),
    async (c) => {
      const { db } = context();
      const citizen = await feedCitizen(db, c.req.valid('param').token);
      if (!citizen) return problem(c, { name: 'not-found', status: 404, detail: text.feed });
      const meetings = await feedMeetings(db, citizen);
      const names = new Names(db);
      const events: CalendarEvent[] = [];
      for (const { request, appointment } of meetings)
        events.push(await eventOf(names, request, appointment));
      return c.body(new TextEncoder().encode(calendarOf(events, 'PUBLISH')), 200, {
        ...calendarHeaders(c, 'meetings.ics'),
        'Referrer-Policy': 'no-referrer',
      });
    },
  );

  const pageOf = async (rows: RequestRow[], limit: number, lang: Lang) => {
    const items = rows.slice(0, limit);
    const appointments = await appointmentsOf(
      context().db,
      items.map((r) => r.id),
    );
    const names = new Names(context().db).shows(items.map((r) => r.id));
    const views = [];
    for (const row of items) views.push(await viewOf(names, row, appointments.get(row.id), lang));
    const nextCursor = nextCursorOf({ items, hasMore: rows.length > limit }, (last) => ({
      c: iso(last.createdAt),
      i: last.id,
    }));
    return { items: views, nextCursor };
  };

  route(
    app,
    createRoute(
      secured(
        {
          method: 'get',
          path: '/v1/me/reception-requests',
          operationId: 'listMyReceptionRequests',
          tags: ['Reception', 'Cabinet'],
          summary: 'The citizen’s own requests for a meeting, the newest first',
          description: 'For the cabinet: each request with its status and the meeting it was given.',
          request: { query: MyRequestsQuerySchema },
          responses: {
            200: {
              description: 'A page of requests.',
              content: { 'application/json': { schema: ReceptionRequestPageSchema } },
            },
            ...errorResponses,
          },
        },
        CITIZENS,
        tokens,
      ),
    ),
    async (c) => {
      const query = c.req.valid('query');
      const lang = langOf(c, query.lang);
      const after = decodeCursor(query.cursor, RequestCursorSchema);
      const rows = await listRequests(context().db, { citizen: principalOf(c).sub }, query.limit, after);
      return c.json(
        await pageOf(rows, query.limit, lang),
        200,
        privateHeaders(c, { 'Content-Language': lang }),
      );
    },
  );

  route(
    app,
    createRoute(
      secured(
        {
          method: 'get',
          path: '/v1/authorities/{slug}/reception-requests',
          operationId: 'listReceptionRequests',
          tags: ['Reception'],
          summary: 'An authority’s requests for a meeting, the oldest first',
          description:
            'For its reception officers: all, or those of one status (`requested`: the ones to consider).',
          request: { params: AuthorityPathSchema, query: ListRequestsQuerySchema },
          responses: {
            200: {
              description: 'A page of requests.',
              content: { 'application/json': { schema: ReceptionRequestPageSchema } },
            },
            ...errorResponses,
            404: problemResponse('No such authority.'),
          },
        },
        { ...OFFICERS, authorityParam: 'slug' },
        tokens,
      ),
    ),
    async (c) => {
      const query = c.req.valid('query');
      const lang = langOf(c, query.lang);
      const after = decodeCursor(query.cursor, RequestCursorSchema);
      const rows = await listRequests(
        context().db,
        { authority: c.req.valid('param').slug, ...(query.status ? { status: query.status } : {}) },
        query.limit,
        after,
      );
      return c.json(
        await pageOf(rows, query.limit, lang),
        200,
        privateHeaders(c, { 'Content-Language': lang }),
      );
    },
  );

  const ChangeHeadersSchema = z.object({
    'If-Match': IfMatchSchema.openapi({
      description: 'The ETag ("r<revision>") of the request as the caller saw it; another answers 412.',
    }),
  });

  /** A change the request cannot take as asked: answered as this problem. */
  type Refusal = { status: 409 | 422; pointer?: string; detail: Translations };

  const changeRoute = <B extends z.ZodType>(spec: {
    path: string;
    operationId: string;
    summary: string;
    description: string;
    body: B;
    rule: AccessRule;
    slotTaken: boolean;
    change: (body: z.infer<B>, row: RequestRow, caller: Caller) => Promise<Change | Refusal>;
  }) =>
    route(
      app,
      createRoute(
        secured(
          {
            method: 'post',
            path: spec.path,
            operationId: spec.operationId,
            tags: ['Reception'],
            summary: spec.summary,
            description: spec.description,
            request: {
              params: RequestPathSchema,
              query: LangOnlyQuerySchema,
              headers: ChangeHeadersSchema,
              body: { required: true, content: { 'application/json': { schema: spec.body } } },
            },
            responses: {
              200: {
                description: 'The request, changed.',
                headers: requestHeaders,
                content: { 'application/json': { schema: ReceptionRequestSchema } },
              },
              ...errorResponses,
              ...notFoundResponse,
              409: problemResponse(
                spec.slotTaken
                  ? 'The change does not lead from the request’s status (`conflict`), or the official or the room ' +
                      'has a meeting then (`slot-taken`, with the nearest free slots in `nearest`).'
                  : 'The change does not lead from the request’s status.',
              ),
              412: problemResponse('If-Match names another revision than the current one.'),
              422: problemResponse(
                'An official or a room not of the request’s authority, or a time not allowed.',
              ),
            },
          },
          spec.rule,
          tokens,
        ),
      ),
      async (c) => {
        const revision = expectedRevision(header(c, 'if-match'));
        if (Number.isNaN(revision)) return problem(c, { name: 'precondition-failed', status: 412 });
        const lang = langOf(c, c.req.valid('query' as never) as Lang | undefined);
        const principal = principalOf(c);
        const { db } = context();
        const row = await findRequest(db, (c.req.valid('param' as never) as { id: string }).id);
        if (!row || !mayRead(principal, row)) return noRequest(c);
        const caller: Caller =
          principal.kind === 'citizen'
            ? { citizen: principal.sub }
            : { officer: { sub: principal.sub, authority: principal.authority! } };
        const change = await spec.change(c.req.valid('json' as never) as z.infer<B>, row, caller);
        if ('status' in change) {
          if (change.status === 409)
            return problem(c, { name: 'conflict', status: 409, detail: change.detail });
          return problem(c, {
            name: 'validation',
            status: 422,
            errors: [{ pointer: change.pointer ?? '/body', detail: change.detail }],
          });
        }
        const now = new Date();
        if ('startsAt' in change && change.startsAt <= now)
          return problem(c, {
            name: 'validation',
            status: 422,
            errors: [
              {
                pointer: '/body/startsAt',
                detail: { az: 'Vaxt keçmişdədir.', en: 'That time has passed.', ru: 'Это время уже прошло.' },
              },
            ],
          });
        const outcome = await changeRequest(db, {
          id: row.id,
          caller,
          ...(revision === undefined ? {} : { revision }),
          change,
          now,
        });
        if ('missing' in outcome) return noRequest(c);
        if ('stale' in outcome) return problem(c, { name: 'precondition-failed', status: 412 });
        if ('refused' in outcome)
          return problem(c, { name: 'conflict', status: 409, detail: conflictText(outcome.refused) });
        if ('invalid' in outcome)
          return problem(c, {
            name: 'validation',
            status: 422,
            errors: [
              {
                pointer: `/body/${outcome.invalid}`,
                detail: outcome.invalid === 'room' ? text.room : text.official,
              },
            ],
          });
        if ('taken' in outcome)
          return problem(c, {
            name: 'slot-taken',
            status: 409,
            extensions: {
              nearest: outcome.taken.map((slot) => ({
                startsAt: iso(slot.startsAt),
                endsAt: iso(slot.endsAt),
                room: slot.roomId,
              })),
            },
          });
        const view = await viewOf(new Names(context().db), outcome.ok, outcome.appointment, lang);
        return c.json(
          view,
          200,
          privateHeaders(c, { ETag: etagOf(outcome.ok.revision), 'Content-Language': lang }),
        );
      },
    );

  changeRoute({
    path: '/v1/reception/requests/{id}/schedule',
    operationId: 'scheduleReceptionRequest',
    summary: 'Schedule a requested meeting: the official, the room and the time',
    description:
      'A reception officer of the request’s authority. The database refuses a time at which the official or the ' +
      'room already has a meeting (409 `slot-taken`, with the nearest free slots), whatever was read before.',
    body: ScheduleSchema,
    rule: OFFICERS,
    slotTaken: true,
    change: async (body) => ({
      kind: 'schedule',
      officialId: body.official,
      roomId: body.room,
      startsAt: new Date(body.startsAt),
      endsAt: new Date(body.endsAt),
    }),
  });

  changeRoute({
    path: '/v1/reception/requests/{id}/reschedule',
    operationId: 'rescheduleReceptionRequest',
    summary: 'Move a scheduled meeting to another time',
    description:
      'A reception officer (any time, official and room) or the citizen (a free slot of the same official’s ' +
      'reception hours, the meeting keeping its length), with a reason. The calendar event keeps its UID and ' +
      'its SEQUENCE grows.',
    body: RescheduleSchema,
    rule: CITIZENS_AND_OFFICERS,
    slotTaken: true,
    change: async (body, row, caller) => {
      const startsAt = new Date(body.startsAt);
      if ('officer' in caller) {
        const current = await findAppointment(context().db, row.id);
        const length = current ? current.endsAt.getTime() - current.startsAt.getTime() : 0;
        const endsAt = body.endsAt ? new Date(body.endsAt) : new Date(startsAt.getTime() + length);
        if (endsAt <= startsAt || endsAt.getTime() - startsAt.getTime() > MAX_MEETING_MS)
          return { status: 422, pointer: '/body/endsAt', detail: text.length };
        return {
          kind: 'reschedule' as const,
          ...(body.official ? { officialId: body.official } : {}),
          ...(body.room ? { roomId: body.room } : {}),
          startsAt,
          endsAt,
        };
      }
      if (body.official || body.room || body.endsAt) return { status: 422, detail: text.officerOnly };
      // The citizen: only into a free slot of the same official's hours.
      const current = await findAppointment(context().db, row.id);
      if (!current || current.cancelled) return { status: 409, detail: conflictText(row.status) };
      const day = bakuDate(startsAt);
      const found = await availabilityOf(context().db, current.officialId, day, addDays(day, 1), new Date());
      const slot = found?.slots.find((s) => s.startsAt.getTime() === startsAt.getTime());
      if (!slot) return { status: 422, pointer: '/body/startsAt', detail: text.notASlot };
      return {
        kind: 'reschedule' as const,
        roomId: slot.roomId,
        startsAt: slot.startsAt,
        endsAt: slot.endsAt,
      };
    },
  });

  changeRoute({
    path: '/v1/reception/requests/{id}/decline',
    operationId: 'declineReceptionRequest',
    summary: 'Decline a request for a meeting, with the reason',
    description: 'A reception officer of the request’s authority; the citizen is told the reason.',
    body: ReasonSchema,
    rule: OFFICERS,
    slotTaken: false,
    change: async (body) => ({ kind: 'decline', reason: body.reason }),
  });

  changeRoute({
    path: '/v1/reception/requests/{id}/cancel',
    operationId: 'cancelReceptionRequest',
    summary: 'Cancel a request or its meeting, with the reason',
    description:
      'The citizen or a reception officer, before or after it was scheduled; the meeting is cancelled (its ' +
      'calendar event too: SEQUENCE grows and the .ics says METHOD:CANCEL) and the other side is told why.',
    body: ReasonSchema,
    rule: CITIZENS_AND_OFFICERS,
    slotTaken: false,
    change: async (body) => ({ kind: 'cancel', reason: body.reason }),
  });
}
