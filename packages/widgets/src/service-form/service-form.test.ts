import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { $, $$, announced, cleanup, deepActiveElement, mount, until } from '../../test/helpers.js';
import '../index.js';
import { sessionFor } from '../core/auth.js';
import { fixtureToken } from '../sign-in/fixtures.js';
import type { IcraServiceStartedEvent, IcraServiceSubmittedEvent } from './events.js';
import {
  createServiceFormFixture,
  FIXTURE_APPLICATION,
  FIXTURE_REFERENCE,
  type ServiceFormFixtureOptions,
} from './fixtures.js';
import type { IcraServiceForm } from './service-form.js';

beforeEach(cleanup);
afterEach(cleanup);

async function serviceForm(options: ServiceFormFixtureOptions = {}, attributes = 'lang="en"') {
  const requests: Request[] = [];
  const fixture = createServiceFormFixture({ ...options, onRequest: (request) => requests.push(request) });
  const element = await mount<IcraServiceForm>(
    `<icra-service-form api="${fixture.api}" authority="guba" service="residence-certificate" cabinet-href="/cabinet" ${attributes}></icra-service-form>`,
    (element) => {
      element.client = fixture.client;
    },
  );
  return { element, requests, fixture };
}

const text = (element: Element, selector: string) =>
  $(element, selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const stepTitle = (element: Element) => text(element, '[part~="step-title"]');
const progress = (element: Element) => text(element, '[part~="progress"]');

async function type(element: IcraServiceForm, selector: string, value: string): Promise<void> {
  const field = await until(() => $<HTMLInputElement>(element, selector));
  await userEvent.clear(field);
  if (value) await userEvent.type(field, value);
}

/**
 * Presses Continue once the step is not saving: the click finds the button by its name, which is
 * "Saving…" while the previous step is saved, and would miss it when the name changes back.
 */
async function next(element: IcraServiceForm): Promise<void> {
  const button = await until(() => {
    const next = $(element, '[part~="next"]');
    return next?.getAttribute('aria-disabled') === 'false' && next;
  });
  await userEvent.click(button);
}

/** A draft answered on every step but the document. */
const COMPLETE = {
  purpose: 'For the bank',
  household: 2,
  reason: 'work',
  presentTo: 'bank',
  livesAtRegistered: true,
  contactPhone: '+994501234567',
};

function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}

/** Answers the steps before the documents, every field kind, signed out. */
async function fillSignedOut(element: IcraServiceForm): Promise<void> {
  await until(() => stepTitle(element) === 'Applicant');
  await next(element);
  await until(() => stepTitle(element) === 'The application');
  await type(element, '#purpose', 'For the bank');
  await type(element, '#details', 'Nothing more.');
  await type(element, '#household', '3');
  await type(element, '#since', '2020-05-01');
  await next(element);
  await until(() => stepTitle(element) === 'Choices');
  await userEvent.click($(element, '#reason-1')!);
  await userEvent.selectOptions($<HTMLSelectElement>(element, '#presentTo')!, 'bank');
  await userEvent.click($(element, '#needs-0')!);
  await userEvent.click($(element, '#livesAtRegistered-1')!);
  await next(element);
  await until(() => stepTitle(element) === 'Actual address');
  await type(element, '#actualAddress', 'Quba, Nizami 5');
  await next(element);
  await until(() => stepTitle(element) === 'Contact');
  await type(element, '#contactPhone', '+994501234567');
  await type(element, '#contactEmail', 'aysel@example.az');
  await next(element);
  await until(() => stepTitle(element) === 'Documents');
}

describe('<icra-service-form> loading', () => {
  it('shows a skeleton while the form loads', async () => {
    const { element } = await serviceForm({ load: 'loading' });
    const skeleton = await until(() => $(element, '.skeleton'));
    expect(skeleton.getAttribute('aria-label')).toBe('Loading the application form…');
    expect(skeleton.getBoundingClientRect().height).toBeGreaterThan(0);
    expect($(element, '[part~="base"]')?.getAttribute('aria-busy')).toBe('true');
  });

  it('says when the form cannot be loaded, and tries again', async () => {
    const { element, requests } = await serviceForm({ load: 'error' });
    await until(() => text(element, '[part~="state"] p') === 'The application form could not be loaded.');
    const before = requests.length;
    await userEvent.click($(element, '[part~="retry"]')!);
    await until(() => requests.length > before);
  });
});

describe('<icra-service-form> one step at a time', () => {
  it('shows the step, its progress and the registry fields read-only with a placeholder signed out', async () => {
    const { element } = await serviceForm();
    await until(() => stepTitle(element) === 'Applicant');
    expect(progress(element)).toBe('Step 1 of 6');
    expect(text(element, '[part~="title"]')).toBe('Residence certificate');
    const registry = $$(element, '[part~="registry"]');
    expect(registry).toHaveLength(4);
    expect(registry[0]!.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Full name (from the population registry) Filled in from the population registry once you sign in.',
    );
    expect($(element, 'input#applicantName')).toBeNull();
  });

  it('checks a step with the form runtime: inline errors, a summary that takes focus and links into the fields', async () => {
    const { element } = await serviceForm();
    await until(() => stepTitle(element) === 'Applicant');
    await next(element);
    await until(() => stepTitle(element) === 'The application');
    expect(deepActiveElement()).toBe($(element, '[part~="step-title"]'));
    await type(element, '#household', 'many');
    await next(element);
    const summary = await until(() => $(element, '[part~="error-summary"]'));
    expect(deepActiveElement()).toBe(summary);
    const items = [...summary.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(items).toEqual(['#purpose', '#household']);
    const purpose = $<HTMLInputElement>(element, '#purpose')!;
    expect(purpose.getAttribute('aria-invalid')).toBe('true');
    expect(purpose.getAttribute('aria-describedby')).toBe('purpose-hint purpose-error');
    expect(text(element, '#purpose-error')).not.toBe('');
    await userEvent.click(summary.querySelectorAll('a')[1]!);
    expect(deepActiveElement()).toBe($(element, '#household'));
  });

  it('a choice of radio buttons is reached by its summary link', async () => {
    const { element } = await serviceForm();
    await until(() => stepTitle(element) === 'Applicant');
    await next(element);
    await type(element, '#purpose', 'For the bank');
    await type(element, '#household', '2');
    await next(element);
    await until(() => stepTitle(element) === 'Choices');
    await next(element);
    const summary = await until(() => $(element, '[part~="error-summary"]'));
    await userEvent.click(summary.querySelector('a')!);
    expect(deepActiveElement()).toBe($(element, '#reason-0'));
  });

  it('fills every step but the documents signed out; a step reached by a condition counts', async () => {
    const { element, requests } = await serviceForm();
    await fillSignedOut(element);
    expect(progress(element)).toBe('Step 6 of 7');
    expect(text(element, '[data-field="idCard"]')).toContain(
      'Types: PDF, JPEG, PNG. At most 5 MB a file. At most 1 file.',
    );
    expect(text(element, '[data-field="idCard"] [part~="note"]')).toBe(
      'Sign in to the portal to attach documents.',
    );
    expect(requests.some((request) => request.url.includes('/drafts'))).toBe(false);
    await userEvent.click($(element, '[part~="back"]')!);
    await until(() => stepTitle(element) === 'Contact');
    expect($<HTMLInputElement>(element, '#contactPhone')!.value).toBe('+994501234567');
  });
});

describe('<icra-service-form> signed in', () => {
  it('keeps the answers through the sign-in, makes the draft with them, uploads, checks and submits', async () => {
    const { element, requests, fixture } = await serviceForm();
    const started: IcraServiceStartedEvent[] = [];
    const submitted: IcraServiceSubmittedEvent[] = [];
    document.addEventListener('icra-service-started', (event) => started.push(event), { once: true });
    document.addEventListener('icra-service-submitted', (event) => submitted.push(event), { once: true });
    await fillSignedOut(element);
    sessionFor(fixture.api).accept(fixtureToken('citizen', 'citizen:aysel'), 600);
    await until(() => $(element, '[part~="add-file"]'));
    const created = requests.find((request) => request.method === 'POST' && request.url.includes('/drafts'));
    expect(created).toBeDefined();
    expect(fixture.draft()?.answers).toMatchObject({
      purpose: 'For the bank',
      household: 3,
      livesAtRegistered: false,
      actualAddress: 'Quba, Nizami 5',
      needs: ['copy'],
    });
    expect(started[0]?.detail).toEqual({ draftId: fixture.draft()!.id, service: 'residence-certificate' });
    expect(started[0]?.bubbles && started[0]?.composed).toBe(true);

    const input = $<HTMLInputElement>(element, '#idCard-input')!;
    await userEvent.upload(input, new File(['%PDF-1.4'], 'id-card.pdf', { type: 'application/pdf' }));
    await until(() => text(element, '[part~="file"] .file-name') === 'id-card.pdf');
    expect($(element, '[part~="add-file"]')).toBeNull();
    await until(() => announced(element) === 'id-card.pdf attached.');
    await next(element);
    await until(() => stepTitle(element) === 'Check your answers');
    expect(progress(element)).toBe('Step 7 of 7');
    const answers = text(element, '[part~="answers"]');
    expect(answers).toContain('Full name Məmmədova Aysel Rauf qızı');
    expect(answers).toContain('Also needed A copy');
    expect(answers).toContain('Members of your family Məmmədov Ruslan Vaqif oğlu — spouse, born 1987-06-19');
    expect(answers).toContain('Identity card id-card.pdf');

    // "Change" goes to the step and focuses the field.
    const change = $$(element, '[part~="change"]').find(
      (button) => button.getAttribute('aria-label') === 'Change: Email',
    )!;
    await userEvent.click(change);
    await until(() => stepTitle(element) === 'Contact');
    expect(deepActiveElement()).toBe($(element, '#contactEmail'));
    await next(element);
    await next(element);
    await until(() => stepTitle(element) === 'Check your answers');

    await userEvent.click($(element, '[part~="submit"]')!);
    await until(() => $(element, '[part~="done"]'));
    expect(text(element, '[part~="reference"]')).toBe(FIXTURE_REFERENCE);
    expect(text(element, '.spelled')).toBe('Letter by letter: K 7 M 2 X 9 P Q');
    expect($(element, '[part~="cabinet"]')?.getAttribute('href')).toBe('/cabinet');
    expect(deepActiveElement()).toBe($(element, '[part~="done"]'));
    expect(submitted[0]?.detail).toEqual({
      applicationId: fixture.submitted[0]!.id,
      reference: FIXTURE_REFERENCE,
      service: 'residence-certificate',
    });
  });

  it('shows the submit busy while the portal has not answered', async () => {
    const held = gate();
    const { element, fixture } = await serviceForm({
      session: 'signed-in',
      existing: COMPLETE,
      hold: (request) => (request.url.endsWith('/submit') ? held.opened : undefined),
    });
    await until(
      () => stepTitle(element) === 'Applicant' && text(element, '[part~="registry"] output') !== '',
    );
    for (const title of ['The application', 'Choices', 'Contact', 'Documents']) {
      await next(element);
      await until(() => stepTitle(element) === title);
    }
    await userEvent.upload(
      $<HTMLInputElement>(element, '#idCard-input')!,
      new File(['%PDF'], 'card.pdf', { type: 'application/pdf' }),
    );
    await until(() => $(element, '[part~="file"]'));
    await next(element);
    await until(() => stepTitle(element) === 'Check your answers');
    await userEvent.click($(element, '[part~="submit"]')!);
    await until(() => text(element, '[part~="submit"]') === 'Submitting…');
    expect($(element, '[part~="submit"]')?.getAttribute('aria-disabled')).toBe('true');
    expect(fixture.submitted).toHaveLength(0);
    held.open();
    await until(() => $(element, '[part~="done"]'));
  });

  it('a save from a stale device reloads the draft and says it changed elsewhere', async () => {
    const { element } = await serviceForm({
      session: 'signed-in',
      existing: { purpose: 'For the bank', household: 2 },
      staleWith: { purpose: 'For the school', household: 4 },
    });
    await until(
      () =>
        stepTitle(element) === 'Applicant' &&
        text(element, '[part~="registry"] output').startsWith('Məmmədova'),
    );
    await next(element);
    await until(
      () =>
        text(element, '[part~="note"]') ===
        'The application was changed on another device. Its latest answers are shown.',
    );
    await next(element);
    await until(() => $<HTMLInputElement>(element, '#purpose')?.value === 'For the school');
  });

  it('a changed form is loaded again, with the questions to look at again', async () => {
    const { element } = await serviceForm({
      session: 'signed-in',
      existing: { purpose: 'For the bank', household: 2 },
      formChangedReview: ['household'],
    });
    await until(
      () =>
        stepTitle(element) === 'Applicant' &&
        text(element, '[part~="registry"] output').startsWith('Məmmədova'),
    );
    await next(element);
    await until(() => text(element, '[part~="note"]').startsWith('The form has changed.'));
    expect(text(element, '[part~="note"] li')).toBe('Members of the household');
    // Its link goes to the question, marked where it is asked, and the mark goes once it is answered.
    await userEvent.click($(element, '[part~="review-link"]')!);
    await until(() => deepActiveElement() === $(element, '#household'));
    expect(stepTitle(element)).toBe('The application');
    const mark = $(element, '#household-review')!;
    expect(mark.textContent).toBe('The form has changed: check this answer.');
    expect(mark.getBoundingClientRect().height).toBeGreaterThan(0);
    expect($(element, '#household')!.getAttribute('aria-describedby')?.split(' ')).toContain(
      'household-review',
    );
    expect($(element, '#purpose-review')).toBeNull();
    await type(element, '#household', '3');
    await until(() => !$(element, '#household-review'));
    expect($(element, '#household')!.getAttribute('aria-describedby') ?? '').not.toContain(
      'household-review',
    );
  });

  it('shows an upload the portal refuses at the field', async () => {
    const { element } = await serviceForm({
      session: 'signed-in',
      existing: COMPLETE,
    });
    await until(
      () =>
        stepTitle(element) === 'Applicant' &&
        text(element, '[part~="registry"] output').startsWith('Məmmədova'),
    );
    for (const title of ['The application', 'Choices', 'Contact', 'Documents']) {
      await next(element);
      await until(() => stepTitle(element) === title);
    }
    await userEvent.upload(
      $<HTMLInputElement>(element, '#idCard-input')!,
      new File(['x'], 'refused.pdf', { type: 'application/pdf' }),
    );
    await until(
      () => text(element, '#idCard-error') === 'refused.pdf was not attached: The file is not a PDF.',
    );
    expect($(element, '[part~="add-file"]')?.getAttribute('aria-invalid')).toBe('true');
  });

  it('stops a file on its way when asked, and says so: nothing attached, focus back on Add a file', async () => {
    const stopped: Request[] = [];
    const { element, fixture } = await serviceForm({
      session: 'signed-in',
      existing: COMPLETE,
      // The upload is held until the widget gives up on it.
      hold: (request) =>
        request.method === 'POST' && new URL(request.url).pathname.endsWith('/documents')
          ? new Promise((_, reject) =>
              request.signal.addEventListener('abort', () => {
                stopped.push(request);
                reject(new DOMException('Stopped', 'AbortError'));
              }),
            )
          : undefined,
    });
    await until(() => text(element, '[part~="registry"] output').startsWith('Məmmədova'));
    for (const title of ['The application', 'Choices', 'Contact', 'Documents']) {
      await next(element);
      await until(() => stepTitle(element) === title);
    }
    await userEvent.upload(
      $<HTMLInputElement>(element, '#idCard-input')!,
      new File(['%PDF-1.4'], 'card.pdf', { type: 'application/pdf' }),
    );
    const bar = await until(() => $<HTMLProgressElement>(element, '[part~="upload-progress"]'));
    expect(bar.labels[0]?.textContent?.trim()).toBe('Uploading card.pdf…');
    expect(bar.getBoundingClientRect().width).toBeGreaterThan(0);
    await userEvent.click($(element, '[part~="cancel-upload"]')!);
    await until(() => deepActiveElement() === $(element, '#idCard-add'));
    expect(stopped).toHaveLength(1);
    expect($(element, '[part~="upload"]')).toBeNull();
    expect($(element, '[part~="file"]')).toBeNull();
    expect($(element, '#idCard-error')).toBeNull();
    await until(() => announced(element) === 'Uploading card.pdf was stopped.');
    expect(fixture.draft()?.documents).toEqual([]);
  });

  it('resumes the citizen’s draft on a fresh page', async () => {
    const { element } = await serviceForm({
      session: 'signed-in',
      existing: { purpose: 'From the phone', household: 5 },
    });
    await until(() => text(element, '[part~="registry"] output').startsWith('Məmmədova'));
    await next(element);
    await until(() => stepTitle(element) === 'The application');
    expect($<HTMLInputElement>(element, '#purpose')!.value).toBe('From the phone');
    expect($<HTMLInputElement>(element, '#household')!.value).toBe('5');
  });
});

describe('<icra-service-form> through a session’s end', () => {
  it('gives the answers put aside back to the same application only, not to another draft', async () => {
    const options: ServiceFormFixtureOptions = { session: 'signed-in', existing: { household: 5 } };
    const fixture = createServiceFormFixture(options);
    const open = (draft: string) =>
      mount<IcraServiceForm>(
        `<icra-service-form api="${fixture.api}" authority="guba" service="residence-certificate" lang="en" draft="${draft}"></icra-service-form>`,
        (element) => {
          element.client = fixture.client;
        },
      );
    const id = fixture.draft()!.id;
    let element = await open(id);
    await until(() => text(element, '[part~="registry"] output').startsWith('Məmmədova'));
    await next(element);
    await until(() => stepTitle(element) === 'The application');
    await type(element, '#purpose', 'Typed before the session ended');
    // The session ends before the step is saved: the answers are put aside for this person.
    sessionFor(fixture.api).signOut();
    await until(() => stepTitle(element) === 'Applicant');
    cleanup();

    // Another of the citizen's drafts, opened after signing in again, does not take them.
    element = await open('00000000-0000-4000-8000-00000000000f');
    sessionFor(fixture.api).accept(fixtureToken('citizen'), 600);
    await until(() => text(element, '[part~="note"]') !== '');
    await next(element);
    await until(() => stepTitle(element) === 'The application');
    expect($<HTMLInputElement>(element, '#purpose')!.value).toBe('');
    cleanup();
  });
});

describe('<icra-service-form> languages', () => {
  it('speaks Azerbaijani and Russian', async () => {
    const az = await serviceForm({}, 'lang="az"');
    await until(() => progress(az.element) === 'Addım 1 / 6');
    cleanup();
    const ru = await serviceForm({}, 'lang="ru"');
    await until(() => progress(ru.element) === 'Шаг 1 из 6');
    expect(stepTitle(ru.element)).toBe('Заявитель');
  });
});

describe('<icra-service-form> answering a request for information', () => {
  const reopened = { answers: ['presentTo'], documents: ['id-card'] };

  it('shows only what the authority reopened, saves only that, adds the document and sends it again', async () => {
    const { element, requests, fixture } = await serviceForm(
      { session: 'signed-in', amend: { answers: COMPLETE, reopened } },
      `lang="en" application="${FIXTURE_APPLICATION}"`,
    );
    await until(() => stepTitle(element) === 'The information asked for');
    expect(text(element, '[part~="note"]')).toBe(
      'The authority asks for more information: Please add both sides of the identity card.',
    );
    // Only the reopened question and the document's field, nothing else of the form.
    expect($(element, 'select#presentTo')).not.toBeNull();
    // The document's file the authority has is there, to replace.
    expect(text(element, '[data-field="idCard"] .file-name')).toBe('id-front.pdf');
    for (const other of ['#purpose', '#household', '#contactPhone', '#reason-0'])
      expect($(element, other)).toBeNull();
    await userEvent.selectOptions($<HTMLSelectElement>(element, '#presentTo')!, 'school');
    await userEvent.click($(element, '[data-field="idCard"] [part~="remove-file"]')!);
    await until(() => $(element, '#idCard-add'));
    expect(fixture.amended()?.amendment?.idCard).toEqual([]);
    const input = $<HTMLInputElement>(element, '#idCard-input')!;
    await userEvent.upload(input, new File(['%PDF-1.4'], 'id-both-sides.pdf', { type: 'application/pdf' }));
    await until(() => text(element, '[data-field="idCard"] .file-name') === 'id-both-sides.pdf');
    expect(fixture.amended()?.amendment?.idCard).toHaveLength(1);
    await next(element);
    await until(() => stepTitle(element) === 'Check your answers');
    const put = requests.find((request) => request.method === 'PUT' && request.url.includes('/amendment'))!;
    expect(await put.clone().json()).toEqual({ answers: { presentTo: 'school' } });
    expect(
      $$(element, '[part~="answers"] .answer').map((row) => row.querySelector('dt')?.textContent),
    ).toEqual(['Where will you present it?', 'Identity card']);
    const send = await until(() => $(element, '[part~="submit"]'));
    expect(send!.textContent?.trim()).toBe('Send it again');
    await userEvent.click(send!);
    await until(() => text(element, '[part~="done-title"]') === 'Your application has been sent again');
    const resubmit = requests.find((request) =>
      new URL(request.url).pathname.endsWith(`/${FIXTURE_APPLICATION}/resubmit`),
    )!;
    expect(resubmit.method).toBe('POST');
    expect(resubmit.headers.get('if-match')).toMatch(/^"r\d+"$/);
    expect(fixture.amended()).toMatchObject({ status: 'resubmitted', answers: { presentTo: 'school' } });
    expect(text(element, '[part~="reference"]')).toBe(FIXTURE_REFERENCE);
  });

  it('asks a signed-out visitor to sign in, and shows none of the form', async () => {
    const { element } = await serviceForm(
      { session: 'signed-out', amend: { answers: COMPLETE, reopened } },
      `lang="en" application="${FIXTURE_APPLICATION}"`,
    );
    await until(() => $(element, '[part~="title"]'));
    expect($(element, '[part~="form"]')).toBeNull();
    expect($(element, '[part~="note"]')).not.toBeNull();
  });
});
