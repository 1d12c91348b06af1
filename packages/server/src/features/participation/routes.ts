/**
 * The e-participation API. Citizens file applications and vote; moderators of an authority decide
 * its applications and create its polls; polls and their results are public reads, answered from
 * the database every time (never from the public-read cache), so results are exact on every
 * instance the moment a vote commits. The ballot: docs/ballot-secrecy.md.
 */
import { createHash } from 'node:crypto';
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { optionalPrincipal, principalOf, secured } from '../../http/auth.js';
import { BodyTooLargeError, declaredMediaType, readLimited } from '../../http/body.js';
import type { AppEnv } from '../../http/env.js';
import { type Lang, negotiateLang } from '../../http/lang.js';
import type { Translations } from '../../http/messages.js';
import {
  conditionalParameter,
  errorResponses,
  notFoundResponse,
  notModifiedResponse,
  route,
} from '../../http/openapi-route.js';
import { decodeCursor, encodeCursor } from '../../http/pagination.js';
import { actorOf, type Principal } from '../../http/principal.js';
import { problem, problemResponse } from '../../http/problem.js';
import { ifNoneMatchMatches } from '../../http/public-cache.js';
import { header } from '../../http/request.js';
import { apiHeaders, json } from '../../http/respond.js';
import type { FeatureContextProvider } from '../context.js';
import { bytesMatch, cleanFilename, contentDisposition, isAttachmentContentType } from './attachments.js';
import {
  AttachmentsNotClaimable,
  BallotKey,
  castVote,
  createApplication,
  createPoll,
  decide,
  findApplication,
  findAttachment,
  findPoll,
  hasVoted,
  listApplications,
  listPolls,
  type PollRow,
  publicApplication,
  storeAttachment,
} from './queries.js';
import {
  ApplicationCursorSchema,
  ApplicationInputSchema,
  ApplicationPageSchema,
  ApplicationPathSchema,
  ApplicationSchema,
  ATTACHMENT_TYPES,
  AttachmentPathSchema,
  AttachmentSchema,
  AttachmentUploadQuerySchema,
  ListApplicationsQuerySchema,
  ListMyApplicationsQuerySchema,
  ListPollsQuerySchema,
  MAX_ATTACHMENT_BYTES,
  type Poll,
  PollCursorSchema,
  PollDefinitionSchema,
  PollInputSchema,
  PollPageSchema,
  PollPathSchema,
  PollReadQuerySchema,
  type PollResults,
  PollResultsSchema,
  PollSchema,
  RejectInputSchema,
  VoteInputSchema,
} from './schemas.js';

const PRIVATE_HEADERS = { 'Cache-Control': 'no-store', Vary: 'Authorization, Accept-Language, Origin' };
const CITIZENS = { kinds: ['citizen' as const] };
const MODERATORS = { kinds: ['official' as const], roles: ['moderator'] };
const CITIZENS_AND_OFFICIALS = { kinds: ['citizen' as const, 'official' as const] };

const text = {
  application: {
    az: 'Bu identifikatorla sizə görünən müraciət yoxdur.',
    en: 'There is no application with this id that you may see.',
    ru: 'Обращения с таким идентификатором, доступного вам, нет.',
  },
  poll: {
    az: 'Bu identifikatorla sorğu yoxdur.',
    en: 'There is no poll with this id.',
    ru: 'Опроса с таким идентификатором нет.',
  },
  decided: {
    az: 'Bu müraciət barədə artıq qərar verilib.',
    en: 'This application has already been decided.',
    ru: 'По этому обращению уже принято решение.',
  },
  alreadyVoted: {
    az: 'Siz bu sorğuda artıq səs vermisiniz.',
    en: 'You have already voted in this poll.',
    ru: 'Вы уже проголосовали в этом опросе.',
  },
  notEligible: {
    az: 'Bu sorğuda yalnız icra hakimiyyətinin ərazisində qeydiyyatda olan sakinlər səs verə bilər.',
    en: 'Only residents registered in the authority’s territory may vote in this poll.',
    ru: 'В этом опросе могут голосовать только жители, зарегистрированные на территории органа.',
  },
  notOpenYet: {
    az: 'Səsvermə hələ başlamayıb.',
    en: 'Voting has not opened yet.',
    ru: 'Голосование ещё не началось.',
  },
  closed: {
    az: 'Səsvermə başa çatıb.',
    en: 'Voting has closed.',
    ru: 'Голосование завершено.',
  },
  noSuchOption: {
    az: 'Sorğuda belə variant yoxdur.',
    en: 'The poll has no such option.',
    ru: 'В опросе нет такого варианта.',
  },
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
  filenameEmpty: {
    az: 'Qovluq hissələri və idarəedici simvollar çıxarıldıqdan sonra faylın adı boş qalır.',
    en: 'The file name is empty once directory parts and control characters are removed.',
    ru: 'Имя файла пусто после удаления частей пути и управляющих символов.',
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
} satisfies Record<string, Translations>;

function pick(texts: Record<string, string>, lang: Lang): { text: string; lang: Lang } {
  const own = texts[lang];
  return own ? { text: own, lang } : { text: texts.az ?? '', lang: 'az' };
}

export function pollState(poll: Pick<PollRow, 'opensAt' | 'closesAt'>, at = Date.now()): Poll['state'] {
  if (at < poll.opensAt.getTime()) return 'upcoming';
  return at < poll.closesAt.getTime() ? 'open' : 'closed';
}

function toPoll(poll: PollRow, lang: Lang): Poll {
  const question = pick(poll.question, lang);
  return {
    id: poll.id,
    authority: poll.authority,
    lang: question.lang,
    question: question.text,
    options: poll.options.map((o) => ({ option: o.position, text: pick(o.text, lang).text })),
    opensAt: poll.opensAt.toISOString(),
    closesAt: poll.closesAt.toISOString(),
    state: pollState(poll),
    eligibility: poll.eligibility,
    resultsVisibility: poll.resultsVisibility,
    sourceApplicationId: poll.sourceApplicationId,
  };
}

function langOf(c: Context<AppEnv>): Lang {
  return negotiateLang(c.req.query('lang'), header(c, 'accept-language'));
}

export function registerParticipationRoutes(app: OpenAPIHono<AppEnv>, context: FeatureContextProvider): void {
  const tokens = () => context().identity.tokens;
  let ballotKey: BallotKey | undefined;
  const ballot = () => {
    ballotKey ??= new BallotKey(context().db);
    return ballotKey;
  };

  /** The citizen behind an optional bearer token on a public read (an invalid token: nobody). */
  async function optionalCitizen(c: Context<AppEnv>): Promise<Principal | undefined> {
    const principal = await optionalPrincipal(c, tokens);
    return principal?.kind === 'citizen' && principal.fin ? principal : undefined;
  }

  async function eligible(poll: PollRow, fin: string): Promise<boolean> {
    const person = await context().identity.registry.findByFin(fin);
    if (!person) return false;
    return poll.eligibility === 'all_citizens' || person.authority === poll.authority;
  }

  async function viewerOf(poll: PollRow, citizen: Principal) {
    const fin = citizen.fin!;
    return {
      eligible: await eligible(poll, fin),
      hasVoted: await hasVoted(context().db, await ballot().voterHash(poll.id, fin)),
    };
  }

  const notFoundApplication = (c: Context<AppEnv>) =>
    problem(c, { name: 'not-found', status: 404, detail: text.application });
  const notFoundPoll = (c: Context<AppEnv>) =>
    problem(c, { name: 'not-found', status: 404, detail: text.poll });

  const applicationResponse = (description: string) => ({
    description,
    content: { 'application/json': { schema: ApplicationSchema } },
  });
  const pollResponse = (description: string) => ({
    description,
    content: { 'application/json': { schema: PollSchema } },
  });

  // --- applications -------------------------------------------------------------------------

  route(
    app,
    createRoute(
      secured(
        {
          method: 'post',
          path: '/v1/participation/applications',
          operationId: 'createApplication',
          tags: ['Participation'],
          summary: 'File an application on a topical issue',
          description:
            'A citizen addresses an application to an authority, in one of the directions. Files go with it ' +
            'by "upload, then reference": upload each first (`uploadParticipationAttachment`), then name their ' +
            'ids in `attachments`; the application is created and the uploads claimed in one transaction. An ' +
            'upload that is not the caller’s, is already attached, expired or unknown, or is named twice, is ' +
            '422 with an error at `/body/attachments/<index>`, and nothing is written. A retry with the same ' +
            'Idempotency-Key gets the first answer and claims nothing twice.',
          request: {
            body: { required: true, content: { 'application/json': { schema: ApplicationInputSchema } } },
          },
          responses: {
            201: applicationResponse('The application, submitted.'),
            404: problemResponse('There is no such authority.'),
            ...errorResponses,
            422: problemResponse(
              'An attachment cannot be claimed (`validation`, an error at `/body/attachments/<index>` for each), or ' +
                'the Idempotency-Key was already used with a different request (`idempotency-key-reused`).',
            ),
          },
        },
        CITIZENS,
        tokens,
      ),
    ),
    async (c) => {
      const input = c.req.valid('json');
      let row: Awaited<ReturnType<typeof createApplication>>;
      try {
        row = await createApplication(context().db, principalOf(c).sub, input);
      } catch (error) {
        if (isForeignKeyViolation(error)) return problem(c, { name: 'not-found', status: 404 });
        if (error instanceof AttachmentsNotClaimable) {
          return problem(c, {
            name: 'validation',
            status: 422,
            errors: error.problems.map((p) => ({
              pointer: `/body/attachments/${p.index}`,
              detail: p.reason === 'duplicate' ? text.attachmentDuplicate : text.attachmentUnavailable,
            })),
          });
        }
        throw error;
      }
      return json(c, 201, JSON.stringify(publicApplication(row)), {
        ...PRIVATE_HEADERS,
        Location: `/v1/participation/applications/${row.id}`,
      });
    },
  );

  const binary = { schema: { type: 'string', format: 'binary' } } as const;
  const attachmentContent = Object.fromEntries(Object.keys(ATTACHMENT_TYPES).map((type) => [type, binary]));

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
            'characters and surrounding spaces removed, at most 200 characters); nothing left is 422. The upload ' +
            'waits, unclaimed, until an application names it in `attachments` (createApplication). A citizen may ' +
            'hold at most 20 unclaimed uploads (409 `attachment-quota`). Unclaimed uploads older than 24 hours ' +
            'are deleted, a bounded batch at each upload, and can no longer be attached.',
          request: {
            query: AttachmentUploadQuerySchema,
            body: { required: true, content: attachmentContent } as never,
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
        },
        CITIZENS,
        tokens,
      ),
    ),
    async (c) => {
      const filename = cleanFilename(c.req.valid('query').filename);
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
      const stored = await storeAttachment(context().db, principalOf(c).sub, {
        filename,
        contentType: declared,
        bytes,
      });
      if (stored === 'quota') return problem(c, { name: 'attachment-quota', status: 409 });
      return json(c, 201, JSON.stringify(stored), PRIVATE_HEADERS);
    },
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
            200: {
              description: 'The file.',
              headers: {
                'Content-Disposition': {
                  description:
                    'attachment; filename="<ASCII fallback>"; filename*=UTF-8\'\'<percent-encoded name>',
                  schema: { type: 'string' },
                },
                'Content-Length': { description: 'The size in bytes.', schema: { type: 'integer' } },
              },
              content: attachmentContent,
            },
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
      const mayRead =
        application !== undefined &&
        (principal.kind === 'citizen'
          ? application.citizen === principal.sub
          : principal.roles.includes('moderator') && principal.authority === application.authority);
      const file = mayRead ? await findAttachment(context().db, id, attachmentId) : undefined;
      if (!file) return problem(c, { name: 'not-found', status: 404, detail: text.attachment });
      return new Response(new Uint8Array(file.bytes), {
        status: 200,
        headers: apiHeaders(c, {
          'Content-Type': file.contentType,
          'Content-Length': String(file.bytes.byteLength),
          'Content-Disposition': contentDisposition(file.filename),
          'X-Content-Type-Options': 'nosniff',
          'Cache-Control': 'private, no-store',
          'Content-Security-Policy': "sandbox; default-src 'none'",
          Vary: 'Authorization, Origin',
        }),
      });
    },
  );

  route(
    app,
    createRoute(
      secured(
        {
          method: 'get',
          path: '/v1/me/applications',
          operationId: 'listMyApplications',
          tags: ['Participation', 'Cabinet'],
          summary: 'The signed-in citizen’s applications',
          request: { query: ListMyApplicationsQuerySchema },
          responses: {
            200: {
              description: 'A page.',
              content: { 'application/json': { schema: ApplicationPageSchema } },
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
      const after =
        query.cursor === undefined ? undefined : decodeCursor(query.cursor, ApplicationCursorSchema);
      const page = await listApplications(context().db, { citizen: principalOf(c).sub }, query.limit, after);
      return sendApplications(c, page);
    },
  );

  route(
    app,
    createRoute(
      secured(
        {
          method: 'get',
          path: '/v1/participation/applications/{id}',
          operationId: 'getApplication',
          tags: ['Participation'],
          summary: 'An application: to the citizen who filed it, or to moderators of its authority',
          description: 'Anyone else gets 404, as if there were none.',
          request: { params: ApplicationPathSchema },
          responses: { 200: applicationResponse('The application.'), ...errorResponses, ...notFoundResponse },
        },
        CITIZENS_AND_OFFICIALS,
        tokens,
      ),
    ),
    async (c) => {
      const { id } = c.req.valid('param');
      const principal = principalOf(c);
      const row = await findApplication(context().db, id);
      const mayRead =
        row !== undefined &&
        (principal.kind === 'citizen'
          ? row.citizen === principal.sub
          : principal.roles.includes('moderator') && principal.authority === row.authority);
      if (!mayRead) return notFoundApplication(c);
      return json(c, 200, JSON.stringify(publicApplication(row!)), PRIVATE_HEADERS);
    },
  );

  route(
    app,
    createRoute(
      secured(
        {
          method: 'get',
          path: '/v1/participation/applications',
          operationId: 'listApplicationsForModeration',
          tags: ['Participation'],
          summary: 'Applications to the moderator’s authority',
          description: '`authority` must be the moderator’s own (another is 403).',
          request: { query: ListApplicationsQuerySchema },
          responses: {
            200: {
              description: 'A page.',
              content: { 'application/json': { schema: ApplicationPageSchema } },
            },
            ...errorResponses,
          },
        },
        MODERATORS,
        tokens,
      ),
    ),
    async (c) => {
      const query = c.req.valid('query');
      if (query.authority !== principalOf(c).authority) return problem(c, { name: 'forbidden', status: 403 });
      const after =
        query.cursor === undefined ? undefined : decodeCursor(query.cursor, ApplicationCursorSchema);
      const page = await listApplications(
        context().db,
        { authority: query.authority, status: query.status },
        query.limit,
        after,
      );
      return sendApplications(c, page);
    },
  );

  route(
    app,
    createRoute(
      secured(
        {
          method: 'post',
          path: '/v1/participation/applications/{id}/approve',
          operationId: 'approveApplication',
          tags: ['Participation'],
          summary: 'Approve an application, turning it into a poll',
          description:
            'The body is the poll to create. The citizen is notified (az/en/ru) and the decision is audited. ' +
            'An application of another authority is 404; one already decided is 409.',
          request: {
            params: ApplicationPathSchema,
            body: { required: true, content: { 'application/json': { schema: PollDefinitionSchema } } },
          },
          responses: {
            201: pollResponse('The poll created from it.'),
            ...errorResponses,
            ...notFoundResponse,
          },
        },
        MODERATORS,
        tokens,
      ),
    ),
    async (c) => {
      const { id } = c.req.valid('param');
      const outcome = await decide(context().db, actorOf(principalOf(c)), id, {
        approve: c.req.valid('json'),
      });
      if (outcome === 'missing') return notFoundApplication(c);
      if (outcome === 'decided') return problem(c, { name: 'conflict', status: 409, detail: text.decided });
      const poll = (await findPoll(context().db, outcome.pollId!))!;
      return json(c, 201, JSON.stringify(toPoll(poll, langOf(c))), {
        ...PRIVATE_HEADERS,
        Location: `/v1/participation/polls/${poll.id}`,
      });
    },
  );

  route(
    app,
    createRoute(
      secured(
        {
          method: 'post',
          path: '/v1/participation/applications/{id}/reject',
          operationId: 'rejectApplication',
          tags: ['Participation'],
          summary: 'Reject an application with a reason',
          description: 'The citizen is notified with the reason (az/en/ru) and the decision is audited.',
          request: {
            params: ApplicationPathSchema,
            body: { required: true, content: { 'application/json': { schema: RejectInputSchema } } },
          },
          responses: {
            200: applicationResponse('The application, rejected.'),
            ...errorResponses,
            ...notFoundResponse,
          },
        },
        MODERATORS,
        tokens,
      ),
    ),
    async (c) => {
      const { id } = c.req.valid('param');
      const outcome = await decide(context().db, actorOf(principalOf(c)), id, {
        reject: c.req.valid('json').reason,
      });
      if (outcome === 'missing') return notFoundApplication(c);
      if (outcome === 'decided') return problem(c, { name: 'conflict', status: 409, detail: text.decided });
      const row = (await findApplication(context().db, id))!;
      return json(c, 200, JSON.stringify(publicApplication(row)), PRIVATE_HEADERS);
    },
  );

  // --- polls --------------------------------------------------------------------------------

  route(
    app,
    createRoute(
      secured(
        {
          method: 'post',
          path: '/v1/participation/polls',
          operationId: 'createPoll',
          tags: ['Participation'],
          summary: 'Create a poll on a planned project',
          description: '`authority` must be the moderator’s own (another is 403). Audited.',
          request: { body: { required: true, content: { 'application/json': { schema: PollInputSchema } } } },
          responses: { 201: pollResponse('The poll.'), ...errorResponses },
        },
        MODERATORS,
        tokens,
      ),
    ),
    async (c) => {
      const { authority, ...definition } = c.req.valid('json');
      const principal = principalOf(c);
      if (authority !== principal.authority) return problem(c, { name: 'forbidden', status: 403 });
      const id = await createPoll(context().db, actorOf(principal), definition);
      const poll = (await findPoll(context().db, id))!;
      return json(c, 201, JSON.stringify(toPoll(poll, langOf(c))), {
        ...PRIVATE_HEADERS,
        Location: `/v1/participation/polls/${id}`,
      });
    },
  );

  route(
    app,
    createRoute({
      method: 'get',
      path: '/v1/participation/polls',
      operationId: 'listPolls',
      tags: ['Participation'],
      summary: 'Polls, latest opening first',
      description:
        'Public. Filter by `authority` and `state` (open, upcoming, closed); closed polls stay listed.',
      request: { query: ListPollsQuerySchema },
      parameters: [conditionalParameter],
      responses: {
        200: { description: 'A page of polls.', content: { 'application/json': { schema: PollPageSchema } } },
        ...notModifiedResponse,
        ...errorResponses,
      },
    }),
    async (c) => {
      const query = c.req.valid('query');
      const lang = langOf(c);
      const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor, PollCursorSchema);
      const page = await listPolls(
        context().db,
        { authority: query.authority, state: query.state },
        query.limit,
        after,
      );
      const last = page.items.at(-1);
      const nextCursor =
        page.hasMore && last ? encodeCursor({ o: last.opensAt.toISOString(), i: last.id }) : null;
      return json(c, 200, JSON.stringify({ items: page.items.map((p) => toPoll(p, lang)), nextCursor }), {
        'Cache-Control': 'no-cache',
        Vary: 'Accept-Language, Origin',
        'Content-Language': lang,
      });
    },
  );

  route(
    app,
    createRoute({
      method: 'get',
      path: '/v1/participation/polls/{id}',
      operationId: 'getPoll',
      tags: ['Participation'],
      summary: 'A poll',
      description:
        'Public. With a citizen’s bearer token it also says in `viewer` whether they may vote and whether they ' +
        'have voted (from the ballot register, never which option). An invalid token is ignored.',
      request: { params: PollPathSchema, query: PollReadQuerySchema },
      parameters: [conditionalParameter],
      responses: {
        200: pollResponse('The poll.'),
        ...notModifiedResponse,
        ...errorResponses,
        ...notFoundResponse,
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const poll = await findPoll(context().db, id);
      if (!poll) return notFoundPoll(c);
      const body: Poll = toPoll(poll, langOf(c));
      const citizen = await optionalCitizen(c);
      if (citizen) body.viewer = await viewerOf(poll, citizen);
      return conditional(c, JSON.stringify(body));
    },
  );

  route(
    app,
    createRoute(
      secured(
        {
          method: 'post',
          path: '/v1/participation/polls/{id}/votes',
          operationId: 'castVote',
          tags: ['Participation'],
          summary: 'Vote, once and secretly',
          description:
            'Records that the citizen voted (a keyed hash of poll and FIN) and adds one to the option’s tally, ' +
            'in one transaction; nothing links the two (docs/ballot-secrecy.md). The answer never repeats the ' +
            'choice, and an Idempotency-Key on this route is matched without the body, so the choice is kept ' +
            'nowhere. 409 `already-voted`; 403 `not-eligible`; 409 `poll-not-open` or `poll-closed`.',
          request: {
            params: PollPathSchema,
            body: { required: true, content: { 'application/json': { schema: VoteInputSchema } } },
          },
          responses: {
            204: { description: 'Counted.' },
            ...errorResponses,
            ...notFoundResponse,
            409: problemResponse(
              'Already voted (`already-voted`), not open yet (`poll-not-open`) or closed (`poll-closed`).',
            ),
            422: problemResponse('No such option in the poll (`validation`).'),
          },
        },
        CITIZENS,
        tokens,
      ),
    ),
    async (c) => {
      const { id } = c.req.valid('param');
      const { option } = c.req.valid('json');
      const principal = principalOf(c);
      const poll = await findPoll(context().db, id);
      if (!poll) return notFoundPoll(c);
      const state = pollState(poll);
      if (state === 'upcoming')
        return problem(c, { name: 'poll-not-open', status: 409, detail: text.notOpenYet });
      if (state === 'closed') return problem(c, { name: 'poll-closed', status: 409, detail: text.closed });
      if (!poll.options.some((o) => o.position === option)) {
        return problem(c, {
          name: 'validation',
          status: 422,
          errors: [{ pointer: '/body/option', detail: text.noSuchOption }],
        });
      }
      if (!principal.fin || !(await eligible(poll, principal.fin))) {
        return problem(c, { name: 'not-eligible', status: 403, detail: text.notEligible });
      }
      let outcome: Awaited<ReturnType<typeof castVote>>;
      try {
        outcome = await castVote(context().db, id, option, await ballot().voterHash(id, principal.fin));
      } catch (error) {
        // The driver's error carries the statement's parameters (the option): log without them.
        const code =
          (error as { code?: string; cause?: { code?: string } }).cause?.code ??
          (error as { code?: string }).code;
        throw new Error(`icra: a vote transaction failed (${code ?? 'no SQLSTATE'})`);
      }
      if (outcome === 'already') {
        return problem(c, { name: 'already-voted', status: 409, detail: text.alreadyVoted });
      }
      return new Response(null, { status: 204, headers: apiHeaders(c, { 'Cache-Control': 'no-store' }) });
    },
  );

  route(
    app,
    createRoute({
      method: 'get',
      path: '/v1/participation/polls/{id}/results',
      operationId: 'getPollResults',
      tags: ['Participation'],
      summary: 'A poll’s results, per its visibility rule',
      description:
        'Public, read from the tallies at every request (exact on every instance). When the rule does not show ' +
        'them yet, `hidden: true` with the `reason` and null counts. `after_vote` needs the voter’s token.',
      request: { params: PollPathSchema, query: PollReadQuerySchema },
      parameters: [conditionalParameter],
      responses: {
        200: { description: 'The results.', content: { 'application/json': { schema: PollResultsSchema } } },
        ...notModifiedResponse,
        ...errorResponses,
        ...notFoundResponse,
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const poll = await findPoll(context().db, id);
      if (!poll) return notFoundPoll(c);
      const lang = langOf(c);
      const state = pollState(poll);
      let reason: PollResults['reason'] = null;
      if (state !== 'closed' && poll.resultsVisibility === 'after_close') reason = 'not_closed';
      if (state !== 'closed' && poll.resultsVisibility === 'after_vote') {
        const citizen = await optionalCitizen(c);
        const voted =
          citizen !== undefined &&
          (await hasVoted(context().db, await ballot().voterHash(poll.id, citizen.fin!)));
        if (!voted) reason = 'not_voted';
      }
      const hidden = reason !== null;
      const total = poll.options.reduce((sum, o) => sum + o.votes, 0);
      const registry = context().identity.registry;
      const eligiblePopulation = registry.count
        ? await registry.count(poll.eligibility === 'residents' ? poll.authority : undefined)
        : null;
      const percent = (part: number, whole: number | null) =>
        whole ? Math.round((part / whole) * 1000) / 10 : whole === null ? null : 0;
      const body: PollResults = {
        pollId: poll.id,
        lang: pick(poll.question, lang).lang,
        state,
        resultsVisibility: poll.resultsVisibility,
        hidden,
        reason,
        options: poll.options.map((o) => ({
          option: o.position,
          text: pick(o.text, lang).text,
          votes: hidden ? null : o.votes,
          percentage: hidden ? null : percent(o.votes, total),
        })),
        total: hidden ? null : total,
        turnout: hidden
          ? null
          : { voters: total, eligible: eligiblePopulation, percentage: percent(total, eligiblePopulation) },
      };
      return conditional(c, JSON.stringify(body));
    },
  );

  function sendApplications(
    c: Context<AppEnv>,
    page: { items: Awaited<ReturnType<typeof listApplications>>['items']; hasMore: boolean },
  ) {
    const last = page.items.at(-1);
    const nextCursor = page.hasMore && last ? encodeCursor({ c: last.createdAt, i: last.id }) : null;
    return json(
      c,
      200,
      JSON.stringify({ items: page.items.map(publicApplication), nextCursor }),
      PRIVATE_HEADERS,
    );
  }
}

/**
 * A public read answered from the database every time, with a strong ETag of its bytes: a page that
 * polls with If-None-Match gets 304 until a vote (on any instance) changes the answer. `no-cache`:
 * shared caches must revalidate, so nobody is served stale results.
 */
function conditional(c: Context<AppEnv>, body: string): Response {
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
  const headers = {
    ETag: etag,
    'Cache-Control': 'no-cache',
    Vary: 'Authorization, Accept-Language, Origin',
  };
  const ifNoneMatch = header(c, 'if-none-match');
  if (ifNoneMatch !== undefined && ifNoneMatchMatches(ifNoneMatch, etag)) {
    return new Response(null, { status: 304, headers: apiHeaders(c, headers) });
  }
  return json(c, 200, body, headers);
}

function isForeignKeyViolation(error: unknown): boolean {
  let e: unknown = error;
  for (let i = 0; i < 3 && e; i++) {
    if ((e as { code?: string }).code === '23503') return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}
