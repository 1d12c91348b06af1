import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { commands, page, userEvent } from 'vitest/browser';
import { smallTargets, violations } from '../../test/a11y.js';
import { $, $$, cleanup, mount, until } from '../../test/helpers.js';
import '../index.js';
import { createServiceCatalogFixtureClient, type ServiceCatalogFixtureOptions } from './fixtures.js';
import type { IcraServiceCatalog } from './service-catalog.js';

afterEach(cleanup);
afterAll(async () => {
  await commands.emulateMedia({ colorScheme: 'light' });
  await page.viewport(1024, 768);
});

const LANGS = ['az', 'en', 'ru'] as const;

async function catalog(
  lang: string,
  theme: string,
  options: ServiceCatalogFixtureOptions = {},
): Promise<IcraServiceCatalog> {
  return mount<IcraServiceCatalog>(
    `<icra-service-catalog lang="${lang}" theme="${theme}" page-size="4" apply-href="/service.html?service={slug}"></icra-service-catalog>`,
    (element) => {
      element.client = createServiceCatalogFixtureClient(options);
    },
  );
}

/** Opens the `index`-th listed service and waits for what it waits for. */
function opening(index: number, selector: string) {
  return async (element: IcraServiceCatalog) => {
    await userEvent.click($$(element, '.title-button')[index]!);
    await until(() => $(element, selector));
  };
}

type Prepare = (element: IcraServiceCatalog) => Promise<unknown>;
const never = () => new Promise<void>(() => undefined);

/** Each state: the fixture's behaviour, what shows it, and what to do first. */
const states: [string, ServiceCatalogFixtureOptions, string, Prepare?][] = [
  ['the list', {}, '.title-button'],
  ['loading (the answer held)', { hold: never }, '.skeleton'],
  ['empty, naming the query', { scenario: 'empty' }, '[part~="state"]'],
  ['error', { scenario: 'error' }, '[part~="retry"]'],
  [
    'more failed to load',
    { moreFails: true },
    '[part~="load-more"]',
    async (element) => {
      await userEvent.click($(element, '[part~="load-more"]')!);
      await until(() => $(element, '.inline-error'));
    },
  ],
  ['a service applied for online', {}, '.title-button', opening(0, '[part~="apply"]')],
  [
    'a service not applied for online',
    {},
    '[part~="load-more"]',
    async (element) => {
      await userEvent.click($(element, '[part~="load-more"]')!);
      await until(() => $$(element, '.title-button').length === 7);
      await opening(5, '[part~="offline"]')(element);
    },
  ],
  ['a service loading', { detail: 'loading' }, '.title-button', opening(1, '.details[aria-hidden]')],
  ['a service that failed to load', { detail: 'error' }, '.title-button', opening(1, '[part~="retry"]')],
];

describe.each(LANGS.flatMap((lang) => (['light', 'dark'] as const).map((scheme) => ({ lang, scheme }))))(
  '<icra-service-catalog>: axe, WCAG 2.2 AA, $lang, $scheme',
  ({ lang, scheme }) => {
    it.each(states)('%s', async (_name, options, selector, prepare) => {
      await commands.emulateMedia({ colorScheme: scheme });
      const element = await catalog(lang, scheme, options);
      await until(() => $(element, selector));
      await prepare?.(element);
      expect(getComputedStyle($(element, '.root')!).colorScheme).toBe(scheme);
      expect(await violations(element)).toEqual([]);
      expect(smallTargets(element)).toEqual([]);
    });
  },
);

describe.each(LANGS.flatMap((lang) => (['light', 'dark'] as const).map((scheme) => ({ lang, scheme }))))(
  '<icra-service-catalog> at 320 px, $lang, $scheme',
  ({ lang, scheme }) => {
    it('fits without scrolling sideways, the list and an opened service', async () => {
      await page.viewport(320, 640);
      await commands.emulateMedia({ colorScheme: scheme });
      const element = await catalog(lang, scheme);
      await until(() => $$(element, '.title-button').length === 4);
      const root = $(element, '.root')!;
      const fits = () => {
        expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth);
        expect(element.getBoundingClientRect().width).toBeLessThanOrEqual(320);
        for (const box of $$(element, '[part~="card"], input, select, button, [part~="document"]')) {
          const rect = box.getBoundingClientRect();
          expect(rect.left).toBeGreaterThanOrEqual(0);
          expect(rect.right).toBeLessThanOrEqual(320);
        }
      };
      fits();
      // The search box and its button on one row, the button's word on one line (44 px, not two lines).
      const input = $(element, '#q')!.getBoundingClientRect();
      const button = $(element, '[part~="search-button"]')!.getBoundingClientRect();
      expect(button.top).toBe(input.top);
      expect(button.left).toBeGreaterThanOrEqual(input.right);
      expect(button.height).toBeLessThanOrEqual(48);
      expect(input.width).toBeGreaterThan(button.width);
      // One column of cards, one under the other.
      const [first, second] = $$(element, '[part~="card"]').map((card) => card.getBoundingClientRect());
      expect(second!.top).toBeGreaterThanOrEqual(first!.bottom);
      expect(await violations(element)).toEqual([]);
      expect(smallTargets(element)).toEqual([]);

      await opening(0, '[part~="apply"]')(element);
      fits();
      expect(await violations(element)).toEqual([]);
      expect(smallTargets(element)).toEqual([]);
    });
  },
);
