/**
 * When an official receives citizens: the slots their weekly rules give on the working days of the
 * Baku calendar, less their days off, and which of those slots are free. Times are instants; a rule's
 * "10:00" is 10:00 in Baku, which has kept UTC+4 all year since 2016 (no daylight saving), so a Baku
 * wall time is that instant wherever the server or the reader is.
 */
import { addDays, type IsoDate, isWorkingDay } from '../../domain/holidays.js';

export const BAKU_TIME_ZONE = 'Asia/Baku' as const;

/** The longest meeting an officer may schedule, ms: four hours. */
export const MAX_MEETING_MS = 4 * 3_600_000;
const BAKU_OFFSET = '+04:00';

export interface WeeklyRule {
  weekday: number;
  startsAt: string;
  endsAt: string;
  validFrom: IsoDate;
  validUntil: IsoDate | null;
  roomId: string;
}

export interface DayOff {
  fromDate: IsoDate;
  untilDate: IsoDate;
}

export interface Slot {
  startsAt: Date;
  endsAt: Date;
  roomId: string;
}

export interface Booking {
  startsAt: Date;
  endsAt: Date;
  officialId: string;
  roomId: string;
}

/** The instant of a Baku wall time. */
export const bakuInstant = (date: IsoDate, hhmm: string): Date =>
  new Date(`${date}T${hhmm}:00${BAKU_OFFSET}`);

/** ISO weekday (1 Monday … 7 Sunday) of a date. */
export const isoWeekday = (iso: IsoDate): number => new Date(`${iso}T00:00:00Z`).getUTCDay() || 7;

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Every slot of `slotMinutes` the rules give on the working days from `from` up to, not including, `to`. */
export function slotsOf(
  rules: readonly WeeklyRule[],
  daysOff: readonly DayOff[],
  slotMinutes: number,
  from: IsoDate,
  to: IsoDate,
): Slot[] {
  const slots: Slot[] = [];
  for (let day = from; day < to; day = addDays(day, 1)) {
    if (!isWorkingDay(day)) continue;
    if (daysOff.some((off) => off.fromDate <= day && day <= off.untilDate)) continue;
    const weekday = isoWeekday(day);
    for (const rule of rules) {
      if (
        rule.weekday !== weekday ||
        rule.validFrom > day ||
        (rule.validUntil !== null && rule.validUntil < day)
      )
        continue;
      const start = bakuInstant(day, rule.startsAt).getTime();
      const end = start + (minutes(rule.endsAt) - minutes(rule.startsAt)) * 60_000;
      for (let at = start; at + slotMinutes * 60_000 <= end; at += slotMinutes * 60_000) {
        slots.push({
          startsAt: new Date(at),
          endsAt: new Date(at + slotMinutes * 60_000),
          roomId: rule.roomId,
        });
      }
    }
  }
  return slots.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}

const overlaps = (a: { startsAt: Date; endsAt: Date }, b: { startsAt: Date; endsAt: Date }) =>
  a.startsAt < b.endsAt && b.startsAt < a.endsAt;

/** Whether the official (and the slot's room) is free for the whole slot, given the bookings. */
export function isFree(slot: Slot, officialId: string, bookings: readonly Booking[]): boolean {
  return !bookings.some(
    (booking) =>
      (booking.officialId === officialId || booking.roomId === slot.roomId) && overlaps(slot, booking),
  );
}

/**
 * The free slots nearest to `around` (before or after it), at most `count`, starting after `now`:
 * what a 409 for a taken time offers instead.
 */
export function nearestFree(
  slots: readonly Slot[],
  officialId: string,
  bookings: readonly Booking[],
  around: Date,
  now: Date,
  count = 3,
): Slot[] {
  return slots
    .filter((slot) => slot.startsAt > now && isFree(slot, officialId, bookings))
    .sort(
      (a, b) =>
        Math.abs(a.startsAt.getTime() - around.getTime()) -
          Math.abs(b.startsAt.getTime() - around.getTime()) || a.startsAt.getTime() - b.startsAt.getTime(),
    )
    .slice(0, count)
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}
