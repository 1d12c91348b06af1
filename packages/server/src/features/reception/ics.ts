/**
 * A meeting as an iCalendar object (RFC 5545), small enough to write here: one VEVENT whose UID is
 * the appointment's and never changes, whose SEQUENCE grows with every reschedule and with the
 * cancellation, with its times as UTC instants (a calendar shows them in its reader's zone; the
 * portal's pages say Baku time). A cancelled meeting is `METHOD:CANCEL` with `STATUS:CANCELLED`, so
 * a calendar that has the event removes it. Lines end in CRLF and fold at 75 octets.
 */

export interface CalendarEvent {
  uid: string;
  sequence: number;
  startsAt: Date;
  endsAt: Date;
  /** When this version of the event was made (DTSTAMP). */
  stamp: Date;
  summary: string;
  location: string;
  description: string;
  organizer: { name: string; email: string };
  cancelled: boolean;
}

/** TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon, comma, and newlines. */
const text = (value: string) =>
  value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/** A parameter value, quoted (RFC 5545 §3.2); a double quote cannot appear in one, so it goes. */
const param = (value: string) => `"${value.replace(/"/g, '')}"`;

const utc = (at: Date) =>
  `${at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')}`;

/** Folds a content line at 75 octets (RFC 5545 §3.1), never inside a UTF-8 character. */
export function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char);
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** The calendar object of `events` (one for a meeting's file, several for a feed). */
export function calendarOf(events: readonly CalendarEvent[], method: 'PUBLISH' | 'CANCEL'): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//icra//Citizen reception//EN',
    'CALSCALE:GREGORIAN',
    `METHOD:${method}`,
  ];
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `SEQUENCE:${event.sequence}`,
      `DTSTAMP:${utc(event.stamp)}`,
      `DTSTART:${utc(event.startsAt)}`,
      `DTEND:${utc(event.endsAt)}`,
      `SUMMARY:${text(event.summary)}`,
      `LOCATION:${text(event.location)}`,
      `DESCRIPTION:${text(event.description)}`,
      `ORGANIZER;CN=${param(event.organizer.name)}:mailto:${event.organizer.email}`,
      `STATUS:${event.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
      'TRANSP:OPAQUE',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
