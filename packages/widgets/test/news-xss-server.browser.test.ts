/**
 * XSS payloads through the real portal: a Masallı editor (signed in through the demo popup) writes an
 * article with payloads in every field and publishes it; <icra-news> renders it inert. The server
 * sanitizes bodyHtml on write and the widget rebuilds it again from the allow-list.
 */
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import '../src/index.js';
import '../src/news-editor/define.js';
import { sessionFor } from '../src/core/auth.js';
import type { IcraNewsEditor } from '../src/news-editor/news-editor.js';
import type { IcraSignIn } from '../src/sign-in/sign-in.js';
import { $, $$, cleanup, mount, shadow, titles, until } from './helpers.js';
import { capturePopups } from './oauth.js';

const api = inject('apiUrl');
capturePopups();
const ran = globalThis as { icraXss?: string[] };
const run = (label: string) => `(globalThis.icraXss=globalThis.icraXss||[]).push('${label}')`;

function reset(): void {
  cleanup();
  sessionFor(api).signOut();
  ran.icraXss = undefined;
}
beforeEach(reset);
afterEach(reset);

function everyElement(root: ParentNode): Element[] {
  return [...root.querySelectorAll('*')].flatMap((element) => [
    element,
    ...(element.shadowRoot ? everyElement(element.shadowRoot) : []),
  ]);
}

describe('hostile article through the real portal', () => {
  it('renders inert in <icra-news>', async () => {
    const editor = await mount<IcraNewsEditor>(
      `<icra-news-editor api="${api}" authority="masalli" lang="en"></icra-news-editor>`,
    );
    const control = await until(() => $<IcraSignIn>(editor, 'icra-sign-in'));
    await userEvent.click(await until(() => $(control, '[part~="sign-in"]')));
    await commands.popup({
      url: `${api}/oauth/authorize?response_type=code&client_id=masalli`,
      click: 'Xədicə Bayramova',
    });
    await until(() => $(editor, '[part~="new"]'), 10_000);
    const token = sessionFor(api).token!;
    const text = `<img src=x onerror="${run('text')}"><script>${run('text-script')}</script>`;
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const draft = (bodyHtml: string) =>
      fetch(`${api}/v1/editorial/news`, {
        method: 'POST',
        headers: { ...headers, 'idempotency-key': crypto.randomUUID() },
        body: JSON.stringify({
          authority: 'masalli',
          translations: {
            az: {
              title: `XSS ${Date.now()} ${text}`,
              summary: `Summary ${text}`,
              bodyHtml,
              coverAlt: `" onerror="${run('alt')}`,
            },
          },
        }),
      });
    // A body that sanitizing would take content from is refused, saying so beside the field.
    const refused = await draft(
      `<p>Safe <a href="javascript:${run('link')}">link</a> <a href="https://gov.az/">ok</a></p><img src=x onerror="${run('body')}"><svg onload="${run('svg')}"></svg><iframe srcdoc="<script>${run('iframe')}</script>"></iframe><p onclick="${run('click')}">p</p>`,
    );
    expect(refused.status).toBe(422);
    const problem = (await refused.json()) as { errors?: Array<{ pointer: string }> };
    expect(problem.errors?.map((e) => e.pointer)).toContain('/body/translations/az/bodyHtml');
    // What is accepted still carries payloads: in every text field, and an event handler attribute
    // (attributes outside the allow-list are dropped without a refusal).
    const created = await draft(
      `<p>Safe <a href="https://gov.az/">ok</a></p><p onclick="${run('click')}">p <b onmouseover="${run('hover')}">b</b></p>`,
    );
    expect(created.status).toBe(201);
    const article = (await created.json()) as { id: string; translations: { az: { title: string } } };
    const published = await fetch(`${api}/v1/editorial/news/${article.id}/publish`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'idempotency-key': crypto.randomUUID() },
    });
    expect(published.status).toBe(200);

    // Its own page size and language: a list URL no other test asked for (public reads are cacheable).
    const news = await mount(
      `<icra-news api="${api}" authority="masalli" lang="ru" page-size="4"></icra-news>`,
    );
    const index = await until(() => titles(news).indexOf(article.translations.az.title) + 1, 10_000);
    await userEvent.click($$(news, '.title-button')[index - 1]!);
    const body = await until(() => $(news, '[part~="body"]'));
    await until(() => body.textContent?.includes('Safe'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(ran.icraXss).toBeUndefined();
    for (const node of everyElement(shadow(news))) {
      expect(['script', 'iframe', 'svg', 'object', 'embed']).not.toContain(node.localName);
      for (const attribute of node.attributes) {
        expect(attribute.name.startsWith('on'), `${node.localName}[${attribute.name}]`).toBe(false);
        expect(attribute.value.trim().toLowerCase().startsWith('javascript:')).toBe(false);
      }
    }
    expect([...body.querySelectorAll('a')].map((link) => link.getAttribute('href'))).toEqual([
      'https://gov.az/',
    ]);
  });
});
