import type { Lang } from '@icra/sdk';

/** Schedules and dates of the portal are in Baku time, wherever the reader is. */
export const TIME_ZONE = 'Asia/Baku';

/**
 * CLDR's Azerbaijani month names, for browsers whose Intl data lacks them (Chromium's bundled ICU
 * knows the locale but prints "2026 M11 24"): long dates there are "d MMMM y", medium "d MMM y".
 */
export const AZ_MONTHS = [
  'yanvar',
  'fevral',
  'mart',
  'aprel',
  'may',
  'iyun',
  'iyul',
  'avqust',
  'sentyabr',
  'oktyabr',
  'noyabr',
  'dekabr',
];
const AZ_MONTHS_SHORT = ['yan', 'fev', 'mar', 'apr', 'may', 'iyn', 'iyl', 'avq', 'sen', 'okt', 'noy', 'dek'];

type Style = 'long' | 'medium';

/** Whether this browser's Intl data names months in `lang` (without it, a month prints as "M11"). */
export function hasMonthNames(lang: Lang): boolean {
  const month = new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' }).format(
    Date.UTC(2026, 10, 15),
  );
  return !/\d/.test(month);
}
const formatters = new Map<string, (date: Date) => string>();

function formatter(lang: Lang, style: Style): (date: Date) => string {
  const key = `${lang}|${style}`;
  let format = formatters.get(key);
  if (format) return format;
  if (hasMonthNames(lang)) {
    const intl = new Intl.DateTimeFormat(lang, { dateStyle: style, timeZone: TIME_ZONE });
    format = (date) => intl.format(date);
  } else {
    // Numbers from Intl in Baku time; month names from CLDR above. Only Azerbaijani can land here
    // among our languages; anything else gets the same day-month-year shape.
    const parts = new Intl.DateTimeFormat('en-US', {
      day: 'numeric',
      month: 'numeric',
      year: 'numeric',
      timeZone: TIME_ZONE,
    });
    const months = style === 'long' ? AZ_MONTHS : AZ_MONTHS_SHORT;
    format = (date) => {
      const get = (type: Intl.DateTimeFormatPartTypes) =>
        parts.formatToParts(date).find((part) => part.type === type)?.value ?? '';
      return `${get('day')} ${months[Number(get('month')) - 1] ?? ''} ${get('year')}`;
    };
  }
  formatters.set(key, format);
  return format;
}

/** Formats an ISO date-time as a date in the widget's language, in Asia/Baku time. */
export function formatDate(iso: string, lang: Lang, style: Style = 'long'): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : formatter(lang, style)(date);
}

const percentFormats = new Map<string, (share: number) => string>();

/**
 * A share given in percent (28.6 for 28.6 %) as the language writes it: "28,6%" in Azerbaijani,
 * "28.6%" in English, "28,6 %" in Russian. Browsers whose Intl data lacks Azerbaijani (Chromium's
 * bundled ICU falls back to English) get CLDR's Azerbaijani symbols: "," decimal, "." grouping.
 */
export function formatPercent(percentage: number, lang: Lang): string {
  let format = percentFormats.get(lang);
  if (!format) {
    const options = { style: 'percent', maximumFractionDigits: 1 } as const;
    const intl = new Intl.NumberFormat(lang, options);
    if (lang !== 'az' || intl.format(0.015).includes(',')) {
      format = (share) => intl.format(share);
    } else {
      const en = new Intl.NumberFormat('en', options);
      format = (share) => en.format(share).replace(/[.,]/g, (mark) => (mark === '.' ? ',' : '.'));
    }
    percentFormats.set(lang, format);
  }
  return format(percentage / 100);
}
