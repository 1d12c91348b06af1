import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { smallTargets, violations } from '../../test/a11y.js';
import { $, $$, cleanup, mount, until } from '../../test/helpers.js';
import '../index.js';
import { createPollFixture, FIXTURE_POLL_ID, type PollFixtureOptions } from './fixtures.js';
import type { IcraPoll } from './poll.js';

afterEach(cleanup);
afterAll(async () => {
  await commands.emulateMedia({ colorScheme: 'light' });
});

/** Chooses the second answer and presses "Vote". */
async function vote(element: IcraPoll): Promise<void> {
  await until(() => $(element, '[part~="ballot"]'));
  await userEvent.click($$(element, 'input[type="radio"]')[1]!);
  await userEvent.click($(element, '[part~="vote"]')!);
}

/** The credential's answer, held until the test ends (the busy state). */
const never = new Promise<void>(() => {});

const states: [string, PollFixtureOptions, string, ((element: IcraPoll) => Promise<void>)?][] = [
  ['loading', { scenario: 'loading' }, '[part~="state"]'],
  ['error', { scenario: 'error' }, '[part~="retry"]'],
  ['signed out', { session: 'signed-out' }, 'icra-sign-in'],
  ['open', {}, '[part~="vote"]'],
  ['results hidden until voting', { scenario: 'hidden-until-vote' }, '[part~="note"]'],
  ['not eligible', { scenario: 'not-eligible' }, '[part~="note"]'],
  ['not yet open', { scenario: 'upcoming' }, '[part~="schedule"]'],
  ['ballot taken earlier (another device)', { scenario: 'voted' }, '[part~="results"]'],
  ['closed', { scenario: 'closed' }, '[part~="results"]'],
  ['ballots not yet in the results', { session: 'signed-out', uncounted: 3 }, '[part~="uncounted"]'],
  [
    'voting (busy)',
    { hold: (request) => (request.url.endsWith('/ballot-credentials') ? never : undefined) },
    '[part~="vote"][aria-disabled="true"]',
    vote,
  ],
  ['counted', {}, '[part~="note"]', vote],
  ['ballot pending after a lost answer', { dropCredentialAnswer: true }, '#vote-error', vote],
  ['key mismatch', { keyMismatch: true }, '[part~="note"]', vote],
];

describe.each(['light', 'dark'] as const)('<icra-poll>: axe, WCAG 2.2 AA, %s', (scheme) => {
  it.each(states)('%s', async (_name, options, selector, act) => {
    await commands.emulateMedia({ colorScheme: scheme });
    const { api, client } = createPollFixture(options);
    const element = await mount<IcraPoll>(
      `<icra-poll api="${api}" authority="guba" poll="${FIXTURE_POLL_ID}" lang="en" theme="${scheme}"></icra-poll>`,
      (element) => {
        element.client = client;
      },
    );
    await act?.(element);
    await until(() => $(element, selector));
    expect(await violations(element)).toEqual([]);
    expect(smallTargets(element)).toEqual([]);
  });
});
