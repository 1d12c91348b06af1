/**
 * Fixtures of `<icra-service-catalog>` for Storybook and unit tests: a small catalogue typed by the
 * SDK's schemas, served through the SDK's `fetch` option with the portal's filters (authority,
 * category, `q` in the language served), cursor paging and per-language texts, so the widget runs
 * its real client code against them. `hold` keeps an answer back until the test lets it go.
 *
 * ```ts
 * document.querySelector('icra-service-catalog')!.client = createServiceCatalogFixtureClient();
 * ```
 */
import { createIcraClient, type IcraClient, type Lang, type Schemas } from '@icra/sdk';

type Service = Schemas['Service'];
type ServiceSummary = Schemas['ServiceSummary'];
type ServiceDocument = Schemas['ServiceDocument'];
type Problem = Schemas['Problem'];

/** A base URL that never resolves: fixtures answer every request before it leaves the page. */
export const FIXTURE_API = 'https://portal.example.invalid';

const MB = 1024 * 1024;

type Texts<K extends string> = Record<K, string>;
type PerLang<T> = { az: T } & Partial<Record<Exclude<Lang, 'az'>, T>>;

interface SeedDocument extends Omit<ServiceDocument, 'name' | 'hint'> {
  text: Record<Lang, Texts<'name' | 'hint'>>;
}

interface Seed
  extends Omit<
    Service,
    'title' | 'summary' | 'description' | 'legalBasis' | 'offline' | 'lang' | 'documents'
  > {
  text: PerLang<Texts<'title' | 'summary' | 'description' | 'legalBasis'> & { offline?: string }>;
  documents: SeedDocument[];
}

const idCard: SeedDocument = {
  key: 'id-card',
  accept: ['application/pdf', 'image/jpeg'],
  maxBytes: 5 * MB,
  maxFiles: 2,
  required: true,
  text: {
    az: { name: 'Şəxsiyyət vəsiqəsinin surəti', hint: 'Vəsiqənin hər iki üzünü oxunaqlı skan edin.' },
    en: {
      name: 'Copy of the identity card',
      hint: 'Scan both sides of the card so that the text is legible.',
    },
    ru: { name: 'Копия удостоверения личности', hint: 'Отсканируйте обе стороны удостоверения разборчиво.' },
  },
};

const lease: SeedDocument = {
  key: 'dwelling-document',
  accept: ['application/pdf'],
  maxBytes: 10 * MB,
  maxFiles: 1,
  required: false,
  text: {
    az: { name: 'Kirayə müqaviləsi', hint: 'Mənzil kirayədədirsə, müqavilənin bütün səhifələri.' },
    en: { name: 'Lease agreement', hint: 'If the dwelling is rented, every page of the lease.' },
    ru: { name: 'Договор аренды', hint: 'Если жильё арендовано, все страницы договора.' },
  },
};

const REGULATIONS = {
  az: 'Yerli icra hakimiyyətləri haqqında Əsasnamə',
  en: 'Regulations on Local Executive Authorities',
  ru: 'Положение о местных органах исполнительной власти',
};

const ALL = ['ganja', 'guba', 'masalli'];

const seeds: Seed[] = [
  {
    slug: 'residence-certificate',
    category: 'residence',
    localExecutive: true,
    authorities: ALL,
    feeQapik: 0,
    processingDays: 1,
    electronic: true,
    documents: [idCard, lease],
    text: {
      az: {
        title: 'Yaşayış yeri haqqında arayış',
        summary: 'Faktiki yaşayış yerini təsdiq edən arayış.',
        description: 'Arayış banka, məktəbə və ya digər təşkilata təqdim etmək üçün verilir.',
        legalBasis: REGULATIONS.az,
      },
      en: {
        title: 'Certificate of residence',
        summary: 'A certificate confirming where the applicant actually lives.',
        description: 'The certificate is issued for a bank, a school or another organisation.',
        legalBasis: REGULATIONS.en,
      },
      ru: {
        title: 'Справка о месте жительства',
        summary: 'Справка, подтверждающая фактическое место жительства.',
        description: 'Справка выдаётся для банка, школы или другой организации.',
        legalBasis: REGULATIONS.ru,
      },
    },
  },
  {
    slug: 'family-composition-reference',
    category: 'family',
    localExecutive: true,
    authorities: ALL,
    feeQapik: 0,
    processingDays: 2,
    electronic: true,
    documents: [idCard],
    text: {
      az: {
        title: 'Ailə tərkibi haqqında arayış',
        summary: 'Ailə üzvlərini göstərən arayış.',
        description: 'Arayışda eyni ünvanda yaşayan ailə üzvləri göstərilir.',
        legalBasis: REGULATIONS.az,
      },
      en: {
        title: 'Family composition certificate',
        summary: 'A certificate listing the members of the family.',
        description: 'The certificate lists the family members who live at the same address.',
        legalBasis: REGULATIONS.en,
      },
      ru: {
        title: 'Справка о составе семьи',
        summary: 'Справка с перечнем членов семьи.',
        description: 'В справке указаны члены семьи, проживающие по одному адресу.',
        legalBasis: REGULATIONS.ru,
      },
    },
  },
  {
    slug: 'social-benefit-certificate',
    category: 'social',
    localExecutive: true,
    authorities: ALL,
    feeQapik: 0,
    processingDays: 3,
    electronic: true,
    documents: [],
    text: {
      az: {
        title: 'Sosial müavinət üçün arayış',
        summary: 'Müavinət almaq üçün tələb olunan arayış.',
        description: 'Arayış sosial müdafiə orqanına təqdim edilir.',
        legalBasis: REGULATIONS.az,
      },
      en: {
        title: 'Certificate for a social benefit',
        summary: 'The certificate needed to claim a benefit.',
        description: 'The certificate is submitted to the social protection office.',
        legalBasis: REGULATIONS.en,
      },
      ru: {
        title: 'Справка для социального пособия',
        summary: 'Справка, необходимая для получения пособия.',
        description: 'Справка представляется в орган социальной защиты.',
        legalBasis: REGULATIONS.ru,
      },
    },
  },
  {
    slug: 'repair-construction-permit',
    category: 'construction',
    localExecutive: true,
    authorities: ALL,
    feeQapik: 0,
    processingDays: 15,
    electronic: true,
    documents: [idCard],
    // No English translation: served in Azerbaijani.
    text: {
      az: {
        title: 'Təmir-tikinti işlərinə icazə',
        summary: 'Fərdi evdə təmir və tikinti işləri üçün icazə.',
        description: 'İcazə layihəyə baxıldıqdan sonra verilir.',
        legalBasis: REGULATIONS.az,
      },
      ru: {
        title: 'Разрешение на ремонтно-строительные работы',
        summary: 'Разрешение на ремонт и строительство в частном доме.',
        description: 'Разрешение выдаётся после рассмотрения проекта.',
        legalBasis: REGULATIONS.ru,
      },
    },
  },
  {
    slug: 'archive-extract',
    category: 'archive',
    localExecutive: true,
    authorities: ALL,
    feeQapik: 150,
    processingDays: 10,
    electronic: true,
    documents: [idCard],
    text: {
      az: {
        title: 'Arxiv arayışı',
        summary: 'İcra hakimiyyətinin arxivindən çıxarış.',
        description: 'Çıxarış arxivdə saxlanan qərarlardan verilir.',
        legalBasis: 'Milli Arxiv Fondu haqqında Qanun',
      },
      en: {
        title: 'Archive extract',
        summary: "An extract from the executive power's archive.",
        description: 'The extract is made from the decisions kept in the archive.',
        legalBasis: 'Law on the National Archive Fund',
      },
      ru: {
        title: 'Архивная выписка',
        summary: 'Выписка из архива исполнительной власти.',
        description: 'Выписка делается из решений, хранящихся в архиве.',
        legalBasis: 'Закон о Национальном архивном фонде',
      },
    },
  },
  {
    slug: 'outdoor-advertising-permit',
    category: 'business',
    localExecutive: false,
    authorities: ALL,
    feeQapik: 500,
    processingDays: 21,
    electronic: false,
    documents: [idCard],
    text: {
      az: {
        title: 'Açıq məkanda reklam icazəsi',
        summary: 'Küçədə reklam lövhəsi qoymaq üçün icazə.',
        description: 'İcazə reklamın yeri və ölçüsü razılaşdırıldıqdan sonra verilir.',
        legalBasis: 'Reklam haqqında Qanun',
        offline: 'İcra hakimiyyətinin qəbul otağına, iş günləri 09:00–18:00.',
      },
      en: {
        title: 'Outdoor advertising permit',
        summary: 'A permit to put up a billboard in the street.',
        description: 'The permit is issued once the place and size of the billboard are agreed.',
        legalBasis: 'Law on Advertising',
        offline: "The executive power's reception office, working days 09:00–18:00.",
      },
      ru: {
        title: 'Разрешение на наружную рекламу',
        summary: 'Разрешение на установку рекламного щита на улице.',
        description: 'Разрешение выдаётся после согласования места и размера щита.',
        legalBasis: 'Закон о рекламе',
        offline: 'Приёмная исполнительной власти, в рабочие дни 09:00–18:00.',
      },
    },
  },
  {
    slug: 'temporary-trade-place',
    category: 'business',
    localExecutive: true,
    authorities: ['guba'],
    feeQapik: 200,
    processingDays: 5,
    electronic: true,
    documents: [idCard],
    text: {
      az: {
        title: 'Müvəqqəti ticarət yeri',
        summary: 'Yarmarkada müvəqqəti ticarət yeri üçün icazə.',
        description: 'Yer yarmarka müddətinə ayrılır.',
        legalBasis: REGULATIONS.az,
      },
      en: {
        title: 'Temporary trading place',
        summary: 'A permit for a temporary stall at a fair.',
        description: 'The place is given for the duration of the fair.',
        legalBasis: REGULATIONS.en,
      },
      ru: {
        title: 'Временное торговое место',
        summary: 'Разрешение на временное торговое место на ярмарке.',
        description: 'Место предоставляется на время ярмарки.',
        legalBasis: REGULATIONS.ru,
      },
    },
  },
];

/** Every fixture service as the portal serves it in `lang` (Azerbaijani where a translation is missing). */
export function fixtureServices(lang: Lang): Service[] {
  return seeds.map(({ text, documents, ...seed }) => {
    const served: Lang = text[lang] ? lang : 'az';
    const { offline, ...texts } = text[served] ?? text.az;
    return {
      ...seed,
      ...texts,
      offline: offline ?? null,
      lang: served,
      documents: documents.map(({ text: documentText, ...document }) => ({
        ...document,
        ...documentText[served],
      })),
    };
  });
}

export function toSummary({
  description: _description,
  documents: _documents,
  legalBasis: _legalBasis,
  offline: _offline,
  ...summary
}: Service): ServiceSummary {
  return summary;
}

/** What the fixture portal does with the list: answer with data, answer with nothing, fail, or never answer. */
export type ServiceCatalogScenario = 'loaded' | 'empty' | 'error' | 'loading';

export interface ServiceCatalogFixtureOptions {
  scenario?: ServiceCatalogScenario;
  /** What the fixture does with a service's details: answer (default), fail, or never answer. */
  detail?: 'loaded' | 'error' | 'loading';
  /** Whether the pages after the first fail (the first answers as `scenario` says). */
  moreFails?: boolean;
  /** Milliseconds before each answer (for Storybook). Default 0. */
  delay?: number;
  /** Awaited before answering a request: a test holds an answer until it lets it go. */
  hold?: (request: Request) => Promise<void> | undefined;
  /** Called with every request the client makes. */
  onRequest?: (request: Request) => void;
}

function json(body: unknown, status = 200): Response {
  const type = status >= 400 ? 'application/problem+json' : 'application/json';
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });
}

function problem(status: number, name: string, title: string): Response {
  const body: Problem = { type: `urn:icra:problem:${name}`, title, status };
  return json(body, status);
}

/** Resolves when `signal` aborts… by rejecting: an answer that never comes. */
function never(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    if (signal.aborted) reject(signal.reason);
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}

function wait(ms: number, signal: AbortSignal): Promise<void> {
  return Promise.race([new Promise<void>((resolve) => setTimeout(resolve, ms)), never(signal)]);
}

/** A `fetch` that serves the catalogue's two operations from the fixtures. */
export function serviceCatalogFixtureFetch(options: ServiceCatalogFixtureOptions = {}): typeof fetch {
  const { scenario = 'loaded', detail = 'loaded', delay = 0 } = options;
  return async (input, init) => {
    const request = input instanceof Request ? input : new Request(input, init);
    options.onRequest?.(request);
    const signal = request.signal;
    const held = options.hold?.(request);
    if (held) await Promise.race([held, never(signal)]);
    if (delay > 0) await wait(delay, signal);

    const url = new URL(request.url);
    const asked = url.searchParams.get('lang');
    const lang: Lang = asked === 'en' || asked === 'ru' ? asked : 'az';
    const one = /\/v1\/services\/([^/]+)$/.exec(url.pathname);
    if (one) {
      if (detail === 'loading') await never(signal);
      if (detail === 'error') return problem(500, 'internal', 'Internal error');
      const found = fixtureServices(lang).find(
        (service) => service.slug === decodeURIComponent(one[1] ?? ''),
      );
      return found ? json(found) : problem(404, 'not-found', 'Not found');
    }
    if (!url.pathname.endsWith('/v1/services')) return problem(404, 'not-found', 'Not found');
    if (scenario === 'loading') await never(signal);
    if (scenario === 'error' || (options.moreFails && url.searchParams.has('cursor'))) {
      return problem(500, 'internal', 'Internal error');
    }

    const authority = url.searchParams.get('authority');
    const category = url.searchParams.get('category');
    const q = url.searchParams.get('q')?.toLocaleLowerCase(lang);
    const visible =
      scenario === 'empty'
        ? []
        : fixtureServices(lang).filter(
            (service) =>
              (!authority || service.authorities.includes(authority)) &&
              (!category || service.category === category) &&
              (!q ||
                [service.title, service.summary, service.description].some((text) =>
                  text.toLocaleLowerCase(lang).includes(q),
                )),
          );
    const limit = Number(url.searchParams.get('limit') ?? 20);
    const offset = Number(url.searchParams.get('cursor')?.replace(/^offset-/, '') ?? 0);
    const items = visible.slice(offset, offset + limit).map(toSummary);
    const nextCursor = offset + limit < visible.length ? `offset-${offset + limit}` : null;
    return json({ items, nextCursor });
  };
}

/** An SDK client whose every request the fixtures answer; give it to `<icra-service-catalog>.client`. */
export function createServiceCatalogFixtureClient(options: ServiceCatalogFixtureOptions = {}): IcraClient {
  return createIcraClient({
    baseUrl: FIXTURE_API,
    fetch: serviceCatalogFixtureFetch(options),
    retry: 0,
    // An answer held or never given must not turn into ky's timeout error.
    timeout: 2_147_483_647,
  });
}

/** An answer a test holds back: `release()` lets it go. */
export function heldAnswer(): { promise: Promise<void>; release: () => void } {
  let release!: () => void;
  const promise = new Promise<void>((resolve) => {
    release = resolve;
  });
  return { promise, release };
}
