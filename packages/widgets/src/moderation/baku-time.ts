/**
 * `datetime-local` values read and written in Baku time, whatever the browser's own zone: Asia/Baku
 * is UTC+4 all year (no daylight saving since 2016), so the conversion is a fixed offset, done
 * here explicitly rather than through `new Date(local)`, which would use the browser's zone.
 */

/** Minutes Baku is ahead of UTC. */
export const BAKU_OFFSET_MINUTES = 240;

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/;

/** The `YYYY-MM-DDTHH:mm` Baku wall-clock time of an instant (an ISO string or milliseconds). */
export function toBakuLocal(instant: string | number): string {
  const ms = typeof instant === 'number' ? instant : Date.parse(instant);
  if (Number.isNaN(ms)) return '';
  return new Date(ms + BAKU_OFFSET_MINUTES * 60_000).toISOString().slice(0, 16);
}

/**
 * The instant (ISO 8601, UTC) of a `YYYY-MM-DDTHH:mm` wall-clock time in Baku; `undefined` for an
 * empty or impossible value (e.g. 31 February).
 */
export function fromBakuLocal(local: string): string | undefined {
  const match = LOCAL.exec(local.trim());
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const utc = Date.UTC(year, month - 1, day, hour, minute, second) - BAKU_OFFSET_MINUTES * 60_000;
  // Date.UTC rolls 31 February over into March: such a date is not the one that was typed.
  if (toBakuLocal(utc) !== local.trim().slice(0, 16)) return undefined;
  return new Date(utc).toISOString();
}

/**
 * A date and time in Baku, in the widget's language ("1 December 2026, 09:00"), as `<icra-poll>`
 * shows a poll's schedule (its formatter is not imported, to keep the poll out of this bundle).
 */
export function formatBakuDateTime(iso: string, lang: 'az' | 'en' | 'ru'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const options: Intl.DateTimeFormatOptions = {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'Asia/Baku',
  };
  const month = new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' }).format(0);
  if (!/\d/.test(month)) return new Intl.DateTimeFormat(lang, options).format(date);
  // Chromium's bundled ICU has no Azerbaijani month names: numbers from Intl, names from CLDR.
  const parts = new Intl.DateTimeFormat('en-US', { ...options, month: 'numeric' }).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((part) => part.type === type)?.value ?? '';
  const months = 'yanvar fevral mart aprel may iyun iyul avqust sentyabr oktyabr noyabr dekabr'.split(' ');
  return `${get('day')} ${months[Number(get('month')) - 1] ?? ''} ${get('year')}, ${get('hour')}:${get('minute')}`;
}
