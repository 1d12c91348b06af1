/**
 * Applying for an e-service: the form, drafts kept on the server for the signed-in citizen (every
 * device sees the same; a change from a stale copy is refused), the documents attached to a draft,
 * and submitting it, which gives a reference number. Every answer is checked with @icra/forms,
 * the same code the widget runs; the journey is replayed on every save, so answers to steps the
 * citizen could not reach, fields the registry fills and file answers the client made up are never
 * stored.
 */
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { type Answers, type FormDefinition, localizeForm, validateAnswers } from '@icra/forms';
import type { Context } from 'hono';
import type { Db } from '../../db/database.js';
import { DOCUMENT_MEDIA_TYPES, type DocumentMediaType } from '../../domain/enums.js';
import { bakuDate } from '../../domain/holidays.js';
import { invalidToken, open, principalOf, secured } from '../../http/auth.js';
import { BodyTooLargeError, declareBodyLimit, declaredMediaType, readLimited } from '../../http/body.js';
import type { AppEnv } from '../../http/env.js';
import { type Lang, negotiateLang } from '../../http/lang.js';
import { notFoundText, type Translations } from '../../http/messages.js';
import {
  conditionalParameter,
  errorResponses,
  notFoundResponse,
  notModifiedResponse,
  publicReadHeaders,
  route,
} from '../../http/openapi-route.js';
import { decodeCursor, nextCursorOf } from '../../http/pagination.js';
import type { Principal } from '../../http/principal.js';
import { type ProblemResponse, problem, problemResponse } from '../../http/problem.js';
import { publicRead, publicRepresentation } from '../../http/public-read.js';
import { header } from '../../http/request.js';
import { apiHeaders, type JsonResponse, privateHeaders } from '../../http/respond.js';
import type { FeatureContextProvider } from '../context.js';
import {
  bytesMatch,
  cleanFilename,
  downloadHeaders,
  isAttachmentContentType,
} from '../participation/index.js';
import { APPLICANTS_AND_OFFICERS, CITIZENS } from './access.js';
import {
  ApplicationCursorSchema,
  ApplicationDocumentPathSchema,
  ApplicationPathSchema,
  DocumentUploadQuerySchema,
  DraftCreateInputSchema,
  DraftCursorSchema,
  DraftDocumentPathSchema,
  DraftLangQuerySchema,
  DraftPathSchema,
  DraftUpdateInputSchema,
  GetServiceFormQuerySchema,
  ListApplicationsQuerySchema,
  ListDraftsQuerySchema,
  ServiceApplicationPageSchema,
  ServiceApplicationSchema,
  ServiceDocumentFileSchema,
  ServiceDraftPageSchema,
  ServiceDraftSchema,
  ServiceFormSchema,
} from './application-schemas.js';
import {
  type ApplicationRow,
  addDocument,
  answerErrors,
  answersWithDocuments,
  applicationDocuments,
  createDraft,
  currentForm,
  type DraftRow,
  deleteDraft,
  draftView,
  findApplication,
  findDocument,
  findDraft,
  listApplications,
  listDrafts,
  removeDocument,
  serviceFacts,
  submitDraft,
  textIn,
  updateDraft,
} from './applications.js';
import type { DocumentStorage } from './documents.js';
import { attachedResult, findVersion, issuedResult, ratingOf } from './processing.js';
import { ServicePathSchema } from './schemas.js';
import { allowedActions, callerOf, isOverdue } from './workflow.js';

/** The largest file any service's document accepts; each document's own limit is checked too. */
export const MAX_SERVICE_DOCUMENT_BYTES = 10 * 1024 * 1024;

/** What the e-service routes say when something is not there (also processing-routes.ts). */
export const text = {
  noForm: {
    az: 'Bu xidmətə onlayn müraciət etmək olmur: harada müraciət ediləcəyi xidmətin təsvirindədir.',
    en: 'This service cannot be applied for online: its description says where to go instead.',
    ru: 'На эту услугу нельзя подать заявление онлайн: куда обратиться, сказано в её описании.',
  },
  draft: {
    az: 'Bu identifikatorla sizin qaralamanız yoxdur.',
    en: 'You have no draft with this id.',
    ru: 'У вас нет черновика с таким идентификатором.',
  },
  document: {
    az: 'Bu identifikatorla sizə görünən sənəd yoxdur.',
    en: 'There is no document with this id that you may see.',
    ru: 'Документа с таким идентификатором, доступного вам, нет.',
  },
  application: {
    az: 'Bu identifikatorla sizə görünən müraciət yoxdur.',
    en: 'There is no application with this id that you may see.',
    ru: 'Заявления с таким идентификатором, доступного вам, нет.',
  },
  notProvided: {
    az: 'Bu icra hakimiyyəti bu xidməti göstərmir.',
    en: 'This authority does not provide this service.',
    ru: 'Эта исполнительная власть не оказывает эту услугу.',
  },
  unknownDocument: {
    az: 'Bu xidmət belə sənəd istəmir.',
    en: 'This service asks for no document with this key.',
    ru: 'Эта услуга не запрашивает документ с таким ключом.',
  },
  filenameEmpty: {
    az: 'Qovluq hissələri və idarəedici simvollar çıxarıldıqdan sonra faylın adı boş qalır.',
    en: 'The file name is empty once directory parts and control characters are removed.',
    ru: 'Имя файла пусто после удаления частей пути и управляющих символов.',
  },
} satisfies Record<string, Translations>;

const typeNames: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
};

function documentTypeText(accept: readonly string[]): Translations {
  const names = accept.map((type) => typeNames[type] ?? type).join(', ');
  return {
    az: `Bu sənəd üçün yalnız ${names} faylı qəbul olunur, və Content-Type faylın özünə uyğun olmalıdır.`,
    en: `Only a ${names} file is accepted for this document, and the Content-Type must match the file itself.`,
    ru: `Для этого документа принимается только файл ${names}, и Content-Type должен соответствовать самому файлу.`,
  };
}

function documentSizeText(maxBytes: number): Translations {
  const mb = (lang: Lang) =>
    new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(maxBytes / (1024 * 1024));
  const bytes = (lang: Lang) => new Intl.NumberFormat(lang).format(maxBytes);
  return {
    az: `Bu sənədin faylı ən çoxu ${mb('az')} MB (${bytes('az')} bayt) ola bilər.`,
    en: `A file for this document may be at most ${mb('en')} MB (${bytes('en')} bytes).`,
    ru: `Файл этого документа может быть не больше ${mb('ru')} МБ (${bytes('ru')} байт).`,
  };
}

for (const [method, path] of [
  ['POST', '/v1/service-drafts/{id}/documents'],
  ['POST', '/v1/service-applications/{id}/documents'],
  ['PUT', '/v1/service-applications/{id}/result'],
] as const) {
  declareBodyLimit(method, path, MAX_SERVICE_DOCUMENT_BYTES, documentSizeText(MAX_SERVICE_DOCUMENT_BYTES));
}

export const etagOf = (revision: number) => `"r${revision}"`;

/** The revision an If-Match names ("r3", also as W/"r3"); undefined for none; NaN when unreadable. */
export function expectedRevision(ifMatch: string | undefined): number | undefined {
  if (ifMatch === undefined) return undefined;
  const match = /^\s*(?:W\/)?"r(\d{1,9})"\s*$/.exec(ifMatch);
  return match ? Number(match[1]) : Number.NaN;
}

export const IfMatchSchema = z
  .string()
  .optional()
  .openapi({
    param: { name: 'If-Match', in: 'header' },
    description: 'The ETag ("r<revision>") of the draft the change was made from; another answers 412.',
    example: '"r3"',
  });

const draftHeaders = {
  ETag: {
    description: 'The draft’s revision, "r<revision>"; send it back in If-Match.',
    schema: { type: 'string' },
  },
} as const;

export const applicationHeaders = {
  ETag: {
    description: 'The application’s revision, "r<revision>"; send it as If-Match with an action.',
    schema: { type: 'string' },
  },
} as const;

const draftResponse = (description: string) => ({
  description,
  headers: draftHeaders,
  content: { 'application/json': { schema: ServiceDraftSchema } },
});

const binary = { schema: { type: 'string', format: 'binary' } } as const;
export const documentContent = Object.fromEntries(DOCUMENT_MEDIA_TYPES.map((type) => [type, binary]));

export const downloadResponse = {
  description: 'The file.',
  headers: {
    'Content-Disposition': {
      description: 'attachment; filename="<ASCII fallback>"; filename*=UTF-8\'\'<percent-encoded name>',
      schema: { type: 'string' },
    },
    'Content-Length': { description: 'The size in bytes.', schema: { type: 'integer' } },
  },
  content: documentContent,
} as const;

export const langOf = (c: Context<AppEnv>, asked: Lang | undefined): Lang =>
  negotiateLang(asked, header(c, 'accept-language'));

/** A draft's answers as they will be kept: the journey replayed over the client's and the draft's documents. */
function keptAnswers(
  form: FormDefinition,
  lang: Lang,
  answers: Answers,
  documents: Parameters<typeof answersWithDocuments>[2],
) {
  const localized = localizeForm(form, lang);
  return validateAnswers(localized, answersWithDocuments(localized, answers, documents), {
    lang,
    partial: true,
  }).answers;
}

/** Whether the caller may read an application: its applicant, or a service officer of its authority. */
export function mayRead(
  principal: Principal,
  application: ApplicationRow | undefined,
): application is ApplicationRow {
  if (!application) return false;
  return principal.kind === 'citizen'
    ? application.citizen === principal.sub
    : principal.roles.includes('service') && principal.authority === application.authority;
}

/** Whether they or another officer holds it, told to officers only. */
function assigneeFor(principal: Principal, row: ApplicationRow) {
  if (principal.kind === 'citizen' || row.assignedTo === null) return null;
  return row.assignedTo === principal.sub ? ('you' as const) : ('another-officer' as const);
}

export function applicationSummary(row: ApplicationRow, lang: Lang, principal: Principal) {
  return {
    id: row.id,
    reference: row.reference,
    service: row.service,
    serviceTitle: textIn(row.serviceTitle, lang),
    authority: row.authority,
    status: row.status,
    submittedAt: row.submittedAt.toISOString(),
    dueOn: row.dueOn,
    overdue: isOverdue(row, bakuDate(new Date())),
    statusChangedAt: row.statusChangedAt.toISOString(),
    assignee: assigneeFor(principal, row),
  };
}

/** An application as its applicant or an officer of its authority reads it (mayRead has said so). */
export async function applicationView(db: Db, row: ApplicationRow, lang: Lang, principal: Principal) {
  return {
    ...applicationSummary(row, lang, principal),
    formVersion: row.formVersion,
    form: localizeForm(row.form, lang),
    answers: row.answers,
    registry: row.registry,
    documents: await applicationDocuments(db, row.id),
    lang: row.lang,
    revision: row.revision,
    decisionReason: row.decisionReason,
    history: row.history,
    actions: allowedActions(row, callerOf(principal)),
    version: row.version,
    request: row.request,
    amendment: row.amendment,
    waitingSince: row.waitingSince,
    changes: row.version > 1 ? ((await findVersion(db, row, row.version))?.changes ?? []) : [],
    result: (await issuedResult(db, row.id)) ?? null,
    attachedResult: principal.kind === 'official' ? ((await attachedResult(db, row.id)) ?? null) : null,
    rating: await ratingOf(db, row.id),
  };
}

/** An application as `applicationView` gives it, with its revision as the ETag the next action's If-Match names. */
export async function sendApplication(
  c: Context<AppEnv>,
  db: Db,
  row: ApplicationRow,
  lang: Lang,
  principal: Principal,
): Promise<JsonResponse<Awaited<ReturnType<typeof applicationView>>, 200>> {
  const view = await applicationView(db, row, lang, principal);
  return c.json(view, 200, privateHeaders(c, { ETag: etagOf(row.revision) }));
}

/**
 * The checks every upload of a citizen's document passes, in the order a client can fix them: a file
 * name left once cleaned, a type the document accepts, no more bytes than it allows (counted as they
 * arrive), and bytes that are what the type says. The file, or the problem to answer with (the body
 * cancelled when it was not read).
 */
export async function receiveUpload(
  c: Context<AppEnv>,
  spec: { accept: readonly string[]; maxBytes: number },
  rawFilename: string,
  cancel: () => Promise<unknown> | undefined,
): Promise<
  { filename: string; contentType: DocumentMediaType; bytes: Buffer } | ProblemResponse<413 | 415 | 422>
> {
  const filename = cleanFilename(rawFilename);
  if (filename === '') {
    await cancel();
    return problem(c, {
      name: 'validation',
      status: 422,
      errors: [{ pointer: '/query/filename', detail: text.filenameEmpty }],
    });
  }
  const declared = declaredMediaType(c);
  if (!isAttachmentContentType(declared) || !spec.accept.includes(declared)) {
    await cancel();
    return problem(c, {
      name: 'unsupported-media-type',
      status: 415,
      detail: documentTypeText(spec.accept),
    });
  }
  let bytes: Buffer;
  try {
    bytes = await readLimited(c.req.raw, spec.maxBytes);
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      return problem(c, {
        name: 'payload-too-large',
        status: 413,
        detail: documentSizeText(spec.maxBytes),
      });
    }
    throw error;
  }
  if (!bytesMatch(bytes, declared)) {
    return problem(c, {
      name: 'unsupported-media-type',
      status: 415,
      detail: documentTypeText(spec.accept),
    });
  }
  return { filename, contentType: declared, bytes };
}

/** A document's bytes as a download: attachment, sniffing off, sandboxed, never cached; undefined without bytes. */
export async function sendDocument(
  c: Context<AppEnv>,
  storage: DocumentStorage,
  file: { id: string; filename: string; contentType: string },
) {
  const bytes = await storage.get(file.id);
  if (!bytes) return undefined;
  return c.body(new Uint8Array(bytes), 200, apiHeaders(c, downloadHeaders(file, bytes.byteLength)));
}

export function registerServiceApplicationRoutes(
  app: OpenAPIHono<AppEnv>,
  context: FeatureContextProvider,
): void {
  const tokens = () => context().identity.tokens;

  /** The caller's own draft, or undefined (another's is as missing as none). */
  const ownDraft = async (c: Context<AppEnv>, id: string): Promise<DraftRow | undefined> => {
    const draft = await findDraft(context().db, id);
    return draft && draft.citizen === principalOf(c).sub ? draft : undefined;
  };
  const noDraft = (c: Context<AppEnv>) => problem(c, { name: 'not-found', status: 404, detail: text.draft });

  route(
    app,
    createRoute(
      open({
        method: 'get',
        path: '/v1/services/{slug}/form',
        operationId: 'getServiceForm',
        tags: ['Services'],
        summary: 'The application form of an e-service, in one language',
        description:
          'The current version of the form. A service that cannot be applied for online has none (404). Check ' +
          'answers against it with @icra/forms, which is what the portal does on every save and at submit.',
        request: { params: ServicePathSchema, query: GetServiceFormQuerySchema },
        parameters: [conditionalParameter],
        responses: {
          200: {
            description: 'The form.',
            headers: publicReadHeaders,
            content: { 'application/json': { schema: ServiceFormSchema } },
          },
          ...notModifiedResponse(publicReadHeaders),
          ...errorResponses,
          ...notFoundResponse,
        },
      }),
    ),
    async (c) => {
      const { slug } = c.req.valid('param');
      const lang = langOf(c, c.req.valid('query').lang);
      const { db, cache } = context();
      let missing = notFoundText.service;
      const response = await publicRead(c, cache, `services/${slug}/form?lang=${lang}`, async () => {
        const facts = await serviceFacts(db, slug);
        if (!facts) return undefined;
        const form = await currentForm(db, slug);
        if (!form) {
          missing = text.noForm;
          return undefined;
        }
        return publicRepresentation(localizeForm(form, lang), lang);
      });
      return response ?? problem(c, { name: 'not-found', status: 404, lang, detail: missing });
    },
  );

  route(
    app,
    createRoute(
      secured(
        {
          method: 'post',
          path: '/v1/services/{slug}/drafts',
          operationId: 'createServiceDraft',
          tags: ['Services', 'Cabinet'],
          summary: 'Start (or resume) an application for an e-service',
          description:
            'A draft of the current form for the signed-in citizen, kept on the server so that every device sees ' +
            'it. `answers` are those given before signing in: they are kept as the form’s journey allows (answers ' +
            'to steps not reached, fields the registry fills and file fields are dropped), and each is checked; a ' +
            'wrong one is 422 with an error at /body/answers/<field> in the citizen’s language. A citizen has one ' +
            'draft per service and authority: when it exists, it is answered (200) unchanged.',
          request: {
            params: ServicePathSchema,
            query: DraftLangQuerySchema,
            body: { required: true, content: { 'application/json': { schema: DraftCreateInputSchema } } },
          },
          responses: {
            200: draftResponse('The draft the citizen already has, unchanged.'),
            201: draftResponse('A new draft.'),
            ...errorResponses,
            ...notFoundResponse,
            422: problemResponse(
              'The authority does not provide the service (at /body/authority), an answer is refused (at ' +
                '/body/answers/<field>), or the Idempotency-Key was already used with a different request.',
            ),
          },
        },
        CITIZENS,
        tokens,
      ),
    ),
    async (c) => {
      const { slug } = c.req.valid('param');
      const lang = langOf(c, c.req.valid('query').lang);
      const input = c.req.valid('json');
      const { db } = context();
      const facts = await serviceFacts(db, slug);
      if (!facts) return problem(c, { name: 'not-found', status: 404, detail: notFoundText.service });
      const form = await currentForm(db, slug);
      if (!form) return problem(c, { name: 'not-found', status: 404, detail: text.noForm });
      if (!facts.authorities.includes(input.authority)) {
        return problem(c, {
          name: 'validation',
          status: 422,
          errors: [{ pointer: '/body/authority', detail: text.notProvided }],
        });
      }
      const answers = keptAnswers(form, lang, input.answers ?? {}, []);
      const errors = answerErrors(form, answers, true);
      if (errors.length > 0) return problem(c, { name: 'validation', status: 422, errors });
      const { draft, created } = await createDraft(db, {
        citizen: principalOf(c).sub,
        service: slug,
        authority: input.authority,
        formVersion: form.version,
        answers,
      });
      const view = await draftView(db, draft, lang);
      const headers = privateHeaders(c, {
        ETag: etagOf(draft.revision),
        Location: `/v1/service-drafts/${draft.id}`,
      });
      return created ? c.json(view, 201, headers) : c.json(view, 200, headers);
    },
  );

  route(
    app,
    createRoute(
      secured(
        {
          method: 'get',
          path: '/v1/me/service-drafts',
          operationId: 'listMyServiceDrafts',
          tags: ['Services', 'Cabinet'],
          summary: 'The signed-in citizen’s drafts of e-service applications',
          description: 'The drafts the citizen saved and has not sent yet, the last changed first.',
          request: { query: ListDraftsQuerySchema },
          responses: {
            200: {
              description: 'A page.',
              content: { 'application/json': { schema: ServiceDraftPageSchema } },
            },
            ...errorResponses,
          },
        },
        CITIZENS,
        tokens,
      ),
    ),
    async (c) => {
      const query = c.req.valid('query');
      const lang = langOf(c, query.lang);
      const { db } = context();
      const page = await listDrafts(
        db,
        principalOf(c).sub,
        query.limit,
        decodeCursor(query.cursor, DraftCursorSchema),
      );
      const forms = new Map<string, number>();
      const items = [];
      for (const draft of page.items) {
        if (!forms.has(draft.service))
          forms.set(draft.service, (await currentForm(db, draft.service))?.version ?? draft.formVersion);
        items.push({
          id: draft.id,
          service: draft.service,
          serviceTitle: textIn(draft.serviceTitle, lang),
          authority: draft.authority,
          formVersion: draft.formVersion,
          currentFormVersion: forms.get(draft.service)!,
          revision: draft.revision,
          createdAt: draft.createdAt.toISOString(),
          updatedAt: draft.updatedAt.toISOString(),
        });
      }
      const nextCursor = nextCursorOf(page, (last) => ({ u: last.updatedAt.toISOString(), i: last.id }));
      return c.json({ items, nextCursor }, 200, privateHeaders(c, { 'Content-Language': lang }));
    },
  );

  route(
    app,
    createRoute(
      secured(
        {
          method: 'get',
          path: '/v1/service-drafts/{id}',
          operationId: 'getServiceDraft',
          tags: ['Services', 'Cabinet'],
          summary: 'A draft, with its documents and what to review when the form changed',
          description: 'Only the citizen’s own: another’s is 404, as if there were none.',
          request: { params: DraftPathSchema, query: DraftLangQuerySchema },
          responses: { 200: draftResponse('The draft.'), ...errorResponses, ...notFoundResponse },
        },
        CITIZENS,
        tokens,
      ),
    ),
    async (c) => {
      const draft = await ownDraft(c, c.req.valid('param').id);
      if (!draft) return noDraft(c);
      const view = await draftView(context().db, draft, langOf(c, c.req.valid('query').lang));
      return c.json(view, 200, privateHeaders(c, { ETag: etagOf(draft.revision) }));
    },
  );

  route(
    app,
    createRoute(
      secured(
        {
          method: 'put',
          path: '/v1/service-drafts/{id}',
          operationId: 'updateServiceDraft',
          tags: ['Services', 'Cabinet'],
          summary: 'Save a draft’s answers',
          description:
            'Replaces the answers, kept as the journey allows and each checked (a refused one is 422 at ' +
            '/body/answers/<field>; missing required answers are allowed in a draft). If-Match must name the ' +
            'revision the change was made from: without it 428, from an older revision (another device saved ' +
            'since) 412, and nothing is written. `formVersion` must be the current form’s (409 `form-changed`).',
          request: {
            params: DraftPathSchema,
            query: DraftLangQuerySchema,
            headers: z.object({ 'If-Match': IfMatchSchema }),
            body: { required: true, content: { 'application/json': { schema: DraftUpdateInputSchema } } },
          },
          responses: {
            200: draftResponse('The draft as saved.'),
            ...errorResponses,
            ...notFoundResponse,
            409: problemResponse(
              'The form changed since (`form-changed`), or the first request with this Idempotency-Key is still running.',
            ),
            412: problemResponse('If-Match names another revision than the current one.'),
            422: problemResponse(
              'An answer is refused, or the Idempotency-Key was already used with a different request.',
            ),
            428: problemResponse('There is no If-Match.'),
          },
        },
        CITIZENS,
        tokens,
      ),
    ),
    async (c) => {
      const lang = langOf(c, c.req.valid('query').lang);
      const expected = expectedRevision(header(c, 'if-match'));
      if (expected === undefined) return problem(c, { name: 'precondition-required', status: 428 });
      const draft = await ownDraft(c, c.req.valid('param').id);
      if (!draft) return noDraft(c);
      if (Number.isNaN(expected) || expected !== draft.revision) {
        return problem(c, { name: 'precondition-failed', status: 412 });
      }
      const input = c.req.valid('json');
      const { db } = context();
      const form = await currentForm(db, draft.service);
      if (!form || form.version !== input.formVersion)
        return problem(c, { name: 'form-changed', status: 409 });
      const view = await draftView(db, draft, lang);
      const answers = keptAnswers(form, lang, input.answers, view.documents);
      const errors = answerErrors(form, answers, true);
      if (errors.length > 0) return problem(c, { name: 'validation', status: 422, errors });
      const saved = await updateDraft(db, draft.id, expected, { formVersion: form.version, answers });
      if (saved === 'stale') return problem(c, { name: 'precondition-failed', status: 412 });
      return c.json(
        await draftView(db, saved, lang),
        200,
        privateHeaders(c, { ETag: etagOf(saved.revision) }),
      );
    },
  );

  route(
    app,
    createRoute(
      secured(
        {
          method: 'delete',
          path: '/v1/service-drafts/{id}',
          operationId: 'deleteServiceDraft',
          tags: ['Services', 'Cabinet'],
          summary: 'Delete a draft and its documents',
          description:
            'Deletes the citizen’s own draft with the files uploaded to it; another person’s draft is 404.',
          request: { params: DraftPathSchema },
          responses: { 204: { description: 'It is deleted.' }, ...errorResponses, ...notFoundResponse },
        },
        CITIZENS,
        tokens,
      ),
    ),
    async (c) => {
      const draft = await ownDraft(c, c.req.valid('param').id);
      if (!draft) return noDraft(c);
      const { db, documents } = context();
      await deleteDraft(db, documents, draft.id);
      return c.body(null, 204, privateHeaders(c));
    },
  );

  route(
    app,
    createRoute(
      secured(
        {
          method: 'post',
          path: '/v1/service-drafts/{id}/documents',
          operationId: 'uploadServiceDraftDocument',
          tags: ['Services', 'Cabinet'],
          summary: 'Attach a file to a draft for one of the service’s documents',
          description:
            'The body is the file itself. `document` names which of the service’s documents it is for; that ' +
            'document’s accepted types, size and number of files (getService) apply: a type it does not accept, ' +
            'or bytes that are not what the Content-Type says (checked by their magic number), is 415; more bytes ' +
            'than it allows is 413, checked while they arrive; more files than it allows is 409 ' +
            '`document-quota`. `filename` is cleaned (directory parts and control characters removed, at most ' +
            '200 characters). The file becomes the answer of the document’s file field.',
          request: {
            params: DraftPathSchema,
            query: DocumentUploadQuerySchema,
            body: { required: true, content: documentContent },
          },
          responses: {
            201: {
              description: 'The file, attached.',
              content: { 'application/json': { schema: ServiceDocumentFileSchema } },
            },
            ...errorResponses,
            ...notFoundResponse,
            409: problemResponse(
              'The document has as many files as it allows (`document-quota`), or the first request with this ' +
                'Idempotency-Key is still running.',
            ),
            413: problemResponse('The file is larger than the document allows.'),
            415: problemResponse('A type the document does not accept, or not the type declared.'),
            422: problemResponse(
              'The service asks for no such document (at /query/document), the file name is empty once cleaned ' +
                '(at /query/filename), or the Idempotency-Key was already used with a different request.',
            ),
          },
        },
        CITIZENS,
        tokens,
      ),
    ),
    async (c) => {
      const cancel = () => c.req.raw.body?.cancel().catch(() => {});
      const draft = await ownDraft(c, c.req.valid('param').id);
      if (!draft) {
        await cancel();
        return noDraft(c);
      }
      const query = c.req.valid('query');
      const { db, documents } = context();
      const facts = await serviceFacts(db, draft.service);
      const spec = facts?.documents.find((document) => document.key === query.document);
      if (!spec) {
        await cancel();
        return problem(c, {
          name: 'validation',
          status: 422,
          errors: [{ pointer: '/query/document', detail: text.unknownDocument }],
        });
      }
      const upload = await receiveUpload(c, spec, query.filename, cancel);
      if (upload instanceof Response) return upload;
      const { filename, contentType: declared, bytes } = upload;
      const stored = await addDocument(db, documents, {
        draftId: draft.id,
        owner: principalOf(c).sub,
        document: spec.key,
        maxFiles: spec.maxFiles,
        filename,
        contentType: declared,
        bytes,
      });
      if (stored === 'gone') return noDraft(c);
      if (stored === 'quota') return problem(c, { name: 'document-quota', status: 409 });
      return c.json(stored, 201, privateHeaders(c));
    },
  );

  /** A download: the bytes as attachment, sniffing off, sandboxed, never cached. */
  const download = (c: Context<AppEnv>, file: { id: string; filename: string; contentType: string }) =>
    sendDocument(c, context().documents, file);
  const noDocument = (c: Context<AppEnv>) =>
    problem(c, { name: 'not-found', status: 404, detail: text.document });

  route(
    app,
    createRoute(
      secured(
        {
          method: 'get',
          path: '/v1/service-drafts/{id}/documents/{documentId}',
          operationId: 'getServiceDraftDocument',
          tags: ['Services', 'Cabinet'],
          summary: 'Download a file attached to the citizen’s draft',
          description:
            'As a download (`Content-Disposition: attachment`), with `X-Content-Type-Options: nosniff`, ' +
            "`Content-Security-Policy: sandbox; default-src 'none'` and `Cache-Control: private, no-store`.",
          request: { params: DraftDocumentPathSchema },
          responses: { 200: downloadResponse, ...errorResponses, ...notFoundResponse },
        },
        CITIZENS,
        tokens,
      ),
    ),
    async (c) => {
      const { id, documentId } = c.req.valid('param');
      const draft = await ownDraft(c, id);
      const file = draft && (await findDocument(context().db, { draftId: draft.id }, documentId));
      const response = file && (await download(c, file));
      return response ?? noDocument(c);
    },
  );

  route(
    app,
    createRoute(
      secured(
        {
          method: 'delete',
          path: '/v1/service-drafts/{id}/documents/{documentId}',
          operationId: 'deleteServiceDraftDocument',
          tags: ['Services', 'Cabinet'],
          summary: 'Remove a file from the citizen’s draft',
          description:
            'Removes one uploaded file from the citizen’s own draft; a file or draft not theirs is 404.',
          request: { params: DraftDocumentPathSchema },
          responses: { 204: { description: 'It is removed.' }, ...errorResponses, ...notFoundResponse },
        },
        CITIZENS,
        tokens,
      ),
    ),
    async (c) => {
      const { id, documentId } = c.req.valid('param');
      const draft = await ownDraft(c, id);
      const { db, documents } = context();
      if (!draft || !(await removeDocument(db, documents, draft.id, documentId))) return noDocument(c);
      return c.body(null, 204, privateHeaders(c));
    },
  );

  route(
    app,
    createRoute(
      secured(
        {
          method: 'post',
          path: '/v1/service-drafts/{id}/submit',
          operationId: 'submitServiceDraft',
          tags: ['Services', 'Cabinet'],
          summary: 'Submit a draft: the application, with a reference number',
          description:
            'Checks everything again, as the widget did: every required answer of every reached step, each ' +
            'answer against its schema (422 with an error per field at /body/answers/<field>, in the citizen’s ' +
            'language), the form version (409 `form-changed` when the form changed since the draft was ' +
            'written: open the draft again and review). The fields the registry fills are written from the ' +
            'population registry, whatever the draft holds. In one transaction: the application is stored with ' +
            'a copy of the form, the documents of reached steps move to it (others are deleted), the draft is ' +
            'deleted and the citizen notified. With If-Match, a draft changed since is 412. Send an ' +
            'Idempotency-Key: a retry gets the same application, never a second one.',
          request: {
            params: DraftPathSchema,
            query: DraftLangQuerySchema,
            headers: z.object({ 'If-Match': IfMatchSchema }),
          },
          responses: {
            201: {
              description: 'The application.',
              headers: { Location: { description: 'The application.', schema: { type: 'string' } } },
              content: { 'application/json': { schema: ServiceApplicationSchema } },
            },
            ...errorResponses,
            ...notFoundResponse,
            409: problemResponse(
              'The form changed since the draft was written (`form-changed`), or the first request with this ' +
                'Idempotency-Key is still running.',
            ),
            412: problemResponse('If-Match names another revision than the current one.'),
            422: problemResponse(
              'An answer is missing or refused, or the Idempotency-Key was already used with a different request.',
            ),
          },
        },
        CITIZENS,
        tokens,
      ),
    ),
    async (c) => {
      const lang = langOf(c, c.req.valid('query').lang);
      const expected = expectedRevision(header(c, 'if-match'));
      if (Number.isNaN(expected)) return problem(c, { name: 'precondition-failed', status: 412 });
      const principal = principalOf(c);
      const draft = await ownDraft(c, c.req.valid('param').id);
      if (!draft) return noDraft(c);
      const { db, documents, identity } = context();
      const person =
        principal.fin === undefined ? undefined : await identity.registry.findByFin(principal.fin);
      if (!person) return invalidToken(c);
      const outcome = await submitDraft(db, documents, {
        draftId: draft.id,
        revision: expected,
        person,
        lang,
      });
      if ('gone' in outcome) return noDraft(c);
      if ('stale' in outcome) return problem(c, { name: 'precondition-failed', status: 412 });
      if ('formChanged' in outcome) return problem(c, { name: 'form-changed', status: 409 });
      if ('invalid' in outcome) {
        const errors = answerErrors(outcome.invalid.form, outcome.invalid.answers, false);
        return problem(c, { name: 'validation', status: 422, errors });
      }
      const application = outcome.ok;
      return c.json(
        await applicationView(db, application, lang, principal),
        201,
        privateHeaders(c, { Location: `/v1/service-applications/${application.id}` }),
      );
    },
  );

  route(
    app,
    createRoute(
      secured(
        {
          method: 'get',
          path: '/v1/me/service-applications',
          operationId: 'listMyServiceApplications',
          tags: ['Services', 'Cabinet'],
          summary: 'The signed-in citizen’s e-service applications, with their status',
          description: 'The applications the citizen sent, with each one’s status, newest first.',
          request: { query: ListApplicationsQuerySchema },
          responses: {
            200: {
              description: 'A page.',
              content: { 'application/json': { schema: ServiceApplicationPageSchema } },
            },
            ...errorResponses,
          },
        },
        CITIZENS,
        tokens,
      ),
    ),
    async (c) => {
      const query = c.req.valid('query');
      const lang = langOf(c, query.lang);
      const page = await listApplications(
        context().db,
        principalOf(c).sub,
        query.limit,
        decodeCursor(query.cursor, ApplicationCursorSchema),
      );
      const items = page.items.map((row) => applicationSummary(row, lang, principalOf(c)));
      const nextCursor = nextCursorOf(page, (last) => ({ s: last.submittedAt.toISOString(), i: last.id }));
      return c.json({ items, nextCursor }, 200, privateHeaders(c, { 'Content-Language': lang }));
    },
  );

  const noApplication = (c: Context<AppEnv>) =>
    problem(c, { name: 'not-found', status: 404, detail: text.application });

  route(
    app,
    createRoute(
      secured(
        {
          method: 'get',
          path: '/v1/service-applications/{id}',
          operationId: 'getServiceApplication',
          tags: ['Services', 'Cabinet'],
          summary: 'An e-service application: to its applicant, or to service officers of its authority',
          description: 'Anyone else gets 404, as if there were none.',
          request: { params: ApplicationPathSchema, query: DraftLangQuerySchema },
          responses: {
            200: {
              description: 'The application.',
              headers: applicationHeaders,
              content: { 'application/json': { schema: ServiceApplicationSchema } },
            },
            ...errorResponses,
            ...notFoundResponse,
          },
        },
        APPLICANTS_AND_OFFICERS,
        tokens,
      ),
    ),
    async (c) => {
      const { db } = context();
      const principal = principalOf(c);
      const row = await findApplication(db, c.req.valid('param').id);
      if (!mayRead(principal, row)) return noApplication(c);
      return sendApplication(c, db, row, langOf(c, c.req.valid('query').lang), principal);
    },
  );

  route(
    app,
    createRoute(
      secured(
        {
          method: 'get',
          path: '/v1/service-applications/{id}/documents/{documentId}',
          operationId: 'getServiceApplicationDocument',
          tags: ['Services', 'Cabinet'],
          summary:
            'Download a document of an application: to its applicant, or to service officers of its authority',
          description:
            'As a download (`Content-Disposition: attachment`), with `X-Content-Type-Options: nosniff`, ' +
            "`Content-Security-Policy: sandbox; default-src 'none'` and `Cache-Control: private, no-store`. " +
            'Anyone else gets 404.',
          request: { params: ApplicationDocumentPathSchema },
          responses: { 200: downloadResponse, ...errorResponses, ...notFoundResponse },
        },
        APPLICANTS_AND_OFFICERS,
        tokens,
      ),
    ),
    async (c) => {
      const { id, documentId } = c.req.valid('param');
      const { db } = context();
      const row = await findApplication(db, id);
      const file = mayRead(principalOf(c), row)
        ? await findDocument(db, { applicationId: id }, documentId)
        : undefined;
      const response = file && (await download(c, file));
      return response ?? noDocument(c);
    },
  );
}
