/**
 * The citizen reception in the database: the officials with their hours, the citizens' requests for
 * a meeting, and the meetings reception officers give them. Every change of a request is one
 * transaction: a compare-and-swap on its revision, the appointment written, the citizen notified,
 * the change audited. That two meetings of one official, or in one room, never overlap is the
 * database's to guarantee (the exclusion constraints of migration 0016): a taken time fails the
 * write itself, and the caller is told the nearest free slots.
 */
import { createHash, randomBytes } from 'node:crypto';
import { and, asc, desc, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import { type Actor, audit } from '../../audit.js';
import { type Db, databaseCode, type Tx } from '../../db/database.js';
import {
  calendarFeeds,
  notifications,
  notificationTranslations,
  type ReceptionEvent,
  receptionAppointments,
  receptionExceptions,
  receptionHours,
  receptionOfficials,
  receptionRequests,
  receptionRooms,
  receptionTopics,
} from '../../db/schema.js';
import type { ReceptionDaypart, ReceptionRequestStatus } from '../../domain/enums.js';
import { addDays, bakuDate, type IsoDate } from '../../domain/holidays.js';
import type { Lang } from '../../http/lang.js';
import { claimAttachments } from '../participation/index.js';
import { newReference, textIn } from '../services/index.js';
import { type Booking, isFree, nearestFree, type Slot, slotsOf } from './slots.js';

// ── Topics and officials ─────────────────────────────────────────────────────────────────────────

export async function listTopics(db: Db) {
  return db.select().from(receptionTopics).orderBy(asc(receptionTopics.position));
}

export type OfficialRow = typeof receptionOfficials.$inferSelect;
export type RoomRow = typeof receptionRooms.$inferSelect;
export type HoursRow = typeof receptionHours.$inferSelect;

/** An authority's officials, in its order, with their weekly hours and the rooms those are in. */
export async function listOfficials(db: Db, authority: string) {
  const officials = await db
    .select()
    .from(receptionOfficials)
    .where(eq(receptionOfficials.authoritySlug, authority))
    .orderBy(asc(receptionOfficials.position));
  const ids = officials.map((o) => o.id);
  const hours = ids.length
    ? await db
        .select()
        .from(receptionHours)
        .where(inArray(receptionHours.officialId, ids))
        .orderBy(asc(receptionHours.weekday), asc(receptionHours.startsAt))
    : [];
  const rooms = await db.select().from(receptionRooms).where(eq(receptionRooms.authoritySlug, authority));
  return { officials, hours, rooms };
}

export async function findOfficial(db: Db | Tx, id: string): Promise<OfficialRow | undefined> {
  const [row] = await db.select().from(receptionOfficials).where(eq(receptionOfficials.id, id));
  return row;
}

export async function findRoom(db: Db | Tx, id: string): Promise<RoomRow | undefined> {
  const [row] = await db.select().from(receptionRooms).where(eq(receptionRooms.id, id));
  return row;
}

/** The scheduled meetings overlapping [from, to) of an official, or in any of the rooms given. */
async function bookings(
  db: Db | Tx,
  officialId: string,
  roomIds: string[],
  from: Date,
  to: Date,
): Promise<Booking[]> {
  const a = receptionAppointments;
  return db
    .select({ startsAt: a.startsAt, endsAt: a.endsAt, officialId: a.officialId, roomId: a.roomId })
    .from(a)
    .where(
      and(
        eq(a.cancelled, false),
        lt(a.startsAt, to),
        sql`${a.endsAt} > ${from}`,
        roomIds.length
          ? sql`(${a.officialId} = ${officialId} or ${inArray(a.roomId, roomIds)})`
          : eq(a.officialId, officialId),
      ),
    );
}

export interface Availability {
  official: OfficialRow;
  /** Every slot of the official's hours in the range, each free or not. */
  slots: Array<Slot & { free: boolean }>;
}

/** The official's slots from `from` up to, not including, `to` (Baku dates), free or taken; none before `now`. */
export async function availabilityOf(
  db: Db | Tx,
  officialId: string,
  from: IsoDate,
  to: IsoDate,
  now: Date,
): Promise<Availability | undefined> {
  const official = await findOfficial(db, officialId);
  if (!official) return undefined;
  const { slots, booked } = await slotsAndBookings(db, official, from, to);
  return {
    official,
    slots: slots
      .filter((slot) => slot.startsAt > now)
      .map((slot) => ({ ...slot, free: isFree(slot, official.id, booked) })),
  };
}

async function slotsAndBookings(db: Db | Tx, official: OfficialRow, from: IsoDate, to: IsoDate) {
  const rules = await db.select().from(receptionHours).where(eq(receptionHours.officialId, official.id));
  const daysOff = await db
    .select({ fromDate: receptionExceptions.fromDate, untilDate: receptionExceptions.untilDate })
    .from(receptionExceptions)
    .where(and(eq(receptionExceptions.officialId, official.id), gte(receptionExceptions.untilDate, from)));
  const slots = slotsOf(rules, daysOff, official.slotMinutes, from, to);
  const roomIds = [...new Set(rules.map((rule) => rule.roomId))];
  const booked = await bookings(
    db,
    official.id,
    roomIds,
    new Date(`${from}T00:00:00+04:00`),
    new Date(`${to}T00:00:00+04:00`),
  );
  return { slots, booked };
}

/** The free slots of the official nearest to `around` within a fortnight either side. */
export async function nearestFreeSlots(db: Db, officialId: string, around: Date, now: Date): Promise<Slot[]> {
  const official = await findOfficial(db, officialId);
  if (!official) return [];
  const day = bakuDate(around);
  const { slots, booked } = await slotsAndBookings(db, official, addDays(day, -14), addDays(day, 15));
  return nearestFree(slots, official.id, booked, around, now);
}

// ── Requests ─────────────────────────────────────────────────────────────────────────────────────

export type RequestRow = typeof receptionRequests.$inferSelect;
export type AppointmentRow = typeof receptionAppointments.$inferSelect;

export interface NewRequest {
  citizen: string;
  citizenName: string;
  authority: string;
  topic: string;
  description: string;
  preferredOfficial?: string | undefined;
  preferredDays: number[];
  preferredDayparts: ReceptionDaypart[];
  /** Ids of the citizen's unclaimed uploads, claimed with the request. */
  attachments: readonly string[];
  lang: Lang;
}

/**
 * Records a citizen's request (the caller checked the topic, the official and the authority) and
 * claims its attachments, in one transaction: AttachmentsNotClaimable leaves nothing written.
 */
export async function createRequest(db: Db, input: NewRequest): Promise<RequestRow> {
  return db.transaction(async (tx) => {
    for (let attempt = 0; ; attempt++) {
      const reference = newReference();
      const [row] = await tx
        .insert(receptionRequests)
        .values({
          reference,
          citizen: input.citizen,
          citizenName: input.citizenName,
          authoritySlug: input.authority,
          topicSlug: input.topic,
          description: input.description,
          preferredOfficialId: input.preferredOfficial ?? null,
          preferredDays: [...new Set(input.preferredDays)].sort(),
          preferredDayparts: [...new Set(input.preferredDayparts)],
          lang: input.lang,
          history: [{ status: 'requested', at: new Date().toISOString(), by: 'citizen' }],
        })
        .onConflictDoNothing({ target: receptionRequests.reference })
        .returning();
      if (row) {
        await claimAttachments(tx, input.citizen, input.attachments, { receptionRequestId: row.id });
        await notify(tx, row, 'requested');
        return row;
      }
      if (attempt === 8) throw new Error('no free reference after 8 attempts');
    }
  });
}

export async function findRequest(db: Db | Tx, id: string): Promise<RequestRow | undefined> {
  const [row] = await db.select().from(receptionRequests).where(eq(receptionRequests.id, id));
  return row;
}

export async function findAppointment(db: Db | Tx, requestId: string): Promise<AppointmentRow | undefined> {
  const [row] = await db
    .select()
    .from(receptionAppointments)
    .where(eq(receptionAppointments.requestId, requestId));
  return row;
}

export interface RequestCursor {
  c: string;
  i: string;
}

/** A citizen's requests, the newest first, or an authority's (of one status), the oldest first. */
export async function listRequests(
  db: Db,
  filter: { citizen: string } | { authority: string; status?: ReceptionRequestStatus },
  limit: number,
  after?: RequestCursor,
): Promise<RequestRow[]> {
  const t = receptionRequests;
  const mine = 'citizen' in filter;
  const position = after
    ? mine
      ? sql`(${t.createdAt}, ${t.id}) < (${after.c}::timestamptz, ${after.i}::uuid)`
      : sql`(${t.createdAt}, ${t.id}) > (${after.c}::timestamptz, ${after.i}::uuid)`
    : undefined;
  return db
    .select()
    .from(t)
    .where(
      and(
        mine ? eq(t.citizen, filter.citizen) : eq(t.authoritySlug, filter.authority),
        !mine && filter.status !== undefined ? eq(t.status, filter.status) : undefined,
        position,
      ),
    )
    .orderBy(...(mine ? [desc(t.createdAt), desc(t.id)] : [asc(t.createdAt), asc(t.id)]))
    .limit(limit + 1);
}

/** The appointments of the requests, by request id. */
export async function appointmentsOf(db: Db, requestIds: string[]): Promise<Map<string, AppointmentRow>> {
  if (requestIds.length === 0) return new Map();
  const rows = await db
    .select()
    .from(receptionAppointments)
    .where(inArray(receptionAppointments.requestId, requestIds));
  return new Map(rows.map((row) => [row.requestId, row]));
}

// ── Changes ──────────────────────────────────────────────────────────────────────────────────────

export type Change =
  | { kind: 'schedule'; officialId: string; roomId: string; startsAt: Date; endsAt: Date }
  | { kind: 'reschedule'; officialId?: string; roomId?: string; startsAt: Date; endsAt: Date }
  | { kind: 'decline'; reason: string }
  | { kind: 'cancel'; reason: string };

export type Caller = { citizen: string } | { officer: Actor };

export type ChangeOutcome =
  | { ok: RequestRow; appointment: AppointmentRow | undefined }
  | { missing: true }
  | { stale: true }
  /** The change does not lead from the request's status (or is not the caller's to make). */
  | { refused: ReceptionRequestStatus }
  /** The official or the room is not of the request's authority. */
  | { invalid: 'official' | 'room' }
  /** The official or the room already has a meeting then: the nearest free slots of the official. */
  | { taken: Slot[] };

/** Which changes lead from where, and who may make them. */
const CHANGES: Record<
  Change['kind'],
  { from: ReceptionRequestStatus[]; to: ReceptionRequestStatus; citizen: boolean }
> = {
  schedule: { from: ['requested'], to: 'scheduled', citizen: false },
  reschedule: { from: ['scheduled'], to: 'scheduled', citizen: true },
  decline: { from: ['requested'], to: 'declined', citizen: false },
  cancel: { from: ['requested', 'scheduled'], to: 'cancelled', citizen: true },
};

const EXCLUSION_VIOLATION = '23P01';

/**
 * Applies a change to a request, in one transaction: the request's row locked and its revision
 * compared, the appointment written (the exclusion constraints judge the time), the request moved,
 * the citizen notified and the officer's change audited. A taken time rolls all of it back.
 */
export async function changeRequest(
  db: Db,
  input: { id: string; caller: Caller; revision?: number; change: Change; now: Date },
): Promise<ChangeOutcome> {
  const { change, caller } = input;
  const rule = CHANGES[change.kind];
  let officialForNearest: string | undefined;
  try {
    return await db.transaction(async (tx): Promise<ChangeOutcome> => {
      const [row] = await tx
        .select()
        .from(receptionRequests)
        .where(eq(receptionRequests.id, input.id))
        .for('update');
      if (!row) return { missing: true };
      const byCitizen = 'citizen' in caller;
      if (byCitizen ? row.citizen !== caller.citizen : row.authoritySlug !== caller.officer.authority)
        return { missing: true };
      if (input.revision !== undefined && input.revision !== row.revision) return { stale: true };
      if (!rule.from.includes(row.status) || (byCitizen && !rule.citizen)) return { refused: row.status };
      let appointment = await findAppointment(tx, row.id);
      /** The official and the room of a meeting scheduled or moved: read once, for the write and the notice. */
      let meeting: { official: OfficialRow; room: RoomRow } | undefined;
      const event: ReceptionEvent = {
        status: rule.to,
        at: input.now.toISOString(),
        by: byCitizen ? 'citizen' : 'officer',
      };
      if (change.kind === 'schedule' || change.kind === 'reschedule') {
        const officialId = change.officialId ?? appointment?.officialId;
        const roomId = change.roomId ?? appointment?.roomId;
        const official = officialId ? await findOfficial(tx, officialId) : undefined;
        if (!official || official.authoritySlug !== row.authoritySlug) return { invalid: 'official' };
        const room = roomId ? await findRoom(tx, roomId) : undefined;
        if (!room || room.authoritySlug !== row.authoritySlug) return { invalid: 'room' };
        officialForNearest = official.id;
        meeting = { official, room };
        // One scheduling at a time per official, then per room, always in that order: concurrent
        // inserts that conflict on an exclusion constraint otherwise wait on each other and deadlock
        // (seen on PostgreSQL at 200 at once). The constraint stays the judge; this only queues them.
        await tx.execute(
          sql`select pg_advisory_xact_lock(hashtext(${`icra:reception:official:${official.id}`}))`,
        );
        await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`icra:reception:room:${room.id}`}))`);
        const values = {
          officialId: official.id,
          roomId: room.id,
          startsAt: change.startsAt,
          endsAt: change.endsAt,
          cancelled: false,
          updatedAt: input.now,
        };
        if (appointment) {
          [appointment] = await tx
            .update(receptionAppointments)
            .set({ ...values, sequence: sql`${receptionAppointments.sequence} + 1` })
            .where(eq(receptionAppointments.id, appointment.id))
            .returning();
        } else {
          [appointment] = await tx
            .insert(receptionAppointments)
            .values({ ...values, requestId: row.id })
            .returning();
        }
        if (change.kind === 'reschedule') event.rescheduled = true;
      } else {
        event.reason = change.reason;
        if (appointment && !appointment.cancelled) {
          [appointment] = await tx
            .update(receptionAppointments)
            .set({
              cancelled: true,
              sequence: sql`${receptionAppointments.sequence} + 1`,
              updatedAt: input.now,
            })
            .where(eq(receptionAppointments.id, appointment.id))
            .returning();
        }
      }
      const [moved] = await tx
        .update(receptionRequests)
        .set({
          status: rule.to,
          revision: sql`${receptionRequests.revision} + 1`,
          reason: 'reason' in change ? change.reason : row.reason,
          history: sql`${receptionRequests.history} || ${JSON.stringify([event])}::jsonb`,
        })
        .where(and(eq(receptionRequests.id, row.id), eq(receptionRequests.revision, row.revision)))
        .returning();
      if (!moved) return { stale: true };
      await notify(
        tx,
        moved,
        change.kind === 'reschedule' ? 'rescheduled' : rule.to,
        meeting && appointment ? { appointment, ...meeting } : undefined,
        event.reason,
      );
      if (!byCitizen) {
        await audit(tx, caller.officer, `reception.request.${change.kind}`, row.id, {
          from: row.status,
          to: rule.to,
          ...(appointment && change.kind !== 'decline'
            ? {
                startsAt: appointment.startsAt.toISOString(),
                officialId: appointment.officialId,
                roomId: appointment.roomId,
              }
            : {}),
        });
      }
      return { ok: moved, appointment };
    });
  } catch (error) {
    if (databaseCode(error) !== EXCLUSION_VIOLATION || officialForNearest === undefined) throw error;
    if (change.kind !== 'schedule' && change.kind !== 'reschedule') throw error;
    return { taken: await nearestFreeSlots(db, officialForNearest, change.startsAt, input.now) };
  }
}

// ── Notifications ────────────────────────────────────────────────────────────────────────────────

type Notice = 'requested' | 'scheduled' | 'rescheduled' | 'declined' | 'cancelled';

const NOTICES: Record<Notice, Record<Lang, { title: string; body: string }>> = {
  requested: {
    az: {
      title: 'Qəbul üçün müraciət: {reference}',
      body: 'Görüş üçün müraciətiniz qəbul olundu. Vaxtı təyin olunanda sizə bildiriləcək.',
    },
    en: {
      title: 'Request for a meeting: {reference}',
      body: 'Your request for a meeting was received. You will be told when it is scheduled.',
    },
    ru: {
      title: 'Заявка на приём: {reference}',
      body: 'Ваша заявка на приём получена. Когда время будет назначено, вам сообщат.',
    },
  },
  scheduled: {
    az: { title: 'Görüş təyin olundu: {reference}', body: '{when} (Bakı vaxtı), {official}, {room}.' },
    en: { title: 'Meeting scheduled: {reference}', body: '{when} (Baku time), with {official}, {room}.' },
    ru: { title: 'Приём назначен: {reference}', body: '{when} (время бакинское), {official}, {room}.' },
  },
  rescheduled: {
    az: {
      title: 'Görüşün vaxtı dəyişdi: {reference}',
      body: 'Yeni vaxt: {when} (Bakı vaxtı), {official}, {room}.',
    },
    en: {
      title: 'Meeting moved: {reference}',
      body: 'New time: {when} (Baku time), with {official}, {room}.',
    },
    ru: {
      title: 'Приём перенесён: {reference}',
      body: 'Новое время: {when} (время бакинское), {official}, {room}.',
    },
  },
  declined: {
    az: { title: 'Görüş üçün müraciət rədd edildi: {reference}', body: 'Səbəb: {reason}' },
    en: { title: 'Request for a meeting declined: {reference}', body: 'Reason: {reason}' },
    ru: { title: 'В приёме отказано: {reference}', body: 'Причина: {reason}' },
  },
  cancelled: {
    az: { title: 'Görüş ləğv edildi: {reference}', body: 'Səbəb: {reason}' },
    en: { title: 'Meeting cancelled: {reference}', body: 'Reason: {reason}' },
    ru: { title: 'Приём отменён: {reference}', body: 'Причина: {reason}' },
  },
};

/** A meeting's start as the language writes it, in Baku time. */
export function bakuWhen(at: Date, lang: Lang): string {
  return new Intl.DateTimeFormat(lang, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Asia/Baku',
  }).format(at);
}

async function notify(
  tx: Tx,
  row: RequestRow,
  notice: Notice,
  /** The meeting a notice of scheduling or moving names (the others name none). */
  meeting?: { appointment: AppointmentRow; official: OfficialRow; room: RoomRow },
  reason?: string,
) {
  const { appointment, official, room } = meeting ?? {};
  const [notification] = await tx
    .insert(notifications)
    .values({ recipient: row.citizen, link: `/v1/reception/requests/${row.id}` })
    .returning({ id: notifications.id });
  const fill = (template: string, lang: Lang) =>
    template
      .replaceAll('{reference}', row.reference)
      .replaceAll('{when}', appointment ? bakuWhen(appointment.startsAt, lang) : '')
      .replaceAll('{official}', official ? textIn(official.name, lang) : '')
      .replaceAll('{room}', room ? textIn(room.name, lang) : '')
      .replaceAll('{reason}', reason ?? '');
  await tx.insert(notificationTranslations).values(
    (Object.keys(NOTICES[notice]) as Lang[]).map((lang) => ({
      notificationId: notification!.id,
      lang,
      title: fill(NOTICES[notice][lang].title, lang),
      body: fill(NOTICES[notice][lang].body, lang),
    })),
  );
}

// ── The calendar feed ────────────────────────────────────────────────────────────────────────────

const tokenHash = (token: string) => createHash('sha256').update(token).digest();

/** Makes the citizen's feed secret, replacing the one before (whose address stops working). */
export async function renewCalendarFeed(
  db: Db,
  citizen: string,
): Promise<{ token: string; createdAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const [row] = await db
    .insert(calendarFeeds)
    .values({ citizen, tokenHash: tokenHash(token) })
    .onConflictDoUpdate({
      target: calendarFeeds.citizen,
      set: { tokenHash: tokenHash(token), createdAt: sql`now()` },
    })
    .returning({ createdAt: calendarFeeds.createdAt });
  return { token, createdAt: row!.createdAt };
}

export async function calendarFeedOf(db: Db, citizen: string): Promise<{ createdAt: Date } | undefined> {
  const [row] = await db
    .select({ createdAt: calendarFeeds.createdAt })
    .from(calendarFeeds)
    .where(eq(calendarFeeds.citizen, citizen));
  return row;
}

/** Revokes the citizen's feed; whether there was one. */
export async function revokeCalendarFeed(db: Db, citizen: string): Promise<boolean> {
  const gone = await db.delete(calendarFeeds).where(eq(calendarFeeds.citizen, citizen)).returning();
  return gone.length > 0;
}

/** The citizen whose feed this secret opens, if any. */
export async function feedCitizen(db: Db, token: string): Promise<string | undefined> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return undefined;
  const [row] = await db
    .select({ citizen: calendarFeeds.citizen })
    .from(calendarFeeds)
    .where(eq(calendarFeeds.tokenHash, tokenHash(token)));
  return row?.citizen;
}

/** The citizen's meetings for their feed, scheduled or cancelled, of their latest 100 requests. */
export async function feedMeetings(db: Db, citizen: string) {
  return db
    .select({ request: receptionRequests, appointment: receptionAppointments })
    .from(receptionAppointments)
    .innerJoin(receptionRequests, eq(receptionRequests.id, receptionAppointments.requestId))
    .where(eq(receptionRequests.citizen, citizen))
    .orderBy(desc(receptionRequests.createdAt))
    .limit(100);
}
