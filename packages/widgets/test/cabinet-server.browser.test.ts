/**
 * Sign-in and the personal cabinet against the real server (test/global-setup.ts): the portal's
 * popup on its own origin with the demo identity provider, the token exchange, /v1/me and the
 * notifications of a seeded demo citizen, sign-out across widgets, and the citizen's
 * e-participation applications, with an attached file downloaded with the citizen's token, through
 * a moderator's rejection; and the citizen's e-service drafts and submitted applications.
 */
import { afterEach, beforeEach, describe, expect, inject, it, vi } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import '../src/index.js';
import type { IcraCabinet } from '../src/cabinet/cabinet.js';
import { AUTHORIZATION_MESSAGE, sessionFor } from '../src/core/auth.js';
import type { IcraSignIn } from '../src/sign-in/sign-in.js';
import { $, $$, cleanup, mount, until } from './helpers.js';
import { capturePopups } from './oauth.js';

const api = inject('apiUrl');
// This authority's popups only: other test files sign in to other authorities at the same time.
const authorize = `${api}/oauth/authorize?response_type=code&client_id=ganja`;
const { opened } = capturePopups();

function reset(): void {
  cleanup();
  sessionFor(api).signOut();
}
beforeEach(reset);
afterEach(reset);

const control = (element: IcraCabinet) => $<IcraSignIn>(element, 'icra-sign-in')!;

function profile(element: IcraCabinet): Record<string, string> {
  const dl = $(element, '[part~="profile"]');
  if (!dl) return {};
  return Object.fromEntries(
    [...dl.querySelectorAll('dt')].map((dt) => [
      dt.textContent?.trim() ?? '',
      dt.nextElementSibling?.textContent?.trim() ?? '',
    ]),
  );
}

const titles = (element: IcraCabinet) =>
  $$(element, '.notification-title').map((title) => title.textContent?.replace(/\s+/g, ' ').trim());

async function startSignIn(cabinet: IcraCabinet): Promise<void> {
  await userEvent.click(await until(() => $(control(cabinet), '[part~="sign-in"]')));
}

describe('sign-in and cabinet on the real portal', () => {
  it('a demo citizen signs in through the popup and sees their registry profile and notifications; sign-out clears every widget', async () => {
    const cabinet = await mount<IcraCabinet>(
      `<icra-cabinet api="${api}" authority="ganja" lang="en"></icra-cabinet>`,
    );
    const header = await mount<IcraSignIn>(
      `<icra-sign-in api="${api}" authority="ganja" lang="en"></icra-sign-in>`,
    );
    await startSignIn(cabinet);

    const popup = await commands.popup({ url: authorize });
    expect(popup.lang).toBe('en');
    expect(popup.text).toContain('DEMO');
    const query = new URL(popup.url).searchParams;
    expect(query.get('client_id')).toBe('ganja');
    expect(query.get('origin')).toBe(location.origin);
    expect(query.get('code_challenge_method')).toBe('S256');
    await commands.popup({ url: authorize, click: 'Aysel Məmmədova' });

    await until(() => profile(cabinet).FIN === '5HK2L7P', 10_000);
    await until(() => profile(cabinet)['Executive authority'] === 'Ganja City Executive Power');
    expect(profile(cabinet)).toEqual({
      'Full name': 'Məmmədova Aysel Rauf qızı',
      FIN: '5HK2L7P',
      'Date of birth': 'March 14, 1990',
      'Registered address': '12 Nizami Street, Ganja',
      'Executive authority': 'Ganja City Executive Power',
    });
    await until(() => titles(cabinet).length >= 3);
    expect(titles(cabinet)).toContain('Unread Your reception appointment is confirmed');
    expect(titles(cabinet)).toContain('Your application has been registered');
    await until(() => opened[0]?.closed);

    // One sign-in for the page: the other control says who, too.
    await until(() => $(header, '[part~="who"]')?.textContent === 'Signed in as Aysel Məmmədova');
    await until(() => $(control(cabinet), '[part~="who"]')?.textContent === 'Signed in as Aysel Məmmədova');

    // Mark as read reaches the portal: a fresh cabinet reads it back as read.
    const unread = $$(cabinet, '[part~="unread"]').length;
    await userEvent.click($$(cabinet, '[part~="mark-read"]')[0]!);
    await until(() => $$(cabinet, '[part~="unread"]').length === unread - 1);
    const again = await mount<IcraCabinet>(
      `<icra-cabinet api="${api}" authority="ganja" lang="ru"></icra-cabinet>`,
    );
    // The notifications and the profile are two reads that answer in either order: wait for both.
    await until(() => titles(again).length >= 3 && profile(again)['Дата рождения']);
    expect($$(again, '[part~="unread"]')).toHaveLength(unread - 1);
    expect(profile(again)['Дата рождения']).toMatch(/^14 марта 1990/);

    // Signing out in one control signs every widget out and drops the personal data.
    await userEvent.click($(header, '[part~="sign-out"]')!);
    await until(() => $(cabinet, '[part~="intro"]') && $(again, '[part~="intro"]'));
    for (const element of [cabinet, again]) {
      expect(element.shadowRoot!.textContent).not.toContain('5HK2L7P');
      expect($(control(element), '[part~="sign-in"]')).not.toBeNull();
    }
    expect(sessionFor(api).token).toBeUndefined();
  });

  it('ignores messages from another origin, from another window or with another state', async () => {
    const cabinet = await mount<IcraCabinet>(
      `<icra-cabinet api="${api}" authority="ganja" lang="en"></icra-cabinet>`,
    );
    await startSignIn(cabinet);
    const popup = await commands.popup({ url: authorize });
    const state = new URL(popup.url).searchParams.get('state')!;
    const window_ = opened[0]!;
    const forged = (data: object, origin: string, source: Window | null) =>
      window.dispatchEvent(new MessageEvent('message', { data, origin, source }));
    forged({ type: AUTHORIZATION_MESSAGE, code: 'forged', state }, 'http://evil.example', window_);
    forged({ type: AUTHORIZATION_MESSAGE, code: 'forged', state }, new URL(api).origin, window);
    forged({ type: AUTHORIZATION_MESSAGE, code: 'forged', state: `${state}x` }, new URL(api).origin, window_);
    window.postMessage({ type: AUTHORIZATION_MESSAGE, code: 'forged', state }, location.origin);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(sessionFor(api).state.status).toBe('signing-in');
    expect($(control(cabinet), '[part~="cancel"]')).not.toBeNull();

    // The portal's own answer still gets through.
    await commands.popup({ url: authorize, click: 'Elvin Həsənov' });
    await until(() => profile(cabinet).FIN === '3QW8E1R', 10_000);
  });

  it('ends signed out when the reader cancels on the portal page', async () => {
    const cabinet = await mount<IcraCabinet>(
      `<icra-cabinet api="${api}" authority="ganja" lang="en"></icra-cabinet>`,
    );
    await startSignIn(cabinet);
    await commands.popup({ url: authorize, click: 'Cancel' });
    await until(() => $(control(cabinet), '[part~="sign-in"]'));
    expect(sessionFor(api).state).toEqual({ status: 'signed-out', problem: 'closed' });
  });

  it('a citizen files an application with a file and sees it submitted, the file downloadable; once a moderator rejects it, the cabinet shows the rejection and its reason', async () => {
    const section = (element: IcraCabinet) => $(element, '[aria-labelledby="applications-title"]');
    const application = (element: IcraCabinet, id: string) =>
      $(element, `[part~="application"][data-id="${id}"]`);
    const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim();

    // The citizen signs in and files an application with the SDK, as the portal's form would.
    const cabinet = await mount<IcraCabinet>(
      `<icra-cabinet api="${api}" authority="ganja" lang="en"></icra-cabinet>`,
    );
    await startSignIn(cabinet);
    await commands.popup({ url: authorize, click: 'Aysel Məmmədova' });
    await until(() => sessionFor(api).token, 10_000);
    const title = `Benches for the riverside park ${crypto.randomUUID().slice(0, 8)}`;
    const citizen = sessionFor(api).client('en');
    // The form uploads the file first, then names it in the application.
    const pdf = new TextEncoder().encode('%PDF-1.4\n%%EOF\n');
    const upload = await citizen.uploadParticipationAttachment({
      query: { filename: 'Park plan <draft>.pdf' },
      body: new Blob([pdf], { type: 'application/pdf' }),
    });
    const filed = await citizen.createApplication(
      {
        body: {
          authority: 'ganja',
          direction: 'environment',
          title,
          text: 'The riverside park has too few benches; please add some in the shade.',
          attachments: [upload.id],
        },
      },
      { idempotencyKey: crypto.randomUUID() },
    );
    expect(filed.status).toBe('submitted');
    expect(filed.attachments).toEqual([
      {
        id: upload.id,
        filename: 'Park plan <draft>.pdf',
        contentType: 'application/pdf',
        size: pdf.byteLength,
      },
    ]);

    // A fresh cabinet lists it, newest first, as submitted.
    const first = await mount<IcraCabinet>(
      `<icra-cabinet api="${api}" authority="ganja" lang="en"></icra-cabinet>`,
    );
    await until(() => application(first, filed.id), 10_000);
    const submitted = application(first, filed.id)!;
    expect($$(first, '[part~="application"]')[0]).toBe(submitted);
    expect(text(submitted.querySelector('.application-title'))).toBe(`Submitted ${title}`);
    expect(text(submitted.querySelector('.meta'))).toContain('Environment');
    await until(() =>
      text(application(first, filed.id)?.querySelector('.meta'))?.includes('Ganja City Executive Power'),
    );
    expect([...submitted.querySelectorAll('details .steps li')].map(text)).toEqual([
      expect.stringMatching(/^Submitted, /),
    ]);

    // Its file is listed in the disclosure and downloads, with the citizen's token, as exactly
    // the bytes uploaded, under its own name.
    await userEvent.click(submitted.querySelector('details summary')!);
    const download = submitted.querySelector<HTMLButtonElement>('[part~="attachment"] button')!;
    expect(text(download)).toBe('Download Park plan <draft>.pdf, PDF, 15 bytes');
    const saved: { blob: Blob; download: string }[] = [];
    const created = vi.spyOn(URL, 'createObjectURL');
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      const index = created.mock.results.findIndex((result) => result.value === this.href);
      saved.push({ blob: created.mock.calls[index]?.[0] as Blob, download: this.download });
    });
    await userEvent.click(download);
    await until(() => saved.length === 1, 10_000);
    vi.restoreAllMocks();
    expect(saved[0]!.download).toBe('Park plan <draft>.pdf');
    expect(saved[0]!.blob.type).toBe('application/pdf');
    expect(new Uint8Array(await saved[0]!.blob.arrayBuffer())).toEqual(pdf);
    expect(submitted.querySelector('.inline-error')).toBeNull();

    // A moderator of Ganja rejects it, with a reason.
    reset();
    const moderator = await mount<IcraSignIn>(
      `<icra-sign-in api="${api}" authority="ganja" lang="en"></icra-sign-in>`,
    );
    // The moderation desk's scope: this test moderates through the SDK, as the desk would.
    sessionFor(api).want(globalThis, ['participation:moderate']);
    await userEvent.click(await until(() => $(moderator, '[part~="sign-in"]')));
    await commands.popup({ url: authorize, click: 'İlqar Novruzov' });
    await until(() => sessionFor(api).token, 10_000);
    const reason = 'Benches in parks are up to the municipality; please write to it.';
    const rejected = await sessionFor(api)
      .client('en')
      .rejectApplication(
        { path: { id: filed.id }, body: { reason } },
        { idempotencyKey: crypto.randomUUID() },
      );
    expect(rejected.status).toBe('rejected');

    // The citizen, back in the cabinet: rejected, with the reason in the history.
    reset();
    const after = await mount<IcraCabinet>(
      `<icra-cabinet api="${api}" authority="ganja" lang="en"></icra-cabinet>`,
    );
    await startSignIn(after);
    await commands.popup({ url: authorize, click: 'Aysel Məmmədova' });
    await until(() => application(after, filed.id), 10_000);
    const shown = application(after, filed.id)!;
    expect(text(shown.querySelector('.application-title'))).toBe(`Rejected ${title}`);
    expect(shown.querySelector('[part~="status"][part~="rejected"]')).not.toBeNull();
    const details = shown.querySelector('details')!;
    await userEvent.click(details.querySelector('summary')!);
    expect(details.open).toBe(true);
    const steps = [...details.querySelectorAll('.steps li')].map(text);
    expect(steps).toHaveLength(2);
    expect(steps[0]).toMatch(/^Submitted, /);
    expect(steps[1]).toMatch(
      /^Rejected, .*Reason: Benches in parks are up to the municipality; please write to it\.$/,
    );
    expect(section(after)?.textContent).not.toContain('A public poll');
  });

  it('a citizen sees an e-service draft to continue and a submitted application with its reference; deleting the draft reaches the portal', async () => {
    const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim();
    const cabinet = await mount<IcraCabinet>(
      `<icra-cabinet api="${api}" authority="ganja" lang="en" service-href="/service.html?service={service}&draft={draft}"></icra-cabinet>`,
    );
    await startSignIn(cabinet);
    await commands.popup({ url: authorize, click: 'Leyla Hüseynova' });
    await until(() => sessionFor(api).token, 10_000);
    const citizen = sessionFor(api).client('en');
    // One application in progress, one submitted, through the portal's API as the form does.
    const draft = await citizen.createServiceDraft(
      {
        path: { slug: 'archive-extract' },
        body: { authority: 'ganja', answers: { recordKind: 'land', year: 1987 } },
      },
      { idempotencyKey: crypto.randomUUID() },
    );
    const trees = await citizen.createServiceDraft(
      {
        path: { slug: 'tree-felling-permit' },
        body: {
          authority: 'ganja',
          answers: {
            treeCount: 2,
            location: '56 Khagani Street, Ganja',
            reasons: ['dry'],
            contactPhone: '+994551234567',
          },
        },
      },
      { idempotencyKey: crypto.randomUUID() },
    );
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]);
    for (const document of ['id-card', 'tree-photos']) {
      await citizen.uploadServiceDraftDocument(
        {
          path: { id: trees.id },
          query: { document, filename: `${document}.jpg` },
          body: new Blob([jpeg], { type: 'image/jpeg' }),
        },
        { idempotencyKey: crypto.randomUUID() },
      );
    }
    const submitted = await citizen.submitServiceDraft(
      { path: { id: trees.id } },
      { idempotencyKey: crypto.randomUUID() },
    );
    expect(submitted.reference).toMatch(/^[2-9A-HJ-NP-Z]{8}$/);

    const fresh = await mount<IcraCabinet>(
      `<icra-cabinet api="${api}" authority="ganja" lang="en" service-href="/service.html?service={service}&draft={draft}"></icra-cabinet>`,
    );
    const row = (id: string) => $(fresh, `[data-id="${id}"]`);
    await until(() => row(draft.id) && row(submitted.id), 10_000);
    expect(text(row(draft.id)?.querySelector('.application-title'))).toBe('Archival extract');
    expect(row(draft.id)?.querySelector<HTMLAnchorElement>('[part~="resume"]')?.href).toBe(
      new URL(`/service.html?service=archive-extract&draft=${draft.id}`, location.href).href,
    );
    expect(text(row(submitted.id)?.querySelector('.application-title'))).toBe(
      'Received Permission to fell trees',
    );
    expect(text(row(submitted.id)?.querySelector('.reference'))).toBe(submitted.reference);
    // The submitted draft is gone from the drafts.
    expect(row(trees.id)).toBeNull();

    await userEvent.click(row(draft.id)!.querySelector<HTMLElement>('[part~="remove"]')!);
    await userEvent.click(
      await until(() => row(draft.id)?.querySelector<HTMLElement>('[part~="confirm-remove"]')),
    );
    await until(() => !row(draft.id));
    const left = await citizen.listMyServiceDrafts({ query: {} });
    expect(left.items.map((item) => item.id)).not.toContain(draft.id);
  });
});
