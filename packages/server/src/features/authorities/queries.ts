import { and, asc, eq, gt } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/database.js';
import { authorities, authorityTranslations } from '../../db/schema.js';
import { normalizeOrigin } from '../../http/cors.js';
import type { Lang } from '../../http/lang.js';
import type { Authority } from './schemas.js';

const asked = alias(authorityTranslations, 'asked');
const az = alias(authorityTranslations, 'az');

/** Authorities with their texts in `lang`, or in Azerbaijani where `lang` has none. */
function selectAuthorities(db: Db, lang: Lang) {
  return db
    .select({
      slug: authorities.slug,
      kind: authorities.kind,
      phone: authorities.phone,
      email: authorities.email,
      website: authorities.website,
      askedLang: asked.lang,
      askedName: asked.name,
      askedShortName: asked.shortName,
      askedAddress: asked.address,
      azName: az.name,
      azShortName: az.shortName,
      azAddress: az.address,
    })
    .from(authorities)
    .innerJoin(az, and(eq(az.authoritySlug, authorities.slug), eq(az.lang, 'az')))
    .leftJoin(asked, and(eq(asked.authoritySlug, authorities.slug), eq(asked.lang, lang)));
}

type AuthorityRow = Awaited<ReturnType<typeof selectAuthorities>>[number];

function toAuthority(row: AuthorityRow): Authority {
  const translated = row.askedLang !== null;
  return {
    slug: row.slug,
    name: translated ? row.askedName! : row.azName,
    shortName: translated ? row.askedShortName! : row.azShortName,
    kind: row.kind,
    contacts: {
      address: translated ? row.askedAddress! : row.azAddress,
      phone: row.phone,
      email: row.email,
      website: row.website,
    },
    lang: translated ? row.askedLang! : 'az',
  };
}

/** One page of authorities by slug, after `afterSlug`; `hasMore` says whether another page follows. */
export async function listAuthorities(
  db: Db,
  options: { lang: Lang; limit: number; afterSlug?: string | undefined },
): Promise<{ items: Authority[]; hasMore: boolean }> {
  const rows = await selectAuthorities(db, options.lang)
    .where(options.afterSlug === undefined ? undefined : gt(authorities.slug, options.afterSlug))
    .orderBy(asc(authorities.slug))
    .limit(options.limit + 1);
  return { items: rows.slice(0, options.limit).map(toAuthority), hasMore: rows.length > options.limit };
}

export async function findAuthority(db: Db, slug: string, lang: Lang): Promise<Authority | undefined> {
  const [row] = await selectAuthorities(db, lang).where(eq(authorities.slug, slug)).limit(1);
  return row ? toAuthority(row) : undefined;
}

/** Slugs of all authorities (to reject an unknown `authority` filter). */
export async function authoritySlugs(db: Db): Promise<ReadonlySet<string>> {
  const rows = await db.select({ slug: authorities.slug }).from(authorities);
  return new Set(rows.map((r) => r.slug));
}

/** Every origin an authority registered for its sites, normalized; admitted by CORS. */
export async function registeredOrigins(db: Db): Promise<ReadonlySet<string>> {
  const rows = await db.select({ origins: authorities.allowedOrigins }).from(authorities);
  const origins = new Set<string>();
  for (const row of rows) {
    for (const origin of row.origins) {
      const normalized = normalizeOrigin(origin);
      if (normalized) origins.add(normalized);
    }
  }
  return origins;
}
