import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../index.js';
import type { SignInScenario } from '../sign-in/fixtures.js';
import { createPollFixture, FIXTURE_POLL_ID, type PollScenario } from './fixtures.js';

interface PollArgs {
  lang: '' | 'az' | 'en' | 'ru';
  theme: '' | 'light' | 'dark';
  session: SignInScenario;
  scenario: PollScenario;
  delay: number;
  width: string;
  /** The ballot's troubles (see fixtures.ts). */
  trouble: 'none' | 'lost-credential-answer' | 'lost-cast-answer' | 'key-mismatch' | 'taken-elsewhere';
  uncounted: number;
  batchSize: number;
}

/**
 * `<icra-poll>` with fixture data. Each story starts a session of its own (signed in unless the
 * story says otherwise) and gives the element an `@icra/sdk` client whose `fetch` answers from
 * `fixtures.ts` (typed by the SDK's schemas): the poll, its results and the secret ballot, signed
 * with a real RSA key (made on the first request: the first answer takes a moment longer).
 */
const meta = {
  title: 'Widgets/icra-poll',
  component: 'icra-poll',
  tags: ['autodocs'],
  args: {
    lang: '',
    theme: '',
    session: 'signed-in',
    scenario: 'open',
    delay: 300,
    width: '',
    trouble: 'none',
    uncounted: 0,
    batchSize: 5,
  },
  argTypes: {
    lang: { control: 'inline-radio', options: ['', 'az', 'en', 'ru'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
    session: { control: 'inline-radio', options: ['signed-out', 'signing-in', 'signed-in'] },
    scenario: {
      control: 'select',
      options: [
        'open',
        'voted',
        'not-eligible',
        'upcoming',
        'closed',
        'hidden-until-vote',
        'hidden-until-close',
        'loading',
        'error',
      ],
    },
    delay: { control: { type: 'number', min: 0, step: 100 }, description: 'Milliseconds before each answer' },
    width: { control: 'text', description: 'Width of the box around the widget, e.g. 320px' },
    trouble: {
      control: 'select',
      options: ['none', 'lost-credential-answer', 'lost-cast-answer', 'key-mismatch', 'taken-elsewhere'],
      description: 'What goes wrong with the ballot',
    },
    uncounted: { control: { type: 'number', min: 0 }, description: 'Ballots in the box at the start' },
    batchSize: { control: { type: 'number', min: 2 }, description: 'Ballots per published batch' },
  },
  render: (args) => {
    const { api, client } = createPollFixture({
      session: args.session,
      scenario: args.scenario,
      delay: args.delay,
      dropCredentialAnswer: args.trouble === 'lost-credential-answer',
      dropCastAnswer: args.trouble === 'lost-cast-answer',
      keyMismatch: args.trouble === 'key-mismatch',
      takenElsewhere: args.trouble === 'taken-elsewhere',
      uncounted: args.uncounted,
      batchSize: args.batchSize,
    });
    return html`<div style=${styleMap({ maxWidth: args.width || undefined })}>
      <icra-poll
        api=${api}
        authority="guba"
        poll=${FIXTURE_POLL_ID}
        lang=${args.lang || nothing}
        theme=${args.theme || nothing}
        .client=${client}
      ></icra-poll>
    </div>`;
  },
} satisfies Meta<PollArgs>;

export default meta;
type Story = StoryObj<PollArgs>;

/** Open, signed in and eligible: the ballot, and the live results. */
export const Open: Story = {};

export const SignedOut: Story = { args: { session: 'signed-out' } };

export const Loading: Story = { args: { scenario: 'loading' } };

export const ErrorState: Story = { name: 'Error', args: { scenario: 'error' } };

export const NotEligible: Story = { args: { scenario: 'not-eligible' } };

/** Not yet open: when voting opens, in Baku time. */
export const NotYetOpen: Story = { args: { scenario: 'upcoming' } };

/** The ballot was taken earlier, and none is pending in this browser: the honest answer. */
export const BallotTakenEarlier: Story = { args: { scenario: 'voted' } };

/** Ballots cast but not yet in the published batch. */
export const BallotsNotYetCounted: Story = { args: { uncounted: 3 } };

/** Vote: the credential's answer is lost; "Vote" again finishes the same ballot. */
export const LostAnswer: Story = { args: { trouble: 'lost-credential-answer' } };

/** Vote: the key handed out is not the poll's published one, so the widget refuses to send. */
export const KeyMismatch: Story = { args: { trouble: 'key-mismatch' } };

/** Vote: the credential was taken in another browser meanwhile. */
export const TakenElsewhere: Story = { args: { trouble: 'taken-elsewhere' } };

export const Closed: Story = { args: { scenario: 'closed' } };

export const ResultsAfterVoting: Story = { args: { scenario: 'hidden-until-vote' } };

export const ResultsAfterClosing: Story = { args: { scenario: 'hidden-until-close' } };

export const Azerbaijani: Story = { args: { lang: 'az' } };

export const English: Story = { args: { lang: 'en' } };

export const Russian: Story = { args: { lang: 'ru' } };

export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [(story) => html`<div style="background: #14181d; padding: 1rem">${story()}</div>`],
};

/** The narrowest phone layout the widget supports. */
export const Narrow: Story = { args: { width: '320px' } };
