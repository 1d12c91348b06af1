import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../index.js';
import {
  createServiceCatalogFixtureClient,
  type ServiceCatalogFixtureOptions,
  type ServiceCatalogScenario,
} from './fixtures.js';

interface CatalogArgs {
  lang: '' | 'az' | 'en' | 'ru';
  theme: '' | 'light' | 'dark';
  pageSize: number;
  headingLevel: number;
  applyHref: string;
  scenario: ServiceCatalogScenario;
  detail: NonNullable<ServiceCatalogFixtureOptions['detail']>;
  moreFails: boolean;
  delay: number;
  accent: string;
  width: string;
}

/** Waits for `find` to return an element inside the story's widget, then clicks it. */
async function click(canvas: HTMLElement, find: (root: ShadowRoot) => HTMLElement | null | undefined) {
  const element = canvas.querySelector('icra-service-catalog');
  for (let i = 0; i < 150; i++) {
    const target = element?.shadowRoot && find(element.shadowRoot);
    if (target) {
      target.click();
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const nth = (index: number) => (root: ShadowRoot) =>
  root.querySelectorAll<HTMLElement>('.title-button')[index];

/**
 * `<icra-service-catalog>` with fixture data. Each story gives the element an `@icra/sdk` client
 * whose `fetch` answers from `fixtures.ts` (search, category, paging and three languages as the
 * portal does them) — the same injection a page or a test uses.
 */
const meta = {
  title: 'Widgets/icra-service-catalog',
  component: 'icra-service-catalog',
  tags: ['autodocs'],
  args: {
    lang: '',
    theme: '',
    pageSize: 4,
    headingLevel: 2,
    applyHref: '/service.html?service={slug}',
    scenario: 'loaded',
    detail: 'loaded',
    moreFails: false,
    delay: 300,
    accent: '',
    width: '',
  },
  argTypes: {
    lang: { control: 'inline-radio', options: ['', 'az', 'en', 'ru'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
    scenario: { control: 'inline-radio', options: ['loaded', 'loading', 'empty', 'error'] },
    detail: { control: 'inline-radio', options: ['loaded', 'loading', 'error'] },
    moreFails: { control: 'boolean', description: 'The pages after the first fail' },
    pageSize: { control: { type: 'number', min: 1, max: 50 } },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    applyHref: { control: 'text', description: 'apply-href: where to apply, `{slug}` for the service' },
    delay: { control: { type: 'number', min: 0, step: 100 }, description: 'Milliseconds before each answer' },
    accent: { control: 'color', description: '--icra-color-accent' },
    width: { control: 'text', description: 'Width of the box around the widget, e.g. 320px' },
  },
  render: (args) => html`
    <div style=${styleMap({ maxWidth: args.width || undefined, '--icra-color-accent': args.accent || undefined })}>
      <icra-service-catalog
        authority="guba"
        lang=${args.lang || nothing}
        theme=${args.theme || nothing}
        page-size=${args.pageSize}
        heading-level=${args.headingLevel}
        apply-href=${args.applyHref || nothing}
        .client=${createServiceCatalogFixtureClient({
          scenario: args.scenario,
          detail: args.detail,
          moreFails: args.moreFails,
          delay: args.delay,
        })}
      ></icra-service-catalog>
    </div>
  `,
} satisfies Meta<CatalogArgs>;

export default meta;
type Story = StoryObj<CatalogArgs>;

export const Loaded: Story = {};

/** The skeleton: the fixture never answers. */
export const Loading: Story = { args: { scenario: 'loading' } };

/** Nothing matches: the empty state names the query the reader typed. */
export const Empty: Story = {
  args: { lang: 'en', delay: 0 },
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector('icra-service-catalog');
    const input = element?.shadowRoot?.querySelector<HTMLInputElement>('#q');
    if (!input) return;
    input.value = 'passport';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await click(canvasElement, (root) => root.querySelector<HTMLElement>('[part~="search-button"]'));
  },
};

/** The catalogue holds no service at all. */
export const EmptyCatalogue: Story = { name: 'Empty catalogue', args: { scenario: 'empty' } };

export const ErrorState: Story = { name: 'Error', args: { scenario: 'error' } };

/** "More services" failed: what is shown stays, with an inline error and "try again". */
export const MoreFailed: Story = {
  name: 'More failed to load',
  args: { moreFails: true, delay: 0 },
  play: ({ canvasElement }) =>
    click(canvasElement, (root) => root.querySelector<HTMLElement>('[part~="load-more"]')),
};

export const Azerbaijani: Story = { args: { lang: 'az' } };

export const English: Story = { args: { lang: 'en' } };

export const Russian: Story = { args: { lang: 'ru' } };

/** `theme="dark"` forces the dark scheme whatever the page declares. */
export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [(story) => html`<div style="background: #14181d; padding: 1rem">${story()}</div>`],
};

/** A host page's brand colour through `--icra-color-accent`. */
export const CustomBrand: Story = { args: { accent: '#8a1538', lang: 'en' } };

/** The narrowest phone layout the widget supports. */
export const Narrow: Story = { args: { width: '320px' } };

/** A service applied for online, opened as a reader would: documents, limits and the apply link. */
export const ServiceOpen: Story = {
  name: 'A service opened',
  args: { lang: 'en', delay: 0 },
  play: ({ canvasElement }) => click(canvasElement, nth(0)),
};

/** A service that cannot be applied for online: where to go instead, and no apply link. */
export const ServiceOffline: Story = {
  name: 'A service not applied for online',
  args: { lang: 'en', delay: 0, pageSize: 10 },
  play: ({ canvasElement }) => click(canvasElement, nth(5)),
};

/** Without `apply-href` a service has no apply link. */
export const WithoutApplyLink: Story = {
  name: 'A service opened, without apply-href',
  args: { lang: 'en', delay: 0, applyHref: '' },
  play: ({ canvasElement }) => click(canvasElement, nth(0)),
};

/** The service's details never come: its summary and a placeholder. */
export const ServiceLoading: Story = {
  name: 'A service loading',
  args: { lang: 'en', delay: 0, detail: 'loading' },
  play: ({ canvasElement }) => click(canvasElement, nth(0)),
};

export const ServiceError: Story = {
  name: 'A service that failed to load',
  args: { lang: 'en', delay: 0, detail: 'error' },
  play: ({ canvasElement }) => click(canvasElement, nth(0)),
};
