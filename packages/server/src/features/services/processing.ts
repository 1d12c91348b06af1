/**
 * What an authority's processing of an application adds to the workflow's state machine
 * (workflow.ts), in the database:
 *
 * - a request for information names the answers and documents it reopens; until the citizen
 *   resubmits, only those change (the amendment), and resubmitting keeps the amended answers as a new
 *   version, every earlier one still readable, so the officer sees what changed;
 * - the deadline's clock stops while the application waits on the citizen;
 * - completing issues the result: a PDF the officer attached, or a certificate the portal generates,
 *   with a random code anyone verifies it by, which says nothing of the applicant;
 * - once completed, the citizen rates the service, once.
 */
import { createHash } from 'node:crypto';
import {
  type Answers,
  certificateStatement,
  type FormDefinition,
  localizeForm,
  validateAnswers,
} from '@icra/forms';
import { and, asc, avg, count, desc, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database.js';
import {
  authorityTranslations,
  type InformationRequest,
  serviceApplications,
  serviceApplicationVersions,
  serviceDocuments,
  serviceRatings,
  serviceResults,
  services,
} from '../../db/schema.js';
import { addWorkingDays, bakuDate, workingDaysBetween } from '../../domain/holidays.js';
import type { Lang } from '../../http/lang.js';
import type { Translations } from '../../http/messages.js';
import {
  type ApplicationRow,
  answerErrors,
  type DocumentFile,
  documentColumns,
  findApplication,
  randomCode,
  textIn,
  toFile,
} from './applications.js';
import { answerText, renderCertificate } from './certificate.js';
import type { DocumentStorage } from './documents.js';
import type { ActionEffect } from './workflow.js';

type FieldProblem = { pointer: string; detail: Translations };

const text = {
  notReopened: {
    az: 'Bu cavabı icra hakimiyyəti yenidən açmayıb: onu dəyişmək olmaz.',
    en: 'The authority did not reopen this answer: it cannot be changed.',
    ru: 'Исполнительная власть не открывала этот ответ для изменения: его нельзя изменить.',
  },
  documentNotReopened: {
    az: 'Bu sənədi icra hakimiyyəti yenidən açmayıb: onun fayllarını dəyişmək olmaz.',
    en: 'The authority did not reopen this document: its files cannot be changed.',
    ru: 'Исполнительная власть не открывала этот документ для изменения: его файлы нельзя изменить.',
  },
  unknownAnswer: {
    az: 'Müraciətin formasında belə sual yoxdur və ya onun cavabını reyestr yazır.',
    en: 'The application’s form has no such question, or the registry writes its answer.',
    ru: 'В форме заявления нет такого вопроса, или ответ на него записывает реестр.',
  },
  unknownDocument: {
    az: 'Müraciətin formasında belə sənəd yoxdur.',
    en: 'The application’s form asks for no such document.',
    ru: 'Форма заявления не запрашивает такой документ.',
  },
  nothingReopened: {
    az: 'Vətəndaşın dəyişməli olduğu ən azı bir cavabı və ya sənədi göstərin.',
    en: 'Name at least one answer or document the citizen is to change.',
    ru: 'Укажите хотя бы один ответ или документ, который гражданин должен изменить.',
  },
} satisfies Record<string, Translations>;

/** The file field of `form` that uploads `document`, if any. */
function fileFieldOf(form: FormDefinition, document: string): string | undefined {
  return Object.entries(form.fields).find(
    ([, field]) => field.kind === 'file' && field.document === document,
  )?.[0];
}

/** The document ids a version's (or an amendment's) answers hold, over every file field. */
function fileIdsOf(form: FormDefinition, answers: Answers): string[] {
  return Object.entries(form.fields)
    .filter(([name, field]) => field.kind === 'file' && Array.isArray(answers[name]))
    .flatMap(([name]) => answers[name] as string[]);
}

/**
 * Whether the citizen may change answer `name` now: the request reopened it (or, for a file field,
 * its document), or it had no answer in the version the authority has (a step the amended answers
 * newly reach). Registry answers never.
 */
function mayChange(row: ApplicationRow, name: string): boolean {
  const field = row.form.fields[name];
  if (!field || field.registry || !row.request) return false;
  if (field.kind === 'file')
    return field.document !== undefined && row.request.documents.includes(field.document);
  return row.request.answers.includes(name) || row.answers[name] === undefined;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

// ── The workflow's effects ────────────────────────────────────────────────────────────────────

/**
 * request-information: checks what it names against the application's form (answers a citizen
 * writes, documents it asks for) and opens the amendment, a copy of the answers; the clock stops.
 */
export function requestInformationEffect(input: {
  comment: string;
  answers: readonly string[];
  documents: readonly string[];
}): ActionEffect {
  return {
    async check(_tx, row, at) {
      const invalid: FieldProblem[] = [];
      input.answers.forEach((name, i) => {
        const field = row.form.fields[name];
        if (!field || field.registry || field.kind === 'file') {
          invalid.push({ pointer: `/body/answers/${i}`, detail: text.unknownAnswer });
        }
      });
      input.documents.forEach((key, i) => {
        if (!fileFieldOf(row.form, key))
          invalid.push({ pointer: `/body/documents/${i}`, detail: text.unknownDocument });
      });
      if (input.answers.length + input.documents.length === 0) {
        invalid.push({ pointer: '/body/answers', detail: text.nothingReopened });
      }
      if (invalid.length > 0) return { invalid };
      const reopened = { answers: [...new Set(input.answers)], documents: [...new Set(input.documents)] };
      const request: InformationRequest = { ...reopened, comment: input.comment, at: at.toISOString() };
      return {
        set: { request, amendment: row.answers, waitingSince: bakuDate(at) },
        event: { reopened },
      };
    },
  };
}

/**
 * resubmit: the amendment must pass every check of the form and differ from the version the
 * authority has only where the request allowed; it becomes the next version, and the due date moves
 * on by the working days the application waited on the citizen.
 */
export const resubmitEffect: ActionEffect = {
  async check(_tx, row, at) {
    const amendment = row.amendment ?? row.answers;
    const checked = validateAnswers(localizeForm(row.form, row.lang), amendment, { lang: row.lang });
    if (checked.errors.length > 0) return { invalid: answerErrors(row.form, amendment, false) };
    const names = new Set([...Object.keys(checked.answers), ...Object.keys(row.answers)]);
    const invalid = [...names]
      .filter(
        (name) =>
          checked.answers[name] !== undefined &&
          !same(checked.answers[name], row.answers[name]) &&
          !mayChange(row, name),
      )
      .map((name) => ({ pointer: `/body/answers/${name}`, detail: text.notReopened }));
    if (invalid.length > 0) return { invalid };
    const today = bakuDate(at);
    return {
      set: {
        answers: checked.answers,
        version: row.version + 1,
        request: null,
        amendment: null,
        waitingSince: null,
        dueOn: addWorkingDays(row.dueOn, workingDaysBetween(row.waitingSince ?? today, today)),
      },
    };
  },
  async after(tx, row, at) {
    const [moved] = await tx
      .select({ answers: serviceApplications.answers })
      .from(serviceApplications)
      .where(eq(serviceApplications.id, row.id));
    await tx.insert(serviceApplicationVersions).values({
      applicationId: row.id,
      version: row.version + 1,
      answers: moved!.answers,
      request: row.request,
      submittedAt: at,
    });
  },
};

// ── The amendment ─────────────────────────────────────────────────────────────────────────────

export type AmendmentOutcome<T> =
  | { ok: T }
  | { missing: true }
  | { stale: true }
  /** It does not wait on the citizen (any more). */
  | { closed: true }
  | { invalid: FieldProblem[] }
  | { quota: true };

/** Locks the citizen's application waiting on them, for a change of its amendment. */
async function lockAmendable(
  tx: Tx,
  id: string,
  citizen: string,
): Promise<ApplicationRow | { missing: true } | { closed: true }> {
  const [locked] = await tx
    .select({ id: serviceApplications.id })
    .from(serviceApplications)
    .where(eq(serviceApplications.id, id))
    .for('update');
  const row = locked && (await findApplication(tx, id));
  if (!row || row.citizen !== citizen) return { missing: true };
  if (row.status !== 'needs_information' || !row.request) return { closed: true };
  return row;
}

const isRow = (value: object): value is ApplicationRow => 'reference' in value;

async function saveAmendment(tx: Tx, id: string, amendment: Answers) {
  await tx
    .update(serviceApplications)
    .set({ amendment, revision: sql`${serviceApplications.revision} + 1` })
    .where(eq(serviceApplications.id, id));
}

/**
 * Changes answers of the amendment. A change of an answer the request did not reopen is refused
 * (422, each at its pointer); an answer sent unchanged is not a change. Files are not answered here
 * but by uploading and removing them.
 */
export async function amendAnswers(
  db: Db,
  input: { id: string; citizen: string; revision?: number; answers: Answers },
): Promise<AmendmentOutcome<ApplicationRow>> {
  return db.transaction(async (tx) => {
    const row = await lockAmendable(tx, input.id, input.citizen);
    if (!isRow(row)) return row;
    if (input.revision !== undefined && row.revision !== input.revision) return { stale: true };
    const current = row.amendment ?? row.answers;
    const next: Answers = { ...current };
    const invalid: FieldProblem[] = [];
    for (const [name, value] of Object.entries(input.answers)) {
      const field = row.form.fields[name];
      if (!field || field.kind === 'file' || same(value, current[name])) continue;
      if (!mayChange(row, name)) invalid.push({ pointer: `/body/answers/${name}`, detail: text.notReopened });
      else next[name] = value;
    }
    if (invalid.length > 0) return { invalid };
    const checked = validateAnswers(localizeForm(row.form, row.lang), next, {
      lang: row.lang,
      partial: true,
    });
    if (checked.errors.length > 0) return { invalid: answerErrors(row.form, next, true) };
    await saveAmendment(tx, row.id, checked.answers);
    return { ok: (await findApplication(tx, row.id))! };
  });
}

/** Attaches a file to the amendment for a document the request reopened, within its number of files. */
export async function addAmendmentDocument(
  db: Db,
  storage: DocumentStorage,
  input: {
    id: string;
    citizen: string;
    document: string;
    maxFiles: number;
    filename: string;
    contentType: string;
    bytes: Buffer;
  },
): Promise<Exclude<AmendmentOutcome<DocumentFile>, { stale: true }>> {
  return db.transaction(async (tx) => {
    const row = await lockAmendable(tx, input.id, input.citizen);
    if (!isRow(row)) return row;
    const field = fileFieldOf(row.form, input.document);
    if (!field) return { invalid: [{ pointer: '/query/document', detail: text.unknownDocument }] };
    if (!mayChange(row, field)) {
      return { invalid: [{ pointer: '/query/document', detail: text.documentNotReopened }] };
    }
    const amendment = { ...(row.amendment ?? row.answers) };
    const held = Array.isArray(amendment[field]) ? (amendment[field] as string[]) : [];
    if (held.length >= input.maxFiles) return { quota: true };
    const [stored] = await tx
      .insert(serviceDocuments)
      .values({
        ownerSub: input.citizen,
        applicationId: row.id,
        documentKey: input.document,
        filename: input.filename,
        contentType: input.contentType,
        size: input.bytes.byteLength,
      })
      .returning(documentColumns);
    await storage.put(stored!.id, input.bytes, tx);
    amendment[field] = [...held, stored!.id];
    await saveAmendment(tx, row.id, amendment);
    return { ok: toFile(stored!) };
  });
}

/**
 * Takes a file out of the amendment (of a document the request reopened). A file that no version
 * holds (attached during this request) is deleted; one an earlier version holds stays readable there.
 */
export async function removeAmendmentDocument(
  db: Db,
  storage: DocumentStorage,
  input: { id: string; citizen: string; documentId: string },
): Promise<Exclude<AmendmentOutcome<true>, { stale: true }>> {
  type Outcome = Exclude<AmendmentOutcome<true>, { stale: true }> & { deleted?: string };
  const outcome = await db.transaction(async (tx): Promise<Outcome> => {
    const row = await lockAmendable(tx, input.id, input.citizen);
    if (!isRow(row)) return row;
    const amendment = { ...(row.amendment ?? row.answers) };
    const field = Object.keys(row.form.fields).find(
      (name) => Array.isArray(amendment[name]) && (amendment[name] as string[]).includes(input.documentId),
    );
    if (!field) return { missing: true };
    if (!mayChange(row, field)) {
      return { invalid: [{ pointer: '/path/documentId', detail: text.documentNotReopened }] };
    }
    const left = (amendment[field] as string[]).filter((id) => id !== input.documentId);
    if (left.length > 0) amendment[field] = left;
    else delete amendment[field];
    await saveAmendment(tx, row.id, amendment);
    const versions = await tx
      .select({ answers: serviceApplicationVersions.answers })
      .from(serviceApplicationVersions)
      .where(eq(serviceApplicationVersions.applicationId, row.id));
    if (versions.some((version) => fileIdsOf(row.form, version.answers).includes(input.documentId))) {
      return { ok: true };
    }
    await tx.delete(serviceDocuments).where(eq(serviceDocuments.id, input.documentId));
    return { ok: true, deleted: input.documentId };
  });
  if ('deleted' in outcome && outcome.deleted) await storage.remove([outcome.deleted]);
  return 'ok' in outcome ? { ok: true } : outcome;
}

// ── Versions and what changed ─────────────────────────────────────────────────────────────────

export interface AnswerChange {
  field: string;
  before: unknown;
  after: unknown;
  /** For a file field: the documents (ids) the later version has and the earlier had not. */
  added?: string[];
  /** For a file field: the documents (ids) the earlier version had and the later has not. */
  removed?: string[];
}

/** What differs between two versions of answers to `form`, in the form's order of fields. */
export function answerChanges(form: FormDefinition, before: Answers, after: Answers): AnswerChange[] {
  const changes: AnswerChange[] = [];
  for (const [name, field] of Object.entries(form.fields)) {
    if (same(before[name], after[name])) continue;
    const change: AnswerChange = { field: name, before: before[name] ?? null, after: after[name] ?? null };
    if (field.kind === 'file') {
      const was = (before[name] as string[] | undefined) ?? [];
      const is = (after[name] as string[] | undefined) ?? [];
      change.added = is.filter((id) => !was.includes(id));
      change.removed = was.filter((id) => !is.includes(id));
    }
    changes.push(change);
  }
  return changes;
}

export interface VersionView {
  version: number;
  submittedAt: string;
  request: InformationRequest | null;
  answers: Answers;
  /** What changed since the version before (none for the first). */
  changes: AnswerChange[];
}

/** Version `version` of an application's answers, with what changed since the one before. */
export async function findVersion(
  db: Db,
  row: ApplicationRow,
  version: number,
): Promise<VersionView | undefined> {
  const rows = await db
    .select()
    .from(serviceApplicationVersions)
    .where(
      and(
        eq(serviceApplicationVersions.applicationId, row.id),
        sql`${serviceApplicationVersions.version} IN (${version}, ${version - 1})`,
      ),
    )
    .orderBy(asc(serviceApplicationVersions.version));
  const wanted = rows.find((r) => r.version === version);
  if (!wanted) return undefined;
  const before = rows.find((r) => r.version === version - 1);
  return {
    version,
    submittedAt: wanted.submittedAt.toISOString(),
    request: wanted.request ?? null,
    answers: wanted.answers,
    changes: before ? answerChanges(row.form, before.answers, wanted.answers) : [],
  };
}

// ── Results ───────────────────────────────────────────────────────────────────────────────────

/** 12 letters and digits of the reference alphabet: 60 bits, drawn at random. */
export function newResultCode(): string {
  return randomCode(12);
}

/** The code as printed and read aloud: XXXX-XXXX-XXXX. */
export const groupCode = (code: string) => code.replace(/(.{4})(?=.)/g, '$1-');

/** A code as someone types it (any case, with or without dashes and spaces), or undefined when it cannot be one. */
export function parseCode(input: string): string | undefined {
  const code = input.replace(/[\s-]/g, '').toUpperCase();
  return /^[2-9A-HJ-NP-Z]{12}$/.test(code) ? code : undefined;
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** The result an officer attached and has not issued yet, if any. */
async function attachedResultOf(db: Db | Tx, applicationId: string): Promise<DocumentFile | undefined> {
  const [row] = await db
    .select(documentColumns)
    .from(serviceDocuments)
    .leftJoin(serviceResults, eq(serviceResults.documentId, serviceDocuments.id))
    .where(
      and(
        eq(serviceDocuments.applicationId, applicationId),
        eq(serviceDocuments.purpose, 'result'),
        sql`${serviceResults.applicationId} IS NULL`,
      ),
    )
    .orderBy(desc(serviceDocuments.createdAt))
    .limit(1);
  return row && toFile(row);
}

export { attachedResultOf as attachedResult };

/**
 * Attaches (or replaces) the PDF an officer will issue as the result, while the application is
 * approved and theirs. 'refused' when it is not (the caller says why from the row).
 */
export async function attachResult(
  db: Db,
  storage: DocumentStorage,
  input: { id: string; officer: string; authority: string; filename: string; bytes: Buffer },
): Promise<{ ok: DocumentFile } | { missing: true } | { refused: ApplicationRow }> {
  type Outcome = { ok: DocumentFile; replaced?: string } | { missing: true } | { refused: ApplicationRow };
  const outcome = await db.transaction(async (tx): Promise<Outcome> => {
    const [locked] = await tx
      .select({ id: serviceApplications.id })
      .from(serviceApplications)
      .where(eq(serviceApplications.id, input.id))
      .for('update');
    const row = locked && (await findApplication(tx, input.id));
    if (!row || row.authority !== input.authority) return { missing: true };
    if (row.status !== 'approved' || row.assignedTo !== input.officer) return { refused: row };
    const earlier = await attachedResultOf(tx, row.id);
    if (earlier) await tx.delete(serviceDocuments).where(eq(serviceDocuments.id, earlier.id));
    const [stored] = await tx
      .insert(serviceDocuments)
      .values({
        ownerSub: input.officer,
        applicationId: row.id,
        documentKey: 'result',
        purpose: 'result',
        filename: input.filename,
        contentType: 'application/pdf',
        size: input.bytes.byteLength,
      })
      .returning(documentColumns);
    await storage.put(stored!.id, input.bytes, tx);
    return { ok: toFile(stored!), ...(earlier ? { replaced: earlier.id } : {}) };
  });
  if ('ok' in outcome && outcome.replaced) await storage.remove([outcome.replaced]);
  return 'ok' in outcome ? { ok: outcome.ok } : outcome;
}

async function authorityName(db: Db | Tx, slug: string, lang: Lang): Promise<string> {
  const rows = await db
    .select({ lang: authorityTranslations.lang, name: authorityTranslations.name })
    .from(authorityTranslations)
    .where(eq(authorityTranslations.authoritySlug, slug));
  return (rows.find((r) => r.lang === lang) ?? rows.find((r) => r.lang === 'az'))?.name ?? slug;
}

/** The applicant's full name as the registry gave it at submit, if the form asked for it. */
function applicantName(row: ApplicationRow): string | undefined {
  const field = Object.entries(row.form.fields).find(([, f]) => f.registry === 'fullName')?.[0];
  const value = field === undefined ? undefined : row.registry[field];
  return typeof value === 'string' ? value : undefined;
}

/**
 * complete: issues the result in the same transaction. `generated`: the portal's certificate, in the
 * citizen's language; `attached`: the PDF the officer attached (none attached is refused).
 */
export function completeEffect(input: {
  result: 'generated' | 'attached';
  officer: string;
  storage: DocumentStorage;
  /** The address of the verification page, without the code: `<origin>/verify/`. */
  verifyBase: string;
}): ActionEffect {
  let attached: DocumentFile | undefined;
  return {
    async check(tx, row) {
      if (input.result === 'attached') {
        attached = await attachedResultOf(tx, row.id);
        if (!attached) return { resultMissing: true as const };
      }
      return { set: {} };
    },
    async after(tx, row, at) {
      for (let attempt = 0; ; attempt++) {
        if (attempt === 8) throw new Error('no free verification code after 8 attempts');
        const code = newResultCode();
        let documentId: string;
        let bytes: Buffer;
        if (attached) {
          documentId = attached.id;
          bytes = (await input.storage.get(attached.id, tx)) ?? Buffer.alloc(0);
        } else {
          const facts = {
            authority: await authorityName(tx, row.authority, row.lang),
            service: textIn(row.serviceTitle, row.lang),
            applicant: applicantName(row),
          };
          // Registry values and answers as the form names them: the statement may name either.
          const answers = { ...row.answers, ...row.registry };
          const own = certificateStatement(row.form, answers, row.lang, (name, filter) =>
            name in facts
              ? (facts[name as keyof typeof facts] ?? '')
              : answerText(row.form.fields[name], answers[name], row.lang, filter, bakuDate(at)),
          );
          bytes = await renderCertificate({
            lang: row.lang,
            authorityName: facts.authority,
            serviceTitle: facts.service,
            ...(facts.applicant === undefined ? {} : { applicant: facts.applicant }),
            own,
            reference: row.reference,
            issuedOn: bakuDate(at),
            code: groupCode(code),
            verifyUrl: `${input.verifyBase}${groupCode(code)}`,
          });
          const [stored] = await tx
            .insert(serviceDocuments)
            .values({
              ownerSub: input.officer,
              applicationId: row.id,
              documentKey: 'result',
              purpose: 'result',
              filename: `certificate-${row.reference}.pdf`,
              contentType: 'application/pdf',
              size: bytes.byteLength,
            })
            .returning({ id: serviceDocuments.id });
          documentId = stored!.id;
          await input.storage.put(documentId, bytes, tx);
        }
        const [issued] = await tx
          .insert(serviceResults)
          .values({
            applicationId: row.id,
            code,
            documentId,
            generated: !attached,
            sha256: sha256(bytes),
            issuedAt: at,
          })
          .onConflictDoNothing({ target: serviceResults.code })
          .returning({ code: serviceResults.code });
        if (issued) return;
        if (!attached) await tx.delete(serviceDocuments).where(eq(serviceDocuments.id, documentId));
      }
    },
  };
}

export interface IssuedResult extends DocumentFile {
  code: string;
  generated: boolean;
  sha256: string;
  issuedAt: string;
}

/** The result issued for an application, if it is completed. */
export async function issuedResult(db: Db, applicationId: string): Promise<IssuedResult | undefined> {
  const [row] = await db
    .select({
      ...documentColumns,
      code: serviceResults.code,
      generated: serviceResults.generated,
      sha256: serviceResults.sha256,
      issuedAt: serviceResults.issuedAt,
    })
    .from(serviceResults)
    .innerJoin(serviceDocuments, eq(serviceDocuments.id, serviceResults.documentId))
    .where(eq(serviceResults.applicationId, applicationId));
  if (!row) return undefined;
  const { code, generated, sha256: hash, issuedAt, ...file } = row;
  return {
    ...toFile(file),
    code: groupCode(code),
    generated,
    sha256: hash,
    issuedAt: issuedAt.toISOString(),
  };
}

/**
 * What anyone may learn of a result by its code: that it was issued, by which authority, for which
 * service, under which reference, when, and the SHA-256 of the file. Nothing of the applicant.
 */
export async function verifyResult(db: Db, code: string, lang: Lang) {
  const [row] = await db
    .select({
      code: serviceResults.code,
      issuedAt: serviceResults.issuedAt,
      sha256: serviceResults.sha256,
      generated: serviceResults.generated,
      reference: serviceApplications.reference,
      service: serviceApplications.serviceSlug,
      serviceTitle: services.title,
      authority: serviceApplications.authoritySlug,
    })
    .from(serviceResults)
    .innerJoin(serviceApplications, eq(serviceApplications.id, serviceResults.applicationId))
    .innerJoin(services, eq(services.slug, serviceApplications.serviceSlug))
    .where(eq(serviceResults.code, code));
  if (!row) return undefined;
  return {
    code: groupCode(row.code),
    genuine: true as const,
    reference: row.reference,
    service: row.service,
    serviceTitle: textIn(row.serviceTitle, lang),
    authority: row.authority,
    authorityName: await authorityName(db, row.authority, lang),
    issuedAt: row.issuedAt.toISOString(),
    sha256: row.sha256,
    generated: row.generated,
  };
}

// ── Ratings ───────────────────────────────────────────────────────────────────────────────────

export interface Rating {
  score: number;
  comment: string | null;
  ratedAt: string;
}

/** Rates the service of the citizen's completed application, once. */
export async function rateService(
  db: Db,
  input: { id: string; citizen: string; score: number; comment?: string | undefined },
): Promise<{ ok: Rating } | { missing: true } | { notCompleted: ApplicationRow } | { already: true }> {
  const row = await findApplication(db, input.id);
  if (!row || row.citizen !== input.citizen) return { missing: true };
  if (row.status !== 'completed') return { notCompleted: row };
  const [rated] = await db
    .insert(serviceRatings)
    .values({
      applicationId: row.id,
      serviceSlug: row.service,
      authoritySlug: row.authority,
      score: input.score,
      comment: input.comment ?? null,
    })
    .onConflictDoNothing()
    .returning();
  if (!rated) return { already: true };
  return { ok: { score: rated.score, comment: rated.comment, ratedAt: rated.ratedAt.toISOString() } };
}

export async function ratingOf(db: Db, applicationId: string): Promise<Rating | null> {
  const [row] = await db.select().from(serviceRatings).where(eq(serviceRatings.applicationId, applicationId));
  return row ? { score: row.score, comment: row.comment, ratedAt: row.ratedAt.toISOString() } : null;
}

const average = (sum: number, n: number) => (n === 0 ? null : Math.round((sum / n) * 100) / 100);

/** The public averages of an authority's services, and of the authority over all of them. */
export async function ratingAverages(db: Db, authority: string, lang: Lang) {
  const rows = await db
    .select({
      service: serviceRatings.serviceSlug,
      title: services.title,
      mean: avg(serviceRatings.score).mapWith(Number),
      count: count(),
    })
    .from(serviceRatings)
    .innerJoin(services, eq(services.slug, serviceRatings.serviceSlug))
    .where(eq(serviceRatings.authoritySlug, authority))
    .groupBy(serviceRatings.serviceSlug, services.title)
    .orderBy(asc(serviceRatings.serviceSlug));
  const total = rows.reduce((n, row) => n + row.count, 0);
  const sum = rows.reduce((n, row) => n + row.mean * row.count, 0);
  return {
    authority,
    average: average(sum, total),
    count: total,
    services: rows.map((row) => ({
      service: row.service,
      serviceTitle: textIn(row.title, lang),
      average: average(row.mean * row.count, row.count)!,
      count: row.count,
    })),
  };
}

export interface RatingCursor {
  r: string;
  i: string;
}

/** The comments of an authority's ratings, the newest first, for its officers: no applicant, no reference. */
export async function ratingComments(
  db: Db,
  filter: { authority: string; service?: string | undefined },
  lang: Lang,
  limit: number,
  after?: RatingCursor,
) {
  const t = serviceRatings;
  const rows = await db
    .select({
      applicationId: t.applicationId,
      service: t.serviceSlug,
      title: services.title,
      score: t.score,
      comment: t.comment,
      ratedAt: t.ratedAt,
    })
    .from(t)
    .innerJoin(services, eq(services.slug, t.serviceSlug))
    .where(
      and(
        eq(t.authoritySlug, filter.authority),
        sql`${t.comment} IS NOT NULL`,
        filter.service === undefined ? undefined : eq(t.serviceSlug, filter.service),
        after === undefined
          ? undefined
          : sql`(${t.ratedAt}, ${t.applicationId}) < (${after.r}::timestamptz, ${after.i}::uuid)`,
      ),
    )
    .orderBy(desc(t.ratedAt), desc(t.applicationId))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  return {
    items: page.map((row) => ({
      service: row.service,
      serviceTitle: textIn(row.title, lang),
      score: row.score,
      comment: row.comment!,
      ratedAt: row.ratedAt.toISOString(),
    })),
    last: page.at(-1),
    hasMore: rows.length > limit,
  };
}
