/**
 * Cabinet fixtures for Storybook and unit tests: a signed-in session (see ../sign-in/fixtures.ts)
 * and an SDK client whose `fetch` answers /v1/me, /v1/me/notifications, /v1/me/applications,
 * the applications' attachments (a few bytes of the right type) and /v1/authorities/{slug} from the
 * data below — typed by the SDK's schemas — and refuses any
 * request without the session's token, as the portal does.
 *
 * ```ts
 * const { api, client } = createCabinetFixture({ scenario: 'loaded' });
 * html`<icra-cabinet api=${api} authority="guba" .client=${client}></icra-cabinet>`;
 * ```
 */
import { createIcraClient, type IcraClient, type Lang, type Schemas } from '@icra/sdk';
import type { AuthKind } from '../core/auth.js';
import { sessionFor } from '../core/auth.js';
import { type ReceptionFixtureOptions, receptionFixtureHandler } from '../reception/fixtures.js';
import { type SignInScenario, signInFixtureApi } from '../sign-in/fixtures.js';

type Me = Schemas['Me'];
type Notification = Schemas['Notification'];
type NotificationPage = Schemas['NotificationPage'];
type Application = Schemas['ParticipationApplication'];
type Attachment = Schemas['ParticipationApplicationAttachment'];
type ApplicationPage = Schemas['ParticipationApplicationPage'];
type Authority = Schemas['Authority'];
type Problem = Schemas['Problem'];
type ServiceDraft = Schemas['ServiceDraftSummary'];
type ServiceApplication = Schemas['ServiceApplicationSummary'];
type ServiceApplicationDetail = Schemas['ServiceApplication'];
type ServiceApplicationStatus = Schemas['ServiceApplicationStatus'];

const SERVICE_TITLES = {
  'residence-certificate': {
    az: 'Yaşayış yeri haqqında arayış',
    en: 'Certificate of residence',
    ru: 'Справка о месте жительства',
  },
  'archive-extract': { az: 'Arxiv arayışı', en: 'Archival extract', ru: 'Архивная справка' },
  'tree-felling-permit': {
    az: 'Ağacların kəsilməsinə icazə',
    en: 'Permission to fell trees',
    ru: 'Разрешение на вырубку деревьев',
  },
} satisfies Record<string, Record<Lang, string>>;

/** The citizen's e-service drafts, the most recently changed first: one of them of an older form. */
export function fixtureServiceDrafts(lang: Lang): ServiceDraft[] {
  return [
    {
      id: '3b2f9d0a-6c1e-4e8a-9f7b-1d2c3e4f5a60',
      service: 'residence-certificate',
      serviceTitle: SERVICE_TITLES['residence-certificate'][lang],
      authority: 'guba',
      formVersion: 1,
      currentFormVersion: 1,
      revision: 4,
      createdAt: '2026-11-28T08:10:00.000Z',
      updatedAt: '2026-12-01T09:30:00.000Z',
    },
    {
      id: '7e6d5c4b-3a29-4180-8f7e-6d5c4b3a2910',
      service: 'archive-extract',
      serviceTitle: SERVICE_TITLES['archive-extract'][lang],
      authority: 'guba',
      formVersion: 1,
      currentFormVersion: 2,
      revision: 2,
      createdAt: '2026-11-02T12:00:00.000Z',
      updatedAt: '2026-11-03T15:45:00.000Z',
    },
  ];
}

/** The citizen's submitted e-service applications, newest first. */
export function fixtureServiceApplications(lang: Lang): ServiceApplication[] {
  return [
    {
      id: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
      reference: 'K7M4Q9XA',
      service: 'tree-felling-permit',
      serviceTitle: SERVICE_TITLES['tree-felling-permit'][lang],
      authority: 'guba',
      status: 'submitted',
      submittedAt: '2026-11-20T10:05:00.000Z',
      dueOn: '2026-12-04',
      overdue: false,
      statusChangedAt: '2026-11-20T10:05:00.000Z',
      assignee: null,
    },
  ];
}

const REQUEST_LABELS: Record<Lang, { presentTo: string; idCard: string; comment: string }> = {
  az: {
    presentTo: 'Arayışı harada təqdim edəcəksiniz?',
    idCard: 'Şəxsiyyət vəsiqəsi',
    comment: 'Şəxsiyyət vəsiqəsinin hər iki üzünün oxunaqlı surətini əlavə edin.',
  },
  en: {
    presentTo: 'Where will you present the certificate?',
    idCard: 'Identity card',
    comment: 'Please add a readable scan of both sides of the identity card.',
  },
  ru: {
    presentTo: 'Где вы предъявите справку?',
    idCard: 'Удостоверение личности',
    comment: 'Приложите читаемую копию обеих сторон удостоверения личности.',
  },
};

/**
 * The first submitted application as `GET /v1/service-applications/{id}` answers it, in `status`:
 * its history up to there, the request for information while it waits on the citizen, the result
 * once completed.
 */
export function fixtureServiceApplication(
  lang: Lang,
  status: ServiceApplicationStatus = 'submitted',
  rating: ServiceApplicationDetail['rating'] = null,
): ServiceApplicationDetail {
  const summary = { ...fixtureServiceApplications(lang)[0]!, status };
  const labels = REQUEST_LABELS[lang];
  const at = (day: number) => `2026-11-${day}T09:00:00.000Z`;
  const history: ServiceApplicationDetail['history'] = [
    { status: 'submitted', at: summary.submittedAt, by: 'citizen' },
  ];
  if (status !== 'submitted') history.push({ status: 'in_review', at: at(21), by: 'officer' });
  if (status === 'needs_information')
    history.push({
      status,
      at: at(22),
      by: 'officer',
      note: labels.comment,
      reopened: { answers: ['presentTo'], documents: ['id-card'] },
    });
  if (status === 'approved' || status === 'completed')
    history.push({ status: 'approved', at: at(23), by: 'officer' });
  if (status === 'completed') history.push({ status, at: at(24), by: 'officer' });
  const answers = { presentTo: 'bank', idCard: ['d0c5d0c5-0000-4000-8000-000000000001'] };
  return {
    ...summary,
    formVersion: 1,
    form: {
      service: summary.service,
      version: 1,
      lang,
      schema: { type: 'object', properties: {} },
      fields: {
        presentTo: { kind: 'choice', label: labels.presentTo, options: [{ value: 'bank', label: 'Bank' }] },
        idCard: { kind: 'file', label: labels.idCard, document: 'id-card' },
      },
      steps: [
        { id: 'main', title: summary.serviceTitle, fields: ['presentTo', 'idCard'], required: ['presentTo'] },
      ],
    },
    answers,
    registry: {},
    documents: [],
    lang,
    revision: history.length,
    decisionReason: null,
    history,
    actions: status === 'needs_information' ? ['resubmit', 'withdraw'] : [],
    version: 1,
    request:
      status === 'needs_information'
        ? { comment: labels.comment, answers: ['presentTo'], documents: ['id-card'], at: at(22) }
        : null,
    amendment: status === 'needs_information' ? answers : null,
    waitingSince: status === 'needs_information' ? '2026-11-22' : null,
    changes: [],
    result:
      status === 'completed'
        ? {
            id: 'e5e5e5e5-0000-4000-8000-000000000002',
            document: 'result',
            filename: `certificate-${summary.reference}.pdf`,
            contentType: 'application/pdf',
            size: 14_000,
            createdAt: at(24),
            code: 'K7M4-Q9XA-23BC',
            generated: true,
            sha256: 'a'.repeat(64),
            issuedAt: at(24),
          }
        : null,
    attachedResult: null,
    rating,
  };
}

const ADDRESS: Record<Lang, string> = {
  az: 'Quba şəhəri, Ərəblinski küçəsi 12, mənzil 4',
  en: '12 Arablinski Street, apt. 4, Guba',
  ru: 'г. Губа, ул. Араблинского 12, кв. 4',
};

/** What `GET /v1/me` answers for each kind of user. */
export function fixtureMe(kind: AuthKind, lang: Lang): Me {
  if (kind === 'citizen') {
    return {
      kind,
      sub: 'citizen:5HK2L7P',
      citizen: {
        fin: '5HK2L7P',
        firstName: 'Aysel',
        lastName: 'Hüseynova',
        patronymic: 'Rauf qızı',
        birthDate: '1990-03-14',
        address: ADDRESS[lang],
        authority: 'guba',
        family: [{ fullName: 'Hüseynov Ruslan Vaqif oğlu', birthDate: '1987-06-19', relation: 'spouse' }],
      },
      lang,
    };
  }
  return {
    kind,
    sub: kind === 'official' ? 'staff:guba-editor' : 'staff:agency-evaluator',
    official:
      kind === 'official'
        ? { name: 'Elçin Məmmədov', authority: 'guba', roles: ['editor', 'moderator'] }
        : { name: 'Nərmin Əliyeva', authority: null, roles: ['evaluator'] },
    lang,
  };
}

const AUTHORITY_NAME: Record<Lang, string> = {
  az: 'Quba Rayon İcra Hakimiyyəti',
  en: 'Guba District Executive Power',
  ru: 'Исполнительная власть Губинского района',
};

function authority(lang: Lang): Authority {
  return {
    slug: 'guba',
    name: AUTHORITY_NAME[lang],
    shortName: lang === 'ru' ? 'Губа' : lang === 'en' ? 'Guba' : 'Quba',
    kind: 'district',
    contacts: {
      address: ADDRESS[lang],
      phone: '+994 23 335 00 00',
      email: 'info@guba.example.az',
      website: 'https://guba.example.az',
    },
    lang,
  };
}

const TEXTS: { az: [string, string]; en: [string, string]; ru: [string, string] }[] = [
  {
    az: [
      'Qəbula yazılışınız təsdiqləndi',
      'Dekabrın 3-də saat 10:30-da icra başçısının müavini sizi qəbul edəcək.',
    ],
    en: [
      'Your reception appointment is confirmed',
      'The deputy head will receive you on 3 December at 10:30.',
    ],
    ru: ['Ваша запись на приём подтверждена', 'Заместитель главы примет вас 3 декабря в 10:30.'],
  },
  {
    az: [
      'Müraciətinizə baxılır',
      'Həyətyanı sahənin abadlaşdırılması ilə bağlı müraciətiniz icraya götürülüb.',
    ],
    en: [
      'Your application is under review',
      'Your application about landscaping the courtyard has been taken up.',
    ],
    ru: ['Ваше обращение рассматривается', 'Ваше обращение о благоустройстве двора принято к рассмотрению.'],
  },
  {
    az: ['Yeni sorğu: park layihəsi', 'Xan bağının yenidən qurulması layihəsi barədə fikrinizi bildirin.'],
    en: ['New poll: the park project', "Tell us what you think of the plan to rebuild Khan's Garden."],
    ru: ['Новый опрос: проект парка', 'Выскажите мнение о проекте реконструкции Ханского сада.'],
  },
  {
    az: ['Arayışınız hazırdır', 'Yaşayış yeri üzrə arayışınızı portaldan yükləyə bilərsiniz.'],
    en: ['Your certificate is ready', 'You can download your certificate of residence from the portal.'],
    ru: ['Ваша справка готова', 'Справку с места жительства можно скачать на портале.'],
  },
  {
    az: ['Xoş gəlmisiniz', 'Şəxsi kabinetiniz yaradıldı.'],
    en: ['Welcome', 'Your personal cabinet has been created.'],
    ru: ['Добро пожаловать', 'Ваш личный кабинет создан.'],
  },
];

/** Notifications as the portal serves them in `lang`, newest first; the first two unread. */
export function fixtureNotifications(lang: Lang): Notification[] {
  return TEXTS.map((text, index) => {
    const [title, body] = text[lang];
    const createdAt = new Date(Date.UTC(2026, 10, 24 - index * 3, 9, 15)).toISOString();
    return {
      id: `6f1c2d3e-4b5a-4c6d-8e7f-90a1b2c3d4e${index}`,
      title,
      body,
      createdAt,
      readAt: index < 2 ? null : createdAt,
      ...(index === 3 ? { link: '/services/certificates' } : {}),
      // A decision's notification points at the application it is about (the oldest one here).
      ...(index === 1 ? { link: '/v1/participation/applications/3b9e1c70-5d2a-4f8e-9a61-c0d4e5f6a7b3' } : {}),
      lang,
    };
  });
}

const day = (month: number, date: number, hour = 8) =>
  new Date(Date.UTC(2026, month - 1, date, hour)).toISOString();

/** Id of the poll the approved fixture application became. */
export const FIXTURE_POLL_ID = '8c0d1e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f';

/**
 * A citizen's e-participation applications, newest first: one in each status, and an older one
 * under review. They are the citizen's own text, in the language they wrote it in (Azerbaijani),
 * whatever the reader's language.
 */
export function fixtureApplications(): Application[] {
  const reason = 'Bu məsələ Quba bələdiyyəsinin səlahiyyətindədir; müraciətinizi bələdiyyəyə göndərin.';
  const application = (
    index: number,
    fields: Pick<Application, 'direction' | 'title' | 'text' | 'status'> &
      Partial<Pick<Application, 'attachments'>>,
    history: Application['history'],
  ): Application => ({
    id: `3b9e1c70-5d2a-4f8e-9a61-c0d4e5f6a7b${index}`,
    authority: 'guba',
    attachments: [],
    decisionReason: fields.status === 'rejected' ? reason : null,
    pollId: fields.status === 'approved' ? FIXTURE_POLL_ID : null,
    history,
    createdAt: history[0]?.at ?? day(11, 1),
    ...fields,
  });
  const attachment = (
    n: number,
    filename: string,
    contentType: Attachment['contentType'],
    size: number,
  ): Attachment => ({ id: `c4d5e6f7-0a1b-4c2d-8e3f-a0b1c2d3e4f${n}`, filename, contentType, size });
  return [
    application(
      0,
      {
        direction: 'roads_transport',
        title: 'Nizami küçəsində səkinin təmiri',
        text: 'Məktəbin qarşısındakı səki uçub, uşaqlar yolun kənarı ilə gedirlər.\nXahiş edirik, səkini təmir edəsiniz.',
        status: 'submitted',
        attachments: [
          attachment(0, 'səki-şəkil.jpg', 'image/jpeg', 1_258_291),
          attachment(1, 'Ərizə <b>imzalı</b>.pdf', 'application/pdf', 48_640),
        ],
      },
      [{ status: 'submitted', at: day(11, 22) }],
    ),
    application(
      1,
      {
        direction: 'environment',
        title: 'Xan bağında yeni oturacaqlar',
        text: 'Xan bağında oturacaqlar azdır və köhnədir. Təklif edirəm ki, yeni oturacaqlar və kölgəliklər qoyulsun.',
        status: 'approved',
      },
      [
        { status: 'submitted', at: day(11, 10) },
        { status: 'approved', at: day(11, 14) },
      ],
    ),
    application(
      2,
      {
        direction: 'utilities',
        title: 'Həyətdə küçə işıqlandırması',
        text: 'Binamızın həyətində axşamlar işıq yoxdur. Fənər dirəkləri quraşdırılmasını xahiş edirik.',
        status: 'rejected',
        attachments: [attachment(2, 'işıqlandırma-sxemi.png', 'image/png', 912)],
      },
      [
        { status: 'submitted', at: day(11, 1) },
        { status: 'rejected', at: day(11, 5), reason },
      ],
    ),
    application(
      3,
      {
        direction: 'culture_sport',
        title: 'Uşaqlar üçün idman meydançası',
        text: 'Məhəlləmizdə uşaqların oynaya biləcəyi idman meydançası yoxdur. Boş sahədə meydança salına bilər.',
        status: 'submitted',
      },
      [{ status: 'submitted', at: day(10, 20) }],
    ),
  ];
}

/** Bytes the fixture serves for an attachment of this type (just its magic number and a little more). */
export function fixtureAttachmentBytes(contentType: Schemas['ParticipationAttachmentContentType']): Blob {
  const start =
    contentType === 'application/pdf'
      ? '%PDF-1.4\n%%EOF\n'
      : contentType === 'image/png'
        ? '\x89PNG\r\n\x1a\n'
        : '\xff\xd8\xff\xe0';
  return new Blob([Uint8Array.from(start, (char) => char.charCodeAt(0))], { type: contentType });
}

/** What the fixture API does with the cabinet's requests. */
export type CabinetScenario = 'loaded' | 'empty' | 'error' | 'loading';

export interface CabinetFixtureOptions {
  scenario?: CabinetScenario;
  /** Who is signed in. Default `citizen`. */
  kind?: AuthKind;
  /** The session's state; default `signed-in`. */
  session?: SignInScenario;
  /** Milliseconds before each answer. Default 0. */
  delay?: number;
  /**
   * Awaited before answering a request: a test holds an answer (a download, a "mark as read")
   * until it releases it, so what is shown meanwhile can be checked without racing a timer.
   */
  hold?: (request: Request) => Promise<void> | undefined;
  /** The citizen's applications, in place of `fixtureApplications()`. */
  applications?: Application[];
  /** Makes listing the applications fail (the rest answers). */
  applicationsFail?: boolean;
  /** The citizen has no e-service drafts or applications. */
  servicesEmpty?: boolean;
  /** Makes listing the e-service drafts fail (the rest answers). */
  draftsFail?: boolean;
  /** Makes deleting a draft answer this error status. */
  deleteDraftFails?: 503;
  /** Makes downloading an attachment answer this error status (401: the token was refused). */
  attachmentFails?: 401 | 503;
  /** Makes "mark as read" fail. */
  markReadFails?: boolean;
  /** The portal no longer accepts the token (revoked, or expired by its clock): every call is a 401. */
  tokenRejected?: boolean;
  /** Called with every request the client makes. */
  onRequest?: (request: Request) => void;
  /** Where the first submitted e-service application is (its summary and what opening it shows). */
  serviceStatus?: ServiceApplicationStatus;
  /** Makes opening an e-service application answer this error status. */
  serviceApplicationFails?: 503;
  /** Makes rating the service answer this error status (409: rated already, in another tab). */
  ratingFails?: 409 | 503;
  /** The citizen reception's requests and calendar feed (see ../reception/fixtures.ts). */
  reception?: Pick<ReceptionFixtureOptions, 'mine' | 'calendarFails' | 'feed' | 'feedFails'>;
}

function json(
  body:
    | Me
    | NotificationPage
    | ApplicationPage
    | Authority
    | Problem
    | { items: unknown[]; nextCursor: string | null },
  status = 200,
): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': status < 400 ? 'application/json' : 'application/problem+json' },
  });
}

function problem(status: number, name: string, title: string): Response {
  return json({ type: `urn:icra:problem:${name}`, title, status }, status);
}

/**
 * A session in the given state (signed in by default) and a client that answers the cabinet from
 * fixtures; give both to `<icra-cabinet>` (`api` and `.client`). Notifications marked read stay
 * read for that client.
 */
export function createCabinetFixture(options: CabinetFixtureOptions = {}): {
  api: string;
  client: IcraClient;
} {
  const kind = options.kind ?? 'citizen';
  const scenario = options.scenario ?? 'loaded';
  const api = signInFixtureApi(options.session ?? 'signed-in', kind);
  const session = sessionFor(api);
  const read = new Map<string, string>();
  const deleted = new Set<string>();
  let rated: ServiceApplicationDetail['rating'] | undefined;
  // The token was checked above; the reception answers as the portal does for this citizen.
  const reception = receptionFixtureHandler({
    ...(scenario === 'empty' ? { mine: 'empty' as const } : {}),
    ...options.reception,
    authorized: () => true,
  });
  const fetchFixture: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    options.onRequest?.(request);
    if (options.delay) await new Promise((resolve) => setTimeout(resolve, options.delay));
    await options.hold?.(request);
    if (scenario === 'loading') return new Promise<Response>(() => {});
    const authorization = request.headers.get('authorization');
    if (options.tokenRejected || !session.token || authorization !== `Bearer ${session.token}`) {
      return problem(401, 'unauthorized', 'Sign in first');
    }
    const url = new URL(request.url);
    const asked = url.searchParams.get('lang') ?? request.headers.get('accept-language') ?? 'az';
    const lang: Lang = asked === 'en' || asked === 'ru' ? asked : 'az';
    const path = url.pathname.slice(new URL(api).pathname.length);
    if (path === '/v1/authorities/guba') return json(authority(lang));
    if (scenario === 'error') return problem(500, 'internal', 'Internal error');
    if (path === '/v1/me') return json(fixtureMe(kind, lang));
    const mark = /^\/v1\/me\/notifications\/([^/]+)\/read$/.exec(path);
    if (mark && request.method === 'POST') {
      if (options.markReadFails) return problem(503, 'unavailable', 'Unavailable');
      const id = decodeURIComponent(mark[1] ?? '');
      if (!read.has(id)) read.set(id, new Date().toISOString());
      return new Response(null, { status: 204 });
    }
    const limit = Number(url.searchParams.get('limit') ?? 10);
    const offset = Number(url.searchParams.get('cursor')?.replace(/^offset-/, '') ?? 0);
    const next = (length: number) => (offset + limit < length ? `offset-${offset + limit}` : null);
    if (path === '/v1/me/notifications') {
      const all = scenario === 'empty' ? [] : fixtureNotifications(lang);
      const items = all.map((item) => ({ ...item, readAt: item.readAt ?? read.get(item.id) ?? null }));
      return json({ items: items.slice(offset, offset + limit), nextCursor: next(items.length) });
    }
    if (path === '/v1/me/applications') {
      if (kind !== 'citizen') return problem(403, 'forbidden', 'Citizens only');
      if (options.applicationsFail) return problem(503, 'unavailable', 'Unavailable');
      const items = scenario === 'empty' ? [] : (options.applications ?? fixtureApplications());
      return json({ items: items.slice(offset, offset + limit), nextCursor: next(items.length) });
    }
    if (path === '/v1/me/service-drafts' || path === '/v1/me/service-applications') {
      if (kind !== 'citizen') return problem(403, 'forbidden', 'Citizens only');
      if (path === '/v1/me/service-drafts' && options.draftsFail)
        return problem(503, 'unavailable', 'Unavailable');
      const all =
        scenario === 'empty' || options.servicesEmpty
          ? []
          : path === '/v1/me/service-drafts'
            ? fixtureServiceDrafts(lang).filter((draft) => !deleted.has(draft.id))
            : fixtureServiceApplications(lang).map((item, i) =>
                i === 0 && options.serviceStatus ? { ...item, status: options.serviceStatus } : item,
              );
      return json({ items: all.slice(offset, offset + limit), nextCursor: next(all.length) });
    }
    const serviceApplication = /^\/v1\/service-applications\/([^/]+)(\/result|\/rating)?$/.exec(path);
    if (serviceApplication && kind === 'citizen') {
      const detail = fixtureServiceApplication(lang, options.serviceStatus, rated ?? null);
      if (decodeURIComponent(serviceApplication[1] ?? '') !== detail.id)
        return problem(404, 'not-found', 'Not found');
      if (serviceApplication[2] === '/result') {
        return new Response(fixtureAttachmentBytes('application/pdf'), {
          headers: { 'content-type': 'application/pdf' },
        });
      }
      if (serviceApplication[2] === '/rating' && request.method === 'POST') {
        if (options.ratingFails === 409)
          rated = { score: 5, comment: null, ratedAt: '2026-11-25T08:00:00.000Z' };
        if (options.ratingFails) return problem(options.ratingFails, 'conflict', 'Conflict');
        const body = (await request.clone().json()) as { score: number; comment?: string };
        rated = { score: body.score, comment: body.comment ?? null, ratedAt: '2026-11-25T08:00:00.000Z' };
        return new Response(JSON.stringify(rated), {
          status: 201,
          headers: { 'content-type': 'application/json' },
        });
      }
      if (options.serviceApplicationFails)
        return problem(options.serviceApplicationFails, 'unavailable', 'Unavailable');
      return new Response(JSON.stringify(detail), { headers: { 'content-type': 'application/json' } });
    }
    const draft = /^\/v1\/service-drafts\/([^/]+)$/.exec(path);
    if (draft && request.method === 'DELETE') {
      if (options.deleteDraftFails) return problem(options.deleteDraftFails, 'unavailable', 'Unavailable');
      deleted.add(decodeURIComponent(draft[1] ?? ''));
      return new Response(null, { status: 204 });
    }
    if (
      path.startsWith('/v1/me/reception-requests') ||
      path.startsWith('/v1/me/calendar-feed') ||
      path.startsWith('/v1/reception/')
    ) {
      if (kind !== 'citizen') return problem(403, 'forbidden', 'Citizens only');
      const answer = await reception(request, path);
      if (answer) return answer;
    }
    const file = /^\/v1\/participation\/applications\/([^/]+)\/attachments\/([^/]+)$/.exec(path);
    const found = (options.applications ?? fixtureApplications())
      .find((item) => item.id === file?.[1])
      ?.attachments.find((item) => item.id === file?.[2]);
    if (found && request.method === 'GET') {
      if (options.attachmentFails) return problem(options.attachmentFails, 'unavailable', 'Unavailable');
      return new Response(fixtureAttachmentBytes(found.contentType), {
        headers: { 'content-type': found.contentType },
      });
    }
    return problem(404, 'not-found', 'Not found');
  };
  const client = createIcraClient({
    baseUrl: api,
    lang: 'az',
    token: () => session.token,
    fetch: fetchFixture,
    retry: 0,
    timeout: scenario === 'loading' ? 2_147_483_647 : 10_000,
  });
  return { api, client };
}
