import { playwright } from '@vitest/browser-playwright';
import type { Page } from 'playwright-core';
import { defineConfig } from 'vitest/config';
import type { BrowserCommand } from 'vitest/node';
import { fakePortal } from './test/fake-portal.js';

/** Debian's Chromium, never a downloaded one; flags keep it offline and quiet. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE localhost',
];

/** Lets a test switch `prefers-color-scheme` (and reduced motion) in the real browser. */
const emulateMedia: BrowserCommand<
  [media: { colorScheme?: 'light' | 'dark'; reducedMotion?: 'reduce' | 'no-preference' }]
> = async (context, media) => {
  await context.page.emulateMedia(media);
};

/**
 * The portal's sign-in popup lives on another origin than the test page, so a test cannot reach
 * into it: this finds the popup (a page of the browser context whose URL starts with `url`), waits
 * for it to load and returns its URL, `lang`, title and text — or, with `click`, presses the button
 * whose accessible name contains that text, as a reader would.
 */
const popup: BrowserCommand<[options: { url: string; click?: string }]> = async (context, options) => {
  const end = Date.now() + 10_000;
  for (;;) {
    // Only a popup this test's own page opened: test files running side by side in other pages may
    // have a popup of the same portal and authority open at the same moment.
    let page: Page | undefined;
    for (const candidate of context.context.pages()) {
      if (candidate.url().startsWith(options.url) && (await candidate.opener()) === context.page) {
        page = candidate;
        break;
      }
    }
    if (page) {
      await page.waitForLoadState('load');
      if (options.click) {
        await page.getByRole('button', { name: options.click }).first().click();
        return { url: page.url(), lang: '', title: '', text: '' };
      }
      return {
        url: page.url(),
        lang: (await page.getAttribute('html', 'lang')) ?? '',
        title: await page.title(),
        text: (await page.locator('body').textContent()) ?? '',
      };
    }
    if (Date.now() > end) throw new Error(`no popup at ${options.url}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

/** Requests a test holds (see `holdRequests`), by key. */
const held = new Map<
  string,
  { matches: (url: URL) => boolean; released: boolean; releases: Array<() => void> }
>();

/**
 * Holds every request of the test page whose URL contains `url` (and whose method is `method`,
 * when given) until `releaseRequests` lets them go on to the network: a transient state (a file
 * on its way) stays on screen for as long as the test needs, with no timer. A request the page
 * aborts while it is held never reaches the network.
 */
const holdRequests: BrowserCommand<[options: { key: string; url: string; method?: string }]> = async (
  context,
  options,
) => {
  const entry = {
    matches: (url: URL) => url.href.includes(options.url),
    released: false,
    releases: [] as Array<() => void>,
  };
  held.set(options.key, entry);
  await context.page.route(entry.matches, async (route) => {
    if (options.method && route.request().method() !== options.method) return route.fallback();
    if (!entry.released) await new Promise<void>((resolve) => entry.releases.push(resolve));
    await route.continue().catch(() => {
      // aborted by the page while held
    });
  });
};

/** Lets the requests held under `key` go on (and any that arrive later), and stops holding. */
const releaseRequests: BrowserCommand<[options: { key: string }]> = async (context, options) => {
  const entry = held.get(options.key);
  if (!entry) throw new Error(`nothing held under ${options.key}`);
  held.delete(options.key);
  entry.released = true;
  for (const release of entry.releases) release();
  await context.page.unroute(entry.matches);
};

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        plugins: [fakePortal()],
        test: {
          name: 'browser',
          include: ['src/**/*.test.ts', 'test/**/*.browser.test.ts'],
          globalSetup: ['test/global-setup.ts'],
          testTimeout: 15_000,
          hookTimeout: 60_000,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: {
                executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
                args: CHROMIUM_ARGS,
              },
              // Readers of these widgets are not all in Baku, nor on UTC like this machine: the
              // tests read every time from New York, where Baku's 11:00 is 02:00 or 03:00, so a
              // time written in the browser's zone instead of Baku's shows.
              contextOptions: { timezoneId: 'America/New_York' },
            }),
            instances: [{ browser: 'chromium' }],
            viewport: { width: 1024, height: 768 },
            screenshotFailures: false,
            commands: { emulateMedia, popup, holdRequests, releaseRequests },
          },
        },
      },
      {
        extends: true,
        test: {
          name: 'node',
          include: ['test/**/*.node.test.ts'],
          environment: 'node',
        },
      },
    ],
  },
});
