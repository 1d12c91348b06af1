import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import './define.js';
import type { SignInScenario } from '../sign-in/fixtures.js';
import { createModerationFixture, type ModerationScenario } from './fixtures.js';
import type { IcraModeration } from './moderation.js';

interface ModerationArgs {
  lang: '' | 'az' | 'en' | 'ru';
  theme: '' | 'light' | 'dark';
  session: SignInScenario;
  scenario: ModerationScenario;
  delay: number;
  width: string;
}

/**
 * `<icra-moderation>` with fixture data: each story starts a session of its own, signed in as a
 * Guba official unless it says otherwise, and gives the element a client (`client`) whose requests
 * are answered from an in-memory store (fixtures.ts) — so approving, rejecting, the error summary
 * and new polls all work here.
 */
const meta = {
  title: 'Widgets/icra-moderation',
  component: 'icra-moderation',
  tags: ['autodocs'],
  args: { lang: '', theme: '', session: 'signed-in', scenario: 'loaded', delay: 200, width: '' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['', 'az', 'en', 'ru'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
    session: {
      control: 'inline-radio',
      options: ['signed-out', 'signing-in', 'signed-in', 'popup-blocked', 'expired'],
    },
    scenario: { control: 'inline-radio', options: ['loaded', 'empty', 'many', 'forbidden', 'error'] },
    delay: { control: { type: 'number', min: 0, step: 100 }, description: 'Milliseconds before each answer' },
    width: { control: 'text', description: 'Width of the box around the widget, e.g. 320px' },
  },
  render: (args) => {
    const fixture = createModerationFixture({
      session: args.session,
      scenario: args.scenario,
      delay: args.delay,
    });
    return html`<div style=${styleMap({ maxWidth: args.width || undefined })}>
      <icra-moderation
        api=${fixture.api}
        authority="guba"
        lang=${args.lang || nothing}
        theme=${args.theme || nothing}
        .client=${fixture.client}
      ></icra-moderation>
    </div>`;
  },
} satisfies Meta<ModerationArgs>;

export default meta;
type Story = StoryObj<ModerationArgs>;

/** Waits for something in the element's shadow root (the fixture answers after `delay`). */
async function find(canvas: HTMLElement, selector: string): Promise<HTMLElement> {
  const element = canvas.querySelector<IcraModeration>('icra-moderation');
  for (let i = 0; i < 100; i += 1) {
    const found = element?.shadowRoot?.querySelector<HTMLElement>(selector);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no ${selector}`);
}

/** Signed in as a Guba moderator: the applications awaiting a decision. */
export const Queue: Story = {};

export const SignedOut: Story = { args: { session: 'signed-out' } };

/** Signed in as an official of another authority, or without the moderator role: the portal says 403. */
export const NotAModerator: Story = { args: { scenario: 'forbidden' } };

export const EmptyQueue: Story = { args: { scenario: 'empty' } };

/** 25 applications: the list shows 20 and "More applications". */
export const LongQueue: Story = { args: { scenario: 'many' } };

export const ErrorState: Story = { name: 'Error', args: { scenario: 'error' } };

/** An application opened: its direction, date, status, text and history, with approve and reject. */
export const ApplicationOpen: Story = {
  args: { delay: 0 },
  play: async ({ canvasElement }) => {
    (await find(canvasElement, '[part~="open"]')).click();
  },
};

/** The approve form sent with its options empty: the error summary, each field with its message. */
export const ApproveFormWithErrors: Story = {
  args: { delay: 0 },
  play: async ({ canvasElement }) => {
    (await find(canvasElement, '[part~="open"]')).click();
    (await find(canvasElement, '[data-action="approve"]')).click();
    (await find(canvasElement, '[part~="form"] button[type="submit"]')).click();
  },
};

/** The rejection form. */
export const RejectForm: Story = {
  args: { delay: 0 },
  play: async ({ canvasElement }) => {
    (await find(canvasElement, '[part~="open"]')).click();
    (await find(canvasElement, '[data-action="reject"]')).click();
  },
};

/** A poll on a planned project, not made from an application. */
export const NewPoll: Story = {
  args: { delay: 0 },
  play: async ({ canvasElement }) => {
    (await find(canvasElement, '[part~="new-poll"]')).click();
  },
};

export const Azerbaijani: Story = { args: { lang: 'az' } };

export const English: Story = { args: { lang: 'en' } };

export const Russian: Story = { args: { lang: 'ru' } };

export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [(story) => html`<div style="background: #14181d; padding: 1rem">${story()}</div>`],
};

/** The narrowest phone layout the widget supports. */
export const Narrow: Story = { args: { width: '320px' } };
