/**
 * <icra-poll> against the real server (test/global-setup.ts): a Masalli moderator signs in through
 * the portal's demo popup and creates a poll with the SDK; a citizen signs in through the popup in
 * the widget, votes, sees the results, and a second attempt (a fresh widget) says "already voted".
 */
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import '../src/index.js';
import { sessionFor } from '../src/core/auth.js';
import type { IcraPollVoteEvent } from '../src/poll/events.js';
import type { IcraPoll } from '../src/poll/poll.js';
import type { IcraSignIn } from '../src/sign-in/sign-in.js';
import { $, $$, cleanup, mount, until } from './helpers.js';

const api = inject('apiUrl');
const authorize = `${api}/oauth/authorize?response_type=code&client_id=masalli`;

function reset(): void {
  cleanup();
  sessionFor(api).signOut();
}
beforeEach(reset);
afterEach(reset);

const text = (element: Element, selector: string) =>
  $(element, selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<icra-poll> on the real portal', () => {
  it('a moderator creates a poll; a citizen signs in through the popup, votes, sees the results; a second attempt says "already voted"', async () => {
    // The moderator signs in through the popup and creates the poll with the SDK.
    const control = await mount<IcraSignIn>(
      `<icra-sign-in api="${api}" authority="masalli" lang="en"></icra-sign-in>`,
    );
    await userEvent.click(await until(() => $(control, '[part~="sign-in"]')));
    await commands.popup({ url: authorize, click: 'Vüqar Salmanov' });
    await until(() => sessionFor(api).token, 10_000);
    const now = Date.now();
    const created = await sessionFor(api)
      .client('en')
      .createPoll(
        {
          body: {
            authority: 'masalli',
            question: { az: 'Yeni park harada salınsın?', en: 'Where should the new park be?' },
            options: [
              { az: 'Çay sahilində', en: 'By the river' },
              { az: 'Mərkəzdə', en: 'In the centre' },
            ],
            opensAt: new Date(now - 60_000).toISOString(),
            closesAt: new Date(now + 86_400_000).toISOString(),
            eligibility: 'all_citizens',
            resultsVisibility: 'after_vote',
          },
        },
        { idempotencyKey: crypto.randomUUID() },
      );
    reset();

    // A citizen, signed out: the question, "results after voting", and the sign-in control.
    const poll = await mount<IcraPoll>(
      `<icra-poll api="${api}" authority="masalli" poll="${created.id}" lang="en"></icra-poll>`,
    );
    await until(() => text(poll, '[part~="question"]') === 'Where should the new park be?', 10_000);
    expect(text(poll, '[part~="note"]')).toContain('Sign in to the portal to vote.');
    const inner = await until(() => $<IcraSignIn>(poll, 'icra-sign-in'));
    await userEvent.click(await until(() => $(inner, '[part~="sign-in"]')));
    await commands.popup({ url: authorize, click: 'Aynur Sadıqova' });

    await until(() => $(poll, '[part~="ballot"]'), 10_000);
    expect(text(poll, 'legend')).toBe('Where should the new park be?');
    expect(text(poll, '[part~="note"]')).toBe('Results are shown once you have voted.');
    const events: IcraPollVoteEvent[] = [];
    document.addEventListener('icra-poll-vote', (event) => events.push(event), { once: true });
    await userEvent.click($$(poll, 'input[type="radio"]')[1]!);
    await userEvent.click($(poll, '[part~="vote"]')!);
    await until(() => text(poll, '[part~="note"]') === 'Your vote has been counted. Thank you!', 10_000);
    await until(() => $$(poll, '[part~="result"]').length === 2, 10_000);
    const results = $$(poll, '[part~="result"]').map((item) => item.textContent?.replace(/\s+/g, ' ').trim());
    expect(results).toEqual(['By the river 0 votes · 0%', 'In the centre 1 vote · 100%']);
    expect(events.map((event) => event.detail)).toEqual([{ poll: created.id }]);

    // A second attempt: a fresh widget reads "has voted" from the portal and offers no ballot.
    const again = await mount<IcraPoll>(
      `<icra-poll api="${api}" authority="masalli" poll="${created.id}" lang="en"></icra-poll>`,
    );
    await until(() => text(again, '[part~="note"]') === 'You have already voted in this poll.', 10_000);
    expect($(again, '[part~="ballot"]')).toBeNull();
    await until(() => $$(again, '[part~="result"]').length === 2);
  });
});
