import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../index.js';
import { FIXTURE_POLL_ID } from '../poll/fixtures.js';
import type { SignInScenario } from '../sign-in/fixtures.js';
import { createParticipationFixture, type ParticipationFixtureOptions } from './fixtures.js';

interface ParticipationArgs {
  lang: '' | 'az' | 'en' | 'ru';
  theme: '' | 'light' | 'dark';
  session: SignInScenario;
  list: NonNullable<ParticipationFixtureOptions['list']>;
  file: NonNullable<ParticipationFixtureOptions['file']>;
  poll: string;
  delay: number;
  width: string;
}

/**
 * `<icra-participation>` with fixture data. Each story starts a session of its own (signed in
 * unless the story says otherwise) and gives the element an `@icra/sdk` client whose `fetch`
 * answers from `fixtures.ts`: 12 open polls (two pages), 1 upcoming, 3 closed; filing an
 * application checks it as the portal does (a subject starting with "!" is refused by the portal).
 */
const meta = {
  title: 'Widgets/icra-participation',
  component: 'icra-participation',
  tags: ['autodocs'],
  args: {
    lang: '',
    theme: '',
    session: 'signed-in',
    list: 'ok',
    file: 'ok',
    poll: '',
    delay: 300,
    width: '',
  },
  argTypes: {
    lang: { control: 'inline-radio', options: ['', 'az', 'en', 'ru'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
    session: { control: 'inline-radio', options: ['signed-out', 'signing-in', 'signed-in'] },
    list: { control: 'inline-radio', options: ['ok', 'loading', 'error', 'empty'] },
    file: { control: 'inline-radio', options: ['ok', 'unavailable', 'forbidden'] },
    poll: { control: 'text', description: 'A poll to show on its own (its id)' },
    delay: { control: { type: 'number', min: 0, step: 100 }, description: 'Milliseconds before each answer' },
    width: { control: 'text', description: 'Width of the box around the widget, e.g. 320px' },
  },
  render: (args) => {
    const { api, client } = createParticipationFixture({
      session: args.session,
      list: args.list,
      file: args.file,
      delay: args.delay,
    });
    return html`<div style=${styleMap({ maxWidth: args.width || undefined })}>
      <icra-participation
        api=${api}
        authority="guba"
        poll=${args.poll || nothing}
        lang=${args.lang || nothing}
        theme=${args.theme || nothing}
        .client=${client}
      ></icra-participation>
    </div>`;
  },
} satisfies Meta<ParticipationArgs>;

export default meta;
type Story = StoryObj<ParticipationArgs>;

/** Signed in: the open polls, and the form of a new application. */
export const Polls: Story = {};

/** Signed out: polls are public; filing asks to sign in first. */
export const SignedOut: Story = { args: { session: 'signed-out' } };

/** One poll opened (as from a link to it): vote, results, and back to the list. */
export const PollOpened: Story = { args: { poll: FIXTURE_POLL_ID } };

export const Loading: Story = { args: { list: 'loading' } };

export const Empty: Story = { args: { list: 'empty' } };

export const ErrorState: Story = { name: 'Error', args: { list: 'error' } };

/** Sending fails (the portal is unavailable): the error summary, and retry with the same key. */
export const SendingFails: Story = { args: { file: 'unavailable' } };

export const Azerbaijani: Story = { args: { lang: 'az' } };

export const English: Story = { args: { lang: 'en' } };

export const Russian: Story = { args: { lang: 'ru' } };

export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [(story) => html`<div style="background: #14181d; padding: 1rem">${story()}</div>`],
};

/** The narrowest phone layout the widget supports. */
export const Narrow: Story = { args: { width: '320px' } };
