/**
 * Poll fixtures for Storybook and unit tests: a session (see ../sign-in/fixtures.ts) and an SDK
 * client whose `fetch` answers getPoll, getPollResults and the secret ballot (getBallotKey,
 * issueBallotCredential, castBallot) from the data below — typed by the SDK's schemas — with
 * `viewer` only when the session's token is sent, as the portal does.
 *
 * The ballot's cryptography is real: the fixture portal holds a 2048-bit RSA key (WebCrypto), signs
 * the blinded message with raw RSA (BigInt, s = m^d mod n, checked with s^e mod n), and casts a
 * ballot only if its signature verifies (RSA-PSS, SHA-384, salt 48) — so a ballot the widget
 * blinded or unblinded wrongly is refused here as the portal would refuse it.
 *
 * ```ts
 * const { api, client } = createPollFixture({ scenario: 'open' });
 * html`<icra-poll api=${api} authority="guba" poll=${FIXTURE_POLL_ID} .client=${client}></icra-poll>`;
 * ```
 */
import { createIcraClient, type IcraClient, type Lang, type Schemas } from '@icra/sdk';
import { sessionFor } from '../core/auth.js';
import { type SignInScenario, signInFixtureApi } from '../sign-in/fixtures.js';
import { fromBase64url, toBase64url } from './base64url.js';

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
  /** Makes the first request for the ballot's credential fail with a 503 (nothing issued). */
  voteFails?: boolean;
  /** Issues the first credential asked for, then loses its answer (the request fails as offline). */
  dropCredentialAnswer?: boolean;
  /** Casts the first ballot, then loses its answer (the request fails as offline). */
  dropCastAnswer?: boolean;
  /** The poll publishes another `ballotKeyId` than the id of the key the portal hands out. */
  keyMismatch?: boolean;
  /** The poll closes as the credential is asked for (its closing time passed meanwhile). */
  closeOnVote?: boolean;
  /** The citizen's credential was taken in another browser after this page read the poll. */
  takenElsewhere?: boolean;
  /** Ballots per published batch (the portal's `ICRA_BALLOT_BATCH`). Default 5. */
  batchSize?: number;
  /** Ballots in the box (cast, not yet in the results) at the start. Default 0. */
  uncounted?: number;
  /** Called with every request the client makes. */
  onRequest?: (request: Request) => void;
}

/** The poll as the portal serves it in `lang`; `ballotKeyId` null until its key is made. */
export function fixturePoll(
  lang: Lang,
  scenario: PollScenario,
  viewer?: Poll['viewer'],
  ballotKeyId: string | null = null,
): Poll {
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
    ballotKeyId,
    ...(viewer ? { viewer } : {}),
  };
}

/**
 * The results as the portal serves them: the folded tallies (`added` ballots on top of the
 * fixture's own), and how many ballots wait in the box.
 */
export function fixtureResults(
  lang: Lang,
  scenario: PollScenario,
  added = [0, 0, 0],
  box: { uncounted: number; batchSize: number } = { uncounted: 0, batchSize: 5 },
): PollResults {
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
      ...box,
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
    ...box,
  };
}

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': status < 400 ? 'application/json' : 'application/problem+json' },
  });
}

function problem(status: number, name: string, title: string): Response {
  return json({ type: `urn:icra:problem:${name}`, title, status } satisfies Problem, status);
}

// ——— The portal's side of the ballot: real RSA ———

const bytesToInt = (bytes: Uint8Array) =>
  BigInt(`0x${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('') || '0'}`);

function intToBytes(value: bigint, length: number): Uint8Array<ArrayBuffer> {
  const hex = value.toString(16).padStart(length * 2, '0');
  return Uint8Array.from({ length }, (_, i) => Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16));
}

function modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  let result = 1n;
  let b = base % modulus;
  for (let e = exponent; e > 0n; e >>= 1n) {
    if (e & 1n) result = (result * b) % modulus;
    b = (b * b) % modulus;
  }
  return result;
}

/** The fixture portal's ballot key of the poll: an RSA-PSS SHA-384 pair, made on first need. */
export interface FixtureBallotKey {
  publicKey: CryptoKey;
  spki: Uint8Array<ArrayBuffer>;
  keyId: string;
  /** Raw RSA with the private exponent (RSASP1), checked with the public one (RFC 9474 §4.3). */
  blindSign(blinded: Uint8Array): Uint8Array;
}

async function makeBallotKey(): Promise<FixtureBallotKey> {
  const pair = await crypto.subtle.generateKey(
    { name: 'RSA-PSS', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-384' },
    true,
    ['sign', 'verify'],
  );
  const jwk = await crypto.subtle.exportKey('jwk', pair.privateKey);
  const [n, d, e] = [jwk.n, jwk.d, jwk.e].map((part) => bytesToInt(fromBase64url(part ?? ''))) as [
    bigint,
    bigint,
    bigint,
  ];
  const spki = new Uint8Array(await crypto.subtle.exportKey('spki', pair.publicKey));
  const keyId = toBase64url(new Uint8Array(await crypto.subtle.digest('SHA-256', spki)));
  return {
    publicKey: pair.publicKey,
    spki,
    keyId,
    blindSign(blinded) {
      const m = bytesToInt(blinded);
      if (m >= n) throw new RangeError('blinded message out of range');
      const signature = modPow(m, d, n);
      if (modPow(signature, e, n) !== m) throw new Error('signing failure');
      return intToBytes(signature, 256);
    },
  };
}

/** What the fixture portal saw of the ballot, for tests to check. */
export interface FixtureBallots {
  /** The poll's ballot key (made on first use). */
  key(): Promise<FixtureBallotKey>;
  /** Each credential asked for: the blinded message (base64url), as received. */
  readonly credentials: string[];
  /** Each ballot cast and accepted, as received. */
  readonly cast: { message: string; signature: string; option: number }[];
}

/** A lost answer: the request reached the portal, the page sees a network failure. */
const lost = () => Promise.reject(new TypeError('Failed to fetch'));

/**
 * A session in the given state (signed in by default) and a client that answers `<icra-poll>` from
 * fixtures; `ballots` is what the fixture portal saw of the ballot. One citizen: one credential
 * (asked again with the same blinded message: the same signature), one ballot per credential.
 */
export function createPollFixture(options: PollFixtureOptions = {}): {
  api: string;
  client: IcraClient;
  ballots: FixtureBallots;
} {
  const api = signInFixtureApi(options.session ?? 'signed-in', 'citizen');
  const session = sessionFor(api);
  const ballots = newBallots();
  const client = createIcraClient({
    baseUrl: api,
    lang: 'az',
    token: () => session.token,
    fetch: pollFixtureFetch(api, options, ballots),
    retry: 0,
    timeout: options.scenario === 'loading' ? 2_147_483_647 : 10_000,
  });
  return { api, client, ballots };
}

let sharedKey: Promise<FixtureBallotKey> | undefined;

function newBallots(): FixtureBallots {
  // One key for every fixture of the page: making a 2048-bit key takes a while.
  return {
    key: () => {
      sharedKey ??= makeBallotKey();
      return sharedKey;
    },
    credentials: [],
    cast: [],
  };
}

/** The `fetch` of {@link createPollFixture}, for fixtures of widgets that contain a poll. */
export function pollFixtureFetch(
  api: string,
  options: PollFixtureOptions = {},
  ballots: FixtureBallots = newBallots(),
): typeof fetch {
  /** What the poll is like now (`closeOnVote` closes it). */
  let scenario = options.scenario ?? 'open';
  const session = sessionFor(api);
  const batchSize = options.batchSize ?? 5;
  const added = [0, 0, 0];
  /** The options of the ballots in the box, not yet folded into the tallies. */
  const box: number[] = Array.from({ length: options.uncounted ?? 0 }, (_, i) => i % 3);
  /** SHA-256 of the blinded message the citizen's credential was issued for (elsewhere: another). */
  let issued: string | undefined = scenario === 'voted' || options.takenElsewhere ? 'elsewhere' : undefined;
  let keyMade = false;
  const spent = new Set<string>();
  let failures = options.voteFails ? 1 : 0;
  let dropCredential = options.dropCredentialAnswer ?? false;
  let dropCast = options.dropCastAnswer ?? false;
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
    const hasVoted = issued !== undefined && !options.takenElsewhere;
    const state = fixturePoll(lang, scenario).state;
    const base = `/v1/participation/polls/${FIXTURE_POLL_ID}`;
    const key = await ballots.key();
    if (path === base && request.method === 'GET') {
      const viewer = signedIn ? { eligible: scenario !== 'not-eligible', hasVoted } : undefined;
      const published = options.keyMismatch ? toBase64url(new Uint8Array(32).fill(7)) : key.keyId;
      return json(fixturePoll(lang, scenario, viewer, keyMade ? published : null));
    }
    if (path === `${base}/results`) {
      // after_vote: a citizen who has taken the ballot sees the results.
      const shown = scenario === 'hidden-until-vote' && hasVoted && signedIn ? 'open' : scenario;
      return json(fixtureResults(lang, shown, added, { uncounted: box.length, batchSize }));
    }
    if (path === `${base}/ballot-key` && request.method === 'GET') {
      keyMade = true;
      return json({
        suite: 'RSABSSA-SHA384-PSS-Randomized',
        publicKey: toBase64url(key.spki),
        keyId: key.keyId,
      });
    }
    if (path === `${base}/ballot-credentials` && request.method === 'POST') {
      if (!signedIn) return problem(401, 'unauthorized', 'Sign in first');
      if (failures > 0) {
        failures -= 1;
        return problem(503, 'unavailable', 'Unavailable');
      }
      if (options.closeOnVote) scenario = 'closed';
      if (state === 'upcoming') return problem(409, 'poll-not-open', 'Not open');
      if (state === 'closed' || scenario === 'closed') return problem(409, 'poll-closed', 'Closed');
      if (scenario === 'not-eligible') return problem(403, 'not-eligible', 'Not eligible');
      const { blindedMessage } = (await request.json()) as { blindedMessage: string };
      const blinded = fromBase64url(blindedMessage);
      if (blinded.length !== 256) return problem(422, 'validation', 'Not 256 bytes');
      ballots.credentials.push(blindedMessage);
      const hash = toBase64url(new Uint8Array(await crypto.subtle.digest('SHA-256', blinded)));
      if (issued !== undefined && issued !== hash) {
        return problem(409, 'credential-already-issued', 'Credential already issued');
      }
      issued = hash;
      const answer = json({ blindSignature: toBase64url(key.blindSign(blinded)) });
      if (dropCredential) {
        dropCredential = false;
        return lost();
      }
      return answer;
    }
    if (path === `${base}/ballots` && request.method === 'POST') {
      if (request.headers.has('authorization')) return problem(400, 'ballot-identified', 'Identified ballot');
      if (state !== 'open')
        return problem(409, state === 'closed' ? 'poll-closed' : 'poll-not-open', 'Not open');
      const body = (await request.json()) as { message: string; signature: string; option: number };
      const valid = await crypto.subtle.verify(
        { name: 'RSA-PSS', saltLength: 48 },
        key.publicKey,
        fromBase64url(body.signature),
        fromBase64url(body.message),
      );
      if (!valid) return problem(422, 'invalid-credential', 'Invalid credential');
      if (!Number.isInteger(body.option) || body.option < 0 || body.option > 2) {
        return problem(422, 'validation', 'No such option');
      }
      const token = toBase64url(
        new Uint8Array(await crypto.subtle.digest('SHA-256', fromBase64url(body.message))),
      );
      if (spent.has(token)) return problem(409, 'ballot-already-cast', 'Already cast');
      spent.add(token);
      ballots.cast.push(body);
      box.push(body.option);
      if (box.length >= batchSize) {
        for (const option of box.splice(0)) added[option] = (added[option] ?? 0) + 1;
      }
      if (dropCast) {
        dropCast = false;
        return lost();
      }
      return new Response(null, { status: 204 });
    }
    return problem(404, 'not-found', 'Not found');
  };
  return fetchFixture;
}
