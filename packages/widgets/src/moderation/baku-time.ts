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
