import type { IcraClient } from '@icra/sdk';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { $, $$, cleanup, deepActiveElement, mount, until } from '../../test/helpers.js';
import '../index.js';
import '../news-editor/define.js';
import { sessionFor } from '../core/auth.js';
import { fixtureToken } from '../sign-in/fixtures.js';
import { createEditorFixture, type EditorFixtureOptions } from './fixtures.js';
import type { IcraNewsEditor } from './news-editor.js';
import type { IcraRichText } from './rich-text-field.js';

beforeEach(cleanup);
afterEach(cleanup);

interface Sent {
  method: string;
  path: string;
  key: string | null;
  ifMatch: string | null;
  body: unknown;
}

async function editor(
  options: EditorFixtureOptions = {},
  lang = 'en',
  wrap: (client: IcraClient) => IcraClient = (client) => client,
) {
  const sent: Sent[] = [];
  const fixture = createEditorFixture({
    ...options,
    onRequest: (request, body) => {
      sent.push({
        method: request.method,
        path: new URL(request.url).pathname.replace(/^.*\/v1/, '/v1'),
        key: request.headers.get('idempotency-key'),
        ifMatch: request.headers.get('if-match'),
        body,
      });
    },
  });
  const element = await mount<IcraNewsEditor>(
    `<icra-news-editor api="${fixture.api}" authority="guba" lang="${lang}"></icra-news-editor>`,
    (element) => {
      element.client = wrap(fixture.client);
    },
  );
  return { element, sent, fixture };
}

const writes = (sent: Sent[]) => sent.filter((request) => request.method !== 'GET');

async function fill(element: IcraNewsEditor, id: string, text: string): Promise<void> {
  const field = $<HTMLInputElement>(element, `#${id}`)!;
  await userEvent.fill(field, text);
}

/** The rich-text field of a language, and its editing area (in the field's own shadow root). */
const richText = (element: IcraNewsEditor, lang: string) => $<IcraRichText>(element, `#${lang}-body`)!;
const area = (element: IcraNewsEditor, lang: string) => $(richText(element, lang), '[part~="editor"]')!;

async function typeBody(element: IcraNewsEditor, lang: string, text: string): Promise<void> {
  await userEvent.click(area(element, lang));
  await userEvent.keyboard(text);
}

/** A request's answer held until the test releases it. */
function gate() {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  return { released, release };
}

function listed(element: IcraNewsEditor): string[] {
  return $$(element, '[part~="item"]').map(
    (item) =>
      `${item.querySelector('.item-title')?.textContent?.trim()} — ${item.querySelector('[part~="status"]')?.textContent?.trim()}`,
  );
}

describe('<icra-news-editor>', () => {
  it('signed out: explains and offers the sign-in control, and asks the portal nothing', async () => {
    const { element, sent } = await editor({ session: 'signed-out' });
    await until(() => $(element, 'icra-sign-in'));
    expect($(element, '.intro')?.textContent).toContain('editor or administrator');
    expect(sent).toEqual([]);
  });

  it('signed in without the right: says the official cannot edit this authority’s news', async () => {
    const { element } = await editor({ scenario: 'forbidden' });
    const refusal = await until(() => $(element, '[part~="state"][role="alert"]'));
    expect(refusal.textContent).toContain("You cannot edit this authority's news");
    expect($(element, '[part~="new"]')).toBeNull();
  });

  it('lists the authority’s drafts and published news with their status, in az/en/ru', async () => {
    const { element } = await editor();
    await until(() => listed(element).length === 2);
    expect(listed(element)).toEqual([
      'Qırmızı Qəsəbədə yeni kitabxana — Draft',
      'Guba apple festival held — Published',
    ]);
    // The Azerbaijani title of an article without English is marked as Azerbaijani.
    expect($$(element, '.item-title')[0]?.getAttribute('lang')).toBe('az');
    const inAz = await editor({}, 'az');
    await until(() => listed(inAz.element).length === 2);
    expect(listed(inAz.element)[1]).toBe('Quba almasının bayramı keçirildi — Dərc edilib');
  });

  it('an empty article: the error summary takes focus and links to each field', async () => {
    const { element, sent } = await editor();
    await userEvent.click(await until(() => $(element, '[part~="new"]')));
    await until(() => deepActiveElement()?.id === 'edit-heading');
    await userEvent.click($(element, 'button[type="submit"]')!);
    const summary = await until(() => $(element, '#error-summary'));
    expect(deepActiveElement()).toBe(summary);
    const links = [...summary.querySelectorAll('a')];
    expect(links.map((link) => [link.getAttribute('href'), link.textContent?.trim()])).toEqual([
      ['#az-title', 'Enter a title'],
      ['#az-summary', 'Enter a summary'],
    ]);
    // Each input and its message are in the same shadow root, linked by aria-describedby.
    const title = $(element, '#az-title')!;
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(title.getAttribute('aria-describedby')).toContain('az-title-error');
    expect($(element, '#az-title-error')?.textContent).toBe('Enter a title');
    await userEvent.click(links[1]!);
    expect(deepActiveElement()?.id).toBe('az-summary');
    expect(writes(sent)).toEqual([]);
  });

  it('creates a draft with allow-listed rich text and an Idempotency-Key, then publishes it', async () => {
    const { element, sent, fixture } = await editor();
    await userEvent.click(await until(() => $(element, '[part~="new"]')));
    await fill(element, 'az-title', 'Yeni park');
    await fill(element, 'az-summary', 'Şəhərdə yeni park açıldı.');
    await typeBody(element, 'az', 'Park ');
    await userEvent.click($(richText(element, 'az'), '.tool.bold')!);
    await userEvent.keyboard('bu gün');
    await userEvent.click($(element, 'button[type="submit"]')!);
    await until(() => $(element, '[part~="status"]')?.textContent?.trim() === 'Draft');
    const [create] = writes(sent);
    expect(create?.method).toBe('POST');
    expect(create?.key).toMatch(/^[\w-]{8,}$/);
    const body = create?.body as {
      authority: string;
      translations: { az: { bodyHtml: string }; en?: unknown };
    };
    expect(body.authority).toBe('guba');
    expect(body.translations.en).toBeUndefined();
    expect(body.translations.az.bodyHtml).toMatch(/^Park (<b>|<strong>)bu gün(<\/b>|<\/strong>)$/);

    await userEvent.click(
      [...$$(element, '[part~="actions"] button')].find((b) => b.textContent?.trim() === 'Publish')!,
    );
    await until(() => $(element, '[part~="status"]')?.textContent?.trim() === 'Published');
    const [, update, publish] = writes(sent);
    expect(update?.method).toBe('PATCH');
    expect(update?.ifMatch).toBe('"v1"');
    expect(publish?.path).toMatch(/\/publish$/);
    expect(new Set(writes(sent).map((write) => write.key)).size).toBe(3);
    expect(fixture.articles.find((article) => article.translations.az.title === 'Yeni park')?.status).toBe(
      'published',
    );
  });

  it('a failed save tried again reuses its Idempotency-Key; a changed form gets a new one', async () => {
    // One 503 (the fixture's client does not retry by itself): the reader tries again.
    const { element, sent } = await editor({ failWrites: 1 });
    await userEvent.click(await until(() => $(element, '[part~="new"]')));
    await fill(element, 'az-title', 'Başlıq');
    await fill(element, 'az-summary', 'Qısa');
    const save = $(element, 'button[type="submit"]')!;
    await userEvent.click(save);
    await until(() => $(element, '#error-summary')?.textContent?.includes('Service unavailable'));
    await userEvent.click(save);
    await until(() => $(element, '[part~="status"]')?.textContent?.trim() === 'Draft');
    await fill(element, 'az-summary', 'Qısa məzmun');
    await userEvent.click(save);
    await until(() => writes(sent).length === 3);
    const keys = writes(sent).map((write) => write.key);
    expect(writes(sent).map((write) => write.method)).toEqual(['POST', 'POST', 'PATCH']);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).not.toBe(keys[0]);
  });

  it('an incomplete English translation: its error opens the English tab and focuses the field', async () => {
    const { element } = await editor();
    await userEvent.click(await until(() => $(element, '[part~="new"]')));
    await fill(element, 'az-title', 'Başlıq');
    await fill(element, 'az-summary', 'Qısa');
    await userEvent.click($(element, '#tab-en')!);
    expect($(element, '#panel-en')?.hidden).toBe(false);
    await fill(element, 'en-summary', 'Only a summary');
    await userEvent.click($(element, '#tab-az')!);
    await userEvent.click($(element, 'button[type="submit"]')!);
    const link = await until(() => $(element, '#error-summary a'));
    expect(link.textContent?.trim()).toBe('Enter a title (English)');
    await userEvent.click(link);
    expect($(element, '#tab-en')?.getAttribute('aria-selected')).toBe('true');
    expect(deepActiveElement()?.id).toBe('en-title');
  });

  it('shows the portal’s field errors from their JSON pointers', async () => {
    const { element } = await editor({
      fieldErrors: [
        { pointer: '/body/translations/az/bodyHtml', detail: 'The text is too long' },
        { pointer: '/body/translations/ru/title', detail: 'Заголовок слишком длинный' },
      ],
    });
    await userEvent.click(await until(() => $(element, '[part~="new"]')));
    await fill(element, 'az-title', 'Başlıq');
    await fill(element, 'az-summary', 'Qısa');
    await userEvent.click($(element, 'button[type="submit"]')!);
    const summary = await until(() => $(element, '#error-summary'));
    expect([...summary.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      '#az-body',
      '#ru-title',
    ]);
    // The body's message is in the rich-text field's own shadow root, beside its editing area.
    const body = area(element, 'az');
    expect(body.getAttribute('aria-invalid')).toBe('true');
    const error = $(richText(element, 'az'), `#${body.getAttribute('aria-describedby')?.split(' ').at(-1)}`);
    expect(error?.textContent).toBe('The text is too long');
    await userEvent.click(summary.querySelector('a')!);
    expect(deepActiveElement()).toBe(body);
  });

  it('shows the portal’s refusal of a body that would lose content beside the body', async () => {
    // What the portal answers (422) to a body that sanitizing would take text from.
    const detail =
      'Saving would lose: <style> with the text “p { color: red }</p><p>The rest”. Only p, br, strong, ' +
      'em, b, i, u, s, h2, h3, h4, ul, ol, li, blockquote and links (http, https, mailto, tel) are kept; ' +
      'remove or replace the rest.';
    const { element } = await editor({
      fieldErrors: [{ pointer: '/body/translations/en/bodyHtml', detail }],
      fieldErrorStatus: 422,
    });
    await userEvent.click(await until(() => $(element, '[part~="new"]')));
    await fill(element, 'az-title', 'Başlıq');
    await fill(element, 'az-summary', 'Qısa');
    await userEvent.click($(element, 'button[type="submit"]')!);
    const summary = await until(() => $(element, '#error-summary'));
    const link = summary.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('#en-body');
    expect(link.textContent).toContain('Saving would lose: <style>');
    // The English tab is shown, its body marked invalid, the message beside it and visible.
    await userEvent.click(link);
    expect($(element, '#tab-en')?.getAttribute('aria-selected')).toBe('true');
    const body = area(element, 'en');
    expect(deepActiveElement()).toBe(body);
    expect(body.getAttribute('aria-invalid')).toBe('true');
    const error = $(richText(element, 'en'), `#${body.getAttribute('aria-describedby')?.split(' ').at(-1)}`)!;
    expect(error.textContent).toBe(detail);
    const box = error.getBoundingClientRect();
    expect(box.width).toBeGreaterThan(0);
    expect(box.height).toBeGreaterThan(0);
    expect(getComputedStyle(error).visibility).toBe('visible');
  });

  it('opens an article, unpublishes it, and deletes it after confirmation', async () => {
    const { element, fixture } = await editor();
    await until(() => listed(element).length === 2);
    await userEvent.click($$(element, '[part~="item"] button')[1]!);
    await until(
      () =>
        ($(element, '#az-title') as HTMLInputElement | null)?.value === 'Quba almasının bayramı keçirildi',
    );
    await until(() => area(element, 'az').innerHTML === '<p>Bayram şəhər parkında keçirildi.</p>');
    expect(($(element, '#en-title') as HTMLInputElement).value).toBe('Guba apple festival held');
    const button = (name: string) => [...$$(element, 'button')].find((b) => b.textContent?.trim() === name)!;
    await userEvent.click(button('Unpublish'));
    await until(() => $(element, '[part~="status"]')?.textContent?.trim() === 'Draft');
    await userEvent.click(button('Delete'));
    await until(() => deepActiveElement()?.id === 'delete-confirm');
    await userEvent.click(button('Cancel'));
    expect(deepActiveElement()?.textContent?.trim()).toBe('Delete');
    await userEvent.click(button('Delete'));
    await userEvent.click(await until(() => button('Yes, delete')));
    await until(() => listed(element).length === 1);
    expect(fixture.articles).toHaveLength(1);
    expect(deepActiveElement()?.getAttribute('part')).toBe('new');
  });

  it.each([
    ['az', 'Şəkil seçin'],
    ['en', 'Choose an image'],
    ['ru', 'Выберите изображение'],
  ])(
    'the cover is chosen with a button in the widget language (%s), not the browser’s',
    async (lang, label) => {
      const { element } = await editor({}, lang);
      await userEvent.click(await until(() => $(element, '[part~="new"]')));
      const button = await until(() => $<HTMLButtonElement>(element, '[part~="choose-cover"]'));
      expect(button.textContent?.trim()).toBe(label);
      const box = button.getBoundingClientRect();
      expect(box.width).toBeGreaterThan(0);
      expect(box.height).toBeGreaterThanOrEqual(24);
      // The browser's own control (its "Choose file" in the browser's language) is not drawn.
      const input = $<HTMLInputElement>(element, '#cover')!;
      expect(input.getBoundingClientRect().width).toBe(0);
      let opened = 0;
      input.addEventListener('click', (event) => {
        opened++;
        event.preventDefault();
      });
      button.focus();
      await userEvent.keyboard('{Enter}');
      expect(opened).toBe(1);
    },
  );

  it('states the cover limits up front and refuses other files before uploading', async () => {
    const { element, sent } = await editor();
    await userEvent.click(await until(() => $(element, '[part~="new"]')));
    expect($(element, '#cover-hint')?.textContent).toBe('PNG, JPEG or WebP, up to 2 MB.');
    const input = $<HTMLInputElement>(element, '#cover')!;
    expect($(element, '[part~="choose-cover"]')?.getAttribute('aria-describedby')).toContain('cover-hint');
    const pick = (file: File) => {
      const transfer = new DataTransfer();
      transfer.items.add(file);
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    };
    pick(new File(['<svg/>'], 'a.svg', { type: 'image/svg+xml' }));
    await until(
      () => $(element, '#error-summary a')?.textContent === 'The image must be a PNG, JPEG or WebP',
    );
    pick(new File([new Uint8Array(2 * 1024 * 1024 + 1)], 'big.png', { type: 'image/png' }));
    await until(() => $(element, '#error-summary a')?.textContent === 'The image must be 2 MB or smaller');
    expect(writes(sent)).toEqual([]);

    await fill(element, 'az-title', 'Şəkilli xəbər');
    await fill(element, 'az-summary', 'Qısa');
    pick(new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'ok.png', { type: 'image/png' }));
    await until(() => $(element, '.cover img'));
    expect(
      writes(sent).map((write) => `${write.method} ${write.path.replace(/[0-9a-f-]{36}/, 'ID')}`),
    ).toEqual(['POST /v1/editorial/news', 'PUT /v1/editorial/news/ID/cover']);
  });

  it('makes the selected text a link through the link field, refusing javascript: addresses', async () => {
    const { element } = await editor();
    await userEvent.click(await until(() => $(element, '[part~="new"]')));
    await typeBody(element, 'az', 'Portal');
    await userEvent.keyboard('{Shift>}{Home}{/Shift}');
    const field = richText(element, 'az');
    await userEvent.click($(field, '.tool.link')!);
    const link = await until(() => $<HTMLInputElement>(field, '#link'));
    expect(deepActiveElement()).toBe(link);
    await userEvent.fill(link, 'javascript:alert(1)');
    await userEvent.click([...$$(field, 'button')].find((b) => b.textContent?.trim() === 'Add link')!);
    await until(() => $(field, '#link-error'));
    expect(link.getAttribute('aria-describedby')).toBe('link-error');
    await userEvent.fill(link, 'https://e-gov.az/');
    await userEvent.keyboard('{Enter}');
    await until(() => !$(field, '#link'));
    const body = area(element, 'az');
    expect(deepActiveElement()).toBe(body);
    expect(body.innerHTML).toBe('<a href="https://e-gov.az/">Portal</a>');
  });

  it('keeps pasted HTML to the allow-list', async () => {
    const { element } = await editor();
    await userEvent.click(await until(() => $(element, '[part~="new"]')));
    const editing = area(element, 'az');
    editing.focus();
    const data = new DataTransfer();
    data.setData(
      'text/html',
      '<p style="color:red" onclick="alert(1)">Hi <a href="javascript:alert(1)">x</a><script>alert(2)</script></p>',
    );
    editing.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
    await until(() => editing.textContent?.includes('Hi'));
    expect(editing.querySelector('[style], [onclick], script, a')).toBeNull();
  });
  it('two quick "Edit" clicks: the form shows the last article clicked, whatever answers last', async () => {
    const gates = new Map<string, ReturnType<typeof gate>>();
    // What the editor's requests for an article come to, by id.
    const answers = new Map<string, Promise<unknown>>();
    const { element } = await editor(
      {
        hold: (request) => {
          const id = /\/editorial\/news\/([^/?]+)$/.exec(new URL(request.url).pathname)?.[1];
          if (!id || request.method !== 'GET') return undefined;
          const held = gate();
          gates.set(id, held);
          return held.released;
        },
      },
      'en',
      (client) => ({
        ...client,
        getEditorialNews: (...args: Parameters<IcraClient['getEditorialNews']>) => {
          const answer = client.getEditorialNews(...args);
          answers.set(args[0].path.id, answer);
          return answer;
        },
      }),
    );
    await until(() => listed(element).length === 2);
    const [first, second] = $$(element, '[part~="item"]');
    await userEvent.click(first!.querySelector('button')!);
    await userEvent.click(second!.querySelector('button')!);
    await until(() => gates.size === 2);
    const [a, b] = [first!.dataset.id!, second!.dataset.id!];
    // B answers first, then A's late answer comes: the form stays on B.
    gates.get(b)!.release();
    await until(
      () =>
        ($(element, '#az-title') as HTMLInputElement | null)?.value === 'Quba almasının bayramı keçirildi',
    );
    gates.get(a)!.release();
    await answers.get(a)!.catch(() => undefined);
    await element.updateComplete;
    expect(($(element, '#az-title') as HTMLInputElement).value).toBe('Quba almasının bayramı keçirildi');
    expect(area(element, 'az').innerHTML).toBe('<p>Bayram şəhər parkında keçirildi.</p>');
    expect(deepActiveElement()?.id).toBe('edit-heading');
  });

  it('while a save is in flight its button says so and a second click sends nothing', async () => {
    let held: ReturnType<typeof gate> | undefined;
    let asked = 0;
    const { element } = await editor({
      hold: (request) => {
        if (request.method === 'GET') return undefined;
        asked += 1;
        held = gate();
        return held.released;
      },
    });
    await userEvent.click(await until(() => $(element, '[part~="new"]')));
    await fill(element, 'az-title', 'Başlıq');
    await fill(element, 'az-summary', 'Qısa');
    const save = $(element, 'button[type="submit"]')!;
    await userEvent.click(save);
    await until(() => held);
    await element.updateComplete;
    expect(save.textContent?.trim()).toBe('Please wait…');
    expect(save.getAttribute('aria-disabled')).toBe('true');
    // Still operable (aria-disabled keeps it focusable): activating it again asks nothing more.
    save.click();
    await element.updateComplete;
    expect(asked).toBe(1);
    held!.release();
    await until(() => $(element, '[part~="status"]')?.textContent?.trim() === 'Draft');
    expect(save.textContent?.trim()).toBe('Save draft');
    expect(save.getAttribute('aria-disabled')).toBe('false');
  });
});

describe('<icra-news-editor> unsaved work through an expiry and a re-sign-in', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('gives the same official the open article back as typed; another never sees it; a sign-out forgets it', async () => {
    // The token's ten minutes run on a fake clock: the test moves it, nothing waits.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const { element, fixture } = await editor({ session: 'signed-out' });
    const session = sessionFor(fixture.api);
    const nicat = fixtureToken('official', 'staff:guba-editor');
    session.accept(nicat, 600);
    await userEvent.click(await until(() => $(element, '[part~="new"]')));
    await fill(element, 'az-title', 'Yeni park');
    await fill(element, 'az-summary', 'Şəhərdə yeni park açıldı.');
    await typeBody(element, 'az', 'Park bu gün açılır');
    await userEvent.click($(element, '#tab-en')!);
    await fill(element, 'en-title', 'A new park');

    vi.advanceTimersByTime(600_000);
    await until(() => session.state.status === 'signed-out' && !$(element, 'form'));
    expect($(element, '#az-title')).toBeNull();

    session.accept(nicat, 600);
    const title = await until(() => $<HTMLInputElement>(element, '#az-title'));
    expect(title.value).toBe('Yeni park');
    expect($<HTMLTextAreaElement>(element, '#az-summary')!.value).toBe('Şəhərdə yeni park açıldı.');
    expect($<HTMLInputElement>(element, '#en-title')!.value).toBe('A new park');
    // The tab left open is open again, its field visible as the reader left it.
    expect($(element, '#en-title')!.getBoundingClientRect().width).toBeGreaterThan(0);
    await userEvent.click($(element, '#tab-az')!);
    await until(() => area(element, 'az').textContent === 'Park bu gün açılır');

    // Another official after the next expiry: the list, none of the draft.
    vi.advanceTimersByTime(600_000);
    await until(() => !$(element, 'form'));
    session.accept(fixtureToken('official', 'staff:guba-other'), 600);
    await until(() => $(element, '[part~="new"]'));
    expect($(element, '#az-title')).toBeNull();

    // Nicat again, but after an explicit sign-out on the page: nothing is kept.
    const control = $(element, 'icra-sign-in')!;
    await userEvent.click(await until(() => $(control, '[part~="sign-out"]')));
    session.accept(nicat, 600);
    await until(() => $(element, '[part~="new"]'));
    expect($(element, '#az-title')).toBeNull();
  });
});

describe('<icra-news-editor> an invalid title, as seen', () => {
  it('has the danger colour as its border, not the grey one', async () => {
    const { element } = await editor();
    await userEvent.click(await until(() => $(element, '[part~="new"]')));
    await userEvent.click(await until(() => $(element, 'button[type="submit"]')));
    const title = await until(() => $<HTMLInputElement>(element, '#az-title[aria-invalid="true"]'));
    // The danger colour as the widget resolves it, read from an error message's text.
    const danger = getComputedStyle($(element, '#az-title-error')!).color;
    title.blur();
    const border = getComputedStyle(title);
    expect(border.borderTopColor).toBe(danger);
    expect(border.borderLeftColor).toBe(danger);
  });
});
