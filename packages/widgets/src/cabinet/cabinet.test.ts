import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { $, $$, announced, cleanup, deepActiveElement, mount, shadow, until } from '../../test/helpers.js';
import '../index.js';
import { sessionFor } from '../core/auth.js';
import { fixtureToken } from '../sign-in/fixtures.js';
import type { IcraSignIn } from '../sign-in/sign-in.js';
import type { IcraCabinet } from './cabinet.js';
import { type CabinetFixtureOptions, createCabinetFixture } from './fixtures.js';

beforeEach(cleanup);
afterEach(cleanup);

async function cabinet(
  attributes = 'lang="en"',
  options: CabinetFixtureOptions = {},
): Promise<{ element: IcraCabinet; api: string; requests: Request[] }> {
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

/** The sign-in control inside the cabinet. */
const control = (element: IcraCabinet) => $<IcraSignIn>(element, 'icra-sign-in')!;

/** The profile as label → value pairs. */
function profile(element: IcraCabinet): Record<string, string> {
  const dl = $(element, '[part~="profile"]');
  if (!dl) return {};
  const terms = [...dl.querySelectorAll('dt')];
  return Object.fromEntries(
    terms.map((dt) => [dt.textContent?.trim() ?? '', dt.nextElementSibling?.textContent?.trim() ?? '']),
  );
}

const titles = (element: IcraCabinet) =>
  $$(element, '.notification-title').map((title) => title.textContent?.replace(/\s+/g, ' ').trim());

describe('<icra-cabinet> signed out', () => {
  it('explains itself and offers sign-in, and asks the portal nothing', async () => {
    const { element, requests } = await cabinet('lang="en"', { session: 'signed-out' });
    await until(() => $(element, '[part~="intro"]'));
    expect($(element, '[part~="title"]')?.textContent).toBe('Personal cabinet');
    expect($(element, '[part~="intro"]')?.textContent).toContain('population registry');
    await until(() => $(control(element), '[part~="sign-in"]'));
    expect($(element, '[part~="profile"]')).toBeNull();
    expect($(element, '[part~="notifications"]')).toBeNull();
    expect(requests).toEqual([]);
  });
});

describe('<icra-cabinet> signed in', () => {
  it('shows the registry profile and the notifications, with the token on every request', async () => {
    const { element, api, requests } = await cabinet('lang="en" page-size="3"');
    await until(() => profile(element)['Full name'] && titles(element).length === 3);
    await until(() => profile(element)['Executive authority'] === 'Guba District Executive Power');
    expect(profile(element)).toEqual({
      'Full name': 'Hüseynova Aysel Rauf qızı',
      FIN: '5HK2L7P',
      'Date of birth': 'March 14, 1990',
      'Registered address': '12 Arablinski Street, apt. 4, Guba',
      'Executive authority': 'Guba District Executive Power',
    });
    expect($(element, '[part~="profile"] time')?.getAttribute('datetime')).toBe('1990-03-14');
    expect(titles(element)).toEqual([
      'Unread Your reception appointment is confirmed',
      'Unread Your application is under review',
      'New poll: the park project',
    ]);
    expect($$(element, '[part~="unread"]')).toHaveLength(2);
    expect($(element, '.count')?.textContent).toBe('2 unread');
    await until(() => $(control(element), '[part~="who"]')?.textContent === 'Signed in as Aysel Hüseynova');
    const token = sessionFor(api).token!;
    expect(requests.length).toBeGreaterThanOrEqual(3);
    for (const request of requests) expect(request.headers.get('authorization')).toBe(`Bearer ${token}`);
  });

  it('formats the birth date and speaks in the widget language', async () => {
    const az = await cabinet('lang="az"');
    const ru = await cabinet('lang="ru"');
    await until(() => profile(az.element)['Doğum tarixi'] && profile(ru.element)['Дата рождения']);
    expect(profile(az.element)['Doğum tarixi']).toBe('14 mart 1990');
    expect(profile(ru.element)['Дата рождения']).toMatch(/^14 марта 1990/);
    expect(profile(ru.element)['Адрес регистрации']).toBe('г. Губа, ул. Араблинского 12, кв. 4');
    expect($(az.element, '.root')?.getAttribute('lang')).toBe('az');
  });

  it('marks a notification read: the mark goes, focus stays on it, and it is said', async () => {
    const { element, requests } = await cabinet('lang="en"');
    await until(() => titles(element).length === 5);
    const button = $$(element, '[part~="mark-read"]')[0]!;
    expect(button.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Mark as read: Your reception appointment is confirmed',
    );
    await userEvent.click(button);
    await until(() => $$(element, '[part~="unread"]').length === 1);
    expect(titles(element)[0]).toBe('Your reception appointment is confirmed');
    expect(deepActiveElement()).toBe($$(element, '.notification-title')[0]);
    await until(() => announced(element) === 'Notification marked as read.');
    expect($(element, '.count')?.textContent).toBe('1 unread');
    const post = requests.find((request) => request.method === 'POST')!;
    expect(new URL(post.url).pathname).toMatch(/\/v1\/me\/notifications\/[^/]+\/read$/);
  });

  it('says so when marking read fails, and keeps the button', async () => {
    const { element } = await cabinet('lang="en"', { markReadFails: true });
    await until(() => titles(element).length === 5);
    await userEvent.click($$(element, '[part~="mark-read"]')[0]!);
    await until(
      () => $(element, '.inline-error')?.textContent === 'Could not mark the notification as read.',
    );
    expect($$(element, '[part~="mark-read"]')).toHaveLength(2);
    await until(() => announced(element) === 'Could not mark the notification as read.');
  });

  it('loads more notifications and moves focus to the first new one', async () => {
    const { element, api } = await cabinet('lang="en" page-size="3"');
    await until(() => titles(element).length === 3);
    await userEvent.click($(element, '[part~="load-more"]')!);
    await until(() => titles(element).length === 5);
    expect(deepActiveElement()).toBe($$(element, '.notification-title')[3]);
    expect($(element, '[part~="load-more"]')).toBeNull();
    await until(() => announced(element) === '2 more notifications added');
    // A link relative to the portal resolves against it; only http(s) links are shown.
    const link = $<HTMLAnchorElement>(element, '.link')!;
    expect(link.href).toBe(`${api}/services/certificates`);
    expect(link.rel).toBe('noopener noreferrer');
  });

  it('shows staff their name, authority and roles', async () => {
    const { element } = await cabinet('lang="en"', { kind: 'official' });
    await until(() => profile(element)['Executive authority'] === 'Guba District Executive Power');
    expect(profile(element)).toEqual({
      Name: 'Elçin Məmmədov',
      'Executive authority': 'Guba District Executive Power',
      Roles: 'editor, moderator',
    });
  });

  it('shows loading, empty and error states, and retries', async () => {
    const loading = await cabinet('lang="en"', { scenario: 'loading' });
    await until(() => $(loading.element, '.skeleton'));
    expect($(loading.element, '.root')?.getAttribute('aria-busy')).toBe('true');

    const empty = await cabinet('lang="en"', { scenario: 'empty' });
    await until(() => $(empty.element, '[part~="state"]')?.textContent?.includes('No notifications.'));

    const error = await cabinet('lang="en"', { scenario: 'error' });
    await until(() => $$(error.element, '[part~="retry"]').length === 2);
    expect($(error.element, '.root')?.getAttribute('aria-busy')).toBe('false');
    expect(shadow(error.element).textContent).toContain('Could not load your details.');
    expect(shadow(error.element).textContent).toContain('Could not load the notifications.');
    const before = error.requests.length;
    await userEvent.click($$(error.element, '[part~="retry"]')[1]!);
    await until(() => error.requests.length > before);
  });
});

describe('<icra-cabinet> signing out', () => {
  it('drops the personal data when the reader signs out in the cabinet', async () => {
    const { element } = await cabinet('lang="en"');
    await until(() => profile(element).FIN === '5HK2L7P' && titles(element).length === 5);
    await userEvent.click(await until(() => $(control(element), '[part~="sign-out"]')));
    await until(() => $(element, '[part~="intro"]'));
    expect($(element, '[part~="profile"]')).toBeNull();
    expect($(element, '[part~="notifications"]')).toBeNull();
    expect(shadow(element).textContent).not.toContain('5HK2L7P');
    expect(shadow(control(element)).textContent).not.toContain('Aysel');
    expect(deepActiveElement()).toBe($(control(element), '[part~="sign-in"]'));
  });

  it('signs out when the portal refuses the token', async () => {
    const { element, api } = await cabinet('lang="en"', { tokenRejected: true });
    await until(() => $(element, '[part~="intro"]'));
    expect(sessionFor(api).state.status).toBe('signed-out');
    expect($(element, '[part~="profile"]')).toBeNull();
  });

  it('clears when another widget signs out, and when the token expires', async () => {
    const { element, api } = await cabinet('lang="en"');
    const other = await mount<IcraSignIn>(
      `<icra-sign-in api="${api}" authority="guba" lang="en"></icra-sign-in>`,
    );
    await until(() => profile(element).FIN && $(other, '[part~="sign-out"]'));
    await userEvent.click($(other, '[part~="sign-out"]')!);
    await until(() => $(element, '[part~="intro"]'));

    sessionFor(api).accept(fixtureToken('citizen'), 0.5);
    await until(() => profile(element).FIN);
    await until(() => $(element, '[part~="intro"]'), 3000);
    expect(shadow(element).textContent).not.toContain('5HK2L7P');
    await until(
      () =>
        $(control(element), '[part~="message"]')?.textContent === 'Your session has ended. Sign in again.',
    );
  });
});
