/**
 * <icra-service-form> against the real server (test/global-setup.ts): a Guba citizen fills the
 * residence certificate's application signed out, with the keyboard, signs in through the
 * portal's demo popup, attaches the identity card as a PDF, checks the answers and submits; the
 * portal keeps the application (read back through the API). And a draft made through the API is
 * resumed in a fresh widget.
 */
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import '../src/index.js';
import { sessionFor } from '../src/core/auth.js';
import type { IcraServiceForm } from '../src/service-form/service-form.js';
import type { IcraSignIn } from '../src/sign-in/sign-in.js';
import { $, cleanup, deepActiveElement, mount, until } from './helpers.js';

const api = inject('apiUrl');
const authorize = `${api}/oauth/authorize?response_type=code&client_id=guba`;

async function reset(): Promise<void> {
  cleanup();
  sessionFor(api).signOut();
}
beforeEach(reset);
afterEach(reset);

const text = (element: Element, selector: string) =>
  $(element, selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const stepTitle = (element: Element) => text(element, '[part~="step-title"]');

/** Moves focus with Tab until `target` has it (at most 40 presses). */
async function tabTo(target: Element): Promise<void> {
  for (let i = 0; i < 40 && deepActiveElement() !== target; i++) await userEvent.keyboard('{Tab}');
  expect(deepActiveElement()).toBe(target);
}

async function signIn(widget: Element): Promise<void> {
  const control = await until(() => $<IcraSignIn>(widget, 'icra-sign-in'), 10_000);
  await userEvent.click(await until(() => $(control, '[part~="sign-in"]')));
  await commands.popup({ url: authorize, click: 'Səbinə Nəsibova' });
  await until(() => sessionFor(api).token, 10_000);
}

/**
 * Signs in with the sign-in control alone (a service form would make a draft of its own) and makes
 * the residence certificate's draft with `answers` through the API: the citizen's only one, since a
 * citizen has one draft per service and an earlier test's is deleted first.
 */
async function draftThroughApi(answers: Record<string, unknown>) {
  const control = await mount<IcraSignIn>(
    `<icra-sign-in api="${api}" authority="guba" lang="en"></icra-sign-in>`,
  );
  await userEvent.click(await until(() => $(control, '[part~="sign-in"]'), 10_000));
  await commands.popup({ url: authorize, click: 'Səbinə Nəsibova' });
  await until(() => sessionFor(api).token, 10_000);
  cleanup();
  const client = sessionFor(api).client('en');
  const existing = await client.listMyServiceDrafts({ query: { limit: 50 } });
  for (const item of existing.items) await client.deleteServiceDraft({ path: { id: item.id } });
  return client.createServiceDraft({
    path: { slug: 'residence-certificate' },
    body: { authority: 'guba', answers },
  });
}

describe('<icra-service-form> on the real portal', () => {
  it('a citizen applies for a residence certificate with the keyboard: signed out, then signed in, with the identity card', async () => {
    const widget = await mount<IcraServiceForm>(
      `<icra-service-form api="${api}" authority="guba" service="residence-certificate" lang="en" cabinet-href="/cabinet"></icra-service-form>`,
    );
    await until(() => stepTitle(widget) === 'Applicant', 10_000);
    expect(text(widget, '[part~="registry"]')).toContain(
      'Filled in from the population registry once you sign in.',
    );
    await tabTo($(widget, '[part~="next"]')!);
    await userEvent.keyboard('{Enter}');
    await until(() => stepTitle(widget) === 'Where you live');
    expect(deepActiveElement()).toBe($(widget, '[part~="step-title"]'));
    await tabTo($(widget, '#livesAtRegistered-0')!);
    await userEvent.keyboard(' ');
    await tabTo($(widget, '#presentTo')!);
    await userEvent.selectOptions($<HTMLSelectElement>(widget, '#presentTo')!, 'bank');
    await tabTo($(widget, '[part~="next"]')!);
    await userEvent.keyboard('{Enter}');
    await until(() => stepTitle(widget) === 'Documents');
    expect(text(widget, '[part~="note"]')).toContain('Sign in to the portal to attach documents.');

    await signIn(widget);
    const input = await until(() => $<HTMLInputElement>(widget, '#documentIdCard-input'), 10_000);
    await userEvent.upload(
      input,
      new File(['%PDF-1.4\n% identity card\n%%EOF\n'], 'identity card.pdf', { type: 'application/pdf' }),
    );
    await until(() => text(widget, '[part~="file"]').startsWith('identity card.pdf'), 10_000);
    await tabTo($(widget, '[part~="next"]')!);
    await userEvent.keyboard('{Enter}');
    await until(() => stepTitle(widget) === 'How to reach you', 10_000);
    await tabTo($(widget, '#contactPhone')!);
    await userEvent.keyboard('+994501234567');
    await tabTo($(widget, '[part~="next"]')!);
    await userEvent.keyboard('{Enter}');
    await until(() => stepTitle(widget) === 'Check your answers', 10_000);
    expect(text(widget, '[part~="answers"]')).toContain('identity card.pdf');
    await tabTo($(widget, '[part~="submit"]')!);
    await userEvent.keyboard('{Enter}');
    await until(() => $(widget, '[part~="done"]'), 10_000);
    const reference = text(widget, '[part~="reference"]');
    expect(reference).toMatch(/^[2-9A-HJ-NP-Z]{8}$/);

    const mine = await sessionFor(api)
      .client('en')
      .listMyServiceApplications({ query: { limit: 5 } });
    const row = mine.items.find((item) => item.reference === reference);
    expect(row).toMatchObject({ service: 'residence-certificate', status: 'submitted' });
  });

  it('resumes a draft made through the API in a fresh widget', async () => {
    const draft = await draftThroughApi({ livesAtRegistered: false, presentTo: 'school' });
    const widget = await mount<IcraServiceForm>(
      `<icra-service-form api="${api}" authority="guba" service="residence-certificate" lang="en" draft="${draft.id}"></icra-service-form>`,
    );
    await until(
      () =>
        text(widget, '[part~="registry"] output') !== '' &&
        !text(widget, '[part~="registry"]').includes('once you sign in'),
      10_000,
    );
    await userEvent.click($(widget, '[part~="next"]')!);
    await until(() => stepTitle(widget) === 'Where you live');
    expect($<HTMLInputElement>(widget, '#livesAtRegistered-1')!.checked).toBe(true);
    expect($<HTMLSelectElement>(widget, '#presentTo')!.value).toBe('school');
    await userEvent.click($(widget, '[part~="next"]')!);
    await until(() => stepTitle(widget) === 'Actual address');
  });
  it('shows a file on its way with how much is sent, and stops it on request: nothing is attached, focus goes back to the file button', async () => {
    const draft = await draftThroughApi({ livesAtRegistered: true, presentTo: 'bank' });
    const client = sessionFor(api).client('en');
    const widget = await mount<IcraServiceForm>(
      `<icra-service-form api="${api}" authority="guba" service="residence-certificate" lang="en" draft="${draft.id}"></icra-service-form>`,
    );
    await until(() => stepTitle(widget) === 'Applicant', 10_000);
    await userEvent.click($(widget, '[part~="next"]')!);
    await until(() => stepTitle(widget) === 'Where you live');
    await userEvent.click($(widget, '[part~="next"]')!);
    await until(() => stepTitle(widget) === 'Documents', 10_000);

    // 1.5 MB of a PDF, held on its way to the portal until the test lets it go.
    const pdf = (name: string) =>
      new File(['%PDF-1.4\n', new Uint8Array(1_500_000).fill(32), '\n%%EOF\n'], name, {
        type: 'application/pdf',
      });
    const documents = `/v1/service-drafts/${draft.id}/documents`;
    await commands.holdRequests({ key: 'stopped', url: documents, method: 'POST' });
    const input = await until(() => $<HTMLInputElement>(widget, '#documentIdCard-input'), 10_000);
    await userEvent.upload(input, pdf('card front.pdf'));
    const progress = await until(() => $<HTMLProgressElement>(widget, '[part~="upload-progress"]'));
    expect(progress.max).toBe(pdf('x').size);
    expect(progress.labels[0]?.textContent?.trim()).toBe('Uploading card front.pdf…');
    const rect = progress.getBoundingClientRect();
    expect(rect.width).toBeGreaterThan(100);
    expect(rect.height).toBeGreaterThan(0);
    const stop = $<HTMLButtonElement>(widget, '[part~="cancel-upload"]')!;
    expect(stop.getAttribute('aria-label')).toBe('Stop uploading card front.pdf');
    // No way to pick another file while one is on its way.
    expect($(widget, '[data-field="documentIdCard"] [part~="add-file"]')).toBeNull();

    await userEvent.click(stop);
    await until(() => !$(widget, '[part~="upload"]'));
    await until(() => deepActiveElement() === $(widget, '[data-field="documentIdCard"] [part~="add-file"]'));
    expect(text(widget, '[part~="files"]')).toBe('');
    await commands.releaseRequests({ key: 'stopped' });
    // The portal has nothing for the stopped file.
    expect((await client.getServiceDraft({ path: { id: draft.id } })).documents).toEqual([]);

    // The next one goes through while the test watches: the bar, then the file attached.
    await commands.holdRequests({ key: 'sent', url: documents, method: 'POST' });
    await userEvent.upload(
      input.isConnected ? input : $<HTMLInputElement>(widget, '#documentIdCard-input')!,
      pdf('card.pdf'),
    );
    await until(() => $(widget, '[part~="upload-progress"]'));
    await commands.releaseRequests({ key: 'sent' });
    await until(() => text(widget, '[part~="file"]').startsWith('card.pdf'), 10_000);
    expect($(widget, '[part~="upload"]')).toBeNull();
    const kept = await client.getServiceDraft({ path: { id: draft.id } });
    expect(kept.documents.map((document) => [document.filename, document.size])).toEqual([
      ['card.pdf', pdf('x').size],
    ]);
  });
});
