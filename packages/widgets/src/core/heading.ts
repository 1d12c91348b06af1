import { literal, type StaticValue } from 'lit/static-html.js';

const TAGS = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`] as const;

/** A `heading-level` attribute's value as a level 1–6 (anything else: 2). */
export function headingLevel(value: unknown): number {
  return Math.min(Math.max(Math.trunc(Number(value)) || 2, 1), 6);
}

/** The tag (for `lit/static-html`) of the heading `offset` levels below `level`, never beyond h6. */
export function headingTag(level: number, offset = 0): StaticValue {
  return TAGS[Math.min(level + offset, 6) - 1] ?? TAGS[1];
}
