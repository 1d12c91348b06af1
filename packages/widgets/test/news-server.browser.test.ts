/**
 * <icra-news> against the real server (started by test/global-setup.ts, seeded PGlite): the
 * widget's own client, CORS, ETags and the seeded content in two languages.
 */
import type { Schemas } from '@icra/sdk';
import { afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../src/index.js';
import type { IcraNewsOpenEvent } from '../src/news/events.js';
import { $, $$, announced, cleanup, deepActiveElement, mount, titles, until } from './helpers.js';

const api = inject('apiUrl');

async function seeded(lang: 'az' | 'en'): Promise<Schemas['NewsSummary'][]> {
  const response = await fetch(`${api}/v1/news?authority=ganja&limit=50&lang=${lang}`);
  expect(response.ok).toBe(true);
  return ((await response.json()) as Schemas['NewsPage']).items;
}

let az: Schemas['NewsSummary'][];
let en: Schemas['NewsSummary'][];

beforeAll(async () => {
  [az, en] = await Promise.all([seeded('az'), seeded('en')]);
  expect(az.length).toBeGreaterThan(4);
  expect(az[0]!.title).not.toBe(en[0]!.title);
});
beforeEach(cleanup);
afterEach(cleanup);

describe('<icra-news> on the real server', () => {
  it('renders the seeded news in Azerbaijani and in English', async () => {
    const inAz = await mount(
      `<icra-news api="${api}" authority="ganja" lang="az" page-size="4"></icra-news>`,
    );
    const inEn = await mount(
      `<icra-news api="${api}" authority="ganja" lang="en-GB" page-size="4"></icra-news>`,
    );
    await until(() => titles(inAz).length === 4 && titles(inEn).length === 4);
    expect(titles(inAz)).toEqual(az.slice(0, 4).map((item) => item.title));
    expect(titles(inEn)).toEqual(en.slice(0, 4).map((item) => item.title));
    const cover = $<HTMLImageElement>(inEn, '[part~="cover"]')!;
    expect(cover.src.startsWith(`${api}/media/`)).toBe(true);
    await until(() => cover.complete && cover.naturalWidth > 0);
  });

  it('loads more with the cursor and appends', async () => {
    const element = await mount(
      `<icra-news api="${api}" authority="ganja" lang="en" page-size="4"></icra-news>`,
    );
    await until(() => titles(element).length === 4);
    await userEvent.click($(element, '[part~="load-more"]')!);
    await until(() => titles(element).length === Math.min(8, en.length));
    expect(titles(element)).toEqual(en.slice(0, 8).map((item) => item.title));
    expect(deepActiveElement()?.textContent?.trim()).toBe(en[4]!.title);
    await until(() => announced(element).includes('more article'));
  });

  it('opens an article with its body, fires icra-news-open, and back restores focus', async () => {
    const element = await mount(
      `<icra-news api="${api}" authority="ganja" lang="en" page-size="3"></icra-news>`,
    );
    await until(() => titles(element).length === 3);
    const opened: IcraNewsOpenEvent[] = [];
    document.addEventListener('icra-news-open', (event) => opened.push(event), { once: true });
    await userEvent.click($$(element, '.title-button')[2]!);
    const heading = await until(() => $(element, '#article-title'));
    expect(heading.textContent).toBe(en[2]!.title);
    expect(deepActiveElement()).toBe(heading);
    const body = await until(() => $(element, '[part~="body"]'));
    const article = (await (
      await fetch(`${api}/v1/news/${en[2]!.id}?lang=en`)
    ).json()) as Schemas['NewsArticle'];
    expect([...body.querySelectorAll('p')].map((p) => p.textContent)).toEqual(article.body);
    expect(opened.map((event) => event.detail)).toEqual([{ id: en[2]!.id, authority: 'ganja' }]);

    await userEvent.click($(element, '[part~="back"]')!);
    await until(() => deepActiveElement()?.textContent?.trim() === en[2]!.title);
  });

  it('re-renders when <html lang> changes', async () => {
    document.documentElement.lang = 'az-Latn-AZ';
    const element = await mount(`<icra-news api="${api}" authority="ganja" page-size="2"></icra-news>`);
    await until(() => titles(element)[0] === az[0]!.title);
    expect($(element, '.root')?.getAttribute('lang')).toBe('az');
    document.documentElement.lang = 'en';
    await until(() => titles(element)[0] === en[0]!.title);
    expect($(element, '.root')?.getAttribute('lang')).toBe('en');
  });
});
