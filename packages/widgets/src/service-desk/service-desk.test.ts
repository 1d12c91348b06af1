import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { $, $$, cleanup, deepActiveElement, mount, until } from '../../test/helpers.js';
import '../index.js';
import './define.js';
import type { IcraServiceDeskActionEvent } from './events.js';
import { createServiceDeskFixture, type ServiceDeskFixtureOptions } from './fixtures.js';
import { fieldOfPointer, type IcraServiceDesk } from './service-desk.js';

beforeEach(cleanup);
afterEach(cleanup);

interface Sent {
  method: string;
  path: string;
  ifMatch: string | null;
  body: unknown;
}

async function desk(options: ServiceDeskFixtureOptions = {}, lang = 'en') {
  const sent: Sent[] = [];
  const fixture = createServiceDeskFixture({
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
  const element = await mount<IcraServiceDesk>(
    `<icra-service-desk api="${fixture.api}" authority="guba" lang="${lang}"></icra-service-desk>`,
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
const rows = (element: IcraServiceDesk) =>
  $$(element, '[part~="item"]').map((item) => text(item.querySelector('[part~="open"]')));
const queries = (sent: Sent[]) =>
  sent.filter((request) => request.path.includes('/authorities/guba/service-applications'));
const writes = (sent: Sent[]) => sent.filter((request) => request.method !== 'GET');

async function openRow(element: IcraServiceDesk, reference: string): Promise<void> {
  await until(() => rows(element).length > 0);
  const open = $$(element, '[part~="open"]').find((button) => text(button).startsWith(reference));
  await userEvent.click(open!);
  await until(() => deepActiveElement()?.id === 'view-heading' && $(element, '[part~="application"]'));
}

const REF = {
  new: 'K7M4HDXB',
  review: 'K7M4QGXC',
  resubmitted: 'K7M4XKXD',
  approved: 'K7M46NXE',
  overdue: 'K7M4DRXF',
};

describe('<icra-service-desk>', () => {
  it('maps the portal’s pointers to the action forms’ fields', () => {
    expect(fieldOfPointer('/body/comment')).toBe('comment');
    expect(fieldOfPointer('/body/answers')).toBe('reopen');
    expect(fieldOfPointer('/body/documents/1')).toBe('reopen');
    expect(fieldOfPointer('/body/reason')).toBe('reason');
    expect(fieldOfPointer('/query/filename')).toBe('pdf');
    expect(fieldOfPointer('/path/id')).toBeUndefined();
  });

  it('signed out: explains, and asks the portal nothing', async () => {
    const { element, sent } = await desk({ session: 'signed-out' });
    await until(() => $(element, 'icra-sign-in'));
    expect(text($(element, '.intro'))).toContain('sign in to the portal as a service officer');
    expect(sent).toEqual([]);
  });

  it('not a service officer of the authority (403): says so', async () => {
    const { element } = await desk({ scenario: 'forbidden' });
    const refusal = await until(() => $(element, '[part~="state"][role="alert"]'));
    expect(text(refusal)).toContain('You are not a service officer of this authority');
    expect($(element, '[part~="list"]')).toBeNull();
  });

  it('lists the queue with status, due date and overdue flag; each filter asks the portal for it', async () => {
    const { element, sent } = await desk();
    await until(() => rows(element).length === 6);
    expect(queries(sent)[0]?.path).toBe('/v1/authorities/guba/service-applications?limit=20&lang=en');
    const overdue = $$(element, '[part~="item"]').find((item) => text(item).includes(REF.overdue))!;
    expect(text(overdue)).toBe(
      `${REF.overdue} · Torpaq sahəsi haqqında arayış New Overdue Submitted November 2, 2026 · Due November 16, 2026`,
    );

    await userEvent.selectOptions(
      await until(
        () =>
          $<HTMLSelectElement>(element, '#filter-service option[value="land-plot-reference"]') &&
          $<HTMLSelectElement>(element, '#filter-service'),
      ),
      'land-plot-reference',
    );
    await until(() => rows(element).length === 1);
    expect(queries(sent).at(-1)?.path).toContain('service=land-plot-reference');
    expect(rows(element)).toEqual([`${REF.overdue} · Torpaq sahəsi haqqında arayış`]);
    await userEvent.selectOptions($<HTMLSelectElement>(element, '#filter-service')!, '');

    await userEvent.selectOptions($<HTMLSelectElement>(element, '#filter-status')!, 'in_review');
    await until(() => rows(element).length === 2);
    expect(queries(sent).at(-1)?.path).toBe(
      '/v1/authorities/guba/service-applications?limit=20&lang=en&status=in_review',
    );
    await userEvent.selectOptions($<HTMLSelectElement>(element, '#filter-status')!, '');

    await userEvent.click($(element, '#filter-mine')!);
    await until(() => rows(element).length === 3);
    expect(queries(sent).at(-1)?.path).toContain('assigned=me');
    expect(rows(element).map((row) => row.slice(0, 8))).toEqual([REF.review, REF.resubmitted, REF.approved]);

    await userEvent.click($(element, '#filter-mine')!);
    await userEvent.click($(element, '#filter-overdue')!);
    await until(() => rows(element).length === 1);
    expect(queries(sent).at(-1)?.path).toBe(
      '/v1/authorities/guba/service-applications?limit=20&lang=en&overdue=true',
    );
  });

  it('while the queue loads: a skeleton, busy, and said; then the rows', async () => {
    const held = gate();
    const { element } = await desk({
      hold: (request) => (request.url.includes('/service-applications?') ? held.promise : undefined),
    });
    await until(() => $(element, '.skeleton'));
    expect($(element, '.root')?.getAttribute('aria-busy')).toBe('true');
    await until(() => text($(element, '.visually-hidden[role="status"]')) === 'Loading applications…');
    expect($(element, '[part~="list"]')).toBeNull();
    held.open();
    await until(() => rows(element).length === 6);
    expect($(element, '.skeleton')).toBeNull();
    expect($(element, '.root')?.getAttribute('aria-busy')).toBe('false');
  });

  it('an empty queue says so; a failed one offers to try again', async () => {
    const empty = await desk({ scenario: 'empty' });
    expect(text(await until(() => $(empty.element, 'p[part~="state"]')))).toBe(
      'No applications match these filters.',
    );
    const failed = await desk({ scenario: 'error' });
    const state = await until(() => $(failed.element, '[part~="state"].error'));
    expect(text(state)).toBe('The applications could not be loaded. Try again');
    await userEvent.click(state.querySelector('button')!);
    await until(() => queries(failed.sent).length === 2);
  });

  it('loads more with the cursor, and focus moves to the first new row', async () => {
    const { element, sent } = await desk({ scenario: 'many' });
    await until(() => rows(element).length === 20);
    await userEvent.click($(element, '[part~="load-more"]')!);
    await until(() => rows(element).length === 25);
    expect(queries(sent).at(-1)?.path).toContain('cursor=20');
    expect($(element, '[part~="load-more"]')).toBeNull();
    await until(() => deepActiveElement() === $$(element, '[part~="open"]')[20]);
  });

  it('opens an application: focus on its heading; answers labelled, the registry’s marked, documents, due date, history', async () => {
    const { element } = await desk();
    await openRow(element, REF.review);
    expect(text($(element, '#view-heading'))).toBe(`Yaşayış yeri haqqında arayış · ${REF.review}`);
    const answers = $$(element, '[part~="answers"] > div').map((row) => text(row));
    expect(answers).toEqual([
      'Soyadı, adı, atasının adı From the population registry Məmmədova Leyla Əli qızı',
      'Qeydiyyat ünvanı From the population registry Quba şəhəri, Heydər Əliyev prospekti 12, mənzil 4',
      'Telefon nömrəsi +994 50 123 45 67',
      'Arayış harada təqdim ediləcək Banka',
      'Təcilidir No',
    ]);
    expect($$(element, '[part~="attachment"] button').map((button) => text(button))).toEqual([
      'Download vəsiqə.pdf, PDF, 240 kB',
      'Download kommunal qəbz.pdf, PDF, 96 kB',
    ]);
    expect(text($(element, '[part~="due"]'))).toBe('November 29, 2026');
    expect($$(element, '[part~="history"] li').map((item) => text(item))).toEqual([
      'New November 22, 2026 at 13:00 · Citizen',
      'In review November 23, 2026 at 13:00 · Officer',
    ]);
    expect($$(element, '[part~="actions"] button').map((button) => text(button))).toEqual([
      'Ask for information',
      'Approve',
      'Reject',
    ]);
  });

  it('take: sent with the revision; the actions become those of the application in review, and it is said', async () => {
    const { element, sent } = await desk();
    const events: IcraServiceDeskActionEvent[] = [];
    element.addEventListener('icra-service-desk-action', (event) => events.push(event));
    await openRow(element, REF.new);
    expect($$(element, '[part~="actions"] button').map((button) => text(button))).toEqual([
      'Take for review',
    ]);
    await userEvent.click($(element, '[data-action="take"]')!);
    await until(() => $(element, '[data-action="approve"]'));
    expect(writes(sent)).toEqual([
      expect.objectContaining({
        method: 'POST',
        ifMatch: '"r1"',
        path: expect.stringMatching(/\/take\?lang=en$/),
      }),
    ]);
    expect($$(element, '[part~="actions"] button').map((button) => text(button))).toEqual([
      'Ask for information',
      'Approve',
      'Reject',
    ]);
    expect(text($(element, '[part~="notice"]'))).toBe('The application is now with you. Status: In review.');
    expect(text($(element, '[part~="application"] [part~="status"]'))).toBe('In review');
    expect(events.map((event) => event.detail.action)).toEqual(['take']);
    expect(deepActiveElement()?.id).toBe('view-heading');
  });

  it('request-information sends exactly the ticked answers and documents, and the comment', async () => {
    const { element, sent, fixture } = await desk();
    await openRow(element, REF.review);
    await userEvent.click($(element, '[data-action="request-information"]')!);
    await until(() => deepActiveElement()?.id === 'action-heading');
    // Registry and file fields are not answers to reopen; file fields are documents.
    expect(
      $$(element, '#reopen input[name="answers"]').map((input) => (input as HTMLInputElement).value),
    ).toEqual(['phone', 'purpose', 'urgent']);
    await userEvent.click($(element, 'input[value="purpose"]')!);
    await userEvent.click($(element, 'input[value="phone"]')!);
    await userEvent.click($(element, 'input[value="urgent"]')!);
    await userEvent.click($(element, 'input[value="urgent"]')!);
    await userEvent.click($(element, 'input[value="proof-of-address"]')!);
    await userEvent.fill($(element, '#comment')!, 'Telefon nömrəsi işləmir.');
    await userEvent.click($(element, '[part~="form"] button[type="submit"]')!);
    await until(() => text($(element, '[part~="notice"]')));
    expect(writes(sent).map(({ body, ifMatch }) => ({ body, ifMatch }))).toEqual([
      {
        ifMatch: '"r2"',
        body: {
          comment: 'Telefon nömrəsi işləmir.',
          answers: ['phone', 'purpose'],
          documents: ['proof-of-address'],
        },
      },
    ]);
    expect(fixture.applications[1]?.status).toBe('needs_information');
    expect(text($(element, '[part~="notice"]'))).toBe(
      'Information asked for. Status: Waiting on the citizen.',
    );
    expect($(element, '[part~="actions"]')).toBeNull();
  });

  it('a 422 shows a focused error summary whose links move focus to each field', async () => {
    const { element } = await desk({
      fieldErrors: [
        { pointer: '/body/answers/0', detail: 'That answer cannot be reopened' },
        { pointer: '/body/comment', detail: 'Write it in Azerbaijani' },
      ],
    });
    await openRow(element, REF.review);
    await userEvent.click($(element, '[data-action="request-information"]')!);
    await userEvent.click(await until(() => $(element, 'input[value="phone"]')));
    await userEvent.fill($(element, '#comment')!, 'Please call us.');
    await userEvent.click($(element, '[part~="form"] button[type="submit"]')!);
    const summary = await until(() => $(element, '#error-summary'));
    await until(() => deepActiveElement() === summary);
    const links = [...summary.querySelectorAll('a')];
    expect(links.map((link) => text(link))).toEqual([
      'That answer cannot be reopened',
      'Write it in Azerbaijani',
    ]);
    await userEvent.click(links[1]!);
    await until(() => deepActiveElement()?.id === 'comment');
    expect($(element, '#comment')?.getAttribute('aria-describedby')).toBe('comment-hint comment-error');
    await userEvent.click(links[0]!);
    await until(() => deepActiveElement() === $(element, '#reopen input'));
  });

  it('the desk’s own checks: nothing ticked, no comment — summarised before anything is sent', async () => {
    const { element, sent } = await desk();
    await openRow(element, REF.review);
    await userEvent.click($(element, '[data-action="request-information"]')!);
    await userEvent.click(await until(() => $(element, '[part~="form"] button[type="submit"]')));
    const summary = await until(() => $(element, '#error-summary'));
    expect([...summary.querySelectorAll('a')].map((link) => text(link))).toEqual([
      'Tick at least one answer or document',
      'Write a comment of at least 3 characters',
    ]);
    expect(writes(sent)).toEqual([]);
  });

  it('a 409 says why and loads the application again, with the actions it now has', async () => {
    const { element, sent } = await desk({ conflict: true });
    await openRow(element, REF.new);
    await userEvent.click($(element, '[data-action="take"]')!);
    const conflict = await until(() => $(element, '#conflict'));
    expect(text(conflict)).toBe(
      'That could not be done: Another officer has taken this application. The application has been reloaded.',
    );
    await until(() => deepActiveElement() === conflict);
    expect(
      sent.filter(
        (request) => request.method === 'GET' && /service-applications\/[^/?]+\?/.test(request.path),
      ),
    ).toHaveLength(2);
    expect($(element, '[part~="actions"]')).toBeNull();
    expect(text($(element, '[part~="application"] [part~="status"]'))).toBe('In review');
  });

  it('a 412 (changed meanwhile) says so and reloads', async () => {
    const { element, fixture } = await desk();
    await openRow(element, REF.review);
    fixture.applications[1]!.revision = 7;
    await userEvent.click($(element, '[data-action="approve"]')!);
    expect(text(await until(() => $(element, '#conflict')))).toContain(
      'changed while you were looking at it',
    );
  });

  it('after a resubmission: what the citizen changed, before → after, files added and removed, highlighted', async () => {
    const { element } = await desk();
    await openRow(element, REF.resubmitted);
    expect($$(element, '[part~="changes"] li').map((item) => text(item))).toEqual([
      'Telefon nömrəsi Before: +994 50 123 45 67 Now: +994 55 765 43 21',
      'Arayış harada təqdim ediləcək Before: Banka Now: Məktəbə',
      'Ünvanı təsdiq edən sənəd 1 file added: yeni qəbz.pdf 1 file removed',
    ]);
    expect(text($(element, '[part~="changes"] del'))).toBe('+994 50 123 45 67');
    expect($$(element, '[part~="answers"] > div.changed').map((row) => row.dataset.field)).toEqual([
      'phone',
      'purpose',
    ]);
    const changed = $(element, '[part~="answers"] > div.changed')!;
    const plain = $(element, '[part~="answers"] > div:not(.changed)')!;
    expect(getComputedStyle(changed).borderInlineStartColor).not.toBe(
      getComputedStyle(plain).borderInlineStartColor,
    );
    expect(text($(element, '[part~="history"] li:nth-child(3)'))).toContain(
      'Answers to reopen: Telefon nömrəsi, Arayış harada təqdim ediləcək, Ünvanı təsdiq edən sənəd',
    );
  });

  it('reject sends the reason', async () => {
    const { element, sent } = await desk();
    await openRow(element, REF.review);
    await userEvent.click($(element, '[data-action="reject"]')!);
    await userEvent.fill(await until(() => $(element, '#reason')), 'Ünvan Quba rayonunda deyil.');
    await userEvent.click($(element, '[part~="form"] button[type="submit"]')!);
    await until(
      () => text($(element, '[part~="notice"]')) === 'The application was rejected. Status: Rejected.',
    );
    expect(writes(sent).map((request) => request.body)).toEqual([{ reason: 'Ünvan Quba rayonunda deyil.' }]);
  });

  it('complete with the generated certificate: the result and its code are shown', async () => {
    const { element, sent } = await desk();
    await openRow(element, REF.approved);
    await userEvent.click($(element, '[data-action="complete"]')!);
    expect(($(element, '#result-generated') as HTMLInputElement | null)?.checked).toBe(true);
    await userEvent.click($(element, '[part~="form"] button[type="submit"]')!);
    await until(() => text($(element, '[part~="notice"]')) === 'The result was issued. Status: Completed.');
    expect(writes(sent).map((request) => request.body)).toEqual([{ result: 'generated' }]);
    expect(text($(element, '[part~="application"]'))).toContain('Verification code: K7M4-Q9XA-23BC');
  });

  it('complete with an attached PDF: a non-PDF is refused, the PDF is put, then completed as attached', async () => {
    const { element, sent } = await desk();
    await openRow(element, REF.approved);
    await userEvent.click($(element, '[data-action="complete"]')!);
    await userEvent.click($(element, '#result-attached')!);
    const input = await until(() => $<HTMLInputElement>(element, '#pdf'));
    await userEvent.upload(input, new File(['hello'], 'note.txt', { type: 'text/plain' }));
    await until(() => $(element, '#pdf-error'));
    await userEvent.click($(element, '[part~="form"] button[type="submit"]')!);
    expect(writes(sent)).toEqual([]);
    await userEvent.upload(input, new File(['%PDF-1.7 result'], 'arayış.pdf', { type: 'application/pdf' }));
    await until(() => !$(element, '#pdf-error'));
    await userEvent.click($(element, '[part~="form"] button[type="submit"]')!);
    await until(() => text($(element, '[part~="notice"]')) === 'The result was issued. Status: Completed.');
    expect(
      writes(sent).map(({ method, path, body }) => ({
        method,
        path: path.replace(/\/v1\/service-applications\/[^/]+/, ''),
        body,
      })),
    ).toEqual([
      {
        method: 'PUT',
        path: `/result?filename=${encodeURIComponent('arayış.pdf')}&lang=en`,
        body: { size: 15, contentType: 'application/pdf' },
      },
      { method: 'POST', path: '/complete?lang=en', body: { result: 'attached' } },
    ]);
  });

  it('speaks Azerbaijani and Russian', async () => {
    const az = await desk({}, 'az');
    await until(() => rows(az.element).length === 6);
    expect(text($(az.element, '[part~="title"]'))).toBe('Elektron xidmətlər: müraciətlərə baxış');
    expect(text($(az.element, '[part~="item"] .meta'))).toContain('24 noyabr 2026');
    const ru = await desk({}, 'ru');
    await until(() => rows(ru.element).length === 6);
    expect(text($(ru.element, '[part~="item"] [part~="status"]'))).toBe('Новое');
  });
});
