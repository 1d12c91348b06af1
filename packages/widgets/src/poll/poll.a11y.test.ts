import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { smallTargets, violations } from '../../test/a11y.js';
import { $, cleanup, mount, until } from '../../test/helpers.js';
import '../index.js';
import { createPollFixture, FIXTURE_POLL_ID, type PollFixtureOptions } from './fixtures.js';
import type { IcraPoll } from './poll.js';

afterEach(cleanup);
afterAll(async () => {
  await commands.emulateMedia({ colorScheme: 'light' });
});

const states: [string, PollFixtureOptions, string][] = [
  ['loading', { scenario: 'loading' }, '[part~="state"]'],
  ['error', { scenario: 'error' }, '[part~="retry"]'],
  ['signed out', { session: 'signed-out' }, 'icra-sign-in'],
  ['open', {}, '[part~="vote"]'],
  ['results hidden until voting', { scenario: 'hidden-until-vote' }, '[part~="note"]'],
  ['not eligible', { scenario: 'not-eligible' }, '[part~="note"]'],
  ['not yet open', { scenario: 'upcoming' }, '[part~="schedule"]'],
  ['already voted', { scenario: 'voted' }, '[part~="results"]'],
  ['closed', { scenario: 'closed' }, '[part~="results"]'],
];

describe.each(['light', 'dark'] as const)('<icra-poll>: axe, WCAG 2.2 AA, %s', (scheme) => {
  it.each(states)('%s', async (_name, options, selector) => {
    await commands.emulateMedia({ colorScheme: scheme });
    const { api, client } = createPollFixture(options);
    const element = await mount<IcraPoll>(
      `<icra-poll api="${api}" authority="guba" poll="${FIXTURE_POLL_ID}" lang="en" theme="${scheme}"></icra-poll>`,
      (element) => {
        element.client = client;
      },
    );
    await until(() => $(element, selector));
    expect(await violations(element)).toEqual([]);
    expect(smallTargets(element)).toEqual([]);
  });
});
