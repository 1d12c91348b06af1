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
  applications: 'each status' | 'none' | 'error';
  pollHref: string;
  services: 'drafts and submitted' | 'none' | 'drafts error' | 'deletion fails';
  serviceHref: string;
  serviceStatus: 'submitted' | 'needs_information' | 'completed';
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
    applications: 'each status',
    pollHref: '/participation.html#poll={id}',
    services: 'drafts and submitted',
    serviceHref: '/service.html?service={service}&draft={draft}&application={application}',
    serviceStatus: 'submitted',
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
    applications: {
      control: 'inline-radio',
      options: ['each status', 'none', 'error'],
      description: "The citizen's e-participation applications",
    },
    pollHref: {
      control: 'text',
      description: 'poll-href: where approved applications link, `{id}` for the poll',
    },
    services: {
      control: 'inline-radio',
      options: ['drafts and submitted', 'none', 'drafts error', 'deletion fails'],
      description: "The citizen's e-service drafts and submitted applications",
    },
    serviceHref: {
      control: 'text',
      description:
        'service-href: where a draft continues, `{service}` and `{draft}` for it, and where a request for ' +
        'information is answered, `{application}` for it',
    },
    serviceStatus: {
      control: 'inline-radio',
      options: ['submitted', 'needs_information', 'completed'],
      description: 'Where the first submitted e-service application is (open its details)',
    },
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
      ...(args.applications === 'none' ? { applications: [] } : {}),
      applicationsFail: args.applications === 'error',
      servicesEmpty: args.services === 'none',
      draftsFail: args.services === 'drafts error',
      ...(args.services === 'deletion fails' ? { deleteDraftFails: 503 as const } : {}),
      serviceStatus: args.serviceStatus,
    });
    return html`<div style=${styleMap({ maxWidth: args.width || undefined })}>
      <icra-cabinet
        api=${api}
        authority="guba"
        lang=${args.lang || nothing}
        theme=${args.theme || nothing}
        page-size=${args.pageSize}
        poll-href=${args.pollHref || nothing}
        service-href=${args.serviceHref || nothing}
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

/** Nothing yet: no notifications and no applications. */
export const NoNotifications: Story = { args: { scenario: 'empty' } };

/**
 * The citizen's applications, one in each status (submitted, approved, rejected) and an older one
 * submitted; the approved one links to its poll through `poll-href`; the rejected one's history
 * gives the reason. Each has its text and history behind "Text and history".
 */
export const Applications: Story = { args: { lang: 'en', pageSize: 10 } };

/** Approved applications without `poll-href`: they say they became a poll, with no link. */
export const ApplicationsWithoutPollLink: Story = { args: { lang: 'en', pageSize: 10, pollHref: '' } };

export const NoApplications: Story = { args: { lang: 'en', applications: 'none' } };

/** The applications could not be loaded; the rest of the cabinet could. */
export const ApplicationsError: Story = { args: { lang: 'en', applications: 'error' } };

/** E-services: drafts to continue (one of an older form) or delete, and a submitted application. */
export const EServices: Story = { name: 'E-services', args: { lang: 'en', pageSize: 10 } };

/** E-services without drafts or applications. */
/** A submitted application waiting on the citizen: open its details for the request and the link to answer it. */
export const EServiceNeedsInformation: Story = {
  name: 'E-service: more information needed',
  args: { lang: 'en', serviceStatus: 'needs_information' },
};

/** A completed application: open its details for the result to download and the rating. */
export const EServiceCompleted: Story = {
  name: 'E-service: completed, to rate',
  args: { lang: 'en', serviceStatus: 'completed' },
};

export const NoEServices: Story = { name: 'No e-services', args: { lang: 'en', services: 'none' } };

/** The drafts could not be loaded. */
export const EServiceDraftsError: Story = {
  name: 'E-service drafts error',
  args: { lang: 'en', services: 'drafts error' },
};

/** Deleting a draft fails: the draft stays and the reason is shown. */
export const DraftDeletionFails: Story = { args: { lang: 'en', services: 'deletion fails' } };

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
