import axe from 'axe-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { $, cleanup, mount, titles, until } from '../../test/helpers.js';
import '../index.js';
import { createNewsFixtureClient, type NewsScenario } from './fixtures.js';
import type { IcraNews } from './news.js';

/** WCAG 2.0, 2.1 and 2.2 success criteria at levels A and AA. */
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violations(context: Element): Promise<string[]> {
  const result = await axe.run(context, {
    runOnly: { type: 'tag', values: WCAG_22_AA },
    resultTypes: ['violations'],
  });
  return result.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

async function widget(scenario: NewsScenario, theme: string): Promise<IcraNews> {
  return mount<IcraNews>(`<icra-news lang="en" page-size="3" ${theme}></icra-news>`, (element) => {
    element.client = createNewsFixtureClient({ scenario });
  });
}

afterEach(cleanup);
afterAll(() => commands.emulateMedia({ colorScheme: 'light' }));

/** Light and dark, each reached both through the reader's preference and through `theme`. */
const schemes = [
  { name: 'light', media: 'light', attribute: '', scheme: 'light' },
  { name: 'dark (preferred)', media: 'dark', attribute: '', scheme: 'dark' },
  { name: 'dark (theme="dark")', media: 'light', attribute: 'theme="dark"', scheme: 'dark' },
  {
    name: 'light (theme="light" in a dark preference)',
    media: 'dark',
    attribute: 'theme="light"',
    scheme: 'light',
  },
] as const;

describe.each(schemes)('axe, WCAG 2.2 AA, $name', ({ media, attribute, scheme }) => {
  it('loaded list and opened article', async () => {
    await commands.emulateMedia({ colorScheme: media });
    const element = await widget('loaded', attribute);
    await until(() => titles(element).length === 3);
    expect(getComputedStyle($(element, '.root')!).colorScheme).toBe(scheme);
    expect(await violations(element)).toEqual([]);

    await userEvent.click($(element, '.title-button')!);
    await until(() => $(element, '[part~="body"]'));
    expect(await violations(element)).toEqual([]);
  });

  it('empty and error states', async () => {
    await commands.emulateMedia({ colorScheme: media });
    const empty = await widget('empty', attribute);
    const error = await widget('error', attribute);
    await until(() => $(empty, '[part~="state"]') && $(error, '[part~="retry"]'));
    expect(await violations(empty)).toEqual([]);
    expect(await violations(error)).toEqual([]);
  });
});
