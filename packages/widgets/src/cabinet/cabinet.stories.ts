import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../index.js';
import type { AuthKind } from '../core/auth.js';
import type { SignInScenario } from '../sign-in/fixtures.js';
import { type CabinetScenario, createCabinetFixture } from './fixtures.js';

interface CabinetArgs {
  lang: '' | 'az' | 'en' | 'ru';
  theme: '' | 'light' | 'dark';
  session: SignInScenario;
  scenario: CabinetScenario;
  kind: AuthKind;
  pageSize: number;
  delay: number;
  width: string;
}

/**
 * `<icra-cabinet>` with fixture data. Each story starts a session of its own (signed in unless
 * the story says otherwise) and gives the element an `@icra/sdk` client whose `fetch` answers from
 * `fixtures.ts`, refusing requests without that session's token as the portal does.
 */
const meta = {
  title: 'Widgets/icra-cabinet',
  component: 'icra-cabinet',
  tags: ['autodocs'],
  args: {
    lang: '',
    theme: '',
    session: 'signed-in',
    scenario: 'loaded',
    kind: 'citizen',
    pageSize: 3,
    delay: 300,
    width: '',
  },
  argTypes: {
    lang: { control: 'inline-radio', options: ['', 'az', 'en', 'ru'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
    session: {
      control: 'inline-radio',
      options: ['signed-out', 'signing-in', 'signed-in', 'popup-blocked', 'expired'],
    },
    scenario: { control: 'inline-radio', options: ['loaded', 'loading', 'empty', 'error'] },
    kind: { control: 'inline-radio', options: ['citizen', 'official', 'evaluator'] },
    pageSize: { control: { type: 'number', min: 1, max: 50 } },
    delay: { control: { type: 'number', min: 0, step: 100 }, description: 'Milliseconds before each answer' },
    width: { control: 'text', description: 'Width of the box around the widget, e.g. 320px' },
  },
  render: (args) => {
    const { api, client } = createCabinetFixture({
      session: args.session,
      scenario: args.scenario,
      kind: args.kind,
      delay: args.delay,
    });
    return html`<div style=${styleMap({ maxWidth: args.width || undefined })}>
      <icra-cabinet
        api=${api}
        authority="guba"
        lang=${args.lang || nothing}
        theme=${args.theme || nothing}
        page-size=${args.pageSize}
        .client=${client}
      ></icra-cabinet>
    </div>`;
  },
} satisfies Meta<CabinetArgs>;

export default meta;
type Story = StoryObj<CabinetArgs>;

/** Signed in: the registry profile and the notifications, two of them unread. */
export const SignedIn: Story = {};

export const SignedOut: Story = { args: { session: 'signed-out' } };

/** The portal's sign-in window is open. */
export const SigningIn: Story = { args: { session: 'signing-in' } };

export const PopupBlocked: Story = { args: { session: 'popup-blocked' } };

export const Loading: Story = { args: { scenario: 'loading' } };

export const NoNotifications: Story = { args: { scenario: 'empty' } };

export const ErrorState: Story = { name: 'Error', args: { scenario: 'error' } };

export const Official: Story = { args: { kind: 'official', lang: 'en' } };

export const Evaluator: Story = { args: { kind: 'evaluator', lang: 'en' } };

export const Azerbaijani: Story = { args: { lang: 'az' } };

export const English: Story = { args: { lang: 'en' } };

export const Russian: Story = { args: { lang: 'ru' } };

export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [(story) => html`<div style="background: #14181d; padding: 1rem">${story()}</div>`],
};

/** The narrowest phone layout the widget supports. */
export const Narrow: Story = { args: { width: '320px' } };
