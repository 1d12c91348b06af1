/**
 * The Baku working calendar, as data: Saturdays and Sundays off, the public holidays of the Labour
 * Code of Azerbaijan (article 105), the religious holidays the Cabinet of Ministers fixes each year,
 * and the rule that a holiday falling on a rest day (a weekend or another holiday) gives the next
 * working day off. 20 January (the Day of national mourning) is a memorial day, not a day off.
 *
 * Ramazan and Qurban bayramı move with the lunar calendar; the Cabinet announces them, with any
 * exchange of days off and working days, near the end of the year before. 2025 is as decided
 * (Cabinet of Ministers, December 2024); 2026 and 2027 are the expected dates, marked provisional,
 * to be replaced here by the Cabinet's decisions when they are published. A year not listed has its
 * fixed holidays only.
 */

/** An ISO date, YYYY-MM-DD. */
export type IsoDate = string;

interface Holiday {
  date: IsoDate;
  name: string;
  /** The expected date, not yet decided by the Cabinet of Ministers. */
  provisional?: true;
}

/** The fixed holidays, as MM-DD. */
const FIXED: ReadonlyArray<[monthDay: string, name: string]> = [
  ['01-01', 'Yeni il'],
  ['01-02', 'Yeni il'],
  ['03-08', 'Qadınlar günü'],
  ['03-20', 'Novruz bayramı'],
  ['03-21', 'Novruz bayramı'],
  ['03-22', 'Novruz bayramı'],
  ['03-23', 'Novruz bayramı'],
  ['03-24', 'Novruz bayramı'],
  ['05-09', 'Faşizm üzərində qələbə günü'],
  ['05-28', 'Müstəqillik günü'],
  ['06-15', 'Azərbaycan xalqının milli qurtuluş günü'],
  ['06-26', 'Azərbaycan Respublikasının Silahlı Qüvvələri günü'],
  ['11-08', 'Zəfər günü'],
  ['11-09', 'Azərbaycan Respublikasının Dövlət bayrağı günü'],
  ['12-31', 'Dünya azərbaycanlılarının həmrəyliyi günü'],
];

/** The religious holidays, two days each, by year. */
const MOVABLE: Readonly<Record<number, readonly Holiday[]>> = {
  2025: [
    { date: '2025-03-30', name: 'Ramazan bayramı' },
    { date: '2025-03-31', name: 'Ramazan bayramı' },
    { date: '2025-06-06', name: 'Qurban bayramı' },
    { date: '2025-06-07', name: 'Qurban bayramı' },
  ],
  2026: [
    { date: '2026-03-20', name: 'Ramazan bayramı', provisional: true },
    { date: '2026-03-21', name: 'Ramazan bayramı', provisional: true },
    { date: '2026-05-27', name: 'Qurban bayramı', provisional: true },
    { date: '2026-05-28', name: 'Qurban bayramı', provisional: true },
  ],
  2027: [
    { date: '2027-03-09', name: 'Ramazan bayramı', provisional: true },
    { date: '2027-03-10', name: 'Ramazan bayramı', provisional: true },
    { date: '2027-05-16', name: 'Qurban bayramı', provisional: true },
    { date: '2027-05-17', name: 'Qurban bayramı', provisional: true },
  ],
};

/** Days the Cabinet of Ministers exchanged: working days given off, and rest days worked instead. */
const EXCHANGED: Readonly<Record<number, { off: readonly IsoDate[]; worked: readonly IsoDate[] }>> = {
  // 28 and 29 December 2024 were worked for 30 December 2024 and 3 January 2025.
  2025: { off: ['2025-01-03'], worked: [] },
};

/** The years whose religious holidays are in the data. */
export const CALENDAR_YEARS = Object.keys(MOVABLE).map(Number);

const DAY_MS = 86_400_000;
const toDate = (iso: IsoDate) => new Date(`${iso}T00:00:00Z`);
const toIso = (date: Date) => date.toISOString().slice(0, 10);
/** The date `n` days after `iso` (before it, for a negative `n`). */
export const addDays = (iso: IsoDate, n: number): IsoDate =>
  toIso(new Date(toDate(iso).getTime() + n * DAY_MS));
const nextDay = (iso: IsoDate) => addDays(iso, 1);
const isWeekend = (iso: IsoDate) => {
  const day = toDate(iso).getUTCDay();
  return day === 0 || day === 6;
};

/** Every holiday of a year, in date order; a date twice when two holidays fall on it. */
export function holidaysOf(year: number): Holiday[] {
  return [
    ...FIXED.map(([monthDay, name]) => ({ date: `${year}-${monthDay}`, name })),
    ...(MOVABLE[year] ?? []),
  ].sort((a, b) => a.date.localeCompare(b.date));
}

const cache = new Map<number, Set<IsoDate>>();

/**
 * The days off of a year besides Saturdays and Sundays: its holidays, the days given for those
 * falling on a rest day (each gives the first working day after it that is not yet off, in date
 * order), and the Cabinet's exchanges. The neighbouring years' holidays are laid out with it, so
 * that a day owed for 31 December lands after the January holidays, and one owed in late December
 * of the year before is counted here.
 */
export function daysOff(year: number): ReadonlySet<IsoDate> {
  const known = cache.get(year);
  if (known) return known;
  const holidays = [year - 1, year, year + 1].flatMap(holidaysOf);
  const off = new Set<IsoDate>(holidays.map((h) => h.date));
  const seen = new Set<IsoDate>();
  for (const { date } of holidays) {
    const onRestDay = isWeekend(date) || seen.has(date);
    seen.add(date);
    if (!onRestDay) continue;
    let day = nextDay(date);
    while (isWeekend(day) || off.has(day)) day = nextDay(day);
    off.add(day);
  }
  const inYear = new Set([...off].filter((day) => day.startsWith(`${year}-`)));
  for (const day of EXCHANGED[year]?.off ?? []) inYear.add(day);
  cache.set(year, inYear);
  return inYear;
}

/** Whether `iso` is a working day in Baku. */
export function isWorkingDay(iso: IsoDate): boolean {
  const year = Number(iso.slice(0, 4));
  if ((EXCHANGED[year]?.worked ?? []).includes(iso)) return true;
  return !isWeekend(iso) && !daysOff(year).has(iso);
}

/** The `n`th working day after `iso` (not counting `iso` itself). */
export function addWorkingDays(iso: IsoDate, n: number): IsoDate {
  let day = iso;
  for (let left = n; left > 0; ) {
    day = nextDay(day);
    if (isWorkingDay(day)) left--;
  }
  return day;
}

/** How many working days there are after `from` up to and including `to` (0 when `to` is not later). */
export function workingDaysBetween(from: IsoDate, to: IsoDate): number {
  let count = 0;
  for (let day = nextDay(from); day <= to; day = nextDay(day)) if (isWorkingDay(day)) count++;
  return count;
}

/** The date in Baku (UTC+4, no daylight saving since 2016) of an instant. */
export function bakuDate(at: Date): IsoDate {
  return toIso(new Date(at.getTime() + 4 * 3_600_000));
}
