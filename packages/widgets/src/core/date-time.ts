import type { Lang } from '@icra/sdk';
import { AZ_MONTHS, hasMonthNames, TIME_ZONE } from './format.js';

/**
 * A date and time in Baku, in the widget's language: "December 1, 2026 at 09:00",
 * "1 dekabr 2026, 09:00" (numbers from Intl, month names from CLDR where the browser lacks them).
 */
export function formatDateTime(iso: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const options: Intl.DateTimeFormatOptions = {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: TIME_ZONE,
  };
  if (hasMonthNames(lang)) return new Intl.DateTimeFormat(lang, options).format(date);
  const parts = new Intl.DateTimeFormat('en-US', { ...options, month: 'numeric' }).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((part) => part.type === type)?.value ?? '';
  return `${get('day')} ${AZ_MONTHS[Number(get('month')) - 1] ?? ''} ${get('year')}, ${get('hour')}:${get('minute')}`;
}
