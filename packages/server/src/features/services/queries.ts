import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { serviceAuthorities, services } from '../../db/schema.js';
import { LANGS, type Lang } from '../../http/lang.js';
import type { Service, ServiceCursor, ServiceSummary } from './schemas.js';

type Localized = Record<string, string>;

/** The text of `lang`, or the Azerbaijani one (always present) when there is none. */
function inLang(text: Localized, lang: Lang): string {
  return text[lang] ?? text.az!;
}

/**
 * What a search looks in, per language: the title, summary and description, lower-cased by that
 * language's rules (stored in services.search, so the database needs only a substring test).
 */
export function searchTextOf(service: { title: Localized; summary: Localized; description: Localized }) {
  const search: Localized = {};
  for (const lang of LANGS) {
    if (service.title[lang] === undefined) continue;
    const parts = [service.title[lang], service.summary[lang], service.description[lang]];
    search[lang] = parts
      .filter((p) => p !== undefined)
      .join('\n')
      .toLocaleLowerCase(lang);
  }
  return search;
}

const authoritiesOf = sql<string[]>`array(
  select ${serviceAuthorities.authoritySlug} from ${serviceAuthorities}
  where ${serviceAuthorities.serviceSlug} = ${services.slug}
  order by ${serviceAuthorities.authoritySlug})`;

function selectServices(db: Db) {
  return db
    .select({
      slug: services.slug,
      position: services.position,
      category: services.category,
      localExecutive: services.localExecutive,
      title: services.title,
      summary: services.summary,
      description: services.description,
      legalBasis: services.legalBasis,
      documents: services.documents,
      feeQapik: services.feeQapik,
      processingDays: services.processingDays,
      electronic: services.electronic,
      offline: services.offline,
      authorities: authoritiesOf,
    })
    .from(services);
}

type ServiceRow = Awaited<ReturnType<typeof selectServices>>[number];

function toSummary(row: ServiceRow, lang: Lang): ServiceSummary & { position: number } {
  return {
    slug: row.slug,
    position: row.position,
    title: inLang(row.title, lang),
    summary: inLang(row.summary, lang),
    category: row.category,
    localExecutive: row.localExecutive,
    authorities: row.authorities,
    feeQapik: row.feeQapik,
    processingDays: row.processingDays,
    electronic: row.electronic,
    lang: row.title[lang] === undefined ? 'az' : lang,
  };
}

/** One page of the catalogue in its order, after the cursor position. */
export async function listServices(
  db: Db,
  options: {
    lang: Lang;
    limit: number;
    authority?: string | undefined;
    category?: ServiceSummary['category'] | undefined;
    q?: string | undefined;
    after?: ServiceCursor | undefined;
  },
): Promise<{ items: Array<ServiceSummary & { position: number }>; hasMore: boolean }> {
  const { lang, after, q } = options;
  const rows = await selectServices(db)
    .where(
      and(
        options.authority === undefined
          ? undefined
          : sql`exists (select 1 from ${serviceAuthorities} where ${serviceAuthorities.serviceSlug} = ${services.slug} and ${serviceAuthorities.authoritySlug} = ${options.authority})`,
        options.category === undefined ? undefined : eq(services.category, options.category),
        q === undefined
          ? undefined
          : sql`strpos(coalesce(${services.search} ->> ${lang}::text, ${services.search} ->> 'az'), ${q.toLocaleLowerCase(lang)}) > 0`,
        after === undefined
          ? undefined
          : sql`(${services.position}, ${services.slug}) > (${after.p}::int, ${after.s})`,
      ),
    )
    .orderBy(asc(services.position), asc(services.slug))
    .limit(options.limit + 1);
  return {
    items: rows.slice(0, options.limit).map((row) => toSummary(row, lang)),
    hasMore: rows.length > options.limit,
  };
}

/** A service with everything about it, or undefined when there is none. */
export async function findService(db: Db, slug: string, lang: Lang): Promise<Service | undefined> {
  const [row] = await selectServices(db).where(eq(services.slug, slug)).limit(1);
  if (!row) return undefined;
  const { position: _, ...summary } = toSummary(row, lang);
  return {
    ...summary,
    description: inLang(row.description, lang),
    legalBasis: inLang(row.legalBasis, lang),
    offline: row.offline === null ? null : inLang(row.offline, lang),
    documents: row.documents.map((d) => ({
      key: d.key,
      name: inLang(d.name, lang),
      hint: inLang(d.hint, lang),
      accept: d.accept,
      maxBytes: d.maxBytes,
      maxFiles: d.maxFiles,
      required: d.required,
    })),
  };
}

/** The cursor that continues after a service. */
export function serviceCursorOf(item: { position: number; slug: string }): ServiceCursor {
  return { p: item.position, s: item.slug };
}
