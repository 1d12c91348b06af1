import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../index.js';
import type { AuthKind } from '../core/auth.js';
import { type SignInScenario, signInFixtureApi } from './fixtures.js';

interface SignInArgs {
  lang: '' | 'az' | 'en' | 'ru';
  theme: '' | 'light' | 'dark';
  scenario: SignInScenario;
  kind: AuthKind;
}

/**
 * `<icra-sign-in>` in each of its states. Each story starts a session of its own in that state
 * (`fixtures.ts`): the portal's popup and token endpoint are stand-ins, so "Sign in" here opens
 * nothing real.
 */
const meta = {
  title: 'Widgets/icra-sign-in',
  component: 'icra-sign-in',
  tags: ['autodocs'],
  args: { lang: '', theme: '', scenario: 'signed-out', kind: 'citizen' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['', 'az', 'en', 'ru'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
    scenario: {
      control: 'inline-radio',
      options: ['signed-out', 'signing-in', 'signed-in', 'popup-blocked', 'closed', 'expired'],
    },
    kind: { control: 'inline-radio', options: ['citizen', 'official', 'evaluator'] },
  },
  render: (args) => html`
    <icra-sign-in
      api=${signInFixtureApi(args.scenario, args.kind)}
      authority="guba"
      lang=${args.lang || nothing}
      theme=${args.theme || nothing}
    ></icra-sign-in>
  `,
} satisfies Meta<SignInArgs>;

export default meta;
type Story = StoryObj<SignInArgs>;

export const SignedOut: Story = {};

/** The portal's window is open; the control waits, and offers to cancel. */
export const SigningIn: Story = { args: { scenario: 'signing-in' } };

export const SignedIn: Story = { args: { scenario: 'signed-in' } };

export const Official: Story = { args: { scenario: 'signed-in', kind: 'official', lang: 'en' } };

/** The browser refused to open the portal's window. */
export const PopupBlocked: Story = { args: { scenario: 'popup-blocked' } };

/** The portal's window was closed before the sign-in finished: said, with "try again". */
export const Closed: Story = { args: { scenario: 'closed' } };

/** The ten-minute token ran out. */
export const Expired: Story = { args: { scenario: 'expired' } };

export const Azerbaijani: Story = { args: { lang: 'az', scenario: 'signed-in' } };

export const English: Story = { args: { lang: 'en', scenario: 'popup-blocked' } };

export const Russian: Story = { args: { lang: 'ru', scenario: 'signing-in' } };

export const Dark: Story = {
  args: { theme: 'dark', scenario: 'signed-in' },
  decorators: [(story) => html`<div style="background: #14181d; padding: 1rem">${story()}</div>`],
};
