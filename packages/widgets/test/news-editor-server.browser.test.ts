/**
 * <icra-news-editor> against the real server (test/global-setup.ts): officials sign in through the
 * portal's demo popup; a Guba editor writes an article with rich text, publishes it and readers
 * see it in <icra-news>, its body rebuilt from the allow-list; a Ganja official is refused.
 */
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import '../src/index.js';
import '../src/news-editor/define.js';
import { sessionFor } from '../src/core/auth.js';
import type { IcraNewsEditor } from '../src/news-editor/news-editor.js';
import type { IcraSignIn } from '../src/sign-in/sign-in.js';
import { $, $$, cleanup, mount, titles, until } from './helpers.js';
import { capturePopups } from './oauth.js';

const api = inject('apiUrl');
// Guba's popups only: other test files sign in to other authorities at the same time.
const authorize = `${api}/oauth/authorize?response_type=code&client_id=guba`;
capturePopups();

function reset(): void {
  cleanup();
  sessionFor(api).signOut();
}
beforeEach(reset);
afterEach(reset);

async function signIn(editor: IcraNewsEditor, who: string): Promise<void> {
  const control = await until(() => $<IcraSignIn>(editor, 'icra-sign-in'));
  await userEvent.click(await until(() => $(control, '[part~="sign-in"]')));
  await commands.popup({ url: authorize, click: who });
}

const button = (element: Element, name: string) =>
  $$(element, 'button').find((candidate) => candidate.textContent?.trim() === name);

describe('<icra-news-editor> on the real portal', () => {
  it('a Guba editor creates and publishes an article, and <icra-news> shows it with its rich text', async () => {
    const editor = await mount<IcraNewsEditor>(
      `<icra-news-editor api="${api}" authority="guba" lang="en"></icra-news-editor>`,
    );
    expect($(editor, '.intro')).not.toBeNull();
    await signIn(editor, 'Aytən Kazımova');
    await userEvent.click(await until(() => $(editor, '[part~="new"]'), 10_000));
    const title = `Library opens in Qırmızı Qəsəbə ${Date.now()}`;
    await userEvent.fill($(editor, '#az-title')!, title);
    await userEvent.fill($(editor, '#az-summary')!, 'A reading room for children opens.');
    // The rich-text field's toolbar and editing area are in its own shadow root.
    const field = $(editor, '#az-body')!;
    await userEvent.click($(field, '[part~="editor"]')!);
    await userEvent.keyboard('Opening ');
    await userEvent.click($(field, '.tool.bold')!);
    await userEvent.keyboard('on 1 December');
    await userEvent.click(button(editor, 'Publish')!);
    await until(() => $(editor, '[part~="status"]')?.textContent?.trim() === 'Published', 10_000);

    // Its own page size: a list URL no other test asked for (public reads are cacheable for a minute).
    const news = await mount(`<icra-news api="${api}" authority="guba" lang="az" page-size="5"></icra-news>`);
    const index = await until(() => titles(news).indexOf(title) + 1, 10_000);
    await userEvent.click($$(news, '.title-button')[index - 1]!);
    const shown = await until(() => $(news, '[part~="body"]'));
    await until(() => shown.querySelector('b, strong')?.textContent === 'on 1 December');
    expect(shown.textContent?.replace(/\s+/g, ' ').trim()).toBe('Opening on 1 December');

    // Back to the list: the article is there, published; unpublishing takes it off the public news.
    await userEvent.click(button(editor, 'Unpublish')!);
    await until(() => $(editor, '[part~="status"]')?.textContent?.trim() === 'Draft', 10_000);
    const page = (await (await fetch(`${api}/v1/news?authority=guba&limit=50`)).json()) as {
      items: { title: string }[];
    };
    expect(page.items.map((item) => item.title)).not.toContain(title);
  });

  it('uploads a cover image the portal stores and serves, and removes it', async () => {
    const editor = await mount<IcraNewsEditor>(
      `<icra-news-editor api="${api}" authority="guba" lang="en"></icra-news-editor>`,
    );
    await signIn(editor, 'Aytən Kazımova');
    await userEvent.click(await until(() => $(editor, '[part~="new"]'), 10_000));
    await userEvent.fill($(editor, '#az-title')!, `Cover ${Date.now()}`);
    await userEvent.fill($(editor, '#az-summary')!, 'With a picture.');
    await userEvent.fill($(editor, '#az-alt')!, 'A blue square');
    const canvas = document.createElement('canvas');
    canvas.width = 64;
    canvas.height = 48;
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#3d5a80';
    context.fillRect(0, 0, 64, 48);
    const png = await new Promise<Blob>((resolve) => canvas.toBlob((blob) => resolve(blob!), 'image/png'));
    const input = $<HTMLInputElement>(editor, '#cover')!;
    const transfer = new DataTransfer();
    transfer.items.add(new File([png], 'cover.png', { type: 'image/png' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    const img = await until(() => $<HTMLImageElement>(editor, '.cover img'), 10_000);
    expect(img.src).toMatch(new RegExp(`^${api}/media/uploads/[0-9a-f-]+\\.png$`));
    await until(() => img.complete && img.naturalWidth === 64);
    expect([img.width, img.height]).toEqual([64, 48]);
    await userEvent.click(button(editor, 'Remove the image')!);
    await until(() => !$(editor, '.cover img'), 10_000);
  });

  it('a Ganja official is told they cannot edit Guba’s news', async () => {
    const editor = await mount<IcraNewsEditor>(
      `<icra-news-editor api="${api}" authority="guba" lang="en"></icra-news-editor>`,
    );
    await signIn(editor, 'Samirə Bağırova');
    const refusal = await until(() => $(editor, '[part~="state"][role="alert"]'), 10_000);
    expect(refusal.textContent).toContain("You cannot edit this authority's news");
    expect($(editor, '[part~="new"]')).toBeNull();
  });
});
