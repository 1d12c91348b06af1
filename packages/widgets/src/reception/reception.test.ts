import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { $, $$, announced, cleanup, deepActiveElement, mount, until } from '../../test/helpers.js';
import '../index.js';
import { sessionFor } from '../core/auth.js';
import { fixtureToken } from '../sign-in/fixtures.js';
import type { IcraReceptionRequestedEvent } from './events.js';
import {
  createReceptionFixture,
  FIXTURE_DEPUTY_ID,
  FIXTURE_SCHEDULED_ID,
  type ReceptionFixtureOptions,
} from './fixtures.js';
import type { IcraReception } from './reception.js';

beforeEach(cleanup);
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

async function reception(options: ReceptionFixtureOptions = {}, attributes = 'lang="en"') {
  const requests: Request[] = [];
  const fixture = createReceptionFixture({ ...options, onRequest: (request) => requests.push(request) });
  const element = await mount<IcraReception>(
    `<icra-reception api="${fixture.api}" authority="guba" ${attributes}></icra-reception>`,
    (element) => {
      element.client = fixture.client;
    },
  );
  return { element, requests, ...fixture };
}

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const all = (element: Element, selector: string) => $$(element, selector).map((node) => text(node));

/** The officials as a reader meets them: name, position, and each line of their hours. */
function officials(element: Element) {
  return $$(element, '[part~="official"]').map((item) => ({
    name: text(item.querySelector('.official-name')),
    position: text(item.querySelector('[part~="position"]')),
    hours: [...item.querySelectorAll('[part~="hours"] li')].map((li) => text(li)),
    photo: item.querySelector('img[part~="photo"]')
      ? 'photo'
      : text(item.querySelector('[part~="initials"]')),
  }));
}

/** The error summary: its items, each with the field it links to. */
function summary(element: Element) {
  return [...($(element, '[part~="error-summary"]')?.querySelectorAll('li') ?? [])].map((li) => ({
    text: text(li),
    link: li.querySelector('a')?.getAttribute('href') ?? null,
  }));
}

async function fill(element: IcraReception, description = 'The roof of our building leaks every winter.') {
  const topic = await until(() => $<HTMLSelectElement>(element, '#topic'));
  await userEvent.selectOptions(topic, 'housing');
  await userEvent.type($<HTMLTextAreaElement>(element, '#description')!, description);
}

const send = (element: IcraReception) => userEvent.click($(element, '[part~="submit"]')!);

describe('<icra-reception>: the officials who receive citizens', () => {
  it('shows each official with position, photo or initials, and weekly hours labelled Baku time in New York', async () => {
    const { element } = await reception();
    await until(() => officials(element).length === 2);
    // The tests' browser reads the clock in New York: Baku's hours say whose clock they are.
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('America/New_York');
    expect(officials(element)).toEqual([
      {
        name: 'Shahin Guliyev',
        position: 'Head of the executive power',
        hours: ['Tuesdays 10:00–13:00 (Baku time), room 204'],
        photo: 'SG',
      },
      {
        name: 'Narmin Hasanova',
        position: 'Deputy head for social affairs',
        hours: [
          'Mondays 09:00–12:00 (Baku time), reception hall',
          'Thursdays 14:00–17:00 (Baku time), reception hall',
        ],
        photo: 'photo',
      },
    ]);
    // The initials stand in for a photo seen, not read: the name is read once, in the heading.
    expect($(element, '[part~="initials"]')?.getAttribute('aria-hidden')).toBe('true');
    expect($(element, 'img[part~="photo"]')?.getAttribute('alt')).toBe('');
    expect($(element, '.official-name')?.localName).toBe('h4');
  });

  it('speaks Azerbaijani and Russian', async () => {
    const az = await reception({}, 'lang="az"');
    await until(() => officials(az.element).length === 2);
    expect(text($(az.element, '[part~="title"]'))).toBe('Vətəndaş qəbulu');
    expect(officials(az.element)[0]).toEqual({
      name: 'Şahin Quliyev',
      position: 'İcra hakimiyyətinin başçısı',
      hours: ['Çərşənbə axşamı 10:00–13:00 (Bakı vaxtı), otaq 204'],
      photo: 'ŞQ',
    });
    expect(all(az.element, '#topic option')).toContain('Mənzil və kommunal məsələlər');
    cleanup();
    const ru = await reception({}, 'lang="ru"');
    await until(() => officials(ru.element).length === 2);
    expect(officials(ru.element)[0]?.hours).toEqual([
      'По вторникам 10:00–13:00 (по бакинскому времени), кабинет 204',
    ]);
    expect(officials(ru.element)[1]?.hours[0]).toBe(
      'По понедельникам 09:00–12:00 (по бакинскому времени), приёмный зал',
    );
    expect(all(ru.element, '#preferredOfficial option')[0]).toBe('С тем, кто отвечает за вопрос');
  });

  it('loading, empty, and error with retry', async () => {
    const loading = await reception({ officials: 'loading' });
    await until(() => text($(loading.element, '[part~="state"]')) === 'Loading…');
    expect($(loading.element, '[part~="base"]')?.getAttribute('aria-busy')).toBe('true');
    cleanup();
    const none = await reception({ officials: 'empty' });
    await until(() => $(none.element, '[part~="form"]'));
    expect(text($(none.element, '[part~="state"]'))).toBe(
      'This authority has not published who receives citizens yet.',
    );
    cleanup();
    const failing = await reception({ officials: 'error' });
    const retry = await until(() => $(failing.element, '[part~="retry"]'));
    expect(text($(failing.element, '[part~="state"]'))).toContain('Could not load the reception’s details.');
    const before = failing.requests.length;
    await userEvent.click(retry);
    await until(() => failing.requests.length > before);
  });
});

describe('<icra-reception>: the request form', () => {
  it('offers the translated topics, whoever is responsible or an official, working days and times of day', async () => {
    const { element } = await reception();
    await until(() => $(element, '[part~="form"]'));
    expect(all(element, '#topic option')).toEqual([
      'Choose a topic',
      'Housing and utilities',
      'Land and building',
      'Social support',
      'Something else',
    ]);
    expect(all(element, '#preferredOfficial option')).toEqual([
      'Whoever is responsible',
      'Shahin Guliyev, Head of the executive power',
      'Narmin Hasanova, Deputy head for social affairs',
    ]);
    expect(all(element, 'fieldset legend')).toEqual([
      'Days that suit you (optional)',
      'Time of day (optional)',
    ]);
    expect(all(element, '.check')).toEqual([
      'Monday',
      'Tuesday',
      'Wednesday',
      'Thursday',
      'Friday',
      'Morning (before 13:00)',
      'Afternoon (from 13:00)',
    ]);
    const description = $<HTMLTextAreaElement>(element, '#description')!;
    expect(description.maxLength).toBe(2000);
    expect(text($(element, '#description-hint'))).toBe(
      'Say briefly what it is about: 10 to 2000 characters.',
    );
  });

  it('checks the form first: an error summary takes focus, and its links move focus into the fields', async () => {
    const { element, sent } = await reception();
    await until(() => $(element, '[part~="submit"]'));
    await send(element);
    const box = await until(() => $(element, '[part~="error-summary"]'));
    expect(deepActiveElement()).toBe(box);
    expect(box.getAttribute('role')).toBe('alert');
    expect(summary(element)).toEqual([
      { text: 'Choose a topic.', link: '#topic' },
      { text: 'Write 10 to 2000 characters about what you would like to discuss.', link: '#description' },
    ]);
    const description = $(element, '#description')!;
    expect(description.getAttribute('aria-invalid')).toBe('true');
    expect(description.getAttribute('aria-describedby')).toBe('description-hint description-error');
    await userEvent.click(box.querySelectorAll('a')[1]!);
    expect(deepActiveElement()).toBe(description);
    expect(sent).toEqual([]);
  });

  it('shows the portal’s field errors (a 400 at the description) where they belong', async () => {
    const { element, sent } = await reception();
    await fill(element, '!This text only the portal refuses.');
    await send(element);
    const box = await until(() => $(element, '[part~="error-summary"]'));
    expect(deepActiveElement()).toBe(box);
    expect(summary(element)).toEqual([
      { text: 'The portal refuses this text (portal).', link: '#description' },
    ]);
    expect(text($(element, '#description-error'))).toBe('The portal refuses this text (portal).');
    expect(sent).toEqual([]);
  });

  it('shows a 422 at the topic and the preferred official, each at its field', async () => {
    const { element } = await reception({ send: 'validation' });
    await fill(element);
    await userEvent.selectOptions($<HTMLSelectElement>(element, '#preferredOfficial')!, FIXTURE_DEPUTY_ID);
    await send(element);
    await until(() => $(element, '[part~="error-summary"]'));
    expect(summary(element)).toEqual([
      { text: 'There is no such topic.', link: '#topic' },
      { text: 'That official does not receive citizens at that authority.', link: '#preferredOfficial' },
    ]);
    expect($(element, '#topic')?.getAttribute('aria-describedby')).toBe('topic-error');
    expect($(element, '#preferredOfficial')?.getAttribute('aria-invalid')).toBe('true');
    // Editing a field takes its error away.
    await userEvent.selectOptions($<HTMLSelectElement>(element, '#topic')!, 'land');
    expect($(element, '#topic-error')).toBeNull();
    expect($(element, '#preferredOfficial-error')).not.toBeNull();
  });

  it('a citizen signed in sends it with an Idempotency-Key; the confirmation shows its status, and the event says its id', async () => {
    const { element, sent, requests } = await reception();
    const events: string[] = [];
    element.addEventListener('icra-reception-requested', (event: IcraReceptionRequestedEvent) =>
      events.push(event.detail.id),
    );
    await fill(element);
    await userEvent.selectOptions($<HTMLSelectElement>(element, '#preferredOfficial')!, FIXTURE_DEPUTY_ID);
    await userEvent.click($(element, '#preferredDays-4')!);
    await userEvent.click($(element, '#preferredDays-2')!);
    await userEvent.click($(element, '#preferredDayparts-afternoon')!);
    await send(element);
    const done = await until(() => $(element, '[part~="sent"]'));
    expect(deepActiveElement()).toBe(done);
    expect(text(done)).toContain('Your request has been sent.');
    expect(text(done)).toContain('Reference: P4W8N2TA');
    expect(text(done)).toContain('Its status: Pending.');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.body).toEqual({
      authority: 'guba',
      topic: 'housing',
      description: 'The roof of our building leaks every winter.',
      preferredOfficial: FIXTURE_DEPUTY_ID,
      preferredDays: [2, 4],
      preferredDayparts: ['afternoon'],
    });
    expect(sent[0]!.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(events).toEqual([sent[0]!.request.id]);
    await until(() => announced(element) === 'Your request has been sent. Its status: Pending.');
    // The list below shows it first, pending.
    await until(() => all(element, '[part~="request"] .request-title')[0] === 'Housing and utilities');
    expect(text($(element, '[part~="request"] [part~="status"]'))).toBe('Pending');
    const posts = requests.filter((request) => request.method === 'POST');
    expect(new URL(posts[0]!.url).searchParams.get('lang')).toBe('en');
    // Another request starts from an empty form.
    await userEvent.click($(element, '[part~="another"]')!);
    expect(deepActiveElement()).toBe($(element, '#topic'));
    expect($<HTMLTextAreaElement>(element, '#description')!.value).toBe('');
  });

  it('takes files: checked as chosen, uploaded first (each once, also on a second try), then named in the request', async () => {
    const { element, sent, requests } = await reception({ send: 'unavailable' });
    await fill(element);
    const input = await until(() => $<HTMLInputElement>(element, '#attachments'));
    const choose = async (files: File[]) => {
      const transfer = new DataTransfer();
      for (const file of files) transfer.items.add(file);
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await element.updateComplete;
    };
    expect(text($(element, '#attachments-label'))).toBe('Files (optional)');
    // A type the portal refuses is not kept, and the reason is said at the field.
    await choose([new File(['x'], 'notes.docx', { type: 'application/msword' })]);
    expect(text($(element, '#attachments-error'))).toContain(
      'notes.docx: only PDF, JPEG and PNG files are accepted.',
    );
    expect($$(element, '[part~="file"]')).toHaveLength(0);
    await choose([new File(['%PDF-1.4'], 'roof photo.pdf', { type: 'application/pdf' })]);
    expect(all(element, '[part~="file"] .file-name')).toEqual(['roof photo.pdf']);
    // The portal is down at the request: the upload went once, and the retry does not send it again.
    await send(element);
    await until(() => summary(element).length > 0);
    const uploads = () =>
      requests.filter((request) => new URL(request.url).pathname.endsWith('/reception/attachments'));
    expect(uploads()).toHaveLength(1);
    expect(new URL(uploads()[0]!.url).searchParams.get('filename')).toBe('roof photo.pdf');
    expect(uploads()[0]!.headers.get('content-type')).toBe('application/pdf');
    expect(sent).toHaveLength(0);
  });

  it('names the uploaded files in the request it sends', async () => {
    const { element, sent } = await reception();
    await fill(element);
    const input = await until(() => $<HTMLInputElement>(element, '#attachments'));
    const transfer = new DataTransfer();
    transfer.items.add(new File(['%PDF-1.4'], 'roof.pdf', { type: 'application/pdf' }));
    transfer.items.add(new File(['png'], 'leak.png', { type: 'image/png' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await element.updateComplete;
    await send(element);
    await until(() => $(element, '[part~="sent"]'));
    expect(sent[0]!.body.attachments).toHaveLength(2);
    expect(sent[0]!.request.attachments.map((file) => file.filename)).toEqual(['roof.pdf', 'leak.png']);
    // The next request starts with no files.
    await userEvent.click($(element, '[part~="another"]')!);
    expect($$(element, '[part~="file"]')).toHaveLength(0);
  });

  it('says so when the portal refuses a non-citizen, and when sending fails', async () => {
    const forbidden = await reception({ send: 'forbidden' });
    await fill(forbidden.element);
    await send(forbidden.element);
    await until(() => $(forbidden.element, '[part~="error-summary"]'));
    expect(summary(forbidden.element)).toEqual([
      { text: 'Only a citizen, signed in as one, can ask for a meeting.', link: null },
    ]);
    cleanup();
    const failing = await reception({ send: 'unavailable' });
    await fill(failing.element);
    await send(failing.element);
    await until(() => $(failing.element, '[part~="error-summary"]'));
    expect(summary(failing.element)).toEqual([{ text: 'Unavailable', link: null }]);
    // What was written stays, to send again.
    expect($<HTMLTextAreaElement>(failing.element, '#description')!.value).toBe(
      'The roof of our building leaks every winter.',
    );
  });

  it('busy while sending (the portal’s answer held): one request, "Sending…", then the confirmation', async () => {
    // A portal over real HTTP (test/fake-portal.ts), so the browser can hold the request on its way.
    const api = `${location.origin}/fake-portal/reception/${crypto.randomUUID()}`;
    sessionFor(api).accept(fixtureToken('citizen', 'busy-citizen'), 600);
    const element = await mount<IcraReception>(
      `<icra-reception api="${api}" authority="guba" lang="en"></icra-reception>`,
    );
    await fill(element);
    const url = `${new URL(api).pathname}/v1/reception/requests`;
    await commands.holdRequests({ key: 'reception-send', url, method: 'POST' });
    try {
      const submit = $<HTMLButtonElement>(element, '[part~="submit"]')!;
      await userEvent.click(submit);
      await until(() => submit.getAttribute('aria-disabled') === 'true');
      expect(text(submit)).toBe('Sending…');
      expect(submit.disabled).toBe(false);
      expect(deepActiveElement()).toBe(submit);
      // Pressed again while busy (it keeps focus): nothing more is sent.
      await userEvent.keyboard('{Enter}');
      expect($(element, '[part~="sent"]')).toBeNull();
    } finally {
      await commands.releaseRequests({ key: 'reception-send' });
    }
    const done = await until(() => $(element, '[part~="sent"]'));
    expect(text(done)).toContain('Reference: P4W8N2TA');
    // The one request the portal took is listed, once.
    await until(() => $$(element, '[part~="request"]').length === 4);
    expect(all(element, '[part~="request"] [part~="status"]').filter((s) => s === 'Pending')).toHaveLength(2);
    sessionFor(api).drop();
  });

  it('signed out: the form can be filled; sending opens the sign-in, keeps what was written, and sends once signed in', async () => {
    const { element, api, sent } = await reception({ session: 'signed-out' });
    await until(() => $(element, '[part~="form"]'));
    expect(text($(element, '.sign-in .hint'))).toBe(
      'You can fill in the form now; sending it asks you to sign in to the portal, and nothing you wrote is lost.',
    );
    expect($(element, '[part~="requests"]')).toBeNull();
    await fill(element);
    await userEvent.click($(element, '#preferredDays-2')!);
    await send(element);
    await until(() => sessionFor(api).state.status === 'signing-in');
    expect(text($(element, '[part~="note"]'))).toBe(
      'Sign in to the portal to send your request: what you wrote stays here.',
    );
    expect(sent).toEqual([]);
    expect($<HTMLTextAreaElement>(element, '#description')!.value).toBe(
      'The roof of our building leaks every winter.',
    );
    // The portal's popup signs the citizen in: the request goes as written.
    sessionFor(api).accept(fixtureToken('citizen'), 600);
    await until(() => $(element, '[part~="sent"]'));
    expect(sent.map((item) => item.body)).toEqual([
      {
        authority: 'guba',
        topic: 'housing',
        description: 'The roof of our building leaks every winter.',
        preferredDays: [2],
        preferredDayparts: [],
      },
    ]);
  });

  it('a sign-in given up sends nothing later', async () => {
    const { element, api, sent } = await reception({ session: 'signed-out' });
    await fill(element);
    await send(element);
    await until(() => sessionFor(api).state.status === 'signing-in');
    sessionFor(api).cancel();
    await until(() => sessionFor(api).state.status === 'signed-out');
    sessionFor(api).accept(fixtureToken('citizen'), 600);
    await until(() => $(element, '[part~="requests"]'));
    expect(sent).toEqual([]);
    expect($<HTMLTextAreaElement>(element, '#description')!.value).toBe(
      'The roof of our building leaks every winter.',
    );
  });
});

describe('<icra-reception>: the citizen’s requests', () => {
  const item = (element: Element, id: string) => $(element, `[part~="request"][data-id="${id}"]`)!;

  it('lists them with their status; a scheduled one shows when in Baku time, never New York’s, where, and with whom', async () => {
    const { element } = await reception();
    await until(() => $$(element, '[part~="request"]').length === 3);
    expect(all(element, '[part~="request"] [part~="status"]')).toEqual(['Scheduled', 'Pending', 'Declined']);
    const scheduled = item(element, FIXTURE_SCHEDULED_ID);
    const appointment = text(scheduled.querySelector('[part~="appointment"]'));
    // 07:00 UTC: 11:00 in Baku, 02:00 in New York.
    expect(appointment).toContain('When Tuesday, December 8, 2026, 11:00–11:30 (Baku time)');
    expect(appointment).not.toMatch(/0[23]:00/);
    expect(appointment).toContain('Where room 204');
    expect(appointment).toContain('With Shahin Guliyev, Head of the executive power');
    expect(scheduled.querySelector('[part~="appointment"] time')?.getAttribute('datetime')).toBe(
      '2026-12-08T07:00:00.000Z',
    );
    expect(text(scheduled.querySelector('[part~="add-to-calendar"]'))).toBe(
      'Add to calendar: Housing and utilities',
    );
    const declined = $$(element, '[part~="request"]')[2]!;
    expect(text(declined.querySelector('[part~="reason"]'))).toBe(
      'Reason: This is a matter for the market’s administration: please contact them.',
    );
    expect(declined.querySelector('[part~="appointment"]')).toBeNull();
    expect(text($$(element, '[part~="request"]')[1]!.querySelector('.note'))).toContain(
      'You will be notified',
    );
  });

  it('says the appointment in Azerbaijani and Russian', async () => {
    const az = await reception({}, 'lang="az"');
    const ru = await reception({}, 'lang="ru"');
    await until(() => item(az.element, FIXTURE_SCHEDULED_ID) && item(ru.element, FIXTURE_SCHEDULED_ID));
    expect(text(item(az.element, FIXTURE_SCHEDULED_ID).querySelector('[part~="appointment"] time'))).toBe(
      'Çərşənbə axşamı, 8 dekabr 2026, 11:00–11:30 (Bakı vaxtı)',
    );
    expect(text(item(az.element, FIXTURE_SCHEDULED_ID).querySelector('[part~="status"]'))).toBe(
      'Vaxt təyin edilib',
    );
    expect(text(item(ru.element, FIXTURE_SCHEDULED_ID).querySelector('[part~="appointment"] time'))).toBe(
      'Вторник, 8 декабря 2026 г., 11:00–11:30 (по бакинскому времени)',
    );
    expect(all(ru.element, '[part~="request"] [part~="status"]')).toEqual([
      'Приём назначен',
      'На рассмотрении',
      'Отклонена',
    ]);
  });

  it('"Add to calendar" downloads the meeting’s .ics with the citizen’s token', async () => {
    const { element, api, requests } = await reception();
    const button = await until(() => $<HTMLButtonElement>(element, '[part~="add-to-calendar"]'));
    const created = vi.spyOn(URL, 'createObjectURL');
    const clicks: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
    await userEvent.click(button);
    await until(() => clicks.length === 1);
    expect(clicks).toEqual(['meeting-R7K4M2QX.ics']);
    const ics = requests.find((request) => request.url.endsWith('/appointment.ics'))!;
    expect(new URL(ics.url).pathname).toMatch(
      new RegExp(`/v1/reception/requests/${FIXTURE_SCHEDULED_ID}/appointment.ics$`),
    );
    expect(ics.headers.get('authorization')).toBe(`Bearer ${sessionFor(api).token}`);
    const blob = created.mock.calls[0]?.[0] as Blob;
    expect(await blob.text()).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(deepActiveElement()).toBe(button);
  });

  it('says so when the download fails, inline and in the live region', async () => {
    const { element } = await reception({ calendarFails: 503 });
    const button = await until(() => $(element, '[part~="add-to-calendar"]'));
    await userEvent.click(button);
    await until(() => announced(element) === 'Could not download the calendar file. Try again.');
    expect(text(button.parentElement?.querySelector('.inline-error'))).toBe(
      'Could not download the calendar file. Try again.',
    );
  });

  it('empty, and an error with retry', async () => {
    const none = await reception({ mine: 'empty' });
    await until(
      () =>
        text($(none.element, '[aria-labelledby="mine-title"] [part~="state"]')) ===
        'You have not asked for a meeting yet.',
    );
    cleanup();
    const failing = await reception({ mine: 'error' });
    const retry = await until(() => $(failing.element, '[aria-labelledby="mine-title"] [part~="retry"]'));
    expect(text($(failing.element, '[aria-labelledby="mine-title"] [part~="state"]'))).toContain(
      'Could not load your requests.',
    );
    const before = failing.requests.filter((r) => r.url.includes('/v1/me/reception-requests')).length;
    await userEvent.click(retry);
    await until(
      () => failing.requests.filter((r) => r.url.includes('/v1/me/reception-requests')).length > before,
    );
  });

  it('fits a 320 px phone: nothing wider than the screen', async () => {
    const { element } = await reception();
    element.style.display = 'block';
    element.style.width = '320px';
    await until(() => $$(element, '[part~="request"]').length === 3);
    const root = $(element, '[part~="base"]')!;
    expect(root.scrollWidth).toBeLessThanOrEqual(320);
    for (const node of $$(
      element,
      '[part~="official"], [part~="request"], [part~="form"] select, textarea',
    )) {
      expect(node.getBoundingClientRect().width, node.outerHTML.slice(0, 60)).toBeLessThanOrEqual(320);
    }
  });
});
