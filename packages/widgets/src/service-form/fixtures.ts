/**
 * Fixtures of `<icra-service-form>` for Storybook and unit tests: a session (see
 * ../sign-in/fixtures.ts) and an SDK client whose `fetch` serves a demo form with every field
 * kind, the service's documents, the citizen's profile and one draft kept with compare-and-swap on
 * its revision, checked with `@icra/forms` as the portal does. Typed by the SDK's schemas.
 */
import { type FormDefinition, type Lang, localizeForm, replayJourney, validateAnswers } from '@icra/forms';
import { createIcraClient, type IcraClient, type Schemas } from '@icra/sdk';
import { sessionFor } from '../core/auth.js';
import { type SignInScenario, signInFixtureApi } from '../sign-in/fixtures.js';

type Draft = Schemas['ServiceDraft'];
type Problem = Schemas['Problem'];
type Application = Schemas['ServiceApplication'];
type FullApplication = Schemas['ServiceApplication'];

const t = (az: string, en: string, ru: string) => ({ az, en, ru });

export const FIXTURE_SERVICE = 'residence-certificate';
export const FIXTURE_REFERENCE = 'K7M2X9PQ';

/** A demo form: the registry's applicant, then one step per group of field kinds, then a document. */
export function fixtureDefinition(version = 1): FormDefinition {
  return {
    service: FIXTURE_SERVICE,
    version,
    schema: {
      type: 'object',
      properties: {
        purpose: { type: 'string', minLength: 3, maxLength: 200 },
        details: { type: 'string', maxLength: 2000 },
        household: { type: 'integer', minimum: 1, maximum: 30 },
        since: { type: 'string', format: 'date' },
        reason: { type: 'string', enum: ['study', 'work'] },
        presentTo: { type: 'string', enum: ['bank', 'school', 'other'] },
        needs: { type: 'array', items: { type: 'string', enum: ['copy', 'translation'] }, uniqueItems: true },
        livesAtRegistered: { type: 'boolean' },
        actualAddress: { type: 'string', minLength: 5, maxLength: 300 },
        contactPhone: { type: 'string', pattern: '^\\+994\\d{9}$' },
        contactEmail: { type: 'string', format: 'email' },
        otherFin: { type: 'string', pattern: '^[0-9A-HJ-NP-Z]{7}$' },
        idCard: { type: 'array', items: { type: 'string' }, minItems: 1, maxItems: 1 },
      },
    },
    fields: {
      applicantName: {
        kind: 'text',
        label: t('Soyadı, adı, ata adı', 'Full name', 'Фамилия, имя, отчество'),
        registry: 'fullName',
      },
      applicantFin: { kind: 'fin', label: t('FİN', 'FIN', 'ФИН'), registry: 'fin' },
      applicantBirthDate: {
        kind: 'date',
        label: t('Doğum tarixi', 'Date of birth', 'Дата рождения'),
        registry: 'birthDate',
      },
      applicantAddress: {
        kind: 'address',
        label: t('Qeydiyyat ünvanı', 'Registered address', 'Адрес регистрации'),
        registry: 'address',
      },
      family: {
        kind: 'longText',
        label: t('Ailə üzvləri', 'Members of your family', 'Члены семьи'),
        hint: t(
          'Reyestrdə sizinlə bir ünvanda olanlar.',
          'Those registered at your address.',
          'Зарегистрированные с вами.',
        ),
        registry: 'familyMembers',
      },
      purpose: {
        kind: 'text',
        label: t('Məqsəd', 'Purpose', 'Цель'),
        hint: t('Qısa.', 'In a few words.', 'Кратко.'),
      },
      details: { kind: 'longText', label: t('Əlavə məlumat', 'More details', 'Подробности') },
      household: {
        kind: 'number',
        label: t('Ailə üzvlərinin sayı', 'Members of the household', 'Членов семьи'),
      },
      since: { kind: 'date', label: t('Nə vaxtdan', 'Living there since', 'Проживаете с') },
      reason: {
        kind: 'choice',
        label: t('Səbəb', 'Reason', 'Причина'),
        options: [
          { value: 'study', label: t('Təhsil', 'Study', 'Учёба') },
          { value: 'work', label: t('İş', 'Work', 'Работа') },
        ],
      },
      presentTo: {
        kind: 'choice',
        display: 'select',
        label: t('Hara təqdim olunacaq?', 'Where will you present it?', 'Куда представить?'),
        options: [
          { value: 'bank', label: t('Bank', 'A bank', 'Банк') },
          { value: 'school', label: t('Məktəb', 'A school', 'Школа') },
          { value: 'other', label: t('Digər', 'Other', 'Другое') },
        ],
      },
      needs: {
        kind: 'multiChoice',
        label: t('Əlavə', 'Also needed', 'Также нужно'),
        options: [
          { value: 'copy', label: t('Surət', 'A copy', 'Копия') },
          { value: 'translation', label: t('Tərcümə', 'A translation', 'Перевод') },
        ],
      },
      livesAtRegistered: {
        kind: 'yesNo',
        label: t(
          'Qeydiyyat ünvanında yaşayırsınız?',
          'Do you live at your registered address?',
          'Вы живёте по адресу регистрации?',
        ),
      },
      actualAddress: { kind: 'address', label: t('Faktiki ünvan', 'Actual address', 'Фактический адрес') },
      contactPhone: {
        kind: 'phone',
        label: t('Telefon', 'Phone', 'Телефон'),
        hint: t('+994…', '+994…', '+994…'),
      },
      contactEmail: { kind: 'email', label: t('E-poçt', 'Email', 'Эл. почта') },
      otherFin: { kind: 'fin', label: t('Digər şəxsin FİN-i', 'FIN of another person', 'ФИН другого лица') },
      idCard: {
        kind: 'file',
        label: t('Şəxsiyyət vəsiqəsi', 'Identity card', 'Удостоверение личности'),
        document: 'id-card',
      },
    },
    steps: [
      {
        id: 'applicant',
        title: t('Ərizəçi', 'Applicant', 'Заявитель'),
        fields: ['applicantName', 'applicantFin', 'applicantBirthDate', 'applicantAddress'],
        required: [],
      },
      {
        id: 'about',
        title: t('Müraciət', 'The application', 'Заявление'),
        fields: ['purpose', 'details', 'household', 'family', 'since'],
        required: ['purpose', 'household'],
      },
      {
        id: 'choices',
        title: t('Seçimlər', 'Choices', 'Выбор'),
        fields: ['reason', 'presentTo', 'needs', 'livesAtRegistered'],
        required: ['reason', 'presentTo', 'livesAtRegistered'],
      },
      {
        id: 'actual',
        title: t('Faktiki ünvan', 'Actual address', 'Фактический адрес'),
        when: { properties: { livesAtRegistered: { const: false } }, required: ['livesAtRegistered'] },
        fields: ['actualAddress'],
        required: ['actualAddress'],
      },
      {
        id: 'contact',
        title: t('Əlaqə', 'Contact', 'Контакты'),
        fields: ['contactPhone', 'contactEmail', 'otherFin'],
        required: ['contactPhone'],
      },
      {
        id: 'documents',
        title: t('Sənədlər', 'Documents', 'Документы'),
        fields: ['idCard'],
        required: ['idCard'],
      },
    ],
  };
}

function service(lang: Lang): Schemas['Service'] {
  return {
    slug: FIXTURE_SERVICE,
    title: t('Yaşayış yeri haqqında arayış', 'Residence certificate', 'Справка о месте жительства')[lang],
    documents: [
      {
        key: 'id-card',
        name: t('Şəxsiyyət vəsiqəsinin surəti', 'Copy of the identity card', 'Копия удостоверения личности')[
          lang
        ],
        hint: t('Hər iki üzü.', 'Both sides.', 'Обе стороны.')[lang],
        accept: ['application/pdf', 'image/jpeg', 'image/png'],
        maxBytes: 5 * 1024 * 1024,
        maxFiles: 1,
        required: true,
      },
    ],
  } as unknown as Schemas['Service'];
}

const CITIZEN: Schemas['MeCitizen'] = {
  firstName: 'Aysel',
  lastName: 'Məmmədova',
  patronymic: 'Rauf qızı',
  fin: '5HK2L7P',
  birthDate: '1990-03-14',
  address: 'Quba, Heydər Əliyev prospekti 12',
  authority: 'guba',
  family: [{ fullName: 'Məmmədov Ruslan Vaqif oğlu', birthDate: '1987-06-19', relation: 'spouse' }],
};

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': status < 400 ? 'application/json' : 'application/problem+json' },
  });
}

function problem(status: number, name: string, title: string, errors?: Problem['errors'], detail?: string) {
  return json(
    {
      type: `urn:icra:problem:${name}`,
      title,
      status,
      ...(detail ? { detail } : {}),
      ...(errors ? { errors } : {}),
    },
    status,
  );
}

export interface ServiceFormFixtureOptions {
  /** The session's state; default `signed-out`. */
  session?: SignInScenario;
  /** `loading` never answers the form, `error` fails it. */
  load?: 'ok' | 'loading' | 'error';
  /** A draft the citizen already has (answers), as made on another device. */
  existing?: Record<string, unknown>;
  /** The next save answers 412 (changed on another device: these answers) once. */
  staleWith?: Record<string, unknown>;
  /** The next save answers 409: the form moved to version 2, these fields to review. */
  formChangedReview?: string[];
  /** Holds a request's answer until the returned promise settles. */
  hold?: (request: Request) => Promise<void> | undefined;
  /**
   * A submitted application (FIXTURE_APPLICATION) waiting on the citizen, with these answers: the
   * authority reopened `reopened.answers` and the files of `reopened.documents`.
   */
  amend?: { answers: Record<string, unknown>; reopened: { answers: string[]; documents: string[] } };
  onRequest?: (request: Request) => void;
}

export interface ServiceFormFixture {
  api: string;
  client: IcraClient;
  /** The citizen's draft as the fixture portal keeps it. */
  draft: () => Draft | undefined;
  submitted: Application[];
  /** The application being amended, as the fixture portal keeps it. */
  amended: () => FullApplication | undefined;
}

/** The id of the application `amend` makes. */
export const FIXTURE_APPLICATION = '00000000-0000-4000-8000-0000000a9911';

export function createServiceFormFixture(options: ServiceFormFixtureOptions = {}): ServiceFormFixture {
  const api = signInFixtureApi(options.session ?? 'signed-out', 'citizen');
  const session = sessionFor(api);
  let version = 1;
  let draft: Draft | undefined;
  let stale = options.staleWith;
  let review = options.formChangedReview;
  const submitted: Application[] = [];
  const firstFile = {
    id: '00000000-0000-4000-8000-00000000f11e',
    document: 'id-card',
    filename: 'id-front.pdf',
    contentType: 'application/pdf' as const,
    size: 2048,
    createdAt: '2026-11-20T10:00:00.000Z',
  };
  let amended: FullApplication | undefined = options.amend && {
    id: FIXTURE_APPLICATION,
    reference: FIXTURE_REFERENCE,
    service: FIXTURE_SERVICE,
    serviceTitle: 'Residence certificate',
    authority: 'guba',
    status: 'needs_information',
    submittedAt: '2026-11-20T10:00:00.000Z',
    dueOn: '2026-12-04',
    overdue: false,
    statusChangedAt: '2026-11-22T10:00:00.000Z',
    assignee: null,
    formVersion: 1,
    form: localizeForm(fixtureDefinition(1), 'en') as unknown as FullApplication['form'],
    answers: { ...options.amend.answers, idCard: [firstFile.id] },
    registry: {},
    documents: [firstFile],
    lang: 'en',
    revision: 3,
    decisionReason: null,
    history: [],
    actions: ['resubmit', 'withdraw'],
    version: 1,
    request: {
      comment: 'Please add both sides of the identity card.',
      ...options.amend.reopened,
      at: '2026-11-22T10:00:00.000Z',
    },
    amendment: { ...options.amend.answers, idCard: [firstFile.id] },
    waitingSince: '2026-11-22',
    changes: [],
    result: null,
    attachedResult: null,
    rating: null,
  };
  const now = () => new Date().toISOString();
  const make = (answers: Record<string, unknown>): Draft => ({
    id: '00000000-0000-4000-8000-00000000d1af',
    service: FIXTURE_SERVICE,
    serviceTitle: 'Residence certificate',
    authority: 'guba',
    answers,
    documents: [],
    formVersion: version,
    currentFormVersion: version,
    review: [],
    revision: 1,
    createdAt: now(),
    updatedAt: now(),
  });
  if (options.existing) draft = make(options.existing);
  const langOf = (url: URL): Lang => {
    const asked = url.searchParams.get('lang') ?? 'az';
    return asked === 'en' || asked === 'ru' ? asked : 'az';
  };
  const keep = (lang: Lang, answers: Record<string, unknown>) => {
    const form = localizeForm(fixtureDefinition(version), lang);
    const checked = validateAnswers(form, answers, { lang, partial: true });
    return { kept: replayJourney(form, answers).answers, errors: checked.errors };
  };
  const fetchFixture: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    options.onRequest?.(request);
    await options.hold?.(request);
    const url = new URL(request.url);
    const path = url.pathname.slice(new URL(api).pathname.length);
    const lang = langOf(url);
    const method = request.method;
    if (path === `/v1/services/${FIXTURE_SERVICE}/form` && method === 'GET') {
      if (options.load === 'loading') return new Promise<Response>(() => {});
      if (options.load === 'error') return problem(500, 'internal', 'Internal error');
      return json(localizeForm(fixtureDefinition(version), lang));
    }
    if (path === `/v1/services/${FIXTURE_SERVICE}` && method === 'GET') return json(service(lang));
    const signedIn =
      Boolean(session.token) && request.headers.get('authorization') === `Bearer ${session.token}`;
    if (!signedIn) return problem(401, 'unauthorized', 'Sign in first');
    if (path === '/v1/me' && method === 'GET')
      return json({ sub: 'citizen:aysel', kind: 'citizen', lang, citizen: CITIZEN });
    if (path === `/v1/services/${FIXTURE_SERVICE}/drafts` && method === 'POST') {
      if (draft) return json(draft, 200);
      const body = (await request.json()) as { answers?: Record<string, unknown> };
      const { kept, errors } = keep(lang, body.answers ?? {});
      if (errors.length)
        return problem(
          422,
          'validation',
          'Invalid',
          errors.map((e) => ({ pointer: `/body/answers/${e.field}`, detail: e.message })),
        );
      draft = make(kept);
      return json(draft, 201);
    }
    if (amended && path.startsWith(`/v1/service-applications/${amended.id}`)) {
      const rest = path.slice(`/v1/service-applications/${amended.id}`.length);
      const current = amended;
      const reopened = current.request?.answers ?? [];
      const waiting = current.status === 'needs_information';
      if (rest === '' && method === 'GET') {
        return json({
          ...current,
          form: localizeForm(fixtureDefinition(1), lang) as unknown as FullApplication['form'],
        });
      }
      if (!waiting && rest !== '/resubmit') return problem(409, 'conflict', 'Not waiting');
      if (rest === '/amendment' && method === 'PUT') {
        if (request.headers.get('if-match') !== `"r${current.revision}"`)
          return problem(412, 'precondition-failed', 'Precondition failed');
        const body = (await request.clone().json()) as { answers: Record<string, unknown> };
        const refused = Object.entries(body.answers).filter(
          ([name, value]) =>
            !reopened.includes(name) && JSON.stringify(value) !== JSON.stringify(current.amendment?.[name]),
        );
        if (refused.length)
          return problem(
            422,
            'validation',
            'Invalid',
            refused.map(([name]) => ({ pointer: `/body/answers/${name}`, detail: 'Not reopened' })),
          );
        amended = {
          ...current,
          amendment: { ...current.amendment, ...body.answers },
          revision: current.revision + 1,
        };
        return json(amended);
      }
      if (rest === '/documents' && method === 'POST') {
        const file = {
          id: crypto.randomUUID(),
          document: url.searchParams.get('document') ?? '',
          filename: url.searchParams.get('filename') ?? '',
          contentType: 'application/pdf' as const,
          size: (await request.arrayBuffer()).byteLength,
          createdAt: now(),
        };
        const held = (current.amendment?.idCard as string[] | undefined) ?? [];
        amended = {
          ...current,
          documents: [...current.documents, file],
          amendment: { ...current.amendment, idCard: [...held, file.id] },
          revision: current.revision + 1,
        };
        return json(file, 201);
      }
      if (rest.startsWith('/documents/') && method === 'DELETE') {
        const id = rest.slice('/documents/'.length);
        const held = (current.amendment?.idCard as string[] | undefined) ?? [];
        amended = {
          ...current,
          amendment: { ...current.amendment, idCard: held.filter((other) => other !== id) },
          revision: current.revision + 1,
        };
        return new Response(null, { status: 204 });
      }
      if (rest === '/resubmit' && method === 'POST') {
        if (!waiting) return problem(409, 'conflict', 'Not waiting');
        amended = {
          ...current,
          status: 'resubmitted',
          answers: current.amendment ?? current.answers,
          amendment: null,
          request: null,
          version: 2,
          revision: current.revision + 1,
        };
        return json(amended);
      }
      return problem(404, 'not-found', 'Not found');
    }
    if (!draft || !path.startsWith(`/v1/service-drafts/${draft.id}`))
      return problem(404, 'not-found', 'Not found');
    const rest = path.slice(`/v1/service-drafts/${draft.id}`.length);
    if (rest === '' && method === 'GET') return json(draft);
    if (rest === '' && method === 'PUT') {
      if (stale) {
        draft = { ...draft, answers: stale, revision: draft.revision + 1 };
        stale = undefined;
        return problem(412, 'precondition-failed', 'Precondition failed');
      }
      if (review) {
        version = 2;
        draft = { ...draft, currentFormVersion: 2, review };
        review = undefined;
        return problem(409, 'form-changed', 'The form changed');
      }
      if (request.headers.get('if-match') !== `"r${draft.revision}"`)
        return problem(412, 'precondition-failed', 'Precondition failed');
      const body = (await request.json()) as { formVersion: number; answers: Record<string, unknown> };
      if (body.formVersion !== version) return problem(409, 'form-changed', 'The form changed');
      const { kept, errors } = keep(lang, body.answers);
      if (errors.length)
        return problem(
          422,
          'validation',
          'Invalid',
          errors.map((e) => ({ pointer: `/body/answers/${e.field}`, detail: e.message })),
        );
      draft = {
        ...draft,
        answers: kept,
        formVersion: version,
        review: [],
        revision: draft.revision + 1,
        updatedAt: now(),
      };
      return json(draft);
    }
    if (rest === '/documents' && method === 'POST') {
      const filename = url.searchParams.get('filename') ?? '';
      const bytes = await request.arrayBuffer();
      if (filename.startsWith('refused'))
        return problem(
          415,
          'unsupported-media-type',
          'Unsupported media type',
          undefined,
          'The file is not a PDF.',
        );
      const file = {
        id: crypto.randomUUID(),
        document: url.searchParams.get('document') ?? '',
        filename,
        contentType: (request.headers.get('content-type') ?? 'application/pdf') as 'application/pdf',
        size: bytes.byteLength,
        createdAt: now(),
      };
      draft = { ...draft, documents: [...draft.documents, file], revision: draft.revision + 1 };
      return json(file, 201);
    }
    if (rest.startsWith('/documents/') && method === 'DELETE') {
      const id = rest.slice('/documents/'.length);
      draft = {
        ...draft,
        documents: draft.documents.filter((file) => file.id !== id),
        revision: draft.revision + 1,
      };
      return new Response(null, { status: 204 });
    }
    if (rest === '/submit' && method === 'POST') {
      const again = submitted.find(
        (application) => application.id === request.headers.get('idempotency-key'),
      );
      if (again) return json(again, 201);
      const application = {
        id: request.headers.get('idempotency-key') ?? crypto.randomUUID(),
        reference: FIXTURE_REFERENCE,
        service: FIXTURE_SERVICE,
        status: 'submitted',
      } as unknown as Application;
      submitted.push(application);
      return json(application, 201);
    }
    return problem(404, 'not-found', 'Not found');
  };
  const client = createIcraClient({
    baseUrl: api,
    lang: 'az',
    token: () => session.token,
    fetch: fetchFixture,
    retry: 0,
    timeout: options.load === 'loading' ? 2_147_483_647 : 10_000,
  });
  return { api, client, draft: () => draft, submitted, amended: () => amended };
}
