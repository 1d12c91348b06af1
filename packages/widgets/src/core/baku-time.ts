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
 * Whether this browser's clock shows `instant` at another time of day than Baku does: then every
 * time a widget shows needs its "Baku time" label. Compared by the offset at that instant, so a
 * reader in Dubai (UTC+4 too) is not told, and one in a zone with summer time is told only when
 * it differs.
 */
export function differsFromBaku(instant: string | number = Date.now()): boolean {
  const ms = typeof instant === 'number' ? instant : Date.parse(instant);
  if (Number.isNaN(ms)) return false;
  return -new Date(ms).getTimezoneOffset() !== BAKU_OFFSET_MINUTES;
}

/** An instant's time of day in Baku, 24-hour, as every one of our languages writes it: "11:00". */
export function formatBakuTime(instant: string | number): string {
  return toBakuLocal(instant).slice(11, 16);
}

/**
 * CLDR's Azerbaijani weekday names from Sunday, for browsers whose Intl data lacks them (Chromium's
 * bundled ICU prints English ones for `az`).
 */
const AZ_WEEKDAYS = ['bazar', 'bazar ertəsi', 'çərşənbə axşamı', 'çərşənbə', 'cümə axşamı', 'cümə', 'şənbə'];
const AZ_WEEKDAYS_SHORT = ['B.', 'B.e.', 'Ç.a.', 'Ç.', 'C.a.', 'C.', 'Ş.'];

/**
 * The weekday of an instant in Baku, in `lang` ("Tuesday", "вторник", "çərşənbə axşamı"; `short`:
 * "Tue", "вт", "Ç.a."). Azerbaijani comes from CLDR when the browser's own names are English.
 */
export function formatBakuWeekday(
  instant: string | number,
  lang: string,
  style: 'long' | 'short' = 'long',
): string {
  const ms = typeof instant === 'number' ? instant : Date.parse(instant);
  if (Number.isNaN(ms)) return '';
  const options = { weekday: style, timeZone: 'Asia/Baku' } as const;
  if (lang === 'az' && !knowsAzWeekdays()) {
    const day = new Date(ms + BAKU_OFFSET_MINUTES * 60_000).getUTCDay();
    return (style === 'long' ? AZ_WEEKDAYS : AZ_WEEKDAYS_SHORT)[day] ?? '';
  }
  return new Intl.DateTimeFormat(lang, options).format(ms);
}

let azWeekdays: boolean | undefined;

/** Whether this browser's Intl data names weekdays in Azerbaijani (Chromium's prints "Tue"). */
function knowsAzWeekdays(): boolean {
  azWeekdays ??=
    new Intl.DateTimeFormat('az', { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2026, 10, 17)) ===
    AZ_WEEKDAYS[2];
  return azWeekdays;
}
