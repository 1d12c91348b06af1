/**
 * Service desk fixtures for Storybook and unit tests: a session signed in as an official (see
 * ../sign-in/fixtures.ts) and an SDK client, sending the session's token, whose `fetch` answers the
 * processing operations from an in-memory store of typed applications, as the portal does — 401
 * without a token, 403 for another authority than Guba (`scenario: 'forbidden'`: for every
 * request), the queue's filters and cursor, 412 for a stale `If-Match`, 409 for an action the
 * application does not allow from where it is (or, with `conflict`, for the next action: another
 * officer took it first, and the store says so from then on), 422 with pointers for what the
 * portal refuses. `hold` keeps an answer back until the test lets it go, so a test sees the state
 * in between (busy, loading) for as long as it looks.
 *
 * ```ts
 * const { api, client } = createServiceDeskFixture({ scenario: 'loaded' });
 * html`<icra-service-desk api=${api} authority="guba" .client=${client}></icra-service-desk>`;
 * ```
 */
import type { IcraClient, Schemas } from '@icra/sdk';
import { fixtureAttachmentBytes } from '../cabinet/fixtures.js';
import { type SignInScenario, signInFixtureApi, staffClient, staffMe } from '../sign-in/fixtures.js';
import type {
  ServiceApplication,
  ServiceApplicationAction,
  ServiceApplicationStatus,
  ServiceApplicationSummary,
  ServiceDocumentFile,
  ServiceSummary,
} from './types.js';

type Problem = Schemas['Problem'];
type ServiceForm = ServiceApplication['form'];

/** `many`: 25 new applications, so the queue has a second page. */
export type ServiceDeskScenario = 'loaded' | 'empty' | 'many' | 'forbidden' | 'error';

export interface ServiceDeskFixtureOptions {
  scenario?: ServiceDeskScenario;
  session?: SignInScenario;
  /** Milliseconds before each answer (Storybook). Default 0. */
  delay?: number;
  /**
   * Called with every request before it is answered: the answer waits for the promise returned
   * (undefined: answered at once). A request aborted meanwhile fails as an abort.
   */
  hold?: (request: Request) => Promise<void> | undefined;
  /** The next action answers 422 with these field errors. */
  fieldErrors?: NonNullable<Problem['errors']>;
  /** The next action answers 409: another officer has taken the application meanwhile. */
  conflict?: boolean;
  /** Called with every request, with its JSON body when it has one (a PDF body: its size). */
  onRequest?: (request: Request, body: unknown) => void;
}

export interface ServiceDeskFixture {
  api: string;
  /** The client to give the desk (it sends the fixture session's token; not retried). */
  client: IcraClient;
  /** The applications as they stand. */
  applications: ServiceApplication[];
}

const at = (day: number, hour = 9) =>
  `2026-11-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00.000Z`;
const uuid = (prefix: string, n: number) => `${prefix}-4b5e-4f60-8a9b-${String(n).padStart(12, '0')}`;
const REFERENCES = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const reference = (n: number) =>
  `K7M4${REFERENCES[(n * 7) % 32]}${REFERENCES[(n * 3) % 32]}X${REFERENCES[n % 32]}`;

export const fixtureServices: ServiceSummary[] = [
  {
    slug: 'residence-certificate',
    title: 'Yaşayış yeri haqqında arayış',
    summary: 'Qeydiyyat ünvanınızı təsdiq edən arayış.',
    category: 'residence',
    localExecutive: true,
    authorities: ['guba'],
    feeQapik: 0,
    processingDays: 5,
    electronic: true,
    lang: 'az',
  },
  {
    slug: 'land-plot-reference',
    title: 'Torpaq sahəsi haqqında arayış',
    summary: 'Torpaq sahəsinin sahibi və sahəsi haqqında arayış.',
    category: 'land',
    localExecutive: true,
    authorities: ['guba'],
    feeQapik: 0,
    processingDays: 10,
    electronic: true,
    lang: 'az',
  },
];

function form(service: string): ServiceForm {
  return {
    service,
    version: 1,
    lang: 'az',
    schema: { type: 'object', properties: {} },
    fields: {
      fullName: { kind: 'text', label: 'Soyadı, adı, atasının adı', registry: 'fullName' },
      address: { kind: 'address', label: 'Qeydiyyat ünvanı', registry: 'address' },
      purpose: {
        kind: 'choice',
        label: 'Arayış harada təqdim ediləcək',
        options: [
          { value: 'bank', label: 'Banka' },
          { value: 'school', label: 'Məktəbə' },
          { value: 'other', label: 'Başqa yerə' },
        ],
      },
      phone: { kind: 'phone', label: 'Telefon nömrəsi' },
      urgent: { kind: 'yesNo', label: 'Təcilidir' },
      idCard: { kind: 'file', label: 'Şəxsiyyət vəsiqəsinin surəti', document: 'id-card' },
      proof: { kind: 'file', label: 'Ünvanı təsdiq edən sənəd', document: 'proof-of-address' },
    },
    steps: [
      { id: 'about', title: 'Siz', fields: ['fullName', 'address', 'phone'], required: ['phone'] },
      { id: 'purpose', title: 'Məqsəd', fields: ['purpose', 'urgent'], required: ['purpose'] },
      { id: 'documents', title: 'Sənədlər', fields: ['idCard', 'proof'], required: ['idCard'] },
    ],
  } as ServiceForm;
}

function file(n: number, document: string, filename: string, size: number): ServiceDocumentFile {
  return {
    id: uuid('d1e2f3a4', n),
    document,
    filename,
    contentType: 'application/pdf',
    size,
    createdAt: at(20),
  };
}

function actionsFor(application: ServiceApplication): ServiceApplicationAction[] {
  const mine = application.assignee === 'you';
  switch (application.status) {
    case 'submitted':
    case 'resubmitted':
      return application.assignee === 'another-officer' ? [] : ['take'];
    case 'in_review':
      return mine ? ['request-information', 'approve', 'reject'] : [];
    case 'approved':
      return mine ? ['complete'] : [];
    default:
      return [];
  }
}

function application(
  n: number,
  status: ServiceApplicationStatus,
  day: number,
  extra: Partial<ServiceApplication> = {},
): ServiceApplication {
  const service = extra.service ?? 'residence-certificate';
  const idCard = file(n * 10 + 1, 'id-card', 'vəsiqə.pdf', 245_760);
  const proof = file(n * 10 + 2, 'proof-of-address', 'kommunal qəbz.pdf', 98_304);
  const found: ServiceApplication = {
    id: uuid('c4a1b2c3', n),
    reference: reference(n),
    service,
    serviceTitle: fixtureServices.find((candidate) => candidate.slug === service)?.title ?? service,
    authority: 'guba',
    status,
    submittedAt: at(day),
    dueOn: `2026-11-${String(Math.min(day + 7, 30)).padStart(2, '0')}`,
    overdue: false,
    statusChangedAt: at(day),
    assignee: null,
    formVersion: 1,
    form: form(service),
    answers: {
      phone: '+994 50 123 45 67',
      purpose: 'bank',
      urgent: false,
      idCard: [idCard.id],
      proof: [proof.id],
    },
    registry: {
      fullName: 'Məmmədova Leyla Əli qızı',
      address: 'Quba şəhəri, Heydər Əliyev prospekti 12, mənzil 4',
    },
    documents: [idCard, proof],
    lang: 'az',
    revision: 1,
    decisionReason: null,
    history: [{ status: 'submitted', at: at(day), by: 'citizen' }],
    actions: [],
    version: 1,
    request: null,
    amendment: null,
    waitingSince: null,
    changes: [],
    result: null,
    attachedResult: null,
    rating: null,
    ...extra,
  };
  found.actions = actionsFor(found);
  return found;
}

export function seedServiceApplications(scenario: ServiceDeskScenario = 'loaded'): ServiceApplication[] {
  if (scenario === 'empty') return [];
  if (scenario === 'many')
    return Array.from({ length: 25 }, (_, i) => application(i + 1, 'submitted', Math.max(1, 25 - i)));
  const resubmitted = application(3, 'resubmitted', 12, {
    assignee: 'you',
    version: 2,
    revision: 4,
    answers: { phone: '+994 55 765 43 21', purpose: 'school', urgent: false, idCard: [], proof: [] },
    history: [
      { status: 'submitted', at: at(12), by: 'citizen' },
      { status: 'in_review', at: at(13), by: 'officer' },
      {
        status: 'needs_information',
        at: at(14),
        by: 'officer',
        note: 'Telefon nömrəsi işləmir; ünvan sənədini yenidən əlavə edin.',
        reopened: { answers: ['phone', 'purpose'], documents: ['proof-of-address'] },
      },
      { status: 'resubmitted', at: at(16), by: 'citizen' },
    ],
  });
  const oldProof = uuid('d1e2f3a4', 32);
  const newProof = file(39, 'proof-of-address', 'yeni qəbz.pdf', 120_000);
  const idCard = resubmitted.documents[0]!;
  resubmitted.documents = [idCard, newProof];
  resubmitted.answers = { ...resubmitted.answers, idCard: [idCard.id], proof: [newProof.id] };
  resubmitted.changes = [
    { field: 'phone', before: '+994 50 123 45 67', after: '+994 55 765 43 21' },
    { field: 'purpose', before: 'bank', after: 'school' },
    { field: 'proof', before: [oldProof], after: [newProof.id], added: [newProof.id], removed: [oldProof] },
  ];
  resubmitted.actions = actionsFor(resubmitted);
  return [
    application(1, 'submitted', 24),
    application(2, 'in_review', 22, {
      assignee: 'you',
      revision: 2,
      history: [
        { status: 'submitted', at: at(22), by: 'citizen' },
        { status: 'in_review', at: at(23), by: 'officer' },
      ],
    }),
    resubmitted,
    application(4, 'approved', 10, {
      assignee: 'you',
      revision: 3,
      history: [
        { status: 'submitted', at: at(10), by: 'citizen' },
        { status: 'in_review', at: at(11), by: 'officer' },
        { status: 'approved', at: at(12), by: 'officer' },
      ],
    }),
    application(5, 'submitted', 2, { service: 'land-plot-reference', overdue: true, dueOn: '2026-11-16' }),
    application(6, 'in_review', 20, { assignee: 'another-officer', revision: 2 }),
  ];
}

function summary(found: ServiceApplication): ServiceApplicationSummary {
  const { id, reference, service, serviceTitle, authority, status, submittedAt, dueOn, overdue } = found;
  return {
    id,
    reference,
    service,
    serviceTitle,
    authority,
    status,
    submittedAt,
    dueOn,
    overdue,
    statusChangedAt: found.statusChangedAt,
    assignee: found.assignee,
  };
}

function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  const type = status >= 400 ? 'application/problem+json' : 'application/json';
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': type, ...headers } });
}

function problem(status: number, name: string, title: string, extra: Partial<Problem> = {}): Response {
  return json({ type: `urn:icra:problem:${name}`, title, status, ...extra }, status);
}

/** `held`, or an abort as soon as `signal` is aborted (as `fetch` fails on an abort). */
function untilAborted(held: Promise<void>, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const abort = () => reject(signal.reason ?? new DOMException('The request was aborted.', 'AbortError'));
    if (signal.aborted) return abort();
    signal.addEventListener('abort', abort, { once: true });
    held.then(resolve, reject);
  });
}

const TRANSITIONS: Partial<Record<ServiceApplicationAction, ServiceApplicationStatus>> = {
  take: 'in_review',
  'request-information': 'needs_information',
  approve: 'approved',
  reject: 'rejected',
  complete: 'completed',
};

export function createServiceDeskFixture(options: ServiceDeskFixtureOptions = {}): ServiceDeskFixture {
  const scenario = options.scenario ?? 'loaded';
  const api = signInFixtureApi(options.session ?? 'signed-in', 'official');
  const applications = seedServiceApplications(scenario);
  const delay = options.delay ?? 0;
  let fieldErrors = options.fieldErrors;
  let conflict = options.conflict ?? false;

  const act = (
    found: ServiceApplication,
    action: ServiceApplicationAction,
    body: Record<string, unknown>,
    ifMatch: string | null,
  ): Response => {
    if (ifMatch !== null && ifMatch !== `"r${found.revision}"`)
      return problem(412, 'precondition-failed', 'Precondition failed', {
        detail: 'The application has changed since you read it.',
      });
    if (conflict) {
      conflict = false;
      found.assignee = 'another-officer';
      found.status = 'in_review';
      found.revision += 1;
      found.actions = actionsFor(found);
      return problem(409, 'conflict', 'Conflict', { detail: 'Another officer has taken this application.' });
    }
    if (!found.actions.includes(action))
      return problem(409, 'conflict', 'Conflict', { detail: 'The application does not allow this now.' });
    if (fieldErrors) {
      const errors = fieldErrors;
      fieldErrors = undefined;
      return problem(422, 'validation', 'Invalid request', { errors });
    }
    const now = new Date().toISOString();
    const event: ServiceApplication['history'][number] = {
      status: TRANSITIONS[action]!,
      at: now,
      by: 'officer',
    };
    if (action === 'request-information') {
      const comment = String(body.comment ?? '').trim();
      const answers = (body.answers as string[] | undefined) ?? [];
      const documents = (body.documents as string[] | undefined) ?? [];
      const errors: NonNullable<Problem['errors']> = [];
      if (comment.length < 3) errors.push({ pointer: '/body/comment', detail: 'At least 3 characters' });
      if (answers.length + documents.length === 0)
        errors.push({ pointer: '/body/answers', detail: 'Reopen at least one answer or document' });
      if (errors.length) return problem(422, 'validation', 'Invalid request', { errors });
      found.request = { comment, answers, documents, at: now };
      found.waitingSince = now.slice(0, 10);
      event.note = comment;
      event.reopened = { answers, documents };
    }
    if (action === 'reject') {
      const reason = String(body.reason ?? '').trim();
      if (reason.length < 3)
        return problem(422, 'validation', 'Invalid request', {
          errors: [{ pointer: '/body/reason', detail: 'At least 3 characters' }],
        });
      found.decisionReason = reason;
      event.note = reason;
    }
    if (action === 'complete') {
      const attached = body.result === 'attached';
      if (attached && !found.attachedResult) return problem(409, 'result-missing', 'No result attached');
      const issued = attached
        ? found.attachedResult!
        : file(900 + applications.indexOf(found), 'result', `${found.reference}.pdf`, 40_000);
      found.result = {
        ...issued,
        code: 'K7M4-Q9XA-23BC',
        generated: !attached,
        sha256: 'ab'.repeat(32),
        issuedAt: now,
      };
      found.attachedResult = null;
    }
    if (action === 'take') found.assignee = 'you';
    found.status = TRANSITIONS[action]!;
    found.statusChangedAt = now;
    found.revision += 1;
    found.history.push(event);
    found.actions = actionsFor(found);
    return json(found, 200, { etag: `"r${found.revision}"` });
  };

  const handle = async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    const path = url.pathname.replace(/^.*\/v1/, '');
    const method = request.method;
    const pdf = method === 'PUT';
    let body: unknown;
    if (pdf)
      body = {
        size: (await request.clone().arrayBuffer()).byteLength,
        contentType: request.headers.get('content-type'),
      };
    else if (method !== 'GET')
      body = await request
        .clone()
        .json()
        .catch(() => undefined);
    options.onRequest?.(request, body);
    const me = staffMe(request);
    if (me) return me;
    if (!request.headers.get('authorization')) return problem(401, 'unauthorized', 'Unauthorized');
    if (scenario === 'forbidden') return problem(403, 'forbidden', 'Forbidden');
    if (path === '/services' && method === 'GET') return json({ items: fixtureServices, nextCursor: null });
    const queue = /^\/authorities\/([^/]+)\/service-applications$/.exec(path);
    if (queue && method === 'GET') {
      if (queue[1] !== 'guba') return problem(403, 'forbidden', 'Forbidden');
      if (scenario === 'error') return problem(503, 'unavailable', 'Service unavailable');
      const query = url.searchParams;
      const matching = applications.filter(
        (candidate) =>
          (!query.get('service') || candidate.service === query.get('service')) &&
          (!query.get('status') || candidate.status === query.get('status')) &&
          (query.get('assigned') !== 'me' || candidate.assignee === 'you') &&
          (query.get('overdue') !== 'true' || candidate.overdue),
      );
      const limit = Number(query.get('limit') ?? 10);
      const start = Number(query.get('cursor') ?? 0);
      const end = start + limit;
      return json({
        items: matching.slice(start, end).map(summary),
        nextCursor: end < matching.length ? String(end) : null,
      });
    }
    const match = /^\/service-applications\/([^/]+)(?:\/([a-z-]+))?(?:\/([^/]+))?$/.exec(path);
    const found = match ? applications.find((candidate) => candidate.id === match[1]) : undefined;
    if (!match || !found) return problem(404, 'not-found', 'Not found');
    const [, , sub, documentId] = match;
    if (!sub && method === 'GET') return json(found, 200, { etag: `"r${found.revision}"` });
    if (sub === 'documents' && method === 'GET') {
      const document = found.documents.find((candidate) => candidate.id === documentId);
      if (!document) return problem(404, 'not-found', 'Not found');
      return new Response(fixtureAttachmentBytes(document.contentType), {
        headers: { 'content-type': document.contentType },
      });
    }
    if (sub === 'result' && method === 'GET') {
      if (!found.result) return problem(404, 'not-found', 'Not found');
      return new Response(fixtureAttachmentBytes('application/pdf'), {
        headers: { 'content-type': 'application/pdf' },
      });
    }
    if (sub === 'result' && method === 'PUT') {
      if (request.headers.get('content-type') !== 'application/pdf')
        return problem(415, 'unsupported-media-type', 'Only PDF');
      const size = (body as { size: number }).size;
      found.attachedResult = {
        ...file(800, 'result', url.searchParams.get('filename') ?? 'result.pdf', size),
        createdAt: new Date().toISOString(),
      };
      return json(found.attachedResult, 201);
    }
    if (sub && method === 'POST' && sub in TRANSITIONS)
      return act(
        found,
        sub as ServiceApplicationAction,
        (body ?? {}) as Record<string, unknown>,
        request.headers.get('if-match'),
      );
    return problem(405, 'method-not-allowed', 'Method not allowed');
  };

  const fixtureFetch: typeof fetch = async (input, init) => {
    const request = input instanceof Request ? input : new Request(input, init);
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    const held = options.hold?.(request);
    if (held) await untilAborted(held, request.signal);
    return handle(request);
  };

  return { api, client: staffClient(api, fixtureFetch), applications };
}
