import { describe, expect, it } from 'vitest';
import {
  BAKU_TIME_LABEL,
  bakuTimeNote,
  formatMeeting,
  formatTimeRange,
  formatWeeklyHours,
  weekdayName,
} from './reception-format.js';

// The browser reads from New York (vitest.config.ts): 10:00 in Baku is 01:00 there, and a day earlier
// for a meeting before 09:00 Baku time.
describe('the reception’s times, in Baku time', () => {
  it('names the ISO weekdays in every language, Azerbaijani from CLDR', () => {
    expect([1, 2, 5, 7].map((day) => weekdayName(day, 'en'))).toEqual([
      'Monday',
      'Tuesday',
      'Friday',
      'Sunday',
    ]);
    expect(weekdayName(2, 'az')).toBe('çərşənbə axşamı');
    expect(weekdayName(2, 'ru')).toBe('вторник');
    expect(weekdayName(2, 'en', 'short')).toBe('Tue');
    expect(weekdayName(0, 'en')).toBe('');
    expect(weekdayName(8, 'en')).toBe('');
  });

  it('writes a meeting’s day and range as Baku has them, labelled, with the browser in New York', () => {
    expect(new Date('2026-12-08T04:30:00.000Z').getHours()).toBe(23);
    expect(formatTimeRange('2026-12-08T04:30:00.000Z', '2026-12-08T04:45:00.000Z')).toBe('08:30–08:45');
    expect(formatMeeting('2026-12-08T04:30:00.000Z', '2026-12-08T04:45:00.000Z', 'en')).toBe(
      'Tuesday, December 8, 2026, 08:30–08:45 (Baku time)',
    );
    expect(formatMeeting('2026-12-08T06:00:00.000Z', '2026-12-08T06:15:00.000Z', 'az')).toBe(
      'çərşənbə axşamı, 8 dekabr 2026, 10:00–10:15 (Bakı vaxtı)',
    );
    expect(formatMeeting('2026-12-08T06:00:00.000Z', '2026-12-08T06:15:00.000Z', 'ru')).toBe(
      'вторник, 8 декабря 2026 г., 10:00–10:15 (по бакинскому времени)',
    );
    expect(bakuTimeNote('2026-12-08T06:00:00.000Z', 'ru')).toBe(` (${BAKU_TIME_LABEL.ru})`);
  });

  it('writes weekly hours with the weekday’s name', () => {
    expect(formatWeeklyHours({ weekday: 2, startsAt: '10:00', endsAt: '13:00' }, 'en')).toBe(
      'Tuesday 10:00–13:00',
    );
    expect(formatWeeklyHours({ weekday: 4, startsAt: '14:00', endsAt: '17:00' }, 'az')).toBe(
      'cümə axşamı 14:00–17:00',
    );
  });
});
