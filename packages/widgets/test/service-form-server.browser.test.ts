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
    // Signed in with the sign-in control alone: a service form would make a draft of its own.
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
    const draft = await client.createServiceDraft({
      path: { slug: 'residence-certificate' },
      body: { authority: 'guba', answers: { livesAtRegistered: false, presentTo: 'school' } },
    });
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
});
