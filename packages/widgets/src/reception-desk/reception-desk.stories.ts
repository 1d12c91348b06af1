import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import './define.js';
import type { SignInScenario } from '../sign-in/fixtures.js';
import { createReceptionDeskFixture, FIXTURE_WEEK, type ReceptionDeskScenario } from './fixtures.js';

interface ReceptionDeskArgs {
  lang: '' | 'az' | 'en' | 'ru';
  theme: '' | 'light' | 'dark';
  session: SignInScenario;
  scenario: ReceptionDeskScenario;
  slotTaken: boolean;
  delay: number;
  width: string;
}

/**
 * `<icra-reception-desk>` with fixture data: each story starts a session of its own, signed in as a
 * Guba official unless it says otherwise, and gives the element a client whose requests are
 * answered from an in-memory store (fixtures.ts), in the week of 7 December 2026 — so choosing a
 * request and a free time, scheduling, rescheduling, declining and cancelling all work here;
 * `slotTaken` makes the next schedule meet another officer's meeting at that time.
 */
const meta = {
  title: 'Widgets/icra-reception-desk',
  component: 'icra-reception-desk',
  tags: ['autodocs'],
  args: {
    lang: '',
    theme: '',
    session: 'signed-in',
    scenario: 'loaded',
    slotTaken: false,
    delay: 200,
    width: '',
  },
  argTypes: {
    lang: { control: 'inline-radio', options: ['', 'az', 'en', 'ru'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
    session: {
      control: 'inline-radio',
      options: ['signed-out', 'signing-in', 'signed-in', 'popup-blocked', 'expired'],
    },
    scenario: { control: 'inline-radio', options: ['loaded', 'empty', 'many', 'forbidden', 'error'] },
    slotTaken: {
      control: 'boolean',
      description: 'The next schedule answers 409 slot-taken: another meeting took that time first',
    },
    delay: { control: { type: 'number', min: 0, step: 100 }, description: 'Milliseconds before each answer' },
    width: { control: 'text', description: 'Width of the box around the widget, e.g. 320px' },
  },
  render: (args) => {
    const fixture = createReceptionDeskFixture({
      session: args.session,
      scenario: args.scenario,
      slotTaken: args.slotTaken,
      delay: args.delay,
    });
    return html`<div style=${styleMap({ maxWidth: args.width || undefined })}>
      <icra-reception-desk
        api=${fixture.api}
        authority="guba"
        week=${FIXTURE_WEEK}
        lang=${args.lang || nothing}
        theme=${args.theme || nothing}
        .client=${fixture.client}
      ></icra-reception-desk>
    </div>`;
  },
} satisfies Meta<ReceptionDeskArgs>;

export default meta;
type Story = StoryObj<ReceptionDeskArgs>;

export const Requests: Story = {};
export const English: Story = { args: { lang: 'en' } };
export const Russian: Story = { args: { lang: 'ru' } };
export const ManyRequests: Story = { args: { scenario: 'many' } };
export const Empty: Story = { args: { scenario: 'empty' } };
export const LoadError: Story = { args: { scenario: 'error' } };
export const NotAReceptionOfficer: Story = { args: { scenario: 'forbidden' } };
export const SignedOut: Story = { args: { session: 'signed-out' } };
export const SlotTakenMeanwhile: Story = { args: { slotTaken: true, lang: 'en' } };
export const Phone: Story = { args: { width: '320px', lang: 'en' } };
