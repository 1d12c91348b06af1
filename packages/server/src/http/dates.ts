/**
 * The one date-time schema of every date the API accepts (poll schedules, the positions inside
 * cursors). `z.iso.datetime()` alone admits year 0000, which PostgreSQL (and PGlite, the same
 * engine) refuses with an error, and offsets that move an instant past 9999-12-31 in UTC, which
 * both store but which no longer print as a four-digit ISO year. Bounding the instant to years
 * 1900–9999 in UTC keeps every accepted date storable and printable everywhere, and leaves room for
 * any real schedule or row time of a municipal portal (nothing it records predates 1900).
 */
import { z } from '@hono/zod-openapi';
import { fieldIssue } from './validation.js';

export const MIN_STORABLE_TIME = Date.UTC(1900, 0, 1);
/** Exclusive: the first instant of year 10000 in UTC. */
export const END_STORABLE_TIME = Date.UTC(10000, 0, 1);

/** Whether an ISO date-time names an instant both databases store (years 1900–9999 in UTC). */
export function isStorableTime(value: string): boolean {
  const time = Date.parse(value);
  return Number.isFinite(time) && time >= MIN_STORABLE_TIME && time < END_STORABLE_TIME;
}

/** An ISO 8601 date-time (UTC `Z`, or with an offset when `offset` is set) within years 1900–9999 UTC. */
export function storableDateTime(options: { offset?: boolean } = {}) {
  return z.iso
    .datetime({ offset: options.offset ?? false })
    .refine(isStorableTime, fieldIssue('dateRange'))
    .openapi({ description: 'An instant in the years 1900 to 9999, in UTC.' });
}
