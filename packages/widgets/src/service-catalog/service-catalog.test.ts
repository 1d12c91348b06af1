import { createIcraClient } from '@icra/sdk';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { $, $$, announced, cleanup, deepActiveElement, mount, until } from '../../test/helpers.js';
import '../index.js';
import type { IcraServiceSelectedEvent } from './events.js';
import {
  createServiceCatalogFixtureClient,
  FIXTURE_API,
  fixtureServices,
  heldAnswer,
  type ServiceCatalogFixtureOptions,
  serviceCatalogFixtureFetch,
} from './fixtures.js';
import type { IcraServiceCatalog } from './service-catalog.js';

beforeEach(cleanup);
afterEach(cleanup);

async function catalog(
  attributes: string,
  options: ServiceCatalogFixtureOptions = {},
): Promise<IcraServiceCatalog> {
  return mount<IcraServiceCatalog>(
    `<icra-service-catalog ${attributes}></icra-service-catalog>`,
    (element) => {
      element.client = createServiceCatalogFixtureClient(options);
    },
  );
}

/** The listed services' titles, in order. */
function titles(element: Element): string[] {
  return $$(element, '.title-button').map((button) => button.textContent?.trim() ?? '');
}

/** Text with its whitespace collapsed, as it reads. */
function text(element: Element | null | undefined): string {
  return element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** Whether `element` has a box on screen. */
function shown(element: Element | null): boolean {
  const box = element?.getBoundingClientRect();
  return Boolean(box && box.width > 0 && box.height > 0);
}

/** The query of every list request made. */
function queries(requests: Request[]): URLSearchParams[] {
  return requests
    .map((request) => new URL(request.url))
    .filter((url) => url.pathname.endsWith('/v1/services'))
    .map((url) => url.searchParams);
}

describe('<icra-service-catalog> states', () => {
  it('shows a busy skeleton while the list loads, then the services', async () => {
    const held = heldAnswer();
    const element = await catalog('lang="en"', { hold: () => held.promise });
    const skeleton = await until(() => $(element, '.skeleton'));
    expect(shown(skeleton)).toBe(true);
    expect(skeleton.getAttribute('aria-hidden')).toBe('true');
    expect($$(element, '.skeleton .bone').every(shown)).toBe(true);
    expect($(element, 'section')?.getAttribute('aria-busy')).toBe('true');
    await until(() => announced(element) === 'Loading the services…');
    // The search stays usable while the list loads.
    expect(shown($(element, '#q'))).toBe(true);

    held.release();
    await until(() => titles(element).length === 7);
    expect($(element, '.skeleton')).toBeNull();
    expect($(element, 'section')?.getAttribute('aria-busy')).toBe('false');
    await until(() => announced(element) === 'Showing 7 services');
  });

  it('shows an error with a retry button that loads again', async () => {
    let failing = true;
    const fixtures = serviceCatalogFixtureFetch();
    const fail = serviceCatalogFixtureFetch({ scenario: 'error' });
    const element = await mount<IcraServiceCatalog>(
      '<icra-service-catalog lang="en"></icra-service-catalog>',
      (element) => {
        element.client = createIcraClient({
          baseUrl: FIXTURE_API,
          retry: 0,
          fetch: (input, init) => (failing ? fail(input, init) : fixtures(input, init)),
        });
      },
    );
    const retry = await until(() => $(element, '[part~="retry"]'));
    expect(text($(element, '[part~="state"]'))).toBe('Could not load the services. Try again');
    expect(shown(retry)).toBe(true);
    expect($(element, 'section')?.getAttribute('aria-busy')).toBe('false');
    await until(() => announced(element) === 'Could not load the services.');

    failing = false;
    await userEvent.click(retry);
    await until(() => titles(element).length === 7);
    expect($(element, '[part~="retry"]')).toBeNull();
    await until(() => announced(element) === 'Showing 7 services');
  });

  it('says the list is empty, naming the query and the category it was asked for', async () => {
    const element = await catalog('lang="en"');
    await until(() => titles(element).length === 7);
    await userEvent.type($(element, '#q')!, 'passport{Enter}');
    const state = await until(() => $(element, '[part~="state"]'));
    expect(text(state)).toBe('No services match “passport”.');
    expect(shown(state)).toBe(true);
    expect($(element, '[part~="list"]')).toBeNull();
    await until(() => announced(element) === 'No services match “passport”.');

    await userEvent.selectOptions($<HTMLSelectElement>(element, '#category')!, 'land');
    await until(() => text($(element, '[part~="state"]')) === 'No services in “Land” match “passport”.');

    const ru = await catalog('lang="ru"', { scenario: 'empty' });
    await until(() => text($(ru, '[part~="state"]')) === 'Услуг пока нет.');
  });

  it('says it is not set up when no API address is given', async () => {
    const element = await mount<IcraServiceCatalog>(
      '<icra-service-catalog lang="en"></icra-service-catalog>',
    );
    await until(() => text($(element, '[part~="state"]')).includes('no API address'));
  });
});

describe('<icra-service-catalog> cards', () => {
  it('shows title, summary, fee, processing time and the local-executive mark, in English', async () => {
    const element = await catalog('lang="en"');
    await until(() => titles(element).length === 7);
    expect(titles(element)[0]).toBe('Certificate of residence');
    const cards = $$(element, '[part~="card"]');
    expect(cards.every(shown)).toBe(true);
    const first = cards[0]!;
    expect(first.localName).toBe('article');
    expect(first.querySelector('h2 .title-button')).not.toBeNull();
    expect(text(first.querySelector('[part~="summary"]'))).toBe(
      'A certificate confirming where the applicant actually lives.',
    );
    expect(text(first.querySelector('[part~="facts"]'))).toBe('Fee Free Processing time 1 working day');
    expect(text(first.querySelector('[part~="local-executive"]'))).toBe(
      'Public service of the local executive power',
    );
    const archive = cards[4]!;
    expect(text(archive.querySelector('[part~="facts"] dd'))).toBe('₼1.50');
    expect(text(archive.querySelectorAll('[part~="facts"] dd')[1])).toBe('10 working days');
    // Not one of the local executive powers' public services: no mark.
    expect(cards[5]!.querySelector('[part~="local-executive"]')).toBeNull();
    expect(text(cards[5]!.querySelector('[part~="facts"] dd'))).toBe('₼5');
    // A service without an English translation is served in Azerbaijani and marked so.
    const fallback = cards[3]!;
    expect(fallback.querySelector('h2')?.getAttribute('lang')).toBe('az');
    expect(fallback.querySelector('[part~="summary"]')?.getAttribute('lang')).toBe('az');
    expect(text(fallback.querySelector('.title-button'))).toBe('Təmir-tikinti işlərinə icazə');
  });

  it('speaks Azerbaijani and Russian: free, manat and working days by each language’s rules', async () => {
    const az = await catalog('lang="az"');
    const ru = await catalog('lang="ru"');
    await until(() => titles(az).length === 7 && titles(ru).length === 7);
    const facts = (element: Element) =>
      $$(element, '[part~="facts"]').map((dl) => [...dl.querySelectorAll('dd')].map((dd) => text(dd)));
    expect(facts(az).slice(0, 6)).toEqual([
      ['Ödənişsiz', '1 iş günü'],
      ['Ödənişsiz', '2 iş günü'],
      ['Ödənişsiz', '3 iş günü'],
      ['Ödənişsiz', '15 iş günü'],
      ['1,50 ₼', '10 iş günü'],
      ['5 ₼', '21 iş günü'],
    ]);
    expect(facts(ru).slice(0, 6)).toEqual([
      ['Бесплатно', '1 рабочий день'],
      ['Бесплатно', '2 рабочих дня'],
      ['Бесплатно', '3 рабочих дня'],
      ['Бесплатно', '15 рабочих дней'],
      ['1,50 ₼', '10 рабочих дней'],
      ['5 ₼', '21 рабочий день'],
    ]);
    expect(text($(az, '[part~="local-executive"]'))).toBe('Yerli icra hakimiyyətinin ictimai xidməti');
    expect(text($(ru, 'label[for="q"]'))).toBe('Поиск услуг');
  });

  it('loads more with the cursor, moves focus to the first new service and says how many were added', async () => {
    const requests: Request[] = [];
    const element = await catalog('lang="en" page-size="3"', { onRequest: (r) => requests.push(r) });
    await until(() => titles(element).length === 3);
    await userEvent.click($(element, '[part~="load-more"]')!);
    await until(() => titles(element).length === 6);
    expect(queries(requests).at(-1)?.get('cursor')).toBe('offset-3');
    expect(deepActiveElement()?.textContent?.trim()).toBe(titles(element)[3]);
    await until(() => announced(element) === '3 more services added');

    await userEvent.click($(element, '[part~="load-more"]')!);
    await until(() => titles(element).length === 7);
    expect($(element, '[part~="load-more"]')).toBeNull();
    expect(deepActiveElement()?.textContent?.trim()).toBe(titles(element)[6]);
    await until(() => announced(element) === '1 more service added. All services are shown.');
  });
});

describe('<icra-service-catalog> search and filter', () => {
  it('asks once typing pauses, with the text as `q`, not at every key', async () => {
    const requests: Request[] = [];
    const element = await catalog('lang="en" authority="guba"', { onRequest: (r) => requests.push(r) });
    await until(() => titles(element).length === 7);
    await userEvent.type($(element, '#q')!, 'archive');
    await until(() => titles(element).length === 1);
    expect(titles(element)).toEqual(['Archive extract']);
    expect(queries(requests).map((query) => query.get('q'))).toEqual([null, 'archive']);
    expect(queries(requests).at(-1)?.get('authority')).toBe('guba');
    await until(() => announced(element) === 'Showing 1 service');
    // Focus stays in the search box.
    expect(deepActiveElement()?.id).toBe('q');
  });

  it('asks at once on Enter, and the text is trimmed', async () => {
    const requests: Request[] = [];
    const element = await catalog('lang="ru"', { onRequest: (r) => requests.push(r) });
    await until(() => titles(element).length === 7);
    const input = $<HTMLInputElement>(element, '#q')!;
    input.focus();
    input.value = '  справка ';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await userEvent.keyboard('{Enter}');
    await element.updateComplete;
    // Before the pause the search box waits for: Enter asked at once.
    expect(queries(requests).at(-1)?.get('q')).toBe('справка');
    await until(() => titles(element).length === 3);
    expect(queries(requests)).toHaveLength(2);
  });

  it('filters by category, the categories named in the widget’s language', async () => {
    const requests: Request[] = [];
    const element = await catalog('lang="az"', { onRequest: (r) => requests.push(r) });
    await until(() => titles(element).length === 7);
    const select = $<HTMLSelectElement>(element, '#category')!;
    expect(text($(element, 'label[for="category"]'))).toBe('Kateqoriya');
    expect([...select.options].map((option) => option.textContent?.trim())).toEqual([
      'Bütün kateqoriyalar',
      'Yaşayış yeri',
      'Ailə',
      'Sosial dəstək',
      'Tikinti',
      'Torpaq',
      'Arxiv',
      'Sahibkarlıq',
    ]);
    await userEvent.selectOptions(select, 'business');
    await until(() => titles(element).length === 2);
    expect(queries(requests).at(-1)?.get('category')).toBe('business');
    await userEvent.selectOptions(select, '');
    await until(() => titles(element).length === 7);
    expect(queries(requests).at(-1)?.has('category')).toBe(false);
  });
});

describe('<icra-service-catalog> a service opened', () => {
  it('opens with the keyboard, fires icra-service-selected with the slug only, shows the details and goes back', async () => {
    const element = await catalog('lang="en" apply-href="/service.html?service={slug}"');
    await until(() => titles(element).length === 7);
    const events: IcraServiceSelectedEvent[] = [];
    document.addEventListener('icra-service-selected', (event) => events.push(event), { once: true });

    $$(element, '.title-button')[0]!.focus();
    await userEvent.keyboard('{Enter}');
    const heading = await until(() => $(element, '#service-title'));
    expect(heading.localName).toBe('h2');
    expect(text(heading)).toBe('Certificate of residence');
    await until(() => deepActiveElement() === heading);
    expect(events).toHaveLength(1);
    expect(events[0]!.detail).toEqual({ slug: 'residence-certificate' });
    expect(events[0]!.bubbles && events[0]!.composed).toBe(true);
    expect($(element, '#q')).toBeNull();

    const description = await until(() => $(element, '[part~="description"]'));
    expect(text(description)).toBe('The certificate is issued for a bank, a school or another organisation.');
    expect(text($(element, '[part~="service"] [part~="facts"]'))).toBe(
      'Fee Free Processing time 1 working day',
    );
    const documents = $$(element, '[part~="document"]');
    expect(documents.map((document) => text(document.querySelector('.document-name')))).toEqual([
      'Copy of the identity card Required',
      'Lease agreement Optional',
    ]);
    expect(documents.map((document) => text(document.querySelector('[part~="limits"]')))).toEqual([
      'PDF, JPEG · up to 5 MB · up to 2 files',
      'PDF · up to 10 MB · 1 file',
    ]);
    expect(text(documents[0]!.querySelector('.hint'))).toBe(
      'Scan both sides of the card so that the text is legible.',
    );
    expect(text($(element, '[part~="legal-basis"]'))).toBe('Regulations on Local Executive Authorities');
    expect($(element, '[part~="offline"]')).toBeNull();
    const apply = $<HTMLAnchorElement>(element, 'a[part~="apply"]')!;
    expect(shown(apply)).toBe(true);
    expect(text(apply)).toBe('Apply online');
    expect(apply.href).toBe(new URL('/service.html?service=residence-certificate', location.href).href);
    const headings = $$(element, 'h3').map((h) => text(h));
    expect(headings).toEqual(['Required documents', 'Legal basis']);

    await userEvent.click($(element, '[part~="back"]')!);
    await until(() => titles(element).length === 7);
    await until(() => deepActiveElement()?.textContent?.trim() === 'Certificate of residence');
  });

  it('a service not applied for online says where to go instead, and has no apply link', async () => {
    const element = await catalog('lang="ru" apply-href="/service.html?service={slug}"');
    await until(() => titles(element).length === 7);
    await userEvent.click($$(element, '.title-button')[5]!);
    const offline = await until(() => $(element, '[part~="offline"]'));
    expect(shown(offline)).toBe(true);
    expect(text(offline)).toBe(
      'На эту услугу нельзя подать заявление онлайн Приёмная исполнительной власти, в рабочие дни 09:00–18:00.',
    );
    expect($(element, '[part~="apply"]')).toBeNull();
    expect(text($(element, '[part~="limits"]'))).toBe('PDF, JPEG · до 5 МБ · до 2 файлов');
    expect(text($(element, '[part~="service"] [part~="facts"]'))).toBe(
      'Пошлина 5 ₼ Срок исполнения 21 рабочий день',
    );
  });

  it('links to apply only with an apply-href that makes an http(s) address, the slug encoded', async () => {
    const plain = await catalog('lang="az"');
    await until(() => titles(plain).length === 7);
    await userEvent.click($$(plain, '.title-button')[1]!);
    await until(() => $(plain, '[part~="description"]'));
    expect($(plain, '[part~="apply"]')).toBeNull();
    expect(text($(plain, '[part~="limits"]'))).toBe('PDF, JPEG · ən çoxu 5 MB · ən çoxu 2 fayl');

    plain.applyHref = 'javascript:alert("{slug}")';
    await plain.updateComplete;
    expect($(plain, '[part~="apply"]')).toBeNull();

    plain.applyHref = 'https://site.example/apply/{slug}#form';
    await plain.updateComplete;
    expect($<HTMLAnchorElement>(plain, '[part~="apply"]')?.href).toBe(
      'https://site.example/apply/family-composition-reference#form',
    );
    expect(text($(plain, '[part~="apply"]'))).toBe('Onlayn müraciət edin');
  });

  it('shows the summary and a busy placeholder while the details load, and an error with retry', async () => {
    const held = heldAnswer();
    const element = await catalog('lang="en"', {
      hold: (request) =>
        new URL(request.url).pathname.endsWith('/archive-extract') ? held.promise : undefined,
    });
    await until(() => titles(element).length === 7);
    await userEvent.click($$(element, '.title-button')[4]!);
    const heading = await until(() => $(element, '#service-title'));
    expect(text(heading)).toBe('Archive extract');
    expect($(element, 'section')?.getAttribute('aria-busy')).toBe('true');
    const placeholder = $(element, '.details[aria-hidden="true"]')!;
    expect(shown(placeholder)).toBe(true);
    expect(text($(element, '[part~="service"] [part~="facts"]'))).toBe(
      'Fee ₼1.50 Processing time 10 working days',
    );
    held.release();
    await until(() => $(element, '[part~="description"]'));
    expect($(element, 'section')?.getAttribute('aria-busy')).toBe('false');
    await userEvent.click($(element, '[part~="back"]')!);

    const failing = await catalog('lang="en"', { detail: 'error' });
    await until(() => titles(failing).length === 7);
    await userEvent.click($$(failing, '.title-button')[0]!);
    const retry = await until(() => $(failing, '[part~="service"] [part~="retry"]'));
    expect(text($(failing, '[part~="service"] [part~="state"]'))).toContain('Could not load the service.');
    await until(() => announced(failing) === 'Could not load the service.');
    expect(shown(retry)).toBe(true);
  });

  it('keeps the opened service when the language changes, and loads it in the new one', async () => {
    const element = await catalog('lang="en"');
    await until(() => titles(element).length === 7);
    await userEvent.click($$(element, '.title-button')[0]!);
    await until(() => $(element, '[part~="description"]'));
    element.lang = 'az';
    await until(() => text($(element, '#service-title')) === 'Yaşayış yeri haqqında arayış');
    await until(() => text($(element, '[part~="description"]')).startsWith('Arayış banka'));
    // The list reloaded behind it, in Azerbaijani, without saying so over the opened service.
    await element.updateComplete;
    expect(announced(element)).toBe('');
    expect(text($(element, '[part~="back"]'))).toBe('← Xidmətlərə qayıt');
  });
});

describe('<icra-service-catalog> configuration', () => {
  it('aborts the request in flight when the language changes and when removed', async () => {
    const requests: Request[] = [];
    const element = await catalog('lang="az"', {
      scenario: 'loading',
      onRequest: (request) => requests.push(request),
    });
    await until(() => requests.length === 1);
    element.lang = 'en';
    await until(() => requests.length === 2);
    expect(requests[0]!.signal.aborted).toBe(true);
    expect(new URL(requests[1]!.url).searchParams.get('lang')).toBe('en');
    element.remove();
    expect(requests[1]!.signal.aborted).toBe(true);
  });

  it('serves what the fixtures hold in each language', () => {
    expect(fixtureServices('en').map((service) => service.lang)).toContain('az');
  });
});
