// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright locators, whose innerText is the rendered text a person reads
// The citizen reception as its people live it on the example site, in real Chromium against the
// built portal: a citizen, reading from Berlin, asks to meet Guba's head of the executive power;
// Guba's reception officer, in Baku, gives the request Tuesday 11:00 in room 204 from the week's
// grid; the citizen sees the time (in Baku time, labelled), the place and the official in the
// cabinet and downloads the meeting for a calendar. A second officer, whose grid still showed that
// time free, tries to give it to another citizen: the portal refuses it, and the database holds one
// meeting at that time.
import { readFile } from 'node:fs/promises';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Stack, startStack } from './support.js';

/** Guba's head of the executive power, and room 204, in the demo data. */
const HEAD = { name: 'Shahin Guliyev', title: 'Head of the executive power' };
const BAKU_OFFSET_MS = 4 * 3600_000;

/** The Baku date (YYYY-MM-DD) of an instant. */
const bakuDate = (ms: number) => new Date(ms + BAKU_OFFSET_MS).toISOString().slice(0, 10);
const addDays = (date: string, n: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay() || 7;
const mondayOf = (date: string) => addDays(date, 1 - weekday(date));

describe('citizen reception on the example site', () => {
  let stack: Stack;
  const problems: string[] = [];

  beforeAll(async () => {
    stack = await startStack();
  }, 120_000);

  afterAll(async () => {
    await stack?.stop();
  });

  async function open(context: BrowserContext, path: string, expected: RegExp[] = []): Promise<Page> {
    const page = await context.newPage();
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      if (!expected.some((pattern) => pattern.test(message.text())))
        problems.push(`console: ${message.text()}`);
    });
    await page.goto(`${stack.site.url}${path}`);
    return page;
  }

  /** Signs in through the portal's popup that pressing `trigger` opens, choosing `who`. */
  async function signIn(page: Page, trigger: Locator, who: string): Promise<void> {
    const [popup] = await Promise.all([page.waitForEvent('popup'), trigger.click()]);
    await popup.waitForURL((url) => url.pathname === '/oauth/authorize');
    const closed = popup.waitForEvent('close', { timeout: 30_000 });
    await popup
      .getByRole('button', { name: new RegExp(who) })
      .click()
      .catch((error: unknown) => {
        if (!popup.isClosed()) throw error;
      });
    await closed;
  }

  /** The first Tuesday from the day after tomorrow on whose 11:00 the head receives (a Tuesday may be a holiday). */
  async function nextTuesdayAtEleven(headId: string): Promise<string> {
    let from = mondayOf(addDays(bakuDate(Date.now()), 2));
    for (let week = 0; week < 8; week++, from = addDays(from, 7)) {
      const response = await fetch(
        `${stack.apiUrl}/v1/reception/availability?official=${headId}&from=${from}&to=${addDays(from, 7)}`,
      );
      const { slots } = (await response.json()) as { slots: { startsAt: string; free: boolean }[] };
      const slot = slots.find(
        (candidate) =>
          candidate.free &&
          Date.parse(candidate.startsAt) > Date.now() + 36 * 3600_000 &&
          weekday(bakuDate(Date.parse(candidate.startsAt))) === 2 &&
          new Date(Date.parse(candidate.startsAt) + BAKU_OFFSET_MS).toISOString().slice(11, 16) === '11:00',
      );
      if (slot) return slot.startsAt;
    }
    throw new Error('the head has no free Tuesday 11:00 in eight weeks');
  }

  /** A citizen asks to meet the head on the reception page (signed out first: sending asks to sign in). */
  async function ask(context: BrowserContext, who: string, description: string) {
    const page = await open(context, '/reception.html?lang=en');
    const widget = page.locator('icra-reception');
    // The officials, with their hours in Baku time (this browser is not in Baku).
    const head = widget.locator('[part~="official"]', { hasText: HEAD.name });
    await expect.poll(() => head.count()).toBe(1);
    expect(await head.locator('[part~="position"]').innerText()).toBe(HEAD.title);
    expect(await head.locator('[part~="hours"]').innerText()).toBe(
      'Tuesdays 10:00–13:00 (Baku time), Room 204',
    );
    // Its portrait, from the portal.
    const photo = head.locator('img[part~="photo"]');
    await expect
      .poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBe(240);
    await widget.getByLabel('Topic').selectOption('infrastructure');
    await widget.getByLabel('What you would like to discuss').fill(description);
    await widget
      .getByLabel('Whom you would rather meet')
      .selectOption({ label: `${HEAD.name}, ${HEAD.title}` });
    await widget.getByRole('checkbox', { name: 'Tuesday' }).check();
    // Signed out: sending opens the portal's sign-in, with what was written kept; once signed in, it is sent.
    await signIn(page, widget.getByRole('button', { name: 'Send the request' }), who);
    const sent = widget.locator('[part~="sent"]');
    await expect.poll(() => sent.count()).toBe(1);
    const reference = await sent.locator('[part~="reference"]').innerText();
    expect(reference).toMatch(/^[2-9A-HJ-NP-Z]{8}$/);
    return { page, widget, reference };
  }

  /** A reception officer's desk, signed in, with the request `reference` chosen and the cell at `startsAt` picked. */
  async function pick(context: BrowserContext, who: string, reference: string, startsAt: string) {
    const page = await open(context, '/reception-desk.html?lang=en', [/409/]);
    const desk = page.locator('icra-reception-desk');
    await signIn(page, desk.getByRole('button', { name: 'Sign in', exact: true }).first(), who);
    const row = desk.locator('[part~="open"]', { hasText: reference });
    await expect.poll(() => row.count()).toBe(1);
    await row.click();
    const cell = desk.locator(`td[data-starts-at="${startsAt}"]`);
    for (let i = 0; i < 8 && (await cell.count()) === 0; i++) {
      await desk.locator('[part~="next-week"]').click();
      await expect.poll(() => desk.locator('td[role="gridcell"]').count()).toBeGreaterThan(0);
    }
    // Named for a screen reader by what it is, in Baku's own time (this browser is in Baku).
    expect(await cell.getAttribute('aria-label')).toMatch(
      /^Tuesday, .+, 11:00–11:15, Shahin Guliyev, Room 204: free$/,
    );
    await cell.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => desk.locator('#slot').innerText()).toContain('Shahin Guliyev, Room 204');
    return { page, desk };
  }

  it('a citizen asks to meet the head; the officer gives Tuesday 11:00 in room 204; the cabinet shows it and gives it to a calendar; a second officer giving the same time to someone else is refused', async () => {
    const officials = (await (
      await fetch(`${stack.apiUrl}/v1/reception/officials?authority=guba&lang=en`)
    ).json()) as {
      items: { id: string; name: string }[];
    };
    const headId = officials.items.find((official) => official.name === HEAD.name)!.id;
    const startsAt = await nextTuesdayAtEleven(headId);

    const citizen = await stack.browser.newContext({ timezoneId: 'Europe/Berlin', acceptDownloads: true });
    const first = await ask(
      citizen,
      'Orxan Babayev',
      'The street lights of our lane have been out for two months.',
    );
    const neighbour = await stack.browser.newContext({ timezoneId: 'Europe/Berlin' });
    const second = await ask(neighbour, 'Səbinə Nəsibova', 'The bridge over the Qudiyalçay needs a railing.');

    // Both officers work in Baku. The second one's grid shows the time free, picked for the other
    // citizen, not yet sent; the first one schedules it.
    const baku = { timezoneId: 'Asia/Baku' };
    const officer = await pick(
      await stack.browser.newContext(baku),
      'Məleykə Əmirova',
      first.reference,
      startsAt,
    );
    const other = await pick(
      await stack.browser.newContext(baku),
      'Günel Abbasova',
      second.reference,
      startsAt,
    );
    await officer.desk.getByRole('button', { name: 'Schedule the meeting' }).click();
    await expect
      .poll(() => officer.desk.locator('[part~="notice"]').innerText())
      .toMatch(/^Scheduled: Babayev Orxan .+ meets Shahin Guliyev on Tuesday, .+ 11:00–11:15, Room 204\.$/);
    await other.desk.getByRole('button', { name: 'Schedule the meeting' }).click();
    await expect
      .poll(() => other.desk.locator('#conflict').innerText())
      .toMatch(/^That time has just been taken/);

    // The citizen's cabinet: the time in Baku time (labelled, the browser is in Berlin), the place
    // and the official; and the meeting as a calendar file.
    const home = first.page;
    await home.goto(`${stack.site.url}/?lang=en`);
    const cabinet = home.locator('icra-cabinet');
    const request = cabinet.locator('[part~="request"]', { hasText: first.reference });
    await expect.poll(() => request.count()).toBe(1);
    const appointment = request.locator('[part~="appointment"]');
    await expect.poll(() => appointment.count()).toBe(1);
    const said = await appointment.innerText();
    expect(said).toMatch(/Tuesday/);
    expect(said).toContain('11:00–11:15');
    expect(said).toContain('Baku time');
    expect(said).toContain('Room 204');
    expect(said).toContain(HEAD.name);
    expect(await appointment.isVisible()).toBe(true);
    const [download] = await Promise.all([
      home.waitForEvent('download'),
      appointment.locator('[part~="add-to-calendar"]').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.ics$/);
    const ics = (await readFile((await download.path())!, 'utf8')).replace(/\r\n /g, '');
    const stamp = startsAt.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain(`DTSTART:${stamp}`);
    expect(ics).toMatch(/LOCATION:[^\r\n]*Room 204/);
    expect(ics).toMatch(/UID:[^\r\n]+/);

    // The portal holds one meeting at that time: the head's, with the first citizen; the other
    // citizen's request still waits for a time.
    const requestsOf = async (page: Page) => {
      const token = await page.evaluate(
        (api) => JSON.parse(sessionStorage.getItem(`icra:session:${api}`) ?? '{}').accessToken as string,
        stack.apiUrl,
      );
      const response = await fetch(`${stack.apiUrl}/v1/me/reception-requests?lang=en`, {
        headers: { Authorization: `Bearer ${token}` },
      });
      expect(response.status).toBe(200);
      return (
        (await response.json()) as { items: { reference: string; status: string; appointment: unknown }[] }
      ).items;
    };
    expect((await requestsOf(home)).find((item) => item.reference === first.reference)).toMatchObject({
      status: 'scheduled',
      appointment: { startsAt, room: { name: 'Room 204' }, official: { name: HEAD.name } },
    });
    expect((await requestsOf(second.page)).find((item) => item.reference === second.reference)).toMatchObject(
      {
        status: 'requested',
        appointment: null,
      },
    );

    for (const context of stack.browser.contexts()) await context.close();
    expect(problems).toEqual([]);
  });
});
