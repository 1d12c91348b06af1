/**
 * Loads the demo content (src/seed/data.ts, src/seed/news/) into an empty database. It runs once:
 * when any authority exists the database is not empty and nothing is written, so restarts never
 * duplicate it and content edited or removed later stays that way. It runs as the openers'
 * afterMigrate hook (src/database.ts), so on PostgreSQL under the migration lock: two servers
 * starting together cannot both seed.
 */
import { count } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import {
  authorities,
  authorityTranslations,
  news,
  newsTranslations,
  notifications,
  notificationTranslations,
  serviceAuthorities,
  serviceForms,
  services,
  staff,
} from '../db/schema.js';
import { searchTextOf } from '../features/services/index.js';
import { LANGS } from '../http/lang.js';
import { seedAuthorities, seedNews } from './data.js';
import { seedEvaluation } from './evaluation.js';
import { seedParticipation } from './participation.js';
import { seedReception } from './reception.js';
import { seedForms } from './service-forms.js';
import { seedServices } from './services.js';
import { seedNotifications, seedStaff } from './staff.js';
import type { Localized, SeedAuthority, SeedNews } from './types.js';

export async function applySeed(db: Db): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [existing] = await tx.select({ n: count() }).from(authorities);
    if ((existing?.n ?? 0) > 0) {
      await seedIdentity(tx);
      await seedParticipation(tx);
      await seedCatalogue(tx);
      await seedServiceForms(tx);
      await seedReception(tx);
      await seedEvaluation(tx);
      return false;
    }
    if (seedAuthorities.length > 0) {
      await tx.insert(authorities).values(seedAuthorities.map(authorityRow));
      await tx.insert(authorityTranslations).values(seedAuthorities.flatMap(authorityTranslationRows));
    }
    if (seedNews.length > 0) {
      await tx.insert(news).values(seedNews.map(newsRow));
      await tx.insert(newsTranslations).values(seedNews.flatMap(newsTranslationRows));
    }
    await seedIdentity(tx);
    await seedParticipation(tx);
    await seedCatalogue(tx);
    await seedServiceForms(tx);
    await seedReception(tx);
    await seedEvaluation(tx);
    return true;
  });
}

/**
 * The demo e-services catalogue (src/seed/services.ts), loaded when there is no service yet, for the
 * pilot authorities that exist (so a database seeded before the catalogue existed gets it on its next
 * start, and a catalogue edited later is left as it is).
 */
async function seedCatalogue(tx: Db): Promise<void> {
  const [existing] = await tx.select({ n: count() }).from(services);
  if ((existing?.n ?? 0) > 0) return;
  const slugs = new Set((await tx.select({ slug: authorities.slug }).from(authorities)).map((a) => a.slug));
  if (slugs.size === 0) return;
  await tx.insert(services).values(
    seedServices.map((s, position) => ({
      slug: s.slug,
      position,
      category: s.category,
      localExecutive: s.localExecutive,
      title: s.title,
      summary: s.summary,
      description: s.description,
      legalBasis: s.legalBasis,
      documents: s.documents,
      feeQapik: s.feeQapik,
      processingDays: s.processingDays,
      electronic: s.electronic,
      offline: s.offline,
      search: searchTextOf(s),
    })),
  );
  const provided = seedServices.flatMap((s) =>
    s.authorities
      .filter((a) => slugs.has(a))
      .map((authoritySlug) => ({ serviceSlug: s.slug, authoritySlug })),
  );
  if (provided.length > 0) await tx.insert(serviceAuthorities).values(provided);
}

/**
 * The demo application forms (src/seed/service-forms.ts), loaded when there is no form yet and the
 * services they are for exist (so a catalogue seeded before forms existed gets them on its next start).
 */
async function seedServiceForms(tx: Db): Promise<void> {
  const [existing] = await tx.select({ n: count() }).from(serviceForms);
  if ((existing?.n ?? 0) > 0) return;
  const slugs = new Set((await tx.select({ slug: services.slug }).from(services)).map((s) => s.slug));
  const rows = seedForms.filter((form) => slugs.has(form.service));
  if (rows.length === 0) return;
  await tx.insert(serviceForms).values(
    rows.map((definition) => ({
      serviceSlug: definition.service,
      version: definition.version,
      definition,
    })),
  );
}

/**
 * The demo staff and notifications, loaded when there is no staff yet and the pilot authorities
 * exist (so that a database seeded before identity existed gets them on its next start).
 */
async function seedIdentity(tx: Db): Promise<void> {
  const [existing] = await tx.select({ n: count() }).from(staff);
  if ((existing?.n ?? 0) > 0) return;
  const slugs = new Set((await tx.select({ slug: authorities.slug }).from(authorities)).map((a) => a.slug));
  const rows = seedStaff.filter((s) => s.authority === null || slugs.has(s.authority));
  if (rows.length === 0) return;
  await tx.insert(staff).values(
    rows.map((s) => ({
      id: s.id,
      kind: s.kind,
      authoritySlug: s.authority,
      displayName: s.displayName,
      roles: s.roles,
    })),
  );
  await tx.insert(notifications).values(
    seedNotifications.map((n) => ({
      id: n.id,
      recipient: `citizen:${n.fin}`,
      link: n.link,
      createdAt: new Date(n.createdAt),
      readAt: n.read ? new Date(n.createdAt) : null,
    })),
  );
  await tx
    .insert(notificationTranslations)
    .values(
      seedNotifications.flatMap((n) =>
        LANGS.map((lang) => ({ notificationId: n.id, lang, title: n.title[lang], body: n.body[lang] })),
      ),
    );
}

function authorityRow(a: SeedAuthority): typeof authorities.$inferInsert {
  return {
    slug: a.slug,
    kind: a.kind,
    phone: a.contacts.phone,
    email: a.contacts.email,
    website: a.contacts.website,
    allowedOrigins: a.allowedOrigins,
  };
}

function text(value: Localized, lang: (typeof LANGS)[number]): string | undefined {
  return lang === 'az' ? value.az : value[lang];
}

/** One row per language the authority's name is given in; a missing field falls back to az. */
function authorityTranslationRows(a: SeedAuthority): Array<typeof authorityTranslations.$inferInsert> {
  return LANGS.filter((lang) => text(a.name, lang) !== undefined).map((lang) => ({
    authoritySlug: a.slug,
    lang,
    name: text(a.name, lang) ?? a.name.az,
    shortName: text(a.shortName, lang) ?? a.shortName.az,
    address: text(a.contacts.address, lang) ?? a.contacts.address.az,
  }));
}

function newsRow(n: SeedNews): typeof news.$inferInsert {
  return {
    id: n.id,
    authoritySlug: n.authority,
    status: 'published',
    publishedAt: new Date(n.publishedAt),
    coverFile: n.cover?.file ?? null,
    coverWidth: n.cover?.width ?? null,
    coverHeight: n.cover?.height ?? null,
  };
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Plain-text paragraphs as the HTML an editor would store: each escaped and wrapped in <p>. */
export function paragraphsToHtml(paragraphs: readonly string[]): string {
  return paragraphs.map((p) => `<p>${p.replace(/[&<>"]/g, (c) => HTML_ESCAPES[c]!)}</p>`).join('');
}

/** A translation exists in a language only when the title, summary and body all exist in it. */
function newsTranslationRows(n: SeedNews): Array<typeof newsTranslations.$inferInsert> {
  const rows: Array<typeof newsTranslations.$inferInsert> = [];
  for (const lang of LANGS) {
    const title = text(n.title, lang);
    const summary = text(n.summary, lang);
    const body = n.body[lang];
    if (title === undefined || summary === undefined || body === undefined) continue;
    rows.push({
      newsId: n.id,
      lang,
      title,
      summary,
      body,
      bodyHtml: paragraphsToHtml(body),
      coverAlt: n.cover ? (text(n.cover.alt, lang) ?? n.cover.alt.az) : null,
    });
  }
  return rows;
}
