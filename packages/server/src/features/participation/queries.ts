/**
 * Participation queries. Decisions on applications run in one transaction with their poll, the
 * citizen's notification and the audit entry. The ballot is ballot.ts (docs/ballot-secrecy.md).
 */
import { and, asc, count, desc, eq, gt, inArray, isNull, lt, lte, type SQL, sql } from 'drizzle-orm';
import { type Actor, audit } from '../../audit.js';
import type { Db, Executor, Tx } from '../../db/database.js';
import {
  notifications,
  notificationTranslations,
  participationApplications,
  participationAttachments,
  pollBallotKeys,
  pollOptions,
  polls,
} from '../../db/schema.js';
import type { PollState } from '../../domain/enums.js';
import type { Lang } from '../../http/lang.js';
import type { Translations } from '../../http/messages.js';
import {
  type Application,
  type ApplicationAttachment,
  type Attachment,
  type AttachmentContentType,
  MAX_UNCLAIMED_ATTACHMENTS,
  type PollDefinition,
} from './schemas.js';

function now(): Date {
  return new Date(Math.floor(Date.now()));
}

const applicationColumns = {
  id: participationApplications.id,
  authority: participationApplications.authoritySlug,
  direction: participationApplications.direction,
  title: participationApplications.title,
  text: participationApplications.text,
  status: participationApplications.status,
  decisionReason: participationApplications.decisionReason,
  history: participationApplications.history,
  createdAt: participationApplications.createdAt,
  citizen: participationApplications.citizen,
  pollId: polls.id,
};

type ApplicationRow = Application & { citizen: string };

function toApplication(row: {
  id: string;
  authority: string;
  direction: Application['direction'];
  title: string;
  text: string;
  status: Application['status'];
  decisionReason: string | null;
  history: Array<{ status: string; at: string; reason?: string }>;
  createdAt: Date;
  citizen: string;
  pollId: string | null;
}): ApplicationRow {
  return {
    ...row,
    history: row.history as Application['history'],
    attachments: [],
    createdAt: row.createdAt.toISOString(),
  };
}

// --- attachments ----------------------------------------------------------------------------

const attachments = participationAttachments;

/** An unclaimed upload older than this is gone: it may not be claimed and the next upload deletes it. */
export const UNCLAIMED_ATTACHMENT_TTL = '24 hours';
/** How many expired uploads one upload deletes at most (the rest go with the next ones). */
const SWEEP_BATCH = 100;

const unexpired = () => gt(attachments.createdAt, sql`now() - ${UNCLAIMED_ATTACHMENT_TTL}::interval`);
/** Not yet claimed by an application or a request for a meeting. */
const unclaimed = () => and(isNull(attachments.applicationId), isNull(attachments.receptionRequestId));

/** What claims uploads: an e-participation application, or a citizen's request for a meeting. */
export type AttachmentParent = { applicationId: string } | { receptionRequestId: string };
type ParentKind = 'applicationId' | 'receptionRequestId';
const kindOf = (parent: AttachmentParent): ParentKind =>
  'applicationId' in parent ? 'applicationId' : 'receptionRequestId';
const parentId = (parent: AttachmentParent) =>
  'applicationId' in parent ? parent.applicationId : parent.receptionRequestId;

/**
 * Stores an upload for `owner`, unclaimed. In one transaction, serialized per owner (an advisory lock
 * on the owner's sub, so two uploads at once cannot both pass the quota): deletes up to 100 expired
 * unclaimed uploads (anyone's), then counts the owner's unclaimed ones; `quota` when they already
 * hold {@link MAX_UNCLAIMED_ATTACHMENTS}.
 */
export async function storeAttachment(
  db: Db,
  owner: string,
  file: { filename: string; contentType: AttachmentContentType; bytes: Buffer },
): Promise<Attachment | 'quota'> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`icra:attachments:${owner}`}))`);
    const expired = tx
      .select({ id: attachments.id })
      .from(attachments)
      .where(and(unclaimed(), lt(attachments.createdAt, sql`now() - ${UNCLAIMED_ATTACHMENT_TTL}::interval`)))
      .orderBy(asc(attachments.createdAt))
      .limit(SWEEP_BATCH);
    await tx.delete(attachments).where(inArray(attachments.id, expired));
    const [held] = await tx
      .select({ n: count() })
      .from(attachments)
      .where(and(eq(attachments.ownerSub, owner), unclaimed(), unexpired()));
    if ((held?.n ?? 0) >= MAX_UNCLAIMED_ATTACHMENTS) return 'quota';
    const [row] = await tx
      .insert(attachments)
      .values({
        ownerSub: owner,
        filename: file.filename,
        contentType: file.contentType,
        size: file.bytes.byteLength,
        bytes: file.bytes,
      })
      .returning({
        id: attachments.id,
        filename: attachments.filename,
        contentType: attachments.contentType,
        size: attachments.size,
        createdAt: attachments.createdAt,
      });
    return {
      ...row!,
      contentType: row!.contentType as AttachmentContentType,
      createdAt: row!.createdAt.toISOString(),
    };
  });
}

/** Why some attachments named at creation could not be claimed; nothing was written. */
export class AttachmentsNotClaimable extends Error {
  override name = 'AttachmentsNotClaimable';
  constructor(readonly problems: Array<{ index: number; reason: 'duplicate' | 'unavailable' }>) {
    super('some attachments cannot be claimed');
  }
}

/** The attachments of applications (or of requests for a meeting), by their id, in their order. */
export async function attachmentsOf(
  db: Executor,
  kind: ParentKind,
  ids: string[],
): Promise<Map<string, ApplicationAttachment[]>> {
  const byParent = new Map<string, ApplicationAttachment[]>();
  if (ids.length === 0) return byParent;
  const column = attachments[kind];
  const rows = await db
    .select({
      parent: column,
      id: attachments.id,
      filename: attachments.filename,
      contentType: attachments.contentType,
      size: attachments.size,
    })
    .from(attachments)
    .where(inArray(column, ids))
    .orderBy(asc(column), asc(attachments.position));
  for (const { parent, ...attachment } of rows) {
    const list = byParent.get(parent!) ?? [];
    list.push({ ...attachment, contentType: attachment.contentType as AttachmentContentType });
    byParent.set(parent!, list);
  }
  return byParent;
}

async function withAttachments(db: Executor, rows: ApplicationRow[]): Promise<ApplicationRow[]> {
  const byApplication = await attachmentsOf(
    db,
    'applicationId',
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({ ...r, attachments: byApplication.get(r.id) ?? [] }));
}

/** An attachment of the application (or the request for a meeting), with its bytes. */
export async function findAttachment(db: Db, parent: AttachmentParent, attachmentId: string) {
  const [row] = await db
    .select({
      filename: attachments.filename,
      contentType: attachments.contentType,
      bytes: attachments.bytes,
    })
    .from(attachments)
    .where(and(eq(attachments.id, attachmentId), eq(attachments[kindOf(parent)], parentId(parent))))
    .limit(1);
  return row;
}

/**
 * Claims for `parent` the uploads `named`, in the transaction that creates it: each must be the
 * citizen's, unclaimed and unexpired, and named once; otherwise {@link AttachmentsNotClaimable} is
 * thrown (every index at fault), which rolls the transaction back. A claim is a conditional UPDATE,
 * so of two applications or requests naming the same upload at once only one gets it.
 */
export async function claimAttachments(
  tx: Executor,
  citizen: string,
  named: readonly string[],
  parent: AttachmentParent,
): Promise<void> {
  const problems: Array<{ index: number; reason: 'duplicate' | 'unavailable' }> = named.flatMap(
    (id, index) => (named.indexOf(id) < index ? [{ index, reason: 'duplicate' as const }] : []),
  );
  if (problems.length > 0) throw new AttachmentsNotClaimable(problems);
  for (const [index, id] of named.entries()) {
    const claimed = await tx
      .update(attachments)
      .set({ [kindOf(parent)]: parentId(parent), position: index })
      .where(and(eq(attachments.id, id), eq(attachments.ownerSub, citizen), unclaimed(), unexpired()))
      .returning({ id: attachments.id });
    if (claimed.length === 0) problems.push({ index, reason: 'unavailable' });
  }
  if (problems.length > 0) throw new AttachmentsNotClaimable(problems);
}

export function publicApplication(row: ApplicationRow): Application {
  const { citizen: _citizen, ...rest } = row;
  return rest;
}

/**
 * Files an application and claims the uploads it names, in one transaction: each must be the
 * citizen's, unclaimed and unexpired, and named once; otherwise {@link AttachmentsNotClaimable} is
 * thrown (every index at fault) and nothing is written. A claim is a conditional UPDATE, so of two
 * applications naming the same upload at once only one gets it.
 */
export async function createApplication(
  db: Db,
  citizen: string,
  input: {
    authority: string;
    direction: Application['direction'];
    title: string;
    text: string;
    attachments?: string[] | undefined;
  },
): Promise<ApplicationRow> {
  const at = now();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(participationApplications)
      .values({
        citizen,
        authoritySlug: input.authority,
        direction: input.direction,
        title: input.title,
        text: input.text,
        history: [{ status: 'submitted', at: at.toISOString() }],
        createdAt: at,
      })
      .returning({ id: participationApplications.id });
    await claimAttachments(tx, citizen, input.attachments ?? [], { applicationId: row!.id });
    return (await findApplication(tx, row!.id))!;
  });
}

export async function findApplication(db: Executor, id: string): Promise<ApplicationRow | undefined> {
  const [row] = await db
    .select(applicationColumns)
    .from(participationApplications)
    .leftJoin(polls, eq(polls.sourceApplicationId, participationApplications.id))
    .where(eq(participationApplications.id, id))
    .limit(1);
  return row && (await withAttachments(db, [toApplication(row)]))[0];
}

export async function listApplications(
  db: Db,
  filter: { citizen?: string; authority?: string; status?: Application['status'] },
  limit: number,
  after?: { c: string; i: string },
): Promise<{ items: ApplicationRow[]; hasMore: boolean }> {
  const t = participationApplications;
  const conditions: SQL[] = [];
  if (filter.citizen !== undefined) conditions.push(eq(t.citizen, filter.citizen));
  if (filter.authority !== undefined) conditions.push(eq(t.authoritySlug, filter.authority));
  if (filter.status !== undefined) conditions.push(eq(t.status, filter.status));
  if (after) {
    // A row comparison, which the index's range scan starts from (an OR of the two cases is not).
    conditions.push(
      sql`(${t.createdAt}, ${t.id}) < (${new Date(after.c).toISOString()}::timestamptz, ${after.i}::uuid)`,
    );
  }
  const rows = await db
    .select(applicationColumns)
    .from(t)
    .leftJoin(polls, eq(polls.sourceApplicationId, t.id))
    .where(and(...conditions))
    .orderBy(desc(t.createdAt), desc(t.id))
    .limit(limit + 1);
  return {
    items: await withAttachments(db, rows.slice(0, limit).map(toApplication)),
    hasMore: rows.length > limit,
  };
}

async function notify(
  tx: Tx,
  recipient: string,
  link: string,
  text: Record<Lang, { title: string; body: string }>,
) {
  const [row] = await tx
    .insert(notifications)
    .values({ recipient, link })
    .returning({ id: notifications.id });
  await tx
    .insert(notificationTranslations)
    .values((Object.keys(text) as Lang[]).map((lang) => ({ notificationId: row!.id, lang, ...text[lang] })));
}

async function insertPoll(
  tx: Tx,
  actor: Actor,
  poll: PollDefinition,
  sourceApplicationId: string | null,
  id?: string,
) {
  const [row] = await tx
    .insert(polls)
    .values({
      ...(id ? { id } : {}),
      authoritySlug: actor.authority,
      question: poll.question,
      opensAt: new Date(poll.opensAt),
      closesAt: new Date(poll.closesAt),
      eligibility: poll.eligibility,
      resultsVisibility: poll.resultsVisibility,
      sourceApplicationId,
      createdBy: actor.sub,
    })
    .returning({ id: polls.id });
  await tx
    .insert(pollOptions)
    .values(poll.options.map((text, position) => ({ pollId: row!.id, position, text })));
  await audit(tx, actor, 'participation.poll.create', row!.id, {
    options: poll.options.length,
    sourceApplicationId,
  });
  return row!.id;
}

/** Creates a poll of the actor's authority; `id` only for fixed demo data (default: a new uuid). */
export async function createPoll(db: Db, actor: Actor, poll: PollDefinition, id?: string): Promise<string> {
  return db.transaction((tx) => insertPoll(tx, actor, poll, null, id));
}

const approvedText: Translations = {
  az: 'Müraciətiniz təsdiq olundu və sorğuya çevrildi.',
  en: 'Your application was approved and became a poll.',
  ru: 'Ваше обращение одобрено и стало опросом.',
};
const rejectedText: Translations = {
  az: 'Müraciətiniz rədd edildi. Səbəb: {reason}',
  en: 'Your application was rejected. Reason: {reason}',
  ru: 'Ваше обращение отклонено. Причина: {reason}',
};
const decisionTitle = (title: string): Record<Lang, string> => ({
  az: `Müraciət: ${title}`,
  en: `Application: ${title}`,
  ru: `Обращение: ${title}`,
});

export type Decision = 'missing' | 'decided' | { pollId?: string };

/**
 * Approves (creating the poll) or rejects a submitted application of the actor's authority.
 * `missing`: none of that authority; `decided`: it was already approved or rejected.
 */
export async function decide(
  db: Db,
  actor: Actor,
  id: string,
  decision: { approve: PollDefinition } | { reject: string },
): Promise<Decision> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(participationApplications)
      .where(eq(participationApplications.id, id))
      .for('update');
    if (!row || row.authoritySlug !== actor.authority) return 'missing';
    if (row.status !== 'submitted') return 'decided';
    const at = now().toISOString();
    const approve = 'approve' in decision;
    const status = approve ? 'approved' : 'rejected';
    const reason = approve ? null : decision.reject;
    await tx
      .update(participationApplications)
      .set({
        status,
        decisionReason: reason,
        history: [...row.history, { status, at, ...(reason === null ? {} : { reason }) }],
      })
      .where(eq(participationApplications.id, id));
    let pollId: string | undefined;
    if ('approve' in decision) {
      pollId = await insertPoll(tx, actor, decision.approve, id);
      await audit(tx, actor, 'participation.application.approve', id, { pollId });
    } else {
      await audit(tx, actor, 'participation.application.reject', id, { reason: decision.reject });
    }
    const titles = decisionTitle(row.title);
    const body = (lang: Lang) =>
      approve ? approvedText[lang] : rejectedText[lang].replace('{reason}', reason ?? '');
    await notify(tx, row.citizen, `/v1/participation/applications/${id}`, {
      az: { title: titles.az, body: body('az') },
      en: { title: titles.en, body: body('en') },
      ru: { title: titles.ru, body: body('ru') },
    });
    return pollId ? { pollId } : {};
  });
}

export interface PollRow {
  id: string;
  authority: string;
  question: Record<string, string>;
  opensAt: Date;
  closesAt: Date;
  eligibility: 'all_citizens' | 'residents';
  resultsVisibility: 'live' | 'after_vote' | 'after_close';
  sourceApplicationId: string | null;
  /** The id of the poll's ballot key, null until made. */
  ballotKeyId: string | null;
  /** When the poll was finalized after closing (null: not yet). */
  finalizedAt: Date | null;
  options: Array<{ position: number; text: Record<string, string>; votes: number }>;
}

const pollColumns = {
  id: polls.id,
  authority: polls.authoritySlug,
  question: polls.question,
  opensAt: polls.opensAt,
  closesAt: polls.closesAt,
  eligibility: polls.eligibility,
  resultsVisibility: polls.resultsVisibility,
  sourceApplicationId: polls.sourceApplicationId,
  ballotKeyId: pollBallotKeys.keyId,
  finalizedAt: polls.finalizedAt,
};

async function withOptions(db: Db, rows: Array<Omit<PollRow, 'options'>>): Promise<PollRow[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const options = await db
    .select()
    .from(pollOptions)
    .where(sql`${pollOptions.pollId} in ${ids}`)
    .orderBy(asc(pollOptions.position));
  return rows.map((r) => ({
    ...r,
    options: options
      .filter((o) => o.pollId === r.id)
      .map((o) => ({ position: o.position, text: o.text, votes: o.votes })),
  }));
}

export async function findPoll(db: Db, id: string): Promise<PollRow | undefined> {
  const rows = await db
    .select(pollColumns)
    .from(polls)
    .leftJoin(pollBallotKeys, eq(pollBallotKeys.pollId, polls.id))
    .where(eq(polls.id, id))
    .limit(1);
  return (await withOptions(db, rows))[0];
}

export async function listPolls(
  db: Db,
  filter: { authority?: string; state?: PollState },
  limit: number,
  after?: { o: string; i: string },
): Promise<{ items: PollRow[]; hasMore: boolean }> {
  const at = new Date();
  const conditions: SQL[] = [];
  if (filter.authority !== undefined) conditions.push(eq(polls.authoritySlug, filter.authority));
  if (filter.state === 'open') conditions.push(lte(polls.opensAt, at), gt(polls.closesAt, at));
  if (filter.state === 'upcoming') conditions.push(gt(polls.opensAt, at));
  if (filter.state === 'closed') conditions.push(lte(polls.closesAt, at));
  if (after) {
    conditions.push(
      sql`(${polls.opensAt}, ${polls.id}) < (${new Date(after.o).toISOString()}::timestamptz, ${after.i}::uuid)`,
    );
  }
  const rows = await db
    .select(pollColumns)
    .from(polls)
    .leftJoin(pollBallotKeys, eq(pollBallotKeys.pollId, polls.id))
    .where(and(...conditions))
    .orderBy(desc(polls.opensAt), desc(polls.id))
    .limit(limit + 1);
  return { items: await withOptions(db, rows.slice(0, limit)), hasMore: rows.length > limit };
}
