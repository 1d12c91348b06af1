/**
 * The edit form's text as the editor holds it, its own checks, and what it sends: pure functions
 * of the draft, the bodies' HTML and the article being edited.
 */
import type { Lang } from '@icra/sdk';
import type { FieldProblem } from '../core/form-controller.js';
import { richTextFragment } from '../core/rich-text.js';
import type { EditorMessages } from './messages.js';
import type { EditorialNews, EditorialTranslationInput, NewsDraftInput, NewsUpdateInput } from './types.js';

export { LANGS } from '../core/lang.js';

import { LANGS } from '../core/lang.js';

type Part = 'title' | 'summary' | 'body' | 'alt';
/** The ids of the form's fields: one per language and part, and the cover. */
export type Field = `${Lang}-${Part}` | 'cover';
export const FIELDS: readonly Field[] = [
  ...LANGS.flatMap((lang) =>
    (['title', 'summary', 'body', 'alt'] as const).map((part) => `${lang}-${part}` as const),
  ),
  'cover',
];

/** The API's names of the fields, as they appear in error pointers. */
const API_FIELD: Record<string, Part> = {
  title: 'title',
  summary: 'summary',
  bodyHtml: 'body',
  coverAlt: 'alt',
};

export type Draft = Record<Lang, { title: string; summary: string; alt: string }>;
export type Bodies = Record<Lang, string>;
export type Translations = Record<Lang, EditorialTranslationInput | null>;

export function emptyDraft(): Draft {
  return {
    az: { title: '', summary: '', alt: '' },
    en: { title: '', summary: '', alt: '' },
    ru: { title: '', summary: '', alt: '' },
  };
}

/** The draft and bodies of an article as the portal has it (empty for a new one). */
export function draftOf(article: EditorialNews | undefined): { draft: Draft; bodies: Bodies } {
  const draft = emptyDraft();
  const bodies: Bodies = { az: '', en: '', ru: '' };
  for (const lang of LANGS) {
    const translation = article?.translations[lang];
    if (!translation) continue;
    draft[lang] = { title: translation.title, summary: translation.summary, alt: translation.coverAlt ?? '' };
    bodies[lang] = translation.bodyHtml;
  }
  return { draft, bodies };
}

/** The field a JSON pointer of the portal's field errors is about. */
export function fieldOfPointer(pointer: string): Field | undefined {
  const match = /^\/body\/translations\/(az|en|ru)\/(\w+)/.exec(pointer);
  const part = match?.[2] ? API_FIELD[match[2]] : undefined;
  if (match && part) return `${match[1] as Lang}-${part}`;
  return /^\/body$|cover/.test(pointer) ? 'cover' : undefined;
}

/** The language tab a field is on. */
export function langOf(field: Field): Lang | undefined {
  return LANGS.find((lang) => field.startsWith(`${lang}-`));
}

function textOf(html: string): string {
  const container = document.createElement('div');
  container.append(richTextFragment(html));
  return container.textContent?.trim() ?? '';
}

/**
 * The translations to send (`null` for an optional language left empty), or the problems that
 * keep them from being sent.
 */
export function checkDraft(
  draft: Draft,
  bodies: Bodies,
  messages: EditorMessages,
): { translations: Translations } | { problems: FieldProblem<Field>[] } {
  const problems: FieldProblem<Field>[] = [];
  const result = {} as Translations;
  for (const lang of LANGS) {
    const { title, summary, alt } = draft[lang];
    const bodyHtml = bodies[lang];
    const any = title.trim() || summary.trim() || textOf(bodyHtml) || alt.trim();
    if (lang !== 'az' && !any) {
      result[lang] = null;
      continue;
    }
    const name = messages.langName(lang);
    const say = (text: string) => (lang === 'az' ? text : messages.inLang(text, name));
    if (!title.trim()) problems.push({ field: `${lang}-title`, text: say(messages.errorTitleRequired) });
    else if (title.length > 200)
      problems.push({ field: `${lang}-title`, text: say(messages.errorTitleLong) });
    if (!summary.trim())
      problems.push({ field: `${lang}-summary`, text: say(messages.errorSummaryRequired) });
    else if (summary.length > 600)
      problems.push({ field: `${lang}-summary`, text: say(messages.errorSummaryLong) });
    result[lang] = { title: title.trim(), summary: summary.trim(), bodyHtml, coverAlt: alt.trim() || null };
  }
  return problems.length > 0 ? { problems } : { translations: result };
}

/** A new draft: Azerbaijani, and the other languages filled in. */
export function draftInput(
  authority: string,
  { az, en, ru }: Translations & { az: EditorialTranslationInput },
): NewsDraftInput {
  const body: NewsDraftInput = { authority, translations: { az } };
  if (en) body.translations.en = en;
  if (ru) body.translations.ru = ru;
  return body;
}

/** A change of `current`: a translation emptied here is removed (`null`), one never there is left out. */
export function updateInput(
  current: EditorialNews,
  { az, en, ru }: Translations & { az: EditorialTranslationInput },
): NewsUpdateInput {
  const body: NewsUpdateInput = { translations: { az } };
  if (en) body.translations.en = en;
  else if (current.translations.en) body.translations.en = null;
  if (ru) body.translations.ru = ru;
  else if (current.translations.ru) body.translations.ru = null;
  return body;
}
