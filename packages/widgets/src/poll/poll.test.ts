import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { $, $$, announced, cleanup, deepActiveElement, mount, until } from '../../test/helpers.js';
import '../index.js';
import { formatDateTime } from '../core/date-time.js';
import type { IcraSignIn } from '../sign-in/sign-in.js';
import { fromBase64url } from './base64url.js';
import type { IcraPollVoteEvent } from './events.js';
import {
  createPollFixture,
  FIXTURE_POLL_ID,
  type FixtureBallots,
  type PollFixtureOptions,
} from './fixtures.js';
import type { PendingBallot } from './pending.js';
import type { IcraPoll } from './poll.js';

/** The ballots pending in this browser's localStorage. */
function pendingBallots(): PendingBallot[] {
  return Object.keys(localStorage)
    .filter((key) => key.startsWith('icra:ballot:'))
    .map((key) => JSON.parse(localStorage.getItem(key) ?? 'null') as PendingBallot);
}

function forgetBallots(): void {
  for (const key of Object.keys(localStorage))
    if (key.startsWith('icra:ballot:')) localStorage.removeItem(key);
}

beforeEach(() => {
  cleanup();
  forgetBallots();
});
afterEach(cleanup);

async function poll(
  options: PollFixtureOptions = {},
  attributes = 'lang="en"',
): Promise<{ element: IcraPoll; requests: Request[]; bodies: string[]; ballots: FixtureBallots }> {
  const requests: Request[] = [];
  const bodies: string[] = [];
  const { api, client, ballots } = createPollFixture({
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
  return { element, requests, bodies, ballots };
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

  it('ballot taken earlier, none pending in this browser: the honest answer, no ballot', async () => {
    const { element, requests } = await poll({ scenario: 'voted' });
    await until(() => $(element, '[part~="note"]'));
    expect(text(element, '[part~="note"]')).toBe(OTHER_DEVICE);
    expect($(element, '[part~="ballot"]')).toBeNull();
    expect(requests.some((request) => request.method === 'POST')).toBe(false);
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

const COUNTED =
  'Your vote is counted. Results are published in batches of 5; the next batch will include it.';
const OTHER_DEVICE =
  'You took your ballot for this poll earlier, perhaps on another device. If it was not cast there, it cannot be cast again.';

const byPath = (requests: Request[], tail: string) =>
  requests.filter((request) => new URL(request.url).pathname.endsWith(tail));

/** The cast ballot's signature verifies with the poll's public key: RSA-PSS, SHA-384, salt 48. */
async function verifies(ballots: FixtureBallots, ballot: { message: string; signature: string }) {
  const { publicKey } = await ballots.key();
  return crypto.subtle.verify(
    { name: 'RSA-PSS', saltLength: 48 },
    publicKey,
    fromBase64url(ballot.signature),
    fromBase64url(ballot.message),
  );
}

async function choose(element: IcraPoll, index: number): Promise<void> {
  await until(() => $(element, '[part~="ballot"]'));
  await userEvent.click($$(element, 'input[type="radio"]')[index]!);
  await userEvent.click($(element, '[part~="vote"]')!);
}

describe('<icra-poll> voting, a secret ballot', () => {
  it('votes with the keyboard: the credential with the token, the ballot anonymous, its blind signature real', async () => {
    const { element, requests, bodies, ballots } = await poll();
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
    await userEvent.click($(element, '[part~="vote"]')!);
    await until(() => text(element, '[part~="note"]') === COUNTED);
    await until(() => announced(element) === COUNTED);
    await until(() => deepActiveElement() === $(element, '[part~="note"]'));
    expect($(element, '[part~="ballot"]')).toBeNull();
    expect(pendingBallots()).toEqual([]);

    // The key: fetched without identity, and checked against the poll's published id (read
    // again, anonymously, since the poll had none before its key was made).
    const [keyRequest, ...moreKeys] = byPath(requests, '/ballot-key');
    expect(moreKeys).toEqual([]);
    expect(keyRequest!.headers.has('authorization')).toBe(false);
    expect(keyRequest!.credentials).toBe('omit');
    const reread = requests.filter(
      (request) => new URL(request.url).pathname.endsWith(FIXTURE_POLL_ID) && request.credentials === 'omit',
    );
    expect(reread).toHaveLength(1);
    expect(reread[0]!.headers.has('authorization')).toBe(false);

    // The credential: with the token; its body is the blinded message only (256 bytes).
    await until(() => bodies.length === requests.length);
    const [credential, ...moreCredentials] = byPath(requests, '/ballot-credentials');
    expect(moreCredentials).toEqual([]);
    expect(credential!.headers.get('authorization')).toMatch(/^Bearer /);
    const credentialBody = bodies[requests.indexOf(credential!)]!;
    expect(Object.keys(JSON.parse(credentialBody))).toEqual(['blindedMessage']);
    expect(fromBase64url(JSON.parse(credentialBody).blindedMessage)).toHaveLength(256);

    // The ballot: no Authorization, no cookies, no Idempotency-Key; the prepared message (32
    // random bytes and the 32-byte message), a signature that verifies, the option.
    const [cast, ...moreCasts] = byPath(requests, '/ballots');
    expect(moreCasts).toEqual([]);
    expect(cast!.headers.has('authorization')).toBe(false);
    expect(cast!.headers.has('idempotency-key')).toBe(false);
    expect(cast!.credentials).toBe('omit');
    const ballot = JSON.parse(bodies[requests.indexOf(cast!)]!) as {
      message: string;
      signature: string;
      option: number;
    };
    expect(Object.keys(ballot).sort()).toEqual(['message', 'option', 'signature']);
    expect(ballot.option).toBe(1);
    expect(fromBase64url(ballot.message)).toHaveLength(64);
    expect(fromBase64url(ballot.signature)).toHaveLength(256);
    expect(await verifies(ballots, ballot)).toBe(true);
    expect(ballots.cast).toEqual([ballot]);
    // What the credential carried says nothing of the ballot: neither the message nor the signature.
    expect(credentialBody).not.toContain(ballot.message);
    expect(credentialBody).not.toContain(ballot.message.slice(0, 20));
    expect(credentialBody).not.toContain(ballot.signature.slice(0, 20));
    expect(ballots.credentials[0]).not.toBe(ballot.signature);

    // The choice travels only in the ballot's body: in no URL, header or other body.
    requests.forEach((request, index) => {
      if (request === cast) return;
      expect(request.url).not.toMatch(/option/);
      expect(bodies[index]).not.toMatch(/option/);
      expect([...request.headers.keys()].join()).not.toContain('option');
    });

    expect(events).toHaveLength(1);
    expect(events[0]?.detail).toEqual({ poll: FIXTURE_POLL_ID });
    expect(JSON.stringify(events[0]?.detail)).not.toContain('option');
    // In the box, not yet in the published batch.
    await until(() => text(element, '[part~="uncounted"]') === '1 ballot not yet in these results');
    expect(results(element)[1]).toBe('New trees and shade 655 votes · 50.4%');
  });

  it('while the ballot is on its way the button says "Voting…", and it is kept here before the credential is asked for', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const credentialBodies: string[] = [];
    const { element, requests, ballots } = await poll({
      hold: (request) => {
        if (!request.url.endsWith('/ballot-credentials')) return undefined;
        void request
          .clone()
          .text()
          .then((body) => credentialBodies.push(body));
        return held;
      },
    });
    await until(() => $(element, '[part~="ballot"]'));
    await userEvent.click($$(element, 'input[type="radio"]')[1]!);
    const button = $(element, '[part~="vote"]')!;
    await userEvent.click(button);
    await until(() => text(element, '[part~="vote"]') === 'Voting…');
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(deepActiveElement()).toBe(button);
    await until(() => announced(element) === 'Voting…');
    await until(() => credentialBodies.length === 1);
    // The credential's request is held by the portal: the ballot it is for is already kept.
    const [pending, ...others] = pendingBallots();
    expect(others).toEqual([]);
    expect(pending).toMatchObject({ v: 1, option: 1, keyId: (await ballots.key()).keyId });
    expect(JSON.parse(credentialBodies[0]!)).toEqual({ blindedMessage: pending!.blindedMessage });
    expect(pending!.signature).toBeUndefined();
    // Pressed again (the button keeps focus; aria-disabled, so a pointer cannot press it).
    await userEvent.keyboard('{Enter}');
    await element.updateComplete;
    expect(byPath(requests, '/ballot-credentials')).toHaveLength(1);
    release();
    await until(() => text(element, '[part~="note"]') === COUNTED);
    expect(byPath(requests, '/ballot-credentials')).toHaveLength(1);
    expect(byPath(requests, '/ballots')).toHaveLength(1);
    expect(pendingBallots()).toEqual([]);
  });

  it('the credential answer lost: "try again" finishes the same ballot — the same blinded message, one credential', async () => {
    const { element, requests, ballots } = await poll({ dropCredentialAnswer: true });
    await choose(element, 1);
    const error = 'Your ballot for “New trees and shade” has not been cast yet: try again.';
    await until(() => text(element, '#vote-error') === error);
    await until(() => announced(element) === error);
    expect($(element, '[part~="ballot"]')?.getAttribute('aria-describedby')).toBe('vote-error');
    // The choice is the pending ballot's: shown, and no longer changeable.
    const radios = $$<HTMLInputElement>(element, 'input[type="radio"]');
    expect(radios.map((radio) => [radio.checked, radio.disabled])).toEqual([
      [false, true],
      [true, true],
      [false, true],
    ]);
    expect(deepActiveElement()).toBe($(element, '[part~="vote"]'));
    expect(pendingBallots()).toHaveLength(1);

    await userEvent.click($(element, '[part~="vote"]')!);
    await until(() => text(element, '[part~="note"]') === COUNTED);
    expect(ballots.credentials).toHaveLength(2);
    expect(ballots.credentials[1]).toBe(ballots.credentials[0]);
    expect(byPath(requests, '/ballot-key')).toHaveLength(2);
    expect(ballots.cast).toHaveLength(1);
    expect(ballots.cast[0]!.option).toBe(1);
    expect(await verifies(ballots, ballots.cast[0]!)).toBe(true);
    expect(pendingBallots()).toEqual([]);
  });

  it('a reload after the credential answer was lost finishes the pending ballot by itself, with the same blinded message', async () => {
    const { element, ballots } = await poll({ dropCredentialAnswer: true });
    await choose(element, 2);
    await until(() => $(element, '#vote-error'));
    // The page is loaded again: the portal now says "has taken the ballot".
    const again = await mountSame(element);
    await until(() => text(again, '[part~="note"]') === COUNTED);
    expect(ballots.credentials).toHaveLength(2);
    expect(ballots.credentials[1]).toBe(ballots.credentials[0]);
    expect(ballots.cast.map((ballot) => ballot.option)).toEqual([2]);
    expect(await verifies(ballots, ballots.cast[0]!)).toBe(true);
    expect(pendingBallots()).toEqual([]);
  });

  it('a reload after the cast answer was lost casts again with the kept signature: "already cast" is counted, no new credential', async () => {
    const { element, requests, ballots } = await poll({ dropCastAnswer: true });
    await choose(element, 0);
    await until(() => $(element, '#vote-error'));
    expect(pendingBallots()[0]?.signature).toBeDefined();
    const again = await mountSame(element);
    await until(() => text(again, '[part~="note"]') === COUNTED);
    expect(byPath(requests, '/ballot-credentials')).toHaveLength(1);
    expect(byPath(requests, '/ballots')).toHaveLength(2);
    expect(ballots.cast).toHaveLength(1);
    expect(pendingBallots()).toEqual([]);
  });

  it('the credential taken in another browser meanwhile (409): the honest answer, nothing kept', async () => {
    const { element, requests } = await poll({ takenElsewhere: true });
    await choose(element, 1);
    await until(() => text(element, '[part~="note"]') === OTHER_DEVICE);
    await until(() => announced(element) === OTHER_DEVICE);
    await until(() => deepActiveElement() === $(element, '[part~="note"]'));
    expect($(element, '[part~="ballot"]')).toBeNull();
    expect(byPath(requests, '/ballots')).toEqual([]);
    expect(pendingBallots()).toEqual([]);
  });

  it('a ballot key that is not the poll’s published one: refused before anything is sent', async () => {
    const { element, requests } = await poll({ keyMismatch: true });
    await choose(element, 1);
    const refusal =
      'Your vote was not sent: the ballot key the portal handed out does not match the key published for this poll, so the secrecy of your vote could not be guaranteed.';
    await until(() => text(element, '[part~="note"]') === refusal);
    await until(() => announced(element) === refusal);
    await until(() => deepActiveElement() === $(element, '[part~="note"]'));
    expect($(element, '[part~="ballot"]')).toBeNull();
    expect(byPath(requests, '/ballot-credentials')).toEqual([]);
    expect(byPath(requests, '/ballots')).toEqual([]);
    expect(pendingBallots()).toEqual([]);
  });

  it('the poll closed before the ballot was cast: it is read again, "closed" is said and has focus, nothing kept', async () => {
    const { element, requests } = await poll({ closeOnVote: true });
    await choose(element, 1);
    await until(() => text(element, '[part~="schedule"]') === 'Voting has closed.');
    await until(() => announced(element) === 'Voting has closed.');
    await until(() => deepActiveElement() === $(element, '[part~="schedule"]'));
    expect($(element, '[part~="ballot"]')).toBeNull();
    expect(byPath(requests, '/ballots')).toEqual([]);
    expect(pendingBallots()).toEqual([]);
  });

  it('the blind-signature code is fetched when a signed-in eligible citizen sees an open poll', async () => {
    const { element } = await poll();
    await until(() => $(element, '[part~="ballot"]'));
    // The module the poll imports on demand: the same instance, already evaluated.
    const loaded = await import('./ballot.js');
    expect(typeof loaded.castSecretBallot).toBe('function');
  });

  it('shows the sign-in control while signed out, wired to this portal', async () => {
    const { element } = await poll({ session: 'signed-out' });
    const control = await until(() => $<IcraSignIn>(element, 'icra-sign-in'));
    expect(control.getAttribute('authority')).toBe('guba');
  });
});

describe('<icra-poll> results in batches', () => {
  afterEach(async () => {
    await page.viewport(1024, 768);
  });

  it('ballots in the box are said, not counted; a full batch is folded in, and the bars are drawn to it', async () => {
    await page.viewport(1024, 768);
    const { element } = await poll({ batchSize: 2, uncounted: 1 });
    await until(() => text(element, '[part~="uncounted"]') === '1 ballot not yet in these results');
    expect(results(element)[0]).toBe('A playground 412 votes · 31.7%');
    await choose(element, 1);
    const counted =
      'Your vote is counted. Results are published in batches of 2; the next batch will include it.';
    await until(() => text(element, '[part~="note"]') === counted);
    await until(() => results(element)[1] === 'New trees and shade 656 votes · 50.4%');
    expect(results(element)).toEqual([
      'A playground 413 votes · 31.7%',
      'New trees and shade 656 votes · 50.4%',
      'Lighting and benches 233 votes · 17.9%',
    ]);
    expect($(element, '[part~="uncounted"]')).toBeNull();
    const shares = [31.7, 50.4, 17.9];
    for (const [i, bar] of drawnBars(element).entries()) {
      expect(bar.track).toBeGreaterThan(100);
      expect(Math.abs(bar.fill - (bar.track * shares[i]!) / 100)).toBeLessThanOrEqual(1);
    }
  });

  it.each([
    ['az', 3, '3 bülleten hələ bu nəticələrə daxil deyil'],
    ['en', 3, '3 ballots not yet in these results'],
    ['ru', 3, '3 бюллетеня ещё не вошли в эти результаты'],
    ['ru', 1, '1 бюллетень ещё не вошёл в эти результаты'],
  ])('%s: %i uncounted', async (lang, uncounted, line) => {
    const { element } = await poll({ session: 'signed-out', uncounted }, `lang="${lang}"`);
    await until(() => text(element, '[part~="uncounted"]') === line);
  });
});

/** The same poll again (a reload: a fresh element with the same client, the same portal). */
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
