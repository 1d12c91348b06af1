/**
 * The editorial HTML allow-list, applied on write: what an editor stores is what every reader gets,
 * and the widgets rebuild the same allow-list again on render (never trusting it blindly).
 *
 * sanitize-html 2.17.5 (htmlparser2 10) is the newest release that still runs on Node 20 (2.17.6 and
 * later need Node 22.12); it is parser-based (no regular expressions over markup), decodes entities
 * before checking a URL's scheme, and is maintained by Apostrophe.
 */
import { Parser } from 'htmlparser2';
import sanitizeHtml from 'sanitize-html';
import { format, type Translations } from '../../http/messages.js';

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

/**
 * The deepest nesting of elements a body may have. sanitize-html's cost grows with the square of
 * the depth (200,000 characters of unclosed `<b>` took seconds); the widgets rebuild at most this
 * many levels too (core/rich-text.ts), so nothing deeper could ever be shown as sent.
 */
export const MAX_BODY_HTML_DEPTH = 32;

/** sanitize-html's output, and nothing else: what is stored and served. */
export type SanitizedHtml = string & { readonly sanitized: unique symbol };

/** Why a body is refused, for the field error at its pointer. */
export type BodyHtmlRefusal = { refused: Translations };

const ALLOWED: ReadonlySet<string> = new Set(ALLOWED_TAGS);
const DROPPED: ReadonlySet<string> = new Set(DROPPED_WITH_CONTENT);
const LINK_PROTOCOLS: ReadonlySet<string> = new Set(ALLOWED_SCHEMES.map((scheme) => `${scheme}:`));
/** At most this many losses are named in one error; enough to find them, short enough to read. */
const MAX_NAMED = 5;
/** How much of a lost text an error quotes. */
const QUOTE_LENGTH = 60;

const listed = ALLOWED_TAGS.filter((tag) => tag !== 'a').join(', ');

/** What a refusal says, in the three languages ({lost}: the losses, {maximum}: the depth). */
const refusalText = {
  depth: {
    az: 'Elementlər {maximum} səviyyədən dərin iç-içə yerləşdirilib; ən çoxu {maximum} səviyyə qəbul edilir.',
    en: 'Elements are nested more than {maximum} levels deep; at most {maximum} levels are accepted.',
    ru: 'Элементы вложены глубже {maximum} уровней; допускается не более {maximum}.',
  },
  loss: {
    az:
      `Yadda saxlananda bunlar itərdi: {lost}. Yalnız ${listed} və keçidlər (http, https, mailto, tel) ` +
      'saxlanılır; qalanını silin və ya əvəz edin.',
    en:
      `Saving would lose: {lost}. Only ${listed} and links (http, https, mailto, tel) are kept; remove or ` +
      'replace the rest.',
    ru:
      `При сохранении было бы потеряно: {lost}. Сохраняются только ${listed} и ссылки (http, https, mailto, ` +
      'tel); удалите или замените остальное.',
  },
  element: { az: '<{name}>', en: '<{name}>', ru: '<{name}>' },
  elementWithText: {
    az: '<{name}> və içindəki mətn “{text}”',
    en: '<{name}> with the text “{text}”',
    ru: '<{name}> вместе с текстом «{text}»',
  },
  unclosedComment: {
    az: 'bağlanmamış şərhdən (<!--) sonrakı hər şey: “{text}”',
    en: 'everything after an unclosed comment (<!--): “{text}”',
    ru: 'всё после незакрытого комментария (<!--): «{text}»',
  },
  unclosedTag: {
    az: 'sonda bağlanmamış teq: “{text}”',
    en: 'an unclosed tag at the end: “{text}”',
    ru: 'незакрытый тег в конце: «{text}»',
  },
  link: {
    az: 'keçid ünvanı “{text}”',
    en: 'the link address “{text}”',
    ru: 'адрес ссылки «{text}»',
  },
  attributeMarkup: {
    az: '<{name}> elementinin {attribute} atributu, içində HTML var (dırnaq bağlanmayıb?): “{text}”',
    en: 'the {attribute} attribute of <{name}>, which holds markup (is a quote missing?): “{text}”',
    ru: 'атрибут {attribute} у <{name}>, в котором есть разметка (не закрыта кавычка?): «{text}»',
  },
  text: { az: 'mətnin bir hissəsi', en: 'part of the text', ru: 'часть текста' },
  more: { az: 'və başqaları', en: 'and more', ru: 'и другое' },
} satisfies Record<string, Translations>;

type Loss = { key: keyof typeof refusalText; values: Record<string, string> };

/** A short, one-line quotation of text an editor would lose. */
function quote(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > QUOTE_LENGTH ? `${line.slice(0, QUOTE_LENGTH)}…` : line;
}

/** Whether sanitize-html keeps this href, as the widgets do: an absolute http(s), mailto or tel URL. */
function keptHref(href: string): boolean {
  try {
    return LINK_PROTOCOLS.has(new URL(href.trim()).protocol);
  } catch {
    return false;
  }
}

const withoutSpace = (text: string) => text.replace(/\s+/g, '');

interface Reading {
  tooDeep: boolean;
  losses: Loss[];
  /** Every text the body holds outside dropped elements, as the parser decoded it. */
  text: string;
  /** How many links keep their href. */
  links: number;
}

/**
 * One pass of htmlparser2 (the parser sanitize-html uses, with its options) over the body: how deep
 * it nests, stopping as soon as it is too deep (so the stack it keeps stays short and the pass
 * linear), and everything sanitizing would remove that is more than markup: elements outside the
 * allow-list (with the text they would take along), link addresses, a comment or tag left open that
 * swallows the rest, attribute values that hold markup. Closed comments, declarations and
 * attributes other than href are markup, not content: they go without a word.
 */
function read(html: string): Reading {
  const reading: Reading = { tooDeep: false, losses: [], text: '', links: 0 };
  const named = new Set<string>();
  let depth = 0;
  /** Where the last node the parser reported ends: what follows is still to be read. */
  let consumed = 0;
  const done = () => {
    consumed = parser.endIndex + 1;
  };
  /** The dropped element being read, and the text found in it so far. */
  let dropped: { name: string; depth: number; text: string } | undefined;
  const lose = (id: string, loss: Loss) => {
    if (named.has(id)) return;
    named.add(id);
    reading.losses.push(loss);
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        done();
        depth += 1;
        if (depth > MAX_BODY_HTML_DEPTH) {
          reading.tooDeep = true;
          parser.pause();
          return;
        }
        if (dropped) return;
        for (const [attribute, value] of Object.entries(attributes)) {
          if ((name !== 'a' || attribute !== 'href') && /[<>]/.test(value))
            lose(`attribute:${name}:${attribute}`, {
              key: 'attributeMarkup',
              values: { name, attribute, text: quote(value) },
            });
        }
        if (DROPPED.has(name)) dropped = { name, depth, text: '' };
        else if (!ALLOWED.has(name)) lose(`element:${name}`, { key: 'element', values: { name } });
        else if (name === 'a' && attributes.href !== undefined) {
          if (keptHref(attributes.href)) reading.links += 1;
          else lose(`link:${attributes.href}`, { key: 'link', values: { text: quote(attributes.href) } });
        }
      },
      onclosetag(_name, implied) {
        if (!implied) done();
        if (dropped && dropped.depth === depth) {
          const { name, text } = dropped;
          dropped = undefined;
          const shown = quote(text);
          if (shown === '') lose(`element:${name}`, { key: 'element', values: { name } });
          else lose(`dropped:${name}`, { key: 'elementWithText', values: { name, text: shown } });
        }
        depth -= 1;
      },
      ontext(text) {
        done();
        if (dropped) dropped.text += text;
        else reading.text += text;
      },
      onprocessinginstruction() {
        done();
      },
      oncomment() {
        done();
        // A comment the input never closes runs to its end: everything after `<!--` would be lost.
        if (parser.endIndex >= html.length && !dropped)
          lose('comment', {
            key: 'unclosedComment',
            values: { text: quote(html.slice(parser.startIndex).replace(/^<!-*/, '')) },
          });
      },
      onend() {
        // A tag still open at the end (`<a href="…` without its quote or `>`) is ignored by the
        // parser, with all it holds; only a bare tag name (`<b`, `</p`) holds nothing.
        // Closing tags of elements not open were read without a node: they are markup too.
        const rest = html
          .slice(consumed)
          .replace(/<\/[^\s<>]*>/g, '')
          .trim();
        if (!reading.tooDeep && rest.startsWith('<') && !/^<\/?[^\s/>]*$/.test(rest))
          lose('tag', { key: 'unclosedTag', values: { text: quote(rest) } });
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  if (!reading.tooDeep) parser.end();
  return reading;
}

function translate(key: keyof typeof refusalText, values: Record<string, string>): Translations {
  const text = refusalText[key];
  return { az: format(text.az, values), en: format(text.en, values), ru: format(text.ru, values) };
}

function lossRefusal(losses: Loss[]): BodyHtmlRefusal {
  const items = losses.slice(0, MAX_NAMED).map((loss) => translate(loss.key, loss.values));
  if (losses.length > MAX_NAMED) items.push(refusalText.more);
  const lost = (lang: keyof Translations) => items.map((item) => item[lang]).join('; ');
  return {
    refused: {
      az: format(refusalText.loss.az, { lost: lost('az') }),
      en: format(refusalText.loss.en, { lost: lost('en') }),
      ru: format(refusalText.loss.ru, { lost: lost('ru') }),
    },
  };
}

/** The text of sanitize-html's output (whose markup is the allow-list and nothing else). */
function textOfSanitized(sanitized: string): string {
  return decodeEntities(sanitized.replace(/<[^>]*>/g, ''));
}

/**
 * The body as it will be stored, or why it is refused: nested deeper than
 * {@link MAX_BODY_HTML_DEPTH} (found before sanitize-html runs), or holding content sanitizing would
 * drop, named in the refusal. What is accepted loses nothing but markup: after sanitizing, its text
 * and its links are checked to be all there, so that no content is ever dropped without a word.
 */
export function reviewBodyHtml(html: string): SanitizedHtml | BodyHtmlRefusal {
  const reading = read(html);
  if (reading.tooDeep) return { refused: translate('depth', { maximum: String(MAX_BODY_HTML_DEPTH) }) };
  if (reading.losses.length > 0) return lossRefusal(reading.losses);
  const sanitized = sanitizeBodyHtml(html);
  const links = sanitized.match(/<a\b[^>]*\shref="/g)?.length ?? 0;
  if (withoutSpace(textOfSanitized(sanitized)) !== withoutSpace(reading.text) || links !== reading.links)
    return lossRefusal([{ key: 'text', values: {} }]);
  return sanitized as SanitizedHtml;
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
