/**
 * Poll fixtures for Storybook and unit tests: a session (see ../sign-in/fixtures.ts) and an SDK
 * client whose `fetch` answers getPoll, getPollResults and castVote from the data below — typed by
 * the SDK's schemas — with `viewer` only when the session's token is sent, as the portal does.
 *
 * ```ts
 * const { api, client } = createPollFixture({ scenario: 'open' });
 * html`<icra-poll api=${api} authority="guba" poll=${FIXTURE_POLL_ID} .client=${client}></icra-poll>`;
 * ```
 */
import { createIcraClient, type IcraClient, type Lang, type Schemas } from '@icra/sdk';
import { sessionFor } from '../core/auth.js';
import { type SignInScenario, signInFixtureApi } from '../sign-in/fixtures.js';

type Poll = Schemas['Poll'];
type PollResults = Schemas['PollResults'];
type Problem = Schemas['Problem'];

export const FIXTURE_POLL_ID = '3a9d2c1b-7e4f-4a8b-9c0d-1e2f3a4b5c6d';

const QUESTION: Record<Lang, string> = {
  az: 'Xan bağının yenidən qurulması layihəsində nəyə üstünlük verilməlidir?',
  en: "What should come first in the plan to rebuild Khan's Garden?",
  ru: 'Что должно стать главным в проекте реконструкции Ханского сада?',
};

const OPTIONS: Record<Lang, string[]> = {
  az: ['Uşaq meydançası', 'Yeni ağaclar və kölgə', 'İşıqlandırma və skamyalar'],
  en: ['A playground', 'New trees and shade', 'Lighting and benches'],
  ru: ['Детская площадка', 'Новые деревья и тень', 'Освещение и скамейки'],
};

const VOTES = [412, 655, 233];

/** What the fixture poll is like, and what the fixture API does. */
export type PollScenario =
  | 'open'
  | 'voted'
  | 'not-eligible'
  | 'upcoming'
  | 'closed'
  | 'hidden-until-vote'
  | 'hidden-until-close'
  | 'loading'
  | 'error';

export interface PollFixtureOptions {
  scenario?: PollScenario;
  /** The session's state; default `signed-in`. */
  session?: SignInScenario;
  /** Milliseconds before each answer. Default 0. */
  delay?: number;
  /**
   * Holds the answer to a request until the returned promise settles (a test shows the state while
   * the request is in flight, then lets it answer); nothing returned: answered at once.
   */
  hold?: (request: Request) => Promise<void> | undefined;
  /** Makes the vote fail once with a 503. */
  voteFails?: boolean;
  /** Called with every request the client makes. */
  onRequest?: (request: Request) => void;
}

/** The poll as the portal serves it in `lang`. */
export function fixturePoll(lang: Lang, scenario: PollScenario, viewer?: Poll['viewer']): Poll {
  const state = scenario === 'upcoming' ? 'upcoming' : scenario === 'closed' ? 'closed' : 'open';
  return {
    id: FIXTURE_POLL_ID,
    authority: 'guba',
    lang,
    question: QUESTION[lang],
    options: OPTIONS[lang].map((text, option) => ({ option, text })),
    opensAt: state === 'upcoming' ? '2026-12-01T05:00:00.000Z' : '2026-11-20T05:00:00.000Z',
    closesAt: state === 'closed' ? '2026-11-24T20:00:00.000Z' : '2026-12-20T20:00:00.000Z',
    state,
    eligibility: scenario === 'not-eligible' ? 'residents' : 'all_citizens',
    resultsVisibility:
      scenario === 'hidden-until-vote'
        ? 'after_vote'
        : scenario === 'hidden-until-close'
          ? 'after_close'
          : 'live',
    sourceApplicationId: null,
    ...(viewer ? { viewer } : {}),
  };
}

/** The results as the portal serves them; `extra` votes are added to the option voted for. */
export function fixtureResults(lang: Lang, scenario: PollScenario, added = [0, 0, 0]): PollResults {
  const poll = fixturePoll(lang, scenario);
  const hidden =
    (scenario === 'hidden-until-vote' && added.every((n) => n === 0)) || scenario === 'hidden-until-close';
  if (hidden || scenario === 'upcoming') {
    return {
      pollId: poll.id,
      lang,
      state: poll.state,
      resultsVisibility: poll.resultsVisibility,
      hidden: true,
      reason: scenario === 'hidden-until-vote' ? 'not_voted' : 'not_closed',
      options: poll.options.map((option) => ({ ...option, votes: null, percentage: null })),
      total: null,
      turnout: null,
    };
  }
  const votes = VOTES.map((n, index) => n + (added[index] ?? 0));
  const total = votes.reduce((sum, n) => sum + n, 0);
  return {
    pollId: poll.id,
    lang,
    state: poll.state,
    resultsVisibility: poll.resultsVisibility,
    hidden: false,
    reason: null,
    options: poll.options.map((option, index) => ({
      ...option,
      votes: votes[index] ?? 0,
      percentage: Math.round(((votes[index] ?? 0) / total) * 1000) / 10,
    })),
    total,
    turnout: { voters: total, eligible: 8_000, percentage: Math.round((total / 8_000) * 1000) / 10 },
  };
}

function json(body: Poll | PollResults | Problem, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': status < 400 ? 'application/json' : 'application/problem+json' },
  });
}

function problem(status: number, name: string, title: string): Response {
  return json({ type: `urn:icra:problem:${name}`, title, status }, status);
}

/**
 * A session in the given state (signed in by default) and a client that answers `<icra-poll>` from
 * fixtures. A vote is counted once per client (a second is 409 `already-voted`).
 */
export function createPollFixture(options: PollFixtureOptions = {}): { api: string; client: IcraClient } {
  const api = signInFixtureApi(options.session ?? 'signed-in', 'citizen');
  const session = sessionFor(api);
  const client = createIcraClient({
    baseUrl: api,
    lang: 'az',
    token: () => session.token,
    fetch: pollFixtureFetch(api, options),
    retry: 0,
    timeout: options.scenario === 'loading' ? 2_147_483_647 : 10_000,
  });
  return { api, client };
}

/** The `fetch` of {@link createPollFixture}, for fixtures of widgets that contain a poll. */
export function pollFixtureFetch(api: string, options: PollFixtureOptions = {}): typeof fetch {
  const scenario = options.scenario ?? 'open';
  const session = sessionFor(api);
  const added = [0, 0, 0];
  let voted = scenario === 'voted';
  let failures = options.voteFails ? 1 : 0;
  const fetchFixture: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    options.onRequest?.(request);
    if (options.delay) await new Promise((resolve) => setTimeout(resolve, options.delay));
    await options.hold?.(request);
    if (scenario === 'loading') return new Promise<Response>(() => {});
    if (scenario === 'error') return problem(500, 'internal', 'Internal error');
    const url = new URL(request.url);
    const asked = url.searchParams.get('lang') ?? request.headers.get('accept-language') ?? 'az';
    const lang: Lang = asked === 'en' || asked === 'ru' ? asked : 'az';
    const path = url.pathname.slice(new URL(api).pathname.length);
    const signedIn =
      Boolean(session.token) && request.headers.get('authorization') === `Bearer ${session.token}`;
    const base = `/v1/participation/polls/${FIXTURE_POLL_ID}`;
    if (path === base && request.method === 'GET') {
      const viewer = signedIn ? { eligible: scenario !== 'not-eligible', hasVoted: voted } : undefined;
      return json(fixturePoll(lang, scenario, viewer));
    }
    if (path === `${base}/results`) {
      // after_vote: a citizen who has voted sees the results.
      const shown = scenario === 'hidden-until-vote' && voted && signedIn ? 'open' : scenario;
      return json(fixtureResults(lang, shown, added));
    }
    if (path === `${base}/votes` && request.method === 'POST') {
      if (!signedIn) return problem(401, 'unauthorized', 'Sign in first');
      if (failures > 0) {
        failures -= 1;
        return problem(503, 'unavailable', 'Unavailable');
      }
      if (scenario === 'not-eligible') return problem(403, 'not-eligible', 'Not eligible');
      if (voted) return problem(409, 'already-voted', 'Already voted');
      const { option } = (await request.json()) as Schemas['Vote'];
      added[option] = (added[option] ?? 0) + 1;
      voted = true;
      return new Response(null, { status: 204 });
    }
    return problem(404, 'not-found', 'Not found');
  };
  return fetchFixture;
}
