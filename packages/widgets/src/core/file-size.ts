import type { Lang } from '@icra/sdk';

const UNITS = ['byte', 'kilobyte', 'megabyte'] as const;

/**
 * A file size for people: bytes, kB or MB (of 1024), at most one decimal, in `lang`'s number format.
 * Azerbaijani separators and "bayt" are set here: Chromium's Intl data prints az numbers as English.
 */
export function formatSize(bytes: number, lang: Lang): string {
  // A size that would round to 1024 of a unit is shown in the next one ("1 MB", not "1,024 kB").
  const step = bytes < 1024 ? 0 : bytes < 1023.95 * 1024 ? 1 : 2;
  // Bytes spelled out ("912 bytes", "912 байт"): their short form is "912 byte" in English.
  return new Intl.NumberFormat(lang, {
    style: 'unit',
    unit: UNITS[step],
    unitDisplay: step ? 'short' : 'long',
    maximumFractionDigits: 1,
  })
    .formatToParts(bytes / 1024 ** step)
    .map(({ type, value }) =>
      lang !== 'az'
        ? value
        : type === 'decimal'
          ? ','
          : type === 'group'
            ? '.'
            : type === 'unit' && !step
              ? 'bayt'
              : value,
    )
    .join('');
}
