/**
 * What makes a sign-in last: the portal session (the popup's memory of who signed in, an HttpOnly
 * cookie on the portal's origin) and refresh tokens (RFC 6749 §6) that renew a page's access token.
 * Both live in the database, by SHA-256 only, so every instance on one database honours them and a
 * copy of the database holds nothing that signs anyone in. See docs/session-security.md.
 *
 * Lifetimes (by the database clock, so instances agree):
 * - refresh token: 30 minutes idle, 12 hours absolute. A person active on the page renews every
 *   ~9 minutes, far inside the idle limit; a page left alone stops renewing (the widget lets the
 *   access token run out), and a stolen token is useless after 30 minutes unused or at the end of
 *   the working day, whatever happens.
 * - portal session: 2 hours idle, 12 hours absolute: a second sign-in the same day, on another
 *   page, tab or authority's site, needs no second choice; a computer left for the afternoon asks
 *   again.
 *
 * Every refresh token is used once: using it returns a new one (rotation). A rotated token used
 * again means two parties hold the chain — the page and a thief — so the whole family is revoked.
 */
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { portalSessions, refreshTokenFamilies, refreshTokens } from '../../db/schema.js';

export const REFRESH_IDLE_S = 30 * 60;
export const REFRESH_ABSOLUTE_S = 12 * 60 * 60;
export const PORTAL_SESSION_IDLE_S = 2 * 60 * 60;
export const PORTAL_SESSION_ABSOLUTE_S = 12 * 60 * 60;

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('base64url');
}

/** 32 random bytes, base64url: a portal session id or a refresh token. */
function secret(): string {
  return randomBytes(32).toString('base64url');
}

/** Starts a portal session for `subject`; returns its id (for the cookie), stored only hashed. */
export async function createPortalSession(db: Db, subject: string): Promise<string> {
  await db.delete(portalSessions).where(lt(portalSessions.expiresAt, sql`now() - interval '1 day'`));
  const id = secret();
  await db.insert(portalSessions).values({
    idHash: sha256(id),
    subject,
    idleExpiresAt: sql`now() + make_interval(secs => ${PORTAL_SESSION_IDLE_S})`,
    expiresAt: sql`now() + make_interval(secs => ${PORTAL_SESSION_ABSOLUTE_S})`,
  });
  return id;
}

/**
 * The live portal session with this id (its idle time starts again), or undefined when it is
 * unknown, expired or revoked.
 */
export async function usePortalSession(
  db: Db,
  id: string,
): Promise<{ idHash: string; subject: string } | undefined> {
  const idHash = sha256(id);
  const [row] = await db
    .update(portalSessions)
    .set({
      idleExpiresAt: sql`least(${portalSessions.expiresAt}, now() + make_interval(secs => ${PORTAL_SESSION_IDLE_S}))`,
    })
    .where(
      and(
        eq(portalSessions.idHash, idHash),
        isNull(portalSessions.revokedAt),
        sql`${portalSessions.idleExpiresAt} > now()`,
        sql`${portalSessions.expiresAt} > now()`,
      ),
    )
    .returning({ subject: portalSessions.subject });
  return row && { idHash, subject: row.subject };
}

/** Ends a portal session and every refresh family that came from it. */
export async function revokePortalSession(db: Db, idHash: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .update(portalSessions)
      .set({ revokedAt: sql`now()` })
      .where(and(eq(portalSessions.idHash, idHash), isNull(portalSessions.revokedAt)));
    await tx
      .update(refreshTokenFamilies)
      .set({ revokedAt: sql`now()` })
      .where(and(eq(refreshTokenFamilies.portalSessionHash, idHash), isNull(refreshTokenFamilies.revokedAt)));
  });
}

/** Issues the first refresh token of a new family (a sign-in of one page); returns the token. */
export async function startRefreshFamily(
  db: Db,
  family: {
    clientId: string;
    origin: string;
    subject: string;
    portalSessionHash: string | null;
    /** The scopes the sign-in granted, space-separated. */
    scope: string;
  },
): Promise<string> {
  // Families past their absolute lifetime are of no use to anyone (their tokens go with them).
  await db
    .delete(refreshTokenFamilies)
    .where(lt(refreshTokenFamilies.expiresAt, sql`now() - interval '1 day'`));
  const token = secret();
  await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(refreshTokenFamilies)
      .values({
        clientId: family.clientId,
        origin: family.origin,
        subject: family.subject,
        portalSessionHash: family.portalSessionHash,
        scope: family.scope,
        expiresAt: sql`now() + make_interval(secs => ${REFRESH_ABSOLUTE_S})`,
      })
      .returning({ id: refreshTokenFamilies.id });
    await tx.insert(refreshTokens).values({
      tokenHash: sha256(token),
      familyId: row!.id,
      expiresAt: sql`now() + make_interval(secs => ${REFRESH_IDLE_S})`,
    });
  });
  return token;
}

export type Rotation =
  | { ok: true; token: string; subject: string; familyId: string; scope: string }
  | { ok: false; reason: 'unknown' | 'binding' | 'reused' | 'expired' | 'revoked' | 'scope' };

/**
 * Uses a refresh token once: returns its successor, or why not. A token of another client or
 * origin is refused and left as it is; a token already rotated revokes its whole family. One
 * transaction with the token's row locked, so of concurrent uses (on any instance) one rotates it
 * and the others are reuse.
 */
export async function rotateRefreshToken(
  db: Db,
  token: string,
  binding: { clientId: string; origin: string },
  /** Scopes asked for at this renewal: refused (`scope`, nothing rotated) unless the family has them all. */
  within?: readonly string[],
): Promise<Rotation> {
  const tokenHash = sha256(token);
  return db.transaction(async (tx): Promise<Rotation> => {
    const [row] = await tx
      .select({
        familyId: refreshTokens.familyId,
        rotated: sql<boolean>`${refreshTokens.rotatedAt} is not null`,
        idle: sql<boolean>`${refreshTokens.expiresAt} <= now()`,
        clientId: refreshTokenFamilies.clientId,
        origin: refreshTokenFamilies.origin,
        subject: refreshTokenFamilies.subject,
        portalSessionHash: refreshTokenFamilies.portalSessionHash,
        scope: refreshTokenFamilies.scope,
        revoked: sql<boolean>`${refreshTokenFamilies.revokedAt} is not null`,
        over: sql<boolean>`${refreshTokenFamilies.expiresAt} <= now()`,
      })
      .from(refreshTokens)
      .innerJoin(refreshTokenFamilies, eq(refreshTokenFamilies.id, refreshTokens.familyId))
      .where(eq(refreshTokens.tokenHash, tokenHash))
      .for('update', { of: refreshTokens });
    if (!row) return { ok: false, reason: 'unknown' };
    if (row.clientId !== binding.clientId || row.origin !== binding.origin)
      return { ok: false, reason: 'binding' };
    if (row.revoked) return { ok: false, reason: 'revoked' };
    if (row.rotated) {
      await tx
        .update(refreshTokenFamilies)
        .set({ revokedAt: sql`now()` })
        .where(eq(refreshTokenFamilies.id, row.familyId));
      return { ok: false, reason: 'reused' };
    }
    if (row.idle || row.over) return { ok: false, reason: 'expired' };
    const granted = row.scope.split(' ');
    if (within?.some((scope) => !granted.includes(scope))) return { ok: false, reason: 'scope' };
    const next = secret();
    await tx
      .update(refreshTokens)
      .set({ rotatedAt: sql`now()` })
      .where(eq(refreshTokens.tokenHash, tokenHash));
    await tx.insert(refreshTokens).values({
      tokenHash: sha256(next),
      familyId: row.familyId,
      expiresAt: sql`least(
        (select ${refreshTokenFamilies.expiresAt} from ${refreshTokenFamilies} where ${refreshTokenFamilies.id} = ${row.familyId}),
        now() + make_interval(secs => ${REFRESH_IDLE_S}))`,
    });
    // Renewing the page's sign-in keeps the popup's memory of it too.
    if (row.portalSessionHash !== null) {
      await tx
        .update(portalSessions)
        .set({
          idleExpiresAt: sql`greatest(${portalSessions.idleExpiresAt}, least(${portalSessions.expiresAt}, now() + make_interval(secs => ${PORTAL_SESSION_IDLE_S})))`,
        })
        .where(and(eq(portalSessions.idHash, row.portalSessionHash), isNull(portalSessions.revokedAt)));
    }
    return { ok: true, token: next, subject: row.subject, familyId: row.familyId, scope: row.scope };
  });
}

/**
 * RFC 7009 for a refresh token (current or rotated): revokes its family, the portal session it came
 * from and every other family of that session. `unknown`: no such token (nothing to do);
 * `binding`: issued to another client or origin (refused).
 */
export async function revokeRefreshToken(
  db: Db,
  token: string,
  binding: { clientId: string; origin: string },
): Promise<'revoked' | 'unknown' | 'binding'> {
  const [row] = await db
    .select({
      familyId: refreshTokens.familyId,
      clientId: refreshTokenFamilies.clientId,
      origin: refreshTokenFamilies.origin,
      portalSessionHash: refreshTokenFamilies.portalSessionHash,
    })
    .from(refreshTokens)
    .innerJoin(refreshTokenFamilies, eq(refreshTokenFamilies.id, refreshTokens.familyId))
    .where(eq(refreshTokens.tokenHash, sha256(token)));
  if (!row) return 'unknown';
  if (row.clientId !== binding.clientId || row.origin !== binding.origin) return 'binding';
  const session = row.portalSessionHash;
  await db.transaction(async (tx) => {
    await tx
      .update(refreshTokenFamilies)
      .set({ revokedAt: sql`now()` })
      .where(
        and(
          isNull(refreshTokenFamilies.revokedAt),
          session === null
            ? eq(refreshTokenFamilies.id, row.familyId)
            : or(
                eq(refreshTokenFamilies.id, row.familyId),
                eq(refreshTokenFamilies.portalSessionHash, session),
              ),
        ),
      );
    if (session !== null) {
      await tx
        .update(portalSessions)
        .set({ revokedAt: sql`now()` })
        .where(and(inArray(portalSessions.idHash, [session]), isNull(portalSessions.revokedAt)));
    }
  });
  return 'revoked';
}
