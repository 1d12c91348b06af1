/**
 * The editorial HTML allow-list, applied on write: what an editor stores is what every reader gets,
 * and the widgets rebuild the same allow-list again on render (never trusting it blindly).
 *
 * sanitize-html 2.17.5 (htmlparser2 10) is the newest release that still runs on Node 20 (2.17.6 and
 * later need Node 22.12); it is parser-based (no regular expressions over markup), decodes entities
 * before checking a URL's scheme, and is maintained by Apostrophe.
 */
import sanitizeHtml from 'sanitize-html';

/** Elements kept, with their text. Everything else is unwrapped (text kept) or dropped (below). */
export const ALLOWED_TAGS = [
  'p',
  'br',
  'strong',
  'em',
  'b',
  'i',
  'u',
  's',
  'h2',
  'h3',
  'h4',
  'ul',
  'ol',
  'li',
  'blockquote',
  'a',
] as const;

/** Link schemes admitted in `a[href]`. */
export const ALLOWED_SCHEMES = ['http', 'https', 'mailto', 'tel'] as const;

/** The `rel` every link gets. */
export const LINK_REL = 'noopener noreferrer nofollow';

/** Elements dropped together with their content. */
const DROPPED_WITH_CONTENT = [
  'script',
  'style',
  'iframe',
  'object',
  'embed',
  'template',
  'noscript',
  'noembed',
  'noframes',
  'textarea',
  'select',
  'option',
  'title',
  'head',
  'svg',
  'math',
  'xmp',
  'plaintext',
  'frameset',
  'frame',
  'applet',
];

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [...ALLOWED_TAGS],
  allowedAttributes: { a: ['href', 'rel'] },
  allowedSchemes: [...ALLOWED_SCHEMES],
  allowedSchemesByTag: {},
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  allowedClasses: {},
  allowedStyles: {},
  disallowedTagsMode: 'discard',
  nonTextTags: DROPPED_WITH_CONTENT,
  selfClosing: ['br'],
  enforceHtmlBoundary: false,
  parseStyleAttributes: false,
  transformTags: {
    a: (tagName, attribs) => {
      const result: sanitizeHtml.Attributes = { rel: LINK_REL };
      if (attribs.href !== undefined) result.href = attribs.href;
      return { tagName, attribs: result };
    },
  },
};

/** The body HTML an editor sent, reduced to the allow-list. */
export function sanitizeBodyHtml(html: string): string {
  return sanitizeHtml(html, OPTIONS).trim();
}

const BLOCK = /<\/?(?:p|h2|h3|h4|li|blockquote|ul|ol)>/g;

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * Plain-text paragraphs of sanitized HTML (the public `body`): one per block element, line breaks
 * kept as "\n", tags removed, entities decoded. Only for the output of {@link sanitizeBodyHtml},
 * whose markup is the allow-list and nothing else.
 */
export function paragraphsOf(sanitized: string): string[] {
  return sanitized
    .replace(/<br\s*\/?>/g, '\n')
    .split(BLOCK)
    .map((part) =>
      decodeEntities(part.replace(/<[^>]*>/g, ''))
        .replace(/[ \t\r\f]+/g, ' ')
        .replace(/ ?\n ?/g, '\n')
        .trim(),
    )
    .filter((part) => part !== '');
}
