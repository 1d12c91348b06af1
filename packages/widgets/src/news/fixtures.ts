/**
 * News fixtures for Storybook and unit tests: typed by the SDK's schemas, served through the SDK's
 * `fetch` option, so the widget runs its real client code against them.
 *
 * ```ts
 * const news = document.querySelector('icra-news')!;
 * news.client = createNewsFixtureClient({ scenario: 'loaded' });
 * ```
 */
import { createIcraClient, type IcraClient, type Lang, type Schemas } from '@icra/sdk';

/** An article as served; `bodyHtml` (the sanitized HTML of the text) optional, as from a server before it. */
export type NewsArticle = Omit<Schemas['NewsArticle'], 'bodyHtml'> & { bodyHtml?: string };
type NewsSummary = Schemas['NewsSummary'];
type NewsPage = Schemas['NewsPage'];
type Problem = Schemas['Problem'];
type Image = NonNullable<NewsSummary['cover']>;

/** A base URL that never resolves: fixtures answer every request before it leaves the page. */
export const FIXTURE_API = 'https://portal.example.invalid';

/** A small inline illustration, so stories show covers without a server. */
function cover(sky: string, ground: string, shape: string, alt: string): Image {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 360" width="640" height="360"><rect width="640" height="360" fill="${sky}"/><rect y="250" width="640" height="110" fill="${ground}"/>${shape}</svg>`;
  return { url: `data:image/svg+xml,${encodeURIComponent(svg)}`, alt, width: 640, height: 360 };
}

const trees = (x: number) =>
  `<rect x="${x + 26}" y="190" width="12" height="70" fill="#6b4a2b"/><circle cx="${x + 32}" cy="170" r="42" fill="#2f7d32"/>`;

const covers = {
  park: (alt: string) => cover('#cfe8f7', '#7fb069', trees(120) + trees(300) + trees(470), alt),
  courtyard: (alt: string) =>
    cover(
      '#f3e3c3',
      '#b9a27a',
      '<rect x="140" y="110" width="360" height="140" fill="#e07a5f"/><rect x="180" y="150" width="50" height="50" fill="#fdf6e3"/><rect x="295" y="150" width="50" height="50" fill="#fdf6e3"/><rect x="410" y="150" width="50" height="50" fill="#fdf6e3"/>',
      alt,
    ),
  school: (alt: string) =>
    cover(
      '#dbe7f3',
      '#9aa5b1',
      '<polygon points="320,60 520,150 120,150" fill="#3d5a80"/><rect x="150" y="150" width="340" height="100" fill="#98c1d9"/><rect x="295" y="190" width="50" height="60" fill="#293241"/>',
      alt,
    ),
  road: (alt: string) =>
    cover(
      '#e8eef2',
      '#5c6770',
      '<polygon points="250,250 390,250 520,360 120,360" fill="#3b4249"/><rect x="314" y="270" width="12" height="30" fill="#f2f2f2"/><rect x="312" y="315" width="16" height="35" fill="#f2f2f2"/>',
      alt,
    ),
  laptop: (alt: string) =>
    cover(
      '#ede7f6',
      '#b39ddb',
      '<rect x="200" y="110" width="240" height="150" rx="10" fill="#263238"/><rect x="215" y="125" width="210" height="120" fill="#80cbc4"/><rect x="170" y="260" width="300" height="18" rx="6" fill="#455a64"/>',
      alt,
    ),
};

interface Text {
  title: string;
  summary: string;
  body: string[];
  alt?: string;
}

interface Seed {
  id: string;
  publishedAt: string;
  cover?: keyof typeof covers;
  text: { az: Text } & Partial<Record<Exclude<Lang, 'az'>, Text>>;
}

const seeds: Seed[] = [
  {
    id: '0b8f4a52-3f0e-4d8e-9a57-1c2f6b9d0a01',
    publishedAt: '2026-11-24T08:30:00Z',
    cover: 'park',
    text: {
      az: {
        title: 'Xan bağında yeni piyada zolağı açıldı',
        summary: 'Parkın şimal hissəsində 1,2 kilometrlik piyada və velosiped zolağı istifadəyə verildi.',
        body: [
          'Gəncə Şəhər İcra Hakimiyyətinin təşəbbüsü ilə Xan bağında yeni piyada və velosiped zolağı açıldı.',
          'Zolaq boyunca 40 skamya, işıqlandırma dirəkləri və əlilliyi olan şəxslər üçün enişlər quraşdırılıb.',
          'Sakinlər təkliflərini portalın e-iştirak bölməsi vasitəsilə göndərə bilərlər.',
        ],
        alt: 'Xan bağında ağaclar arasında yeni zolaq',
      },
      en: {
        title: "New footpath opens in Khan's Garden",
        summary: 'A 1.2 km path for walkers and cyclists is now open in the northern part of the park.',
        body: [
          "At the initiative of the Ganja City Executive Power, a new footpath and cycle lane has opened in Khan's Garden.",
          'Forty benches, street lights and ramps for people with disabilities have been installed along the way.',
          "Residents can send their suggestions through the portal's e-participation section.",
        ],
        alt: "The new path among the trees of Khan's Garden",
      },
      ru: {
        title: 'В Ханском саду открылась новая пешеходная дорожка',
        summary: 'В северной части парка открыта дорожка длиной 1,2 км для пешеходов и велосипедистов.',
        body: [
          'По инициативе Исполнительной власти города Гянджа в Ханском саду открыта новая пешеходная и велосипедная дорожка.',
          'Вдоль неё установлены 40 скамеек, фонари и пандусы для людей с инвалидностью.',
          'Жители могут направить свои предложения через раздел электронного участия портала.',
        ],
        alt: 'Новая дорожка среди деревьев Ханского сада',
      },
    },
  },
  {
    id: '0b8f4a52-3f0e-4d8e-9a57-1c2f6b9d0a02',
    publishedAt: '2026-11-21T10:00:00Z',
    cover: 'courtyard',
    text: {
      az: {
        title: 'Şəhərdə 12 həyətyanı sahə abadlaşdırılıb',
        summary: 'Yaşayış binalarının həyətlərində uşaq meydançaları və yaşıllıq zolaqları yaradılıb.',
        body: [
          'İl ərzində şəhərin müxtəlif məhəllələrində 12 həyətyanı sahə abadlaşdırılıb.',
          'Hər sahədə uşaq meydançası, idman qurğuları və yeni yaşıllıq zolaqları salınıb.',
        ],
        alt: 'Abadlaşdırılmış həyətdə yaşayış binası',
      },
      en: {
        title: 'Twelve courtyards landscaped across the city',
        summary: 'Playgrounds and green strips have been laid out in the courtyards of residential blocks.',
        body: [
          'Over the year, twelve courtyards have been landscaped in different neighbourhoods of the city.',
          'Each now has a playground, outdoor exercise equipment and new planting.',
        ],
        alt: 'A residential block with a landscaped courtyard',
      },
      ru: {
        title: 'В городе благоустроено 12 дворов',
        summary: 'Во дворах жилых домов появились детские площадки и зелёные зоны.',
        body: [
          'За год в разных кварталах города благоустроено 12 дворовых территорий.',
          'В каждом дворе оборудованы детская площадка, спортивные тренажёры и новые зелёные зоны.',
        ],
        alt: 'Жилой дом с благоустроенным двором',
      },
    },
  },
  {
    id: '0b8f4a52-3f0e-4d8e-9a57-1c2f6b9d0a03',
    publishedAt: '2026-11-19T07:15:00Z',
    text: {
      az: {
        title: 'Dekabr ayı üçün vətəndaşların qəbulu cədvəli açıqlandı',
        summary: 'İcra başçısı və müavinlər hər çərşənbə günü vətəndaşları qəbul edəcəklər.',
        body: [
          'Dekabr ayında vətəndaşların qəbulu hər çərşənbə saat 10:00-dan 13:00-dək keçiriləcək.',
          'Qəbula portalın "Vətəndaş qəbulu" bölməsində onlayn yazılmaq mümkündür.',
        ],
      },
      en: {
        title: 'Citizen reception schedule for December published',
        summary: 'The head of the executive power and the deputies will receive citizens every Wednesday.',
        body: [
          'In December, citizens will be received every Wednesday from 10:00 to 13:00.',
          'Appointments can be booked online in the "Citizen reception" section of the portal.',
        ],
      },
      ru: {
        title: 'Опубликован график приёма граждан на декабрь',
        summary: 'Глава исполнительной власти и заместители будут принимать граждан по средам.',
        body: [
          'В декабре приём граждан будет проходить каждую среду с 10:00 до 13:00.',
          'Записаться на приём можно онлайн в разделе портала «Приём граждан».',
        ],
      },
    },
  },
  {
    id: '0b8f4a52-3f0e-4d8e-9a57-1c2f6b9d0a04',
    publishedAt: '2026-11-14T12:45:00Z',
    cover: 'school',
    text: {
      az: {
        title: 'Doqquz məktəbdə istilik sistemi yeniləndi',
        summary: 'Payız-qış mövsümünə hazırlıq çərçivəsində qazanxanalar və radiatorlar dəyişdirildi.',
        body: [
          'Doqquz ümumtəhsil məktəbində istilik sistemi tam yenilənib.',
          'İşlər dərs prosesinə mane olmadan, həftəsonları aparılıb.',
        ],
        alt: 'Yenilənmiş məktəb binası',
      },
      en: {
        title: 'Heating renewed in nine schools',
        summary: 'Boilers and radiators have been replaced to prepare for the autumn and winter season.',
        body: [
          'The heating systems of nine secondary schools have been fully renewed.',
          'The work was done at weekends so that lessons were not interrupted.',
        ],
        alt: 'A renovated school building',
      },
      ru: {
        title: 'В девяти школах обновлено отопление',
        summary: 'В рамках подготовки к осенне-зимнему сезону заменены котлы и радиаторы.',
        body: [
          'В девяти общеобразовательных школах полностью обновлена система отопления.',
          'Работы проводились по выходным, чтобы не мешать учебному процессу.',
        ],
        alt: 'Обновлённое здание школы',
      },
    },
  },
  {
    id: '0b8f4a52-3f0e-4d8e-9a57-1c2f6b9d0a05',
    publishedAt: '2026-11-10T09:00:00Z',
    cover: 'road',
    text: {
      az: {
        title: 'Gəncə–Goranboy yolunun təmiri başa çatıb',
        summary: '14 kilometrlik hissədə asfalt örtüyü yenilənib, yol nişanları quraşdırılıb.',
        body: [
          'Gəncə–Goranboy avtomobil yolunun 14 kilometrlik hissəsində əsaslı təmir işləri başa çatıb.',
          'Yol boyunca yeni piyada keçidləri və avtobus dayanacaqları salınıb.',
        ],
        alt: 'Təmir olunmuş yol',
      },
      ru: {
        title: 'Завершён ремонт дороги Гянджа–Геранбой',
        summary: 'На участке длиной 14 км обновлено покрытие и установлены дорожные знаки.',
        body: [
          'Завершён капитальный ремонт 14-километрового участка автодороги Гянджа–Геранбой.',
          'Вдоль дороги обустроены новые пешеходные переходы и автобусные остановки.',
        ],
        alt: 'Отремонтированная дорога',
      },
    },
  },
  {
    id: '0b8f4a52-3f0e-4d8e-9a57-1c2f6b9d0a06',
    publishedAt: '2026-11-05T14:20:00Z',
    cover: 'laptop',
    text: {
      az: {
        title: 'Gənclər üçün rəqəmsal bacarıqlar kursu başlayır',
        summary: 'Pulsuz kurslarda elektron xidmətlərdən istifadə və kibertəhlükəsizlik öyrədiləcək.',
        body: [
          'Gənclər Evində 16–29 yaşlı gənclər üçün pulsuz rəqəmsal bacarıqlar kursu başlayır.',
          'Qeydiyyat portal vasitəsilə noyabrın 30-dək davam edəcək.',
        ],
        alt: 'Ekranı açıq noutbuk',
      },
      en: {
        title: 'Digital skills course for young people starts',
        summary: 'Free classes will cover using e-services and staying safe online.',
        body: [
          'A free digital skills course for people aged 16 to 29 starts at the Youth House.',
          'Registration is open through the portal until 30 November.',
        ],
        alt: 'An open laptop',
      },
      ru: {
        title: 'Стартует курс цифровых навыков для молодёжи',
        summary: 'На бесплатных занятиях научат пользоваться электронными услугами и безопасности в сети.',
        body: [
          'В Доме молодёжи стартует бесплатный курс цифровых навыков для молодых людей 16–29 лет.',
          'Регистрация через портал продлится до 30 ноября.',
        ],
        alt: 'Открытый ноутбук',
      },
    },
  },
  {
    id: '0b8f4a52-3f0e-4d8e-9a57-1c2f6b9d0a07',
    publishedAt: '2026-10-30T06:40:00Z',
    cover: 'park',
    text: {
      az: {
        title: 'Nizami Gəncəvi küçəsində ağacəkmə aksiyası keçirildi',
        summary: 'Aksiyada 300-dən çox sakin iştirak edib, 500 ağac əkilib.',
        body: ['Nizami Gəncəvi küçəsi boyunca 500 çinar və şam ağacı əkilib.'],
        alt: 'Küçə boyunca əkilmiş gənc ağaclar',
      },
      en: {
        title: 'Tree-planting day on Nizami Ganjavi Street',
        summary: 'More than 300 residents took part and 500 trees were planted.',
        body: ['Five hundred plane trees and pines have been planted along Nizami Ganjavi Street.'],
        alt: 'Young trees planted along the street',
      },
      ru: {
        title: 'На улице Низами Гянджеви прошла акция по посадке деревьев',
        summary: 'В акции приняли участие более 300 жителей, высажено 500 деревьев.',
        body: ['Вдоль улицы Низами Гянджеви высажено 500 чинар и сосен.'],
        alt: 'Молодые деревья вдоль улицы',
      },
    },
  },
];

/** Every fixture article as the API serves it in `lang` (Azerbaijani where a translation is missing). */
export function newsArticles(lang: Lang, authority = 'ganja'): NewsArticle[] {
  return seeds.map((seed) => {
    const served: Lang = seed.text[lang] ? lang : 'az';
    const text = seed.text[served] ?? seed.text.az;
    return {
      id: seed.id,
      authority,
      title: text.title,
      summary: text.summary,
      body: text.body,
      bodyHtml: text.body.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join(''),
      publishedAt: seed.publishedAt,
      cover: seed.cover ? covers[seed.cover](text.alt ?? '') : null,
      lang: served,
    };
  });
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

export function toSummary({ body: _body, bodyHtml: _bodyHtml, ...summary }: NewsArticle): NewsSummary {
  return summary;
}

/** What the fixture API does: answer with data, answer with nothing, fail, or never answer. */
export type NewsScenario = 'loaded' | 'empty' | 'error' | 'loading';

export interface NewsFixtureOptions {
  scenario?: NewsScenario;
  /** Milliseconds before each answer. Default 0. */
  delay?: number;
  /** Articles to serve instead of the built-in ones (all languages get the same). */
  articles?: NewsArticle[];
  /** Called with every request the client makes. */
  onRequest?: (request: Request) => void;
}

function json(body: NewsPage | NewsArticle | Problem, status = 200): Response {
  const type = status >= 400 ? 'application/problem+json' : 'application/json';
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });
}

function problem(status: number, name: string, title: string): Response {
  return json({ type: `urn:icra:problem:${name}`, title, status }, status);
}

function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}

/** A `fetch` that serves the news operations of the API from fixtures. */
export function newsFixtureFetch(options: NewsFixtureOptions = {}): typeof fetch {
  const { scenario = 'loaded', delay = 0 } = options;
  return async (input, init) => {
    const request = input instanceof Request ? input : new Request(input, init);
    options.onRequest?.(request);
    const signal = request.signal;
    if (scenario === 'loading') {
      await new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason)));
    }
    if (delay > 0) await wait(delay, signal);
    if (scenario === 'error') return problem(500, 'internal', 'Internal error');

    const url = new URL(request.url);
    const lang =
      (url.searchParams.get('lang') as Lang | null) ??
      ((request.headers.get('accept-language') ?? 'az').slice(0, 2) as Lang);
    const articles = options.articles ?? newsArticles(['az', 'en', 'ru'].includes(lang) ? lang : 'az');
    const authority = url.searchParams.get('authority');
    const visible =
      scenario === 'empty' ? [] : articles.filter((a) => !authority || a.authority === authority);

    const article = /\/v1\/news\/([^/]+)$/.exec(url.pathname);
    if (article) {
      const found = visible.find((a) => a.id === decodeURIComponent(article[1] ?? ''));
      return found ? json(found) : problem(404, 'not-found', 'Not found');
    }
    if (url.pathname.endsWith('/v1/news')) {
      const limit = Number(url.searchParams.get('limit') ?? 10);
      const offset = Number(url.searchParams.get('cursor')?.replace(/^offset-/, '') ?? 0);
      const items = visible.slice(offset, offset + limit).map(toSummary);
      const next = offset + limit < visible.length ? `offset-${offset + limit}` : null;
      return json({ items, nextCursor: next });
    }
    return problem(404, 'not-found', 'Not found');
  };
}

/** An SDK client whose every request is answered by the fixtures; give it to `<icra-news>.client`. */
export function createNewsFixtureClient(options: NewsFixtureOptions & { lang?: Lang } = {}): IcraClient {
  return createIcraClient({
    baseUrl: FIXTURE_API,
    lang: options.lang ?? 'az',
    fetch: newsFixtureFetch(options),
    retry: 0,
    // "loading" never answers; keep ky's timeout from turning it into an error.
    timeout: options.scenario === 'loading' ? 2_147_483_647 : 10_000,
  });
}
