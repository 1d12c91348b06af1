/**
 * <icra-moderation> against the real server (test/global-setup.ts): a citizen files applications
 * with the SDK (signed in through the portal's demo popup), then a Ganja moderator signs in
 * through the popup in the widget, approves one into a poll the portal then serves, downloads the
 * file attached to another and rejects it with a reason; a Ganja moderator is refused Guba's desk and Guba's applications;
 * a desk given a client sends its requests through it.
 */
import { createIcraClient, IcraApiError, type Schemas } from '@icra/sdk';
import { afterEach, beforeEach, describe, expect, inject, it, vi } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import '../src/index.js';
import '../src/moderation/define.js';
import { sessionFor } from '../src/core/auth.js';
import { toBakuLocal } from '../src/core/baku-time.js';
import type { IcraModerationDecisionEvent } from '../src/moderation/events.js';
import type { IcraModeration } from '../src/moderation/moderation.js';
import type { IcraSignIn } from '../src/sign-in/sign-in.js';
import { $, $$, cleanup, deepActiveElement, mount, until } from './helpers.js';
import { capturePopups } from './oauth.js';

const api = inject('apiUrl');
// Ganja's popups: the moderators here are Ganja's, and the citizen signs in through the same client.
const authorize = `${api}/oauth/authorize?response_type=code&client_id=ganja`;
/** Ganja's moderator and a Ganja citizen no other test file signs in as. */
const MODERATOR = 'İlqar Novruzov';
const CITIZEN = 'Günay Quliyeva';
capturePopups();

function reset(): void {
  cleanup();
  sessionFor(api).signOut();
}
beforeEach(reset);
afterEach(reset);

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const button = (element: Element, name: string) =>
  $$(element, 'button').find((candidate) => text(candidate) === name);

async function signIn(host: Element, who: string): Promise<void> {
  const control =
    host.localName === 'icra-sign-in'
      ? (host as IcraSignIn)
      : await until(() => $<IcraSignIn>(host, 'icra-sign-in'));
  await userEvent.click(await until(() => $(control, '[part~="sign-in"]')));
  await commands.popup({ url: authorize, click: who });
  await until(() => sessionFor(api).token, 10_000);
}

/** A citizen files an application with the SDK (uploading the PDF `file` first, if any), then signs out. */
async function fileApplication(
  authority: string,
  title: string,
  file?: { filename: string; bytes: Uint8Array<ArrayBuffer> },
): Promise<Schemas['ParticipationApplication']> {
  const control = await mount<IcraSignIn>(
    `<icra-sign-in api="${api}" authority="ganja" lang="en"></icra-sign-in>`,
  );
  await signIn(control, CITIZEN);
  const client = sessionFor(api).client('en');
  const upload = file
    ? await client.uploadParticipationAttachment({
        query: { filename: file.filename },
        body: new Blob([file.bytes], { type: 'application/pdf' }),
      })
    : undefined;
  const application = await client.createApplication(
    {
      body: {
        authority,
        direction: 'roads_transport',
        title,
        text: 'The road to the village is broken.\n<b>Please</b> repair it before winter.',
        ...(upload ? { attachments: [upload.id] } : {}),
      },
    },
    { idempotencyKey: crypto.randomUUID() },
  );
  reset();
  return application;
}

async function openDesk(authority = 'ganja'): Promise<IcraModeration> {
  const desk = await mount<IcraModeration>(
    `<icra-moderation api="${api}" authority="${authority}" lang="en"></icra-moderation>`,
  );
  expect(text($(desk, '.intro'))).toContain('sign in to the portal as a moderator');
  await signIn(desk, MODERATOR);
  return desk;
}

/** Opens the application with this title from the queue. */
async function openApplication(desk: IcraModeration, title: string): Promise<void> {
  const open = await until(
    () => $$(desk, '[part~="open"]').find((candidate) => text(candidate) === title),
    10_000,
  );
  await userEvent.click(open);
  await until(() => text($(desk, '#view-heading')) === title);
}

describe('<icra-moderation> on the real portal', () => {
  it('a Ganja moderator approves a citizen’s application into a poll that the portal then serves', async () => {
    const title = `Repair the road to Hacıkənd ${Date.now()}`;
    const filed = await fileApplication('ganja', title);
    const desk = await openDesk();
    const decisions: IcraModerationDecisionEvent[] = [];
    desk.addEventListener('icra-moderation-decision', (event) => decisions.push(event));
    await openApplication(desk, title);
    // The citizen's text is shown as they wrote it: the markup stays text.
    expect($(desk, '[part~="text"]')?.textContent).toBe(
      'The road to the village is broken.\n<b>Please</b> repair it before winter.',
    );
    expect($(desk, '[part~="text"] b')).toBeNull();
    expect(text($(desk, '[part~="history"]'))).toContain('Awaiting decision');

    await userEvent.click($(desk, '[data-action="approve"]')!);
    const question = await until(() => $<HTMLInputElement>(desk, '#question-az'));
    expect(question.value).toBe(title);
    await userEvent.fill(question, 'Hacıkəndə gedən yol nə vaxt təmir olunsun?');
    await userEvent.click($(desk, '.translations summary')!);
    await userEvent.fill($(desk, '#question-en')!, 'When should the road to Hacıkənd be repaired?');
    await userEvent.fill($(desk, '#option-0-az')!, 'Bu il');
    await userEvent.fill($(desk, '#option-1-az')!, 'Gələn il');
    await userEvent.click($(desk, '[part~="add-option"]')!);
    await userEvent.fill($(desk, '#option-2-az')!, 'Təmir lazım deyil');
    const hour = 3_600_000;
    const opens = Math.ceil(Date.now() / hour) * hour + hour;
    const closes = opens + 7 * 24 * hour;
    await userEvent.fill($(desk, '#opens-at')!, toBakuLocal(opens));
    await userEvent.fill($(desk, '#closes-at')!, toBakuLocal(closes));
    await userEvent.click($(desk, '#eligibility-all_citizens')!);
    await userEvent.click($(desk, '#results-live')!);
    await userEvent.click(button(desk, 'Approve and create the poll')!);

    await until(
      () => text($(desk, '[part~="notice"]')) === 'The application was approved and the poll created.',
      10_000,
    );
    expect(deepActiveElement()?.id).toBe('queue-heading');
    expect($$(desk, '[part~="open"]').map(text)).not.toContain(title);

    const [decision] = decisions.map((event) => event.detail);
    expect(decision).toMatchObject({ application: filed.id, decision: 'approved' });
    const poll = (await (
      await fetch(`${api}/v1/participation/polls/${decision!.poll}?lang=en`)
    ).json()) as Schemas['Poll'];
    expect(poll).toMatchObject({
      authority: 'ganja',
      question: 'When should the road to Hacıkənd be repaired?',
      opensAt: new Date(opens).toISOString(),
      closesAt: new Date(closes).toISOString(),
      state: 'upcoming',
      eligibility: 'all_citizens',
      resultsVisibility: 'live',
      sourceApplicationId: filed.id,
    });
    // No English for the options: the portal falls back to Azerbaijani.
    expect(poll.options.map((option) => option.text)).toEqual(['Bu il', 'Gələn il', 'Təmir lazım deyil']);
    const application = await sessionFor(api)
      .client('en')
      .getApplication({ path: { id: filed.id } });
    expect(application).toMatchObject({ status: 'approved', pollId: poll.id });

    // The approved filter lists it.
    await userEvent.click($$(desk, '[part~="filter"]').find((filter) => text(filter) === 'Approved')!);
    await until(() => $$(desk, '[part~="open"]').map(text).includes(title), 10_000);
  });

  it('a Ganja moderator downloads the file attached to an application, then rejects it with a reason, which the citizen’s application then carries', async () => {
    const title = `Open a night market ${Date.now()}`;
    const pdf = new TextEncoder().encode('%PDF-1.4\n%%EOF\n');
    const filed = await fileApplication('ganja', title, { filename: 'Bazar sxemi.pdf', bytes: pdf });
    expect(filed.attachments).toHaveLength(1);
    const desk = await openDesk();
    await openApplication(desk, title);

    // The file is listed and downloads, with the moderator's token, as exactly the bytes uploaded.
    const download = await until(() => $(desk, '[part~="attachment"] button'));
    expect(text(download)).toBe('Download Bazar sxemi.pdf, PDF, 15 bytes');
    expect(text($(desk, '[part~="attachments"]')?.previousElementSibling)).toBe('Attachments');
    const saved: { blob: Blob; download: string }[] = [];
    const created = vi.spyOn(URL, 'createObjectURL');
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      const index = created.mock.results.findIndex((result) => result.value === this.href);
      saved.push({ blob: created.mock.calls[index]?.[0] as Blob, download: this.download });
    });
    await userEvent.click(download);
    await until(() => saved.length === 1, 10_000);
    vi.restoreAllMocks();
    expect(saved[0]!.download).toBe('Bazar sxemi.pdf');
    expect(saved[0]!.blob.type).toBe('application/pdf');
    expect(new Uint8Array(await saved[0]!.blob.arrayBuffer())).toEqual(pdf);
    expect($(desk, '[part~="attachment"] .inline-error')).toBeNull();

    await userEvent.click($(desk, '[data-action="reject"]')!);
    const reason = 'Street trade at night is regulated by the city market administration.';
    await userEvent.fill(await until(() => $(desk, '#reason')), reason);
    await userEvent.click(button(desk, 'Reject the application')!);
    await until(() => text($(desk, '[part~="notice"]')).startsWith('The application was rejected.'), 10_000);
    expect($$(desk, '[part~="open"]').map(text)).not.toContain(title);
    const application = await sessionFor(api)
      .client('en')
      .getApplication({ path: { id: filed.id } });
    expect(application).toMatchObject({ status: 'rejected', decisionReason: reason, pollId: null });
    expect(application.history.map((entry) => entry.status)).toEqual(['submitted', 'rejected']);
  });

  it('a Ganja moderator cannot act on Guba: the desk says so, and the portal refuses the decision', async () => {
    const title = `Guba bus stop shelter ${Date.now()}`;
    const filed = await fileApplication('guba', title);
    await openDesk('ganja');
    // The same session in Guba's desk: the portal answers 403, and the desk says why.
    const guba = await mount<IcraModeration>(
      `<icra-moderation api="${api}" authority="guba" lang="en"></icra-moderation>`,
    );
    const refusal = await until(() => $(guba, '[part~="state"][role="alert"]'), 10_000);
    expect(text(refusal)).toContain('You are not a moderator of this authority');
    expect($(guba, '[part~="new-poll"]')).toBeNull();

    const client = sessionFor(api).client('en');
    const refused = async (call: Promise<unknown>) => {
      try {
        await call;
        return 'allowed';
      } catch (error) {
        return error instanceof IcraApiError ? error.status : error;
      }
    };
    expect(await refused(client.listApplicationsForModeration({ query: { authority: 'guba' } }))).toBe(403);
    expect(
      await refused(
        client.rejectApplication(
          { path: { id: filed.id }, body: { reason: 'Not ours to decide.' } },
          { idempotencyKey: crypto.randomUUID() },
        ),
      ),
    ).toBe(404);
    expect(
      await refused(
        client.createPoll(
          {
            body: {
              authority: 'guba',
              question: { az: 'Sual?' },
              options: [{ az: 'Bəli' }, { az: 'Xeyr' }],
              opensAt: new Date(Date.now() + 3_600_000).toISOString(),
              closesAt: new Date(Date.now() + 7_200_000).toISOString(),
              eligibility: 'residents',
              resultsVisibility: 'after_close',
            },
          },
          { idempotencyKey: crypto.randomUUID() },
        ),
      ),
    ).toBe(403);
  });

  it('a desk given a client (the documented `client` property) sends its requests through it', async () => {
    await openDesk();
    const asked: string[] = [];
    const client = createIcraClient({
      baseUrl: api,
      lang: 'en',
      token: () => sessionFor(api).token,
      fetch: (input, init) => {
        const request = new Request(input, init);
        asked.push(`${request.method} ${new URL(request.url).pathname}`);
        return fetch(request);
      },
    });
    const desk = await mount<IcraModeration>(
      `<icra-moderation api="${api}" authority="ganja" lang="en"></icra-moderation>`,
      (element) => {
        element.client = client;
      },
    );
    await until(() => $(desk, '[part~="list"], p[part~="state"]'), 10_000);
    expect(asked).toContain('GET /v1/participation/applications');
  });
});
