/**
 * How the citizen reception's times are written, the same in the citizen's widget and the
 * officers' desk: a meeting's day and time range, an official's weekly hours, and the "Baku time"
 * label every time carries when the reader's clock is not Baku's. All in Baku time (core/baku-time.ts),
 * whatever the browser's zone.
 */
import type { Lang } from '@icra/sdk';
import { differsFromBaku, formatBakuTime, formatBakuWeekday } from './baku-time.js';
import { formatDate } from './format.js';

/** The visible label of a time written in Baku time, per language. */
export const BAKU_TIME_LABEL: Record<Lang, string> = {
  az: 'Bakı vaxtı',
  en: 'Baku time',
  ru: 'по бакинскому времени',
};

/**
 * " (Baku time)" when this browser's clock shows `instant` at another time of day than Baku does,
 * else "": appended to every time shown.
 */
export function bakuTimeNote(instant: string | number, lang: Lang): string {
  return differsFromBaku(instant) ? ` (${BAKU_TIME_LABEL[lang]})` : '';
}

/** A Monday at noon in Baku: weekday `n` (ISO, 1 Monday … 7 Sunday) is `n - 1` days after it. */
const A_MONDAY = Date.UTC(2026, 0, 5, 8);

/** The name of ISO weekday `weekday` (1 Monday … 7 Sunday) in `lang`: "Tuesday", "вторник", "çərşənbə axşamı". */
export function weekdayName(weekday: number, lang: Lang, style: 'long' | 'short' = 'long'): string {
  if (!Number.isInteger(weekday) || weekday < 1 || weekday > 7) return '';
  return formatBakuWeekday(A_MONDAY + (weekday - 1) * 86_400_000, lang, style);
}

/** "10:00–10:15": the Baku times of day of a meeting's start and end. */
export function formatTimeRange(startsAt: string, endsAt: string): string {
  return `${formatBakuTime(startsAt)}–${formatBakuTime(endsAt)}`;
}

/**
 * A meeting's day and time in Baku, in `lang`: "Tuesday, December 8, 2026, 10:00–10:15", with
 * " (Baku time)" when the reader's clock differs.
 */
export function formatMeeting(startsAt: string, endsAt: string, lang: Lang): string {
  const day = formatBakuWeekday(startsAt, lang, 'long');
  return `${day}, ${formatDate(startsAt, lang)}, ${formatTimeRange(startsAt, endsAt)}${bakuTimeNote(startsAt, lang)}`;
}

/** One weekly rule of an official's hours: "Tuesday 10:00–13:00" (its times are Baku's already). */
export function formatWeeklyHours(
  rule: { weekday: number; startsAt: string; endsAt: string },
  lang: Lang,
): string {
  return `${weekdayName(rule.weekday, lang)} ${rule.startsAt}–${rule.endsAt}`;
}
