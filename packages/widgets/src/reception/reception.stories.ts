import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../index.js';
import type { SignInScenario } from '../sign-in/fixtures.js';
import { createReceptionFixture, type ReceptionFixtureOptions } from './fixtures.js';

interface ReceptionArgs {
  lang: '' | 'az' | 'en' | 'ru';
  theme: '' | 'light' | 'dark';
  session: SignInScenario;
  officials: NonNullable<ReceptionFixtureOptions['officials']>;
  mine: NonNullable<ReceptionFixtureOptions['mine']>;
  send: NonNullable<ReceptionFixtureOptions['send']>;
  width: string;
}

/**
 * `<icra-reception>` with fixture data. Each story starts a session of its own and gives the
 * element an `@icra/sdk` client whose `fetch` answers from `fixtures.ts`: Guba's head (no photo:
 * initials) and a deputy with their weekly hours; signed in, the citizen's three requests (one
 * scheduled for Tuesday 8 December 2026 at 11:00 Baku time, one waiting, one declined). Sending a
 * request checks it as the portal does (a description starting with "!" is refused by the portal).
 */
const meta = {
  title: 'Widgets/icra-reception',
  component: 'icra-reception',
  tags: ['autodocs'],
  args: {
    lang: '',
    theme: '',
    session: 'signed-out',
    officials: 'ok',
    mine: 'ok',
    send: 'ok',
    width: '',
  },
  argTypes: {
    lang: { control: 'inline-radio', options: ['', 'az', 'en', 'ru'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
    session: { control: 'inline-radio', options: ['signed-out', 'signing-in', 'signed-in'] },
    officials: { control: 'inline-radio', options: ['ok', 'loading', 'error', 'empty'] },
    mine: { control: 'inline-radio', options: ['ok', 'empty', 'error'] },
    send: { control: 'inline-radio', options: ['ok', 'validation', 'unavailable', 'forbidden'] },
    width: { control: 'text', description: 'Width of the box around the widget, e.g. 320px' },
  },
  render: (args) => {
    const { api, client } = createReceptionFixture({
      session: args.session,
      officials: args.officials,
      mine: args.mine,
      send: args.send,
    });
    return html`<div style=${styleMap({ maxWidth: args.width || undefined })}>
      <icra-reception
        api=${api}
        authority="guba"
        lang=${args.lang || nothing}
        theme=${args.theme || nothing}
        .client=${client}
      ></icra-reception>
    </div>`;
  },
} satisfies Meta<ReceptionArgs>;

export default meta;
type Story = StoryObj<ReceptionArgs>;

/** Signed out: the officials and their hours; the form can be filled, sending asks to sign in. */
export const Default: Story = {};

/** Signed in: the form, and the citizen's requests with a scheduled appointment and its .ics. */
export const SignedInWithRequests: Story = { args: { session: 'signed-in' } };

/** The officials cannot be loaded: the error, with "try again". */
export const ErrorState: Story = { name: 'Error', args: { officials: 'error' } };

/** No official published, no request yet. */
export const Empty: Story = { args: { session: 'signed-in', officials: 'empty', mine: 'empty' } };

export const Loading: Story = { args: { officials: 'loading' } };

/** The portal refuses the topic and the preferred official (422): errors at the fields. */
export const PortalRefuses: Story = { args: { session: 'signed-in', send: 'validation' } };

export const Azerbaijani: Story = { args: { lang: 'az', session: 'signed-in' } };

export const Russian: Story = { args: { lang: 'ru', session: 'signed-in' } };

export const Dark: Story = {
  args: { theme: 'dark', session: 'signed-in' },
  decorators: [(story) => html`<div style="background: #14181d; padding: 1rem">${story()}</div>`],
};

/** The narrowest phone layout the widget supports. */
export const Narrow: Story = { args: { width: '320px', session: 'signed-in' } };
