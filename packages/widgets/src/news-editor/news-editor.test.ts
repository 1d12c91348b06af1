import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { $, $$, cleanup, deepActiveElement, mount, until } from '../../test/helpers.js';
import '../index.js';
import '../news-editor/define.js';
import { createEditorFixture, type EditorFixtureOptions } from './fixtures.js';
import type { IcraNewsEditor } from './news-editor.js';

beforeEach(cleanup);
afterEach(cleanup);

interface Sent {
  method: string;
  path: string;
  key: string | null;
  ifMatch: string | null;
  body: unknown;
}

async function editor(options: EditorFixtureOptions = {}, lang = 'en') {
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
      element.fetch = fixture.fetch;
    },
  );
  return { element, sent, fixture };
}

const writes = (sent: Sent[]) => sent.filter((request) => request.method !== 'GET');

async function fill(element: IcraNewsEditor, id: string, text: string): Promise<void> {
  const field = $<HTMLInputElement>(element, `#${id}`)!;
  await userEvent.fill(field, text);
}

async function typeBody(element: IcraNewsEditor, lang: string, text: string): Promise<void> {
  const area = $(element, `#${lang}-body`)!;
  await userEvent.click(area);
  await userEvent.keyboard(text);
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
    await userEvent.click($(element, '.tool.bold')!);
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
    // Two 503s: the SDK's own retry (allowed because the write carries a key) and the reader's first try both fail.
    const { element, sent } = await editor({ failWrites: 2 });
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
    await until(() => writes(sent).length === 4);
    const keys = writes(sent).map((write) => write.key);
    expect(writes(sent).map((write) => write.method)).toEqual(['POST', 'POST', 'POST', 'PATCH']);
    expect(new Set(keys.slice(0, 3)).size).toBe(1);
    expect(keys[3]).not.toBe(keys[0]);
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
    expect($(element, '#az-body')?.getAttribute('aria-describedby')).toContain('az-body-error');
  });

  it('opens an article, unpublishes it, and deletes it after confirmation', async () => {
    const { element, fixture } = await editor();
    await until(() => listed(element).length === 2);
    await userEvent.click($$(element, '[part~="item"] button')[1]!);
    await until(
      () =>
        ($(element, '#az-title') as HTMLInputElement | null)?.value === 'Quba almasının bayramı keçirildi',
    );
    await until(() => $(element, '#az-body')?.innerHTML === '<p>Bayram şəhər parkında keçirildi.</p>');
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

  it('states the cover limits up front and refuses other files before uploading', async () => {
    const { element, sent } = await editor();
    await userEvent.click(await until(() => $(element, '[part~="new"]')));
    expect($(element, '#cover-hint')?.textContent).toBe('PNG, JPEG or WebP, up to 2 MB.');
    const input = $<HTMLInputElement>(element, '#cover')!;
    expect(input.getAttribute('aria-describedby')).toContain('cover-hint');
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
    await userEvent.click($(element, '.tool.link')!);
    const field = await until(() => $<HTMLInputElement>(element, '#az-link'));
    expect(deepActiveElement()).toBe(field);
    await userEvent.fill(field, 'javascript:alert(1)');
    await userEvent.click([...$$(element, 'button')].find((b) => b.textContent?.trim() === 'Add link')!);
    await until(() => $(element, '#az-link-error'));
    expect(field.getAttribute('aria-describedby')).toBe('az-link-error');
    await userEvent.fill(field, 'https://e-gov.az/');
    await userEvent.keyboard('{Enter}');
    await until(() => !$(element, '#az-link'));
    const body = $(element, '#az-body')!;
    expect(deepActiveElement()).toBe(body);
    expect(body.innerHTML).toBe('<a href="https://e-gov.az/">Portal</a>');
  });

  it('keeps pasted HTML to the allow-list', async () => {
    const { element } = await editor();
    await userEvent.click(await until(() => $(element, '[part~="new"]')));
    const area = $(element, '#az-body')!;
    area.focus();
    const data = new DataTransfer();
    data.setData(
      'text/html',
      '<p style="color:red" onclick="alert(1)">Hi <a href="javascript:alert(1)">x</a><script>alert(2)</script></p>',
    );
    area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    await until(() => area.textContent?.includes('Hi'));
    expect(area.querySelector('[style], [onclick], script, a')).toBeNull();
  });
});
