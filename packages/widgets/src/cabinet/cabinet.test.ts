import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { $, $$, announced, cleanup, deepActiveElement, mount, shadow, until } from '../../test/helpers.js';
import '../index.js';
import { sessionFor } from '../core/auth.js';
import { fixtureToken } from '../sign-in/fixtures.js';
import type { IcraSignIn } from '../sign-in/sign-in.js';
import type { IcraCabinet } from './cabinet.js';
import {
  type CabinetFixtureOptions,
  createCabinetFixture,
  FIXTURE_POLL_ID,
  fixtureApplications,
} from './fixtures.js';

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
    await userEvent.click($(element, '[aria-labelledby="notifications-title"] [part~="load-more"]')!);
    await until(() => titles(element).length === 5);
    expect(deepActiveElement()).toBe($$(element, '.notification-title')[3]);
    expect($(element, '[aria-labelledby="notifications-title"] [part~="load-more"]')).toBeNull();
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
    await until(() => $$(error.element, '[part~="retry"]').length === 7);
    expect($(error.element, '.root')?.getAttribute('aria-busy')).toBe('false');
    expect(shadow(error.element).textContent).toContain('Could not load your details.');
    expect(shadow(error.element).textContent).toContain('Could not load the notifications.');
    expect(shadow(error.element).textContent).toContain('Could not load your applications.');
    expect(shadow(error.element).textContent).toContain('Could not load your applications in progress.');
    expect(shadow(error.element).textContent).toContain('Could not load your submitted applications.');
    expect(shadow(error.element).textContent).toContain('Could not load your requests for a meeting.');
    expect(shadow(error.element).textContent).toContain(
      'Could not load whether you have a calendar address.',
    );
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

describe('<icra-cabinet> moved by the page', () => {
  // Frameworks and tab components move elements: disconnected, then connected elsewhere.
  for (const when of ['while it is out of the page', 'once it is back'] as const) {
    it(`shows nothing personal after a sign-out ${when}, and the signed-out intro`, async () => {
      const { element, api } = await cabinet('lang="en"');
      await until(() => profile(element).FIN === '5HK2L7P' && titles(element).length === 5);
      expect(profile(element)['Full name']).toBe('Hüseynova Aysel Rauf qızı');
      await until(() => $(control(element), '[part~="who"]')?.textContent === 'Signed in as Aysel Hüseynova');

      const elsewhere = await mount<HTMLElement>('<div></div>');
      element.remove();
      if (when === 'while it is out of the page') sessionFor(api).signOut();
      elsewhere.append(element);
      if (when === 'once it is back') sessionFor(api).signOut();

      const intro = await until(() => $(element, '[part~="intro"]'));
      expect(intro.textContent).toContain('population registry');
      await until(() => $(control(element), '[part~="sign-in"]'));
      const shown = `${shadow(element).textContent} ${shadow(control(element)).textContent}`;
      for (const personal of ['5HK2L7P', 'Aysel', 'Hüseynova', 'Arablinski']) {
        expect(shown).not.toContain(personal);
      }
      expect($(element, '[part~="profile"]')).toBeNull();
      expect($(element, '[part~="notifications"]')).toBeNull();
      expect($(element, '[part~="applications"]')).toBeNull();
    });
  }
});

/** The applications as shown: heading text (status first), then the details as label → value. */
function applications(element: IcraCabinet): { title: string; details: Record<string, string> }[] {
  return $$(element, '[part~="application"]').map((item) => ({
    title: item.querySelector('.application-title')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
    details: Object.fromEntries(
      [...item.querySelectorAll('.meta dt')].map((dt) => [
        dt.textContent?.trim() ?? '',
        dt.nextElementSibling?.textContent?.trim() ?? '',
      ]),
    ),
  }));
}

const applicationsSection = (element: IcraCabinet) => $(element, '[aria-labelledby="applications-title"]');

describe('<icra-cabinet> applications', () => {
  it('lists a citizen’s applications with status, authority, direction and date, under its own heading', async () => {
    const { element, requests } = await cabinet('lang="en" heading-level="3"');
    await until(() => applications(element).length === 4);
    await until(
      () => applications(element)[0]?.details['Executive authority'] === 'Guba District Executive Power',
    );
    expect($(element, '#applications-title')?.localName).toBe('h4');
    expect($(element, '#applications-title')?.textContent).toBe('My applications');
    expect($(element, '.application-title')?.localName).toBe('h5');
    expect(applications(element).map((item) => item.title)).toEqual([
      'Submitted Nizami küçəsində səkinin təmiri',
      'Approved Xan bağında yeni oturacaqlar',
      'Rejected Həyətdə küçə işıqlandırması',
      'Submitted Uşaqlar üçün idman meydançası',
    ]);
    expect(applications(element)[0]?.details).toEqual({
      'Executive authority': 'Guba District Executive Power',
      Direction: 'Roads and transport',
      'Filed on': 'November 22, 2026',
    });
    expect(applications(element).map((item) => item.details.Direction)).toEqual([
      'Roads and transport',
      'Environment',
      'Utilities',
      'Culture and sport',
    ]);
    expect($$(element, '[part~="status"][part~="rejected"]')).toHaveLength(1);
    const list = requests.find((request) => new URL(request.url).pathname.endsWith('/v1/me/applications'));
    expect(new URL(list!.url).searchParams.get('limit')).toBe('10');
    await until(
      () =>
        announced(element) ===
        'Showing 5 notifications. Showing 4 applications. Showing 2 e-service applications in progress and 1 submitted. 3 requests for a meeting.',
    );
  });

  it('shows the text and the history behind a disclosure, with the reason of a rejection', async () => {
    const { element } = await cabinet('lang="en"');
    await until(() => applications(element).length === 4);
    const rejected = $$(element, '[part~="application"]')[2]!;
    const details = rejected.querySelector('details')!;
    expect(details.open).toBe(false);
    const summary = details.querySelector('summary')!;
    expect(summary.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Text and history: Həyətdə küçə işıqlandırması',
    );
    await userEvent.click(summary);
    expect(details.open).toBe(true);
    expect(details.querySelector('.text')?.textContent).toContain('Fənər dirəkləri');
    const steps = [...details.querySelectorAll('ol > li')].map((li) =>
      li.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(steps).toEqual([
      'Submitted, November 1, 2026',
      `Rejected, November 5, 2026Reason: ${fixtureApplications()[2]!.decisionReason}`,
    ]);
    expect(details.querySelector('time')?.getAttribute('datetime')).toBe('2026-11-01T08:00:00.000Z');
  });

  it('a notification about an application opens that application below (not a link to the API), reading on until it is there', async () => {
    const { element } = await cabinet('lang="en" page-size="2"');
    await until(() => applications(element).length === 2);
    const notification = $$(element, '[part~="notification"]')[1]!;
    expect(notification.querySelector('a')).toBeNull();
    const show = notification.querySelector<HTMLElement>('[part~="show-application"]')!;
    expect(show.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Show the application: Your application is under review',
    );
    await userEvent.click(show);
    const target = await until(() =>
      $(element, '[part~="application"][data-id="3b9e1c70-5d2a-4f8e-9a61-c0d4e5f6a7b3"]'),
    );
    await until(() => target.querySelector('details')?.open);
    expect(deepActiveElement()).toBe(target.querySelector('[tabindex="-1"]'));
  });

  it('says an approved application became a poll, linking to it only with a poll-href that makes an http(s) URL', async () => {
    const plain = await cabinet('lang="en"');
    await until(() => applications(plain.element).length === 4);
    const approved = () => $$(plain.element, '[part~="application"]')[1]!;
    expect(approved().textContent).toContain('A public poll was made of your application.');
    expect($(plain.element, '[part~="poll-link"]')).toBeNull();

    const linked = await cabinet('lang="en" poll-href="/participation.html?from=cabinet#poll={id}"');
    await until(() => $(linked.element, '[part~="poll-link"]'));
    const links = $$<HTMLAnchorElement>(linked.element, '[part~="poll-link"]');
    expect(links).toHaveLength(1);
    expect(links[0]!.href).toBe(`${location.origin}/participation.html?from=cabinet#poll=${FIXTURE_POLL_ID}`);
    expect(links[0]!.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Go to the poll: Xan bağında yeni oturacaqlar',
    );

    plain.element.pollHref = 'javascript:alert({id})';
    await plain.element.updateComplete;
    expect($(plain.element, '[part~="poll-link"]')).toBeNull();
  });

  it('encodes the poll id into poll-href', async () => {
    const applications = fixtureApplications().map((item) =>
      item.pollId ? { ...item, pollId: 'a b/c?d' } : item,
    );
    const { element } = await cabinet('lang="en" poll-href="https://site.example/poll/{id}"', {
      applications,
    });
    const link = await until(() => $<HTMLAnchorElement>(element, '[part~="poll-link"]'));
    expect(link.href).toBe('https://site.example/poll/a%20b%2Fc%3Fd');
  });

  it('renders the citizen’s text as text, never as HTML', async () => {
    const [first] = fixtureApplications();
    const applications = [
      {
        ...first!,
        title: '<img src=x onerror="window.__pwned=1">Yol',
        text: '<script>window.__pwned=1</script><b>qalın</b>',
      },
    ];
    const { element } = await cabinet('lang="en"', { applications });
    await until(() => $(element, '.application-title'));
    const item = $(element, '[part~="application"]')!;
    expect(item.querySelector('img, script, b')).toBeNull();
    expect(item.querySelector('.application-title')?.textContent).toContain('<img src=x');
    expect(item.querySelector('.text')?.textContent).toBe('<script>window.__pwned=1</script><b>qalın</b>');
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('loads more applications and moves focus to the first new one', async () => {
    const { element } = await cabinet('lang="en" page-size="3"');
    await until(() => applications(element).length === 3);
    const more = applicationsSection(element)!.querySelector<HTMLElement>('[part~="load-more"]')!;
    expect(more.textContent?.trim()).toBe('More applications');
    await userEvent.click(more);
    await until(() => applications(element).length === 4);
    expect(deepActiveElement()).toBe($$(element, '.application-title')[3]);
    expect(applicationsSection(element)!.querySelector('[part~="load-more"]')).toBeNull();
    await until(() => announced(element) === '1 more application added');
  });

  it('says when there are none, and offers to try again when they cannot be loaded', async () => {
    const empty = await cabinet('lang="en"', { applications: [] });
    await until(() =>
      applicationsSection(empty.element)?.textContent?.includes('You have not filed any applications.'),
    );
    await until(
      () =>
        announced(empty.element) ===
        'Showing 5 notifications. You have not filed any applications. Showing 2 e-service applications in progress and 1 submitted. 3 requests for a meeting.',
    );

    const failing = await cabinet('lang="en"', { applicationsFail: true });
    await until(() => applicationsSection(failing.element)?.querySelector('[part~="retry"]'));
    expect(applicationsSection(failing.element)?.textContent).toContain('Could not load your applications.');
    expect(titles(failing.element)).toHaveLength(5);
    await until(
      () =>
        announced(failing.element) ===
        'Showing 5 notifications. Could not load your applications. Showing 2 e-service applications in progress and 1 submitted. 3 requests for a meeting.',
    );
    const before = failing.requests.length;
    await userEvent.click(
      applicationsSection(failing.element)!.querySelector<HTMLElement>('[part~="retry"]')!,
    );
    await until(() => failing.requests.length > before);
    expect(new URL(failing.requests.at(-1)!.url).pathname).toMatch(/\/v1\/me\/applications$/);
    await until(() => announced(failing.element) === 'Could not load your applications.');
  });

  it('speaks Azerbaijani and Russian', async () => {
    const az = await cabinet('lang="az"');
    const ru = await cabinet('lang="ru"');
    await until(() => applications(az.element).length === 4 && applications(ru.element).length === 4);
    expect($(az.element, '#applications-title')?.textContent).toBe('Müraciətlərim');
    expect($(ru.element, '#applications-title')?.textContent).toBe('Мои заявки');
    expect(applications(az.element)[2]?.title).toBe('Rədd edilib Həyətdə küçə işıqlandırması');
    expect(applications(ru.element)[1]?.title).toBe('Одобрена Xan bağında yeni oturacaqlar');
    expect(applications(az.element)[0]?.details['İstiqamət']).toBe('Yollar və nəqliyyat');
    expect(applications(ru.element)[0]?.details['Направление']).toBe('Дороги и транспорт');
    expect(applications(az.element)[0]?.details['Göndərilmə tarixi']).toBe('22 noyabr 2026');
    expect(applications(ru.element)[0]?.details['Дата подачи']).toMatch(/^22 ноября 2026/);
  });

  it('is not shown to staff, who file none, and is not asked for', async () => {
    const { element, requests } = await cabinet('lang="en"', { kind: 'official' });
    await until(() => profile(element).Name && titles(element).length === 5);
    expect(applicationsSection(element)).toBeNull();
    expect(requests.some((request) => request.url.includes('/v1/me/applications'))).toBe(false);
  });

  it('drops the applications on sign-out', async () => {
    const { element } = await cabinet('lang="en"');
    await until(() => applications(element).length === 4);
    await userEvent.click(await until(() => $(control(element), '[part~="sign-out"]')));
    await until(() => $(element, '[part~="intro"]'));
    expect(applicationsSection(element)).toBeNull();
    expect(shadow(element).textContent).not.toContain('Nizami');
  });
});

describe('<icra-cabinet> attachments', () => {
  const files = (item: Element) =>
    [...item.querySelectorAll('[part~="attachment"] button')].map((button) =>
      button.textContent?.replace(/\s+/g, ' ').trim(),
    );

  /** Spies on the temporary download link and on the object URLs it points to. */
  function spyDownloads() {
    const created = vi.spyOn(URL, 'createObjectURL');
    const revoked = vi.spyOn(URL, 'revokeObjectURL');
    const clicks: { href: string; download: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push({ href: this.href, download: this.download });
    });
    return { created, revoked, clicks };
  }

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('lists each application’s files under a heading inside its disclosure, with type and size, names as text', async () => {
    const { element } = await cabinet('lang="en" heading-level="3"');
    await until(() => applications(element).length === 4);
    const [first, second, third] = $$(element, '[part~="application"]');
    const heading = first!.querySelector('details .attachments-title')!;
    expect(heading.localName).toBe('h6');
    expect(heading.textContent).toBe('Attachments');
    expect(files(first!)).toEqual([
      'Download səki-şəkil.jpg, JPEG, 1.2 MB',
      'Download Ərizə <b>imzalı</b>.pdf, PDF, 47.5 kB',
    ]);
    expect(first!.querySelector('[part~="attachments"] b')).toBeNull();
    expect(files(third!)).toEqual(['Download işıqlandırma-sxemi.png, PNG, 912 bytes']);
    // No files, no heading.
    expect(second!.querySelector('[part~="attachments"], .attachments-title')).toBeNull();
  });

  it('speaks Azerbaijani and Russian, with their number formats', async () => {
    const az = await cabinet('lang="az"');
    const ru = await cabinet('lang="ru"');
    await until(() => $$(az.element, '[part~="attachment"]').length === 3);
    await until(() => $$(ru.element, '[part~="attachment"]').length === 3);
    expect($(az.element, '.attachments-title')?.textContent).toBe('Əlavə edilmiş fayllar');
    expect(files($(az.element, '[part~="application"]')!)[0]).toBe('Yüklə: səki-şəkil.jpg, JPEG, 1,2 MB');
    expect($(ru.element, '.attachments-title')?.textContent).toBe('Приложенные файлы');
    expect(files($(ru.element, '[part~="application"]')!)[1]).toBe(
      'Скачать Ərizə <b>imzalı</b>.pdf, PDF, 47,5 кБ',
    );
  });

  it('downloads a file with the token: busy while fetching, focus kept, then a temporary link to an object URL that is revoked', async () => {
    // The file's answer waits until the test releases it: the busy state lasts until then.
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const { element, api, requests } = await cabinet('lang="en"', {
      hold: (request) => (request.url.includes('/attachments/') ? held : undefined),
    });
    await until(() => $$(element, '[part~="attachment"]').length === 3);
    const { created, revoked, clicks } = spyDownloads();
    const [application] = fixtureApplications();
    const file = application!.attachments[1]!;
    const button = $$<HTMLButtonElement>(element, '[part~="attachment"] button')[1]!;
    button.closest('details')!.open = true;
    await userEvent.click(button);
    await until(() => requests.some((candidate) => candidate.url.includes('/attachments/')));
    await element.updateComplete;
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(button.textContent?.replace(/\s+/g, ' ').trim()).toMatch(/^Downloading Ərizə/);
    expect(button.disabled).toBe(false);
    expect(deepActiveElement()).toBe(button);
    // Pressed again while it is busy (it keeps focus), it asks for nothing more.
    await userEvent.keyboard('{Enter}');
    await element.updateComplete;
    expect(requests.filter((candidate) => candidate.url.includes('/attachments/'))).toHaveLength(1);
    expect(clicks).toEqual([]);

    release();
    await until(() => clicks.length === 1);
    const request = requests.find((candidate) => candidate.url.includes('/attachments/'))!;
    expect(new URL(request.url).pathname).toMatch(
      new RegExp(`/v1/participation/applications/${application!.id}/attachments/${file.id}$`),
    );
    expect(request.method).toBe('GET');
    expect(request.headers.get('authorization')).toBe(`Bearer ${sessionFor(api).token}`);
    const blob = created.mock.calls[0]?.[0] as Blob;
    expect(blob.type).toBe('application/pdf');
    expect(await blob.text()).toBe('%PDF-1.4\n%%EOF\n');
    expect(clicks[0]).toEqual({ href: created.mock.results[0]?.value, download: 'Ərizə <b>imzalı</b>.pdf' });
    await vi.waitFor(() => expect(revoked).toHaveBeenCalledWith(created.mock.results[0]?.value));
    await until(() => button.getAttribute('aria-disabled') === 'false');
    expect(button.textContent?.replace(/\s+/g, ' ').trim()).toMatch(/^Download Ərizə/);
    expect(deepActiveElement()).toBe(button);
  });

  it('says so when a download fails, inline and in the live region; a retry clears it', async () => {
    const { element } = await cabinet('lang="en"', { attachmentFails: 503 });
    await until(() => $$(element, '[part~="attachment"]').length === 3);
    const { clicks } = spyDownloads();
    const item = $$(element, '[part~="attachment"]')[0]!;
    item.closest('details')!.open = true;
    await userEvent.click(item.querySelector('button')!);
    await until(() => item.querySelector('.inline-error'));
    expect(item.querySelector('.inline-error')?.textContent).toBe('Could not download “səki-şəkil.jpg”.');
    await until(() => announced(element) === 'Could not download “səki-şəkil.jpg”.');
    expect(clicks).toEqual([]);
    expect(item.querySelector('button')?.getAttribute('aria-disabled')).toBe('false');
  });

  it('signs out when the portal refuses the token for the file', async () => {
    const { element, api } = await cabinet('lang="en"', { attachmentFails: 401 });
    await until(() => $$(element, '[part~="attachment"]').length === 3);
    const button = $(element, '[part~="attachment"] button')!;
    button.closest('details')!.open = true;
    await userEvent.click(button);
    await until(() => $(element, '[part~="intro"]'));
    expect(sessionFor(api).state.status).toBe('signed-out');
    expect($(element, '[part~="attachments"]')).toBeNull();
  });
});

describe('<icra-cabinet> e-services', () => {
  const drafts = (element: IcraCabinet) => $$(element, '[part~="service-draft"]');
  const section = (element: IcraCabinet, id: string) => $(element, `section[aria-labelledby="${id}"]`);
  const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

  it('lists drafts with a link to continue on this site, and submitted applications with their reference', async () => {
    const { element } = await cabinet(
      'lang="en" service-href="/service.html?service={service}&draft={draft}"',
    );
    await until(() => drafts(element).length === 2 && $(element, '[part~="service-application"]'));
    const first = drafts(element)[0]!;
    expect(text(first.querySelector('.application-title'))).toBe('Certificate of residence');
    const resume = first.querySelector<HTMLAnchorElement>('[part~="resume"]')!;
    expect(resume.href).toBe(
      new URL(
        '/service.html?service=residence-certificate&draft=3b2f9d0a-6c1e-4e8a-9f7b-1d2c3e4f5a60',
        document.baseURI,
      ).href,
    );
    expect(text(resume)).toBe('Continue: Certificate of residence');
    // The draft of an older form says to check the answers.
    expect(text(drafts(element)[1])).toContain('The service’s form has been updated');
    expect(text(first)).not.toContain('has been updated');
    const application = $(element, '[part~="service-application"]')!;
    expect(text(application.querySelector('.application-title'))).toBe('Received Permission to fell trees');
    expect(text(application.querySelector('.reference'))).toBe('K7M4Q9XA');
    expect(application.querySelector('.reference')?.getBoundingClientRect().width).toBeGreaterThan(0);
    expect(text(section(element, 'service-drafts-title')?.querySelector('h3, h2, h4'))).toBe(
      'Applications in progress',
    );
  });

  it('deletes a draft only after a yes, by keyboard, moving focus to the next one', async () => {
    const { element, requests } = await cabinet('lang="en"');
    await until(() => drafts(element).length === 2);
    // Without `service-href` there is no link to continue, only the deletion.
    expect(drafts(element)[0]!.querySelector('[part~="resume"]')).toBeNull();
    drafts(element)[0]!.querySelector<HTMLElement>('[part~="remove"]')!.focus();
    await userEvent.keyboard('{Enter}');
    const yes = await until(() => drafts(element)[0]!.querySelector<HTMLElement>('[part~="confirm-remove"]'));
    expect(deepActiveElement()).toBe(yes);
    expect(text(drafts(element)[0]!.querySelector('.confirm p'))).toBe(
      'Delete this application in progress and its files?',
    );
    // "Keep it" puts focus back on "Delete" and deletes nothing.
    await userEvent.keyboard('{Tab}{Enter}');
    const remove = await until(() => drafts(element)[0]!.querySelector<HTMLElement>('[part~="remove"]'));
    expect(deepActiveElement()).toBe(remove);
    expect(requests.some((request) => request.method === 'DELETE')).toBe(false);
    await userEvent.keyboard('{Enter}');
    await until(() => drafts(element)[0]!.querySelector('[part~="confirm-remove"]'));
    await userEvent.keyboard('{Enter}');
    await until(() => drafts(element).length === 1);
    const deletion = requests.find((request) => request.method === 'DELETE')!;
    expect(new URL(deletion.url).pathname).toMatch(
      /\/v1\/service-drafts\/3b2f9d0a-6c1e-4e8a-9f7b-1d2c3e4f5a60$/,
    );
    await until(
      () => announced(element) === 'The application in progress for “Certificate of residence” was deleted.',
    );
    expect(deepActiveElement()).toBe(drafts(element)[0]!.querySelector('.application-title'));
  });

  it('says when a deletion fails, and keeps the draft', async () => {
    const { element } = await cabinet('lang="en"', { deleteDraftFails: 503 });
    await until(() => drafts(element).length === 2);
    await userEvent.click(drafts(element)[0]!.querySelector<HTMLElement>('[part~="remove"]')!);
    await userEvent.click(
      await until(() => drafts(element)[0]!.querySelector<HTMLElement>('[part~="confirm-remove"]')),
    );
    await until(() => announced(element) === 'Could not delete the application in progress. Try again.');
    expect(drafts(element)).toHaveLength(2);
    expect(text(drafts(element)[0]!.querySelector('[role="alert"]'))).toBe(
      'Could not delete the application in progress. Try again.',
    );
  });

  it('says when there are none, and offers to try again when drafts cannot be loaded', async () => {
    const empty = await cabinet('lang="en"', { servicesEmpty: true });
    await until(() =>
      text(section(empty.element, 'service-drafts-title')).includes('You have no application in progress.'),
    );
    expect(text(section(empty.element, 'service-applications-title'))).toContain(
      'You have not applied for an e-service.',
    );
    const failing = await cabinet('lang="en"', { draftsFail: true });
    await until(() => section(failing.element, 'service-drafts-title')?.querySelector('[part~="retry"]'));
    expect(text(section(failing.element, 'service-drafts-title'))).toContain(
      'Could not load your applications in progress.',
    );
    expect($$(failing.element, '[part~="service-application"]')).toHaveLength(1);
  });

  it('speaks Azerbaijani and Russian', async () => {
    const az = await cabinet('lang="az"');
    const ru = await cabinet('lang="ru"');
    await until(() => drafts(az.element).length === 2 && drafts(ru.element).length === 2);
    expect(text(az.element.shadowRoot!.querySelector('#service-drafts-title'))).toBe('Yarımçıq müraciətlər');
    expect(text(ru.element.shadowRoot!.querySelector('#service-applications-title'))).toBe(
      'Поданные заявления',
    );
    expect(text(drafts(ru.element)[0]!.querySelector('.application-title'))).toBe(
      'Справка о месте жительства',
    );
    expect(text($(az.element, '[part~="service-application"] .application-title'))).toBe(
      'Qəbul olunub Ağacların kəsilməsinə icazə',
    );
  });

  it('is not shown to staff, and is not asked for', async () => {
    const { element, requests } = await cabinet('lang="en"', { kind: 'official' });
    await until(() => profile(element).Name && titles(element).length === 5);
    expect(section(element, 'service-drafts-title')).toBeNull();
    expect(requests.some((request) => request.url.includes('/v1/me/service-'))).toBe(false);
  });
});

describe('<icra-cabinet> a submitted e-service application, opened', () => {
  const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const item = (element: IcraCabinet) => $(element, '[part~="service-application"]')!;
  const toggle = (element: IcraCabinet) =>
    item(element).querySelector<HTMLButtonElement>('[part~="service-application-details"]')!;
  const region = (element: IcraCabinet) =>
    item(element).querySelector<HTMLElement>('[part~="service-application-region"]')!;
  const ID = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('shows its timeline and what the authority asks for, with the link to answer it on this site', async () => {
    // The application's answer waits until the test releases it: "loading" is shown until then.
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const { element, requests } = await cabinet(
      'lang="en" service-href="/apply/{service}?application={application}"',
      {
        serviceStatus: 'needs_information',
        hold: (request) =>
          new URL(request.url).pathname.endsWith(`/service-applications/${ID}`) ? held : undefined,
      },
    );
    await until(() => item(element));
    const button = toggle(element);
    expect([button.getAttribute('aria-expanded'), region(element).hidden]).toEqual(['false', true]);
    expect(button.getAttribute('aria-controls')).toBe(region(element).id);
    await userEvent.click(button);
    await until(() => text(region(element)) === 'Loading the application…');
    expect(button.getAttribute('aria-expanded')).toBe('true');
    release();
    await until(() => region(element).querySelector('[part~="timeline"]'));
    expect(
      requests.filter((r) => new URL(r.url).pathname.endsWith(ID)).map((r) => new URL(r.url).search),
    ).toEqual(['?lang=en']);
    const request = region(element).querySelector('[part~="information-request"]')!;
    expect(text(request.querySelector('h4'))).toBe('The authority asks for more information');
    expect(text(request.querySelector('.note'))).toBe(
      'Please add a readable scan of both sides of the identity card.',
    );
    expect([...request.querySelectorAll('li')].map(text)).toEqual([
      'Where will you present the certificate?',
      'Identity card',
    ]);
    const link = request.querySelector<HTMLAnchorElement>('[part~="provide-information"]')!;
    expect(new URL(link.href).pathname + new URL(link.href).search).toBe(
      `/apply/tree-felling-permit?application=${ID}`,
    );
    expect(link.getBoundingClientRect().height).toBeGreaterThan(0);
    expect(text(region(element))).toContain('The deadline is paused until you answer.');
    expect([...region(element).querySelectorAll('[part~="timeline-event"]')].map(text)).toEqual([
      'Received November 20, 2026 (you)',
      'In review November 21, 2026 (the authority)',
      'More information needed November 22, 2026 (the authority) Please add a readable scan of both sides of the identity card.',
    ]);
    // Closed again, it shows nothing and asks for nothing more.
    await userEvent.click(button);
    expect([button.getAttribute('aria-expanded'), region(element).hidden]).toEqual(['false', true]);
  });

  it('offers no link to answer when the site has no page for it, and retries a failed load', async () => {
    const { element } = await cabinet('lang="en"', {
      serviceStatus: 'needs_information',
      serviceApplicationFails: 503,
    });
    await until(() => item(element));
    await userEvent.click(toggle(element));
    await until(() => text(region(element)).includes('Could not load the application.'));
    expect(region(element).querySelector('[part~="retry"]')).not.toBeNull();
  });

  it('downloads the result with its verification code, and takes the rating once', async () => {
    const { element, requests } = await cabinet('lang="en"', { serviceStatus: 'completed' });
    await until(() => item(element));
    await userEvent.click(toggle(element));
    const result = await until(() => region(element).querySelector('[part~="result"]'));
    expect(text(result!.querySelector('.reference'))).toBe('K7M4-Q9XA-23BC');
    const clicks: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
    await userEvent.click(result!.querySelector<HTMLButtonElement>('[part~="download-result"]')!);
    await until(() => clicks.length === 1);
    expect(clicks).toEqual(['certificate-K7M4Q9XA.pdf']);
    expect(
      requests.some((r) => new URL(r.url).pathname.endsWith(`/v1/service-applications/${ID}/result`)),
    ).toBe(true);

    // Sent without a score: said at the question, and focus goes to its first choice.
    const form = region(element).querySelector<HTMLFormElement>('[part~="rate"]')!;
    expect(text(form.querySelector('legend'))).toBe('How satisfied are you with this service?');
    await userEvent.click(form.querySelector<HTMLButtonElement>('[part~="send-rating"]')!);
    await until(() => text(form.querySelector('.inline-error')) === 'Choose a rating.');
    expect(deepActiveElement()).toBe(form.querySelector(`#rate-${ID}-1`));
    expect(form.querySelector('fieldset')!.getAttribute('aria-describedby')).toContain(`rate-${ID}-error`);
    await userEvent.click(form.querySelector<HTMLInputElement>(`#rate-${ID}-4`)!);
    await userEvent.type(form.querySelector('textarea')!, 'Quick and clear.');
    await userEvent.click(form.querySelector<HTMLButtonElement>('[part~="send-rating"]')!);
    await until(() => region(element).querySelector('[part~="rating"]'));
    const sent = requests.find((r) => r.method === 'POST' && r.url.endsWith('/rating'))!;
    expect(await sent.clone().json()).toEqual({ score: 4, comment: 'Quick and clear.' });
    expect(text(region(element).querySelector('[part~="rating"]'))).toBe(
      'You rated this service 4 out of 5. Thank you!',
    );
    expect(region(element).querySelector('[part~="rate"]')).toBeNull();
    await until(() => announced(element) === 'You rated this service 4 out of 5. Thank you!');
  });

  it('shows the rating another tab sent first', async () => {
    const { element } = await cabinet('lang="en"', { serviceStatus: 'completed', ratingFails: 409 });
    await until(() => item(element));
    await userEvent.click(toggle(element));
    const form = await until(() => region(element).querySelector<HTMLFormElement>('[part~="rate"]'));
    await userEvent.click(form!.querySelector<HTMLInputElement>(`#rate-${ID}-2`)!);
    await userEvent.click(form!.querySelector<HTMLButtonElement>('[part~="send-rating"]')!);
    await until(
      () =>
        text(region(element).querySelector('[part~="rating"]')) ===
        'You rated this service 5 out of 5. Thank you!',
    );
  });

  it('speaks Azerbaijani and Russian', async () => {
    const az = await cabinet('lang="az"', { serviceStatus: 'completed' });
    const ru = await cabinet('lang="ru"', { serviceStatus: 'completed' });
    await until(() => item(az.element) && item(ru.element));
    expect(text(toggle(az.element))).toBe('Ətraflı: Ağacların kəsilməsinə icazə');
    await userEvent.click(toggle(ru.element));
    await until(() => region(ru.element).querySelector('[part~="rate"]'));
    expect(text(region(ru.element).querySelector('legend'))).toBe('Насколько вы довольны этой услугой?');
    expect(text(region(ru.element).querySelector('[part~="download-result"]'))).toMatch(/^Скачать результат/);
  });
});
