/**
 * <icra-service-catalog> against the real server (test/global-setup.ts, seeded PGlite): the widget's
 * own client, CORS, cursor pages, the search and the category filter as the portal applies them, and
 * the seeded services' details in two languages.
 */
import type { Schemas } from '@icra/sdk';
import { afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../src/index.js';
import type { IcraServiceSelectedEvent } from '../src/service-catalog/events.js';
import type { IcraServiceCatalog } from '../src/service-catalog/service-catalog.js';
import { $, $$, announced, cleanup, deepActiveElement, mount, until } from './helpers.js';

const api = inject('apiUrl');

type ServiceSummary = Schemas['ServiceSummary'];

async function listed(query: string): Promise<ServiceSummary[]> {
  const response = await fetch(`${api}/v1/services?authority=ganja&limit=50&${query}`);
  expect(response.ok).toBe(true);
  return ((await response.json()) as Schemas['ServicePage']).items;
}

async function service(slug: string, lang: string): Promise<Schemas['Service']> {
  const response = await fetch(`${api}/v1/services/${slug}?lang=${lang}`);
  expect(response.ok).toBe(true);
  return (await response.json()) as Schemas['Service'];
}

function titles(element: Element): string[] {
  return $$(element, '.title-button').map((button) => button.textContent?.trim() ?? '');
}

function text(element: Element | null | undefined): string {
  return element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

function catalog(attributes: string): Promise<IcraServiceCatalog> {
  return mount<IcraServiceCatalog>(
    `<icra-service-catalog api="${api}" authority="ganja" ${attributes}></icra-service-catalog>`,
  );
}

let en: ServiceSummary[];
let az: ServiceSummary[];

beforeAll(async () => {
  [en, az] = await Promise.all([listed('lang=en'), listed('lang=az')]);
  expect(en.length).toBeGreaterThan(6);
  expect(az[0]!.title).not.toBe(en[0]!.title);
});
beforeEach(cleanup);
afterEach(cleanup);

describe('<icra-service-catalog> on the real server', () => {
  it('lists Ganja’s services in English and in Azerbaijani, page by page with the cursor', async () => {
    const inEn = await catalog('lang="en" page-size="4"');
    const inAz = await catalog('lang="az" page-size="4"');
    await until(() => titles(inEn).length === 4 && titles(inAz).length === 4);
    expect(titles(inEn)).toEqual(en.slice(0, 4).map((item) => item.title));
    expect(titles(inAz)).toEqual(az.slice(0, 4).map((item) => item.title));
    const cards = $$(inEn, '[part~="card"]');
    for (const [index, card] of cards.entries()) {
      const item = en[index]!;
      expect(card.getBoundingClientRect().height).toBeGreaterThan(0);
      expect(text(card.querySelector('[part~="summary"]'))).toBe(item.summary);
      expect(Boolean(card.querySelector('[part~="local-executive"]'))).toBe(item.localExecutive);
    }

    await userEvent.click($(inEn, '[part~="load-more"]')!);
    await until(() => titles(inEn).length === 8);
    expect(titles(inEn)).toEqual(en.slice(0, 8).map((item) => item.title));
    expect(deepActiveElement()?.textContent?.trim()).toBe(en[4]!.title);
    while ($(inEn, '[part~="load-more"]')) {
      const before = titles(inEn).length;
      await userEvent.click($(inEn, '[part~="load-more"]')!);
      await until(() => titles(inEn).length > before || !$(inEn, '[part~="load-more"]'));
    }
    expect(titles(inEn)).toEqual(en.map((item) => item.title));
    await until(() => announced(inEn).includes('All services are shown.'));
  });

  it('shows fees in manat and free services as free, and working days, as the portal gives them', async () => {
    const element = await catalog('lang="en" page-size="50"');
    await until(() => titles(element).length === en.length);
    const facts = $$(element, '[part~="facts"]').map((dl) => [...dl.querySelectorAll('dd')].map(text));
    expect(facts).toEqual(
      en.map((item) => [
        item.feeQapik === 0
          ? 'Free'
          : `₼${item.feeQapik % 100 ? (item.feeQapik / 100).toFixed(2) : item.feeQapik / 100}`,
        `${item.processingDays} working day${item.processingDays === 1 ? '' : 's'}`,
      ]),
    );
  });

  it('searches with `q` and filters by category as the portal does', async () => {
    const certificates = await listed('lang=en&q=certificate');
    expect(certificates.length).toBeGreaterThan(0);
    expect(certificates.length).toBeLessThan(en.length);
    const element = await catalog('lang="en" page-size="50"');
    await until(() => titles(element).length === en.length);
    await userEvent.type($(element, '#q')!, 'certificate{Enter}');
    await until(() => titles(element).length === certificates.length);
    expect(titles(element)).toEqual(certificates.map((item) => item.title));

    const residence = await listed('lang=en&q=certificate&category=residence');
    expect(residence.length).toBeGreaterThan(0);
    expect(residence.length).toBeLessThan(certificates.length);
    await userEvent.selectOptions($<HTMLSelectElement>(element, '#category')!, 'residence');
    await until(() => titles(element).join() === residence.map((item) => item.title).join());

    await userEvent.clear($(element, '#q')!);
    await userEvent.keyboard('{Enter}');
    const all = await listed('lang=en&category=residence');
    expect(all.length).toBeGreaterThan(residence.length);
    await until(() => titles(element).join() === all.map((item) => item.title).join());

    await userEvent.type($(element, '#q')!, 'no such service{Enter}');
    await until(
      () => text($(element, '[part~="state"]')) === 'No services in “Residence” match “no such service”.',
    );
  });

  it('opens a service applied for online: its documents, limits, legal basis and the apply link', async () => {
    const slug = 'residence-certificate';
    const detail = await service(slug, 'en');
    const element = await catalog('lang="en" page-size="50" apply-href="/service.html?service={slug}"');
    await until(() => titles(element).length === en.length);
    const events: IcraServiceSelectedEvent[] = [];
    document.addEventListener('icra-service-selected', (event) => events.push(event), { once: true });
    const button = $(element, `[data-slug="${slug}"] .title-button`)!;
    button.focus();
    await userEvent.keyboard('{Enter}');
    const heading = await until(() => $(element, '#service-title'));
    await until(() => deepActiveElement() === heading);
    expect(text(heading)).toBe(detail.title);
    expect(events.map((event) => event.detail)).toEqual([{ slug }]);

    const description = await until(() => $(element, '[part~="description"]'));
    expect(text(description)).toBe(detail.description);
    const documents = $$(element, '[part~="document"]');
    expect(documents.map((document) => text(document.querySelector('strong')))).toEqual(
      detail.documents.map((document) => document.name),
    );
    // The identity card as the seed asks for it: three types, 5 MB, both sides in two files.
    expect(text(documents[0]!.querySelector('[part~="limits"]'))).toBe(
      'PDF, JPEG, PNG · up to 5 MB · up to 2 files',
    );
    expect(text($(element, '[part~="legal-basis"]'))).toBe(detail.legalBasis);
    expect($<HTMLAnchorElement>(element, '[part~="apply"]')?.href).toBe(
      new URL(`/service.html?service=${slug}`, location.href).href,
    );

    await userEvent.click($(element, '[part~="back"]')!);
    await until(() => deepActiveElement()?.textContent?.trim() === detail.title);
  });

  it('opens a service that cannot be applied for online in Azerbaijani: where to go, no apply link', async () => {
    const offline = az.find((item) => !item.electronic)!;
    expect(offline).toBeDefined();
    const detail = await service(offline.slug, 'az');
    expect(detail.offline).toBeTruthy();
    const element = await catalog('lang="az" page-size="50" apply-href="/service.html?service={slug}"');
    await until(() => titles(element).length === az.length);
    await userEvent.click($(element, `[data-slug="${offline.slug}"] .title-button`)!);
    const box = await until(() => $(element, '[part~="offline"]'));
    expect(box.getBoundingClientRect().height).toBeGreaterThan(0);
    expect(text(box.querySelector('p'))).toBe(detail.offline);
    expect($(element, '[part~="apply"]')).toBeNull();
  });
});
