import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { $, $$, cleanup, deepActiveElement, mount, until } from '../../test/helpers.js';
import '../index.js';
import './define.js';
import type { IcraReceptionDeskChangeEvent } from './events.js';
import {
  createReceptionDeskFixture,
  FIXTURE_ATTACHMENT,
  FIXTURE_HEAD,
  FIXTURE_PDF,
  FIXTURE_WEEK,
  type ReceptionDeskFixtureOptions,
} from './fixtures.js';
import { fieldOfPointer, type IcraReceptionDesk } from './reception-desk.js';

beforeEach(cleanup);
afterEach(async () => {
  cleanup();
  await page.viewport(1024, 768);
});

interface Sent {
  method: string;
  path: string;
  ifMatch: string | null;
  body: unknown;
}

async function desk(options: ReceptionDeskFixtureOptions = {}, lang = 'en') {
  const sent: Sent[] = [];
  const fixture = createReceptionDeskFixture({
    ...options,
    onRequest: (request, body) => {
      const url = new URL(request.url);
      sent.push({
        method: request.method,
        path: url.pathname.replace(/^.*\/v1/, '/v1') + url.search,
        ifMatch: request.headers.get('if-match'),
        body,
      });
    },
  });
  const element = await mount<IcraReceptionDesk>(
    `<icra-reception-desk api="${fixture.api}" authority="guba" lang="${lang}" week="${FIXTURE_WEEK}"></icra-reception-desk>`,
    (element) => {
      element.client = fixture.client;
    },
  );
  return { element, sent, fixture };
}

function gate(): { promise: Promise<void>; open: () => void } {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const rows = (element: IcraReceptionDesk) =>
  $$(element, '[part~="item"]').map((item) => text(item.querySelector('[part~="open"]')));
const queries = (sent: Sent[]) => sent.filter((request) => request.path.includes('/reception-requests'));
const weeks = (sent: Sent[]) => sent.filter((request) => request.path.includes('/reception/availability'));
const writes = (sent: Sent[]) => sent.filter((request) => request.method !== 'GET');
const announced = (element: IcraReceptionDesk) => text($(element, '.visually-hidden[role="status"]'));
/** The grid's cell whose accessible name starts with `name`. */
const cell = (element: IcraReceptionDesk, name: string) =>
  $$(element, 'td[role="gridcell"]').find((candidate) =>
    candidate.getAttribute('aria-label')?.startsWith(name),
  );
const grid = (element: IcraReceptionDesk) => until(() => $(element, '[part~="grid"]'));
const focusedName = () => deepActiveElement()?.getAttribute('aria-label') ?? '';

async function choose(element: IcraReceptionDesk, name: string): Promise<void> {
  await until(() => rows(element).length > 0);
  const open = $$(element, '[part~="open"]').find((button) => text(button).startsWith(name));
  await userEvent.click(open!);
  await until(() => deepActiveElement()?.id === 'selected-heading');
}

const TUESDAY_10 = 'Tuesday, December 8, 2026, 10:00–10:15 (Baku time), Shahin Guliyev, Room 204';

describe('<icra-reception-desk>', () => {
  it('maps the portal’s pointers to the forms’ fields', () => {
    expect(fieldOfPointer('/body/reason')).toBe('reason');
    expect(fieldOfPointer('/body/startsAt')).toBe('slot');
    expect(fieldOfPointer('/body/room')).toBe('slot');
    expect(fieldOfPointer('/path/id')).toBeUndefined();
  });

  it('signed out: explains, and asks the portal nothing', async () => {
    const { element, sent } = await desk({ session: 'signed-out' });
    await until(() => $(element, 'icra-sign-in'));
    expect(text($(element, '.intro'))).toContain('Sign in to the portal as a reception officer');
    expect(sent).toEqual([]);
  });

  it('an official without the reception role (403): a plain refusal, no queue and no week', async () => {
    const { element } = await desk({ scenario: 'forbidden' });
    const refusal = await until(() => $(element, '[part~="state"][role="alert"]'));
    expect(text(refusal)).toBe(
      'You are not a reception officer of this authority. Only officials with the reception role may schedule meetings.',
    );
    expect($(element, '[part~="list"]')).toBeNull();
    expect($(element, '[part~="grid"]')).toBeNull();
    expect($(element, '[part~="filter"]')).toBeNull();
    expect(announced(element)).toContain('You are not a reception officer');
  });

  it('lists the requests awaiting a time first, each with who, what, whom, when and when asked; each status asks for its own', async () => {
    const { element, sent } = await desk();
    await until(() => rows(element).length === 3);
    expect(queries(sent)[0]?.path).toBe(
      '/v1/authorities/guba/reception-requests?status=requested&limit=20&lang=en',
    );
    expect(
      $$(element, '[part~="filter"]').map((button) => [text(button), button.getAttribute('aria-pressed')]),
    ).toEqual([
      ['Awaiting a time', 'true'],
      ['Scheduled', 'false'],
      ['Declined', 'false'],
      ['Cancelled', 'false'],
    ]);
    expect(rows(element).map((row) => row.replace(/ · .*/, ''))).toEqual([
      'Leyla Məmmədova',
      'Orxan Babayev',
      'Fidan Abbasova',
    ]);
    const first = $$(element, '[part~="item"]')[0]!;
    const facts = [...first.querySelectorAll('[part~="facts"] > div')].map((row) => text(row));
    expect(facts).toEqual([
      'Topic Housing and utilities',
      'Would rather meet Shahin Guliyev',
      'Days Tuesday',
      'Time of day Morning (before 13:00)',
      'Asked December 1, 2026 at 07:30 (Baku time)',
    ]);
    expect(text(first.querySelector('[part~="description"]'))).toBe(
      'Binamızın damı üç mənzilə su buraxır; mənzil-istismar sahəsi cavab vermir.',
    );
    const third = $$(element, '[part~="item"]')[2]!;
    expect(text(third.querySelector('[data-fact="days"]'))).toBe('Days Monday, Thursday');
    expect(text($$(element, '[part~="item"]')[1]!.querySelector('[data-fact="official"]'))).toBe(
      'Would rather meet Whoever is responsible',
    );

    await userEvent.click($(element, '[part~="filter"][data-status="scheduled"]')!);
    await until(() => rows(element).length === 1 && rows(element)[0]!.startsWith('Kamran Rzayev'));
    expect(queries(sent).at(-1)?.path).toBe(
      '/v1/authorities/guba/reception-requests?status=scheduled&limit=20&lang=en',
    );
    expect(text($(element, '[part~="item"] [data-fact="meeting"]'))).toBe(
      'Meeting Tuesday, December 8, 2026, 10:30–10:45 (Baku time), Shahin Guliyev, Room 204',
    );
    await userEvent.click($(element, '[part~="filter"][data-status="declined"]')!);
    await until(() => rows(element)[0]?.startsWith('Murad Cəfərov'));
    expect(text($(element, '[part~="item"] [data-fact="reason"]'))).toBe(
      'Reason Bu məsələ Quba Rayon Mənzil-Kommunal İdarəsinə aiddir.',
    );
  });

  it('speaks Azerbaijani and Russian', async () => {
    const az = await desk({}, 'az');
    await until(() => rows(az.element).length === 3);
    expect(text($(az.element, '[part~="title"]'))).toBe('Vətəndaş qəbulu: görüş müraciətləri');
    expect(text($(az.element, '[part~="filter"][aria-pressed="true"]'))).toBe('Vaxt gözləyir');
    const first = $$(az.element, '[part~="item"]')[0]!;
    expect(text(first.querySelector('[data-fact="topic"]'))).toBe('Mövzu Mənzil və kommunal məsələlər');
    expect(text(first.querySelector('[data-fact="days"]'))).toBe('Günlər çərşənbə axşamı');
    expect(text(first.querySelector('[data-fact="asked"]'))).toBe(
      'Müraciət tarixi 1 dekabr 2026, 07:30 (Bakı vaxtı)',
    );
    expect(text($(az.element, '#week-heading'))).toBe('Həftə: 7 dekabr 2026 – 11 dekabr 2026 (Bakı vaxtı)');

    const ru = await desk({}, 'ru');
    await until(() => rows(ru.element).length === 3);
    const firstRu = $$(ru.element, '[part~="item"]')[0]!;
    expect(text(firstRu.querySelector('[data-fact="official"]'))).toBe('Хотел бы встретиться с Шахин Гулиев');
    expect(text(firstRu.querySelector('[data-fact="dayparts"]'))).toBe('Время дня Утро (до 13:00)');
    expect(text(firstRu.querySelector('[data-fact="asked"]'))).toContain('(по бакинскому времени)');
    expect(text($(ru.element, '[part~="status"]'))).toBe('Ждут времени');
    await grid(ru.element);
    expect(
      cell(
        ru.element,
        'вторник, 8 декабря 2026 г., 10:00–10:15 (по бакинскому времени), Шахин Гулиев, Кабинет 204: свободно',
      ),
    ).toBeTruthy();
  });

  it('while the queue loads: a skeleton, busy, and said; then the rows', async () => {
    const held = gate();
    const { element } = await desk({
      hold: (request) => (request.url.includes('/reception-requests?') ? held.promise : undefined),
    });
    await until(() => $(element, '.skeleton'));
    expect($(element, '.root')?.getAttribute('aria-busy')).toBe('true');
    await until(() => announced(element) === 'Loading requests…');
    held.open();
    await until(() => rows(element).length === 3);
    expect($(element, '.skeleton')).toBeNull();
    await until(() => $(element, '.root')?.getAttribute('aria-busy') === 'false');
  });

  it('an empty status says so; a failed queue offers to try again', async () => {
    const empty = await desk({ scenario: 'empty' });
    expect(text(await until(() => $(empty.element, 'p[part~="state"]')))).toBe(
      'No requests with this status.',
    );
    const failed = await desk({ scenario: 'error' });
    const state = await until(() => $(failed.element, '.queue [part~="state"].error'));
    expect(text(state)).toBe('The requests could not be loaded. Try again');
    await userEvent.click(state.querySelector('button')!);
    await until(() => queries(failed.sent).length === 2);
  });

  it('loads more with the cursor, and focus moves to the first new row', async () => {
    const { element, sent } = await desk({ scenario: 'many' });
    await until(() => rows(element).length === 20);
    await userEvent.click($(element, '[part~="load-more"]')!);
    await until(() => rows(element).length === 25);
    expect(queries(sent).at(-1)?.path).toContain('cursor=20');
    await until(() => deepActiveElement() === $$(element, '[part~="open"]')[20]);
    expect(announced(element)).toBe('5 more requests added');
  });

  it('the week’s grid: arrow keys, Home and End move one focusable cell, each named by day, time, official, room and state', async () => {
    const { element } = await desk();
    const table = await grid(element);
    expect(table.getAttribute('role')).toBe('grid');
    expect($$(element, '[part~="grid"] thead th').map((th) => text(th))).toEqual([
      'Time (Baku time)',
      'Mon Dec 7, 2026',
      'Tue Dec 8, 2026',
      'Wed Dec 9, 2026',
      'Thu Dec 10, 2026',
      'Fri Dec 11, 2026',
    ]);
    expect($$(element, '[part~="grid"] tbody th').map((th) => text(th))).toEqual([
      '10:00',
      '10:15',
      '10:30',
      '10:45',
      '11:00',
      '11:15',
      '11:30',
      '11:45',
      '12:00',
      '12:15',
      '12:30',
      '12:45',
    ]);
    // Tab reaches the grid once, on its first free time.
    $<HTMLSelectElement>(element, '#official')!.focus();
    await userEvent.keyboard('{Tab}');
    expect(focusedName()).toBe(`${TUESDAY_10}: free`);
    const roving = () => $$(element, 'td[role="gridcell"][tabindex="0"]');
    expect(roving()).toEqual([deepActiveElement()]);

    await userEvent.keyboard('{ArrowRight}');
    expect(focusedName()).toBe('Wednesday, December 9, 2026, 10:00 (Baku time): no reception');
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{ArrowLeft}');
    expect(focusedName()).toBe(
      'Tuesday, December 8, 2026, 10:30–10:45 (Baku time), Shahin Guliyev, Room 204: booked',
    );
    expect(text(deepActiveElement())).toBe('Booked');
    await userEvent.keyboard('{Home}');
    expect(focusedName()).toBe('Monday, December 7, 2026, 10:30 (Baku time): no reception');
    await userEvent.keyboard('{End}');
    expect(focusedName()).toBe('Friday, December 11, 2026, 10:30 (Baku time): no reception');
    await userEvent.keyboard('{Control>}{End}{/Control}');
    expect(focusedName()).toBe('Friday, December 11, 2026, 12:45 (Baku time): no reception');
    await userEvent.keyboard('{Control>}{Home}{/Control}');
    expect(focusedName()).toBe('Monday, December 7, 2026, 10:00 (Baku time): no reception');
    await userEvent.keyboard('{ArrowUp}{ArrowLeft}');
    expect(focusedName()).toBe('Monday, December 7, 2026, 10:00 (Baku time): no reception');
    expect(roving()).toEqual([deepActiveElement()]);
    // Leaving and coming back returns to the same cell.
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    expect(deepActiveElement()?.id).toBe('official');
    await userEvent.keyboard('{Tab}');
    expect(focusedName()).toBe('Monday, December 7, 2026, 10:00 (Baku time): no reception');

    // Another official: another week's pattern; a booked time said so when chosen.
    await userEvent.selectOptions(
      $<HTMLSelectElement>(element, '#official')!,
      'Narmin Hasanova — Deputy head for social affairs',
    );
    await until(() =>
      cell(
        element,
        'Monday, December 7, 2026, 09:00–09:20 (Baku time), Narmin Hasanova, Reception hall: free',
      ),
    );
    expect(text($(element, '#official-hint'))).toBe('20 minutes a meeting · Reception hall');
    await userEvent.click($(element, '[part~="next-week"]')!);
    await until(
      () => text($(element, '#week-heading')) === 'Week of December 14, 2026 – December 18, 2026 (Baku time)',
    );
    await until(() => cell(element, 'Monday, December 14, 2026, 09:00–09:20'));
    expect(announced(element)).toBe('Week of December 14, 2026 – December 18, 2026');
  });

  it('times in Baku with the browser in New York, each labelled', async () => {
    const { element } = await desk();
    await grid(element);
    // Baku's 10:00 on 8 December is 01:00 in New York; its 07:30 on 1 December is 22:30 on 30 November there.
    expect(new Date('2026-12-08T06:00:00.000Z').getHours()).toBe(1);
    expect(new Date().getTimezoneOffset()).toBeGreaterThanOrEqual(240);
    expect(text($(element, '#week-heading'))).toBe(
      'Week of December 7, 2026 – December 11, 2026 (Baku time)',
    );
    expect(text($(element, '[part~="grid"] thead [part~="baku-time"]'))).toBe('(Baku time)');
    expect(text($(element, '[part~="item"] [data-fact="asked"]'))).toBe(
      'Asked December 1, 2026 at 07:30 (Baku time)',
    );
    expect(text($(element, '[part~="grid"] tbody th'))).toBe('10:00');
  });

  it('schedules into a free cell: official, room and times filled in, sent with the revision; said, and the grid loaded again', async () => {
    const { element, sent } = await desk();
    const events: IcraReceptionDeskChangeEvent[] = [];
    element.addEventListener('icra-reception-desk-change', (event) => events.push(event));
    await choose(element, 'Leyla Məmmədova');
    expect(text($(element, '#selected-heading'))).toMatch(/^Chosen request: Leyla Məmmədova · Q7R4/);
    await grid(element);
    const free = cell(element, TUESDAY_10)!;
    free.focus();
    await userEvent.keyboard('{Enter}');
    await until(() => deepActiveElement()?.id === 'slot');
    expect(text($(element, '#slot'))).toBe(`When: ${TUESDAY_10}`);
    expect($$(element, '[part~="selected"] form .facts > div').map((row) => text(row))).toEqual([
      'Official Shahin Guliyev',
      'Room Room 204',
    ]);
    expect(cell(element, TUESDAY_10)?.getAttribute('aria-selected')).toBe('true');
    expect(cell(element, TUESDAY_10)?.getAttribute('aria-label')).toBe(`${TUESDAY_10}: free, chosen`);
    expect(announced(element)).toBe(`Chosen: ${TUESDAY_10}`);
    const before = weeks(sent).length;

    await userEvent.click($(element, '[data-submit="schedule"]')!);
    const notice =
      'Scheduled: Leyla Məmmədova meets Shahin Guliyev on Tuesday, December 8, 2026, 10:00–10:15 (Baku time), Room 204.';
    await until(() => text($(element, '[part~="notice"]')) === notice);
    expect(writes(sent)).toEqual([
      {
        method: 'POST',
        path: '/v1/reception/requests/7e9a1000-4b5e-4f60-8a9b-000000000001/schedule?lang=en',
        ifMatch: '"r1"',
        body: {
          official: FIXTURE_HEAD,
          room: '5ecef000-0000-4000-8000-000000021100',
          startsAt: '2026-12-08T06:00:00.000Z',
          endsAt: '2026-12-08T06:15:00.000Z',
        },
      },
    ]);
    await until(() => announced(element) === notice);
    expect(events.map((event) => event.detail)).toEqual([
      { request: '7e9a1000-4b5e-4f60-8a9b-000000000001', action: 'schedule', status: 'scheduled' },
    ]);
    expect(deepActiveElement()?.id).toBe('selected-heading');
    // It left the requests awaiting a time; the panel shows it scheduled, with what can be done now.
    expect(rows(element).map((row) => row.replace(/ · .*/, ''))).toEqual(['Orxan Babayev', 'Fidan Abbasova']);
    expect(text($(element, '[part~="selected"] [part~="status"]'))).toBe('Scheduled');
    expect($$(element, '[part~="selected"] [part~="actions"] button').map((button) => text(button))).toEqual([
      'Reschedule',
      'Cancel the meeting',
    ]);
    await until(() => weeks(sent).length > before && cell(element, `${TUESDAY_10}: booked`));
  });

  it('a time taken meanwhile (409 slot-taken): said plainly, the nearest free times offered, and one of them scheduled', async () => {
    const { element, sent } = await desk({ slotTaken: true });
    await choose(element, 'Orxan Babayev');
    await grid(element);
    await userEvent.click(cell(element, TUESDAY_10)!);
    await userEvent.click(await until(() => $(element, '[data-submit="schedule"]')));
    const conflict = await until(() => $(element, '#conflict'));
    expect(text(conflict)).toBe(
      'That time has just been taken by another meeting of the official or in the room. The nearest free times (choose one):',
    );
    await until(() => deepActiveElement() === conflict);
    const nearest = $$(element, '[part~="nearest-slot"]');
    expect(nearest.map((button) => text(button))).toEqual([
      'Tuesday, December 8, 2026, 10:15–10:30 (Baku time), Room 204',
      'Tuesday, December 8, 2026, 10:45–11:00 (Baku time), Room 204',
      'Tuesday, December 8, 2026, 11:00–11:15 (Baku time), Room 204',
    ]);
    await until(() => cell(element, `${TUESDAY_10}: booked`));

    await userEvent.click(nearest[0]!);
    await until(
      () =>
        text($(element, '[part~="notice"]')) ===
        'Scheduled: Orxan Babayev meets Shahin Guliyev on Tuesday, December 8, 2026, 10:15–10:30 (Baku time), Room 204.',
    );
    expect(writes(sent).map((request) => (request.body as { startsAt: string }).startsAt)).toEqual([
      '2026-12-08T06:00:00.000Z',
      '2026-12-08T06:15:00.000Z',
    ]);
    expect($(element, '#conflict')).toBeNull();
    expect($(element, '[part~="nearest"]')).toBeNull();
  });

  it('declines with a reason; a reason too short is refused at its field before anything is sent', async () => {
    const { element, sent, fixture } = await desk();
    await choose(element, 'Fidan Abbasova');
    await userEvent.click($(element, '[data-action="decline"]')!);
    await until(() => deepActiveElement()?.id === 'form-heading');
    expect($(element, '[data-action="decline"]')?.getAttribute('aria-expanded')).toBe('true');
    await userEvent.fill($(element, '#reason')!, ' no ');
    await userEvent.click($(element, '[data-submit="decline"]')!);
    const summary = await until(() => $(element, '#error-summary'));
    await until(() => deepActiveElement() === summary);
    expect(text($(element, '#reason-error'))).toBe('Write a reason of at least 3 characters.');
    expect($(element, '#reason')?.getAttribute('aria-invalid')).toBe('true');
    expect($(element, '#reason')?.getAttribute('aria-describedby')).toBe('reason-hint reason-error');
    await userEvent.click(summary.querySelector('a')!);
    await until(() => deepActiveElement()?.id === 'reason');
    expect(writes(sent)).toEqual([]);

    await userEvent.fill($(element, '#reason')!, 'Bu məsələ sosial müdafiə mərkəzinə aiddir.');
    expect($(element, '#reason-error')).toBeNull();
    await userEvent.click($(element, '[data-submit="decline"]')!);
    await until(
      () =>
        text($(element, '[part~="notice"]')) ===
        'Declined: Fidan Abbasova’s request. The citizen is told the reason.',
    );
    expect(writes(sent)).toEqual([
      expect.objectContaining({
        ifMatch: '"r1"',
        path: expect.stringMatching(/\/decline\?lang=en$/),
        body: { reason: 'Bu məsələ sosial müdafiə mərkəzinə aiddir.' },
      }),
    ]);
    expect(fixture.requests.find((request) => request.citizenName === 'Fidan Abbasova')?.status).toBe(
      'declined',
    );
    expect(rows(element)).toHaveLength(2);
    expect($(element, '[part~="selected"] [part~="actions"]')).toBeNull();
  });

  it('cancels a request awaiting a time, with a reason; “keep it” closes the form and returns focus', async () => {
    const { element, sent } = await desk();
    await choose(element, 'Orxan Babayev');
    await userEvent.click($(element, '[data-action="cancel"]')!);
    await userEvent.click(
      await until(() =>
        $$(element, '[part~="form"] button').find((button) => text(button) === 'Keep it as it is'),
      ),
    );
    await until(() => deepActiveElement() === $(element, '[data-action="cancel"]'));
    expect($(element, '#reason')).toBeNull();
    await userEvent.click($(element, '[data-action="cancel"]')!);
    await userEvent.fill(await until(() => $(element, '#reason')), 'Vətəndaş özü zəng edib ləğv etdi.');
    await userEvent.click($(element, '[data-submit="cancel"]')!);
    await until(
      () =>
        text($(element, '[part~="notice"]')) ===
        'Cancelled: Orxan Babayev’s request. The citizen is told the reason.',
    );
    expect(writes(sent).map((request) => request.body)).toEqual([
      { reason: 'Vətəndaş özü zəng edib ləğv etdi.' },
    ]);
  });

  it('while a change is sent: the button says so and is busy; then what changed', async () => {
    const held = gate();
    const { element } = await desk({
      hold: (request) => (request.method === 'POST' ? held.promise : undefined),
    });
    await choose(element, 'Leyla Məmmədova');
    await grid(element);
    await userEvent.click(cell(element, TUESDAY_10)!);
    const submit = await until(() => $(element, '[data-submit="schedule"]'));
    await userEvent.click(submit);
    await until(() => text($(element, '[data-submit="schedule"]')) === 'Scheduling…');
    expect($(element, '[data-submit="schedule"]')?.getAttribute('aria-disabled')).toBe('true');
    // A second press while it is on its way sends nothing more.
    await userEvent.click($(element, '[data-submit="schedule"]')!);
    held.open();
    await until(() => text($(element, '[part~="notice"]')).startsWith('Scheduled: Leyla Məmmədova'));
  });

  it('reschedules a meeting into another free cell, with a reason', async () => {
    const { element, sent } = await desk();
    await until(() => rows(element).length === 3);
    await userEvent.click($(element, '[part~="filter"][data-status="scheduled"]')!);
    await choose(element, 'Kamran Rzayev');
    await grid(element);
    await userEvent.click(cell(element, 'Tuesday, December 8, 2026, 11:00–11:15')!);
    await until(() => deepActiveElement()?.id === 'slot');
    expect(text($(element, '#form-heading'))).toBe('Move the meeting');
    expect(text($(element, '#slot'))).toBe(
      'New time: Tuesday, December 8, 2026, 11:00–11:15 (Baku time), Shahin Guliyev, Room 204',
    );
    await userEvent.click($(element, '[data-submit="reschedule"]')!);
    await until(() => $(element, '#reason-error'));
    expect(writes(sent)).toEqual([]);
    await userEvent.fill($(element, '#reason')!, 'Başçı həmin saatda səfərdədir.');
    await userEvent.click($(element, '[data-submit="reschedule"]')!);
    await until(
      () =>
        text($(element, '[part~="notice"]')) ===
        'Rescheduled: Kamran Rzayev’s meeting is now on Tuesday, December 8, 2026, 11:00–11:15 (Baku time), Room 204.',
    );
    expect(writes(sent).map(({ ifMatch, body }) => ({ ifMatch, body }))).toEqual([
      {
        ifMatch: '"r2"',
        body: {
          official: FIXTURE_HEAD,
          room: '5ecef000-0000-4000-8000-000000021100',
          startsAt: '2026-12-08T07:00:00.000Z',
          endsAt: '2026-12-08T07:15:00.000Z',
          reason: 'Başçı həmin saatda səfərdədir.',
        },
      },
    ]);
    await until(() =>
      cell(element, 'Tuesday, December 8, 2026, 10:30–10:45 (Baku time), Shahin Guliyev, Room 204: free'),
    );
  });

  it('a request changed meanwhile (412): said, loaded again, and the change then goes with the new revision', async () => {
    const { element, sent } = await desk({ changedMeanwhile: true });
    await choose(element, 'Orxan Babayev');
    await userEvent.click($(element, '[data-action="decline"]')!);
    await userEvent.fill(
      await until(() => $(element, '#reason')),
      'Torpaq məsələləri rayon komitəsinə aiddir.',
    );
    await userEvent.click($(element, '[data-submit="decline"]')!);
    const conflict = await until(() => $(element, '#conflict'));
    expect(text(conflict)).toBe(
      'The request changed while you were looking at it. It has been reloaded: check it and try again.',
    );
    await until(() => deepActiveElement() === conflict);
    await until(() =>
      sent.some(
        (request) => request.method === 'GET' && /\/reception\/requests\/[^/?]+\?/.test(request.path),
      ),
    );
    expect($(element, '#reason')).toBeNull();
    await userEvent.click($(element, '[data-action="decline"]')!);
    await userEvent.fill(
      await until(() => $(element, '#reason')),
      'Torpaq məsələləri rayon komitəsinə aiddir.',
    );
    await userEvent.click($(element, '[data-submit="decline"]')!);
    await until(() => text($(element, '[part~="notice"]')).startsWith('Declined: Orxan Babayev'));
    expect(writes(sent).map((request) => request.ifMatch)).toEqual(['"r1"', '"r2"']);
  });

  it('shows the citizen’s files of the chosen request, and downloads one with the officer’s token', async () => {
    const { element, sent } = await desk();
    await choose(element, 'Leyla Məmmədova');
    const list = await until(() => $(element, '[part~="attachments"]'));
    expect(text(list.previousElementSibling)).toBe('Attachments');
    const button = list.querySelector('button')!;
    expect(text(button)).toMatch(/^Download dam şəkli\.pdf, PDF, 2/);
    const saved: { download: string }[] = [];
    const created = vi.spyOn(URL, 'createObjectURL');
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push({ download: this.download });
    });
    await userEvent.click(button);
    await until(() => saved.length === 1);
    expect(saved[0]).toEqual({ download: 'dam şəkli.pdf' });
    expect(await (created.mock.calls[0]![0] as Blob).text()).toBe(FIXTURE_PDF);
    expect(sent.find((request) => request.path.includes('/attachments/'))?.path).toMatch(
      new RegExp(`^/v1/reception/requests/[^/]+/attachments/${FIXTURE_ATTACHMENT}$`),
    );
    vi.restoreAllMocks();
    // A request without files has no such section.
    await choose(element, 'Orxan Babayev');
    expect($(element, '[part~="attachments"]')).toBeNull();
  });

  it('a free cell with no request chosen says what to do first', async () => {
    const { element, sent } = await desk();
    await grid(element);
    await userEvent.click(cell(element, TUESDAY_10)!);
    await until(() => announced(element) === 'Choose a request above first, then a free time.');
    await userEvent.click(cell(element, 'Tuesday, December 8, 2026, 10:30')!);
    await until(() => announced(element) === 'That time is booked.');
    expect(writes(sent)).toEqual([]);
  });

  it('on a phone, 320 px wide: the page does not scroll sideways, the grid scrolls in its own box and shows the cell in focus', async () => {
    await page.viewport(320, 640);
    const { element } = await desk();
    await grid(element);
    const root = $(element, '.root')!;
    expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth);
    const box = $(element, '[part~="grid-box"]')!;
    const boxRect = box.getBoundingClientRect();
    expect(boxRect.right).toBeLessThanOrEqual(root.getBoundingClientRect().right + 0.5);
    expect(box.scrollWidth).toBeGreaterThan(box.clientWidth);
    for (const control of $$(
      element,
      '.root > .header button, [part~="filter"], [part~="item"], [part~="previous-week"], [part~="next-week"], select',
    ))
      expect(control.getBoundingClientRect().right, control.outerHTML.slice(0, 60)).toBeLessThanOrEqual(
        root.getBoundingClientRect().right + 0.5,
      );
    // Friday is out of view until focus goes there; then it is scrolled in, beside the times column.
    const friday = cell(element, 'Friday, December 11, 2026, 10:00')!;
    expect(friday.getBoundingClientRect().left).toBeGreaterThan(boxRect.right);
    cell(element, TUESDAY_10)!.focus();
    await userEvent.keyboard('{End}');
    expect(deepActiveElement()).toBe(friday);
    await until(() => box.scrollLeft > 0);
    const seen = friday.getBoundingClientRect();
    expect(seen.left).toBeGreaterThanOrEqual(boxRect.left);
    expect(seen.right).toBeLessThanOrEqual(boxRect.right + 0.5);
    const times = $(element, '[part~="grid"] tbody th')!.getBoundingClientRect();
    expect(seen.left).toBeGreaterThanOrEqual(times.right - 0.5);
    // The cells stay big enough to press.
    expect(seen.width).toBeGreaterThanOrEqual(44);
    expect(seen.height).toBeGreaterThanOrEqual(44);
  });
});
