import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { $, $$, announced, cleanup, deepActiveElement, mount, until } from '../../test/helpers.js';
import '../index.js';
import { formatDateTime } from '../core/date-time.js';
import type { IcraSignIn } from '../sign-in/sign-in.js';
import type { IcraPollVoteEvent } from './events.js';
import { createPollFixture, FIXTURE_POLL_ID, type PollFixtureOptions } from './fixtures.js';
import type { IcraPoll } from './poll.js';

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

/** Each bar's drawn fill as a share of its drawn track, in percent, and the fill's width in pixels. */
function drawnBars(element: IcraPoll): { share: number; fill: number; track: number }[] {
  return $$(element, '[part~="bar"]').map((bar) => {
    const track = bar.getBoundingClientRect().width;
    const fill = bar.firstElementChild?.getBoundingClientRect().width ?? 0;
    return { share: (fill / track) * 100, fill, track };
  });
}

describe('<icra-poll> result bars, as drawn', () => {
  afterEach(async () => {
    await page.viewport(1024, 768);
  });

  it.each([1024, 375])('at %i px each fill is its share of the track (±1 px)', async (width) => {
    await page.viewport(width, 768);
    const { element } = await poll({ session: 'signed-out' });
    await until(() => $$(element, '[part~="bar"]').length === 3);
    const bars = drawnBars(element);
    const shares = [31.7, 50.4, 17.9];
    for (const [i, bar] of bars.entries()) {
      expect(bar.track).toBeGreaterThan(100);
      expect(bar.fill).toBeGreaterThan(0);
      expect(Math.abs(bar.fill - (bar.track * shares[i]!) / 100)).toBeLessThanOrEqual(1);
    }
  });
});

describe("<icra-poll> percentages in the reader's language", () => {
  it.each([
    ['az', '412 səs · 31,7%', 'İştirak: 1300 / 8000 nəfər (16,3%)'],
    ['en', '412 votes · 31.7%', 'Turnout: 1300 of 8000 (16.3%)'],
    ['ru', 'Голосов: 412 · 31,7\u00a0%', 'Явка: 1300 из 8000 (16,3\u00a0%)'],
  ])('%s', async (lang, count, turnout) => {
    const { element } = await poll({ session: 'signed-out' }, `lang="${lang}"`);
    await until(() => $$(element, '[part~="result"]').length === 3);
    expect($(element, '.result-count')?.textContent?.trim()).toBe(count);
    expect($(element, '[part~="turnout"]')?.textContent?.trim()).toBe(turnout);
  });
});

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

    // The first attempt fails (503): an error, and the retry of the same choice keeps its key, so
    // a vote whose answer was lost is counted once.
    await userEvent.click($(element, '[part~="vote"]')!);
    await until(() => text(element, '#vote-error') === 'Could not send your vote. Try again.');
    expect($(element, '[part~="ballot"]')?.getAttribute('aria-describedby')).toBe('vote-error');
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
    expect(keys[1]).toBe(keys[0]);
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

  it('another choice after a failed attempt is a new attempt, with a new key', async () => {
    const { element, requests } = await poll({ voteFails: true });
    await until(() => $(element, '[part~="ballot"]'));
    await userEvent.click($$(element, 'input[type="radio"]')[0]!);
    await userEvent.click($(element, '[part~="vote"]')!);
    await until(() => text(element, '#vote-error') === 'Could not send your vote. Try again.');
    await userEvent.click($$(element, 'input[type="radio"]')[2]!);
    expect($(element, '#vote-error')).toBeNull();
    await userEvent.click($(element, '[part~="vote"]')!);
    await until(() => text(element, '[part~="note"]') === 'Your vote has been counted. Thank you!');
    const keys = requests
      .filter((request) => request.method === 'POST')
      .map((request) => request.headers.get('idempotency-key'));
    expect(keys).toHaveLength(2);
    expect(keys[1]).not.toBe(keys[0]);
  });

  it('while the vote is in flight the button says so and a second press sends nothing', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const { element, requests } = await poll({
      hold: (request) => (request.method === 'POST' ? held : undefined),
    });
    await until(() => $(element, '[part~="ballot"]'));
    await userEvent.click($$(element, 'input[type="radio"]')[1]!);
    const button = $(element, '[part~="vote"]')!;
    await userEvent.click(button);
    await until(() => text(element, '[part~="vote"]') === 'Sending…');
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(deepActiveElement()).toBe(button);
    // Pressed again (the button keeps focus; aria-disabled, so a pointer cannot press it).
    await userEvent.keyboard('{Enter}');
    await element.updateComplete;
    expect(requests.filter((request) => request.method === 'POST')).toHaveLength(1);
    release();
    await until(() => text(element, '[part~="note"]') === 'Your vote has been counted. Thank you!');
    expect(requests.filter((request) => request.method === 'POST')).toHaveLength(1);
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
  // The 15 s interval runs on fake timers: the test moves the clock, nothing waits for it.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const reads = (requests: Request[]) =>
    requests.filter((request) => request.url.includes('/results')).length;
  /** Two frames: the intersection observer has reported where the widget is. */
  const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

  it('asks for the results again every 15 s while on screen, and stops once removed', async () => {
    const { element, requests } = await poll({ session: 'signed-out' });
    await until(() => $(element, '[part~="results"]'));
    await until(() => vi.getTimerCount() === 1);
    expect(reads(requests)).toBe(1);
    vi.advanceTimersByTime(14_999);
    expect(reads(requests)).toBe(1);
    vi.advanceTimersByTime(1);
    await until(() => reads(requests) === 2);
    vi.advanceTimersByTime(15_000);
    await until(() => reads(requests) === 3);
    expect(requests.some((request) => request.method !== 'GET')).toBe(false);
    expect(results(element)).toHaveLength(3);

    element.remove();
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(60_000);
    await frames();
    expect(reads(requests)).toBe(3);
  });

  it('asks only while on screen', async () => {
    const below = document.createElement('div');
    below.style.marginTop = '300vh';
    document.body.append(below);
    try {
      const { api, client } = createPollFixture({ session: 'signed-out' });
      const element = await mount<IcraPoll>(
        `<icra-poll api="${api}" authority="guba" poll="${FIXTURE_POLL_ID}" lang="en"></icra-poll>`,
        (element) => {
          element.client = client;
        },
        below,
      );
      await until(() => $(element, '[part~="results"]'));
      await frames();
      expect(vi.getTimerCount()).toBe(0);
      element.scrollIntoView();
      await until(() => vi.getTimerCount() === 1);
      window.scrollTo(0, 0);
      await until(() => vi.getTimerCount() === 0);
    } finally {
      below.remove();
      window.scrollTo(0, 0);
    }
  });

  it('does not poll a closed poll', async () => {
    const { element, requests } = await poll({ scenario: 'closed' });
    await until(() => $(element, '[part~="results"]'));
    await frames();
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(60_000);
    expect(reads(requests)).toBe(1);
  });
});
