import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import './define.js';
import type { SignInScenario } from '../sign-in/fixtures.js';
import { createEditorFixture, type EditorScenario } from './fixtures.js';

interface EditorArgs {
  lang: '' | 'az' | 'en' | 'ru';
  theme: '' | 'light' | 'dark';
  session: SignInScenario;
  scenario: EditorScenario;
  delay: number;
  width: string;
}

/**
 * `<icra-news-editor>` with fixture data: each story starts a session of its own, signed in as a
 * Guba official unless it says otherwise, and gives the element a client whose `fetch` answers the
 * editorial operations from an in-memory store (fixtures.ts) — so saving, publishing, the error
 * summary and uploads all work here.
 */
const meta = {
  title: 'Widgets/icra-news-editor',
  component: 'icra-news-editor',
  tags: ['autodocs'],
  args: { lang: '', theme: '', session: 'signed-in', scenario: 'loaded', delay: 200, width: '' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['', 'az', 'en', 'ru'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
    session: {
      control: 'inline-radio',
      options: ['signed-out', 'signing-in', 'signed-in', 'popup-blocked', 'expired'],
    },
    scenario: { control: 'inline-radio', options: ['loaded', 'empty', 'forbidden', 'error'] },
    delay: { control: { type: 'number', min: 0, step: 100 }, description: 'Milliseconds before each answer' },
    width: { control: 'text', description: 'Width of the box around the widget, e.g. 320px' },
  },
  render: (args) => {
    const fixture = createEditorFixture({
      session: args.session,
      scenario: args.scenario,
      delay: args.delay,
    });
    return html`<div style=${styleMap({ maxWidth: args.width || undefined })}>
      <icra-news-editor
        api=${fixture.api}
        authority="guba"
        lang=${args.lang || nothing}
        theme=${args.theme || nothing}
        .client=${fixture.client}
      ></icra-news-editor>
    </div>`;
  },
} satisfies Meta<EditorArgs>;

export default meta;
type Story = StoryObj<EditorArgs>;

/** Signed in as an editor: the authority's drafts and published news. */
export const List: Story = {};

export const SignedOut: Story = { args: { session: 'signed-out' } };

/** Signed in as an official of another authority, or without the editor role. */
export const Refused: Story = { args: { scenario: 'forbidden' } };

export const Empty: Story = { args: { scenario: 'empty' } };

export const ErrorState: Story = { name: 'Error', args: { scenario: 'error' } };

export const Azerbaijani: Story = { args: { lang: 'az' } };

export const English: Story = { args: { lang: 'en' } };

export const Russian: Story = { args: { lang: 'ru' } };

export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [(story) => html`<div style="background: #14181d; padding: 1rem">${story()}</div>`],
};

/** The narrowest phone layout the widget supports. */
export const Narrow: Story = { args: { width: '320px' } };
