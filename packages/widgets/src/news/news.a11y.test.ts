import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { violations } from '../../test/a11y.js';
import { $, cleanup, mount, titles, until } from '../../test/helpers.js';
import '../index.js';
import { createNewsFixtureClient, type NewsScenario } from './fixtures.js';
import type { IcraNews } from './news.js';

async function widget(scenario: NewsScenario, theme: string): Promise<IcraNews> {
  return mount<IcraNews>(`<icra-news lang="en" page-size="3" ${theme}></icra-news>`, (element) => {
    element.client = createNewsFixtureClient({ scenario });
  });
}

afterEach(() => {
  cleanup();
  document.documentElement.style.colorScheme = '';
});
afterAll(() => commands.emulateMedia({ colorScheme: 'light' }));

/** Background of the widget's surface in each scheme (the default tokens). */
const SURFACE = { light: 'rgb(255, 255, 255)', dark: 'rgb(20, 24, 29)' } as const;

/**
 * Every way to reach light and dark: the page's own `color-scheme` (none, or `light dark`) with
 * the reader's preference, and `theme` forcing either against both.
 */
const schemes = [
  { name: 'light (page declares nothing)', media: 'light', page: '', attribute: '', scheme: 'light' },
  {
    name: 'light (page declares nothing, reader prefers dark)',
    media: 'dark',
    page: '',
    attribute: '',
    scheme: 'light',
  },
  {
    name: 'light (page "light dark", reader prefers light)',
    media: 'light',
    page: 'light dark',
    attribute: '',
    scheme: 'light',
  },
  {
    name: 'dark (page "light dark", reader prefers dark)',
    media: 'dark',
    page: 'light dark',
    attribute: '',
    scheme: 'dark',
  },
  {
    name: 'dark (theme="dark" on a light page)',
    media: 'light',
    page: '',
    attribute: 'theme="dark"',
    scheme: 'dark',
  },
  {
    name: 'light (theme="light" on a "light dark" page, reader prefers dark)',
    media: 'dark',
    page: 'light dark',
    attribute: 'theme="light"',
    scheme: 'light',
  },
] as const;

describe.each(schemes)('axe, WCAG 2.2 AA, $name', ({ media, page, attribute, scheme }) => {
  it('loaded list and opened article', async () => {
    await commands.emulateMedia({ colorScheme: media });
    document.documentElement.style.colorScheme = page;
    const element = await widget('loaded', attribute);
    await until(() => titles(element).length === 3);
    expect(getComputedStyle($(element, '.root')!).backgroundColor).toBe(SURFACE[scheme]);
    expect(await violations(element)).toEqual([]);

    await userEvent.click($(element, '.title-button')!);
    await until(() => $(element, '[part~="body"]'));
    expect(await violations(element)).toEqual([]);
  });

  it('empty and error states', async () => {
    await commands.emulateMedia({ colorScheme: media });
    document.documentElement.style.colorScheme = page;
    const empty = await widget('empty', attribute);
    const error = await widget('error', attribute);
    await until(() => $(empty, '[part~="state"]') && $(error, '[part~="retry"]'));
    expect(getComputedStyle($(error, '.root')!).backgroundColor).toBe(SURFACE[scheme]);
    expect(await violations(empty)).toEqual([]);
    expect(await violations(error)).toEqual([]);
  });
});
