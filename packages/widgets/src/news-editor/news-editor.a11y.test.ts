import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { commands, page, userEvent } from 'vitest/browser';
import { smallTargets, violations } from '../../test/a11y.js';
import { $, cleanup, mount, until } from '../../test/helpers.js';
import '../index.js';
import './define.js';
import { createEditorFixture, type EditorFixtureOptions } from './fixtures.js';
import type { IcraNewsEditor } from './news-editor.js';

async function editor(options: EditorFixtureOptions, attributes = ''): Promise<IcraNewsEditor> {
  const fixture = createEditorFixture(options);
  return mount<IcraNewsEditor>(
    `<icra-news-editor api="${fixture.api}" authority="guba" lang="en" ${attributes}></icra-news-editor>`,
    (element) => {
      element.client = fixture.client;
    },
  );
}

afterEach(cleanup);
afterAll(async () => {
  await commands.emulateMedia({ colorScheme: 'light' });
  await page.viewport(1024, 768);
});

describe.each(['light', 'dark'] as const)('<icra-news-editor>: axe, WCAG 2.2 AA, %s', (scheme) => {
  it.each([
    ['signed out', { session: 'signed-out' }, '.intro'],
    ['refused', { scenario: 'forbidden' }, '[part~="state"]'],
    ['list', {}, '[part~="item"]'],
  ] as [string, EditorFixtureOptions, string][])('%s', async (_name, options, selector) => {
    await commands.emulateMedia({ colorScheme: scheme });
    const element = await editor(options, `theme="${scheme}"`);
    await until(() => $(element, selector));
    expect(await violations(element)).toEqual([]);
    expect(smallTargets(element)).toEqual([]);
  });

  it('edit view with the error summary', async () => {
    await commands.emulateMedia({ colorScheme: scheme });
    const element = await editor({}, `theme="${scheme}"`);
    await userEvent.click(await until(() => $(element, '[part~="item"] button')));
    await until(() => ($(element, '#az-title') as HTMLInputElement | null)?.value);
    await userEvent.fill($(element, '#az-title')!, '');
    await userEvent.click($(element, 'button[type="submit"]')!);
    await until(() => $(element, '#error-summary'));
    expect(await violations(element)).toEqual([]);
    expect(smallTargets(element)).toEqual([]);
  });
});

describe('<icra-news-editor> at 320 px', () => {
  it('fits without scrolling sideways', async () => {
    await page.viewport(320, 640);
    const element = await editor({});
    await userEvent.click(await until(() => $(element, '[part~="new"]')));
    await until(() => $(element, '#az-title'));
    const root = $(element, '.root')!;
    expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth);
    expect(await violations(element)).toEqual([]);
  });
});
