/**
 * The Baku working calendar against what the Cabinet of Ministers published: the days off of 2025
 * (8 March's Saturday given on 10 March, Novruz's weekend days on 25 and 26 March, Ramazan's Sunday on 1 April, Qurban's Saturday
 * on 9 June), a holiday on a weekend giving the next working day, one across the new year, and due
 * dates counted across holidays.
 */
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  bakuDate,
  CALENDAR_YEARS,
  daysOff,
  holidaysOf,
  isWorkingDay,
} from '../src/domain/holidays.js';

const weekdaysOff = (year: number) =>
  [...daysOff(year)].filter((d) => ![0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay())).sort();

describe('the Baku working calendar', () => {
  it('gives the days off of 2025 that the Cabinet of Ministers announced', () => {
    expect(weekdaysOff(2025)).toEqual([
      '2025-01-01',
      '2025-01-02',
      '2025-01-03', // exchanged for 28 December 2024
      '2025-03-10', // for 8 March, a Saturday
      '2025-03-20',
      '2025-03-21',
      '2025-03-24',
      '2025-03-25', // for Novruz's Saturday, 22 March
      '2025-03-26', // for Novruz's Sunday, 23 March
      '2025-03-31',
      '2025-04-01', // for Ramazan's Sunday, 30 March
      '2025-05-09',
      '2025-05-28',
      '2025-06-06',
      '2025-06-09', // for Qurban's Saturday, 7 June
      '2025-06-16', // for 15 June, a Sunday
      '2025-06-26',
      '2025-11-10', // for 8 November, a Saturday
      '2025-11-11', // for 9 November, a Sunday
      '2025-12-31',
    ]);
  });

  it('keeps 20 January a working day: a memorial day, not a holiday', () => {
    for (const year of CALENDAR_YEARS) {
      expect(holidaysOf(year).map((h) => h.date)).not.toContain(`${year}-01-20`);
    }
    expect(isWorkingDay('2025-01-20')).toBe(true);
  });

  it('gives a day for each holiday on another: Ramazan on Novruz in 2026', () => {
    // 20 March 2026 (Friday) is Novruz and Ramazan at once, 21 March (Saturday) too; 22 (Sunday) is
    // Novruz. Four days are owed, after 24 March: 25, 26, 27 and (after the weekend) 30 March. And
    // 8 March is a Sunday: 9 March is owed.
    expect(weekdaysOff(2026).filter((d) => d.startsWith('2026-03'))).toEqual([
      '2026-03-09',
      '2026-03-20',
      '2026-03-23',
      '2026-03-24',
      '2026-03-25',
      '2026-03-26',
      '2026-03-27',
      '2026-03-30',
    ]);
    expect(isWorkingDay('2026-03-31')).toBe(true);
  });

  it('carries a day owed across the new year', () => {
    // 31 December 2022 was a Saturday: the next day neither weekend nor holiday is 4 January 2023,
    // after 1 January (a Sunday, owed 3 January) and 2 January.
    expect(daysOff(2023).has('2023-01-04')).toBe(true);
    expect(isWorkingDay('2023-01-03')).toBe(false);
    expect(isWorkingDay('2023-01-04')).toBe(false);
    expect(isWorkingDay('2023-01-05')).toBe(true);
  });

  it('counts due dates in working days, across weekends and holidays', () => {
    // A Wednesday before Novruz 2025: 1 working day later is Thursday 27 March.
    expect(addWorkingDays('2025-03-19', 1)).toBe('2025-03-27');
    // Submitted on a holiday, counted from the next working day.
    expect(addWorkingDays('2025-03-20', 2)).toBe('2025-03-28');
    // An ordinary week: Monday + 5 is the next Monday.
    expect(addWorkingDays('2025-10-06', 5)).toBe('2025-10-13');
    // Across Qurban (6 June, and 9 June for the Saturday) and 16 June (for Sunday 15 June): 10, 11,
    // 12, 13, 17, 18, 19, 20, 23, 24 June.
    expect(addWorkingDays('2025-06-05', 10)).toBe('2025-06-24');
    expect(addWorkingDays('2025-06-05', 0)).toBe('2025-06-05');
  });

  it('takes the date in Baku, four hours ahead of UTC', () => {
    expect(bakuDate(new Date('2025-03-19T19:59:59.999Z'))).toBe('2025-03-19');
    expect(bakuDate(new Date('2025-03-19T20:00:00Z'))).toBe('2025-03-20');
  });
});
