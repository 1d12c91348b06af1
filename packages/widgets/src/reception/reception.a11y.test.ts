import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { smallTargets, violations } from '../../test/a11y.js';
import { $, cleanup, mount, until } from '../../test/helpers.js';
import '../index.js';
import { createReceptionFixture, type ReceptionFixtureOptions } from './fixtures.js';
import type { IcraReception } from './reception.js';

afterEach(cleanup);
afterAll(async () => {
  await commands.emulateMedia({ colorScheme: 'light' });
});

type Prepare = (element: IcraReception) => Promise<unknown>;

const sendEmpty: Prepare = async (element) => {
  await userEvent.click(await until(() => $(element, '[part~="submit"]')));
  return until(() => $(element, '[part~="error-summary"]'));
};

const sendFilled: Prepare = async (element) => {
  await userEvent.selectOptions($<HTMLSelectElement>(element, '#topic')!, 'housing');
  await userEvent.type($(element, '#description')!, 'The roof of our building leaks every winter.');
  await userEvent.click($(element, '[part~="submit"]')!);
  return until(() => $(element, '[part~="sent"]'));
};

const states: [string, ReceptionFixtureOptions, string, Prepare?][] = [
  ['loading', { officials: 'loading' }, '[part~="state"]'],
  ['error', { officials: 'error' }, '[part~="retry"]'],
  ['no officials, no requests', { officials: 'empty', mine: 'empty' }, '[part~="form"]'],
  ['signed out', { session: 'signed-out' }, '[part~="form"]'],
  ['officials, the form and the requests', {}, '[part~="request"]'],
  ['form with errors', {}, '[part~="request"]', sendEmpty],
  ['the request sent', {}, '[part~="request"]', sendFilled],
  ['the requests fail', { mine: 'error' }, '[part~="retry"]'],
];

describe.each(['light', 'dark'] as const)('<icra-reception>: axe, WCAG 2.2 AA, %s', (scheme) => {
  it.each(states)('%s', async (_name, options, selector, prepare) => {
    await commands.emulateMedia({ colorScheme: scheme });
    const { api, client } = createReceptionFixture(options);
    const element = await mount<IcraReception>(
      `<icra-reception api="${api}" authority="guba" lang="en" theme="${scheme}"></icra-reception>`,
      (element) => {
        element.client = client;
      },
    );
    await until(() => $(element, selector));
    await prepare?.(element);
    expect(await violations(element)).toEqual([]);
    expect(smallTargets(element)).toEqual([]);
  });
});

describe.each(['az', 'ru'] as const)('<icra-reception>: axe in %s', (lang) => {
  it('officials, requests and the form with errors', async () => {
    const { api, client } = createReceptionFixture();
    const element = await mount<IcraReception>(
      `<icra-reception api="${api}" authority="guba" lang="${lang}"></icra-reception>`,
      (element) => {
        element.client = client;
      },
    );
    await until(() => $(element, '[part~="request"]'));
    await sendEmpty(element);
    expect(await violations(element)).toEqual([]);
  });
});
