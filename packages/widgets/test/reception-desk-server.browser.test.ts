/**
 * <icra-reception-desk> against the real server (test/global-setup.ts): a Guba citizen asks for two
 * meetings with the head of the executive power through the API (signed in through the portal's
 * demo popup), then Guba's reception officer signs in through the popup in the desk and schedules
 * the first into a free Tuesday slot of the head's hours, with the keyboard — the portal keeps it
 * (read back through the API) — while a second desk on the page, which had chosen that same slot
 * for the second request before, is refused by the portal (409 `slot-taken`), says so and
 * schedules it into one of the nearest free times the portal named instead.
 */
import { createIcraClient, type Schemas } from '@icra/sdk';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import '../src/index.js';
import '../src/reception-desk/define.js';
import { sessionFor } from '../src/core/auth.js';
import { toBakuLocal } from '../src/core/baku-time.js';
import type { IcraReceptionDesk } from '../src/reception-desk/reception-desk.js';
import { addDays, bakuToday, isoWeekday, mondayOf } from '../src/reception-desk/week.js';
import type { IcraSignIn } from '../src/sign-in/sign-in.js';
import { $, $$, cleanup, deepActiveElement, mount, until } from './helpers.js';
import { capturePopups } from './oauth.js';

const api = inject('apiUrl');
const authorize = `${api}/oauth/authorize?response_type=code&client_id=guba`;
/** Guba's reception officer and a Guba citizen no other test file signs in as (src/seed). */
const OFFICER = 'Məleykə Əmirova';
const CITIZEN = 'Murad Cəfərov';
/** Guba's head of the executive power: Tuesdays 10:00–13:00, room 204, 15 minutes a meeting. */
const HEAD = '5ecef000-0000-4000-8000-000000022100';
capturePopups();

function reset(): void {
  cleanup();
  sessionFor(api).signOut();
}
beforeEach(reset);
afterEach(reset);

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function signIn(host: Element, who: string): Promise<void> {
  const control =
    host.localName === 'icra-sign-in'
      ? (host as IcraSignIn)
      : await until(() => $<IcraSignIn>(host, 'icra-sign-in'), 10_000);
  await userEvent.click(await until(() => $(control, '[part~="sign-in"]'), 10_000));
  await commands.popup({ url: authorize, click: who });
  await until(() => sessionFor(api).token, 10_000);
}

/** The citizen asks for two meetings with the head through the API, then signs out. */
async function askTwice(): Promise<[Schemas['ReceptionRequest'], Schemas['ReceptionRequest']]> {
  const control = await mount<IcraSignIn>(
    `<icra-sign-in api="${api}" authority="guba" lang="en"></icra-sign-in>`,
  );
  await signIn(control, CITIZEN);
  const client = sessionFor(api).client('en');
  const ask = (description: string) =>
    client.createReceptionRequest(
      {
        body: {
          authority: 'guba',
          topic: 'infrastructure',
          description,
          preferredOfficial: HEAD,
          preferredDays: [2],
          preferredDayparts: ['morning'],
        },
      },
      { idempotencyKey: crypto.randomUUID() },
    );
  const first = await ask(`The street lights of our lane are out (${Date.now()}).`);
  const second = await ask(`The bridge over the Qudiyalçay needs a railing (${Date.now()}).`);
  reset();
  return [first, second];
}

/** The head's first free Tuesday slot from tomorrow on (a Tuesday may be a public holiday), as the portal lists it. */
async function freeTuesdaySlot(): Promise<Schemas['ReceptionSlot']> {
  const reader = createIcraClient({ baseUrl: api, lang: 'en' });
  const start = mondayOf(addDays(bakuToday(), 1));
  for (let week = 0; week < 10; week++) {
    const from = addDays(start, 7 * week);
    const { slots } = await reader.getReceptionAvailability({
      query: { official: HEAD, from, to: addDays(from, 7) },
    });
    const slot = slots.find(
      (candidate) =>
        candidate.free &&
        isoWeekday(toBakuLocal(candidate.startsAt).slice(0, 10)) === 2 &&
        Date.parse(candidate.startsAt) > Date.now() + 86_400_000,
    );
    if (slot) return slot;
  }
  throw new Error('the head has no free Tuesday slot in ten weeks');
}

/** Chooses the request with this reference in `desk`, then the grid's cell that starts at `startsAt`. */
async function chooseSlot(
  desk: IcraReceptionDesk,
  reference: string,
  startsAt: string,
): Promise<HTMLElement> {
  const open = await until(
    () => $$(desk, '[part~="open"]').find((candidate) => text(candidate).endsWith(reference)),
    10_000,
  );
  await userEvent.click(open);
  const cell = await until(() => $<HTMLElement>(desk, `td[data-starts-at="${startsAt}"]`), 10_000);
  expect(cell.getAttribute('aria-label')).toMatch(/^Tuesday, .*, Shahin Guliyev, Room 204: free$/);
  cell.focus();
  await userEvent.keyboard('{Enter}');
  await until(() => deepActiveElement()?.id === 'slot');
  return cell;
}

describe('<icra-reception-desk> on the real portal', () => {
  it('Guba’s reception officer schedules a citizen’s request into a free Tuesday slot; the same slot is then refused to a second request', async () => {
    const [first, second] = await askTwice();
    expect([first.status, second.status]).toEqual(['requested', 'requested']);
    const slot = await freeTuesdaySlot();
    const week = mondayOf(toBakuLocal(slot.startsAt).slice(0, 10));

    const desk = await mount<IcraReceptionDesk>(
      `<icra-reception-desk api="${api}" authority="guba" lang="en" week="${week}"></icra-reception-desk>`,
    );
    expect(text($(desk, '.intro'))).toContain('Sign in to the portal as a reception officer');
    await signIn(desk, OFFICER);
    // A second desk on the page (the same sign-in) has the second request and the same slot chosen, not yet sent.
    const other = await mount<IcraReceptionDesk>(
      `<icra-reception-desk api="${api}" authority="guba" lang="en" week="${week}"></icra-reception-desk>`,
    );
    await chooseSlot(other, second.reference, slot.startsAt);

    await chooseSlot(desk, first.reference, slot.startsAt);
    expect(text($(desk, '#slot'))).toContain('Shahin Guliyev, Room 204');
    // While the portal has the schedule, the button says so and is busy.
    await commands.holdRequests({
      key: 'schedule',
      url: `/v1/reception/requests/${first.id}/schedule`,
      method: 'POST',
    });
    await userEvent.click($(desk, '[data-submit="schedule"]')!);
    await until(() => text($(desk, '[data-submit="schedule"]')) === 'Scheduling…');
    expect($(desk, '[data-submit="schedule"]')?.getAttribute('aria-disabled')).toBe('true');
    await commands.releaseRequests({ key: 'schedule' });
    await until(
      () =>
        text($(desk, '[part~="notice"]')).startsWith(
          `Scheduled: ${first.citizenName} meets Shahin Guliyev on Tuesday`,
        ),
      10_000,
    );
    expect(text($(desk, '[part~="notice"]'))).toContain('Room 204');
    // The grid was loaded again: the slot is booked now.
    await until(
      () =>
        $(desk, `td[data-starts-at="${slot.startsAt}"]`)?.getAttribute('aria-label')?.endsWith(': booked'),
      10_000,
    );

    // The portal has it, scheduled at that time with the head in room 204.
    const client = sessionFor(api).client('en');
    const scheduled = await client.getReceptionRequest({ path: { id: first.id } });
    expect(scheduled.status).toBe('scheduled');
    expect(scheduled.appointment).toMatchObject({
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
      official: { id: HEAD },
      room: { id: slot.room.id },
      cancelled: false,
    });
    expect(scheduled.revision).toBe(first.revision + 1);

    // The second desk sends the same slot: the portal refuses it, and the desk says so.
    await userEvent.click($(other, '[data-submit="schedule"]')!);
    const refusal = await until(() => $(other, '#conflict'), 10_000);
    expect(text(refusal)).toBe(
      'That time has just been taken by another meeting of the official or in the room. The nearest free times (choose one):',
    );
    expect((await client.getReceptionRequest({ path: { id: second.id } })).status).toBe('requested');
    const nearest = await until(
      () => $$(other, '[part~="nearest-slot"]').length > 0 && $$(other, '[part~="nearest-slot"]'),
    );
    for (const button of nearest)
      expect(text(button)).toMatch(/^\w+day, .+, \d\d:\d\d–\d\d:\d\d \(Baku time\), Room 204$/);
    await userEvent.click(nearest[0]!);
    await until(
      () => text($(other, '[part~="notice"]')).startsWith(`Scheduled: ${second.citizenName}`),
      10_000,
    );
    const moved = await client.getReceptionRequest({ path: { id: second.id } });
    expect(moved.status).toBe('scheduled');
    expect(moved.appointment?.startsAt).not.toBe(slot.startsAt);
    expect(text($(other, '[part~="notice"]'))).toContain(
      `${toBakuLocal(moved.appointment!.startsAt).slice(11, 16)}–`,
    );
  });
});
