import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { $, $$, announced, cleanup, deepActiveElement, mount, until } from '../../test/helpers.js';
import '../index.js';
import { sessionFor } from '../core/auth.js';
import { FIXTURE_SCHEDULED_ID } from '../reception/fixtures.js';
import type { IcraCabinet } from './cabinet.js';
import { type CabinetFixtureOptions, createCabinetFixture } from './fixtures.js';

beforeEach(cleanup);
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

async function cabinet(attributes = 'lang="en"', options: CabinetFixtureOptions = {}) {
  const requests: Request[] = [];
  const { api, client } = createCabinetFixture({
    ...options,
    onRequest: (request) => requests.push(request),
  });
  const element = await mount<IcraCabinet>(
    `<icra-cabinet api="${api}" authority="guba" ${attributes}></icra-cabinet>`,
    (element) => {
      element.client = client;
    },
  );
  return { element, api, requests };
}

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const section = (element: Element, id: string) => $(element, `section[aria-labelledby="${id}"]`)!;
const requestsOf = (element: Element) => $$(element, '[part~="reception-requests"] [part~="request"]');
const feedOf = (element: Element) => section(element, 'calendar-feed-title');
const calls = (requests: Request[], method: string) =>
  requests.filter((request) => request.method === method && request.url.includes('/v1/me/calendar-feed'));

describe('<icra-cabinet>: the citizen reception', () => {
  it('lists the requests for a meeting with their status and the appointment in Baku time', async () => {
    const { element } = await cabinet('lang="en" heading-level="3"');
    await until(() => requestsOf(element).length === 3);
    expect(text($(element, '#reception-requests-title'))).toBe('Your reception requests');
    expect($(element, '#reception-requests-title')?.localName).toBe('h4');
    const [scheduled, pending, declined] = requestsOf(element);
    expect(text(scheduled!.querySelector('.application-title'))).toBe('Housing and utilities');
    expect(scheduled!.querySelector('.application-title')?.localName).toBe('h5');
    expect(text(scheduled!.querySelector('[part~="status"]'))).toBe('Scheduled');
    expect(text(scheduled!.querySelector('[part~="appointment"] time'))).toBe(
      'Tuesday, December 8, 2026, 11:00–11:30 (Baku time)',
    );
    expect(text(scheduled!.querySelector('[part~="appointment"]'))).toContain(
      'With Shahin Guliyev, Head of the executive power',
    );
    expect(text(pending!.querySelector('[part~="status"]'))).toBe('Pending');
    expect(text(declined!.querySelector('[part~="reason"]'))).toBe(
      'Reason: This is a matter for the market’s administration: please contact them.',
    );
  });

  it('downloads the appointment’s .ics with the citizen’s token, the same way as the reception widget', async () => {
    const { element, api, requests } = await cabinet();
    await until(() => requestsOf(element).length === 3);
    const button = requestsOf(element)[0]!.querySelector<HTMLButtonElement>('[part~="add-to-calendar"]')!;
    const created = vi.spyOn(URL, 'createObjectURL');
    const clicks: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
    await userEvent.click(button);
    await until(() => clicks.length === 1);
    expect(clicks).toEqual(['meeting-R7K4M2QX.ics']);
    const ics = requests.find((request) => request.url.endsWith('/appointment.ics'))!;
    expect(new URL(ics.url).pathname).toContain(
      `/v1/reception/requests/${FIXTURE_SCHEDULED_ID}/appointment.ics`,
    );
    expect(ics.headers.get('authorization')).toBe(`Bearer ${sessionFor(api).token}`);
    const blob = created.mock.calls[0]![0] as Blob;
    expect(await blob.text()).toContain('BEGIN:VCALENDAR');
  });

  it('empty, and an error with retry', async () => {
    const none = await cabinet('lang="en"', { reception: { mine: 'empty' } });
    await until(() =>
      text(section(none.element, 'reception-requests-title')?.querySelector('[part~="state"]')),
    );
    expect(text(section(none.element, 'reception-requests-title').querySelector('[part~="state"]'))).toBe(
      'You have not asked for a meeting.',
    );
    cleanup();
    const failing = await cabinet('lang="en"', { reception: { mine: 'error' } });
    const retry = await until(() =>
      section(failing.element, 'reception-requests-title')?.querySelector<HTMLElement>('[part~="retry"]'),
    );
    expect(text(section(failing.element, 'reception-requests-title'))).toContain(
      'Could not load your requests for a meeting.',
    );
    const asked = () => failing.requests.filter((r) => r.url.includes('/v1/me/reception-requests')).length;
    const before = asked();
    await userEvent.click(retry);
    await until(() => asked() > before);
  });

  it('a staff member sees no reception section', async () => {
    const { element } = await cabinet('lang="en"', { kind: 'official' });
    await until(() => $(element, '[part~="profile"]'));
    expect($(element, '#reception-requests-title')).toBeNull();
    expect($(element, '#calendar-feed-title')).toBeNull();
  });
});

describe('<icra-cabinet>: the private calendar feed', () => {
  it('explains it, makes it, shows the address read-only with Copy, and stops it', async () => {
    const { element, requests } = await cabinet();
    const create = await until(() => feedOf(element)?.querySelector<HTMLElement>('[part~="create-feed"]'));
    expect(text(feedOf(element).querySelector('.intro'))).toBe(
      'Subscribe to this address in your calendar app: your appointments show there and stay up to date. Anyone with this address sees your appointments, so keep it to yourself.',
    );
    expect(text(feedOf(element).querySelector('[part~="feed"]'))).toContain(
      'You have no calendar address yet.',
    );
    await userEvent.click(create);
    const field = await until(() => $<HTMLInputElement>(element, '#calendar-feed-url'));
    expect(calls(requests, 'POST')).toHaveLength(1);
    expect(field.readOnly).toBe(true);
    expect(field.value).toMatch(/^https:\/\/portal\.example\.invalid\/v1\/calendar-feeds\/fixture-1-/);
    expect(text($(element, 'label[for="calendar-feed-url"]'))).toBe('Your calendar’s address');
    expect(deepActiveElement()).toBe(field);
    await until(() => announced(element) === 'Your calendar address was created.');

    const written: string[] = [];
    vi.spyOn(navigator.clipboard, 'writeText').mockImplementation(async (value) => {
      written.push(value);
    });
    await userEvent.click($(element, '[part~="copy-feed"]')!);
    await until(() => text($(element, '[part~="copied"]')) === 'Address copied.');
    expect(written).toEqual([field.value]);

    await userEvent.click($(element, '[part~="stop-feed"]')!);
    await until(() => !$(element, '#calendar-feed-url'));
    expect(calls(requests, 'DELETE')).toHaveLength(1);
    expect(text(feedOf(element).querySelector('[part~="feed"]'))).toContain(
      'You have no calendar address yet.',
    );
    expect(deepActiveElement()).toBe($(element, '[part~="create-feed"]'));
    await until(() => announced(element) === 'The calendar address was stopped: it no longer works.');
  });

  it('a feed made before: says since when, makes a new address (the old one stops) or stops it', async () => {
    const { element, requests } = await cabinet('lang="en"', { reception: { feed: true } });
    const feed = await until(() => feedOf(element)?.querySelector('[part~="feed"]'));
    expect(text(feed)).toContain('You have had a calendar address since November 29, 2026.');
    expect($(element, '#calendar-feed-url')).toBeNull();
    expect(text($(element, '[part~="create-feed"]'))).toBe('Make a new address');
    await userEvent.click($(element, '[part~="create-feed"]')!);
    await until(() => $(element, '#calendar-feed-url'));
    expect(calls(requests, 'GET')).toHaveLength(1);
    expect(calls(requests, 'POST')).toHaveLength(1);
  });

  it('when copying is refused, selects the address and says to copy it by hand', async () => {
    const { element } = await cabinet();
    await userEvent.click(await until(() => $(element, '[part~="create-feed"]')));
    const field = await until(() => $<HTMLInputElement>(element, '#calendar-feed-url'));
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(
      new DOMException('denied', 'NotAllowedError'),
    );
    await userEvent.click($(element, '[part~="copy-feed"]')!);
    await until(() => text($(element, '[part~="copied"]')).startsWith('Could not copy it'));
    expect(field.selectionStart).toBe(0);
    expect(field.selectionEnd).toBe(field.value.length);
  });

  it('says in Azerbaijani and Russian what the feed is', async () => {
    const az = await cabinet('lang="az"');
    const ru = await cabinet('lang="ru"');
    await until(() => feedOf(az.element)?.querySelector('[part~="create-feed"]'));
    await until(() => feedOf(ru.element)?.querySelector('[part~="create-feed"]'));
    expect(text(feedOf(az.element).querySelector('.intro'))).toContain(
      'Bu ünvanı bilən hər kəs görüşlərinizi görür',
    );
    expect(text(feedOf(az.element).querySelector('[part~="create-feed"]'))).toBe('Təqvim ünvanı yaradın');
    expect(text(feedOf(ru.element).querySelector('.intro'))).toContain(
      'Любой, у кого есть этот адрес, видит ваши приёмы',
    );
    expect(text(feedOf(ru.element).querySelector('[part~="create-feed"]'))).toBe('Создать адрес календаря');
    expect(text(requestsOf(ru.element)[0]?.querySelector('[part~="status"]'))).toBe('Приём назначен');
  });

  it('an error loading the feed offers to try again', async () => {
    const { element } = await cabinet('lang="en"', { reception: { feedFails: 503 } });
    const retry = await until(() => feedOf(element)?.querySelector('[part~="retry"]'));
    expect(text(feedOf(element))).toContain('Could not load whether you have a calendar address.');
    expect(retry).not.toBeNull();
  });
});
