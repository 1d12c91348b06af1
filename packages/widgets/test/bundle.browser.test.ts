/**
 * The self-contained bundle as an authority's page uses it: one `<script type="module">` from the
 * portal's /widgets/icra.js and one element, on a page with a strict Content-Security-Policy
 * (no inline styles or scripts at all). Run after `npm run build`.
 */
import { afterEach, expect, inject, it } from 'vitest';
import { commands } from 'vitest/browser';

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
