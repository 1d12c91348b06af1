/**
 * <icra-reception> against the real server (test/global-setup.ts): a Guba citizen reads who
 * receives citizens and when, fills the request for a meeting signed out, signs in through the
 * portal's demo popup when sending, and sees it listed as pending; the portal keeps the topic and
 * the description (read back through the API). Then a reception officer schedules a request
 * through the API, and the citizen's "Add to calendar" downloads the meeting's .ics from the
 * portal with the citizen's token.
 */
import type { IcraClient, Schemas } from '@icra/sdk';
import { afterEach, beforeEach, describe, expect, inject, it, vi } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import '../src/index.js';
import { sessionFor } from '../src/core/auth.js';
import { formatBakuTime } from '../src/core/baku-time.js';
import type { IcraReceptionRequestedEvent } from '../src/reception/events.js';
import type { IcraReception } from '../src/reception/reception.js';
import type { IcraSignIn } from '../src/sign-in/sign-in.js';
import { $, $$, cleanup, mount, until } from './helpers.js';
import { capturePopups } from './oauth.js';

const api = inject('apiUrl');
const authorize = `${api}/oauth/authorize?response_type=code&client_id=guba`;
/** A Guba citizen of the demo population register, and Guba's reception officer (seed/staff.ts). */
const CITIZEN = 'Könül Vəliyeva';
const OFFICER = 'Məleykə Əmirova';
capturePopups();

async function reset(): Promise<void> {
  cleanup();
  vi.restoreAllMocks();
  sessionFor(api).signOut();
}
beforeEach(reset);
afterEach(reset);

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Signs in with the sign-in control `control`, as `who`, in the portal's demo popup. */
async function signIn(control: IcraSignIn, who: string): Promise<void> {
  await userEvent.click(await until(() => $(control, '[part~="sign-in"]'), 10_000));
  await commands.popup({ url: authorize, click: who });
  await until(() => sessionFor(api).token, 10_000);
}

/**
 * Signs in as `who` with a sign-in control of its own (then removed), runs `work` with the signed-in
 * client, and signs out (at the portal too, so that the next sign-in may choose another person).
 */
async function as<T>(who: string, work: (client: IcraClient) => Promise<T>): Promise<T> {
  const control = await mount<IcraSignIn>(
    `<icra-sign-in api="${api}" authority="guba" lang="en"></icra-sign-in>`,
  );
  await signIn(control, who);
  try {
    return await work(sessionFor(api).client('en'));
  } finally {
    cleanup();
    sessionFor(api).signOut();
  }
}

describe('<icra-reception> on the real portal', () => {
  it('a citizen fills the request signed out, signs in when sending, and sees it pending; the portal keeps what was written', async () => {
    const widget = await mount<IcraReception>(
      `<icra-reception api="${api}" authority="guba" lang="en"></icra-reception>`,
    );
    const requested: string[] = [];
    widget.addEventListener('icra-reception-requested', (event: IcraReceptionRequestedEvent) =>
      requested.push(event.detail.id),
    );
    // Guba's head receives on Tuesdays 10:00–13:00 in room 204, Baku time (the browser is in New York).
    const head = await until(
      () =>
        $$(widget, '[part~="official"]').find((item) => text(item).includes('Head of the executive power')),
      10_000,
    );
    expect(text(head.querySelector('[part~="hours"]'))).toBe('Tuesdays 10:00–13:00 (Baku time), Room 204');

    const description = `The courtyard of our building floods after every rain (${crypto.randomUUID().slice(0, 8)}).`;
    await userEvent.selectOptions($<HTMLSelectElement>(widget, '#topic')!, 'housing');
    await userEvent.type($(widget, '#description')!, description);
    const official = [...$<HTMLSelectElement>(widget, '#preferredOfficial')!.options].find((option) =>
      option.text.includes('Head of the executive power'),
    )!;
    await userEvent.selectOptions($<HTMLSelectElement>(widget, '#preferredOfficial')!, official.value);
    await userEvent.click($(widget, '#preferredDays-2')!);
    await userEvent.click($(widget, '#preferredDayparts-morning')!);
    await userEvent.click($(widget, '[part~="submit"]')!);

    // Sending signed out opens the portal's sign-in; the request goes once the citizen is in.
    await commands.popup({ url: authorize, click: CITIZEN });
    const done = await until(() => $(widget, '[part~="sent"]'), 10_000);
    expect(text(done)).toContain('Its status: Pending.');
    expect(requested).toHaveLength(1);
    const id = requested[0]!;
    const item = await until(() => $(widget, `[part~="request"][data-id="${id}"]`), 10_000);
    expect(text(item.querySelector('.request-title'))).toBe('Housing and utilities');
    expect(text(item.querySelector('[part~="status"]'))).toBe('Pending');
    expect(text(done)).toContain(text(item.querySelector('.reference')));

    const stored = await sessionFor(api).client('en').getReceptionRequest({ path: { id } });
    expect(stored).toMatchObject({
      authority: 'guba',
      topic: { slug: 'housing', title: 'Housing and utilities' },
      description,
      preferredOfficial: { id: official.value },
      preferredDays: [2],
      preferredDayparts: ['morning'],
      status: 'requested',
      appointment: null,
    });
  });

  it('a meeting a reception officer scheduled shows in Baku time, and "Add to calendar" downloads its .ics', async () => {
    const { head, request } = await as(CITIZEN, async (citizen) => {
      const officials = await citizen.listReceptionOfficials({ query: { authority: 'guba' } });
      const request = await citizen.createReceptionRequest(
        { body: { authority: 'guba', topic: 'land', description: 'About the plot next to our house.' } },
        { idempotencyKey: crypto.randomUUID() },
      );
      return { head: officials.items.find((item) => item.title === 'Head of the executive power')!, request };
    });

    // A reception officer (scope reception:schedule) schedules it into a free slot of the head's hours.
    const owner = {};
    const unwant = sessionFor(api).want(owner, ['reception:schedule']);
    const { slot, scheduled } = await as(OFFICER, async (officer) => {
      const { slots } = await officer.getReceptionAvailability({ query: { official: head.id } });
      const slot: Schemas['ReceptionSlot'] = slots.find((candidate) => candidate.free)!;
      const scheduled = await officer.scheduleReceptionRequest(
        {
          path: { id: request.id },
          body: { official: head.id, room: slot.room.id, startsAt: slot.startsAt, endsAt: slot.endsAt },
        },
        { idempotencyKey: crypto.randomUUID() },
      );
      return { slot, scheduled };
    });
    unwant();
    expect(scheduled.status).toBe('scheduled');

    const widget = await mount<IcraReception>(
      `<icra-reception api="${api}" authority="guba" lang="en"></icra-reception>`,
    );
    await signIn(await until(() => $<IcraSignIn>(widget, 'icra-sign-in'), 10_000), CITIZEN);
    const item = await until(() => $(widget, `[part~="request"][data-id="${request.id}"]`), 10_000);
    expect(text(item.querySelector('[part~="status"]'))).toBe('Scheduled');
    const when = text(item.querySelector('[part~="appointment"] time'));
    // The slot's time of day in Baku (the head receives 10:00–13:00 there), labelled, never New York's.
    expect(when).toContain(`${formatBakuTime(slot.startsAt)}–${formatBakuTime(slot.endsAt)} (Baku time)`);
    expect(when).toMatch(/^Tuesday, /);
    expect(Number(formatBakuTime(slot.startsAt).slice(0, 2))).toBeGreaterThanOrEqual(10);
    expect(text(item.querySelector('[part~="appointment"]'))).toContain(
      `With ${head.name}, Head of the executive power`,
    );

    const created = vi.spyOn(URL, 'createObjectURL');
    const saved: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    await userEvent.click(item.querySelector('[part~="add-to-calendar"]')!);
    await until(() => saved.length === 1, 10_000);
    expect(saved).toEqual([`meeting-${request.reference}.ics`]);
    const ics = await (created.mock.calls[0]![0] as Blob).text();
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics).toContain('METHOD:PUBLISH');
    const uid = /\r\nUID:([^\r\n]+)\r\n/.exec(ics)?.[1];
    expect(uid).toBeTruthy();
    expect(ics).toContain('SEQUENCE:0');
    // The UID is the meeting's for good: the same in a second download.
    const again = await sessionFor(api)
      .client('en')
      .getReceptionAppointmentCalendar({ path: { id: request.id } });
    expect(await again.text()).toContain(`\r\nUID:${uid}\r\n`);
  });
});
