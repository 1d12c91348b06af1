import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { commands, page, userEvent } from 'vitest/browser';
import { smallTargets, violations } from '../../test/a11y.js';
import { $, $$, cleanup, mount, until } from '../../test/helpers.js';
import '../index.js';
import './define.js';
import { createModerationFixture, type ModerationFixtureOptions } from './fixtures.js';
import type { IcraModeration } from './moderation.js';

async function desk(options: ModerationFixtureOptions, lang: string, theme = ''): Promise<IcraModeration> {
  const fixture = createModerationFixture(options);
  return mount<IcraModeration>(
    `<icra-moderation api="${fixture.api}" authority="guba" lang="${lang}" ${theme ? `theme="${theme}"` : ''}></icra-moderation>`,
    (element) => {
      element.client = fixture.client;
    },
  );
}

/** Brings the desk to a state: from the list, by the clicks a moderator makes. */
type Steps = (element: IcraModeration) => Promise<unknown>;

const openApplication: Steps = async (element) => {
  await userEvent.click(await until(() => $(element, '[part~="open"]')));
  await until(() => $(element, '[part~="application"]'));
};

const states: [string, ModerationFixtureOptions, Steps][] = [
  ['signed out', { session: 'signed-out' }, (element) => until(() => $(element, '.intro'))],
  ['not a moderator', { scenario: 'forbidden' }, (element) => until(() => $(element, '[part~="state"]'))],
  ['empty queue', { scenario: 'empty' }, (element) => until(() => $(element, 'p[part~="state"]'))],
  ['queue', { scenario: 'many' }, (element) => until(() => $(element, '[part~="load-more"]'))],
  [
    'application open, with its attachments',
    {},
    async (element) => {
      await openApplication(element);
      await until(() => $$(element, '[part~="attachment"]').length === 2);
    },
  ],
  [
    'an attachment that failed to download',
    { failAttachments: true },
    async (element) => {
      await openApplication(element);
      await userEvent.click(await until(() => $(element, '[part~="attachment"] button')));
      await until(() => $(element, '[part~="attachment"] .inline-error'));
    },
  ],
  [
    'approve form with errors',
    {
      fieldErrors: [
        { pointer: '/body/options/1/en', detail: 'Too long' },
        { pointer: '/body/eligibility', detail: 'Invalid' },
      ],
    },
    async (element) => {
      await openApplication(element);
      await userEvent.click($(element, '[data-action="approve"]')!);
      await userEvent.fill(await until(() => $(element, '#option-0-az')), 'Bəli');
      await userEvent.fill($(element, '#option-1-az')!, 'Xeyr');
      await userEvent.click($(element, '[part~="form"] button[type="submit"]')!);
      await until(() => $(element, '#error-summary'));
    },
  ],
  [
    'reject form with an error',
    {},
    async (element) => {
      await openApplication(element);
      await userEvent.click($(element, '[data-action="reject"]')!);
      await userEvent.click(await until(() => $(element, '[part~="form"] button[type="submit"]')));
      await until(() => $(element, '#error-summary'));
    },
  ],
  [
    'after a decision',
    {},
    async (element) => {
      await openApplication(element);
      await userEvent.click($(element, '[data-action="reject"]')!);
      await userEvent.fill(await until(() => $(element, '#reason')), 'Səlahiyyətimizdə deyil.');
      await userEvent.click($(element, '[part~="form"] button[type="submit"]')!);
      await until(() => $(element, '[part~="notice"]')?.textContent);
    },
  ],
];

afterEach(cleanup);
afterAll(async () => {
  await commands.emulateMedia({ colorScheme: 'light' });
  await page.viewport(1024, 768);
});

describe.each([
  ['az', 'light'],
  ['en', 'light'],
  ['ru', 'light'],
  ['en', 'dark'],
] as const)('<icra-moderation>: axe, WCAG 2.2 AA, %s, %s', (lang, scheme) => {
  it.each(states)('%s', async (_name, options, steps) => {
    await commands.emulateMedia({ colorScheme: scheme });
    const element = await desk(options, lang, scheme);
    await steps(element);
    expect(await violations(element)).toEqual([]);
    expect(smallTargets(element)).toEqual([]);
  });
});

describe('<icra-moderation> at 320 px', () => {
  it('the poll form fits without scrolling sideways', async () => {
    await page.viewport(320, 640);
    const element = await desk({}, 'ru');
    await userEvent.click(await until(() => $(element, '[part~="new-poll"]')));
    await until(() => $(element, '#question-az'));
    const root = $(element, '.root')!;
    expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth);
    expect(await violations(element)).toEqual([]);
  });
});
