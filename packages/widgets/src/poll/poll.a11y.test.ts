import axe from 'axe-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { $, $$, cleanup, mount, until } from '../../test/helpers.js';
import '../index.js';
import { createPollFixture, FIXTURE_POLL_ID, type PollFixtureOptions } from './fixtures.js';
import type { IcraPoll } from './poll.js';

/** WCAG 2.0, 2.1 and 2.2 success criteria at levels A and AA. */
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violations(context: Element): Promise<string[]> {
  const result = await axe.run(context, {
    runOnly: { type: 'tag', values: WCAG_22_AA },
    resultTypes: ['violations'],
  });
  return result.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

/** Every button, link and radio button of the widget (and of the sign-in control) is at least 24 × 24 px. */
function smallTargets(element: IcraPoll): string[] {
  const inner = $(element, 'icra-sign-in')?.shadowRoot;
  const targets = [
    ...$$(element, 'button, a, input'),
    ...(inner ? [...inner.querySelectorAll('button')] : []),
  ];
  return targets
    .filter((target) => {
      const box = target.getBoundingClientRect();
      return box.width < 24 || box.height < 24;
    })
    .map((target) => target.outerHTML.slice(0, 80));
}

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
