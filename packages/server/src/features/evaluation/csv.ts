/**
 * CSV (RFC 4180) of the evaluation's public reads, for `Accept: text/csv`: a header row, CRLF line
 * ends, a field quoted when it holds a comma, a quote or a line break. Numbers are written plainly
 * (a point before decimals), whatever the language of the names.
 */

export const CSV_MEDIA_TYPE = 'text/csv';

type Field = string | number | null;

const field = (value: Field): string => {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** The CSV of a header row and rows. */
export function csvOf(header: readonly string[], rows: readonly (readonly Field[])[]): string {
  return [header, ...rows].map((row) => `${row.map(field).join(',')}\r\n`).join('');
}

/** The q-value an Accept header gives `type/subtype` (the most specific range that matches it). */
function qualityOf(accept: string, type: string, subtype: string): number {
  let best = -1;
  let quality = 0;
  for (const part of accept.slice(0, 1024).split(',')) {
    const [range = '', ...params] = part.split(';');
    const [t, s] = range.trim().toLowerCase().split('/');
    const specificity =
      t === type && s === subtype ? 2 : t === type && s === '*' ? 1 : t === '*' && s === '*' ? 0 : -1;
    if (specificity <= best) continue;
    best = specificity;
    const q = params.map((p) => p.trim().toLowerCase()).find((p) => p.startsWith('q='));
    const parsed = q === undefined ? 1 : Number(q.slice(2));
    quality = Number.isFinite(parsed) ? parsed : 0;
  }
  return quality;
}

/** Whether the caller prefers CSV to JSON; a tie, or no Accept, is JSON. */
export function prefersCsv(accept: string | undefined): boolean {
  if (accept === undefined) return false;
  return qualityOf(accept, 'text', 'csv') > qualityOf(accept, 'application', 'json');
}
