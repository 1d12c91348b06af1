/**
 * The routes of processing.ts: the citizen's amendment while the authority waits on them (answers
 * and files of what it reopened only), each version of the answers with what changed, the result (an
 * officer attaches it, both download it, anyone verifies it by its code), and the citizen's rating
 * with its public averages and the comments the authority reads.
 *
 * As everywhere in e-services, an application the caller may not see is 404 as if there were none.
 */

import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { open, principalOf, secured } from '../../http/auth.js';
import { declaredMediaType } from '../../http/body.js';
import { conditionalJson, PUBLIC_CACHING } from '../../http/conditional.js';
import type { AppEnv } from '../../http/env.js';
import { langQueryParam } from '../../http/lang.js';
import { notFoundText, type Translations } from '../../http/messages.js';
import {
  errorResponses,
  notFoundResponse,
  notModifiedResponse,
  publicReadHeaders,
  route,
} from '../../http/openapi-route.js';
import {
  cursorQueryParam,
  decodeCursor,
  limitQueryParam,
  nextCursorOf,
  pageSchema,
} from '../../http/pagination.js';
import { problem, problemResponse } from '../../http/problem.js';
import { header } from '../../http/request.js';
import { apiHeaders, privateHeaders } from '../../http/respond.js';
import { staffRule } from '../../http/scopes.js';
import { AuthorityPathSchema, authoritySlugs } from '../authorities/index.js';
import type { FeatureContextProvider } from '../context.js';
import { APPLICANTS_AND_OFFICERS, CITIZENS, OFFICERS } from './access.js';
import {
  applicationHeaders,
  documentContent,
  downloadResponse,
  expectedRevision,
  IfMatchSchema,
  langOf,
  MAX_SERVICE_DOCUMENT_BYTES,
  mayRead,
  receiveUpload,
  sendApplication,
  sendDocument,
  text as serviceText,
} from './application-routes.js';
import {
  ApplicationDocumentPathSchema,
  ApplicationPathSchema,
  DocumentUploadQuerySchema,
  DraftLangQuerySchema,
  RatingInputSchema,
  RatingSchema,
  ServiceApplicationSchema,
  ServiceApplicationVersionSchema,
  ServiceDocumentFileSchema,
} from './application-schemas.js';
import { findApplication, serviceFacts } from './applications.js';
import {
  type AmendmentOutcome,
  addAmendmentDocument,
  amendAnswers,
  attachedResult,
  attachResult,
  findVersion,
  issuedResult,
  parseCode,
  rateService,
  ratingAverages,
  ratingComments,
  removeAmendmentDocument,
  verifyResult,
} from './processing.js';
import { ServiceSlugSchema } from './schemas.js';
import { mountVerifyPage } from './verify-page.js';
import { refusalText } from './workflow.js';

const text = {
  ...serviceText,
  version: {
    az: 'Müraciətin belə versiyası yoxdur.',
    en: 'The application has no such version.',
    ru: 'У заявления нет такой версии.',
  },
  closed: {
    az: 'Müraciət sizdən əlavə məlumat gözləmir: onu indi dəyişmək olmaz.',
    en: 'The application is not waiting on you for information: it cannot be changed now.',
    ru: 'Заявление не ожидает от вас дополнительных сведений: изменить его сейчас нельзя.',
  },
  result: {
    az: 'Bu müraciət üçün hələ nəticə verilməyib.',
    en: 'No result has been issued for this application yet.',
    ru: 'Результат по этому заявлению ещё не выдан.',
  },
  notCompleted: {
    az: 'Xidməti müraciət icra olunduqdan sonra qiymətləndirmək olar.',
    en: 'The service can be rated once the application is completed.',
    ru: 'Оценить услугу можно после исполнения заявления.',
  },
  code: {
    az: 'Belə yoxlama kodu ilə verilmiş sənəd yoxdur. Kodu sənəddə yazıldığı kimi yoxlayın.',
    en: 'No document was issued with this verification code. Check the code as it is printed.',
    ru: 'Документа с таким кодом проверки не выдавалось. Сверьте код с напечатанным.',
  },
  resultType: {
    az: 'Nəticə PDF faylı olmalıdır.',
    en: 'The result must be a PDF file.',
    ru: 'Результат должен быть файлом PDF.',
  },
} satisfies Record<string, Translations>;

const VersionPathSchema = z.object({
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }),
  version: z.coerce
    .number()
    .int()
    .min(1)
    .max(100_000)
    .openapi({ param: { name: 'version', in: 'path' }, type: 'integer' }),
});

const CodePathSchema = z.object({
  code: z
    .string()
    .min(12)
    .max(40)
    .openapi({
      param: { name: 'code', in: 'path' },
      description:
        'The verification code as printed (XXXX-XXXX-XXXX); case, dashes and spaces do not matter.',
      example: 'K7M4-Q9XA-23BC',
    }),
});

const AmendmentInputSchema = z
  .object({ answers: z.record(z.string(), z.unknown()) })
  .openapi('ServiceAmendment', {
    description:
      'Answers to change, by field name. An answer sent unchanged is no change; changing one the request did ' +
      'not reopen is refused.',
  });

const VerificationSchema = z
  .object({
    code: z.string(),
    genuine: z.literal(true),
    reference: z.string(),
    service: ServiceSlugSchema,
    serviceTitle: z.string(),
    authority: z.string(),
    authorityName: z.string(),
    issuedAt: z.iso.datetime(),
    sha256: z
      .string()
      .openapi({ description: 'SHA-256 of the issued file, in hex: compare it with the file.' }),
    generated: z.boolean(),
  })
  .openapi('ServiceResultVerification', {
    description: 'That a document was issued, by whom and for what: nothing of the person it was issued to.',
  });

const RatingAveragesSchema = z
  .object({
    authority: z.string(),
    average: z
      .number()
      .nullable()
      .openapi({ description: 'Over all its services; null when none is rated.' }),
    count: z.number().int(),
    services: z.array(
      z.object({
        service: ServiceSlugSchema,
        serviceTitle: z.string(),
        average: z.number(),
        count: z.number().int(),
      }),
    ),
  })
  .openapi('ServiceRatingAverages');

const RatingCursorSchema = z.object({ r: z.iso.datetime(), i: z.uuid() });

const RatingCommentPageSchema = pageSchema(
  z
    .object({
      service: ServiceSlugSchema,
      serviceTitle: z.string(),
      score: z.number().int(),
      comment: z.string(),
      ratedAt: z.iso.datetime(),
    })
    .openapi('ServiceRatingComment'),
  'ServiceRatingCommentPage',
  'Comments, the newest first; nothing names the citizen or the application.',
);

export function registerServiceProcessingRoutes(
  app: OpenAPIHono<AppEnv>,
  context: FeatureContextProvider,
): void {
  const tokens = () => context().identity.tokens;
  const noApplication = (c: Context<AppEnv>) =>
    problem(c, { name: 'not-found', status: 404, detail: text.application });
  const noDocument = (c: Context<AppEnv>) =>
    problem(c, { name: 'not-found', status: 404, detail: text.document });

  /** The amendment's outcomes that are not a success, as problems. */
  const amendmentProblem = (
    c: Context<AppEnv>,
    outcome: Exclude<AmendmentOutcome<unknown>, { ok: unknown } | { stale: true }>,
  ) => {
    if ('missing' in outcome) return noApplication(c);
    if ('closed' in outcome) return problem(c, { name: 'conflict', status: 409, detail: text.closed });
    if ('quota' in outcome) return problem(c, { name: 'document-quota', status: 409 });
    return problem(c, { name: 'validation', status: 422, errors: outcome.invalid });
  };

  route(
    app,
    createRoute(
      secured(
        {
          method: 'put',
          path: '/v1/service-applications/{id}/amendment',
          operationId: 'amendServiceApplication',
          tags: ['Services', 'Cabinet'],
          summary: 'Change answers the authority reopened, before resubmitting',
          description:
            'While the application waits on the citizen (needs_information): the answers sent replace those of ' +
            'the amendment, checked as a draft’s are (the journey replayed). Only answers the request reopened ' +
            '(or that had no answer before) may change; any other change is 422 at /body/answers/<field> and ' +
            'nothing is kept. Resubmit to send the amendment to the authority.',
          request: {
            params: ApplicationPathSchema,
            query: DraftLangQuerySchema,
            headers: z.object({ 'If-Match': IfMatchSchema }),
            body: { required: true, content: { 'application/json': { schema: AmendmentInputSchema } } },
          },
          responses: {
            200: {
              description: 'The application, with its amendment.',
              headers: applicationHeaders,
              content: { 'application/json': { schema: ServiceApplicationSchema } },
            },
            ...errorResponses,
            ...notFoundResponse,
            409: problemResponse('The application does not wait on the citizen.'),
            412: problemResponse('If-Match names another revision than the current one.'),
            422: problemResponse(
              'A change of an answer that was not reopened, or an answer that fails its check.',
            ),
          },
        },
        CITIZENS,
        tokens,
      ),
    ),
    async (c) => {
      const revision = expectedRevision(header(c, 'if-match'));
      if (Number.isNaN(revision)) return problem(c, { name: 'precondition-failed', status: 412 });
      const principal = principalOf(c);
      const { db } = context();
      const outcome = await amendAnswers(db, {
        id: c.req.valid('param').id,
        citizen: principal.sub,
        ...(revision === undefined ? {} : { revision }),
        answers: c.req.valid('json').answers,
      });
      if ('stale' in outcome) return problem(c, { name: 'precondition-failed', status: 412 });
      if (!('ok' in outcome)) return amendmentProblem(c, outcome);
      return sendApplication(c, db, outcome.ok, langOf(c, c.req.valid('query').lang), principal);
    },
  );

  route(
    app,
    createRoute(
      secured(
        {
          method: 'post',
          path: '/v1/service-applications/{id}/documents',
          operationId: 'uploadServiceApplicationDocument',
          tags: ['Services', 'Cabinet'],
          summary: 'Attach a file for a document the authority reopened',
          description:
            'While the application waits on the citizen, for a document the request reopened: the same checks as ' +
            'a draft’s upload (type by magic number 415, size 413, number of files 409 `document-quota`). The file ' +
            'joins the amendment; earlier versions keep their own files.',
          request: {
            params: ApplicationPathSchema,
            query: DocumentUploadQuerySchema,
            body: { required: true, content: documentContent },
          },
          responses: {
            201: {
              description: 'The file, attached to the amendment.',
              content: { 'application/json': { schema: ServiceDocumentFileSchema } },
            },
            ...errorResponses,
            ...notFoundResponse,
            409: problemResponse(
              'The application does not wait on the citizen, or the document has all its files.',
            ),
            413: problemResponse('The file is larger than the document allows.'),
            415: problemResponse('A type the document does not accept, or not the type declared.'),
            422: problemResponse('The document was not reopened, or the form asks for no such document.'),
          },
        },
        CITIZENS,
        tokens,
      ),
    ),
    async (c) => {
      const cancel = () => c.req.raw.body?.cancel().catch(() => {});
      const { db, documents } = context();
      const principal = principalOf(c);
      const row = await findApplication(db, c.req.valid('param').id);
      if (!row || row.citizen !== principal.sub) {
        await cancel();
        return noApplication(c);
      }
      const query = c.req.valid('query');
      const spec = (await serviceFacts(db, row.service))?.documents.find((d) => d.key === query.document);
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
      const outcome = await addAmendmentDocument(db, documents, {
        id: row.id,
        citizen: principal.sub,
        document: spec.key,
        maxFiles: spec.maxFiles,
        filename: upload.filename,
        contentType: upload.contentType,
        bytes: upload.bytes,
      });
      if (!('ok' in outcome)) return amendmentProblem(c, outcome);
      return c.json(outcome.ok, 201, privateHeaders(c));
    },
  );

  route(
    app,
    createRoute(
      secured(
        {
          method: 'delete',
          path: '/v1/service-applications/{id}/documents/{documentId}',
          operationId: 'deleteServiceApplicationDocument',
          tags: ['Services', 'Cabinet'],
          summary: 'Take a file out of the amendment, for a document the authority reopened',
          description:
            'A file attached during this request is deleted; one an earlier version holds stays readable there.',
          request: { params: ApplicationDocumentPathSchema },
          responses: {
            204: { description: 'It is out of the amendment.' },
            ...errorResponses,
            ...notFoundResponse,
            409: problemResponse('The application does not wait on the citizen.'),
            422: problemResponse('The file is of a document that was not reopened.'),
          },
        },
        CITIZENS,
        tokens,
      ),
    ),
    async (c) => {
      const { id, documentId } = c.req.valid('param');
      const { db, documents } = context();
      const outcome = await removeAmendmentDocument(db, documents, {
        id,
        citizen: principalOf(c).sub,
        documentId,
      });
      if ('missing' in outcome) return noDocument(c);
      if (!('ok' in outcome)) return amendmentProblem(c, outcome);
      return c.body(null, 204, privateHeaders(c));
    },
  );

  route(
    app,
    createRoute(
      secured(
        {
          method: 'get',
          path: '/v1/service-applications/{id}/versions/{version}',
          operationId: 'getServiceApplicationVersion',
          tags: ['Services', 'Cabinet'],
          summary: 'One version of an application’s answers, with what changed since the one before',
          description:
            'Version 1 is what was submitted; each resubmission adds one (the application’s `version` is the ' +
            'latest). To its applicant and the service officers of its authority.',
          request: { params: VersionPathSchema },
          responses: {
            200: {
              description: 'The version.',
              content: { 'application/json': { schema: ServiceApplicationVersionSchema } },
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
      const { id, version } = c.req.valid('param');
      const { db } = context();
      const row = await findApplication(db, id);
      if (!mayRead(principalOf(c), row)) return noApplication(c);
      const found = await findVersion(db, row, version);
      if (!found) return problem(c, { name: 'not-found', status: 404, detail: text.version });
      return c.json(found, 200, privateHeaders(c));
    },
  );

  route(
    app,
    createRoute(
      secured(
        {
          method: 'put',
          path: '/v1/service-applications/{id}/result',
          operationId: 'putServiceResult',
          tags: ['Services'],
          summary: 'Attach the PDF to issue as an approved application’s result',
          description:
            'The officer who has it, while it is approved; it replaces one attached before. It is issued (with its ' +
            'verification code) when the officer completes the application with `result: attached`.',
          request: {
            params: ApplicationPathSchema,
            query: z.object({
              filename: DocumentUploadQuerySchema.shape.filename,
              lang: langQueryParam,
            }),
            body: {
              required: true,
              content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
            },
          },
          responses: {
            201: {
              description: 'The result, attached and not yet issued.',
              content: { 'application/json': { schema: ServiceDocumentFileSchema } },
            },
            ...errorResponses,
            ...notFoundResponse,
            409: problemResponse('The application is not approved, or another officer has it.'),
            413: problemResponse('The file is larger than 10 MiB.'),
            415: problemResponse('Not a PDF.'),
            422: problemResponse('The file name is empty once cleaned.'),
          },
        },
        OFFICERS,
        tokens,
      ),
    ),
    async (c) => {
      const cancel = () => c.req.raw.body?.cancel().catch(() => {});
      const principal = principalOf(c);
      const { db, documents } = context();
      const row = await findApplication(db, c.req.valid('param').id);
      if (!mayRead(principal, row)) {
        await cancel();
        return noApplication(c);
      }
      if (declaredMediaType(c) !== 'application/pdf') {
        await cancel();
        return problem(c, { name: 'unsupported-media-type', status: 415, detail: text.resultType });
      }
      const upload = await receiveUpload(
        c,
        { accept: ['application/pdf'], maxBytes: MAX_SERVICE_DOCUMENT_BYTES },
        c.req.valid('query').filename,
        cancel,
      );
      if (upload instanceof Response) return upload;
      const outcome = await attachResult(db, documents, {
        id: row.id,
        officer: principal.sub,
        authority: principal.authority ?? '',
        filename: upload.filename,
        bytes: upload.bytes,
      });
      if ('missing' in outcome) return noApplication(c);
      if ('refused' in outcome) {
        const now = outcome.refused;
        return problem(c, {
          name: 'conflict',
          status: 409,
          detail: refusalText(
            'complete',
            now.status === 'approved'
              ? { reason: 'assigned-to-another', status: now.status }
              : { reason: 'status', status: now.status },
          ),
        });
      }
      return c.json(outcome.ok, 201, privateHeaders(c));
    },
  );

  route(
    app,
    createRoute(
      secured(
        {
          method: 'get',
          path: '/v1/service-applications/{id}/result',
          operationId: 'getServiceResult',
          tags: ['Services', 'Cabinet'],
          summary: 'Download an application’s result',
          description:
            'The issued result, to its applicant and the service officers of its authority; before it is issued, ' +
            'officers get the PDF attached to be issued. As a download with the headers of every document.',
          request: { params: ApplicationPathSchema },
          responses: { 200: downloadResponse, ...errorResponses, ...notFoundResponse },
        },
        APPLICANTS_AND_OFFICERS,
        tokens,
      ),
    ),
    async (c) => {
      const principal = principalOf(c);
      const { db, documents } = context();
      const row = await findApplication(db, c.req.valid('param').id);
      if (!mayRead(principal, row)) return noApplication(c);
      const file =
        (await issuedResult(db, row.id)) ??
        (principal.kind === 'official' ? await attachedResult(db, row.id) : undefined);
      const response = file && (await sendDocument(c, documents, file));
      return response ?? problem(c, { name: 'not-found', status: 404, detail: text.result });
    },
  );

  route(
    app,
    createRoute(
      open({
        method: 'get',
        path: '/v1/verify/{code}',
        operationId: 'verifyServiceResult',
        tags: ['Services'],
        summary: 'Verify a certificate or another result by its code',
        description:
          'Anyone, without signing in: whether a document with this code was issued, by which authority, for which ' +
          'service and reference, when, and the SHA-256 of the file issued. Nothing of the person it was issued to.',
        request: { params: CodePathSchema, query: z.object({ lang: langQueryParam }) },
        responses: {
          200: {
            description: 'It is genuine.',
            content: { 'application/json': { schema: VerificationSchema } },
          },
          ...errorResponses,
          404: problemResponse('No document was issued with this code.'),
        },
      }),
    ),
    async (c) => {
      const lang = langOf(c, c.req.valid('query').lang);
      const code = parseCode(c.req.valid('param').code);
      const found = code && (await verifyResult(context().db, code, lang));
      if (!found) return problem(c, { name: 'not-found', status: 404, detail: text.code });
      // Never cached: a verifier asks the portal itself, every time.
      return c.json(found, 200, apiHeaders(c, { 'Cache-Control': 'no-store', 'Content-Language': lang }));
    },
  );

  route(
    app,
    createRoute(
      secured(
        {
          method: 'post',
          path: '/v1/service-applications/{id}/rating',
          operationId: 'rateService',
          tags: ['Services', 'Cabinet'],
          summary: 'Rate the service of a completed application, once',
          description:
            'The applicant, once the application is completed; once per application (again is 409 ' +
            '`already-rated`). The score counts in the public averages; the comment is read by the authority only.',
          request: {
            params: ApplicationPathSchema,
            body: { required: true, content: { 'application/json': { schema: RatingInputSchema } } },
          },
          responses: {
            201: { description: 'The rating.', content: { 'application/json': { schema: RatingSchema } } },
            ...errorResponses,
            ...notFoundResponse,
            409: problemResponse('Not completed (`conflict`), or already rated (`already-rated`).'),
            422: problemResponse('A score outside 1–5, or a comment too long.'),
          },
        },
        CITIZENS,
        tokens,
      ),
    ),
    async (c) => {
      const body = c.req.valid('json');
      const outcome = await rateService(context().db, {
        id: c.req.valid('param').id,
        citizen: principalOf(c).sub,
        score: body.score,
        comment: body.comment,
      });
      if ('missing' in outcome) return noApplication(c);
      if ('notCompleted' in outcome)
        return problem(c, { name: 'conflict', status: 409, detail: text.notCompleted });
      if ('already' in outcome) return problem(c, { name: 'already-rated', status: 409 });
      return c.json(outcome.ok, 201, privateHeaders(c));
    },
  );

  route(
    app,
    createRoute(
      open({
        method: 'get',
        path: '/v1/authorities/{slug}/service-ratings',
        operationId: 'getServiceRatings',
        tags: ['Services'],
        summary: 'The citizens’ average rating of an authority’s services',
        description:
          'Public: per service and over all of them. Comments are not here (the authority reads them).',
        request: { params: AuthorityPathSchema, query: z.object({ lang: langQueryParam }) },
        responses: {
          200: {
            description: 'The averages.',
            headers: publicReadHeaders,
            content: { 'application/json': { schema: RatingAveragesSchema } },
          },
          ...notModifiedResponse(publicReadHeaders),
          ...errorResponses,
          404: problemResponse('There is no such authority.'),
        },
      }),
    ),
    async (c) => {
      const lang = langOf(c, c.req.valid('query').lang);
      const { slug } = c.req.valid('param');
      const { db, cache } = context();
      const known = await cache.fact('authoritySlugs', () => authoritySlugs(db));
      if (!known.has(slug))
        return problem(c, { name: 'not-found', status: 404, detail: notFoundText.authority });
      const averages = await ratingAverages(db, slug, lang);
      return conditionalJson(c, averages, PUBLIC_CACHING, { 'Content-Language': lang });
    },
  );

  route(
    app,
    createRoute(
      secured(
        {
          method: 'get',
          path: '/v1/authorities/{slug}/service-ratings/comments',
          operationId: 'listServiceRatingComments',
          tags: ['Services'],
          summary: 'The comments citizens left with their ratings',
          description: 'For service officers of the authority in the path only.',
          request: {
            params: AuthorityPathSchema,
            query: z.object({
              lang: langQueryParam,
              limit: limitQueryParam,
              cursor: cursorQueryParam(RatingCursorSchema),
              service: ServiceSlugSchema.optional().openapi({
                param: { name: 'service', in: 'query' },
                description: 'Only comments on this service.',
              }),
            }),
          },
          responses: {
            200: {
              description: 'A page.',
              content: { 'application/json': { schema: RatingCommentPageSchema } },
            },
            ...errorResponses,
            ...notFoundResponse,
          },
        },
        { ...OFFICERS, authorityParam: 'slug' },
        tokens,
      ),
    ),
    async (c) => {
      const query = c.req.valid('query');
      const lang = langOf(c, query.lang);
      const page = await ratingComments(
        context().db,
        { authority: c.req.valid('param').slug, service: query.service },
        lang,
        query.limit,
        decodeCursor(query.cursor, RatingCursorSchema),
      );
      const { last } = page;
      const nextCursor = nextCursorOf({ items: last ? [last] : [], hasMore: page.hasMore }, (item) => ({
        r: item.ratedAt.toISOString(),
        i: item.applicationId,
      }));
      return c.json({ items: page.items, nextCursor }, 200, privateHeaders(c, { 'Content-Language': lang }));
    },
  );

  // The same answer as GET /v1/verify/{code}, as a page a person reads: the address on the certificate.
  mountVerifyPage(app, context);
}
