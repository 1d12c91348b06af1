import { describe, expect, it } from 'vitest';
import type { ReceptionSlot } from './types.js';
import { addDays, bakuToday, isIsoDate, isoWeekday, mondayOf, weekGrid } from './week.js';

const room = { id: '5ecef000-0000-4000-8000-000000021100', name: 'Room 204' };
const slot = (startsAt: string, endsAt: string, free = true): ReceptionSlot => ({
  startsAt,
  endsAt,
  room,
  free,
});

describe('the desk’s week, in Baku dates', () => {
  it('finds the Monday of a day, across months and years', () => {
    expect(mondayOf('2026-12-07')).toBe('2026-12-07');
    expect(mondayOf('2026-12-13')).toBe('2026-12-07');
    expect(mondayOf('2027-01-01')).toBe('2026-12-28');
    expect(isoWeekday('2026-12-13')).toBe(7);
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
  });

  it('reads today in Baku, not in the browser’s New York', () => {
    // 22:30 on 30 November in New York is 07:30 on 1 December in Baku.
    expect(bakuToday(Date.parse('2026-12-01T03:30:00.000Z'))).toBe('2026-12-01');
    expect(new Date(Date.parse('2026-12-01T03:30:00.000Z')).getDate()).toBe(30);
  });

  it('accepts only real dates for `week`', () => {
    expect(isIsoDate('2026-12-07')).toBe(true);
    expect(isIsoDate('2026-02-31')).toBe(false);
    expect(isIsoDate('7 December')).toBe(false);
    expect(isIsoDate(undefined)).toBe(false);
  });

  it('lays the slots out by Baku time of day and working day; a weekend day only when it has slots', () => {
    const grid = weekGrid('2026-12-07', [
      slot('2026-12-08T06:15:00.000Z', '2026-12-08T06:30:00.000Z', false),
      slot('2026-12-08T06:00:00.000Z', '2026-12-08T06:15:00.000Z'),
      slot('2026-12-12T05:00:00.000Z', '2026-12-12T05:20:00.000Z'),
    ]);
    expect(grid.days).toEqual([
      '2026-12-07',
      '2026-12-08',
      '2026-12-09',
      '2026-12-10',
      '2026-12-11',
      '2026-12-12',
    ]);
    expect(grid.times).toEqual(['09:00', '10:00', '10:15']);
    expect(
      grid.rows.map((row) => row.map((cell) => (cell.slot ? (cell.slot.free ? 'free' : 'booked') : ''))),
    ).toEqual([
      ['', '', '', '', '', 'free'],
      ['', 'free', '', '', '', ''],
      ['', 'booked', '', '', '', ''],
    ]);
    expect(weekGrid('2026-12-07', []).rows).toEqual([]);
  });
});
