import type { Lang } from '@icra/sdk';

const SIZE_UNITS: Record<Lang, readonly [kilo: string, mega: string]> = {
  az: ['KB', 'MB'],
  en: ['KB', 'MB'],
  ru: ['КБ', 'МБ'],
};

/** A file size for people: "840 KB", "1.2 MB" ("1,2 МБ" in Russian); 1 KB = 1024 bytes. */
export function formatSize(bytes: number, lang: Lang): string {
  const [kilo, mega] = SIZE_UNITS[lang] ?? SIZE_UNITS.en;
  const mb = bytes >= 1024 * 1024;
  const value = mb ? bytes / (1024 * 1024) : Math.max(bytes / 1024, 1);
  const number = new Intl.NumberFormat(lang, { maximumFractionDigits: mb ? 1 : 0 }).format(value);
  return `${number} ${mb ? mega : kilo}`;
}
