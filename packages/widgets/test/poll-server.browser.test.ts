/**
 * <icra-poll> against the real server (test/global-setup.ts, ballots folded two at a time): a
 * Masalli moderator signs in through the portal's demo popup and creates a poll with the SDK; a
 * citizen signs in through the popup in the widget and casts a secret ballot (a blind-signed
 * credential, then the anonymous ballot), which waits in the box; the same citizen in a fresh
 * widget is told the ballot was taken; a second citizen's ballot fills the batch, and the results
 * show both.
 */
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import '../src/index.js';
import { sessionFor } from '../src/core/auth.js';
import type { IcraPollVoteEvent } from '../src/poll/events.js';
import type { IcraPoll } from '../src/poll/poll.js';
import type { IcraSignIn } from '../src/sign-in/sign-in.js';
import { $, $$, cleanup, mount, openMasalliPoll, until } from './helpers.js';

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
const shown = (element: Element) =>
  $$(element, '[part~="result"]').map((item) => item.textContent?.replace(/\s+/g, ' ').trim());
const counted =
  'Your vote is counted. Results are published in batches of 2; the next batch will include it.';
const otherDevice =
  'You took your ballot for this poll earlier, perhaps on another device. If it was not cast there, it cannot be cast again.';

describe('<icra-poll> on the real portal', () => {
  it('a moderator creates a poll; citizens sign in through the popup and cast secret ballots, folded into the results two at a time', async () => {
    // The moderator signs in through the popup and creates the poll with the SDK.
    const control = await mount<IcraSignIn>(
      `<icra-sign-in api="${api}" authority="masalli" lang="en"></icra-sign-in>`,
    );
    // The moderation desk's scope: this test moderates through the SDK, as the desk would.
    sessionFor(api).want(globalThis, ['participation:moderate']);
    await userEvent.click(await until(() => $(control, '[part~="sign-in"]')));
    await commands.popup({ url: authorize, click: 'Vüqar Salmanov' });
    await until(() => sessionFor(api).token, 10_000);
    const created = await openMasalliPoll(api, {
      question: { az: 'Yeni park harada salınsın?', en: 'Where should the new park be?' },
      options: [
        { az: 'Çay sahilində', en: 'By the river' },
        { az: 'Mərkəzdə', en: 'In the centre' },
      ],
      resultsVisibility: 'after_vote',
    });
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
    await until(() => text(poll, '[part~="note"]') === counted, 10_000);
    // after_vote: shown to a citizen who took the ballot; the ballot waits in the box.
    await until(() => $$(poll, '[part~="result"]').length === 2, 10_000);
    expect(shown(poll)).toEqual(['By the river 0 votes · 0%', 'In the centre 0 votes · 0%']);
    await until(() => text(poll, '[part~="uncounted"]') === '1 ballot not yet in these results');
    expect(events.map((event) => event.detail)).toEqual([{ poll: created.id }]);

    // The same citizen, in a fresh widget: the portal says the ballot was taken; none is pending here.
    const again = await mount<IcraPoll>(
      `<icra-poll api="${api}" authority="masalli" poll="${created.id}" lang="en"></icra-poll>`,
    );
    await until(() => text(again, '[part~="note"]') === otherDevice, 10_000);
    expect($(again, '[part~="ballot"]')).toBeNull();
    await until(() => $$(again, '[part~="result"]').length === 2);
    reset();

    // A second citizen's ballot fills the batch of two: both are in the results, none waits.
    const second = await mount<IcraPoll>(
      `<icra-poll api="${api}" authority="masalli" poll="${created.id}" lang="en"></icra-poll>`,
    );
    const secondSignIn = await until(() => $<IcraSignIn>(second, 'icra-sign-in'));
    await userEvent.click(await until(() => $(secondSignIn, '[part~="sign-in"]')));
    await commands.popup({ url: authorize, click: 'Orxan Babayev' });
    await until(() => $(second, '[part~="ballot"]'), 10_000);
    await userEvent.click($$(second, 'input[type="radio"]')[0]!);
    await userEvent.click($(second, '[part~="vote"]')!);
    await until(() => text(second, '[part~="note"]') === counted, 10_000);
    await until(() => shown(second)[0] === 'By the river 1 vote · 50%', 10_000);
    expect(shown(second)).toEqual(['By the river 1 vote · 50%', 'In the centre 1 vote · 50%']);
    expect($(second, '[part~="uncounted"]')).toBeNull();
    // As the portal says it to the citizen (after_vote: an anonymous reader sees no counts yet).
    const results = await sessionFor(api)
      .client('en')
      .getPollResults({ path: { id: created.id }, query: { lang: 'en' } });
    expect([results.total, results.uncounted]).toEqual([2, 0]);
    expect(Object.keys(localStorage).filter((key) => key.startsWith('icra:ballot:'))).toEqual([]);
  });
});
