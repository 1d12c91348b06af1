/**
 * E-service applications in the database: forms by version, drafts (compare-and-swap on their
 * revision), the documents attached to them, and submitting, which turns a draft into an
 * application in one transaction. The HTTP layer (application-routes.ts) decides who may do what;
 * these functions do what they are told for the citizen they are given.
 */
import { randomInt } from 'node:crypto';
import {
  type Answers,
  type FormDefinition,
  formChanges,
  type Lang,
  localizeForm,
  type ServiceForm,
  validateAnswers,
} from '@icra/forms';
import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database.js';
import {
  type InformationRequest,
  notifications,
  notificationTranslations,
  type ServiceApplicationEvent,
  serviceApplications,
  serviceApplicationVersions,
  serviceAuthorities,
  serviceDocuments,
  serviceDrafts,
  serviceForms,
  services,
} from '../../db/schema.js';
import type { DocumentMediaType, ServiceApplicationStatus } from '../../domain/enums.js';
import { addWorkingDays, bakuDate, type IsoDate } from '../../domain/holidays.js';
import { LANGS } from '../../http/lang.js';
import { familyOf, fullNameOf, type Person } from '../identity/index.js';
import type { DocumentStorage } from './documents.js';

type Localized = Record<string, string>;
const inLang = (text: Localized, lang: Lang) => text[lang] ?? text.az ?? '';

/** The newest form of a service, or undefined when it has none (not electronic). */
export async function currentForm(db: Db, slug: string): Promise<FormDefinition | undefined> {
  const [row] = await db
    .select({ definition: serviceForms.definition })
    .from(serviceForms)
    .where(eq(serviceForms.serviceSlug, slug))
    .orderBy(desc(serviceForms.version))
    .limit(1);
  return row?.definition;
}

async function formOfVersion(db: Db, slug: string, version: number): Promise<FormDefinition | undefined> {
  const [row] = await db
    .select({ definition: serviceForms.definition })
    .from(serviceForms)
    .where(and(eq(serviceForms.serviceSlug, slug), eq(serviceForms.version, version)));
  return row?.definition;
}

export interface ServiceFacts {
  slug: string;
  title: Localized;
  electronic: boolean;
  documents: Array<{ key: string; accept: string[]; maxBytes: number; maxFiles: number; required: boolean }>;
  authorities: string[];
}

/** What applying needs to know of a service: whether it is electronic, who provides it, its documents. */
export async function serviceFacts(db: Db, slug: string): Promise<ServiceFacts | undefined> {
  const [row] = await db
    .select({
      slug: services.slug,
      title: services.title,
      electronic: services.electronic,
      documents: services.documents,
      authorities: sql<string[]>`array(
        select ${serviceAuthorities.authoritySlug} from ${serviceAuthorities}
        where ${serviceAuthorities.serviceSlug} = ${services.slug})`,
    })
    .from(services)
    .where(eq(services.slug, slug));
  return row;
}

export interface DocumentFile {
  id: string;
  document: string;
  filename: string;
  /** One of DOCUMENT_MEDIA_TYPES: only those pass an upload's check. */
  contentType: DocumentMediaType;
  size: number;
  createdAt: string;
}

export const documentColumns = {
  id: serviceDocuments.id,
  document: serviceDocuments.documentKey,
  filename: serviceDocuments.filename,
  contentType: serviceDocuments.contentType,
  size: serviceDocuments.size,
  createdAt: serviceDocuments.createdAt,
};

export function toFile(
  row: { createdAt: Date; contentType: string } & Omit<DocumentFile, 'createdAt' | 'contentType'>,
): DocumentFile {
  return {
    ...row,
    contentType: row.contentType as DocumentMediaType,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The citizen's files of a draft or an application (an application's result is not among them). */
async function documentsOf(
  db: Db,
  owner: { draftId: string } | { applicationId: string },
): Promise<DocumentFile[]> {
  const rows = await db
    .select(documentColumns)
    .from(serviceDocuments)
    .where(
      and(
        'draftId' in owner
          ? eq(serviceDocuments.draftId, owner.draftId)
          : eq(serviceDocuments.applicationId, owner.applicationId),
        eq(serviceDocuments.purpose, 'evidence'),
      ),
    )
    .orderBy(asc(serviceDocuments.createdAt), asc(serviceDocuments.id));
  return rows.map(toFile);
}

/**
 * The answers as the portal keeps them: the client's, except that a file field's answer is always
 * the ids of the documents attached for it (whatever the client sent), then the journey replayed so
 * that only the answers of reachable steps remain.
 */
export function answersWithDocuments(
  form: ServiceForm,
  answers: Answers,
  files: readonly DocumentFile[],
): Answers {
  const merged: Answers = {};
  for (const [name, value] of Object.entries(answers)) {
    if (form.fields[name]?.kind !== 'file') merged[name] = value;
  }
  for (const [name, field] of Object.entries(form.fields)) {
    if (field.kind !== 'file') continue;
    const ids = files.filter((file) => file.document === field.document).map((file) => file.id);
    if (ids.length > 0) merged[name] = ids;
  }
  return merged;
}

export interface DraftRow {
  id: string;
  citizen: string;
  service: string;
  serviceTitle: Localized;
  authority: string;
  formVersion: number;
  answers: Answers;
  revision: number;
  createdAt: Date;
  updatedAt: Date;
}

function selectDrafts(db: Db) {
  return db
    .select({
      id: serviceDrafts.id,
      citizen: serviceDrafts.citizen,
      service: serviceDrafts.serviceSlug,
      serviceTitle: services.title,
      authority: serviceDrafts.authoritySlug,
      formVersion: serviceDrafts.formVersion,
      answers: serviceDrafts.answers,
      revision: serviceDrafts.revision,
      createdAt: serviceDrafts.createdAt,
      updatedAt: serviceDrafts.updatedAt,
    })
    .from(serviceDrafts)
    .innerJoin(services, eq(services.slug, serviceDrafts.serviceSlug));
}

export async function findDraft(db: Db, id: string): Promise<DraftRow | undefined> {
  const [row] = await selectDrafts(db).where(eq(serviceDrafts.id, id));
  return row;
}

/** A draft as the API serves it, with its documents and what changed in the form since it was written. */
export async function draftView(db: Db, draft: DraftRow, lang: Lang) {
  const current = await currentForm(db, draft.service);
  const files = await documentsOf(db, { draftId: draft.id });
  let review: string[] = [];
  if (current && current.version !== draft.formVersion) {
    const previous = await formOfVersion(db, draft.service, draft.formVersion);
    review = previous ? formChanges(previous, current) : Object.keys(current.fields);
  }
  const answers = current
    ? answersWithDocuments(localizeForm(current, lang), draft.answers, files)
    : draft.answers;
  return {
    id: draft.id,
    service: draft.service,
    serviceTitle: inLang(draft.serviceTitle, lang),
    authority: draft.authority,
    formVersion: draft.formVersion,
    currentFormVersion: current?.version ?? draft.formVersion,
    review,
    answers,
    documents: files,
    revision: draft.revision,
    createdAt: draft.createdAt.toISOString(),
    updatedAt: draft.updatedAt.toISOString(),
  };
}

/**
 * The citizen's draft of `service` at `authority`: a new one with `answers` (kept as the journey
 * allows), or the one they already have, untouched (`created: false`).
 */
export async function createDraft(
  db: Db,
  input: { citizen: string; service: string; authority: string; formVersion: number; answers: Answers },
): Promise<{ draft: DraftRow; created: boolean }> {
  const [inserted] = await db
    .insert(serviceDrafts)
    .values({
      citizen: input.citizen,
      serviceSlug: input.service,
      authoritySlug: input.authority,
      formVersion: input.formVersion,
      answers: input.answers,
    })
    .onConflictDoNothing()
    .returning({ id: serviceDrafts.id });
  const [row] = await selectDrafts(db).where(
    inserted
      ? eq(serviceDrafts.id, inserted.id)
      : and(
          eq(serviceDrafts.citizen, input.citizen),
          eq(serviceDrafts.serviceSlug, input.service),
          eq(serviceDrafts.authoritySlug, input.authority),
        ),
  );
  return { draft: row!, created: inserted !== undefined };
}

/** Replaces a draft's answers if it is still at `revision` (else 'stale'): compare-and-swap. */
export async function updateDraft(
  db: Db,
  id: string,
  revision: number,
  change: { formVersion: number; answers: Answers },
): Promise<DraftRow | 'stale'> {
  const [row] = await db
    .update(serviceDrafts)
    .set({
      formVersion: change.formVersion,
      answers: change.answers,
      revision: sql`${serviceDrafts.revision} + 1`,
      updatedAt: sql`now()`,
    })
    .where(and(eq(serviceDrafts.id, id), eq(serviceDrafts.revision, revision)))
    .returning({ id: serviceDrafts.id });
  if (!row) return 'stale';
  return (await findDraft(db, id))!;
}

export async function deleteDraft(db: Db, storage: DocumentStorage, id: string): Promise<void> {
  const files = await documentsOf(db, { draftId: id });
  await db.delete(serviceDrafts).where(eq(serviceDrafts.id, id));
  await storage.remove(files.map((file) => file.id));
}

export interface DraftCursor {
  u: string;
  i: string;
}

/** The citizen's drafts, the most recently changed first. */
export async function listDrafts(db: Db, citizen: string, limit: number, after: DraftCursor | undefined) {
  const conditions = [eq(serviceDrafts.citizen, citizen)];
  if (after) {
    // A row comparison, which the index on (citizen, updated_at, id) starts at: an OR of the two
    // cases would read every newer row first.
    conditions.push(
      sql`(${serviceDrafts.updatedAt}, ${serviceDrafts.id}) < (${new Date(after.u).toISOString()}::timestamptz, ${after.i}::uuid)`,
    );
  }
  const rows = await selectDrafts(db)
    .where(and(...conditions))
    .orderBy(desc(serviceDrafts.updatedAt), desc(serviceDrafts.id))
    .limit(limit + 1);
  return { items: rows.slice(0, limit), hasMore: rows.length > limit };
}

/**
 * Attaches a file to a draft for one of the service's documents, unless that document already has
 * `maxFiles` files ('quota'). The draft row is locked first, so two uploads at once cannot both
 * take the last place. Touches the draft (its revision and time), as any change does.
 */
export async function addDocument(
  db: Db,
  storage: DocumentStorage,
  input: {
    draftId: string;
    owner: string;
    document: string;
    maxFiles: number;
    filename: string;
    contentType: string;
    bytes: Buffer;
  },
): Promise<DocumentFile | 'quota' | 'gone'> {
  return db.transaction(async (tx) => {
    const [draft] = await tx
      .select({ id: serviceDrafts.id })
      .from(serviceDrafts)
      .where(eq(serviceDrafts.id, input.draftId))
      .for('update');
    if (!draft) return 'gone';
    const [held] = await tx
      .select({ n: count() })
      .from(serviceDocuments)
      .where(
        and(eq(serviceDocuments.draftId, input.draftId), eq(serviceDocuments.documentKey, input.document)),
      );
    if ((held?.n ?? 0) >= input.maxFiles) return 'quota';
    const [row] = await tx
      .insert(serviceDocuments)
      .values({
        ownerSub: input.owner,
        draftId: input.draftId,
        documentKey: input.document,
        filename: input.filename,
        contentType: input.contentType,
        size: input.bytes.byteLength,
      })
      .returning(documentColumns);
    await storage.put(row!.id, input.bytes, tx);
    await touch(tx, input.draftId);
    return toFile(row!);
  });
}

async function touch(tx: Tx | Db, draftId: string) {
  await tx
    .update(serviceDrafts)
    .set({ revision: sql`${serviceDrafts.revision} + 1`, updatedAt: sql`now()` })
    .where(eq(serviceDrafts.id, draftId));
}

export async function findDocument(
  db: Db,
  owner: { draftId: string } | { applicationId: string },
  id: string,
): Promise<DocumentFile | undefined> {
  const [row] = await db
    .select(documentColumns)
    .from(serviceDocuments)
    .where(
      and(
        eq(serviceDocuments.id, id),
        eq(serviceDocuments.purpose, 'evidence'),
        'draftId' in owner
          ? eq(serviceDocuments.draftId, owner.draftId)
          : eq(serviceDocuments.applicationId, owner.applicationId),
      ),
    );
  return row && toFile(row);
}

/** Removes a file from a draft; false when the draft has no such file. */
export async function removeDocument(
  db: Db,
  storage: DocumentStorage,
  draftId: string,
  id: string,
): Promise<boolean> {
  const removed = await db.transaction(async (tx) => {
    const rows = await tx
      .delete(serviceDocuments)
      .where(and(eq(serviceDocuments.id, id), eq(serviceDocuments.draftId, draftId)))
      .returning({ id: serviceDocuments.id });
    if (rows.length > 0) await touch(tx, draftId);
    return rows.length > 0;
  });
  if (removed) await storage.remove([id]);
  return removed;
}

/** Letters and digits a person reads aloud without confusion: no 0/O, no 1/I. */
export const REFERENCE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** `length` characters of REFERENCE_ALPHABET, each drawn at random. */
export function randomCode(length: number): string {
  let code = '';
  for (let i = 0; i < length; i++) code += REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)];
  return code;
}

export function newReference(): string {
  return randomCode(8);
}

/** What the registry says of the applicant, for the form's registry fields, as kept with the application. */
export function registryAnswers(form: FormDefinition, person: Person): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(form.fields)) {
    switch (field.registry) {
      case 'fullName':
        values[name] = fullNameOf(person);
        break;
      case 'fin':
        values[name] = person.fin;
        break;
      case 'birthDate':
        values[name] = person.birthDate;
        break;
      case 'address':
        values[name] = { ...person.address };
        break;
      case 'familyMembers':
        values[name] = familyOf(person);
        break;
      default:
        break;
    }
  }
  return values;
}

export type SubmitOutcome =
  | { ok: ApplicationRow }
  | { gone: true }
  | { stale: true }
  | { formChanged: true }
  /** The answers (with the draft's documents) the form refuses: the caller names each problem. */
  | { invalid: { form: FormDefinition; answers: Answers } };

/**
 * Submits a draft: in one transaction, with the draft locked, it checks that the draft follows the
 * current form and that its answers (with its documents, the journey replayed) pass every check,
 * stores the application with a copy of the form, the registry's answers and a fresh reference
 * number, moves the documents of reached steps to it (the others are deleted with the draft), deletes
 * the draft and notifies the citizen.
 */
export async function submitDraft(
  db: Db,
  storage: DocumentStorage,
  input: { draftId: string; revision: number | undefined; person: Person; lang: Lang },
): Promise<SubmitOutcome> {
  const outcome = await db.transaction(async (tx): Promise<SubmitOutcome & { unused?: string[] }> => {
    const [locked] = await tx
      .select({ id: serviceDrafts.id, revision: serviceDrafts.revision })
      .from(serviceDrafts)
      .where(eq(serviceDrafts.id, input.draftId))
      .for('update');
    if (!locked) return { gone: true };
    if (input.revision !== undefined && locked.revision !== input.revision) return { stale: true };
    const draft = (await findDraft(tx, input.draftId))!;
    const form = await currentForm(tx, draft.service);
    if (!form || form.version !== draft.formVersion) return { formChanged: true };
    const files = await documentsOf(tx, { draftId: draft.id });
    const localized = localizeForm(form, input.lang);
    const answers = answersWithDocuments(localized, draft.answers, files);
    const checked = validateAnswers(localized, answers, { lang: input.lang });
    if (checked.errors.length > 0) {
      return { invalid: { form, answers } };
    }
    const kept = new Set(
      Object.entries(checked.answers)
        .filter(([name]) => form.fields[name]?.kind === 'file')
        .flatMap(([, ids]) => ids as string[]),
    );
    let application: { id: string } | undefined;
    let reference = '';
    const at = new Date();
    const [service] = await tx
      .select({ processingDays: services.processingDays })
      .from(services)
      .where(eq(services.slug, draft.service));
    const dueOn = addWorkingDays(bakuDate(at), service!.processingDays);
    for (let attempt = 0; !application; attempt++) {
      if (attempt === 8) throw new Error('no free reference number after 8 attempts');
      reference = newReference();
      [application] = await tx
        .insert(serviceApplications)
        .values({
          reference,
          citizen: draft.citizen,
          serviceSlug: draft.service,
          authoritySlug: draft.authority,
          formVersion: form.version,
          form,
          answers: checked.answers,
          registry: registryAnswers(form, input.person),
          lang: input.lang,
          submittedAt: at,
          dueOn,
          statusChangedAt: at,
          history: [{ status: 'submitted', at: at.toISOString(), by: 'citizen' }],
        })
        .onConflictDoNothing({ target: serviceApplications.reference })
        .returning({ id: serviceApplications.id });
    }
    await tx
      .insert(serviceApplicationVersions)
      .values({ applicationId: application.id, version: 1, answers: checked.answers, submittedAt: at });
    const moved = [...kept];
    if (moved.length > 0) {
      await tx
        .update(serviceDocuments)
        .set({ draftId: null, applicationId: application.id })
        .where(and(eq(serviceDocuments.draftId, draft.id), inArray(serviceDocuments.id, moved)));
    }
    await tx.delete(serviceDrafts).where(eq(serviceDrafts.id, draft.id));
    await notifySubmitted(tx, draft, reference, application.id);
    const row = (await findApplication(tx, application.id))!;
    return { ok: row, unused: files.map((file) => file.id).filter((id) => !kept.has(id)) };
  });
  if (outcome.unused) await storage.remove(outcome.unused);
  const { unused: _, ...result } = outcome;
  return result;
}

async function notifySubmitted(tx: Tx | Db, draft: DraftRow, reference: string, applicationId: string) {
  const [row] = await tx
    .insert(notifications)
    .values({ recipient: draft.citizen, link: `/v1/service-applications/${applicationId}` })
    .returning({ id: notifications.id });
  const title = (lang: Lang) => inLang(draft.serviceTitle, lang);
  await tx.insert(notificationTranslations).values([
    {
      notificationId: row!.id,
      lang: 'az',
      title: `Müraciətiniz qəbul olundu: ${reference}`,
      body: `«${title('az')}» xidməti üzrə müraciətiniz ${reference} nömrəsi ilə qeydə alındı və icra hakimiyyətinə göndərildi.`,
    },
    {
      notificationId: row!.id,
      lang: 'en',
      title: `Application received: ${reference}`,
      body: `Your application for “${title('en')}” was registered with reference number ${reference} and sent to the authority.`,
    },
    {
      notificationId: row!.id,
      lang: 'ru',
      title: `Заявление принято: ${reference}`,
      body: `Ваше заявление на услугу «${title('ru')}» зарегистрировано под номером ${reference} и передано в исполнительную власть.`,
    },
  ]);
}

export interface ApplicationRow {
  id: string;
  reference: string;
  citizen: string;
  service: string;
  serviceTitle: Localized;
  authority: string;
  formVersion: number;
  form: FormDefinition;
  answers: Answers;
  registry: Record<string, unknown>;
  lang: Lang;
  status: ServiceApplicationStatus;
  submittedAt: Date;
  dueOn: IsoDate;
  revision: number;
  assignedTo: string | null;
  decisionReason: string | null;
  statusChangedAt: Date;
  history: ServiceApplicationEvent[];
  version: number;
  request: InformationRequest | null;
  amendment: Answers | null;
  waitingSince: IsoDate | null;
}

export function selectApplications(db: Db) {
  return db
    .select({
      id: serviceApplications.id,
      reference: serviceApplications.reference,
      citizen: serviceApplications.citizen,
      service: serviceApplications.serviceSlug,
      serviceTitle: services.title,
      authority: serviceApplications.authoritySlug,
      formVersion: serviceApplications.formVersion,
      form: serviceApplications.form,
      answers: serviceApplications.answers,
      registry: serviceApplications.registry,
      lang: serviceApplications.lang,
      status: serviceApplications.status,
      submittedAt: serviceApplications.submittedAt,
      dueOn: serviceApplications.dueOn,
      revision: serviceApplications.revision,
      assignedTo: serviceApplications.assignedTo,
      decisionReason: serviceApplications.decisionReason,
      statusChangedAt: serviceApplications.statusChangedAt,
      history: serviceApplications.history,
      version: serviceApplications.version,
      request: serviceApplications.request,
      amendment: serviceApplications.amendment,
      waitingSince: serviceApplications.waitingSince,
    })
    .from(serviceApplications)
    .innerJoin(services, eq(services.slug, serviceApplications.serviceSlug));
}

export async function findApplication(db: Db, id: string): Promise<ApplicationRow | undefined> {
  const [row] = await selectApplications(db).where(eq(serviceApplications.id, id));
  return row;
}

export interface ApplicationCursor {
  s: string;
  i: string;
}

/** The citizen's applications, the newest first. */
export async function listApplications(
  db: Db,
  citizen: string,
  limit: number,
  after: ApplicationCursor | undefined,
) {
  const conditions = [eq(serviceApplications.citizen, citizen)];
  if (after) {
    // A row comparison, which the index on (citizen, submitted_at, id) starts at.
    conditions.push(
      sql`(${serviceApplications.submittedAt}, ${serviceApplications.id}) < (${new Date(after.s).toISOString()}::timestamptz, ${after.i}::uuid)`,
    );
  }
  const rows = await selectApplications(db)
    .where(and(...conditions))
    .orderBy(desc(serviceApplications.submittedAt), desc(serviceApplications.id))
    .limit(limit + 1);
  return { items: rows.slice(0, limit), hasMore: rows.length > limit };
}

export async function applicationDocuments(db: Db, id: string) {
  return documentsOf(db, { applicationId: id });
}

/** Field errors of answers, one Translations per error, from the same check in each language. */
export function answerErrors(form: FormDefinition, answers: Answers, partial: boolean) {
  const byLang = Object.fromEntries(
    LANGS.map((lang) => [lang, validateAnswers(localizeForm(form, lang), answers, { lang, partial }).errors]),
  ) as Record<Lang, ReturnType<typeof validateAnswers>['errors']>;
  return byLang.az.map((error, i) => ({
    pointer: `/body/answers/${error.field}`,
    detail: { az: error.message, en: byLang.en[i]!.message, ru: byLang.ru[i]!.message },
  }));
}

export { inLang as textIn };
