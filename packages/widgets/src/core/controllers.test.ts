import { IcraApiError, type IcraClient } from '@icra/sdk';
import { html, LitElement, type TemplateResult } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, deepActiveElement, mount, until } from '../../test/helpers.js';
import { approve, capturePopups, FAKE_PORTAL, ownClient } from '../../test/oauth.js';
import { fixtureToken } from '../sign-in/fixtures.js';
import { Announcer } from './announcer.js';
import { sessionFor } from './auth.js';
import { type FieldProblem, FormController } from './form-controller.js';
import { type Page, PagedListController } from './paged-list.js';
import { SessionController } from './session-controller.js';
import { isAbort, TaskStatus, WidgetTask } from './task.js';

/** A request the test answers when it chooses: the transient state lasts until then. */
interface Held<T> {
  args: ReadonlyArray<unknown>;
  cursor?: string | undefined;
  signal: AbortSignal;
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
}

function hold<T>(log: Held<T>[], args: ReadonlyArray<unknown>, signal: AbortSignal, cursor?: string) {
  return new Promise<T>((resolve, reject) => {
    log.push({ args, cursor, signal, resolve, reject });
    signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
  });
}

const { opened } = capturePopups();

let apiCount = 0;
const freshApi = () => `https://controllers-${++apiCount}.example.invalid`;

class TestHost extends LitElement {
  static override properties = { api: {}, filter: {} };
  declare api: string;
  declare filter: string;
  readonly injectedClient: IcraClient | undefined = undefined;
  changes: string[] = [];
  /** Each change with its cause, and whether the controller already had the session then. */
  causes: string[] = [];
  requests: Held<string>[] = [];
  pages: Held<Page<{ id: string }>>[] = [];

  readonly session = new SessionController(this, {
    onChange: (next, _previous, why) => {
      this.changes.push(next.status);
      // Reading the controller inside the callback is allowed (and must not subscribe twice).
      this.causes.push(`${next.status} ${why} ${this.session.session ? 'session' : 'none'}`);
    },
  });
  readonly announcer = new Announcer(this);
  readonly task = new WidgetTask(this, {
    args: () => [this.filter] as const,
    task: ([filter], { signal }) => hold(this.requests, [filter], signal),
  });
  readonly list = new PagedListController(this, {
    args: () => [this.filter] as const,
    fetch: ([filter], cursor, signal) =>
      filter === 'none' ? undefined : hold(this.pages, [filter], signal, cursor),
  });
  form = new FormController<'title' | 'text'>(this, {
    fields: ['title', 'text'],
    session: this.session,
  });

  constructor() {
    super();
    this.api = '';
    this.filter = 'open';
  }

  get resolvedApi(): string | undefined {
    return this.api || undefined;
  }

  protected override render(): TemplateResult {
    return html`
      <p id="who">${this.session.state.status}</p>
      ${this.form.renderSummary('There is a problem', 2)}
      <input id="title" aria-invalid=${this.form.invalid('title')} aria-describedby=${this.form.describedBy('title', 'title-hint')} />
      ${this.form.renderError('title')}
      <details><summary>More</summary><textarea id="text"></textarea></details>
      ${this.announcer.render()}
    `;
  }
}
customElements.define('test-controller-host', TestHost);

afterEach(cleanup);

async function host(api = freshApi()): Promise<TestHost> {
  const element = await mount<TestHost>('<test-controller-host></test-controller-host>', (el) => {
    el.api = api;
  });
  await element.updateComplete;
  return element;
}

const text = (element: TestHost, selector: string) =>
  element.shadowRoot?.querySelector(selector)?.textContent?.trim() ?? '';

describe('SessionController', () => {
  it('follows the session while connected, and a moved element shows the sign-out that happened meanwhile', async () => {
    const api = freshApi();
    const element = await host(api);
    const session = sessionFor(api);
    session.accept(fixtureToken('citizen'), 600);
    await until(() => text(element, '#who') === 'signed-in');

    // The page moves the element: disconnected, signed out elsewhere, connected again.
    const other = document.createElement('div');
    document.body.append(other);
    element.remove();
    const changesWhileAway = element.changes.length;
    session.signOut();
    expect(element.changes.length).toBe(changesWhileAway);
    other.append(element);
    await element.updateComplete;
    expect(text(element, '#who')).toBe('signed-out');
    expect(element.session.state.status).toBe('signed-out');
    other.remove();
  });

  it('tells a change of the session from following one, and reading it in onChange follows nothing twice', async () => {
    const api = freshApi();
    const session = sessionFor(api);
    session.accept(fixtureToken('citizen'), 600);
    const element = await host(api);
    expect(element.causes).toEqual(['signed-in follow session']);
    session.signOut();
    session.accept(fixtureToken('citizen'), 600);
    // One call per change: the callback's read of the controller did not subscribe again.
    expect(element.causes).toEqual([
      'signed-in follow session',
      'signed-out change session',
      'signed-in change session',
    ]);
    element.remove();
    session.signOut();
    document.body.append(element);
    expect(element.causes.at(-1)).toBe('signed-out follow session');
    session.accept(fixtureToken('citizen'), 600);
    expect(element.causes.slice(-2)).toEqual(['signed-out follow session', 'signed-in change session']);
  });

  it('a renewal of the token is not a change: the element keeps what it loaded for the sign-in', async () => {
    sessionStorage.clear();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      const element = await host(FAKE_PORTAL);
      const session = sessionFor(FAKE_PORTAL);
      const done = session.signIn({ clientId: ownClient(), lang: 'en' });
      await approve(opened.at(-1)!);
      await done;
      await until(() => text(element, '#who') === 'signed-in');
      const seen = element.session.state;
      const changes = element.changes.length;
      const token = session.token;
      // A minute before the expiry, the active reader's token is renewed.
      vi.advanceTimersByTime(540_000);
      await until(() => session.token !== token);
      await element.updateComplete;
      expect(session.state.expiresAt).toBeGreaterThan(seen.expiresAt!);
      expect(element.changes.length).toBe(changes);
      expect(element.session.state).toBe(seen);
      await session.signOut();
      await until(() => text(element, '#who') === 'signed-out');
    } finally {
      vi.useRealTimers();
    }
  });

  it("follows a change of API address to that portal's session", async () => {
    const first = freshApi();
    const second = freshApi();
    sessionFor(second).accept(fixtureToken('official'), 600);
    const element = await host(first);
    expect(text(element, '#who')).toBe('signed-out');
    element.api = second;
    await until(() => text(element, '#who') === 'signed-in');
    sessionFor(second).signOut();
    await until(() => text(element, '#who') === 'signed-out');
  });

  it('signs out everywhere on a 401, and only on a 401', async () => {
    const api = freshApi();
    sessionFor(api).accept(fixtureToken('citizen'), 600);
    const element = await host(api);
    const problem = (status: number) =>
      new IcraApiError({ type: 'about:blank', title: 'x', status }, 'POST /v1/test');
    expect(element.session.refused(problem(403))).toBe(false);
    expect(sessionFor(api).state.status).toBe('signed-in');
    expect(element.session.refused(problem(401))).toBe(true);
    expect(sessionFor(api).state.status).toBe('signed-out');
  });
});

describe('WidgetTask', () => {
  it('aborts the run a newer one supersedes, and only the last one counts', async () => {
    const element = await host();
    await until(() => element.requests.length === 1);
    element.filter = 'closed';
    await until(() => element.requests.length === 2);
    expect(element.requests[0]!.signal.aborted).toBe(true);
    element.requests[1]!.resolve('closed polls');
    await until(() => element.task.status === TaskStatus.COMPLETE);
    expect(element.task.value).toBe('closed polls');
  });

  it('leaving the page aborts a run in flight; back in the page, it runs again', async () => {
    const element = await host();
    await until(() => element.requests.length === 1);
    expect(element.task.status).toBe(TaskStatus.PENDING);
    element.remove();
    expect(element.requests[0]!.signal.aborted).toBe(true);
    document.body.append(element);
    await until(() => element.requests.length === 2);
    expect(element.requests[1]!.args).toEqual(['open']);
    element.requests[1]!.resolve('open polls');
    await until(() => element.task.value === 'open polls');
    // A finished run is not repeated by a move.
    element.remove();
    document.body.append(element);
    await element.updateComplete;
    expect(element.requests.length).toBe(2);
    expect(isAbort(new DOMException('x', 'AbortError'))).toBe(true);
    expect(isAbort(new Error('x'))).toBe(false);
  });
});

describe('PagedListController', () => {
  it('loads the first page, appends the next without repeats, once at a time', async () => {
    const element = await host();
    await until(() => element.pages.length === 1);
    expect(element.list.status).toBe('loading');
    element.pages[0]!.resolve({ items: [{ id: 'a' }, { id: 'b' }], nextCursor: 'c1' });
    await until(() => element.list.status === 'loaded');
    expect(element.list.hasMore).toBe(true);

    const more = element.list.more();
    expect(element.list.moreStatus).toBe('loading');
    // A second click while the first is in flight asks for nothing.
    expect(await element.list.more()).toBeUndefined();
    expect(element.pages.length).toBe(2);
    expect(element.pages[1]!.cursor).toBe('c1');
    element.pages[1]!.resolve({ items: [{ id: 'b' }, { id: 'c' }], nextCursor: null });
    expect(await more).toEqual([{ id: 'c' }]);
    expect(element.list.items.map((item) => item.id)).toEqual(['a', 'b', 'c']);
    expect(element.list.hasMore).toBe(false);
  });

  it('a failed "more" keeps what is shown and can be tried again', async () => {
    const element = await host();
    await until(() => element.pages.length === 1);
    element.pages[0]!.resolve({ items: [{ id: 'a' }], nextCursor: 'c1' });
    await until(() => element.list.status === 'loaded');
    const failed = element.list.more();
    element.pages[1]!.reject(new Error('offline'));
    expect(await failed).toBeUndefined();
    expect(element.list.moreStatus).toBe('error');
    expect(element.list.items).toEqual([{ id: 'a' }]);
    const retried = element.list.more();
    element.pages[2]!.resolve({ items: [{ id: 'b' }], nextCursor: null });
    expect(await retried).toEqual([{ id: 'b' }]);
    expect(element.list.moreStatus).toBe('idle');
  });

  it('new arguments start again from the first page, aborting the old requests', async () => {
    const element = await host();
    await until(() => element.pages.length === 1);
    element.pages[0]!.resolve({ items: [{ id: 'a' }], nextCursor: 'c1' });
    await until(() => element.list.status === 'loaded');
    void element.list.more();
    element.filter = 'closed';
    await until(() => element.pages.length === 3);
    expect(element.pages[1]!.signal.aborted).toBe(true);
    expect(element.pages[2]!.args).toEqual(['closed']);
    expect(element.list.status).toBe('loading');
    // The superseded "more" answers late: nothing of it is shown.
    element.pages[1]!.resolve({ items: [{ id: 'late' }], nextCursor: null });
    element.pages[2]!.resolve({ items: [{ id: 'x' }], nextCursor: null });
    await until(() => element.list.status === 'loaded');
    expect(element.list.items).toEqual([{ id: 'x' }]);

    // Arguments it cannot ask with: nothing in memory.
    element.filter = 'none';
    await until(() => element.list.status === 'initial');
    expect(element.list.items).toEqual([]);
  });

  it('removed while loading, it aborts; put back, it loads again', async () => {
    const element = await host();
    await until(() => element.pages.length === 1);
    element.remove();
    expect(element.pages[0]!.signal.aborted).toBe(true);
    document.body.append(element);
    await until(() => element.pages.length === 2);
    element.pages[1]!.resolve({ items: [{ id: 'a' }], nextCursor: null });
    await until(() => element.list.status === 'loaded');
  });
});

describe('FormController', () => {
  const fieldError = (pointer: string, detail: string) =>
    new IcraApiError(
      {
        type: 'https://portal.example/problems/validation',
        title: 'Invalid request',
        status: 422,
        errors: [
          { pointer, detail },
          { pointer: '/body/unknown', detail: 'Something else' },
        ],
      },
      'POST /v1/test',
    );

  it("maps the portal's field errors by JSON pointer; the summary takes focus and links to each field", async () => {
    const element = await host();
    const problems = element.form.problemsOf(fieldError('/body/text/0', 'Too short'), 'Could not send');
    expect(problems).toEqual([{ field: 'text', text: 'Too short' }, { text: 'Something else' }]);
    await element.form.show([...problems, { field: 'title', text: 'Enter a title' }]);
    const root = element.shadowRoot!;
    const summary = root.querySelector<HTMLElement>('#error-summary')!;
    expect(deepActiveElement()).toBe(summary);
    expect(summary.getAttribute('role')).toBe('alert');
    // In the fields' order, problems of no field last.
    expect([...summary.querySelectorAll('li')].map((li) => li.textContent?.trim())).toEqual([
      'Enter a title',
      'Too short',
      'Something else',
    ]);
    const title = root.querySelector('#title')!;
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(title.getAttribute('aria-describedby')).toBe('title-hint title-error');
    expect(root.querySelector('#title-error')?.textContent).toBe('Enter a title');

    // The link to a field inside a closed disclosure opens it and focuses the field.
    summary.querySelectorAll('a')[1]!.click();
    await until(() => deepActiveElement() === root.querySelector('#text'));
    expect(root.querySelector('details')!.open).toBe(true);

    element.form.edited('title');
    await element.updateComplete;
    expect(title.getAttribute('aria-invalid')).toBe('false');
    expect(title.getAttribute('aria-describedby')).toBe('title-hint');
  });

  it('a summary link first reveals its field (reveal), then focuses it', async () => {
    const element = await host();
    const root = element.shadowRoot!;
    const title = root.querySelector<HTMLInputElement>('#title')!;
    title.hidden = true;
    const revealed: string[] = [];
    const form = new FormController<'title' | 'text'>(element, {
      fields: ['title', 'text'],
      reveal: (field) => {
        revealed.push(field);
        title.hidden = false;
      },
    });
    element.form = form;
    await form.show([{ field: 'title', text: 'Enter a title' }]);
    root.querySelector<HTMLAnchorElement>('#error-summary a')!.click();
    await until(() => deepActiveElement() === title);
    expect(revealed).toEqual(['title']);
  });

  it('one Idempotency-Key per filled-in form: reused on a retry, new once the form changes or succeeded', async () => {
    const element = await host();
    const keys: string[] = [];
    const fail = (key: string) => {
      keys.push(key);
      return Promise.reject(new Error('offline'));
    };
    await element.form.submit('submit', fail, { fallback: 'Could not send' });
    await element.form.submit('submit', fail, { fallback: 'Could not send' });
    expect(keys[1]).toBe(keys[0]);
    expect(element.form.problems).toEqual([{ text: 'Could not send' }]);
    element.form.edited('title');
    await element.form.submit('submit', fail, { fallback: 'Could not send' });
    expect(keys[2]).not.toBe(keys[1]);
    const result = await element.form.submit(
      'submit',
      (key) => {
        keys.push(key);
        return Promise.resolve('filed');
      },
      { fallback: 'x' },
    );
    expect(result).toBe('filed');
    expect(keys[3]).toBe(keys[2]);
    expect(element.form.problems).toEqual([]);
    await element.form.submit('submit', fail, { fallback: 'x' });
    expect(keys[4]).not.toBe(keys[3]);
    // Another action has its own key.
    await element.form.submit('delete', fail, { fallback: 'x' });
    expect(keys[5]).not.toBe(keys[4]);
  });

  it('one write at a time; a 401 signs out everywhere and shows no problem', async () => {
    const api = freshApi();
    sessionFor(api).accept(fixtureToken('citizen'), 600);
    const element = await host(api);
    let release!: () => void;
    const first = element.form.submit('submit', () => new Promise<void>((resolve) => (release = resolve)), {
      fallback: 'x',
    });
    expect(element.form.busy).toBe('submit');
    let ran = false;
    expect(
      await element.form.submit(
        'submit',
        async () => {
          ran = true;
        },
        { fallback: 'x' },
      ),
    ).toBeUndefined();
    expect(ran).toBe(false);
    release();
    await first;
    expect(element.form.busy).toBeUndefined();

    const unauthorized = new IcraApiError(
      { type: 'about:blank', title: 'Unauthorized', status: 401 },
      'POST /v1/test',
    );
    await element.form.submit('submit', () => Promise.reject(unauthorized), { fallback: 'x' });
    expect(sessionFor(api).state.status).toBe('signed-out');
    expect(element.form.problems).toEqual([] as FieldProblem[]);
  });
});

/** A form whose file input is hidden: its "add files" button stands for it. */
class FilesHost extends LitElement {
  readonly form = new FormController<'files'>(this, {
    fields: ['files'],
    target: (field) => (field === 'files' ? '#add-files' : `#${field}`),
  });

  protected override render(): TemplateResult {
    return html`
      ${this.form.renderSummary('There is a problem', 2)}
      <input id="files" type="file" hidden />
      <button id="add-files" type="button">Add files</button>
    `;
  }
}
customElements.define('test-form-files-host', FilesHost);

describe('FormController summary links', () => {
  it("lead to the field's stand-in when its input cannot take focus", async () => {
    const element = await mount<FilesHost>('<test-form-files-host></test-form-files-host>');
    await element.form.show([{ field: 'files', text: 'photo.bmp: only PDF, JPEG and PNG files' }]);
    const root = element.shadowRoot!;
    const link = root.querySelector<HTMLAnchorElement>('#error-summary a')!;
    expect(link.getAttribute('href')).toBe('#files');
    link.click();
    await until(() => deepActiveElement() === root.querySelector('#add-files'));
  });
});

describe('FormController.setProblem', () => {
  it("sets and clears one field's problem in the fields' order, leaving focus where it is", async () => {
    const element = await host();
    await element.form.show([{ text: 'Could not send' }, { field: 'text', text: 'Too short' }]);
    const input = element.shadowRoot!.querySelector<HTMLInputElement>('#title')!;
    input.focus();
    element.form.setProblem('title', 'Enter a title');
    await element.updateComplete;
    expect(deepActiveElement()).toBe(input);
    expect(text(element, '#title-error')).toBe('Enter a title');
    expect(element.form.problems.map((problem) => problem.text)).toEqual([
      'Enter a title',
      'Too short',
      'Could not send',
    ]);
    element.form.setProblem('title');
    await element.updateComplete;
    expect(input.getAttribute('aria-invalid')).toBe('false');
    expect(element.form.problems.map((problem) => problem.text)).toEqual(['Too short', 'Could not send']);
  });
});

describe('Announcer', () => {
  it('speaks a repeat again (cleared first), and only the last of quick calls', async () => {
    const element = await host();
    const region = () => element.shadowRoot!.querySelector('[role="status"]')!.textContent;
    element.announcer.say('Saved.');
    await until(() => region() === 'Saved.');
    element.announcer.say('Saved.');
    expect(element.announcer.text).toBe('');
    await until(() => region() === 'Saved.');
    element.announcer.say('First');
    element.announcer.say('Second');
    await until(() => region() === 'Second');
    await element.updateComplete;
    expect(region()).toBe('Second');
    element.announcer.say('');
    await element.updateComplete;
    expect(region()).toBe('');
  });
});
