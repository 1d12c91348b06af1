/**
 * The sign-in pages escape every text they show, so nothing a request carries can become markup.
 */
import { describe, expect, it } from 'vitest';
import { renderCallbackPage, renderDemoPage, renderErrorPage } from '../src/features/identity/pages.js';

const PAYLOAD = `"><script>alert(1)</script><img src=x onerror='alert(2)'>&`;

describe('sign-in pages', () => {
  it('escape every text', () => {
    const pages = [
      renderDemoPage({
        lang: 'en',
        origin: PAYLOAD,
        authority: PAYLOAD,
        formToken: PAYLOAD,
        langLinks: { az: PAYLOAD, en: PAYLOAD, ru: PAYLOAD },
        citizens: [{ subject: PAYLOAD, name: PAYLOAD, fin: PAYLOAD, birthDate: PAYLOAD, place: PAYLOAD }],
        officials: [
          { subject: PAYLOAD, name: PAYLOAD, authority: PAYLOAD, roles: [PAYLOAD] },
          { subject: PAYLOAD, name: PAYLOAD, authority: null, roles: [] },
        ],
      }),
      renderCallbackPage('ru', { origin: PAYLOAD, state: PAYLOAD, iss: PAYLOAD, code: PAYLOAD }),
      renderCallbackPage('en', {
        origin: PAYLOAD,
        state: PAYLOAD,
        iss: PAYLOAD,
        error: PAYLOAD,
        errorDescription: PAYLOAD,
      }),
      renderErrorPage('az', [PAYLOAD]),
    ];
    for (const html of pages) {
      expect(html).not.toContain('<script>');
      expect(html).not.toContain('<img');
      expect(html).not.toMatch(/="[^"]*"[^ >]/); // no attribute broken out of its quotes
      expect(html).toContain(
        '&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=&#39;alert(2)&#39;&gt;&amp;',
      );
    }
  });
});
