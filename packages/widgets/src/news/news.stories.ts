import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../index.js';
import { createNewsFixtureClient, type NewsScenario } from './fixtures.js';

interface NewsArgs {
  lang: '' | 'az' | 'en' | 'ru';
  theme: '' | 'light' | 'dark';
  pageSize: number;
  headingLevel: number;
  scenario: NewsScenario;
  delay: number;
  accent: string;
  width: string;
}

/**
 * `<icra-news>` with fixture data. Each story gives the element an `@icra/sdk` client whose
 * `fetch` answers from `fixtures.ts` — the same injection a page or a test uses:
 *
 * ```js
 * document.querySelector('icra-news').client = createIcraClient({ baseUrl, lang, fetch: myFetch });
 * ```
 */
const meta = {
  title: 'Widgets/icra-news',
  component: 'icra-news',
  tags: ['autodocs'],
  args: {
    lang: '',
    theme: '',
    pageSize: 3,
    headingLevel: 2,
    scenario: 'loaded',
    delay: 300,
    accent: '',
    width: '',
  },
  argTypes: {
    lang: { control: 'inline-radio', options: ['', 'az', 'en', 'ru'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
    scenario: { control: 'inline-radio', options: ['loaded', 'loading', 'empty', 'error'] },
    pageSize: { control: { type: 'number', min: 1, max: 50 } },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    delay: { control: { type: 'number', min: 0, step: 100 }, description: 'Milliseconds before each answer' },
    accent: { control: 'color', description: '--icra-color-accent' },
    width: { control: 'text', description: 'Width of the box around the widget, e.g. 320px' },
  },
  render: (args) => html`
    <div style=${styleMap({ maxWidth: args.width || undefined, '--icra-color-accent': args.accent || undefined })}>
      <icra-news
        authority="ganja"
        lang=${args.lang || nothing}
        theme=${args.theme || nothing}
        page-size=${args.pageSize}
        heading-level=${args.headingLevel}
        .client=${createNewsFixtureClient({ scenario: args.scenario, delay: args.delay })}
      ></icra-news>
    </div>
  `,
} satisfies Meta<NewsArgs>;

export default meta;
type Story = StoryObj<NewsArgs>;

export const Loaded: Story = {};

export const Loading: Story = { args: { scenario: 'loading' } };

export const Empty: Story = { args: { scenario: 'empty' } };

export const ErrorState: Story = { name: 'Error', args: { scenario: 'error' } };

export const Azerbaijani: Story = { args: { lang: 'az' } };

export const English: Story = { args: { lang: 'en' } };

export const Russian: Story = { args: { lang: 'ru' } };

/** `theme="dark"` forces the dark scheme whatever the page declares. */
export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [(story) => html`<div style="background: #14181d; padding: 1rem">${story()}</div>`],
};

/**
 * With no `theme`, the widget takes the `color-scheme` of where it sits: here a section of the page
 * that declares `color-scheme: dark`, as a dark footer or sidebar would.
 */
export const InADarkSection: Story = {
  name: 'In a dark section of the page',
  decorators: [
    (story) => html`<div style="color-scheme: dark; background: #14181d; padding: 1rem">${story()}</div>`,
  ],
};

/** A host page's brand colour through `--icra-color-accent` (and the text colour on it). */
export const CustomBrand: Story = {
  args: { accent: '#8a1538', lang: 'en' },
};

/** The narrowest phone layout the widget supports. */
export const Narrow: Story = { args: { width: '320px', pageSize: 2 } };

/** The article view, opened by the story as a reader would. */
export const ArticleOpen: Story = {
  args: { lang: 'en', delay: 0 },
  play: async ({ canvasElement }) => {
    const news = canvasElement.querySelector('icra-news');
    for (let i = 0; i < 100; i++) {
      const title = news?.shadowRoot?.querySelector<HTMLButtonElement>('.title-button');
      if (title) {
        title.click();
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  },
};
