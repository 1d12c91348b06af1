import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../index.js';
import type { SignInScenario } from '../sign-in/fixtures.js';
import { createServiceFormFixture, type ServiceFormFixtureOptions } from './fixtures.js';

interface ServiceFormArgs {
  lang: '' | 'az' | 'en' | 'ru';
  theme: '' | 'light' | 'dark';
  session: SignInScenario;
  load: NonNullable<ServiceFormFixtureOptions['load']>;
  draft: 'none' | 'started' | 'stale' | 'form-changed';
  /** `held`: a file chosen stays on its way (its progress bar and Stop) until it is stopped. */
  upload: 'ok' | 'held';
  width: string;
}

/** Holds a document's upload until it is stopped: the fixture then fails it as fetch does. */
const holdUploads = (request: Request): Promise<void> | undefined =>
  request.method === 'POST' && new URL(request.url).pathname.endsWith('/documents')
    ? new Promise((_, reject) =>
        request.signal.addEventListener('abort', () => reject(new DOMException('Stopped', 'AbortError')), {
          once: true,
        }),
      )
    : undefined;

const STARTED = {
  purpose: 'For the bank',
  household: 2,
  reason: 'work',
  presentTo: 'bank',
  livesAtRegistered: false,
  actualAddress: 'Quba, Nizami 5',
  contactPhone: '+994501234567',
};

/**
 * `<icra-service-form>` with fixture data: a demo form with every field kind (fixtures.ts), the
 * service's identity card document, the citizen's registry profile, and one draft kept with
 * If-Match as the portal keeps it. "Continue" saves the step; a stale draft answers 412 once, a
 * changed form 409 once.
 */
const meta = {
  title: 'Widgets/icra-service-form',
  component: 'icra-service-form',
  tags: ['autodocs'],
  args: { lang: '', theme: '', session: 'signed-out', load: 'ok', draft: 'none', upload: 'ok', width: '' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['', 'az', 'en', 'ru'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
    session: { control: 'inline-radio', options: ['signed-out', 'signing-in', 'signed-in'] },
    load: { control: 'inline-radio', options: ['ok', 'loading', 'error'] },
    draft: { control: 'inline-radio', options: ['none', 'started', 'stale', 'form-changed'] },
    upload: { control: 'inline-radio', options: ['ok', 'held'] },
    width: { control: 'text', description: 'Width of the box around the widget, e.g. 320px' },
  },
  render: (args) => {
    const { api, client } = createServiceFormFixture({
      session: args.session,
      load: args.load,
      ...(args.draft !== 'none' ? { existing: STARTED } : {}),
      ...(args.draft === 'stale' ? { staleWith: { ...STARTED, purpose: 'For the school' } } : {}),
      ...(args.draft === 'form-changed' ? { formChangedReview: ['household'] } : {}),
      ...(args.upload === 'held' ? { hold: holdUploads } : {}),
    });
    return html`<div style=${styleMap({ maxWidth: args.width || undefined })}>
      <icra-service-form
        api=${api}
        authority="guba"
        service="residence-certificate"
        cabinet-href="#cabinet"
        lang=${args.lang || nothing}
        theme=${args.theme || nothing}
        .client=${client}
      ></icra-service-form>
    </div>`;
  },
} satisfies Meta<ServiceFormArgs>;

export default meta;
type Story = StoryObj<ServiceFormArgs>;

/** Signed out: every step but the documents can be answered; files and submit ask to sign in. */
export const SignedOut: Story = {};

/** Signed in with a draft begun: the registry's fields filled, documents to attach, then submit. */
export const DraftStarted: Story = { args: { session: 'signed-in', draft: 'started' } };

/** The first "Continue" finds the draft changed on another device (412): reloaded, and said. */
export const ChangedElsewhere: Story = { args: { session: 'signed-in', draft: 'stale' } };

/** The first "Continue" finds the form changed (409): reloaded, with the questions to review. */
export const FormChanged: Story = { args: { session: 'signed-in', draft: 'form-changed' } };

/** On the documents step, a chosen file stays on its way: the progress bar and "Stop". */
export const Uploading: Story = { args: { session: 'signed-in', draft: 'started', upload: 'held' } };

export const Loading: Story = { args: { load: 'loading' } };

export const ErrorState: Story = { name: 'Error', args: { load: 'error' } };

export const Azerbaijani: Story = { args: { lang: 'az' } };

export const English: Story = { args: { lang: 'en' } };

export const Russian: Story = { args: { lang: 'ru' } };

export const Dark: Story = {
  args: { theme: 'dark', session: 'signed-in', draft: 'started' },
  decorators: [(story) => html`<div style="background: #14181d; padding: 1rem">${story()}</div>`],
};

/** The narrowest phone layout the widget supports. */
export const Narrow: Story = { args: { width: '320px', session: 'signed-in', draft: 'started' } };
