/**
 * <icra-participation> against the real server (test/global-setup.ts): a Guba citizen signs in
 * through the portal's demo popup inside the widget and files an application with its form and a
 * PDF attached; the
 * application is theirs, submitted, in `/v1/me/applications`; Guba's moderator approves it into a
 * poll (with the SDK) — the moderator, an official, cannot file one in the widget (the error summary
 * says so) — and the widget lists the poll among the open ones and opens it to vote.
 */
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import '../src/index.js';
import { sessionFor } from '../src/core/auth.js';
import type { IcraParticipation } from '../src/participation/participation.js';
import type { IcraPoll } from '../src/poll/poll.js';
import type { IcraSignIn } from '../src/sign-in/sign-in.js';
import { $, $$, cleanup, deepActiveElement, mount, until } from './helpers.js';

const api = inject('apiUrl');
const authorize = `${api}/oauth/authorize?response_type=code&client_id=guba`;

function reset(): void {
  cleanup();
  sessionFor(api).signOut();
}
beforeEach(reset);
afterEach(reset);

const text = (element: Element, selector: string) =>
  $(element, selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<icra-participation> on the real portal', () => {
  it('a citizen files an application in the widget; once a moderator approves it, its poll is listed and opens to vote', async () => {
    const subject = `Bike racks at the station ${crypto.randomUUID().slice(0, 8)}`;
    const widget = await mount<IcraParticipation>(
      `<icra-participation api="${api}" authority="guba" lang="en"></icra-participation>`,
    );
    const control = await until(() => $<IcraSignIn>(widget, 'icra-sign-in'), 10_000);
    await userEvent.click(await until(() => $(control, '[part~="sign-in"]')));
    await commands.popup({ url: authorize, click: 'Səbinə Nəsibova' });
    const select = await until(() => $<HTMLSelectElement>(widget, '#direction'), 10_000);
    await userEvent.selectOptions(select, 'roads_transport');
    await userEvent.type($(widget, '#title')!, subject);
    await userEvent.type($(widget, '#text')!, 'Cyclists have nowhere to leave their bikes at the station.');
    // A plan of the place, as a PDF: uploaded by the widget, then claimed by the application.
    const input = $<HTMLInputElement>(widget, '#attachments')!;
    const transfer = new DataTransfer();
    transfer.items.add(
      new File(['%PDF-1.4\n% station plan\n%%EOF\n'], 'station plan.pdf', { type: 'application/pdf' }),
    );
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => $(widget, '[part~="file"]'));
    await userEvent.click($(widget, '[part~="submit"]')!);
    await until(() => $(widget, '[part~="filed"]'), 10_000);
    expect(text(widget, '[part~="filed"]')).toContain(`Your application “${subject}” has been sent.`);

    const mine = await sessionFor(api)
      .client('en')
      .listMyApplications({ query: { limit: 5 } });
    const application = mine.items.find((item) => item.title === subject);
    expect(application).toMatchObject({
      authority: 'guba',
      direction: 'roads_transport',
      status: 'submitted',
    });
    reset();

    // Guba's moderator approves it into a poll, open now.
    const moderator = await mount<IcraSignIn>(
      `<icra-sign-in api="${api}" authority="guba" lang="en"></icra-sign-in>`,
    );
    // The moderation desk's scope: this test moderates through the SDK, as the desk would.
    sessionFor(api).want(globalThis, ['participation:moderate']);
    await userEvent.click(await until(() => $(moderator, '[part~="sign-in"]')));
    await commands.popup({ url: authorize, click: 'Nicat Şirinov' });
    await until(() => sessionFor(api).token, 10_000);

    // An official cannot file: the portal refuses (403), and the one error summary says why, as a
    // problem of the form (an item without a link), under its heading, focused.
    const official = await mount<IcraParticipation>(
      `<icra-participation api="${api}" authority="guba" lang="en"></icra-participation>`,
    );
    await userEvent.selectOptions(
      await until(() => $<HTMLSelectElement>(official, '#direction'), 10_000),
      'other',
    );
    await userEvent.type($(official, '#title')!, 'A moderator tries');
    await userEvent.type($(official, '#text')!, 'Officials do not file applications themselves.');
    await userEvent.click($(official, '[part~="submit"]')!);
    const summary = await until(() => $(official, '[part~="error-summary"]'), 10_000);
    expect(summary.getAttribute('role')).toBe('alert');
    expect(text(official, '#error-summary-title')).toBe('There is a problem');
    expect($$(official, '[part~="error-summary"] li').map((li) => li.textContent?.trim())).toEqual([
      'Applications can only be sent when signed in as a citizen.',
    ]);
    expect($(official, '[part~="error-summary"] a')).toBeNull();
    expect(deepActiveElement()).toBe(summary);
    official.remove();

    const question = `Where should the bike racks go? ${subject.slice(-8)}`;
    await sessionFor(api)
      .client('en')
      .approveApplication(
        {
          path: { id: application!.id },
          body: {
            question: { az: question, en: question },
            options: [
              { az: 'Stansiyanın girişində', en: 'At the station entrance' },
              { az: 'Avtobus dayanacağında', en: 'At the bus stop' },
            ],
            opensAt: new Date(Date.now() - 60_000).toISOString(),
            closesAt: new Date(Date.now() + 86_400_000).toISOString(),
            eligibility: 'residents',
            resultsVisibility: 'live',
          },
        },
        { idempotencyKey: crypto.randomUUID() },
      );
    reset();

    // Anyone sees it among the open polls, opens it and finds the live results.
    const reader = await mount<IcraParticipation>(
      `<icra-participation api="${api}" authority="guba" lang="en"></icra-participation>`,
    );
    const open = await until(
      () => $$(reader, '[part~="open-poll"]').find((button) => button.textContent?.trim() === question),
      10_000,
    );
    await userEvent.click(open);
    const poll = await until(() => $<IcraPoll>(reader, 'icra-poll'));
    await until(() => poll.shadowRoot?.querySelectorAll('[part~="result"]').length === 2, 10_000);
    expect(poll.shadowRoot?.querySelector('[part~="note"]')?.textContent).toContain(
      'Sign in to the portal to vote.',
    );
  });
});
