import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import {
  $,
  $$,
  announced,
  cleanup,
  deepActiveElement,
  mount,
  shadow,
  titles,
  until,
} from '../../test/helpers.js';
import '../index.js';
import { createIcraClient } from '@icra/sdk';
import { documentLangSubscriberCount } from '../core/lang.js';
import type { IcraNewsOpenEvent } from './events.js';
import { createNewsFixtureClient, type NewsArticle, newsArticles, newsFixtureFetch } from './fixtures.js';
import type { IcraNews } from './news.js';

beforeEach(cleanup);
afterEach(cleanup);

async function news(
  markup: string,
  options: Parameters<typeof createNewsFixtureClient>[0] = {},
): Promise<IcraNews> {
  return mount<IcraNews>(markup, (element) => {
    element.client = createNewsFixtureClient(options);
  });
}

describe('<icra-news> states the server cannot easily produce', () => {
  it('shows a busy skeleton while loading and says so', async () => {
    const element = await news('<icra-news lang="en"></icra-news>', { scenario: 'loading' });
    await until(() => $(element, '.skeleton'));
    expect($(element, 'section')?.getAttribute('aria-busy')).toBe('true');
    expect($(element, '.skeleton')?.getAttribute('aria-hidden')).toBe('true');
    await until(() => announced(element) === 'Loading the news…');
  });

  it('shows an error with a retry button that loads again', async () => {
    let failing = true;
    const fixtures = newsFixtureFetch();
    const fail = newsFixtureFetch({ scenario: 'error' });
    const element = await mount<IcraNews>('<icra-news lang="en" page-size="3"></icra-news>', (news) => {
      news.client = createIcraClient({
        baseUrl: 'https://portal.example.invalid',
        retry: 0,
        fetch: (input, init) => (failing ? fail(input, init) : fixtures(input, init)),
      });
    });
    const retry = await until(() => $(element, '[part~="retry"]'));
    expect($(element, '[part~="state"]')?.textContent).toContain('Could not load the news.');
    expect($(element, 'section')?.getAttribute('aria-busy')).toBe('false');
    await until(() => announced(element) === 'Could not load the news.');

    failing = false;
    await userEvent.click(retry);
    await until(() => titles(element).length === 3);
    expect($(element, '[part~="retry"]')).toBeNull();
  });

  it('shows an empty state', async () => {
    const element = await news('<icra-news lang="ru"></icra-news>', { scenario: 'empty' });
    await until(() => $(element, '[part~="state"]')?.textContent?.includes('Новостей пока нет.'));
    expect($(element, '[part~="list"]')).toBeNull();
    expect($(element, '[part~="load-more"]')).toBeNull();
  });

  it('says it is not set up when no API address is given', async () => {
    const element = await mount<IcraNews>('<icra-news lang="en"></icra-news>');
    await until(() => $(element, '[part~="state"]')?.textContent?.includes('no API address'));
  });
});

describe('<icra-news> with fixtures', () => {
  it('lists articles with cover, title, date and summary, in the widget language', async () => {
    const element = await news('<icra-news lang="en" page-size="6"></icra-news>');
    await until(() => titles(element).length === 6);
    expect(titles(element)[0]).toBe("New footpath opens in Khan's Garden");
    expect($(element, '.root')?.getAttribute('lang')).toBe('en');
    const first = $$(element, '[part~="item"]')[0]!;
    expect(first.querySelector('article')).not.toBeNull();
    const time = first.querySelector('time')!;
    expect(time.getAttribute('datetime')).toBe('2026-11-24T08:30:00Z');
    expect(time.textContent).toBe('November 24, 2026');
    const img = first.querySelector('img')!;
    expect(img.alt).toBe("The new path among the trees of Khan's Garden");
    expect(img.getAttribute('width')).toBe('640');
    expect(img.getAttribute('height')).toBe('360');
    expect(img.getAttribute('loading')).toBe('lazy');
    await until(() => announced(element) === 'Showing 6 articles');
    // An article without an English translation is served in Azerbaijani and marked so.
    const fallback = $$(element, '[part~="item"]')[4]!;
    expect(fallback.querySelector('[lang="az"]')?.textContent?.trim()).toBe(
      'Gəncə–Goranboy yolunun təmiri başa çatıb',
    );
  });

  it('formats dates in Azerbaijani and Russian, in Baku time', async () => {
    const az = await news('<icra-news lang="az" page-size="1"></icra-news>');
    const ru = await news('<icra-news lang="ru" page-size="1"></icra-news>');
    // 2026-11-24T08:30Z is 12:30 in Baku; an article at 22:00Z would already be the next day there.
    await until(() => titles(az).length === 1 && titles(ru).length === 1);
    expect($(az, 'time')?.textContent).toMatch(/24 noyabr 2026/);
    expect($(ru, 'time')?.textContent).toMatch(/24 ноября 2026/);
  });

  it('loads more, moves focus to the first new article and announces how many were added', async () => {
    const element = await news('<icra-news lang="en" page-size="3"></icra-news>');
    await until(() => titles(element).length === 3);
    await userEvent.click($(element, '[part~="load-more"]')!);
    await until(() => titles(element).length === 6);
    expect(deepActiveElement()?.textContent?.trim()).toBe(titles(element)[3]);
    await until(() => announced(element) === '3 more articles added');

    await userEvent.click($(element, '[part~="load-more"]')!);
    await until(() => titles(element).length === 7);
    expect($(element, '[part~="load-more"]')).toBeNull();
    expect(deepActiveElement()?.textContent?.trim()).toBe(titles(element)[6]);
    await until(() => announced(element) === '1 more article added. All news is shown.');
  });

  it('opens an article with the keyboard, fires icra-news-open and goes back to where it was', async () => {
    const element = await news('<icra-news lang="en" page-size="3"></icra-news>');
    await until(() => titles(element).length === 3);
    const events: IcraNewsOpenEvent[] = [];
    document.addEventListener('icra-news-open', (event) => events.push(event), { once: true });

    $$(element, '.title-button')[1]!.focus();
    await userEvent.keyboard('{Enter}');
    const heading = await until(() => $(element, '#article-title'));
    expect(heading.localName).toBe('h2');
    expect(heading.textContent).toBe('Twelve courtyards landscaped across the city');
    await until(() => deepActiveElement() === heading);
    await until(() =>
      $(element, '[part~="body"]')?.textContent?.includes('Over the year, twelve courtyards'),
    );
    expect(events).toHaveLength(1);
    expect(events[0]!.detail).toEqual({ id: '0b8f4a52-3f0e-4d8e-9a57-1c2f6b9d0a02', authority: 'ganja' });
    expect(events[0]!.composed && events[0]!.bubbles).toBe(true);

    await userEvent.click($(element, '[part~="back"]')!);
    await until(() => titles(element).length === 3);
    expect(deepActiveElement()?.textContent?.trim()).toBe('Twelve courtyards landscaped across the city');
  });

  it('lets the page cancel opening an article', async () => {
    const element = await news('<icra-news lang="en" page-size="2"></icra-news>');
    await until(() => titles(element).length === 2);
    const cancel = (event: Event) => event.preventDefault();
    element.addEventListener('icra-news-open', cancel);
    await userEvent.click($$(element, '.title-button')[0]!);
    expect($(element, '#article-title')).toBeNull();
    element.removeEventListener('icra-news-open', cancel);
  });

  it('uses the heading level it is given', async () => {
    const element = await news('<icra-news lang="en" page-size="1" heading-level="3"></icra-news>');
    await until(() => titles(element).length === 1);
    expect($(element, '.title')?.localName).toBe('h3');
  });

  it('renders API text containing markup as inert text (plain-text body, from a server without bodyHtml)', async () => {
    const attack = '<img src=x onerror="window.__icraXss=1">';
    const articles: NewsArticle[] = newsArticles('en').map(({ bodyHtml: _bodyHtml, ...article }, index) => ({
      ...article,
      title: index === 0 ? `${attack} Title` : article.title,
      summary: index === 0 ? `Summary ${attack}` : article.summary,
      body: index === 0 ? [attack, '<script>window.__icraXss=2</script>'] : article.body,
      cover:
        index === 0 && article.cover
          ? { ...article.cover, alt: `"><img src=x onerror=alert(1)>` }
          : article.cover,
    }));
    const element = await news('<icra-news lang="en" page-size="2"></icra-news>', { articles });
    await until(() => titles(element).length === 2);
    const card = $$(element, '[part~="card"]')[0]!;
    expect(card.querySelector('.title-button')?.textContent?.trim()).toBe(`${attack} Title`);
    expect(card.querySelector('[part~="summary"]')?.textContent).toBe(`Summary ${attack}`);
    expect(card.querySelectorAll('img')).toHaveLength(1); // the cover, nothing injected
    await userEvent.click(card.querySelector('.title-button')!);
    const body = await until(() => $(element, '[part~="body"]'));
    expect([...body.querySelectorAll('p')].map((p) => p.textContent)).toEqual([
      attack,
      '<script>window.__icraXss=2</script>',
    ]);
    expect(body.querySelector('img, script')).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((window as { __icraXss?: number }).__icraXss).toBeUndefined();
  });
});

describe('configuration', () => {
  it('takes api, authority, lang and theme from the nearest <icra-config>, across shadow roots', async () => {
    const requests: Request[] = [];
    const outer = await mount<HTMLElement>(
      '<icra-config api="https://outer.example.invalid" lang="en"><div></div></icra-config>',
    );
    const root = outer.querySelector('div')!.attachShadow({ mode: 'open' });
    root.innerHTML =
      '<icra-config authority="guba" lang="ru" theme="dark"><section><icra-news page-size="2"></icra-news></section></icra-config>';
    const config = root.querySelector('icra-config')!;
    config.client = createNewsFixtureClient({ onRequest: (request) => requests.push(request) });
    const element = root.querySelector('icra-news')!;
    await until(() => requests.length > 0 && $(element, '[part~="state"], [part~="list"]'));
    expect(element.resolvedLang).toBe('ru');
    expect(element.resolvedAuthority).toBe('guba');
    expect(element.resolvedApi).toBe('https://outer.example.invalid');
    expect($(element, '.root')?.getAttribute('data-theme')).toBe('dark');
    const url = new URL(requests.at(-1)!.url);
    expect(url.searchParams.get('authority')).toBe('guba');
    expect(url.searchParams.get('lang')).toBe('ru');
    // The element's own attribute wins.
    element.setAttribute('lang', 'en');
    await until(() => new URL(requests.at(-1)!.url).searchParams.get('lang') === 'en');
  });

  it('finds an <icra-config> that is defined after the widget inside it', async () => {
    const wrapper = await mount<HTMLElement>(
      '<icra-config-later lang="en"><icra-news></icra-news></icra-config-later>',
      (config) => {
        config.querySelector('icra-news')!.client = createNewsFixtureClient();
      },
    );
    const element = wrapper.querySelector('icra-news')!;
    await until(() => titles(element).length > 0);
    expect(element.resolvedLang).toBe('az');
    const { IcraConfig } = await import('../config/config.js');
    customElements.define('icra-config-later', class extends IcraConfig {});
    await until(() => element.resolvedLang === 'en');
  });

  it('falls back to <html lang>, normalized, and follows its changes with one shared observer', async () => {
    document.documentElement.lang = 'en-GB';
    const before = documentLangSubscriberCount();
    const a = await news('<icra-news page-size="1"></icra-news>');
    const b = await news('<icra-news page-size="1" lang="az-Latn-AZ"></icra-news>');
    expect(documentLangSubscriberCount()).toBe(before + 2);
    await until(() => titles(a).length === 1 && titles(b).length === 1);
    expect(a.resolvedLang).toBe('en');
    expect(b.resolvedLang).toBe('az');
    expect(titles(a)[0]).toBe("New footpath opens in Khan's Garden");

    document.documentElement.lang = 'ru-RU';
    await until(() => titles(a)[0] === 'В Ханском саду открылась новая пешеходная дорожка');
    expect($(a, '.root')?.getAttribute('lang')).toBe('ru');
    expect(titles(b)[0]).toBe('Xan bağında yeni piyada zolağı açıldı');

    document.documentElement.lang = 'fr';
    await until(() => a.resolvedLang === 'az');
    a.remove();
    b.remove();
    expect(documentLangSubscriberCount()).toBe(before);
  });

  it('aborts the request in flight when the language changes and when removed', async () => {
    const requests: Request[] = [];
    const element = await news('<icra-news lang="az"></icra-news>', {
      scenario: 'loading',
      onRequest: (request) => requests.push(request),
    });
    await until(() => requests.length === 1);
    element.lang = 'en';
    await until(() => requests.length === 2);
    expect(requests[0]!.signal.aborted).toBe(true);
    expect(requests[1]!.signal.aborted).toBe(false);
    element.remove();
    expect(requests[1]!.signal.aborted).toBe(true);
    // Put back, it asks again.
    document.body.append(element);
    await until(() => requests.length === 3);
    expect(requests[2]!.signal.aborted).toBe(false);
  });

  it('loads again when the authority or the API changes', async () => {
    const requests: Request[] = [];
    const element = await mount<IcraNews>(
      '<icra-news api="https://one.example.invalid" authority="ganja"></icra-news>',
      (news) => {
        news.client = createNewsFixtureClient({ onRequest: (request) => requests.push(request) });
      },
    );
    await until(() => requests.length === 1);
    element.setAttribute('authority', 'guba');
    await until(() => requests.length === 2);
    expect(new URL(requests[1]!.url).searchParams.get('authority')).toBe('guba');
    // Without an injected client the API address picks the (shared) client.
    element.client = undefined;
    const seen: string[] = [];
    const original = globalThis.fetch;
    globalThis.fetch = async (input, init) => {
      seen.push(new Request(input, init).url);
      return new Response('{}', { status: 503 });
    };
    try {
      element.api = 'https://two.example.invalid/icra';
      await until(() => seen.some((url) => url.startsWith('https://two.example.invalid/icra/v1/news?')));
    } finally {
      globalThis.fetch = original;
    }
  });

  it('keeps the opened article when the language changes, and loads it in the new one', async () => {
    const element = await news('<icra-news lang="az" page-size="2"></icra-news>');
    await until(() => titles(element).length === 2);
    await userEvent.click($$(element, '.title-button')[0]!);
    await until(() => $(element, '[part~="body"]'));
    element.lang = 'en';
    await until(() => $(element, '#article-title')?.textContent === "New footpath opens in Khan's Garden");
    await until(() => $(element, '[part~="body"]')?.textContent?.includes('At the initiative'));
    expect(shadow(element).querySelector('[part~="back"]')?.textContent).toContain('Back to the news');
  });
});

describe('<icra-news> an opened article has an address', () => {
  afterEach(() => {
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('opening adds #news-<id>, Back closes it with focus on its title in the list; a page loaded so opens it', async () => {
    const element = await news('<icra-news lang="en"></icra-news>');
    await until(() => titles(element).length > 0);
    const [first] = newsArticles('en');
    const button = $$(element, '.title-button')[0]!;
    await userEvent.click(button);
    await until(() => $(element, '#article-title'));
    expect(location.hash).toBe(`#news-${first!.id}`);

    history.back();
    await until(() => location.hash === '' && titles(element).length > 0);
    const again = await until(() => $(element, `[data-id="${first!.id}"] .title-button`));
    await until(() => deepActiveElement() === again);

    // Shared: a page opened at that address shows the article.
    cleanup();
    history.replaceState(null, '', `#news-${first!.id}`);
    const shared = await news('<icra-news lang="en"></icra-news>');
    const title = await until(() => $(shared, '#article-title'));
    expect(title.textContent?.trim()).toBe(first!.title);
    await until(() => deepActiveElement() === title);
  });

  it('no-hash keeps the address as it is', async () => {
    const element = await news('<icra-news lang="en" no-hash></icra-news>');
    await until(() => titles(element).length > 0);
    await userEvent.click($$(element, '.title-button')[0]!);
    await until(() => $(element, '#article-title'));
    expect(location.hash).toBe('');
  });
});
