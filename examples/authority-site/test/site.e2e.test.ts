// End to end, as a newcomer sees it: the portal server started from its built CLI on a
// fresh embedded database, the example authority site on another origin with a strict CSP,
// and real Chromium opening the site and reading the news the widget rendered.
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Stack, startStack } from './support.js';

type NewsPage = { items: { title: string; lang: string }[] };

describe('example authority site', () => {
  let stack: Stack;
  let apiUrl: string;
  let site: { server: Server; url: string };
  let browser: Browser;
  const problems: string[] = [];

  beforeAll(async () => {
    // Ballots reach the public tallies three at a time: the three voters below fill one batch.
    stack = await startStack({ ICRA_BALLOT_BATCH: '3' });
    ({ apiUrl, site, browser } = stack);
  }, 120_000);

  afterAll(async () => {
    await stack?.stop();
  });

  async function open(path: string): Promise<Page> {
    const page = await browser.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('requestfailed', (request) => {
      // A widget aborts what it no longer needs (e.g. when the language changes): not a failure.
      if (request.failure()?.errorText !== 'net::ERR_ABORTED')
        problems.push(`request failed: ${request.url()}`);
    });
    await page.goto(`${site.url}${path}`);
    return page;
  }

  async function seededTitles(lang: string): Promise<string[]> {
    const response = await fetch(`${apiUrl}/v1/news?authority=guba&limit=4&lang=${lang}`);
    expect(response.ok).toBe(true);
    const page = (await response.json()) as NewsPage;
    expect(page.items.length).toBeGreaterThan(0);
    return page.items.map((item) => item.title);
  }

  it('serves the site from another origin than the portal', () => {
    expect(new URL(site.url).origin).not.toBe(new URL(apiUrl).origin);
  });

  it('shows the seeded news in Azerbaijani, then in English when the visitor switches language', async () => {
    const [azTitles, enTitles] = [await seededTitles('az'), await seededTitles('en')];
    expect(azTitles).not.toEqual(enTitles);

    const page = await open('/');
    const headings = page.locator('icra-news').getByRole('heading', { level: 2 });
    for (const title of azTitles) await expect.poll(() => headings.allInnerTexts()).toContain(title);

    await page.getByRole('button', { name: 'EN', exact: true }).click();
    for (const title of enTitles) await expect.poll(() => headings.allInnerTexts()).toContain(title);
    expect(await headings.allInnerTexts()).not.toContain(azTitles[0]);

    // Seeded covers come from the portal and actually load (not blocked by CSP or CORP).
    const covers = page.locator('icra-news img');
    await expect.poll(() => covers.count()).toBeGreaterThan(0);
    await expect
      .poll(() => covers.first().evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
      .toBe(true);
    await page.close();
    expect(problems).toEqual([]);
  });

  it('opens the page directly in Russian', async () => {
    const ruTitles = await seededTitles('ru');
    const page = await open('/?lang=ru');
    const headings = page.locator('icra-news').getByRole('heading', { level: 2 });
    await expect.poll(() => headings.allInnerTexts()).toContain(ruTitles[0]);
    await page.close();
    expect(problems).toEqual([]);
  });

  it('a citizen signs in through the portal popup and sees their registry profile and notifications', async () => {
    const page = await open('/?lang=en');
    const cabinet = page.locator('icra-cabinet');
    const [popup] = await Promise.all([
      page.waitForEvent('popup'),
      cabinet.getByRole('button', { name: 'Sign in', exact: true }).click(),
    ]);
    // The portal's own page, on the portal's origin: the demo identity provider.
    await popup.waitForURL((url) => url.pathname === '/oauth/authorize');
    expect(new URL(popup.url()).origin).toBe(new URL(apiUrl).origin);
    await popup.getByRole('button', { name: /Orxan Babayev/ }).click();
    await expect.poll(() => cabinet.getByText('8VB5N3M').count()).toBeGreaterThan(0);
    await expect.poll(() => cabinet.getByText(/Orxan/).count()).toBeGreaterThan(0);
    // Orxan has a seeded notification; it is listed under his profile.
    await expect.poll(() => cabinet.locator('[part~="notification"]').count()).toBeGreaterThan(0);
    await cabinet.getByRole('button', { name: 'Sign out' }).click();
    await expect.poll(() => cabinet.getByText('8VB5N3M').count()).toBe(0);
    await page.close();
    expect(problems).toEqual([]);
  });

  async function signInAt(page: Page, host: string, who: string): Promise<void> {
    const [popup] = await Promise.all([
      page.waitForEvent('popup'),
      page.locator(host).getByRole('button', { name: 'Sign in', exact: true }).click(),
    ]);
    await popup.waitForURL((url) => url.pathname === '/oauth/authorize');
    await popup.getByRole('button', { name: new RegExp(who) }).click();
  }

  it('a Guba editor publishes an article in the newsroom and readers then see it in <icra-news>', async () => {
    const title = `Guba library reading room opens ${Date.now()}`;
    const newsroom = await open('/newsroom.html?lang=en');
    const editor = newsroom.locator('icra-news-editor');
    await signInAt(newsroom, 'icra-news-editor', 'Aytən Kazımova');
    await editor.getByRole('button', { name: 'New article' }).click();
    await editor.locator('#az-title').fill(title);
    await editor.locator('#az-summary').fill('A reading room for children opens at the district library.');
    await editor.locator('#az-body').click();
    await newsroom.keyboard.type('The reading room opens on 1 December.');
    await editor.getByRole('button', { name: 'Publish', exact: true }).click();
    await expect.poll(() => editor.locator('[part~="status"]').first().textContent()).toMatch(/Published/);
    await newsroom.close();

    // A reader on the home page: the article is there, with what the editor wrote.
    const home = await open('/?lang=en');
    const headings = home.locator('icra-news').getByRole('heading', { level: 2 });
    await expect.poll(() => headings.allInnerTexts(), { timeout: 15_000 }).toContain(title);
    await home.locator('icra-news').getByRole('button', { name: title }).click();
    await expect
      .poll(() => home.locator('icra-news [part~="body"]').textContent())
      .toContain('The reading room opens on 1 December.');
    await home.close();
    expect(problems).toEqual([]);
  });

  it('an official of another authority is refused in Guba’s newsroom', async () => {
    const newsroom = await open('/newsroom.html?lang=en');
    const editor = newsroom.locator('icra-news-editor');
    await signInAt(newsroom, 'icra-news-editor', 'Samirə Bağırova');
    await expect
      .poll(() => editor.locator('[part~="state"][role="alert"]').textContent())
      .toContain("You cannot edit this authority's news");
    expect(await editor.getByRole('button', { name: 'New article' }).count()).toBe(0);
    await newsroom.close();
    // The browser logs the refusal (403) it was meant to get; nothing else went wrong.
    expect(problems.filter((problem) => !problem.includes('status of 403'))).toEqual([]);
    problems.length = 0;
  });

  /** Now in Baku (UTC+4, no daylight saving) as a `datetime-local` value, shifted by `minutes`. */
  function bakuLocal(minutes: number): string {
    return new Date(Date.now() + (4 * 60 + minutes) * 60_000).toISOString().slice(0, 16);
  }

  const results = (page: Page) =>
    page
      .locator('icra-poll [part~="result"]')
      .allInnerTexts()
      .then((texts) => texts.map((text) => text.replace(/\s+/g, ' ').trim()));

  it('e-participation: a citizen files an application, Guba’s moderator approves it into a poll, three citizens vote once each, and everyone sees the same open results', async () => {
    const subject = `Benches along Nizami street ${Date.now()}`;

    // A citizen files the application on the participation page.
    const filing = await open('/participation.html?lang=en');
    const participation = filing.locator('icra-participation');
    // The widget's heading is the page's one h1 (heading-level="1"), and the document's title.
    await expect
      .poll(() => filing.getByRole('heading', { level: 1 }).allInnerTexts())
      .toEqual(['E-participation']);
    expect(await filing.title()).toBe('E-participation — Guba District Executive Power');
    await signInAt(filing, 'icra-participation', 'Orxan Babayev');
    await participation.getByLabel('Direction').selectOption('utilities');
    await participation.getByLabel('Subject').fill(subject);
    await participation
      .getByLabel('Your application')
      .fill('There is nowhere to sit between the park and the bazaar.');
    await participation.getByRole('button', { name: 'Send application' }).click();
    await expect.poll(() => participation.locator('[part~="filed"]').textContent()).toContain(subject);
    await filing.close();

    // Guba's moderator finds it in the queue and approves it into a poll, open now, results live.
    const desk = await open('/moderation.html?lang=en');
    const moderation = desk.locator('icra-moderation');
    await signInAt(desk, 'icra-moderation', 'Nicat Şirinov');
    await moderation.getByRole('button', { name: subject }).click();
    await moderation.getByRole('button', { name: 'Approve and create a poll' }).click();
    await moderation.getByLabel('Option 1', { exact: true }).fill('Along the whole street');
    await moderation.getByLabel('Option 2', { exact: true }).fill('Only near the school');
    await moderation.getByLabel('Voting opens', { exact: true }).fill(bakuLocal(-10));
    await moderation.getByLabel('Voting closes', { exact: true }).fill(bakuLocal(7 * 24 * 60));
    await moderation.getByRole('radio', { name: 'Always' }).check();
    await moderation.getByRole('button', { name: 'Approve and create the poll' }).click();
    await expect
      .poll(() => moderation.getByText('The application was approved and the poll created.').count())
      .toBeGreaterThan(0);
    await desk.close();

    const listed = await fetch(`${apiUrl}/v1/participation/polls?authority=guba&state=open&lang=en&limit=50`);
    const poll = ((await listed.json()) as { items: { id: string; question: string }[] }).items.find(
      (item) => item.question === subject,
    );
    expect(poll).toBeDefined();

    // Three Guba residents cast secret ballots, each on their own device, each once; the first two
    // wait in the box (the results change only by whole batches of three).
    const voters: Array<[string, string]> = [
      ['Orxan Babayev', 'Along the whole street'],
      ['Səbinə Nəsibova', 'Only near the school'],
      ['Kamran Rzayev', 'Along the whole street'],
    ];
    const pages: Page[] = [];
    for (const [who, choice] of voters) {
      const page = await open(`/participation.html?lang=en#poll=${poll!.id}`);
      await signInAt(page, 'icra-participation icra-poll', who);
      const ballot = page.locator('icra-poll');
      await ballot.getByRole('radio', { name: choice }).check();
      await ballot.getByRole('button', { name: 'Vote' }).click();
      await expect
        .poll(() => ballot.locator('[part~="note"]').textContent())
        .toContain(
          'Your vote is counted. Results are published in batches of 3; the next batch will include it.',
        );
      if (pages.length < 2) {
        await expect
          .poll(() => ballot.locator('[part~="uncounted"]').textContent())
          .toContain(`${pages.length + 1} ballot`);
        expect(await results(page)).toEqual([
          'Along the whole street 0 votes · 0%',
          'Only near the school 0 votes · 0%',
        ]);
      }
      pages.push(page);
    }

    // Orxan, again on another device: no ballot, and the honest answer (the portal knows he took his
    // ballot, not whether it was cast).
    const again = await open(`/participation.html?lang=en#poll=${poll!.id}`);
    await signInAt(again, 'icra-participation icra-poll', 'Orxan Babayev');
    await expect
      .poll(() => again.locator('icra-poll [part~="note"]').textContent())
      .toContain(
        'You took your ballot for this poll earlier, perhaps on another device. If it was not cast there, it cannot be cast again.',
      );
    expect(await again.locator('icra-poll').getByRole('button', { name: 'Vote' }).count()).toBe(0);

    // Everyone sees the same results: a visitor who is not signed in, and every voter's open page
    // (the first voters' pages catch up by themselves: live results).
    const expected = ['Along the whole street 2 votes · 66.7%', 'Only near the school 1 vote · 33.3%'];
    const visitor = await open(`/participation.html?lang=en#poll=${poll!.id}`);
    for (const page of [visitor, again, ...pages]) {
      await expect.poll(() => results(page), { timeout: 40_000 }).toEqual(expected);
    }
    const api = (await (await fetch(`${apiUrl}/v1/participation/polls/${poll!.id}/results`)).json()) as {
      total: number;
      uncounted: number;
    };
    expect([api.total, api.uncounted]).toEqual([3, 0]);
    for (const page of [visitor, again, ...pages]) {
      expect(await page.locator('icra-poll [part~="uncounted"]').count()).toBe(0);
    }
    for (const page of [visitor, again, ...pages]) await page.close();
    expect(problems).toEqual([]);
  });

  // The site itself, as a person sees it at 1280 px and on a 375 × 812 phone, in its three languages.
  const PAGES = [
    '/',
    '/services.html',
    '/service.html',
    '/participation.html',
    '/newsroom.html',
    '/moderation.html',
    '/service-desk.html',
    '/reception.html',
    '/reception-desk.html',
  ];
  const LANGS = ['az', 'en', 'ru'] as const;
  /** The widgets' "sign in" button: text a widget renders, in each language. */
  const SIGN_IN = { az: 'Daxil ol', en: 'Sign in', ru: 'Войти' } as const;
  /** The catalogue's search button, on the one page without a sign-in (the services need none). */
  const SEARCH = { az: 'Axtar', en: 'Search', ru: 'Найти' } as const;
  const PHONE = { width: 375, height: 812 };

  it('e-services: a visitor searches Guba’s catalogue, opens a service with its documents and the link to apply, and reads it in Russian', async () => {
    type ServicePage = { items: { slug: string; title: string; electronic: boolean }[] };
    const catalogue = async (query: string) =>
      ((await (await fetch(`${apiUrl}/v1/services?authority=guba&limit=50&${query}`)).json()) as ServicePage)
        .items;
    const [all, certificates] = [await catalogue('lang=en'), await catalogue('lang=en&q=certificate')];
    expect(certificates.length).toBeGreaterThan(0);
    expect(certificates.length).toBeLessThan(all.length);

    const page = await open('/services.html?lang=en');
    expect(await page.title()).toBe('E-services — Guba District Executive Power');
    expect(await page.getByRole('heading', { level: 1 }).allInnerTexts()).toEqual(['E-services']);
    const widget = page.locator('icra-service-catalog');
    const titles = widget.getByRole('heading', { level: 2 });
    await expect.poll(() => titles.allInnerTexts()).toEqual(all.slice(0, 10).map((item) => item.title));

    // The visitor searches: Enter asks at once, and only the matching services stay.
    await widget.getByLabel('Search the services').fill('certificate');
    await widget.getByLabel('Search the services').press('Enter');
    await expect.poll(() => titles.allInnerTexts()).toEqual(certificates.map((item) => item.title));

    // …opens the first one from the keyboard: its heading has focus, its documents say their limits.
    const first = certificates[0]!;
    await widget.getByRole('button', { name: first.title }).focus();
    await page.keyboard.press('Enter');
    const heading = widget.getByRole('heading', { level: 2, name: first.title });
    await expect
      .poll(() => heading.evaluate((h) => h.getRootNode() instanceof ShadowRoot && h.matches(':focus')))
      .toBe(true);
    const detail = (await (await fetch(`${apiUrl}/v1/services/${first.slug}?lang=en`)).json()) as {
      documents: { name: string }[];
    };
    const documents = widget.locator('[part~="document"]');
    await expect.poll(() => documents.count()).toBe(detail.documents.length);
    await expect
      .poll(() => widget.locator('[part~="limits"]').first().textContent())
      .toMatch(/ · up to \d+ MB · /);
    // The link to apply is this site's page for it, in the language the visitor reads.
    const apply = widget.getByRole('link', { name: 'Apply online' });
    expect(first.electronic).toBe(true);
    expect(new URL((await apply.getAttribute('href'))!).pathname).toBe('/service.html');
    const applyAt = new URL((await apply.getAttribute('href'))!);
    expect([applyAt.searchParams.get('service'), applyAt.searchParams.get('lang')]).toEqual([
      first.slug,
      'en',
    ]);
    expect(await apply.isVisible()).toBe(true);

    // Back to the list, focus on the service's title there.
    await widget.getByRole('button', { name: 'Back to the services' }).click();
    await expect
      .poll(() => widget.getByRole('button', { name: first.title }).evaluate((b) => b.matches(':focus')))
      .toBe(true);

    // In Russian: the search is kept, and the empty state names it.
    await page.getByRole('button', { name: 'RU', exact: true }).click();
    await expect
      .poll(() => widget.locator('[part~="state"]').textContent())
      .toContain('По запросу «certificate» услуг не найдено.');
    const ru = await catalogue('lang=ru');
    await widget.getByLabel('Поиск услуг').fill('');
    await widget.getByLabel('Поиск услуг').press('Enter');
    await expect.poll(() => titles.allInnerTexts()).toEqual(ru.slice(0, 10).map((item) => item.title));

    // A service that cannot be applied for online says where to go, with no link to apply.
    const offline = ru.find((item) => !item.electronic)!;
    await widget.locator(`[data-slug="${offline.slug}"] .title-button`).click();
    await expect.poll(() => widget.locator('[part~="offline"]').isVisible()).toBe(true);
    expect(await widget.getByRole('link', { name: 'Подать заявление онлайн' }).count()).toBe(0);
    await page.close();
    expect(problems).toEqual([]);
  });

  it('e-services: the service page shows the form ?service= names, checks a step and goes on to the next', async () => {
    const page = await open('/service.html?service=residence-certificate&lang=en');
    const form = page.locator('icra-service-form');
    await expect
      .poll(() => form.getByRole('heading', { level: 1 }).textContent())
      .toBe('Certificate of residence');
    await expect.poll(() => form.locator('[part~="progress"]').textContent()).toContain('Step 1 of');
    await form.getByRole('button', { name: 'Continue' }).click();
    await expect.poll(() => form.locator('[part~="step-title"]').textContent()).toBe('Where you live');
    await form.getByRole('button', { name: 'Continue' }).click();
    await expect.poll(() => form.locator('[part~="error-summary"] a').count()).toBe(2);
    await form.getByRole('radio', { name: 'Yes' }).check();
    await form.locator('#presentTo').selectOption('bank');
    await form.getByRole('button', { name: 'Continue' }).click();
    await expect.poll(() => form.locator('[part~="step-title"]').textContent()).toBe('Documents');
    expect(await form.locator('[part~="note"]').first().textContent()).toContain('Sign in to the portal');
    await page.close();
    expect(problems).toEqual([]);
  });

  it('keeps the language a visitor chose on every page a section link leads to', async () => {
    const page = await open('/');
    // The citizens' sections in the masthead, then the staff's pages in the footer.
    const sections = page.locator('nav.sections a, nav.staff a');
    for (const [p, path] of PAGES.entries()) {
      await page.goto(`${site.url}${path}`);
      const count = await sections.count();
      expect(count).toBe(11);
      for (let i = 0; i < count; i++) {
        // The visitor picks a language with the site's buttons (English and Russian, in turn)…
        const lang = (p + i) % 2 ? 'ru' : 'en';
        await page.goto(`${site.url}${path}`);
        await page.getByRole('button', { name: lang.toUpperCase(), exact: true }).click();
        // …then follows a section link: the next page, and the widgets on it, speak that language.
        const link = sections.nth(i);
        const target = new URL((await link.evaluate((a: HTMLAnchorElement) => a.href)) as string);
        await link.click();
        await page.waitForURL((url) => url.pathname === target.pathname && url.hash === target.hash);
        await page.waitForLoadState('load');
        const where = `${path} → ${target.pathname}${target.hash}`;
        expect(await page.evaluate(() => document.documentElement.lang), where).toBe(lang);
        const said = target.pathname.endsWith('/services.html') ? SEARCH : SIGN_IN;
        const widgetText = page.locator('main').getByRole('button', { name: said[lang], exact: true });
        await expect.poll(() => widgetText.count(), { message: where }).toBeGreaterThan(0);
        expect(await page.getByRole('button', { name: said.az, exact: true }).count(), where).toBe(0);
      }
    }
    await page.close();
    expect(problems).toEqual([]);
  });

  type Rgba = [number, number, number, number];
  type FocusRing = { focusVisible: boolean; bands: { colour: Rgba; width: number }[]; backdrop: Rgba };

  /** WCAG 2.2's contrast ratio of two opaque colours. */
  function contrast(a: Rgba, b: Rgba): number {
    const luminance = ([r, g, b]: Rgba) => {
      const [R, G, B] = [r, g, b].map((v) => {
        const c = v / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      }) as [number, number, number];
      return 0.2126 * R + 0.7152 * G + 0.0722 * B;
    };
    const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
    return (light + 0.05) / (dark + 0.05);
  }

  /** `colour` painted over the opaque `backdrop`. */
  function over([r, g, b, a]: Rgba, backdrop: Rgba): Rgba {
    return [0, 1, 2].map((i) => [r, g, b][i]! * a + backdrop[i]! * (1 - a)).concat(1) as Rgba;
  }

  /**
   * The rendered focus ring of the focused element (followed into shadow roots): the bands it is
   * drawn with (its outline, and box-shadow rings with a spread) and the colour of what it is drawn
   * on (the nearest painted ancestors, across shadow boundaries, composited).
   */
  function focusRing(page: Page): Promise<FocusRing | null> {
    return page.evaluate(() => {
      let element = document.activeElement;
      while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
      if (!element || element === document.body) return null;
      const rgba = (colour: string): [number, number, number, number] => {
        const [r = 0, g = 0, b = 0, a = 1] = (colour.match(/rgba?\(([^)]*)\)/)?.[1] ?? '0 0 0 0')
          .split(/[\s,/]+/)
          .filter(Boolean)
          .map(Number);
        return [r, g, b, colour.startsWith('rgba') || colour.includes('/') ? a : 1];
      };
      const parent = (node: Node): Node | null => (node instanceof ShadowRoot ? node.host : node.parentNode);
      const bandsOf = (drawer: Element) => {
        const style = getComputedStyle(drawer);
        const found: { colour: [number, number, number, number]; width: number }[] = [];
        if (style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0)
          found.push({ colour: rgba(style.outlineColor), width: Number.parseFloat(style.outlineWidth) });
        for (const shadow of style.boxShadow.matchAll(
          /(rgba?\([^)]*\))\s+(-?[\d.]+)px\s+(-?[\d.]+)px\s+([\d.]+)px\s+([\d.]+)px(?!\s*inset)/g,
        ))
          found.push({ colour: rgba(shadow[1]!), width: Number(shadow[5]) });
        return found;
      };
      // The ring is the focused element's, or (as a news card's) drawn by a box around it.
      let drawer: Element = element;
      let bands = bandsOf(drawer);
      for (let node = parent(drawer); !bands.length && node; node = parent(node)) {
        if (node instanceof Element && bandsOf(node).length) [drawer, bands] = [node, bandsOf(node)];
      }
      const layers: [number, number, number, number][] = [];
      for (let node: Node | null = drawer.parentNode; node; ) {
        if (node instanceof Element) {
          const layer = rgba(getComputedStyle(node).backgroundColor);
          if (layer[3] > 0) layers.push(layer);
          if (layer[3] === 1) break;
        }
        node = parent(node);
      }
      let backdrop: [number, number, number, number] = [255, 255, 255, 1];
      for (const [r, g, b, a] of layers.reverse())
        backdrop = [
          r * a + backdrop[0] * (1 - a),
          g * a + backdrop[1] * (1 - a),
          b * a + backdrop[2] * (1 - a),
          1,
        ];
      return { focusVisible: element.matches(':focus-visible'), bands, backdrop };
    });
  }

  it('shows a focus ring of at least 3:1 on every kind of background: the masthead, the footer, white cards, the widgets', async () => {
    const page = await open('/?lang=en');
    const cabinetSignIn = page.locator('icra-cabinet').getByRole('button', { name: 'Sign in', exact: true });
    const article = page.locator('icra-news').getByRole('button').first();
    await expect.poll(() => cabinetSignIn.count()).toBe(1);
    await expect.poll(() => article.count()).toBe(1);
    const targets = [
      ['a section link on the green masthead', page.locator('nav.sections a').first()],
      ['a staff page’s link on the dark footer', page.locator('nav.staff a').first()],
      [
        'the chosen language’s gold button on the masthead',
        page.getByRole('button', { name: 'EN', exact: true }),
      ],
      ['a link in a white card', page.locator('#contacts a[href^="tel:"]')],
      ['a link in the poll’s white card', page.locator('#poll').getByRole('link')],
      ['the cabinet’s button in its white card', cabinetSignIn],
      ['a news article in the news widget', article],
    ] as const;
    const measured: string[] = [];
    for (const [where, target] of targets) {
      // Keyboard use first, so that focus shows as it does for a keyboard user.
      await page.keyboard.press('Tab');
      await target.focus();
      const ring = await focusRing(page);
      expect(ring?.focusVisible, where).toBe(true);
      const bands = ring!.bands.filter((band) => band.width >= 2 && band.colour[3] > 0);
      expect(bands.length, where).toBeGreaterThan(0);
      const best = Math.max(
        ...bands.map((band) => contrast(over(band.colour, ring!.backdrop), ring!.backdrop)),
      );
      measured.push(`${where}: ${best.toFixed(2)}:1`);
      expect(best, measured.join('\n')).toBeGreaterThanOrEqual(3);
    }
    await page.close();
    expect(problems).toEqual([]);
  });

  it('on a phone, the page’s heading starts in the top quarter of the screen, under a masthead that still shows every section', async () => {
    const page = await open('/');
    await page.setViewportSize(PHONE);
    for (const path of PAGES) {
      for (const lang of LANGS) {
        await page.goto(`${site.url}${path}?lang=${lang}`);
        const where = `${path} in ${lang}`;
        // The page's one h1 (on the participation page, the widget's heading).
        const heading = page.getByRole('heading', { level: 1 });
        await expect.poll(() => heading.count(), { message: where }).toBe(1);
        // 200 px: about the top quarter of an 812 px screen, so three quarters of the first screen is
        // the page's content (before: the masthead alone took 324–355 px, the heading began at 356–387).
        const top = (await heading.boundingBox())!.y;
        expect(top, where).toBeLessThanOrEqual(200);
        // Compact, not hidden: every section link is on screen, and nothing scrolls sideways.
        const links = await page.locator('nav.sections a').evaluateAll(
          (anchors, headingTop) =>
            anchors.map((a) => {
              const box = a.getBoundingClientRect();
              return box.height >= 24 && box.left >= 0 && box.right <= innerWidth && box.bottom <= headingTop;
            }),
          top,
        );
        expect(links, where).toEqual(links.map(() => true));
        expect(links, where).toHaveLength(7);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), where).toBeLessThanOrEqual(
          PHONE.width,
        );
      }
    }
    await page.close();
    expect(problems).toEqual([]);
  });

  it('the home page’s personal cabinet has one heading, and the room of the main column at 1280 px', async () => {
    const page = await open('/');
    const titles = { az: 'Şəxsi kabinet', en: 'Personal cabinet', ru: 'Личный кабинет' } as const;
    for (const lang of LANGS) {
      await page.goto(`${site.url}/?lang=${lang}`);
      const cabinet = page.locator('icra-cabinet');
      await expect
        .poll(() => cabinet.getByRole('button', { name: SIGN_IN[lang], exact: true }).count())
        .toBe(1);
      expect(await page.getByRole('heading', { name: titles[lang], exact: true }).count(), lang).toBe(1);
      // 600 px: the profile's labels and values side by side, a notification's line ~70 characters.
      expect((await cabinet.boundingBox())!.width, lang).toBeGreaterThanOrEqual(600);
    }
    await page.close();
    expect(problems).toEqual([]);
  });

  it('the widgets in the home page’s cards sit inside the card’s padding, not flush with a surface’s edge', async () => {
    const page = await open('/?lang=en');
    for (const viewport of [{ width: 1280, height: 900 }, PHONE]) {
      await page.setViewportSize(viewport);
      for (const [card, widget] of [
        ['#poll', 'icra-poll'],
        ['#cabinet', 'icra-cabinet'],
      ] as const) {
        await expect
          .poll(() => page.locator(widget).getByRole('button', { name: 'Sign in', exact: true }).count())
          .toBe(1);
        // The surface is the box a person sees the widget's content on: the widget's own painted
        // base when it differs from the card, else the card. The content must be inset from its edges.
        const inset = await page.evaluate(
          ([cardSelector, tag]) => {
            const box = document.querySelector(cardSelector)!;
            const base = box.querySelector(tag)!.shadowRoot!.querySelector('[part~="base"]')!;
            const paint = (element: Element) => getComputedStyle(element).backgroundColor;
            const painted =
              !/^rgba\(.*,\s*0\)$|^transparent$/.test(paint(base)) && paint(base) !== paint(box);
            const surface = (painted ? base : box).getBoundingClientRect();
            const parts = Array.from(base.children)
              .map((child) => child.getBoundingClientRect())
              .filter((rect) => rect.width > 1 && rect.height > 1);
            return {
              surface: painted ? 'the widget' : 'the card',
              left: Math.min(...parts.map((rect) => rect.left)) - surface.left,
              right: surface.right - Math.max(...parts.map((rect) => rect.right)),
              top: Math.min(...parts.map((rect) => rect.top)) - surface.top,
              bottom: surface.bottom - Math.max(...parts.map((rect) => rect.bottom)),
            };
          },
          [card, widget] as const,
        );
        const where = `${widget} at ${viewport.width} px: ${JSON.stringify(inset)}`;
        for (const side of ['left', 'right', 'top', 'bottom'] as const)
          expect(inset[side], where).toBeGreaterThanOrEqual(12);
      }
    }
    await page.close();
    expect(problems).toEqual([]);
  });
});
