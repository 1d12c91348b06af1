/**
 * The built bundles as an authority's page uses them: one `<script type="module">` from the
 * portal's /widgets/icra.js (the loader, which imports the widgets the page uses from
 * /widgets/chunks/) and a few elements, on a page with a strict Content-Security-Policy
 * (no inline styles or scripts at all). Run after `npm run build`.
 */
import { afterEach, expect, inject, it } from 'vitest';
import { commands } from 'vitest/browser';
import '../src/sign-in/define.js';
import { sessionFor } from '../src/core/auth.js';
import type { IcraSignIn } from '../src/sign-in/sign-in.js';
import { cleanup, mount, openMasalliPoll } from './helpers.js';

const api = inject('apiUrl');
let frame: HTMLIFrameElement | undefined;

afterEach(() => frame?.remove());

function page(body: string, script = 'icra.js'): Promise<Document> {
  const csp = `default-src 'none'; script-src ${api}; connect-src ${api}; img-src ${api}; style-src 'none'`;
  frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">
    <meta http-equiv="Content-Security-Policy" content="${csp}"></head>
    <body>${body}<script type="module" src="${api}/widgets/${script}"></script></body></html>`;
  const loaded = new Promise<Document>((resolve) =>
    frame!.addEventListener('load', () => resolve(frame!.contentDocument!)),
  );
  document.body.append(frame);
  return loaded;
}

async function until<T>(read: () => T | null | undefined | false, timeout = 10_000): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const value = read();
    if (value) return value;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

it('registers the widgets, finds the API it was served from, and is styled under a strict CSP', async () => {
  const doc = await page('<icra-news authority="ganja" page-size="2" theme="light"></icra-news>');
  const news = doc.querySelector('icra-news')!;
  const titles = await until(() => {
    const buttons = news.shadowRoot?.querySelectorAll('.title-button');
    return buttons && buttons.length === 2 ? [...buttons] : undefined;
  });
  const expected = (await (await fetch(`${api}/v1/news?authority=ganja&limit=2&lang=en`)).json()) as {
    items: { title: string }[];
  };
  expect(titles.map((button) => button.textContent?.trim())).toEqual(
    expected.items.map((item) => item.title),
  );
  expect(doc.defaultView!.customElements.get('icra-config')).toBeDefined();
  // Styles arrive as constructable stylesheets, which style-src 'none' does not block.
  const view = doc.defaultView!;
  expect(view.getComputedStyle(titles[0]!).color).toBe('rgb(11, 92, 173)');
  expect(view.getComputedStyle(news.shadowRoot!.querySelector('.list')!).display).toBe('grid');
  const cover = news.shadowRoot!.querySelector<HTMLImageElement>('img')!;
  expect(cover.src.startsWith(`${api}/media/`)).toBe(true);
});

it('signs in through the portal popup from a page with a strict CSP and shows the cabinet', async () => {
  const doc = await page('<icra-cabinet authority="ganja" lang="en" theme="light"></icra-cabinet>');
  const cabinet = doc.querySelector('icra-cabinet')!;
  const control = await until(() => cabinet.shadowRoot?.querySelector('icra-sign-in'));
  const button = await until(() => control.shadowRoot?.querySelector<HTMLButtonElement>('[part~="sign-in"]'));
  // Styled by constructable stylesheets, which style-src 'none' does not block.
  expect(doc.defaultView!.getComputedStyle(button).backgroundColor).toBe('rgb(11, 92, 173)');
  button.click();
  const shown = await commands.popup({ url: `${api}/oauth/authorize?response_type=code&client_id=ganja` });
  // The page's real origin, though its location is about:srcdoc.
  expect(new URL(shown.url).searchParams.get('origin')).toBe(location.origin);
  await commands.popup({
    url: `${api}/oauth/authorize?response_type=code&client_id=ganja`,
    click: 'Aysel Məmmədova',
  });
  const fin = await until(() =>
    [...(cabinet.shadowRoot?.querySelectorAll('[part~="profile"] dd') ?? [])].find(
      (dd) => dd.textContent === '5HK2L7P',
    ),
  );
  expect(fin).toBeTruthy();
  control.shadowRoot!.querySelector<HTMLButtonElement>('[part~="sign-out"]')!.click();
  await until(() => cabinet.shadowRoot?.querySelector('[part~="intro"]'));
});

it('icra-moderation.js: the moderators’ own bundle registers the desk and its sign-in control, under a strict CSP', async () => {
  const doc = await page(
    '<icra-moderation authority="ganja" lang="ru" theme="light"></icra-moderation>',
    'icra-moderation.js',
  );
  const desk = doc.querySelector('icra-moderation')!;
  const intro = await until(() => desk.shadowRoot?.querySelector('.intro'));
  expect(intro.textContent).toContain('войдите на портал как модератор');
  // It found the API it was served from: the sign-in control is there, styled.
  const control = await until(() => desk.shadowRoot?.querySelector('icra-sign-in'));
  const button = await until(() => control.shadowRoot?.querySelector<HTMLButtonElement>('[part~="sign-in"]'));
  expect(doc.defaultView!.getComputedStyle(button).backgroundColor).toBe('rgb(11, 92, 173)');
  expect(doc.defaultView!.customElements.get('icra-news')).toBeUndefined();
});

it('icra-service-desk.js: the service officers’ own bundle registers the desk and its sign-in control, under a strict CSP', async () => {
  const doc = await page(
    '<icra-service-desk authority="guba" lang="ru" theme="light"></icra-service-desk>',
    'icra-service-desk.js',
  );
  const desk = doc.querySelector('icra-service-desk')!;
  const intro = await until(() => desk.shadowRoot?.querySelector('.intro'));
  expect(intro.textContent).toContain('войдите на портал как сотрудник службы');
  // It found the API it was served from: the sign-in control is there, styled.
  const control = await until(() => desk.shadowRoot?.querySelector('icra-sign-in'));
  const button = await until(() => control.shadowRoot?.querySelector<HTMLButtonElement>('[part~="sign-in"]'));
  expect(doc.defaultView!.getComputedStyle(button).backgroundColor).toBe('rgb(11, 92, 173)');
  expect(doc.defaultView!.customElements.get('icra-moderation')).toBeUndefined();
});

it('icra-reception-desk.js: the reception officers’ own bundle registers the desk and its sign-in control, under a strict CSP', async () => {
  const doc = await page(
    '<icra-reception-desk authority="guba" lang="az" theme="light"></icra-reception-desk>',
    'icra-reception-desk.js',
  );
  const desk = doc.querySelector('icra-reception-desk')!;
  const intro = await until(() => desk.shadowRoot?.querySelector('.intro'));
  expect(intro.textContent).toContain('portala qəbul əməkdaşı kimi daxil olun');
  // It found the API it was served from: the sign-in control is there, styled.
  const control = await until(() => desk.shadowRoot?.querySelector('icra-sign-in'));
  const button = await until(() => control.shadowRoot?.querySelector<HTMLButtonElement>('[part~="sign-in"]'));
  expect(doc.defaultView!.getComputedStyle(button).backgroundColor).toBe('rgb(11, 92, 173)');
  expect(doc.defaultView!.customElements.get('icra-service-desk')).toBeUndefined();
});

it('icra-news-editor.js: the editors’ own bundle registers the editor and the rich-text field inside it', async () => {
  const doc = await page(
    '<icra-news-editor authority="guba" lang="en"></icra-news-editor>',
    'icra-news-editor.js',
  );
  const editor = doc.querySelector('icra-news-editor')!;
  await until(() => editor.shadowRoot?.querySelector('icra-sign-in'));
  // Registered as a side effect of the editor's module: a bundler must not drop it.
  expect(doc.defaultView!.customElements.get('icra-rich-text')).toBeDefined();
  expect(doc.defaultView!.customElements.get('icra-news')).toBeUndefined();
});

/** The files of /widgets/ the page has fetched so far, e.g. `icra.js`, `chunks/news-….js`. */
function fetched(doc: Document): string[] {
  const prefix = `${api}/widgets/`;
  return doc
    .defaultView!.performance.getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => name.startsWith(prefix))
    .map((name) => name.slice(prefix.length));
}

async function titles(news: Element, count: number): Promise<string[]> {
  const buttons = await until(() => {
    const found = news.shadowRoot?.querySelectorAll('.title-button');
    return found && found.length === count ? [...found] : undefined;
  });
  return buttons.map((button) => button.textContent?.trim() ?? '');
}

async function newsTitles(query: string): Promise<string[]> {
  const answer = (await (await fetch(`${api}/v1/news?${query}`)).json()) as { items: { title: string }[] };
  return answer.items.map((item) => item.title);
}

it('the loader fetches only what the page uses: a news page loads no cabinet, sign-in, poll or participation', async () => {
  const doc = await page('<icra-news authority="ganja" page-size="2" lang="en"></icra-news>');
  await titles(doc.querySelector('icra-news')!, 2);
  const files = fetched(doc);
  expect(files).toContain('icra.js');
  expect(files.some((file) => /^chunks\/news-[\w-]+\.js$/.test(file))).toBe(true);
  expect(files.some((file) => /^chunks\/shared-[\w-]+\.js$/.test(file))).toBe(true);
  expect(
    files.filter((file) => /^chunks\/(loader-)?(cabinet|sign-in|poll|participation)-/.test(file)),
  ).toEqual([]);
  // The shared chunk (which the news chunk imports) is asked for at once, beside the news chunk,
  // not after the news chunk has arrived: one round trip after icra.js.
  const preloaded = [...doc.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((link) =>
    link.href.slice(`${api}/widgets/`.length),
  );
  expect(preloaded.some((file) => /^chunks\/shared-/.test(file))).toBe(true);
  expect(preloaded.some((file) => /^chunks\/news-/.test(file))).toBe(true);
  const view = doc.defaultView!;
  expect(view.customElements.get('icra-cabinet')).toBeUndefined();
  expect(view.customElements.get('icra-sign-in')).toBeUndefined();
  expect(view.customElements.get('icra-poll')).toBeUndefined();
});

it('a catalogue page loads the catalogue alone and searches it, styled under a strict CSP', async () => {
  const doc = await page(
    '<icra-service-catalog authority="ganja" lang="en" theme="light" page-size="3"></icra-service-catalog>',
  );
  const catalog = doc.querySelector('icra-service-catalog')!;
  const expected = (await (await fetch(`${api}/v1/services?authority=ganja&limit=3&lang=en`)).json()) as {
    items: { title: string }[];
  };
  expect(await titles(catalog, 3)).toEqual(expected.items.map((item) => item.title));
  const files = fetched(doc);
  expect(files.some((file) => /^chunks\/service-catalog-[\w-]+\.js$/.test(file))).toBe(true);
  expect(
    files.filter((file) => /^chunks\/(loader-)?(news|cabinet|sign-in|poll|participation)-/.test(file)),
  ).toEqual([]);
  const view = doc.defaultView!;
  const card = catalog.shadowRoot!.querySelector('[part~="card"]')!;
  expect(view.getComputedStyle(card).borderTopStyle).toBe('solid');
  expect(card.getBoundingClientRect().height).toBeGreaterThan(0);
  // The search box works through the portal: Enter asks for `q`.
  const input = catalog.shadowRoot!.querySelector<HTMLInputElement>('#q')!;
  input.value = 'certificate';
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.form!.requestSubmit();
  const searched = (await (
    await fetch(`${api}/v1/services?authority=ganja&limit=3&lang=en&q=certificate`)
  ).json()) as { items: { title: string }[] };
  await until(() => {
    const now = [...catalog.shadowRoot!.querySelectorAll('.title-button')].map((b) => b.textContent?.trim());
    return now.join() === searched.items.map((item) => item.title).join();
  });
});

it('the loader defines elements that a script adds to the page later, alone or inside other elements', async () => {
  const doc = await page('<main></main>');
  const view = doc.defaultView!;
  // Nothing on the page yet: only the loader is fetched.
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(fetched(doc)).toEqual(['icra.js']);
  expect(view.customElements.get('icra-news')).toBeUndefined();

  const news = doc.createElement('icra-news');
  news.setAttribute('authority', 'ganja');
  news.setAttribute('page-size', '2');
  news.setAttribute('lang', 'en');
  doc.querySelector('main')!.append(news);
  expect(await titles(news, 2)).toEqual(await newsTitles('authority=ganja&limit=2&lang=en'));

  const section = doc.createElement('section');
  section.innerHTML = '<div><icra-cabinet authority="ganja" lang="en"></icra-cabinet></div>';
  doc.body.append(section);
  const cabinet = section.querySelector('icra-cabinet')!;
  const control = await until(() => cabinet.shadowRoot?.querySelector('icra-sign-in'));
  await until(() => control.shadowRoot?.querySelector('[part~="sign-in"]'));
  expect(fetched(doc).some((file) => file.startsWith('chunks/cabinet-'))).toBe(true);
});

it('<icra-config> configures the widgets inside it, and is defined before any of them', async () => {
  const doc = await page(
    `<icra-config authority="ganja" lang="ru"><div><icra-news page-size="2"></icra-news></div></icra-config>
     <icra-news page-size="3" lang="en"></icra-news>`,
  );
  const view = doc.defaultView!;
  // By the time a widget is defined, the config it may sit in is too (they share a chunk).
  await view.customElements.whenDefined('icra-news');
  expect(view.customElements.get('icra-config')).toBeDefined();
  const [inside, outside] = [...doc.querySelectorAll('icra-news')];
  expect(await titles(inside!, 2)).toEqual(await newsTitles('authority=ganja&limit=2&lang=ru'));
  expect(await titles(outside!, 3)).toEqual(await newsTitles('limit=3&lang=en'));

  // A config put around a widget that already runs reaches it as well.
  const config = doc.createElement('icra-config');
  config.setAttribute('lang', 'en');
  config.setAttribute('authority', 'ganja');
  outside!.before(config);
  config.append(outside!);
  const expected = await newsTitles('authority=ganja&limit=3&lang=en');
  const shown = () =>
    [...(outside!.shadowRoot?.querySelectorAll('.title-button') ?? [])].map((b) => b.textContent?.trim());
  await until(() => JSON.stringify(shown()) === JSON.stringify(expected));
  expect(shown()).toEqual(expected);
});

it('load(tag) defines a widget the loader cannot see, inside a shadow root; other tags are ignored', async () => {
  // The loader in this test's own page (another origin than the portal, like an authority's site).
  const { load } = (await import(/* @vite-ignore */ `${api}/widgets/icra.js`)) as {
    load: (tag: string) => Promise<void>;
  };
  const host = document.createElement('div');
  document.body.append(host);
  try {
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<icra-poll authority="ganja" lang="en"></icra-poll>';
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(customElements.get('icra-poll')).toBeUndefined();
    await load('icra-poll');
    expect(customElements.get('icra-poll')).toBeDefined();
    // …with the sign-in control it contains, and the config every widget may sit in.
    expect(customElements.get('icra-sign-in')).toBeDefined();
    expect(customElements.get('icra-config')).toBeDefined();
    const poll = root.querySelector('icra-poll')!;
    expect(poll).toBeInstanceOf(customElements.get('icra-poll')!);
    await until(() => poll.shadowRoot?.childElementCount);
    await expect(load('icra-news-editor')).resolves.toBeUndefined();
    await expect(load('icra-nothing')).resolves.toBeUndefined();
    await expect(load('div')).resolves.toBeUndefined();
    expect(customElements.get('icra-news-editor')).toBeUndefined();
    // The same promise again: nothing is fetched twice.
    expect(load('icra-poll')).toBe(load('ICRA-POLL'));
  } finally {
    host.remove();
  }
});

it('the poll through the loader: the ballot’s chunk only once a citizen may vote, then a secret ballot cast, under a strict CSP', async () => {
  // A Masalli moderator creates the poll (in the test's own page, with the SDK).
  const control = await mount<IcraSignIn>(
    `<icra-sign-in api="${api}" authority="masalli" lang="en"></icra-sign-in>`,
  );
  // The moderation desk's scope: this test moderates through the SDK, as the desk would.
  sessionFor(api).want(globalThis, ['participation:moderate']);
  control.shadowRoot!.querySelector<HTMLButtonElement>('[part~="sign-in"]')!.click();
  const authorize = `${api}/oauth/authorize?response_type=code&client_id=masalli`;
  await commands.popup({ url: authorize, click: 'Vüqar Salmanov' });
  await until(() => sessionFor(api).token);
  const created = await openMasalliPoll(api, {
    question: { az: 'Kitabxana nə vaxt açıq olsun?', en: 'When should the library be open?' },
    options: [
      { az: 'Səhər', en: 'Mornings' },
      { az: 'Axşam', en: 'Evenings' },
    ],
    resultsVisibility: 'live',
  });
  sessionFor(api).signOut();
  cleanup();

  const doc = await page(
    `<icra-poll authority="masalli" poll="${created.id}" lang="en" theme="light"></icra-poll>`,
  );
  const poll = doc.querySelector('icra-poll')!;
  const $p = (selector: string) => poll.shadowRoot?.querySelector<HTMLElement>(selector);
  await until(() => $p('[part~="results"]'));
  // Signed out: no ballot, and none of its code.
  expect(fetched(doc).filter((file) => /^chunks\/ballot-/.test(file))).toEqual([]);
  const inner = await until(() => $p('icra-sign-in'));
  inner.shadowRoot!.querySelector<HTMLButtonElement>('[part~="sign-in"]')!.click();
  await commands.popup({ url: authorize, click: 'Vüsal Mirzəyev' });
  const radios = await until(() => {
    const found = poll.shadowRoot?.querySelectorAll<HTMLInputElement>('input[type="radio"]');
    return found?.length === 2 ? [...found] : undefined;
  });
  // Signed in, eligible, the poll open: the ballot's code comes, from chunks/ beside icra.js.
  await until(() => fetched(doc).some((file) => /^chunks\/ballot-[\w-]+\.js$/.test(file)));
  radios[1]!.click();
  $p('[part~="vote"]')!.click();
  const counted =
    'Your vote is counted. Results are published in batches of 2; the next batch will include it.';
  await until(() => $p('[part~="note"]')?.textContent?.trim() === counted);
  await until(() => $p('[part~="uncounted"]')?.textContent?.trim() === '1 ballot not yet in these results');
  // The loader was not fetched twice (the poll's chunk imports the one the page runs).
  expect(fetched(doc).filter((file) => file === 'icra.js')).toHaveLength(1);
  inner.shadowRoot!.querySelector<HTMLButtonElement>('[part~="sign-out"]')!.click();
});

it('the service form through the loader checks a step with @icra/forms under a CSP that forbids eval', async () => {
  const doc = await page(
    '<icra-service-form authority="guba" service="residence-certificate" lang="en" theme="light"></icra-service-form>',
  );
  const view = doc.defaultView as Window & typeof globalThis;
  // The page's CSP has no 'unsafe-eval': code made from strings is refused.
  expect(() => view.eval('1 + 1')).toThrow();
  expect(() => new view.Function('return 1')).toThrow();
  const form = doc.querySelector('icra-service-form')!;
  const root = () => form.shadowRoot!;
  const title = () => form.shadowRoot?.querySelector('[part~="step-title"]')?.textContent?.trim();
  const next = () => root().querySelector<HTMLButtonElement>('[part~="next"]')!;
  await until(() => title() === 'Applicant');
  next().click();
  await until(() => title() === 'Where you live');
  next().click();
  // Nothing answered: the form runtime's messages, at the fields and in the summary.
  const summary = await until(() => form.shadowRoot?.querySelector('[part~="error-summary"]'));
  expect(summary.querySelectorAll('a')).toHaveLength(2);
  root().querySelector<HTMLInputElement>('#livesAtRegistered-0')!.click();
  const select = root().querySelector<HTMLSelectElement>('#presentTo')!;
  select.value = 'bank';
  select.dispatchEvent(new Event('change', { bubbles: true }));
  next().click();
  await until(() => title() === 'Documents');
  expect(fetched(doc).some((file) => /^chunks\/service-form-[\w-]+\.js$/.test(file))).toBe(true);
});
