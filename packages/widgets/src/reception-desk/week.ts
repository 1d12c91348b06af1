/**
 * The desk's week in Baku dates: which Monday a day belongs to, and the grid of an official's slots
 * for that week — one column per working day (and a weekend day only when it has slots), one row per
 * time of day at which a slot starts, each cell the slot that starts then, if any.
 */
import { toBakuLocal } from '../core/baku-time.js';
import type { ReceptionSlot } from './types.js';

/** `YYYY-MM-DD`, a date of the Baku calendar. */
export type IsoDate = string;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether `value` is a real `YYYY-MM-DD` date. */
export function isIsoDate(value: string | undefined): value is IsoDate {
  if (!value || !ISO_DATE.test(value)) return false;
  const ms = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === value;
}

/** Today's date in Baku. */
export function bakuToday(now: number = Date.now()): IsoDate {
  return toBakuLocal(now).slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** ISO weekday of a date: 1 Monday … 7 Sunday. */
export function isoWeekday(date: IsoDate): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay() || 7;
}

/** The Monday of the week `date` is in. */
export function mondayOf(date: IsoDate): IsoDate {
  return addDays(date, 1 - isoWeekday(date));
}

/** Noon in Baku on `date`, as an instant: to name its weekday and date in Baku. */
export function noonOf(date: IsoDate): string {
  return `${date}T08:00:00.000Z`;
}

export interface WeekCell {
  day: IsoDate;
  /** `HH:MM`, Baku time. */
  time: string;
  /** The slot that starts then, if the official receives then. */
  slot: ReceptionSlot | undefined;
}

export interface WeekGrid {
  days: IsoDate[];
  times: string[];
  /** One row per time, one cell per day. */
  rows: WeekCell[][];
}

/** The grid of the week from `monday` of these slots. */
export function weekGrid(monday: IsoDate, slots: readonly ReceptionSlot[]): WeekGrid {
  const byStart = new Map<string, ReceptionSlot>();
  for (const slot of slots) byStart.set(toBakuLocal(slot.startsAt), slot);
  const starts = [...byStart.keys()];
  const days = Array.from({ length: 7 }, (_, i) => addDays(monday, i)).filter(
    (day, i) => i < 5 || starts.some((start) => start.startsWith(day)),
  );
  const times = [...new Set(starts.map((start) => start.slice(11, 16)))].sort();
  const rows = times.map((time) => days.map((day) => ({ day, time, slot: byStart.get(`${day}T${time}`) })));
  return { days, times, rows };
}
