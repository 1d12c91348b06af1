/**
 * Files of applications: a citizen uploads each before filing (`upload, then reference`), and the
 * citizen who filed the application or a moderator of its authority downloads them.
 */
import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Db } from '../../../db/database.js';
import { principalOf, secured } from '../../../http/auth.js';
import { BodyTooLargeError, declareBodyLimit, declaredMediaType, readLimited } from '../../../http/body.js';
import type { AppEnv } from '../../../http/env.js';
import type { Translations } from '../../../http/messages.js';
import { errorResponses, notFoundResponse, route } from '../../../http/openapi-route.js';
import { problem, problemResponse } from '../../../http/problem.js';
import { apiHeaders, privateHeaders } from '../../../http/respond.js';
import { bytesMatch, cleanFilename, downloadHeaders, isAttachmentContentType } from '../attachments.js';
import {
  type AttachmentsNotClaimable,
  findApplication,
  findAttachment,
  storeAttachment,
} from '../queries.js';
import {
  ATTACHMENT_TYPES,
  AttachmentPathSchema,
  AttachmentSchema,
  AttachmentUploadQuerySchema,
  MAX_ATTACHMENT_BYTES,
} from '../schemas.js';
import { CITIZENS, CITIZENS_AND_OFFICIALS, mayReadApplication, type ParticipationRoutes } from './shared.js';

const text = {
  attachment: {
    az: 'Bu identifikatorla bu müraciətin sizə görünən əlavəsi yoxdur.',
    en: 'This application has no attachment with this id that you may see.',
    ru: 'У этого обращения нет доступного вам вложения с таким идентификатором.',
  },
  attachmentTooLarge: {
    az: 'Fayl ən çoxu 5 MB (5 242 880 bayt) ola bilər.',
    en: 'The file may be at most 5 MB (5,242,880 bytes).',
    ru: 'Файл может быть не больше 5 МБ (5 242 880 байт).',
  },
  attachmentType: {
    az: 'Yalnız PDF, JPEG və ya PNG faylı qəbul olunur, və Content-Type faylın özünə uyğun olmalıdır.',
    en: 'Only a PDF, JPEG or PNG file is accepted, and the Content-Type must match the file itself.',
    ru: 'Принимается только файл PDF, JPEG или PNG, и Content-Type должен соответствовать самому файлу.',
  },
  attachmentUnavailable: {
    az: 'Bu identifikatorla sizin yüklədiyiniz və hələ əlavə olunmamış fayl yoxdur (tanınmır, vaxtı keçib, başqasınındır və ya artıq əlavə olunub).',
    en: 'No upload of yours with this id is waiting to be attached (it is unknown, expired, someone else’s, or already attached).',
    ru: 'Вашего загруженного и ещё не прикреплённого файла с таким идентификатором нет (он неизвестен, устарел, чужой или уже прикреплён).',
  },
  attachmentDuplicate: {
    az: 'Bu fayl siyahıda bir dəfədən çox göstərilib.',
    en: 'This upload is named more than once.',
    ru: 'Этот файл указан в списке больше одного раза.',
  },
  filenameEmpty: {
    az: 'Qovluq hissələri və idarəedici simvollar çıxarıldıqdan sonra faylın adı boş qalır.',
    en: 'The file name is empty once directory parts and control characters are removed.',
    ru: 'Имя файла пусто после удаления частей пути и управляющих символов.',
  },
} satisfies Record<string, Translations>;

const binary = { schema: { type: 'string', format: 'binary' } } as const;
const attachmentContent = Object.fromEntries(Object.keys(ATTACHMENT_TYPES).map((type) => [type, binary]));

/** What an upload of a citizen's file takes and answers, for each operation that receives one. */
export const attachmentUpload = {
  request: {
    query: AttachmentUploadQuerySchema,
    body: { required: true, content: attachmentContent },
  },
  responses: {
    201: {
      description: 'The upload, unclaimed.',
      content: { 'application/json': { schema: AttachmentSchema } },
    },
    ...errorResponses,
    409: problemResponse(
      'The caller already holds 20 unclaimed uploads (`attachment-quota`), or the first request with ' +
        'this Idempotency-Key is still running (`idempotency-in-progress`).',
    ),
    413: problemResponse('The file is larger than 5 MiB.'),
    415: problemResponse('Not a PDF, JPEG or PNG file, or not the type declared.'),
    422: problemResponse(
      'The file name is empty once cleaned (`validation`, at `/query/filename`), or the ' +
        'Idempotency-Key was already used with a different request (`idempotency-key-reused`).',
    ),
  },
} as const;

/** The answer of a download of a claimed attachment. */
export const attachmentDownload = {
  description: 'The file.',
  headers: {
    'Content-Disposition': {
      description: 'attachment; filename="<ASCII fallback>"; filename*=UTF-8\'\'<percent-encoded name>',
      schema: { type: 'string' },
    },
    'Content-Length': { description: 'The size in bytes.', schema: { type: 'integer' } },
  },
  content: attachmentContent,
} as const;

/** Limits the body of a `POST` to `path` that receives a citizen's upload, before it is read. */
export function declareAttachmentLimit(path: string): void {
  declareBodyLimit('POST', path, MAX_ATTACHMENT_BYTES, text.attachmentTooLarge);
}

declareAttachmentLimit('/v1/participation/attachments');

export function registerAttachmentRoutes(routes: ParticipationRoutes): void {
  const { app, context, tokens } = routes;

  route(
    app,
    createRoute(
      secured(
        {
          method: 'post',
          path: '/v1/participation/attachments',
          operationId: 'uploadParticipationAttachment',
          tags: ['Participation'],
          summary: 'Upload a file for an application to be filed',
          description:
            'The request body is the file itself: PDF, JPEG or PNG, at most 5 MiB (5,242,880 bytes; more is 413, ' +
            'checked while it arrives). The bytes must start with the magic number of the declared Content-Type ' +
            '(another type, or bytes of another kind, is 415). `filename` is cleaned (directory parts, control ' +
            'characters and surrounding spaces removed, at most 200 characters); nothing left is 422, and U+0000, ' +
            'as in any text of a request, is 400. The upload ' +
            'waits, unclaimed, until an application names it in `attachments` (createApplication). A citizen may ' +
            'hold at most 20 unclaimed uploads (409 `attachment-quota`). Unclaimed uploads older than 24 hours ' +
            'are deleted, a bounded batch at each upload, and can no longer be attached.',
          ...attachmentUpload,
        },
        CITIZENS,
        tokens,
      ),
    ),
    (c) => receiveAttachment(c, context().db, c.req.valid('query').filename),
  );

  route(
    app,
    createRoute(
      secured(
        {
          method: 'get',
          path: '/v1/participation/applications/{id}/attachments/{attachmentId}',
          operationId: 'getParticipationAttachment',
          tags: ['Participation'],
          summary: 'Download a file attached to an application',
          description:
            'To the citizen who filed the application, or to moderators of its authority; anyone else gets ' +
            '404, as for a missing one. The body is the file as uploaded, with its Content-Type, as a download ' +
            '(`Content-Disposition: attachment`, the name as `filename*`), `X-Content-Type-Options: nosniff`, ' +
            "`Content-Security-Policy: sandbox; default-src 'none'` and `Cache-Control: private, no-store`.",
          request: { params: AttachmentPathSchema },
          responses: {
            200: attachmentDownload,
            ...errorResponses,
            ...notFoundResponse,
          },
        },
        CITIZENS_AND_OFFICIALS,
        tokens,
      ),
    ),
    async (c) => {
      const { id, attachmentId } = c.req.valid('param');
      const principal = principalOf(c);
      const application = await findApplication(context().db, id);
      const file = mayReadApplication(principal, application)
        ? await findAttachment(context().db, { applicationId: id }, attachmentId)
        : undefined;
      if (!file) return problem(c, { name: 'not-found', status: 404, detail: text.attachment });
      return sendAttachment(c, file);
    },
  );
}

/**
 * Receives a citizen's upload (the request body is the file), checked as uploadParticipationAttachment
 * says, and keeps it unclaimed: the answer of that operation and of uploadReceptionAttachment.
 */
export async function receiveAttachment(c: Context<AppEnv>, db: Db, asked: string) {
  const filename = cleanFilename(asked);
  if (filename === '') {
    return problem(c, {
      name: 'validation',
      status: 422,
      errors: [{ pointer: '/query/filename', detail: text.filenameEmpty }],
    });
  }
  const declared = declaredMediaType(c);
  if (!isAttachmentContentType(declared)) {
    await c.req.raw.body?.cancel().catch(() => {});
    return problem(c, { name: 'unsupported-media-type', status: 415, detail: text.attachmentType });
  }
  let bytes: Buffer;
  try {
    bytes = await readLimited(c.req.raw, MAX_ATTACHMENT_BYTES);
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      return problem(c, { name: 'payload-too-large', status: 413, detail: text.attachmentTooLarge });
    }
    throw error;
  }
  if (!bytesMatch(bytes, declared)) {
    return problem(c, { name: 'unsupported-media-type', status: 415, detail: text.attachmentType });
  }
  const stored = await storeAttachment(db, principalOf(c).sub, {
    filename,
    contentType: declared,
    bytes,
  });
  if (stored === 'quota') return problem(c, { name: 'attachment-quota', status: 409 });
  return c.json(stored, 201, privateHeaders(c));
}

/** A claimed attachment as a download: sniffing off, sandboxed, never cached. */
export function sendAttachment(
  c: Context<AppEnv>,
  file: { filename: string; contentType: string; bytes: Buffer },
) {
  return c.body(new Uint8Array(file.bytes), 200, apiHeaders(c, downloadHeaders(file, file.bytes.byteLength)));
}

/** The 422 for attachments a new application or request names that it cannot claim: nothing was written. */
export function unclaimable(c: Context<AppEnv>, error: AttachmentsNotClaimable) {
  return problem(c, {
    name: 'validation',
    status: 422,
    errors: error.problems.map((p) => ({
      pointer: `/body/attachments/${p.index}`,
      detail: p.reason === 'duplicate' ? text.attachmentDuplicate : text.attachmentUnavailable,
    })),
  });
}
