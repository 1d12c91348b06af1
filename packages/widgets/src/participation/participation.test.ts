import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { $, $$, announced, cleanup, deepActiveElement, mount, until } from '../../test/helpers.js';
import '../index.js';
import { sessionFor } from '../core/auth.js';
import { FIXTURE_POLL_ID } from '../poll/fixtures.js';
import type { IcraPoll } from '../poll/poll.js';
import { fixtureToken } from '../sign-in/fixtures.js';
import type { IcraApplicationFiledEvent, IcraParticipationOpenEvent } from './events.js';
import { createParticipationFixture, type ParticipationFixtureOptions } from './fixtures.js';
import type { IcraParticipation } from './participation.js';

beforeEach(cleanup);
afterEach(cleanup);

async function participation(options: ParticipationFixtureOptions = {}, attributes = 'lang="en"') {
  const requests: Request[] = [];
  const fixture = createParticipationFixture({ ...options, onRequest: (request) => requests.push(request) });
  const element = await mount<IcraParticipation>(
    `<icra-participation api="${fixture.api}" authority="guba" ${attributes}></icra-participation>`,
    (element) => {
      element.client = fixture.client;
    },
  );
  return { element, requests, filed: fixture.filed, api: fixture.api };
}

const text = (element: Element, selector: string) =>
  $(element, selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const questions = (element: Element) =>
  $$(element, '[part~="open-poll"]').map((button) => button.textContent?.trim());
const pollRequests = (requests: Request[]) =>
  requests.filter((request) => new URL(request.url).pathname.endsWith('/v1/participation/polls'));

/** The error summary as a reader meets it: its role, its heading, and each item (with its link). */
function summary(element: Element) {
  const box = $(element, '[part~="error-summary"]');
  const heading = box?.querySelector('#error-summary-title');
  return {
    role: box?.getAttribute('role'),
    heading: heading ? `${heading.localName} ${heading.textContent?.trim()}` : '',
    items: [...(box?.querySelectorAll('li') ?? [])].map((li) => ({
      text: li.textContent?.trim(),
      link: li.querySelector('a')?.getAttribute('href') ?? null,
    })),
  };
}

/** A gate a fixture holds a request's answer behind, until the test opens it. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}

async function type(element: IcraParticipation, selector: string, value: string): Promise<void> {
  const field = await until(() => $<HTMLInputElement>(element, selector));
  await userEvent.clear(field);
  if (value) await userEvent.type(field, value);
}

describe('<icra-participation> polls', () => {
  it('lists the open polls of its authority, with when each closes, in Baku time', async () => {
    const { element, requests } = await participation();
    await until(() => questions(element).length === 10);
    expect(questions(element)[0]).toBe("What should come first in the plan to rebuild Khan's Garden?");
    expect(text(element, '[part~="schedule"]')).toBe('Open until December 21, 2026 at 00:00');
    const query = new URL(pollRequests(requests)[0]!.url).searchParams;
    expect(Object.fromEntries(query)).toEqual({ authority: 'guba', state: 'open', lang: 'en', limit: '10' });
    expect(
      $$(element, '[part~="filter"]').map((b) => [b.textContent?.trim(), b.getAttribute('aria-pressed')]),
    ).toEqual([
      ['Open', 'true'],
      ['Upcoming', 'false'],
      ['Closed', 'false'],
    ]);
    await until(() => announced(element) === 'Showing 10 polls.');
  });

  it('pages with "more polls": the new ones are announced and the first of them takes focus', async () => {
    const { element } = await participation();
    const more = await until(() => $(element, '[part~="load-more"]'));
    await userEvent.click(more);
    await until(() => questions(element).length === 12);
    expect($(element, '[part~="load-more"]')).toBeNull();
    expect(deepActiveElement()?.textContent?.trim()).toBe(questions(element)[10]);
    await until(() => announced(element) === '2 more polls added.');
  });

  it('shows upcoming and closed polls on demand', async () => {
    const { element } = await participation();
    await until(() => questions(element).length === 10);
    const [, upcoming, closed] = $$(element, '[part~="filter"]');
    await userEvent.click(closed!);
    await until(() => questions(element).length === 3);
    expect(closed!.getAttribute('aria-pressed')).toBe('true');
    expect(text(element, '[part~="schedule"]')).toBe('Closed on November 25, 2026 at 00:00');
    await userEvent.click(upcoming!);
    await until(() => questions(element).length === 1);
    expect(text(element, '[part~="schedule"]')).toBe('Opens on December 1, 2026 at 09:00');
  });

  it('loading, empty, and error with retry', async () => {
    const loading = await participation({ list: 'loading' });
    await until(() => text(loading.element, '[part~="state"]') === 'Loading polls…');
    expect($(loading.element, 'section')?.getAttribute('aria-busy')).toBe('true');
    cleanup();
    const empty = await participation({ list: 'empty' });
    await until(() => text(empty.element, '[part~="state"]') === 'There are no open polls right now.');
    cleanup();
    const failing = await participation({ list: 'error' });
    const retry = await until(() => $(failing.element, '[part~="retry"]'));
    expect(text(failing.element, '[part~="state"]')).toContain('Could not load the polls.');
    const before = pollRequests(failing.requests).length;
    await userEvent.click(retry);
    await until(() => pollRequests(failing.requests).length > before);
  });

  it('opens a poll in place, one heading level down, and goes back to where it was', async () => {
    const { element } = await participation({}, 'lang="en" heading-level="3"');
    const opened: string[] = [];
    element.addEventListener('icra-participation-open', (event: IcraParticipationOpenEvent) => {
      opened.push(event.detail.poll);
    });
    expect($(element, '[part~="title"]')?.localName).toBe('h3');
    const first = await until(() => $(element, `[data-poll="${FIXTURE_POLL_ID}"]`));
    (first as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    const poll = await until(() => $<IcraPoll>(element, 'icra-poll'));
    expect(element.poll).toBe(FIXTURE_POLL_ID);
    expect(poll.getAttribute('heading-level')).toBe('4');
    expect(opened).toEqual([FIXTURE_POLL_ID]);
    await until(() => deepActiveElement() === $(element, '[part~="back"]'));
    // The poll inside votes through the same client (signed in: the ballot is there).
    await until(() => poll.shadowRoot?.querySelector('[part~="vote"]'));
    expect(poll.shadowRoot?.querySelector('legend')?.textContent).toContain("Khan's Garden");
    await userEvent.keyboard('{Enter}');
    await until(() => $(element, `[data-poll="${FIXTURE_POLL_ID}"]`));
    expect(element.poll).toBe('');
    expect(opened).toEqual([FIXTURE_POLL_ID, '']);
    expect(deepActiveElement()).toBe($(element, `[data-poll="${FIXTURE_POLL_ID}"]`));
  });

  it('shows the poll named by its `poll` attribute (a link to it), and the list without one', async () => {
    const { element } = await participation({ session: 'signed-out' }, `lang="en" poll="${FIXTURE_POLL_ID}"`);
    const poll = await until(() => $<IcraPoll>(element, 'icra-poll'));
    await until(() => poll.shadowRoot?.querySelector('[part~="question"]'));
    expect(poll.shadowRoot?.querySelector('h3')?.textContent).toContain("Khan's Garden");
    expect($(element, '[part~="form"]')).toBeNull();
    element.poll = '';
    await until(() => questions(element).length === 10);
  });

  it('speaks Azerbaijani and Russian', async () => {
    const az = await participation({}, 'lang="az"');
    await until(() => questions(az.element).length === 10);
    expect(text(az.element, '[part~="title"]')).toBe('Elektron iştirak');
    expect(text(az.element, '[part~="schedule"]')).toBe('21 dekabr 2026, 00:00 tarixinədək');
    expect($$(az.element, 'option').map((o) => o.textContent?.trim())).toContain('Yollar və nəqliyyat');
    cleanup();
    const ru = await participation({}, 'lang="ru"');
    await until(() => questions(ru.element).length === 10);
    expect(text(ru.element, '[part~="title"]')).toBe('Электронное участие');
    expect($$(ru.element, '[part~="filter"]').map((b) => b.textContent?.trim())).toEqual([
      'Открытые',
      'Скоро',
      'Завершённые',
    ]);
    expect($$(ru.element, 'option').map((o) => o.textContent?.trim())).toContain('Социальная защита');
  });
});

describe('<icra-participation> new application', () => {
  it('signed out: says why and offers the sign-in control, no form', async () => {
    const { element } = await participation({ session: 'signed-out' });
    await until(() => $(element, 'icra-sign-in'));
    expect(text(element, '[part~="application"] [part~="note"]')).toBe(
      'Sign in to the portal to send an application.',
    );
    expect($(element, '[part~="form"]')).toBeNull();
    expect($(element, 'icra-sign-in')?.getAttribute('authority')).toBe('guba');
  });

  it('checks the form first: an error summary takes focus, each error links to its field', async () => {
    const { element, filed } = await participation();
    const submit = await until(() => $(element, '[part~="submit"]'));
    await userEvent.click(submit);
    const box = await until(() => $(element, '[part~="error-summary"]'));
    expect(deepActiveElement()).toBe(box);
    // The one error summary: an alert, a heading one level below "New application" (h3), a link
    // to each field.
    expect(summary(element)).toEqual({
      role: 'alert',
      heading: 'h4 There is a problem',
      items: [
        { text: 'Choose a direction.', link: '#direction' },
        { text: 'The subject must be 3 to 200 characters long.', link: '#title' },
        { text: 'The text must be 10 to 5000 characters long.', link: '#text' },
      ],
    });
    const title = $<HTMLInputElement>(element, '#title')!;
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(title.getAttribute('aria-describedby')).toBe('title-hint title-error');
    await userEvent.click($$(element, '[part~="error-summary"] a')[1]!);
    expect(deepActiveElement()).toBe(title);
    expect(filed).toEqual([]);
  });

  it('files an application: one request with an idempotency key, a confirmation that takes focus, an event with the id only', async () => {
    const { element, requests, filed } = await participation();
    const events: IcraApplicationFiledEvent['detail'][] = [];
    element.addEventListener('icra-application-filed', (event) => events.push(event.detail));
    const select = await until(() => $<HTMLSelectElement>(element, '#direction'));
    await userEvent.selectOptions(select, 'roads_transport');
    await type(element, '#title', 'Potholes on Heydər Əliyev avenue');
    await type(element, '#text', 'The avenue between the bazaar and the school has deep potholes.');
    await userEvent.click($(element, '[part~="submit"]')!);
    const confirmation = await until(() => $(element, '[part~="filed"]'));
    expect(deepActiveElement()).toBe(confirmation);
    expect(confirmation.textContent).toContain(
      'Your application “Potholes on Heydər Əliyev avenue” has been sent.',
    );
    expect(filed).toHaveLength(1);
    expect(filed[0]).toMatchObject({ authority: 'guba', direction: 'roads_transport' });
    expect(events).toEqual([{ application: filed[0]!.id }]);
    const posts = requests.filter((request) => request.method === 'POST');
    expect(posts).toHaveLength(1);
    expect(posts[0]!.headers.get('idempotency-key')).toMatch(/^[0-9a-f-]{36}$/);
    // "Send another" brings back an empty form, focus on its first field.
    await userEvent.click(confirmation.querySelector('button')!);
    await until(() => deepActiveElement() === $(element, '#direction'));
    expect($<HTMLInputElement>(element, '#title')!.value).toBe('');
  });

  it('a retry of the same form uses the same idempotency key; an edited form a new one', async () => {
    const { element, requests } = await participation({ file: 'unavailable' });
    const select = await until(() => $<HTMLSelectElement>(element, '#direction'));
    await userEvent.selectOptions(select, 'health');
    await type(element, '#title', 'A pharmacy open at night');
    await type(element, '#text', 'The district has no pharmacy open after 22:00.');
    await userEvent.click($(element, '[part~="submit"]')!);
    await until(() => $(element, '[part~="error-summary"]'));
    // A problem of the form, not of a field: an item without a link.
    expect(summary(element).items).toEqual([
      { text: 'Could not send the application. Try again.', link: null },
    ]);
    expect(deepActiveElement()).toBe($(element, '[part~="error-summary"]'));
    await userEvent.click($(element, '[part~="submit"]')!);
    await until(() => requests.filter((request) => request.method === 'POST').length === 2);
    await type(element, '#title', 'A pharmacy open all night');
    await userEvent.click($(element, '[part~="submit"]')!);
    await until(() => requests.filter((request) => request.method === 'POST').length === 3);
    const keys = requests.filter((r) => r.method === 'POST').map((r) => r.headers.get('idempotency-key'));
    expect(keys[0]).toBe(keys[1]);
    expect(keys[2]).not.toBe(keys[0]);
  });

  it("shows the portal's own field errors at their fields", async () => {
    const { element, filed } = await participation();
    const select = await until(() => $<HTMLSelectElement>(element, '#direction'));
    await userEvent.selectOptions(select, 'other');
    await type(element, '#title', '!nothing');
    await type(element, '#text', 'A text long enough for the form.');
    await userEvent.click($(element, '[part~="submit"]')!);
    await until(() => $(element, '#title-error'));
    expect(text(element, '#title-error')).toBe('The portal refuses this subject.');
    expect(deepActiveElement()).toBe($(element, '[part~="error-summary"]'));
    expect(summary(element).items).toEqual([{ text: 'The portal refuses this subject.', link: '#title' }]);
    expect(filed).toEqual([]);
  });

  it('an official (403) is told that only citizens file applications', async () => {
    const { element } = await participation({ file: 'forbidden' });
    const select = await until(() => $<HTMLSelectElement>(element, '#direction'));
    await userEvent.selectOptions(select, 'education');
    await type(element, '#title', 'More school buses');
    await type(element, '#text', 'Children from the villages walk too far.');
    await userEvent.click($(element, '[part~="submit"]')!);
    await until(() => $(element, '[part~="error-summary"]'));
    expect(summary(element)).toEqual({
      role: 'alert',
      heading: 'h4 There is a problem',
      items: [{ text: 'Applications can only be sent when signed in as a citizen.', link: null }],
    });
    expect(deepActiveElement()).toBe($(element, '[part~="error-summary"]'));
  });

  it('while the application is being sent the button says so, and a second press sends nothing', async () => {
    const held = gate();
    const { element, requests, filed } = await participation({
      hold: (request) => (request.method === 'POST' ? held.opened : undefined),
    });
    await fill(element);
    const submit = $(element, '[part~="submit"]')!;
    await userEvent.click(submit);
    await until(() => text(element, '[part~="submit"]') === 'Sending…');
    expect(submit.getAttribute('aria-disabled')).toBe('true');
    expect(deepActiveElement()).toBe(submit);
    // Pressed again from the keyboard (aria-disabled: a pointer cannot press it).
    await userEvent.keyboard('{Enter}');
    await element.updateComplete;
    expect(requests.filter((request) => request.method === 'POST')).toHaveLength(1);
    held.open();
    await until(() => $(element, '[part~="filed"]'));
    expect(filed).toHaveLength(1);
    expect(requests.filter((request) => request.method === 'POST')).toHaveLength(1);
  });
});

/** Chooses `files` in the widget's (hidden) file input, as the browser's picker does. */
async function choose(element: IcraParticipation, files: File[]): Promise<void> {
  const input = await until(() => $<HTMLInputElement>(element, '#attachments'));
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await element.updateComplete;
}

const pdf = (name: string, bytes = 1200) =>
  new File([new Uint8Array(bytes).fill(37)], name, { type: 'application/pdf' });

async function fill(element: IcraParticipation): Promise<void> {
  const select = await until(() => $<HTMLSelectElement>(element, '#direction'));
  await userEvent.selectOptions(select, 'environment');
  await type(element, '#title', 'Clean the river bank');
  await type(element, '#text', 'The bank of the Qudiyalçay is full of rubbish after the weekend.');
}

describe('<icra-participation> attachments', () => {
  it('"add files" opens the picker; chosen files are listed with their sizes, each removable by name', async () => {
    const { element } = await participation();
    const add = await until(() => $(element, '[part~="add-files"]'));
    expect(add.textContent?.trim()).toBe('Add files');
    const input = $<HTMLInputElement>(element, '#attachments')!;
    let opened = false;
    input.addEventListener('click', (event) => {
      opened = true;
      event.preventDefault();
    });
    await userEvent.click(add);
    expect(opened).toBe(true);
    await choose(element, [
      pdf('plan.pdf', 2 * 1024 * 1024 + 300_000),
      new File(['x'], 'photo.png', { type: 'image/png' }),
    ]);
    expect(
      $$(element, '[part~="file"]').map((item) => item.textContent?.replace(/\s+/g, ' ').trim()),
    ).toEqual(['plan.pdf 2.3 MB ×', 'photo.png 1 byte ×']);
    await until(() => announced(element) === '2 files chosen.');
    const remove = $$(element, '[part~="remove-file"]');
    expect(remove.map((button) => button.getAttribute('aria-label'))).toEqual([
      'Remove plan.pdf',
      'Remove photo.png',
    ]);
    await userEvent.click(remove[0]!);
    await until(() => $$(element, '[part~="file"]').length === 1);
    expect(deepActiveElement()?.getAttribute('aria-label')).toBe('Remove photo.png');
    await until(() => announced(element) === 'plan.pdf removed.');
  });

  it('refuses other types, files over 5 MB and a sixth file, saying why at the field', async () => {
    const { element } = await participation();
    await choose(element, [new File(['x'], 'notes.docx', { type: 'application/msword' })]);
    expect(text(element, '#attachments-error')).toBe(
      'notes.docx: only PDF, JPEG and PNG files are accepted.',
    );
    // Said at the field and in the summary (an alert, so it is spoken), focus left where it was.
    expect(summary(element).items).toEqual([
      { text: 'notes.docx: only PDF, JPEG and PNG files are accepted.', link: '#attachments' },
    ]);
    expect(deepActiveElement()).not.toBe($(element, '[part~="error-summary"]'));
    expect($$(element, '[part~="file"]')).toHaveLength(0);
    await choose(element, [pdf('big.pdf', 5 * 1024 * 1024 + 1)]);
    expect(text(element, '#attachments-error')).toBe('big.pdf: the file is larger than 5 MB.');
    await choose(
      element,
      [1, 2, 3, 4, 5, 6].map((n) => pdf(`page-${n}.pdf`)),
    );
    expect(text(element, '#attachments-error')).toBe('You can add at most 5 files.');
    expect($$(element, '[part~="file"]')).toHaveLength(5);
    expect($(element, '[part~="add-files"]')).toBeNull();
  });

  it('uploads each file once, then files the application naming them in order', async () => {
    const { element, requests, filed } = await participation();
    await fill(element);
    await choose(element, [pdf('map.pdf'), new File(['jpeg'], 'photo.JPG', { type: '' })]);
    await userEvent.click($(element, '[part~="submit"]')!);
    await until(() => $(element, '[part~="filed"]'));
    const uploads = requests.filter((r) => new URL(r.url).pathname.endsWith('/v1/participation/attachments'));
    expect(
      uploads.map((r) => [new URL(r.url).searchParams.get('filename'), r.headers.get('content-type')]),
    ).toEqual([
      ['map.pdf', 'application/pdf'],
      ['photo.JPG', 'image/jpeg'],
    ]);
    expect(filed[0]!.attachments.map((a) => a.filename)).toEqual(['map.pdf', 'photo.JPG']);
    await userEvent.click($(element, '[part~="filed"] button')!);
    await until(() => $(element, '[part~="add-files"]'));
    expect($$(element, '[part~="file"]')).toHaveLength(0);
  });

  it('a retry after a failed filing uploads nothing again: the application claims the first uploads', async () => {
    const { element, requests, filed } = await participation({ fileFailures: 1 });
    await fill(element);
    await choose(element, [pdf('map.pdf')]);
    await userEvent.click($(element, '[part~="submit"]')!);
    await until(() => $(element, '[part~="error-summary"]'));
    expect(summary(element).items).toEqual([
      { text: 'Could not send the application. Try again.', link: null },
    ]);
    await userEvent.click($(element, '[part~="submit"]')!);
    await until(() => $(element, '[part~="filed"]'));
    const path = (request: Request) => new URL(request.url).pathname;
    expect(requests.filter((r) => path(r).endsWith('/v1/participation/attachments'))).toHaveLength(1);
    const applications = requests.filter((r) => path(r).endsWith('/v1/participation/applications'));
    expect(applications).toHaveLength(2);
    expect(applications[1]!.headers.get('idempotency-key')).toBe(
      applications[0]!.headers.get('idempotency-key'),
    );
    expect(filed[0]!.attachments.map((a) => a.filename)).toEqual(['map.pdf']);
  });

  it('an upload the portal refuses is named at the files, and nothing is filed', async () => {
    const { element, filed } = await participation();
    await fill(element);
    await choose(element, [pdf('refused.pdf')]);
    await userEvent.click($(element, '[part~="submit"]')!);
    await until(() => $(element, '#attachments-error'));
    expect(text(element, '#attachments-error')).toBe('refused.pdf: The file is not a PDF.');
    expect(deepActiveElement()).toBe($(element, '[part~="error-summary"]'));
    expect(summary(element).items).toEqual([
      { text: 'refused.pdf: The file is not a PDF.', link: '#attachments' },
    ]);
    expect(filed).toEqual([]);
    // Its link in the summary leads to the files' buttons (the input itself is hidden).
    await userEvent.click($(element, '[part~="error-summary"] a')!);
    expect(deepActiveElement()).toBe($(element, '[part~="remove-file"]'));
  });
});

describe('<icra-participation> the application through a re-sign-in', () => {
  it('comes back to the same citizen only', async () => {
    const { element, api } = await participation({ session: 'signed-out' });
    const session = sessionFor(api);
    const aysel = fixtureToken('citizen', 'citizen:aysel');
    session.accept(aysel, 600);
    await type(element, '#title', 'Park lighting');
    session.signOut(); // as the portal refusing the token does
    await until(() => !$(element, '#title'));
    session.accept(aysel, 600);
    await until(() => $<HTMLInputElement>(element, '#title')?.value === 'Park lighting');
    session.signOut();
    await until(() => !$(element, '#title'));
    session.accept(fixtureToken('citizen', 'citizen:other'), 600);
    const title = await until(() => $<HTMLInputElement>(element, '#title'));
    expect(title.value).toBe('');
    session.signOut();
    session.accept(aysel, 600);
    await until(() => $<HTMLInputElement>(element, '#title')?.value === 'Park lighting');
  });
});
