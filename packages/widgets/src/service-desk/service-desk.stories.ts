import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import './define.js';
import type { SignInScenario } from '../sign-in/fixtures.js';
import { createServiceDeskFixture, type ServiceDeskScenario } from './fixtures.js';

interface ServiceDeskArgs {
  lang: '' | 'az' | 'en' | 'ru';
  theme: '' | 'light' | 'dark';
  session: SignInScenario;
  scenario: ServiceDeskScenario;
  conflict: boolean;
  delay: number;
  width: string;
}

/**
 * `<icra-service-desk>` with fixture data: each story starts a session of its own, signed in as a
 * Guba official unless it says otherwise, and gives the element a client whose requests are
 * answered from an in-memory store (fixtures.ts) — so taking, asking for information, approving,
 * rejecting and completing all work here; `conflict` makes the next action meet another officer.
 */
const meta = {
  title: 'Widgets/icra-service-desk',
  component: 'icra-service-desk',
  tags: ['autodocs'],
  args: {
    lang: '',
    theme: '',
    session: 'signed-in',
    scenario: 'loaded',
    conflict: false,
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
    conflict: { control: 'boolean', description: 'The next action answers 409: another officer has it' },
    delay: { control: { type: 'number', min: 0, step: 100 }, description: 'Milliseconds before each answer' },
    width: { control: 'text', description: 'Width of the box around the widget, e.g. 320px' },
  },
  render: (args) => {
    const fixture = createServiceDeskFixture({
      session: args.session,
      scenario: args.scenario,
      conflict: args.conflict,
      delay: args.delay,
    });
    return html`<div style=${styleMap({ maxWidth: args.width || undefined })}>
      <icra-service-desk
        api=${fixture.api}
        authority="guba"
        lang=${args.lang || nothing}
        theme=${args.theme || nothing}
        .client=${fixture.client}
      ></icra-service-desk>
    </div>`;
  },
} satisfies Meta<ServiceDeskArgs>;

export default meta;
type Story = StoryObj<ServiceDeskArgs>;

export const Queue: Story = {};
export const English: Story = { args: { lang: 'en' } };
export const Russian: Story = { args: { lang: 'ru' } };
export const ManyApplications: Story = { args: { scenario: 'many' } };
export const Empty: Story = { args: { scenario: 'empty' } };
export const LoadError: Story = { args: { scenario: 'error' } };
export const NotAServiceOfficer: Story = { args: { scenario: 'forbidden' } };
export const SignedOut: Story = { args: { session: 'signed-out' } };
export const AnotherOfficerFirst: Story = { args: { conflict: true, lang: 'en' } };
export const Phone: Story = { args: { width: '320px', lang: 'en' } };
export const Dark: Story = { args: { theme: 'dark', lang: 'en' } };
