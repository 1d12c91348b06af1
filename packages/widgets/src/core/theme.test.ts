import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { $, cleanup, mount, until } from '../../test/helpers.js';
import '../index.js';
import { createNewsFixtureClient } from '../news/fixtures.js';
import type { IcraNews } from '../news/news.js';

/** The default surface colour in each scheme, as `getComputedStyle` reports it. */
const LIGHT = 'rgb(255, 255, 255)';
const DARK = 'rgb(20, 24, 29)';

/** Mounts `markup` (an `<icra-news>`, or an `<icra-config>` around some) and returns the first widget. */
async function news(markup = '<icra-news lang="en"></icra-news>', parent?: Element): Promise<IcraNews> {
  const element = await mount<IcraNews>(
    markup,
    (element) => {
      element.client = createNewsFixtureClient({ scenario: 'empty' });
    },
    parent,
  );
  const widget = element.localName === 'icra-news' ? element : element.querySelector('icra-news')!;
  await until(() => $(widget, '.root'));
  return widget;
}

function surface(element: IcraNews): string {
  return getComputedStyle($(element, '.root')!).backgroundColor;
}

afterEach(() => {
  cleanup();
  document.documentElement.style.colorScheme = '';
});
afterAll(() => commands.emulateMedia({ colorScheme: 'light' }));

describe('colour scheme follows the host page', () => {
  it('stays light on a page that declares no color-scheme, whatever the reader prefers', async () => {
    await commands.emulateMedia({ colorScheme: 'dark' });
    expect(surface(await news())).toBe(LIGHT);
  });

  it('follows the reader on a page that declares color-scheme: light dark', async () => {
    document.documentElement.style.colorScheme = 'light dark';
    await commands.emulateMedia({ colorScheme: 'dark' });
    const element = await news();
    expect(surface(element)).toBe(DARK);
    await commands.emulateMedia({ colorScheme: 'light' });
    expect(surface(element)).toBe(LIGHT);
  });

  it('follows the color-scheme of the part of the page it sits in', async () => {
    const box = await mount<HTMLElement>('<div class="dark-box"></div>');
    box.style.colorScheme = 'dark';
    expect(surface(await news(undefined, box))).toBe(DARK);
  });

  it('theme="dark" and theme="light" force a scheme and set color-scheme on the host', async () => {
    await commands.emulateMedia({ colorScheme: 'dark' });
    const dark = await news('<icra-news lang="en" theme="dark"></icra-news>');
    expect(surface(dark)).toBe(DARK);
    expect(getComputedStyle(dark).colorScheme).toBe('dark');

    document.documentElement.style.colorScheme = 'light dark';
    const light = await news('<icra-news lang="en" theme="light"></icra-news>');
    expect(surface(light)).toBe(LIGHT);
    expect(getComputedStyle(light).colorScheme).toBe('light');

    // Removing the override hands the choice back to the page.
    light.removeAttribute('theme');
    await until(() => surface(light) === DARK);
  });

  it('<icra-config theme> forces the scheme of the widgets inside; the widget’s own theme wins', async () => {
    document.documentElement.style.colorScheme = 'light dark';
    await commands.emulateMedia({ colorScheme: 'light' });
    const inside = await news(
      '<icra-config theme="dark"><icra-news lang="en"></icra-news><icra-news lang="en" theme="light"></icra-news></icra-config>',
    );
    const own = inside.parentElement!.querySelectorAll<IcraNews>('icra-news')[1]!;
    await until(() => $(own, '.root'));
    expect(surface(inside)).toBe(DARK);
    expect(surface(own)).toBe(LIGHT);
    // The page's own content inside the config keeps the page's scheme.
    const text = document.createElement('p');
    inside.parentElement!.append(text);
    expect(getComputedStyle(text).colorScheme).toBe('light dark');
  });

  it('a page’s --icra-* tokens win in either scheme, light-dark() pairs included', async () => {
    const element = await news('<icra-news lang="en" theme="dark"></icra-news>');
    element.style.setProperty('--icra-color-surface', 'light-dark(rgb(1, 2, 3), rgb(4, 5, 6))');
    expect(surface(element)).toBe('rgb(4, 5, 6)');
    element.setAttribute('theme', 'light');
    await until(() => surface(element) === 'rgb(1, 2, 3)');
    element.style.setProperty('--icra-color-surface', 'rgb(7, 8, 9)');
    expect(surface(element)).toBe('rgb(7, 8, 9)');
  });
});
