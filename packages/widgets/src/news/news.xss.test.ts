/**
 * XSS payloads in every field of an article (title, summary, bodyHtml, cover alt, cover url),
 * delivered through the SDK's injected `fetch` as a compromised or buggy server would send them:
 * the widget renders them inert — no script runs, no event handler attribute survives, no
 * `javascript:` URL is left, nothing but the allow-list in the body.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { $, $$, cleanup, mount, shadow, titles, until } from '../../test/helpers.js';
import '../index.js';
import { createNewsFixtureClient, type NewsArticle, newsArticles } from './fixtures.js';
import type { IcraNews } from './news.js';

/** Where the payloads would record that they ran. */
const ran = globalThis as { icraXss?: string[] };

const run = (label: string) => `(globalThis.icraXss=globalThis.icraXss||[]).push('${label}')`;

const TEXT_PAYLOADS = [
  `<script>${run('script')}</script>`,
  `<img src=x onerror="${run('img')}">`,
  `"><svg onload="${run('svg')}">`,
  `javascript:${run('js')}`,
  `{{constructor.constructor('${run('template')}')()}}`,
].join(' ');

const BODY_PAYLOAD = [
  '<p>Safe <strong>text</strong> and <a href="https://gov.az/">a link</a>.</p>',
  `<script>${run('body-script')}</script>`,
  `<img src=x onerror="${run('body-img')}">`,
  `<svg><script>${run('body-svg-script')}</script></svg>`,
  `<svg onload="${run('body-svg')}"></svg>`,
  `<iframe srcdoc="<script>parent.${run('body-iframe')}</script>"></iframe>`,
  `<iframe src="javascript:parent.${run('body-iframe-src')}"></iframe>`,
  `<object data="javascript:${run('body-object')}"></object>`,
  `<embed src="javascript:${run('body-embed')}">`,
  `<a href="javascript:${run('body-link')}" id="js-link">js link</a>`,
  `<a href=" jAvAsCrIpT:${run('body-link2')}">js link 2</a>`,
  `<a href="data:text/html,<script>${run('body-data')}</script>">data link</a>`,
  `<p onclick="${run('body-onclick')}" onmouseover="${run('body-over')}" style="background:url(javascript:x)">para</p>`,
  `<details open ontoggle="${run('body-toggle')}"><summary>s</summary></details>`,
  `<input autofocus onfocus="${run('body-focus')}">`,
  `<form action="javascript:${run('body-form')}"><button>b</button></form>`,
  `<math><mtext><table><mglyph><style><img src=x onerror="${run('body-mxss')}">`,
  `<noscript><p title="</noscript><img src=x onerror=${run('body-noscript')}>"></noscript>`,
  `<template><img src=x onerror="${run('body-template')}"></template>`,
  `<base href="javascript:/">`,
  `<meta http-equiv="refresh" content="0;url=javascript:${run('body-meta')}">`,
  `<style>@import 'javascript:${run('body-style')}';</style>`,
].join('');

function hostile(): NewsArticle[] {
  const [first, ...rest] = newsArticles('en');
  return [
    {
      ...first!,
      title: `Title ${TEXT_PAYLOADS}`,
      summary: `Summary ${TEXT_PAYLOADS}`,
      bodyHtml: BODY_PAYLOAD,
      cover: {
        url: `javascript:${run('cover-url')}`,
        alt: `" onerror="${run('alt')}" x="`,
        width: 640,
        height: 360,
      },
    },
    {
      ...rest[0]!,
      cover: {
        url: `" onerror="${run('cover-url2')}`,
        alt: `<img src=x onerror="${run('alt2')}">`,
        width: 1,
        height: 1,
      },
    },
  ];
}

/** Every element under `root`, through nested shadow roots. */
function everyElement(root: ParentNode): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    found.push(element);
    if (element.shadowRoot) found.push(...everyElement(element.shadowRoot));
  }
  return found;
}

function expectInert(element: IcraNews): void {
  expect(ran.icraXss).toBeUndefined();
  for (const node of everyElement(shadow(element))) {
    const name = node.localName;
    expect([
      'script',
      'iframe',
      'object',
      'embed',
      'svg',
      'math',
      'style',
      'form',
      'input',
      'base',
      'meta',
    ]).not.toContain(name);
    for (const attribute of node.attributes) {
      expect(attribute.name.startsWith('on'), `${name}[${attribute.name}]`).toBe(false);
      if (['href', 'src', 'action', 'formaction', 'data', 'srcdoc'].includes(attribute.name)) {
        expect(
          [...attribute.value]
            .filter((char) => char > ' ')
            .join('')
            .toLowerCase(),
        ).not.toMatch(/^(javascript|vbscript|data:text)/);
      }
    }
  }
}

beforeEach(() => {
  ran.icraXss = undefined;
  cleanup();
});
afterEach(cleanup);

describe('<icra-news> renders hostile content inert', () => {
  it('in the list: title, summary, cover alt and cover url', async () => {
    const element = await mount<IcraNews>('<icra-news lang="en"></icra-news>', (news) => {
      news.client = createNewsFixtureClient({ articles: hostile() });
    });
    await until(() => titles(element).length === 2);
    expect(titles(element)[0]).toBe(`Title ${TEXT_PAYLOADS}`);
    expect($(element, '[part~="summary"]')?.textContent).toBe(`Summary ${TEXT_PAYLOADS}`);
    // No image for a javascript: cover; the card keeps its placeholder.
    expect($$(element, '[part~="cover"]').filter((img) => img.localName === 'img')).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expectInert(element);
  });

  it('in the opened article: bodyHtml keeps only the allow-list, and links cannot run script', async () => {
    const element = await mount<IcraNews>('<icra-news lang="en"></icra-news>', (news) => {
      news.client = createNewsFixtureClient({ articles: hostile() });
    });
    await until(() => titles(element).length === 2);
    await userEvent.click($$(element, '.title-button')[0]!);
    const body = await until(() => $(element, '[part~="body"]'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expectInert(element);
    expect($(element, '#article-title')?.textContent).toBe(`Title ${TEXT_PAYLOADS}`);
    expect(body.querySelector('strong')?.textContent).toBe('text');
    const links = [...body.querySelectorAll('a')];
    expect(links.map((link) => [link.getAttribute('href'), link.rel])).toEqual([
      ['https://gov.az/', 'noopener noreferrer nofollow'],
    ]);
    const allowed = new Set([
      'p',
      'br',
      'strong',
      'em',
      'b',
      'i',
      'u',
      's',
      'h3',
      'h4',
      'h5',
      'ul',
      'ol',
      'li',
      'blockquote',
      'a',
    ]);
    for (const node of body.querySelectorAll('*')) {
      expect(allowed.has(node.localName), node.localName).toBe(true);
      expect([...node.attributes].map((a) => a.name).filter((n) => n !== 'href' && n !== 'rel')).toEqual([]);
    }
    // The texts of the removed javascript: links are still there, as plain text.
    expect(body.textContent).toContain('js link');
    expect(body.textContent).not.toContain('icraXss');
  });
});
