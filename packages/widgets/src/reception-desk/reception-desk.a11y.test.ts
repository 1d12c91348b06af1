import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { commands, page, userEvent } from 'vitest/browser';
import { smallTargets, violations } from '../../test/a11y.js';
import { $, $$, cleanup, mount, until } from '../../test/helpers.js';
import '../index.js';
import './define.js';
import { createReceptionDeskFixture, FIXTURE_WEEK, type ReceptionDeskFixtureOptions } from './fixtures.js';
import type { IcraReceptionDesk } from './reception-desk.js';

async function desk(
  options: ReceptionDeskFixtureOptions,
  lang: string,
  theme = '',
): Promise<IcraReceptionDesk> {
  const fixture = createReceptionDeskFixture(options);
  return mount<IcraReceptionDesk>(
    `<icra-reception-desk api="${fixture.api}" authority="guba" lang="${lang}" week="${FIXTURE_WEEK}" ${theme ? `theme="${theme}"` : ''}></icra-reception-desk>`,
    (element) => {
      element.client = fixture.client;
    },
  );
}

type Steps = (element: IcraReceptionDesk) => Promise<unknown>;

const loaded: Steps = async (element) => {
  await until(() => $$(element, '[part~="item"]').length > 0);
  await until(() => $(element, '[part~="grid"]'));
};

/** Chooses the queue's row `n` (0-based), then the first free cell of the week. */
const chooseSlot =
  (n: number): Steps =>
  async (element) => {
    await loaded(element);
    await userEvent.click($$(element, '[part~="open"]')[n]!);
    await userEvent.click(await until(() => $(element, 'td.cell.free')));
    await until(() => $(element, '#slot'));
  };

const states: [string, ReceptionDeskFixtureOptions, Steps][] = [
  ['signed out', { session: 'signed-out' }, (element) => until(() => $(element, '.intro'))],
  [
    'not a reception officer',
    { scenario: 'forbidden' },
    (element) => until(() => $(element, '[part~="state"]')),
  ],
  ['empty queue', { scenario: 'empty' }, (element) => until(() => $(element, 'p[part~="state"]'))],
  ['queue with more', { scenario: 'many' }, (element) => until(() => $(element, '[part~="load-more"]'))],
  ['queue and week', {}, loaded],
  ['a free time chosen for a request', {}, chooseSlot(0)],
  [
    'decline form with an error',
    {},
    async (element) => {
      await loaded(element);
      await userEvent.click($$(element, '[part~="open"]')[1]!);
      await userEvent.click(await until(() => $(element, '[data-action="decline"]')));
      await userEvent.click(await until(() => $(element, '[data-submit="decline"]')));
      await until(() => $(element, '#error-summary'));
    },
  ],
  [
    'after a slot taken, with the nearest free times',
    { slotTaken: true },
    async (element) => {
      await chooseSlot(0)(element);
      await userEvent.click($(element, '[data-submit="schedule"]')!);
      await until(() => $(element, '[part~="nearest-slot"]'));
    },
  ],
  [
    'a scheduled request being moved',
    {},
    async (element) => {
      await loaded(element);
      await userEvent.click($(element, '[part~="filter"][data-status="scheduled"]')!);
      await until(() => $$(element, '[part~="item"]').length === 1 && $(element, '[data-fact="meeting"]'));
      await userEvent.click($(element, '[part~="open"]')!);
      await userEvent.click(await until(() => $(element, '[data-action="reschedule"]')));
      await until(() => $(element, '#reason'));
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
] as const)('<icra-reception-desk>: axe, WCAG 2.2 AA, %s, %s', (lang, scheme) => {
  it.each(states)('%s', async (_name, options, steps) => {
    await commands.emulateMedia({ colorScheme: scheme });
    const element = await desk(options, lang, scheme);
    await steps(element);
    expect(await violations(element)).toEqual([]);
    expect(smallTargets(element)).toEqual([]);
  });
});

describe('<icra-reception-desk> at 320 px', () => {
  it.each([
    ['the queue and the week', loaded],
    ['a free time chosen', chooseSlot(0)],
  ] as [string, Steps][])(
    '%s: the page does not scroll sideways, only the grid’s own box',
    async (_name, steps) => {
      await page.viewport(320, 640);
      const element = await desk({}, 'ru');
      await steps(element);
      const root = $(element, '.root')!;
      expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth);
      const width = root.getBoundingClientRect().right;
      for (const box of $$(element, 'button, select, textarea, dd, li, h3, [part~="grid-box"]'))
        expect(box.getBoundingClientRect().right, box.outerHTML.slice(0, 80)).toBeLessThanOrEqual(
          width + 0.5,
        );
      expect(await violations(element)).toEqual([]);
    },
  );
});
