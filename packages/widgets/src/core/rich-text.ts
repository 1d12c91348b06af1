/**
 * Rich text from the portal, rebuilt on the client from an allow-list — never inserted as given.
 *
 * The server sanitizes `bodyHtml` on write, but a widget runs on the authority's page and must not
 * stake that page on it: the HTML is parsed inertly (`DOMParser` makes a document without a
 * browsing context, so nothing in it runs or loads), and only the allow-listed elements, with only
 * `href` on links, are created again as new nodes of this document. Everything else is dropped with
 * its content (script, style, embedded content…) or unwrapped, keeping its text. The list is the
 * server's: p, br, strong, em, b, i, u, s, h2, h3, h4, ul, ol, li, blockquote, a[href] with http:,
 * https:, mailto: or tel: and rel="noopener noreferrer nofollow".
 */

/** Elements kept, with no attribute except `href` on `a`. */
export const RICH_TEXT_ELEMENTS: ReadonlySet<string> = new Set(
  'p br strong em b i u s h2 h3 h4 ul ol li blockquote a'.split(' '),
);

/**
 * Elements dropped together with everything inside them: code, styles, embedded and foreign
 * content, form controls. (Void elements such as img, input or meta have no content: unwrapping
 * them leaves nothing.)
 */
const DROPPED = new Set(
  'script style template iframe frame frameset object embed applet noscript noembed noframes xmp svg math textarea select button title head video audio canvas map'.split(
    ' ',
  ),
);

export const LINK_REL = 'noopener noreferrer nofollow';

const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** Deeper than this, elements are unwrapped (their text kept): no stack runs out on hostile input. */
const MAX_DEPTH = 32;

/** The absolute http(s)/mailto/tel URL in `href`, normalised; anything else (javascript:, data:, relative…) is `undefined`. */
export function safeLinkHref(href: string | null | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href.trim());
    return LINK_PROTOCOLS.has(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

export interface RichTextOptions {
  /** Headings of the text are shifted so that `h2` becomes this level (to fit the page's outline). Default 2. */
  headingLevel?: number;
  /** Document to create the nodes in. Default: `document`. */
  document?: Document;
}

/**
 * Parses `html` inertly and returns the allow-listed part of it as new nodes (a fragment) of the
 * current document. List items outside a list are unwrapped; content other than items directly in
 * a list is wrapped in an item; whitespace-only text between block elements is dropped.
 */
export function richTextFragment(html: string, options: RichTextOptions = {}): DocumentFragment {
  const target = options.document ?? document;
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
  const shift = Math.min(Math.max(Math.trunc(options.headingLevel ?? 2) || 2, 1), 5) - 2;
  const fragment = target.createDocumentFragment();
  copyChildren(parsed.body, fragment, target, shift, 0, false);
  return fragment;
}

/** The allow-listed HTML of `html`, as a string (what the editor sends). */
export function sanitizeRichText(html: string): string {
  const container = document.createElement('div');
  container.append(richTextFragment(html));
  return container.innerHTML;
}

function copyChildren(
  from: Node,
  to: Node,
  target: Document,
  shift: number,
  depth: number,
  inList: boolean,
): void {
  for (let node = from.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.textContent ?? '';
      if (inList && !text.trim()) continue;
      if (inList) {
        const item = target.createElement('li');
        item.append(target.createTextNode(text));
        to.appendChild(item);
      } else {
        to.appendChild(target.createTextNode(text));
      }
      continue;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) continue; // comments, processing instructions
    const element = node as Element;
    // Elements of the parsed HTML document are in the HTML namespace unless inside svg/math (dropped).
    const name = element.localName.toLowerCase();
    if (DROPPED.has(name)) continue;
    const rebuilt = depth < MAX_DEPTH ? rebuild(element, name, target, shift) : undefined;
    const isItem = name === 'li' && rebuilt !== undefined;
    if (inList && !isItem) {
      // Content directly in a list goes into an item of its own (a nested list, stray text…).
      const item = target.createElement('li');
      if (rebuilt) {
        copyChildren(element, rebuilt, target, shift, depth + 1, isList(rebuilt));
        item.append(rebuilt);
      } else {
        copyChildren(element, item, target, shift, depth + 1, false);
      }
      if (item.hasChildNodes()) to.appendChild(item);
      continue;
    }
    if (!rebuilt || (name === 'li' && !(to instanceof Element && isList(to)))) {
      // Not allowed here: keep its content, in place.
      copyChildren(element, to, target, shift, depth + 1, false);
      continue;
    }
    copyChildren(element, rebuilt, target, shift, depth + 1, isList(rebuilt));
    to.appendChild(rebuilt);
  }
}

function isList(element: Element): boolean {
  return element.localName === 'ul' || element.localName === 'ol';
}

function rebuild(element: Element, name: string, target: Document, shift: number): Element | undefined {
  if (!RICH_TEXT_ELEMENTS.has(name)) return undefined;
  if (name === 'a') {
    const href = safeLinkHref(element.getAttribute('href'));
    if (!href) return undefined;
    const link = target.createElement('a');
    link.setAttribute('href', href);
    link.setAttribute('rel', LINK_REL);
    return link;
  }
  if (name === 'h2' || name === 'h3' || name === 'h4') {
    const level = Math.min(Number(name[1]) + shift, 6);
    return target.createElement(`h${level}`);
  }
  return target.createElement(name);
}
