/**
 * Shapes of the demo seed content. The seeding code inserts these records; nothing here runs.
 */

import type { AuthorityKind } from '../domain/enums.js';

export type { Lang } from '../domain/enums.js';

/** Text stored per language. Azerbaijani is always present and is the fallback for the others. */
export type Localized = { az: string; en?: string; ru?: string };

export interface SeedAuthority {
  slug: 'ganja' | 'guba' | 'masalli';
  kind: AuthorityKind;
  /** Full official-style name, e.g. "Gəncə Şəhər İcra Hakimiyyəti". */
  name: Localized;
  /** Place name only, e.g. "Gəncə". */
  shortName: Localized;
  contacts: { address: Localized; phone: string; email: string; website: string };
  /** Exact web origins (scheme + host, no path) allowed to embed the widgets. */
  allowedOrigins: string[];
}

export interface SeedNews {
  /** Fixed RFC 4122 v4-shaped UUID, so seeds are stable across runs. */
  id: string;
  authority: SeedAuthority['slug'];
  /** ISO 8601 UTC timestamp, e.g. "2026-11-18T08:30:00Z". */
  publishedAt: string;
  /** `file` is a file name in media/news/. */
  cover: { file: string; alt: Localized; width: number; height: number } | null;
  title: Localized;
  /** One or two sentences. */
  summary: Localized;
  /** Paragraphs of plain text (no HTML, no markdown) per language. */
  body: { az: string[]; en?: string[]; ru?: string[] };
}
