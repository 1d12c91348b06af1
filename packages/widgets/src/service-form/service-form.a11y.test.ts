import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { commands, page, userEvent } from 'vitest/browser';
import { smallTargets, violations } from '../../test/a11y.js';
import { $, cleanup, mount, until } from '../../test/helpers.js';
import '../index.js';
import { createServiceFormFixture, FIXTURE_APPLICATION, type ServiceFormFixtureOptions } from './fixtures.js';
import type { IcraServiceForm } from './service-form.js';

afterEach(cleanup);
afterAll(async () => {
  await commands.emulateMedia({ colorScheme: 'light' });
  await page.viewport(1024, 768);
});

const ANSWERS = {
  purpose: 'For the bank',
  household: 2,
  reason: 'work',
  presentTo: 'bank',
  livesAtRegistered: false,
  actualAddress: 'Quba, Nizami 5',
  contactPhone: '+994501234567',
};

async function serviceForm(options: ServiceFormFixtureOptions, lang: string, scheme: string) {
  const { api, client } = createServiceFormFixture(options);
  return mount<IcraServiceForm>(
    `<icra-service-form api="${api}" authority="guba" service="residence-certificate" cabinet-href="/cabinet" lang="${lang}" theme="${scheme}"></icra-service-form>`,
    (element) => {
      element.client = client;
    },
  );
}

const stepTitle = (element: Element) => $(element, '[part~="step-title"]')?.textContent?.trim() ?? '';

/** Axe and target sizes now, and that nothing scrolls sideways. */
async function check(element: IcraServiceForm, where: string): Promise<void> {
  expect(await violations(element), where).toEqual([]);
  expect(smallTargets(element), where).toEqual([]);
  const root = $(element, '.root')!;
  expect(root.scrollWidth, where).toBeLessThanOrEqual(root.clientWidth);
}

/** Every step (with its errors shown first), the document attached, the check, the confirmation. */
async function walk(element: IcraServiceForm): Promise<void> {
  await until(() => $(element, '[part~="registry"] output')?.textContent?.trim().startsWith('Məmmədova'));
  let guard = 0;
  while ($(element, '[part~="next"]') && guard++ < 10) {
    const title = stepTitle(element);
    await check(element, title);
    if ($(element, '#idCard-input')) {
      await userEvent.click($(element, '[part~="next"]')!);
      await until(() => $(element, '[part~="error-summary"]'));
      await check(element, `${title}, with errors`);
      await userEvent.upload(
        $<HTMLInputElement>(element, '#idCard-input')!,
        new File(['%PDF'], 'card.pdf', { type: 'application/pdf' }),
      );
      await until(() => $(element, '[part~="file"]'));
      await check(element, `${title}, a file attached`);
    }
    await userEvent.click($(element, '[part~="next"]')!);
    await until(() => stepTitle(element) !== title || $(element, '[part~="error-summary"]'));
    if ($(element, '[part~="error-summary"]')) throw new Error(`stuck at ${title}`);
  }
  await check(element, 'check your answers');
  await userEvent.click($(element, '[part~="submit"]')!);
  await until(() => $(element, '[part~="done"]'));
  await check(element, 'done');
}

describe.each(['light', 'dark'] as const)('<icra-service-form>: axe, WCAG 2.2 AA, %s', (scheme) => {
  it.each(['az', 'en', 'ru'])('every step in %s, signed in', async (lang) => {
    await commands.emulateMedia({ colorScheme: scheme });
    const element = await serviceForm({ session: 'signed-in', existing: ANSWERS }, lang, scheme);
    await walk(element);
  });

  it('loading, load error, signed out with errors', async () => {
    await commands.emulateMedia({ colorScheme: scheme });
    const loading = await serviceForm({ load: 'loading' }, 'en', scheme);
    await until(() => $(loading, '.skeleton'));
    await check(loading, 'loading');
    cleanup();
    const failed = await serviceForm({ load: 'error' }, 'en', scheme);
    await until(() => $(failed, '[part~="retry"]'));
    await check(failed, 'error');
    cleanup();
    const signedOut = await serviceForm({}, 'en', scheme);
    await until(() => stepTitle(signedOut) === 'Applicant');
    await check(signedOut, 'signed out');
    await userEvent.click($(signedOut, '[part~="next"]')!);
    await until(() => stepTitle(signedOut) === 'The application');
    await userEvent.click($(signedOut, '[part~="next"]')!);
    await until(() => $(signedOut, '[part~="error-summary"]'));
    await check(signedOut, 'signed out, with errors');
  });
});

describe('<icra-service-form> at 320 px', () => {
  it('fits every step without scrolling sideways', async () => {
    await page.viewport(320, 640);
    const element = await serviceForm({ session: 'signed-in', existing: ANSWERS }, 'ru', 'light');
    await walk(element);
    expect(element.getBoundingClientRect().width).toBeLessThanOrEqual(320);
  });
});

describe.each(['az', 'en', 'ru'])('<icra-service-form> answering a request for information, %s', (lang) => {
  it('the reopened step and the check of it pass axe', async () => {
    const { api, client } = createServiceFormFixture({
      session: 'signed-in',
      amend: { answers: ANSWERS, reopened: { answers: ['presentTo'], documents: ['id-card'] } },
    });
    const element = await mount<IcraServiceForm>(
      `<icra-service-form api="${api}" authority="guba" service="residence-certificate" application="${FIXTURE_APPLICATION}" lang="${lang}"></icra-service-form>`,
      (element) => {
        element.client = client;
      },
    );
    await until(() => $(element, '[part~="next"]'));
    await check(element, 'the reopened step');
  });
});
