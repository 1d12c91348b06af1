import { playwright } from '@vitest/browser-playwright';
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
            }),
            instances: [{ browser: 'chromium' }],
            viewport: { width: 1024, height: 768 },
            screenshotFailures: false,
            commands: { emulateMedia },
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
