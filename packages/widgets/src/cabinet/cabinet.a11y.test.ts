import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { commands, page, userEvent } from 'vitest/browser';
import { smallTargets, violations } from '../../test/a11y.js';
import { $, $$, cleanup, mount, until } from '../../test/helpers.js';
import '../index.js';
import type { IcraCabinet } from './cabinet.js';
import { type CabinetFixtureOptions, createCabinetFixture } from './fixtures.js';

async function cabinet(
  options: CabinetFixtureOptions,
  attributes: string,
  lang = 'en',
): Promise<IcraCabinet> {
  const { api, client } = createCabinetFixture(options);
  return mount<IcraCabinet>(
    `<icra-cabinet api="${api}" authority="guba" lang="${lang}" ${attributes}></icra-cabinet>`,
    (element) => {
      element.client = client;
    },
  );
}

afterEach(cleanup);
afterAll(async () => {
  await commands.emulateMedia({ colorScheme: 'light' });
  await page.viewport(1024, 768);
});

const states: [string, CabinetFixtureOptions, string][] = [
  ['signed out', { session: 'signed-out' }, '[part~="intro"]'],
  ['signed in, loading', { scenario: 'loading' }, '.skeleton'],
  ['signed in, loaded', {}, '[part~="mark-read"]'],
  ['signed in, official', { kind: 'official' }, '[part~="profile"]'],
  ['signed in, no notifications', { scenario: 'empty' }, '[part~="state"]'],
  ['signed in, errors', { scenario: 'error' }, '[part~="retry"]'],
  ['signed in, no applications', { applications: [] }, '[part~="mark-read"]'],
  ['signed in, applications fail', { applicationsFail: true }, '[part~="retry"]'],
];

describe.each(['light', 'dark'] as const)('<icra-cabinet>: axe, WCAG 2.2 AA, %s', (scheme) => {
  it.each(states)('%s', async (_name, options, selector) => {
    await commands.emulateMedia({ colorScheme: scheme });
    const element = await cabinet(options, `theme="${scheme}"`);
    await until(() => $(element, selector));
    expect(await violations(element)).toEqual([]);
    expect(smallTargets(element)).toEqual([]);
  });
});

describe.each(['light', 'dark'] as const)('<icra-cabinet>: the calendar feed made, axe, %s', (scheme) => {
  it('its address read-only, with Copy and Stop', async () => {
    await commands.emulateMedia({ colorScheme: scheme });
    const element = await cabinet({ reception: { feed: true } }, `theme="${scheme}"`);
    await userEvent.click(await until(() => $(element, '[part~="create-feed"]')));
    await until(() => $(element, '#calendar-feed-url'));
    await until(() => $(element, '[part~="request"]'));
    expect(await violations(element)).toEqual([]);
    expect(smallTargets(element)).toEqual([]);
  });
});

describe('<icra-cabinet> at 320 px', () => {
  it('fits without scrolling sideways', async () => {
    await page.viewport(320, 640);
    const element = await cabinet({ kind: 'citizen' }, 'page-size="5"');
    await until(() => $(element, '[part~="mark-read"]'));
    await userEvent.click(await until(() => $(element, '[part~="create-feed"]')));
    await until(() => $(element, '#calendar-feed-url') && $(element, '[part~="request"]'));
    const root = $(element, '.root')!;
    expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth);
    expect(element.getBoundingClientRect().width).toBeLessThanOrEqual(320);
    expect(await violations(element)).toEqual([]);
    expect(smallTargets(element)).toEqual([]);
  });
});

describe.each(['az', 'en', 'ru'])('<icra-cabinet> applications: axe, WCAG 2.2 AA, %s', (lang) => {
  it('each status, with the poll link and every history open', async () => {
    const element = await cabinet({}, 'poll-href="/participation.html#poll={id}"', lang);
    await until(() => $$(element, '[part~="application"]').length === 4 && $(element, '[part~="poll-link"]'));
    expect($$(element, '[part~="attachment"]')).toHaveLength(3);
    for (const details of $$<HTMLDetailsElement>(element, 'details')) details.open = true;
    expect(await violations(element)).toEqual([]);
    expect(smallTargets(element)).toEqual([]);
    const summaries = $$(element, 'summary').filter((summary) => summary.getBoundingClientRect().height < 24);
    expect(summaries).toEqual([]);
  });

  it('an attachment that failed to download', async () => {
    const element = await cabinet({ attachmentFails: 503 }, '', lang);
    const button = await until(() => $(element, '[part~="attachment"] button'));
    button.closest('details')!.open = true;
    await userEvent.click(button);
    await until(() => $(element, '[part~="attachment"] .inline-error'));
    expect(await violations(element)).toEqual([]);
    expect(smallTargets(element)).toEqual([]);
  });

  it('no applications, and applications that fail to load', async () => {
    const empty = await cabinet({ applications: [] }, '', lang);
    const failing = await cabinet({ applicationsFail: true }, '', lang);
    await until(() => $(empty, '[aria-labelledby="applications-title"] [part~="state"]'));
    await until(() => $(failing, '[aria-labelledby="applications-title"] [part~="retry"]'));
    expect(await violations(empty)).toEqual([]);
    expect(await violations(failing)).toEqual([]);
  });
});

describe.each(['az', 'en', 'ru'])(
  '<icra-cabinet> an e-service application opened: axe, WCAG 2.2 AA, %s',
  (lang) => {
    it.each([
      ['waiting on the citizen', 'needs_information', '[part~="provide-information"]'],
      ['completed, with its result and the rating form', 'completed', '[part~="rate"]'],
    ] as const)('%s', async (_name, serviceStatus, selector) => {
      const element = await cabinet(
        { serviceStatus },
        'service-href="/apply/{service}?application={application}"',
        lang,
      );
      const toggle = await until(() => $(element, '[part~="service-application-details"]'));
      await userEvent.click(toggle!);
      await until(() => $(element, selector));
      expect(await violations(element)).toEqual([]);
      expect(smallTargets(element)).toEqual([]);
    });

    it('at 320 px, fits without scrolling sideways', async () => {
      await page.viewport(320, 640);
      const element = await cabinet({ serviceStatus: 'completed' }, '', lang);
      await userEvent.click((await until(() => $(element, '[part~="service-application-details"]')))!);
      await until(() => $(element, '[part~="rate"]'));
      const root = $(element, '.root')!;
      expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth);
      expect(await violations(element)).toEqual([]);
      await page.viewport(1024, 768);
    });
  },
);
