import { and, asc, desc, eq, isNull, lt, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/database.js';
import {
  authorities,
  authorizationCodes,
  notifications,
  notificationTranslations,
  oidcSignIns,
  staff,
} from '../../db/schema.js';
import type { Lang } from '../../http/lang.js';
import type { Principal } from '../../http/principal.js';
import type { PopulationRegistry } from './registry.js';
import type { Notification, NotificationCursor } from './schemas.js';

export type StaffMember = typeof staff.$inferSelect;

export function findStaff(db: Db, id: string): Promise<StaffMember | undefined> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id))
    return Promise.resolve(undefined);
  return db
    .select()
    .from(staff)
    .where(eq(staff.id, id))
    .limit(1)
    .then((rows) => rows[0]);
}

export function listStaff(db: Db): Promise<StaffMember[]> {
  return db.select().from(staff).orderBy(asc(staff.authoritySlug), asc(staff.displayName));
}

/**
 * The principal of a subject (`citizen:<FIN>` or `staff:<uuid>`), read afresh from the registry or
 * the staff table; undefined when the subject no longer exists.
 */
export async function principalOfSubject(
  db: Db,
  registry: PopulationRegistry,
  subject: string,
): Promise<Principal | undefined> {
  const [type, id = ''] = subject.split(':', 2);
  if (type === 'citizen') {
    const person = await registry.findByFin(id);
    return person && { sub: `citizen:${person.fin}`, kind: 'citizen', roles: [], fin: person.fin };
  }
  if (type === 'staff') {
    const member = await findStaff(db, id);
    if (!member) return undefined;
    const principal: Principal = { sub: `staff:${member.id}`, kind: member.kind, roles: [...member.roles] };
    if (member.authoritySlug !== null) principal.authority = member.authoritySlug;
    return principal;
  }
  return undefined;
}

/** `unknown-client`: no authority has this slug; `origin`: the origin is not registered for it. */
export async function checkClientOrigin(
  db: Db,
  clientId: string,
  origin: string,
  demoOriginsAllowed: boolean,
): Promise<'ok' | 'unknown-client' | 'origin'> {
  const [row] = await db
    .select({ allowedOrigins: authorities.allowedOrigins })
    .from(authorities)
    .where(eq(authorities.slug, clientId))
    .limit(1);
  if (!row) return 'unknown-client';
  if (row.allowedOrigins.includes(origin)) return 'ok';
  if (demoOriginsAllowed && /^http:\/\/(localhost|127\.0\.0\.1)(:\d{1,5})?$/.test(origin)) return 'ok';
  return 'origin';
}

export async function storeAuthorizationCode(
  db: Db,
  code: {
    codeHash: string;
    clientId: string;
    origin: string;
    codeChallenge: string;
    subject: string;
    /** The portal session the person signed in with (SHA-256 of its id), if any. */
    portalSessionHash: string | null;
    /** The scopes granted, space-separated. */
    scope: string;
    redirectUri: string | null;
    nonce: string | null;
    ttlS: number;
  },
): Promise<void> {
  // Expired codes are of no use to anyone; clear them as new ones are made.
  await db
    .delete(authorizationCodes)
    .where(lt(authorizationCodes.expiresAt, sql`now() - interval '1 minute'`));
  await db.insert(authorizationCodes).values({
    codeHash: code.codeHash,
    clientId: code.clientId,
    origin: code.origin,
    codeChallenge: code.codeChallenge,
    subject: code.subject,
    portalSessionHash: code.portalSessionHash,
    scope: code.scope,
    redirectUri: code.redirectUri,
    nonce: code.nonce,
    expiresAt: sql`now() + make_interval(secs => ${code.ttlS})`,
  });
}

/**
 * Marks the code used and returns it, or undefined when it does not exist or was already used:
 * one conditional UPDATE, so of concurrent redemptions exactly one gets the row. `expired` says
 * whether its 60 s had passed (by the database clock).
 */
export async function redeemAuthorizationCode(db: Db, codeHash: string) {
  const [row] = await db
    .update(authorizationCodes)
    .set({ usedAt: sql`now()` })
    .where(and(eq(authorizationCodes.codeHash, codeHash), isNull(authorizationCodes.usedAt)))
    .returning({
      clientId: authorizationCodes.clientId,
      origin: authorizationCodes.origin,
      codeChallenge: authorizationCodes.codeChallenge,
      subject: authorizationCodes.subject,
      portalSessionHash: authorizationCodes.portalSessionHash,
      scope: authorizationCodes.scope,
      redirectUri: authorizationCodes.redirectUri,
      nonce: authorizationCodes.nonce,
      expired: sql<boolean>`${authorizationCodes.expiresAt} <= now()`,
    });
  return row;
}

export async function storeOidcSignIn(
  db: Db,
  signIn: {
    state: string;
    codeVerifier: string;
    nonce: string;
    request: Record<string, string>;
    ttlS: number;
  },
): Promise<void> {
  await db.delete(oidcSignIns).where(lt(oidcSignIns.expiresAt, sql`now()`));
  await db.insert(oidcSignIns).values({
    state: signIn.state,
    codeVerifier: signIn.codeVerifier,
    nonce: signIn.nonce,
    request: signIn.request,
    expiresAt: sql`now() + make_interval(secs => ${signIn.ttlS})`,
  });
}

/** Takes (deletes and returns) a sign-in in progress that has not expired. */
export async function takeOidcSignIn(db: Db, state: string) {
  const [row] = await db
    .delete(oidcSignIns)
    .where(eq(oidcSignIns.state, state))
    .returning({
      codeVerifier: oidcSignIns.codeVerifier,
      nonce: oidcSignIns.nonce,
      request: oidcSignIns.request,
      expired: sql<boolean>`${oidcSignIns.expiresAt} <= now()`,
    });
  return row && !row.expired ? row : undefined;
}

const asked = alias(notificationTranslations, 'asked');
const az = alias(notificationTranslations, 'az');

/** A page of a recipient's notifications, newest first, in `lang` with az as the fallback. */
export async function listNotifications(
  db: Db,
  options: {
    recipient: string;
    lang: Lang;
    limit: number;
    unread: boolean;
    after?: NotificationCursor | undefined;
  },
): Promise<{ items: Notification[]; hasMore: boolean }> {
  const { after } = options;
  const rows = await db
    .select({
      id: notifications.id,
      link: notifications.link,
      createdAt: notifications.createdAt,
      readAt: notifications.readAt,
      askedLang: asked.lang,
      askedTitle: asked.title,
      askedBody: asked.body,
      azTitle: az.title,
      azBody: az.body,
    })
    .from(notifications)
    .innerJoin(az, and(eq(az.notificationId, notifications.id), eq(az.lang, 'az')))
    .leftJoin(asked, and(eq(asked.notificationId, notifications.id), eq(asked.lang, options.lang)))
    .where(
      and(
        eq(notifications.recipient, options.recipient),
        options.unread ? isNull(notifications.readAt) : undefined,
        after === undefined
          ? undefined
          : sql`(${notifications.createdAt}, ${notifications.id}) < (${after.c}::timestamptz, ${after.i}::uuid)`,
      ),
    )
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(options.limit + 1);
  const items = rows.slice(0, options.limit).map((row): Notification => {
    const translated = row.askedLang !== null;
    const item: Notification = {
      id: row.id,
      title: translated ? row.askedTitle! : row.azTitle,
      body: translated ? row.askedBody! : row.azBody,
      createdAt: row.createdAt.toISOString(),
      readAt: row.readAt?.toISOString() ?? null,
      lang: translated ? row.askedLang! : 'az',
    };
    if (row.link !== null) item.link = row.link;
    return item;
  });
  return { items, hasMore: rows.length > options.limit };
}

/** Marks a recipient's notification read (keeping the first time); false when they have no such one. */
export async function markNotificationRead(db: Db, recipient: string, id: string): Promise<boolean> {
  const rows = await db
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, now())` })
    .where(and(eq(notifications.id, id), eq(notifications.recipient, recipient)))
    .returning({ id: notifications.id });
  return rows.length > 0;
}
