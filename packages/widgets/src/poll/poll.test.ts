import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { $, $$, announced, cleanup, deepActiveElement, mount, until } from '../../test/helpers.js';
import '../index.js';
import { formatDateTime } from '../core/date-time.js';
import type { IcraSignIn } from '../sign-in/sign-in.js';
import type { IcraPollVoteEvent } from './events.js';
import { createPollFixture, FIXTURE_POLL_ID, type PollFixtureOptions } from './fixtures.js';
import { IcraPoll } from './poll.js';

beforeEach(cleanup);
afterEach(cleanup);

async function poll(
  options: PollFixtureOptions = {},
  attributes = 'lang="en"',
): Promise<{ element: IcraPoll; requests: Request[]; bodies: string[] }> {
  const requests: Request[] = [];
  const bodies: string[] = [];
  const { api, client } = createPollFixture({
    ...options,
    onRequest: (request) => {
      requests.push(request);
      void request
        .clone()
        .text()
        .then((text) => bodies.push(text));
    },
  });
  const element = await mount<IcraPoll>(
    `<icra-poll api="${api}" authority="guba" poll="${FIXTURE_POLL_ID}" ${attributes}></icra-poll>`,
    (element) => {
      element.client = client;
    },
  );
  return { element, requests, bodies };
}

const text = (element: IcraPoll, selector: string) =>
  $(element, selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

const results = (element: IcraPoll) =>
  $$(element, '[part~="result"]').map((item) => item.textContent?.replace(/\s+/g, ' ').trim());

describe('<icra-poll> states', () => {
  it('loading', async () => {
    const { element } = await poll({ scenario: 'loading' });
    await until(() => $(element, '[part~="state"]'));
    expect(text(element, '[part~="state"]')).toBe('Loading the poll…');
    expect($(element, '.root')?.getAttribute('aria-busy')).toBe('true');
  });

  it('error, and retry', async () => {
    const { element, requests } = await poll({ scenario: 'error' });
    const retry = await until(() => $(element, '[part~="retry"]'));
    expect(text(element, '[part~="state"]')).toContain('Could not load the poll.');
    const before = requests.length;
    await userEvent.click(retry);
    await until(() => requests.length > before);
  });

  it('signed out: the question, results and the sign-in control to vote', async () => {
    const { element, requests } = await poll({ session: 'signed-out' });
    await until(() => $(element, '[part~="question"]'));
    expect(text(element, '[part~="question"]')).toBe(
      "What should come first in the plan to rebuild Khan's Garden?",
    );
    expect(text(element, '[part~="note"]')).toBe('Sign in to the portal to vote.');
    expect($(element, 'icra-sign-in')).not.toBeNull();
    expect($(element, '[part~="ballot"]')).toBeNull();
    expect(results(element)).toEqual([
      'A playground 412 votes · 31.7%',
      'New trees and shade 655 votes · 50.4%',
      'Lighting and benches 233 votes · 17.9%',
    ]);
    expect(text(element, '[part~="turnout"]')).toBe('Turnout: 1300 of 8000 (16.3%)');
    expect($$(element, '[part~="bar"]').every((bar) => bar.getAttribute('aria-hidden') === 'true')).toBe(
      true,
    );
    // Widths are set through the CSSOM: a strict CSP blocks `style` attributes (the site's e2e checks).
    const fills = $$(element, '.bar-fill');
    expect(fills.map((fill) => fill.style.width)).toEqual(['31.7%', '50.4%', '17.9%']);
    expect(requests.every((request) => !request.headers.has('authorization'))).toBe(true);
  });

  it('not eligible', async () => {
    const { element } = await poll({ scenario: 'not-eligible' });
    await until(() => $(element, '[part~="note"]'));
    expect(text(element, '[part~="note"]')).toContain('You cannot vote in this poll');
    expect($(element, '[part~="ballot"]')).toBeNull();
  });

  it('not yet open: the opening time in Baku, in the widget language', async () => {
    const { element } = await poll({ scenario: 'upcoming' });
    await until(() => $(element, '[part~="schedule"]'));
    expect(text(element, '[part~="schedule"]')).toBe(
      'Voting opens on December 1, 2026 at 09:00 (Baku time).',
    );
    expect(text(element, '[part~="note"]')).toBe('Results are shown when voting closes.');
    expect(formatDateTime('2026-12-01T05:00:00.000Z', 'az')).toBe('1 dekabr 2026, 09:00');
    expect(formatDateTime('2026-12-01T05:00:00.000Z', 'ru')).toContain('1 декабря 2026');
  });

  it('already voted', async () => {
    const { element } = await poll({ scenario: 'voted' });
    await until(() => $(element, '[part~="note"]'));
    expect(text(element, '[part~="note"]')).toBe('You have already voted in this poll.');
    expect($(element, '[part~="ballot"]')).toBeNull();
  });

  it('closed', async () => {
    const { element } = await poll({ scenario: 'closed' });
    await until(() => $(element, '[part~="schedule"]'));
    expect(text(element, '[part~="schedule"]')).toBe('Voting has closed.');
    expect(results(element)).toHaveLength(3);
  });

  it('results hidden until voting, then shown', async () => {
    const { element } = await poll({ scenario: 'hidden-until-vote' });
    await until(() => $(element, '[part~="ballot"]'));
    expect(text(element, '[part~="note"]')).toBe('Results are shown once you have voted.');
    await userEvent.click($$(element, 'input[type="radio"]')[1]!);
    await userEvent.click($(element, '[part~="vote"]')!);
    await until(() => results(element).length === 3);
  });

  it('speaks Azerbaijani and Russian', async () => {
    const az = await poll({ session: 'signed-out' }, 'lang="az"');
    await until(() => $(az.element, '[part~="note"]'));
    expect(text(az.element, '[part~="note"]')).toBe('Səs vermək üçün portala daxil olun.');
    const ru = await poll({ session: 'signed-out' }, 'lang="ru"');
    await until(() => $(ru.element, '[part~="note"]'));
    expect(text(ru.element, '[part~="note"]')).toBe('Войдите на портал, чтобы проголосовать.');
  });
});

describe('<icra-poll> voting', () => {
  it('votes with the keyboard: a radio group with the question as its legend, a confirmation, an event without the choice', async () => {
    const { element, requests, bodies } = await poll({ voteFails: true });
    await until(() => $(element, '[part~="ballot"]'));
    expect(text(element, 'legend')).toBe("What should come first in the plan to rebuild Khan's Garden?");
    const events: IcraPollVoteEvent[] = [];
    document.addEventListener('icra-poll-vote', (event) => events.push(event), { once: true });

    await userEvent.click($(element, '[part~="vote"]')!);
    await until(() => $(element, '#vote-error'));
    expect(text(element, '#vote-error')).toBe('Choose an answer.');

    const radios = $$<HTMLInputElement>(element, 'input[type="radio"]');
    radios[0]!.focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(radios[1]!.checked).toBe(true);

    // The first attempt fails (503): an error, and the retry is a new attempt with a new key.
    await userEvent.click($(element, '[part~="vote"]')!);
    await until(() => text(element, '#vote-error') === 'Could not send your vote. Try again.');
    await userEvent.click($(element, '[part~="vote"]')!);
    await until(() => text(element, '[part~="note"]') === 'Your vote has been counted. Thank you!');
    await until(() => announced(element) === 'Your vote has been counted. Thank you!');
    await until(() => deepActiveElement() === $(element, '[part~="note"]'));
    await until(() => results(element)[1] === 'New trees and shade 656 votes · 50.4%');

    expect(events).toHaveLength(1);
    expect(events[0]?.detail).toEqual({ poll: FIXTURE_POLL_ID });
    expect(JSON.stringify(events[0]?.detail)).not.toContain('option');

    const votes = requests.filter((request) => request.method === 'POST');
    expect(votes).toHaveLength(2);
    const keys = votes.map((request) => request.headers.get('idempotency-key'));
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[0]).not.toBe(keys[1]);
    // The choice travels only in castVote's body: nowhere else, in no URL, header or other body.
    await until(() => bodies.length === requests.length);
    requests.forEach((request, index) => {
      if (request.method === 'POST') {
        expect(JSON.parse(bodies[index] ?? '')).toEqual({ option: 1 });
      } else {
        expect(request.url).not.toMatch(/option/);
        expect(bodies[index]).toBe('');
        expect([...request.headers.keys()].join()).not.toContain('option');
      }
    });
  });

  it('a second attempt (409 already-voted) says "already voted"', async () => {
    const { element } = await poll({ scenario: 'open' });
    await until(() => $(element, '[part~="ballot"]'));
    await userEvent.click($$(element, 'input[type="radio"]')[0]!);
    await userEvent.click($(element, '[part~="vote"]')!);
    await until(() => $(element, '[part~="note"]'));
    const { element: again } = { element: await mountSame(element) };
    await until(() => text(again, '[part~="note"]') === 'You have already voted in this poll.');
  });

  it('shows the sign-in control while signed out, wired to this portal', async () => {
    const { element } = await poll({ session: 'signed-out' });
    const control = await until(() => $<IcraSignIn>(element, 'icra-sign-in'));
    expect(control.getAttribute('authority')).toBe('guba');
  });
});

/** The same poll again (a fresh element with the same client): the portal now says "has voted". */
async function mountSame(element: IcraPoll): Promise<IcraPoll> {
  const client = element.client;
  const api = element.api;
  element.remove();
  return mount<IcraPoll>(
    `<icra-poll api="${api}" authority="guba" poll="${FIXTURE_POLL_ID}" lang="en"></icra-poll>`,
    (next) => {
      if (client) next.client = client;
    },
  );
}

describe('<icra-poll> live results', () => {
  it('asks for the results again while on screen, and stops once removed', async () => {
    const saved = IcraPoll.refreshInterval;
    IcraPoll.refreshInterval = 50;
    try {
      const { element, requests } = await poll({ session: 'signed-out' });
      const reads = () => requests.filter((request) => request.url.includes('/results')).length;
      await until(() => reads() >= 3);
      expect(requests.some((request) => request.method !== 'GET')).toBe(false);
      element.remove();
      const stopped = reads();
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(reads()).toBe(stopped);
    } finally {
      IcraPoll.refreshInterval = saved;
    }
  });

  it('does not poll a closed poll', async () => {
    const saved = IcraPoll.refreshInterval;
    IcraPoll.refreshInterval = 50;
    try {
      const { element, requests } = await poll({ scenario: 'closed' });
      await until(() => $(element, '[part~="results"]'));
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(requests.filter((request) => request.url.includes('/results'))).toHaveLength(1);
    } finally {
      IcraPoll.refreshInterval = saved;
    }
  });
});
