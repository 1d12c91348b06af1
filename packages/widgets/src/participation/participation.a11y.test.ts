import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { smallTargets, violations } from '../../test/a11y.js';
import { $, cleanup, mount, until } from '../../test/helpers.js';
import '../index.js';
import { FIXTURE_POLL_ID } from '../poll/fixtures.js';
import { createParticipationFixture, type ParticipationFixtureOptions } from './fixtures.js';
import type { IcraParticipation } from './participation.js';

afterEach(cleanup);
afterAll(async () => {
  await commands.emulateMedia({ colorScheme: 'light' });
});

type Prepare = (element: IcraParticipation) => Promise<unknown>;

const submitEmpty: Prepare = async (element) => {
  await userEvent.click(await until(() => $(element, '[part~="submit"]')));
  return until(() => $(element, '[part~="error-summary"]'));
};

const chooseFiles: Prepare = async (element) => {
  const input = $<HTMLInputElement>(element, '#attachments')!;
  const transfer = new DataTransfer();
  transfer.items.add(new File(['%PDF-1.4'], 'plan.pdf', { type: 'application/pdf' }));
  transfer.items.add(new File(['x'], 'notes.docx', { type: 'application/msword' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  return until(() => $(element, '[part~="remove-file"]'));
};

const states: [string, ParticipationFixtureOptions, string, string, Prepare?][] = [
  ['loading', { list: 'loading' }, '', '[part~="state"]'],
  ['error', { list: 'error' }, '', '[part~="retry"]'],
  ['empty', { list: 'empty' }, '', '[part~="state"]'],
  ['signed out', { session: 'signed-out' }, '', 'icra-sign-in'],
  ['polls and the form', {}, '', '[part~="open-poll"]'],
  ['form with errors', {}, '', '[part~="submit"]', submitEmpty],
  ['files chosen, one refused', {}, '', '[part~="add-files"]', chooseFiles],
  ['a poll opened', {}, `poll="${FIXTURE_POLL_ID}"`, 'icra-poll'],
];

describe.each(['light', 'dark'] as const)('<icra-participation>: axe, WCAG 2.2 AA, %s', (scheme) => {
  it.each(states)('%s', async (_name, options, attributes, selector, prepare) => {
    await commands.emulateMedia({ colorScheme: scheme });
    const { api, client } = createParticipationFixture(options);
    const element = await mount<IcraParticipation>(
      `<icra-participation api="${api}" authority="guba" lang="en" theme="${scheme}" ${attributes}></icra-participation>`,
      (element) => {
        element.client = client;
      },
    );
    await until(() => $(element, selector));
    await prepare?.(element);
    const poll = $(element, 'icra-poll');
    if (poll) await until(() => poll.shadowRoot?.querySelector('[part~="results"]'));
    expect(await violations(element)).toEqual([]);
    expect(smallTargets(element)).toEqual([]);
  });
});

describe.each(['az', 'ru'] as const)('<icra-participation>: axe in %s', (lang) => {
  it('polls and the form with errors', async () => {
    const { api, client } = createParticipationFixture();
    const element = await mount<IcraParticipation>(
      `<icra-participation api="${api}" authority="guba" lang="${lang}"></icra-participation>`,
      (element) => {
        element.client = client;
      },
    );
    await until(() => $(element, '[part~="open-poll"]'));
    await submitEmpty(element);
    expect(await violations(element)).toEqual([]);
  });
});
