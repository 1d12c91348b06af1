import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { $, $$, cleanup, deepActiveElement, mount, until } from '../../test/helpers.js';
import '../index.js';
import { sessionFor } from '../core/auth.js';
import { fixtureToken } from '../sign-in/fixtures.js';
import './define.js';
import { fromBakuLocal, toBakuLocal } from '../core/baku-time.js';
import type { IcraModerationDecisionEvent } from './events.js';
import { createModerationFixture, type ModerationFixtureOptions, seedApplications } from './fixtures.js';
import type { IcraModeration } from './moderation.js';
import { fieldOfPointer } from './poll-form.js';

beforeEach(cleanup);
afterEach(cleanup);

interface Sent {
  method: string;
  path: string;
  key: string | null;
  authorization: string | null;
  body: unknown;
}

async function desk(options: ModerationFixtureOptions = {}, lang = 'en') {
  const sent: Sent[] = [];
  const fixture = createModerationFixture({
    ...options,
    onRequest: (request, body) => {
      const url = new URL(request.url);
      sent.push({
        method: request.method,
        path: url.pathname.replace(/^.*\/v1/, '/v1') + url.search,
        key: request.headers.get('idempotency-key'),
        authorization: request.headers.get('authorization'),
        body,
      });
    },
  });
  const element = await mount<IcraModeration>(
    `<icra-moderation api="${fixture.api}" authority="guba" lang="${lang}"></icra-moderation>`,
    (element) => {
      element.client = fixture.client;
    },
  );
  return { element, sent, fixture };
}

const writes = (sent: Sent[]) => sent.filter((request) => request.method !== 'GET');

/** An answer the test holds back: the fixture answers once the test calls `open()`. */
function gate(): { promise: Promise<void>; open: () => void } {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}

const path = (request: Request) => new URL(request.url).pathname;
const announcement = (element: IcraModeration) => text($(element, '.visually-hidden[role="status"]'));
const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

function listed(element: IcraModeration): string[] {
  return $$(element, '[part~="item"]').map(
    (item) =>
      `${text(item.querySelector('[part~="open"]'))} — ${text(item.querySelector('[part~="direction"]'))} — ${text(item.querySelector('[part~="status"]'))}`,
  );
}

const button = (element: Element, name: string) =>
  $$(element, 'button').find((candidate) => text(candidate) === name);

async function openFirst(element: IcraModeration): Promise<void> {
  await userEvent.click(await until(() => $(element, '[part~="open"]')));
  await until(() => deepActiveElement()?.id === 'view-heading');
}

async function startApprove(element: IcraModeration): Promise<void> {
  await openFirst(element);
  await userEvent.click($(element, '[data-action="approve"]')!);
  await until(() => $(element, '#question-az'));
}

describe('Baku time', () => {
  it('reads and writes datetime-local values at UTC+4, whatever the browser’s zone', () => {
    expect(fromBakuLocal('2026-12-01T09:00')).toBe('2026-12-01T05:00:00.000Z');
    expect(fromBakuLocal('2026-12-01T02:30')).toBe('2026-11-30T22:30:00.000Z');
    expect(toBakuLocal('2026-11-30T22:30:00.000Z')).toBe('2026-12-01T02:30');
    expect(toBakuLocal(Date.UTC(2026, 6, 1, 20, 0))).toBe('2026-07-02T00:00');
    expect(fromBakuLocal('2026-02-31T10:00')).toBeUndefined();
    expect(fromBakuLocal('')).toBeUndefined();
  });

  it('maps the portal’s JSON pointers to the form’s fields', () => {
    expect(fieldOfPointer('/body/question/az')).toBe('question-az');
    expect(fieldOfPointer('/body/options/1/az')).toBe('option-1-az');
    expect(fieldOfPointer('/body/options/3/ru')).toBe('option-3-ru');
    expect(fieldOfPointer('/body/options')).toBe('option-0-az');
    expect(fieldOfPointer('/body/closesAt')).toBe('closes-at');
    expect(fieldOfPointer('/body/resultsVisibility')).toBe('results-live');
    expect(fieldOfPointer('/body/reason')).toBe('reason');
    expect(fieldOfPointer('/query/authority')).toBeUndefined();
  });
});

describe('<icra-moderation>', () => {
  it('signed out: explains and offers the sign-in control, and asks the portal nothing', async () => {
    const { element, sent } = await desk({ session: 'signed-out' });
    await until(() => $(element, 'icra-sign-in'));
    expect(text($(element, '.intro'))).toContain('sign in to the portal as a moderator');
    expect(sent).toEqual([]);
  });

  it('the sign-in control inside names the moderator, through the client the desk is given', async () => {
    const fixture = createModerationFixture();
    const element = await mount<IcraModeration>(
      `<icra-moderation api="${fixture.api}" authority="guba" lang="en"></icra-moderation>`,
      (element) => {
        element.client = fixture.client;
      },
    );
    const control = await until(() => $(element, 'icra-sign-in'));
    await until(() =>
      control.shadowRoot?.querySelector('[part~="who"]')?.textContent?.includes('Nicat Şirinov'),
    );
  });

  it('signed in without the moderator role of this authority (403): says so, and offers nothing', async () => {
    const { element } = await desk({ scenario: 'forbidden' });
    const refusal = await until(() => $(element, '[part~="state"][role="alert"]'));
    expect(text(refusal)).toContain('You are not a moderator of this authority');
    expect($(element, '[part~="new-poll"]')).toBeNull();
    expect($(element, '[part~="list"]')).toBeNull();
  });

  it('lists the applications awaiting a decision with their direction, date and status; the filter shows the others', async () => {
    const { element, sent } = await desk();
    await until(() => listed(element).length === 3);
    expect(listed(element)).toEqual([
      'Qırmızı Qəsəbəyə gedən yolun təmiri — Roads and transport — Awaiting decision',
      'Şəhər parkında uşaq meydançası — Culture and sport — Awaiting decision',
      'Nizami küçəsində su kəsintiləri — Utilities — Awaiting decision',
    ]);
    expect(text($(element, '[part~="item"] .meta'))).toContain('Submitted November 24, 2026');
    expect(sent[0]?.path).toContain('status=submitted');
    const filters = $$(element, '[part~="filter"]');
    expect(filters.map((filter) => [text(filter), filter.getAttribute('aria-pressed')])).toEqual([
      ['Awaiting decision', 'true'],
      ['Approved', 'false'],
      ['Rejected', 'false'],
    ]);
    await userEvent.click(filters[2]!);
    await until(() => listed(element)[0]?.startsWith('Bazar'));
    expect(listed(element)).toEqual(['Bazar günləri kitab yarmarkası — Other — Rejected']);
    expect(filters[2]?.getAttribute('aria-pressed')).toBe('true');
  });

  it('speaks Azerbaijani and Russian: directions, statuses and dates', async () => {
    const az = await desk({}, 'az');
    await until(() => listed(az.element).length === 3);
    expect(listed(az.element)[0]).toBe(
      'Qırmızı Qəsəbəyə gedən yolun təmiri — Yollar və nəqliyyat — Qərar gözləyir',
    );
    expect(text($(az.element, '[part~="item"] .meta'))).toContain('24 noyabr 2026');
    const ru = await desk({}, 'ru');
    await until(() => listed(ru.element).length === 3);
    expect(listed(ru.element)[2]).toBe(
      'Nizami küçəsində su kəsintiləri — Коммунальные услуги — Ожидает решения',
    );
    expect(text($(ru.element, '[part~="title"]'))).toBe('Э-участие: модерация');
  });

  it('loads more with the cursor', async () => {
    const { element, sent } = await desk({ scenario: 'many' });
    await until(() => listed(element).length === 20);
    await userEvent.click($(element, '[part~="load-more"]')!);
    await until(() => listed(element).length === 25);
    expect(sent.at(-1)?.path).toContain('cursor=20');
    expect($(element, '[part~="load-more"]')).toBeNull();
    expect(new Set(listed(element)).size).toBe(25);
  });

  it('an empty queue says so', async () => {
    const { element } = await desk({ scenario: 'empty' });
    const empty = await until(() => $(element, 'p[part~="state"]'));
    expect(text(empty)).toBe('No applications are awaiting a decision.');
  });

  it('while the queue loads: the desk is busy and says so; then the applications, and the live region is cleared', async () => {
    const queue = gate();
    const { element } = await desk({
      hold: (request) => (path(request).endsWith('/applications') ? queue.promise : undefined),
    });
    const root = $(element, '.root')!;
    await until(() => announcement(element) === 'Loading applications…');
    expect(root.getAttribute('aria-busy')).toBe('true');
    expect(text($(element, '[part~="state"]'))).toBe('Loading applications…');
    expect($(element, '[part~="list"]')).toBeNull();
    queue.open();
    await until(() => listed(element).length === 3);
    expect(root.getAttribute('aria-busy')).toBe('false');
    await until(() => announcement(element) === '');
  });

  it('a queue that fails to load says so; "try again" loads it, busy until the portal answers', async () => {
    let lists = 0;
    const retry = gate();
    const { element } = await desk({
      hold: (request) => {
        if (!path(request).endsWith('/applications')) return undefined;
        lists += 1;
        // The first answer never comes: the network fails.
        return lists === 1 ? Promise.reject(new TypeError('Failed to fetch')) : retry.promise;
      },
    });
    const state = await until(() => $(element, '[part~="state"].error'));
    expect(text(state)).toBe('The applications could not be loaded. Try again');
    await until(() => announcement(element) === 'The applications could not be loaded.');
    await userEvent.click(button(element, 'Try again')!);
    await element.updateComplete;
    expect(text($(element, '[part~="state"]'))).toBe('Loading applications…');
    expect($(element, '.root')?.getAttribute('aria-busy')).toBe('true');
    retry.open();
    await until(() => listed(element).length === 3);
  });

  it('uses the client of its <icra-config>', async () => {
    const fixture = createModerationFixture();
    const config = await mount(
      `<icra-config api="${fixture.api}" authority="guba" lang="en"><icra-moderation></icra-moderation></icra-config>`,
      (config) => {
        (config as HTMLElement & { client: unknown }).client = fixture.client;
      },
    );
    const element = config.querySelector<IcraModeration>('icra-moderation')!;
    await until(() => listed(element).length === 3);
  });

  it('an application opened shows the queue’s copy at once, then the portal’s: decided meanwhile, nothing to decide', async () => {
    const current = gate();
    const { element, fixture } = await desk({
      hold: (request) => (/\/applications\/[^/]+$/.test(path(request)) ? current.promise : undefined),
    });
    await until(() => listed(element).length === 3);
    // Another moderator approves the first application after this queue was loaded.
    fixture.applications[0]!.status = 'approved';
    await openFirst(element);
    expect(text($(element, '[part~="application"] [part~="status"]'))).toBe('Awaiting decision');
    expect($(element, '[data-action="approve"]')).not.toBeNull();
    current.open();
    await until(() => text($(element, '[part~="application"] [part~="status"]')) === 'Approved');
    expect($(element, '[data-action="approve"]')).toBeNull();
    expect(deepActiveElement()?.id).toBe('view-heading');
  });

  it('opens an application: its text as plain text (never HTML), and its history', async () => {
    const [first] = seedApplications();
    const hostile = {
      ...first!,
      title: 'Yol <img src=x onerror="window.__hacked=1">',
      text: 'Birinci sətir\n<b>qalın deyil</b><script>window.__hacked=1</script>',
    };
    const { element } = await desk({ applications: [hostile] });
    await openFirst(element);
    const body = $(element, '[part~="text"]')!;
    expect(body.children.length).toBe(0);
    expect(body.textContent).toBe(hostile.text);
    expect(getComputedStyle(body).whiteSpace).toBe('pre-wrap');
    expect($(element, '#view-heading')?.textContent).toBe(hostile.title);
    expect($(element, '[part~="application"] img')).toBeNull();
    expect((window as { __hacked?: number }).__hacked).toBeUndefined();
    const history = $$(element, '[part~="history"] li').map(text);
    expect(history).toEqual(['Awaiting decision November 24, 2026 at 13:00']);
    // Back to the list: focus returns to the application's own button.
    await userEvent.click(button(element, '← Back to the applications')!);
    await until(() => deepActiveElement()?.getAttribute('part') === 'open');
  });

  it('shows a rejected application’s reason in its history', async () => {
    const { element } = await desk();
    await until(() => listed(element).length === 3);
    await userEvent.click($$(element, '[part~="filter"]')[2]!);
    await openFirst(element);
    expect($$(element, '[part~="history"] li').map(text)[1]).toBe(
      'Rejected November 9, 2026 at 13:00 Reason: Bu məsələ kitabxananın səlahiyyətindədir; müraciətinizi ora göndərin.',
    );
    expect($(element, '[data-action="approve"]')).toBeNull();
  });

  it('approving: the form is prefilled; empty options are listed in the error summary that takes focus', async () => {
    const { element, sent } = await desk();
    await startApprove(element);
    expect(($(element, '#question-az') as HTMLInputElement).value).toBe(
      'Qırmızı Qəsəbəyə gedən yolun təmiri',
    );
    expect($$(element, '[part~="option"]').length).toBe(2);
    expect(($(element, '#eligibility-residents') as HTMLInputElement).checked).toBe(true);
    expect(($(element, '#results-after_vote') as HTMLInputElement).checked).toBe(true);
    // Radio groups are fieldsets with a legend.
    expect($$(element, 'fieldset legend').map(text)).toEqual([
      'Answer options',
      'Voting period',
      'Who may vote',
      'When results are shown',
    ]);
    await userEvent.click(button(element, 'Approve and create the poll')!);
    const summary = await until(() => $(element, '#error-summary'));
    expect(deepActiveElement()).toBe(summary);
    expect([...summary.querySelectorAll('a')].map((a) => [a.getAttribute('href'), text(a)])).toEqual([
      ['#option-0-az', 'Enter the text of option 1 in Azerbaijani'],
      ['#option-1-az', 'Enter the text of option 2 in Azerbaijani'],
    ]);
    const option = $(element, '#option-1-az')!;
    expect(option.getAttribute('aria-invalid')).toBe('true');
    expect(option.getAttribute('aria-describedby')).toContain('option-1-az-error');
    expect(text($(element, '#option-1-az-error'))).toBe('Enter the text of option 2 in Azerbaijani');
    await userEvent.click(summary.querySelectorAll('a')[1]!);
    expect(deepActiveElement()?.id).toBe('option-1-az');
    expect(writes(sent)).toEqual([]);
  });

  it('checks that voting closes after it opens', async () => {
    const { element } = await desk();
    await startApprove(element);
    await userEvent.fill($(element, '#option-0-az')!, 'Bəli');
    await userEvent.fill($(element, '#option-1-az')!, 'Xeyr');
    await userEvent.fill($(element, '#opens-at')!, '2026-12-10T10:00');
    await userEvent.fill($(element, '#closes-at')!, '2026-12-01T10:00');
    await userEvent.click(button(element, 'Approve and create the poll')!);
    const summary = await until(() => $(element, '#error-summary'));
    expect(text(summary.querySelector('a'))).toBe('Voting must close after it opens');
    expect($(element, '#closes-at')?.getAttribute('aria-invalid')).toBe('true');
  });

  it('approves into a poll: options added and removed, Baku times, rules; the item leaves the queue', async () => {
    const { element, sent, fixture } = await desk();
    const decisions: IcraModerationDecisionEvent[] = [];
    element.addEventListener('icra-moderation-decision', (event) => decisions.push(event));
    await startApprove(element);
    await userEvent.fill($(element, '#question-az')!, 'Yol hansı ardıcıllıqla təmir olunsun?');
    await userEvent.click($(element, '.translations summary')!);
    await userEvent.fill($(element, '#question-en')!, 'In which order should the road be repaired?');
    await userEvent.fill($(element, '#option-0-az')!, 'Əvvəlcə mərkəz');
    await userEvent.fill($(element, '#option-1-az')!, 'Əvvəlcə kənd');
    await userEvent.click($(element, '[part~="add-option"]')!);
    expect(deepActiveElement()?.id).toBe('option-2-az');
    await userEvent.keyboard('Birlikdə');
    await userEvent.click($(element, '[part~="add-option"]')!);
    await userEvent.fill($(element, '#option-3-az')!, 'Silinəcək');
    await userEvent.click($$(element, '[part~="remove-option"]')[3]!);
    expect($$(element, '[part~="option"]').length).toBe(3);
    await userEvent.fill($(element, '#opens-at')!, '2026-12-01T09:00');
    await userEvent.fill($(element, '#closes-at')!, '2026-12-15T18:00');
    await userEvent.click($(element, '#eligibility-all_citizens')!);
    await userEvent.click($(element, '#results-after_close')!);
    await userEvent.click(button(element, 'Approve and create the poll')!);

    await until(() => listed(element).length === 2);
    const [approve] = writes(sent);
    expect(approve?.path).toBe('/v1/participation/applications/a7f3c1d2-4b5e-4f60-8a9b-000000000001/approve');
    expect(approve?.key).toMatch(/^[\w-]{8,}$/);
    expect(approve?.body).toEqual({
      question: {
        az: 'Yol hansı ardıcıllıqla təmir olunsun?',
        en: 'In which order should the road be repaired?',
      },
      options: [{ az: 'Əvvəlcə mərkəz' }, { az: 'Əvvəlcə kənd' }, { az: 'Birlikdə' }],
      opensAt: '2026-12-01T05:00:00.000Z',
      closesAt: '2026-12-15T14:00:00.000Z',
      eligibility: 'all_citizens',
      resultsVisibility: 'after_close',
    });
    expect(fixture.polls.map((poll) => poll.sourceApplicationId)).toEqual([
      'a7f3c1d2-4b5e-4f60-8a9b-000000000001',
    ]);
    expect(listed(element).some((item) => item.startsWith('Qırmızı'))).toBe(false);
    expect(text($(element, '[part~="notice"]'))).toBe('The application was approved and the poll created.');
    expect($(element, '[part~="notice"]')?.getAttribute('role')).toBe('status');
    expect(deepActiveElement()?.id).toBe('queue-heading');
    expect(decisions.map((event) => event.detail)).toEqual([
      {
        application: 'a7f3c1d2-4b5e-4f60-8a9b-000000000001',
        decision: 'approved',
        poll: fixture.polls[0]?.id,
      },
    ]);
  });

  it('at most 10 options, at least 2', async () => {
    const { element } = await desk();
    await startApprove(element);
    expect($$(element, '[part~="remove-option"]')).toEqual([]);
    for (let i = 2; i < 10; i += 1) await userEvent.click($(element, '[part~="add-option"]')!);
    expect($$(element, '[part~="option"]').length).toBe(10);
    expect($(element, '[part~="add-option"]')).toBeNull();
    expect(text($(element, '[part~="form"]'))).toContain('A poll has at most 10 options.');
  });

  it('shows the portal’s field errors from their JSON pointers, opening a translation’s disclosure', async () => {
    const { element } = await desk({
      fieldErrors: [
        { pointer: '/body/options/1/ru', detail: 'Слишком длинный текст' },
        { pointer: '/body/closesAt', detail: 'closesAt must be after opensAt' },
      ],
    });
    await startApprove(element);
    await userEvent.fill($(element, '#option-0-az')!, 'Bəli');
    await userEvent.fill($(element, '#option-1-az')!, 'Xeyr');
    await userEvent.click(button(element, 'Approve and create the poll')!);
    const summary = await until(() => $(element, '#error-summary'));
    expect(deepActiveElement()).toBe(summary);
    expect([...summary.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      '#option-1-ru',
      '#closes-at',
    ]);
    const details = $(element, '#option-1-ru')!.closest('details')!;
    expect(details.open).toBe(true);
    expect($(element, '#option-1-ru')?.getAttribute('aria-describedby')).toBe('option-1-ru-error');
    await userEvent.click(summary.querySelector('a')!);
    expect(deepActiveElement()?.id).toBe('option-1-ru');
  });

  it('a failed approval tried again reuses its Idempotency-Key, so only one poll is created', async () => {
    // The fixture's client does not retry: the first try fails, the moderator tries again.
    const { element, sent, fixture } = await desk({ failWrites: 1 });
    await startApprove(element);
    await userEvent.fill($(element, '#option-0-az')!, 'Bəli');
    await userEvent.fill($(element, '#option-1-az')!, 'Xeyr');
    await userEvent.click(button(element, 'Approve and create the poll')!);
    const summary = await until(() => $(element, '#error-summary'));
    expect(text(summary)).toContain('Service unavailable');
    expect(deepActiveElement()).toBe(summary);
    await userEvent.click(button(element, 'Approve and create the poll')!);
    await until(() => listed(element).length === 2);
    const keys = writes(sent).map((write) => write.key);
    expect(keys.length).toBe(2);
    expect(new Set(keys).size).toBe(1);
    expect(fixture.polls.length).toBe(1);
  });

  it('while the portal decides: the button says so and is disabled, focus stays, and a second click sends nothing', async () => {
    const decision = gate();
    const { element, sent } = await desk({
      hold: (request) => (request.method === 'POST' ? decision.promise : undefined),
    });
    await startApprove(element);
    await userEvent.fill($(element, '#option-0-az')!, 'Bəli');
    await userEvent.fill($(element, '#option-1-az')!, 'Xeyr');
    const submit = button(element, 'Approve and create the poll')!;
    await userEvent.click(submit);
    await element.updateComplete;
    expect(text(submit)).toBe('Please wait…');
    expect(submit.getAttribute('aria-disabled')).toBe('true');
    expect(deepActiveElement()).toBe(submit);
    // aria-disabled keeps the button focusable and clickable (Playwright would wait for it to enable).
    submit.click();
    await element.updateComplete;
    decision.open();
    await until(() => listed(element).length === 2);
    expect(writes(sent).length).toBe(1);
    expect(text($(element, '[part~="notice"]'))).toBe('The application was approved and the poll created.');
  });

  it('rejects with a reason: required first; then the citizen’s application leaves the queue', async () => {
    const { element, sent, fixture } = await desk({}, 'az');
    await openFirst(element);
    await userEvent.click($(element, '[data-action="reject"]')!);
    await until(() => deepActiveElement()?.id === 'view-heading');
    await userEvent.click(button(element, 'Müraciəti rədd et')!);
    const summary = await until(() => $(element, '#error-summary'));
    expect(text(summary.querySelector('a'))).toBe('Ən azı 3 simvoldan ibarət səbəb yazın');
    expect($(element, '#reason')?.getAttribute('aria-describedby')).toBe('reason-hint reason-error');
    await userEvent.fill($(element, '#reason')!, 'Bu yol respublika əhəmiyyətlidir.');
    await userEvent.click(button(element, 'Müraciəti rədd et')!);
    await until(() => listed(element).length === 2);
    expect(writes(sent)[0]?.body).toEqual({ reason: 'Bu yol respublika əhəmiyyətlidir.' });
    expect(fixture.applications[0]?.status).toBe('rejected');
    expect(text($(element, '[part~="notice"]'))).toBe('Müraciət rədd edildi. Vətəndaşa səbəb bildiriləcək.');
    expect(deepActiveElement()?.id).toBe('queue-heading');
  });

  it('an application another moderator decided meanwhile (409) leaves the queue, and the notice says why', async () => {
    const { element, fixture } = await desk();
    await openFirst(element);
    await userEvent.click($(element, '[data-action="reject"]')!);
    await until(() => $(element, '#reason'));
    // Someone else rejects it while this form is open.
    fixture.applications[0]!.status = 'rejected';
    await userEvent.fill($(element, '#reason')!, 'The road belongs to the national network.');
    await userEvent.click($$(element, '[part~="actions"] button')[0]!);
    await until(() => listed(element).length === 2);
    expect(text($(element, '[part~="notice"]'))).toBe('This application has already been decided.');
    expect(deepActiveElement()?.id).toBe('queue-heading');
  });

  it('cancel goes back to the application, focusing the button that opened the form', async () => {
    const { element } = await desk();
    await openFirst(element);
    await userEvent.click($(element, '[data-action="reject"]')!);
    await until(() => $(element, '#reason'));
    await userEvent.click($$(element, '[part~="actions"] button')[1]!);
    await until(() => deepActiveElement()?.getAttribute('data-action') === 'reject');
  });

  it('creates a poll on a planned project for the authority', async () => {
    const { element, sent } = await desk({}, 'ru');
    const polls: string[] = [];
    element.addEventListener('icra-moderation-poll', (event) => polls.push(event.detail.poll));
    await userEvent.click(await until(() => $(element, '[part~="new-poll"]')));
    await until(() => deepActiveElement()?.id === 'view-heading');
    expect(text($(element, '#view-heading'))).toBe('Новый опрос о планируемом проекте');
    expect(($(element, '#question-az') as HTMLInputElement).value).toBe('');
    await userEvent.fill($(element, '#question-az')!, 'Yeni stadion harada tikilsin?');
    await userEvent.fill($(element, '#option-0-az')!, 'Şimalda');
    await userEvent.fill($(element, '#option-1-az')!, 'Cənubda');
    await userEvent.click(button(element, 'Создать опрос')!);
    await until(() => text($(element, '[part~="notice"]')) === 'Опрос создан.');
    const [create] = writes(sent);
    expect(create?.path).toBe('/v1/participation/polls');
    expect(create?.key).toMatch(/^[\w-]{8,}$/);
    expect((create?.body as { authority?: string } | undefined)?.authority).toBe('guba');
    expect(polls.length).toBe(1);
  });
});

describe('<icra-moderation> attachments', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  const files = (element: IcraModeration) => $$(element, '[part~="attachment"] button').map(text);

  it('lists the open application’s files under a heading, with type and size, names as text', async () => {
    const { element } = await desk();
    await openFirst(element);
    const list = $(element, '[part~="attachments"]')!;
    expect(list.previousElementSibling?.localName).toBe('h4');
    expect(list.previousElementSibling?.textContent).toBe('Attachments');
    expect(files(element)).toEqual([
      'Download yol <i>çuxurlar</i>.jpg, JPEG, 2.3 MB',
      'Download Kənd sakinlərinin imzaları.pdf, PDF, 150 kB',
    ]);
    expect($(element, '[part~="attachments"] i')).toBeNull();
  });

  it('speaks Azerbaijani and Russian', async () => {
    const az = await desk({}, 'az');
    await openFirst(az.element);
    expect(files(az.element)[0]).toBe('Yüklə: yol <i>çuxurlar</i>.jpg, JPEG, 2,3 MB');
    cleanup();
    const ru = await desk({}, 'ru');
    await openFirst(ru.element);
    expect(text($(ru.element, '[part~="attachments"]')?.previousElementSibling)).toBe('Приложенные файлы');
    expect(files(ru.element)[1]).toBe('Скачать Kənd sakinlərinin imzaları.pdf, PDF, 150 кБ');
  });

  it('shows no attachments section for an application without files', async () => {
    const { element } = await desk();
    await until(() => listed(element).length === 3);
    await userEvent.click($$(element, '[part~="open"]')[1]!);
    await until(() => $(element, '[part~="application"]'));
    expect($(element, '[part~="attachments"]')).toBeNull();
    expect($$(element, '[part~="application"] h4').map(text)).toEqual(['Text of the application', 'History']);
  });

  it('downloads with the moderator’s token: busy with focus kept, a temporary link to the object URL, revoked after', async () => {
    const file = gate();
    const { element, sent } = await desk({
      hold: (request) => (path(request).includes('/attachments/') ? file.promise : undefined),
    });
    await openFirst(element);
    const created = vi.spyOn(URL, 'createObjectURL');
    const revoked = vi.spyOn(URL, 'revokeObjectURL');
    const clicks: { href: string; download: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push({ href: this.href, download: this.download });
    });
    const [road] = seedApplications();
    const button = $$<HTMLButtonElement>(element, '[part~="attachment"] button')[0]!;
    await userEvent.click(button);
    await element.updateComplete;
    // The file is held back: the button says it is downloading, and keeps focus.
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(text(button)).toMatch(/^Downloading yol/);
    expect(deepActiveElement()).toBe(button);
    expect(clicks).toEqual([]);
    file.open();
    await until(() => clicks.length === 1);
    const request = sent.find((candidate) => candidate.path.includes('/attachments/'))!;
    expect(request).toMatchObject({
      method: 'GET',
      path: `/v1/participation/applications/${road!.id}/attachments/${road!.attachments[0]!.id}`,
      authorization: `Bearer ${sessionFor(element.api!).token}`,
    });
    const blob = created.mock.calls[0]?.[0] as Blob;
    expect(blob.type).toBe('image/jpeg');
    expect(clicks[0]).toEqual({ href: created.mock.results[0]?.value, download: 'yol <i>çuxurlar</i>.jpg' });
    await vi.waitFor(() => expect(revoked).toHaveBeenCalledWith(created.mock.results[0]?.value));
    await until(() => button.getAttribute('aria-disabled') === 'false');
    expect(text(button)).toMatch(/^Download yol/);
    expect(deepActiveElement()).toBe(button);
  });

  it('says so when a download fails, inline and in the live region', async () => {
    const { element } = await desk({ failAttachments: true });
    await openFirst(element);
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const item = $$(element, '[part~="attachment"]')[1]!;
    await userEvent.click(item.querySelector('button')!);
    await until(() => item.querySelector('.inline-error'));
    expect(text(item.querySelector('.inline-error'))).toBe(
      'Could not download “Kənd sakinlərinin imzaları.pdf”.',
    );
    await until(() => text($(element, '.visually-hidden[role="status"]')).startsWith('Could not download'));
    expect(click).not.toHaveBeenCalled();
  });
});

describe('<icra-moderation> a decision being written, through an expiry and a re-sign-in', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('comes back to the same moderator as typed, never to another', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const { element, fixture } = await desk({ session: 'signed-out' });
    const session = sessionFor(fixture.api);
    const nicat = fixtureToken('official', 'staff:guba-moderator');
    session.accept(nicat, 600);
    await openFirst(element);
    await userEvent.click($(element, '[data-action="reject"]')!);
    await userEvent.fill(await until(() => $(element, '#reason')), 'Bu yol respublika əhəmiyyətlidir.');

    vi.advanceTimersByTime(600_000);
    await until(() => !$(element, '#reason'));
    session.accept(nicat, 600);
    const reason = await until(() => $<HTMLTextAreaElement>(element, '#reason'));
    expect(reason.value).toBe('Bu yol respublika əhəmiyyətlidir.');

    vi.advanceTimersByTime(600_000);
    await until(() => !$(element, '#reason'));
    session.accept(fixtureToken('official', 'staff:guba-other'), 600);
    await until(() => listed(element).length > 0);
    expect($(element, '#reason')).toBeNull();
  });
});
