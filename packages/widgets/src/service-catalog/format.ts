import type { Lang } from '@icra/sdk';

const feeFormats = new Map<string, (manat: number) => string>();

/**
 * A fee given in qəpik (100 to the manat) in manat, as the language writes money: "1,50 ₼" in
 * Azerbaijani, "₼1.50" in English, "1,50 ₼" in Russian; whole manats without decimals ("2 ₼").
 * Browsers whose Intl data lacks Azerbaijani (Chromium's bundled ICU prints it as English) get
 * CLDR's Azerbaijani pattern: "," decimal, "." grouping, the sign after the number.
 */
export function formatFee(qapik: number, lang: Lang): string {
  const digits = qapik % 100 ? 2 : 0;
  const key = `${lang}|${digits}`;
  let format = feeFormats.get(key);
  if (!format) {
    const options = { minimumFractionDigits: digits, maximumFractionDigits: digits } as const;
    const intl = new Intl.NumberFormat(lang, {
      ...options,
      style: 'currency',
      currency: 'AZN',
      currencyDisplay: 'narrowSymbol',
    });
    if (lang !== 'az' || intl.format(1.5).includes(',')) {
      format = (manat) => intl.format(manat);
    } else {
      const en = new Intl.NumberFormat('en', options);
      format = (manat) => `${en.format(manat).replace(/[.,]/g, (mark) => (mark === '.' ? ',' : '.'))}\u00a0₼`;
    }
    feeFormats.set(key, format);
  }
  return format(qapik / 100);
}

/** A document's accepted media types as people name them: "PDF, JPEG, PNG". */
export function formatMediaTypes(types: readonly string[]): string {
  return types.map((type) => (type.split('/').pop() ?? type).toUpperCase()).join(', ');
}
