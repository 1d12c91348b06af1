import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { commands, page, userEvent } from 'vitest/browser';
import { smallTargets, violations } from '../../test/a11y.js';
import { $, $$, cleanup, mount, until } from '../../test/helpers.js';
import '../index.js';
import './define.js';
import { createServiceDeskFixture, type ServiceDeskFixtureOptions } from './fixtures.js';
import type { IcraServiceDesk } from './service-desk.js';

async function desk(options: ServiceDeskFixtureOptions, lang: string, theme = ''): Promise<IcraServiceDesk> {
  const fixture = createServiceDeskFixture(options);
  return mount<IcraServiceDesk>(
    `<icra-service-desk api="${fixture.api}" authority="guba" lang="${lang}" ${theme ? `theme="${theme}"` : ''}></icra-service-desk>`,
    (element) => {
      element.client = fixture.client;
    },
  );
}

type Steps = (element: IcraServiceDesk) => Promise<unknown>;

/** Opens the queue's row `n` (0-based, in the fixture's order). */
const open =
  (n: number): Steps =>
  async (element) => {
    await until(() => $$(element, '[part~="open"]').length > n);
    await userEvent.click($$(element, '[part~="open"]')[n]!);
    await until(() => $(element, '[part~="application"]'));
  };

const states: [string, ServiceDeskFixtureOptions, Steps][] = [
  ['signed out', { session: 'signed-out' }, (element) => until(() => $(element, '.intro'))],
  [
    'not a service officer',
    { scenario: 'forbidden' },
    (element) => until(() => $(element, '[part~="state"]')),
  ],
  ['empty queue', { scenario: 'empty' }, (element) => until(() => $(element, 'p[part~="state"]'))],
  ['queue', { scenario: 'many' }, (element) => until(() => $(element, '[part~="load-more"]'))],
  ['queue with every status', {}, (element) => until(() => $$(element, '[part~="item"]').length === 6)],
  ['application in review', {}, open(1)],
  [
    'resubmitted, with its changes',
    {},
    async (element) => {
      await open(2)(element);
      await until(() => $(element, '[part~="changes"]'));
    },
  ],
  [
    'request for information with errors',
    {},
    async (element) => {
      await open(1)(element);
      await userEvent.click($(element, '[data-action="request-information"]')!);
      await userEvent.click(await until(() => $(element, '[part~="form"] button[type="submit"]')));
      await until(() => $(element, '#error-summary'));
    },
  ],
  [
    'reject form',
    {},
    async (element) => {
      await open(1)(element);
      await userEvent.click($(element, '[data-action="reject"]')!);
      await until(() => $(element, '#reason'));
    },
  ],
  [
    'complete form, attaching a PDF',
    {},
    async (element) => {
      await open(3)(element);
      await userEvent.click($(element, '[data-action="complete"]')!);
      await userEvent.click(await until(() => $(element, '#result-attached')));
      await until(() => $(element, '#pdf'));
    },
  ],
  [
    'after a conflict',
    { conflict: true },
    async (element) => {
      await open(0)(element);
      await userEvent.click($(element, '[data-action="take"]')!);
      await until(() => $(element, '#conflict'));
    },
  ],
];

afterEach(cleanup);
afterAll(async () => {
  await commands.emulateMedia({ colorScheme: 'light' });
  await page.viewport(1024, 768);
});

describe.each([
  ['az', 'light'],
  ['en', 'light'],
  ['ru', 'light'],
  ['en', 'dark'],
] as const)('<icra-service-desk>: axe, WCAG 2.2 AA, %s, %s', (lang, scheme) => {
  it.each(states)('%s', async (_name, options, steps) => {
    await commands.emulateMedia({ colorScheme: scheme });
    const element = await desk(options, lang, scheme);
    await steps(element);
    expect(await violations(element)).toEqual([]);
    expect(smallTargets(element)).toEqual([]);
  });
});

describe('<icra-service-desk> at 320 px', () => {
  it.each([
    [
      'the queue',
      async (element: IcraServiceDesk) => until(() => $$(element, '[part~="item"]').length === 6),
    ],
    ['the resubmitted application with its changes', open(2)],
    [
      'the request for information',
      async (element: IcraServiceDesk) => {
        await open(1)(element);
        await userEvent.click($(element, '[data-action="request-information"]')!);
        await until(() => $(element, '#comment'));
      },
    ],
  ] as [string, Steps][])('%s fits without scrolling sideways', async (_name, steps) => {
    await page.viewport(320, 640);
    const element = await desk({}, 'ru');
    await steps(element);
    const root = $(element, '.root')!;
    expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth);
    const width = root.getBoundingClientRect().right;
    for (const box of $$(element, 'button, input, select, textarea, dd, li, h3'))
      expect(box.getBoundingClientRect().right, box.outerHTML.slice(0, 80)).toBeLessThanOrEqual(width + 0.5);
    expect(await violations(element)).toEqual([]);
  });
});
