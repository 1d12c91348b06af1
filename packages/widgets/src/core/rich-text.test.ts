import { describe, expect, it } from 'vitest';
import { richTextFragment, safeLinkHref, sanitizeRichText } from './rich-text.js';

function html(input: string, headingLevel?: number): string {
  const box = document.createElement('div');
  box.append(richTextFragment(input, headingLevel ? { headingLevel } : {}));
  return box.innerHTML;
}

describe('rich text from the allow-list', () => {
  it('keeps the allowed elements and drops every attribute', () => {
    expect(
      html(
        '<p class="x" style="color:red" id="a">One <strong title="t">two</strong> <em>three</em> <b>b</b> <i>i</i> <u>u</u> <s>s</s><br data-x="1">four</p>',
      ),
    ).toBe('<p>One <strong>two</strong> <em>three</em> <b>b</b> <i>i</i> <u>u</u> <s>s</s><br>four</p>');
    expect(html('<h2>A</h2><h3>B</h3><h4>C</h4><blockquote>Q</blockquote>')).toBe(
      '<h2>A</h2><h3>B</h3><h4>C</h4><blockquote>Q</blockquote>',
    );
    expect(html('<ul><li>a</li><li>b</li></ul><ol><li>c</li></ol>')).toBe(
      '<ul><li>a</li><li>b</li></ul><ol><li>c</li></ol>',
    );
  });

  it('drops scripts, styles and embedded content with their content; unwraps the rest keeping text', () => {
    expect(
      html(
        '<p>a<script>alert(1)</script><style>p{}</style><iframe src="x"></iframe><object data="x">o</object><template><b>t</b></template>b</p>',
      ),
    ).toBe('<p>ab</p>');
    expect(html('<div><span onclick="x()">kept</span> <font color="red">text</font></div><h1>big</h1>')).toBe(
      'kept textbig',
    );
    expect(
      html(
        '<svg onload="alert(1)"><text>x</text></svg><math><mi>y</mi></math><img src=x onerror="alert(1)">',
      ),
    ).toBe('');
    expect(html('<!-- comment --><p>c</p>')).toBe('<p>c</p>');
  });

  it('keeps http, https, mailto and tel links with rel, and unwraps any other', () => {
    expect(html('<a href="https://gov.az/x?a=1&amp;b=2" target="_blank" onclick="x()">go</a>')).toBe(
      '<a href="https://gov.az/x?a=1&amp;b=2" rel="noopener noreferrer nofollow">go</a>',
    );
    expect(html('<a href="mailto:info@ganja.gov.az">m</a><a href="tel:+994222000000">t</a>')).toBe(
      '<a href="mailto:info@ganja.gov.az" rel="noopener noreferrer nofollow">m</a><a href="tel:+994222000000" rel="noopener noreferrer nofollow">t</a>',
    );
    for (const href of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      '&#106;avascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:x',
      '/relative',
      '//evil.example',
      '',
    ]) {
      expect(html(`<a href="${href.replace(/"/g, '&quot;')}">x</a>`), href).toBe('x');
    }
    expect(safeLinkHref('javascript:alert(1)')).toBeUndefined();
    expect(safeLinkHref('HTTPS://Gov.AZ')).toBe('https://gov.az/');
  });

  it('keeps lists well formed', () => {
    expect(html('<li>alone</li>')).toBe('alone');
    expect(html('<ul>text<li>a</li><ul><li>n</li></ul> </ul>')).toBe(
      '<ul><li>text</li><li>a</li><li><ul><li>n</li></ul></li></ul>',
    );
  });

  it('shifts the headings to continue the outline', () => {
    expect(html('<h2>A</h2><h3>B</h3><h4>C</h4>', 3)).toBe('<h3>A</h3><h4>B</h4><h5>C</h5>');
    expect(html('<h4>C</h4>', 6)).toBe('<h6>C</h6>');
  });

  it('survives very deep nesting (text kept, no stack overflow)', () => {
    const deep = `${'<b>'.repeat(5000)}deep${'</b>'.repeat(5000)}`;
    expect(html(deep)).toContain('deep');
  });

  it('runs nothing while parsing', async () => {
    const flag = globalThis as { icraRichTextRan?: boolean };
    sanitizeRichText(
      '<img src=x onerror="globalThis.icraRichTextRan=true"><script>globalThis.icraRichTextRan=true</script>',
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(flag.icraRichTextRan).toBeUndefined();
  });
});
