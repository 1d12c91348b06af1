/**
 * Turns a failed zod validation of @hono/zod-openapi into a 400 problem+json whose errors point
 * into the request (`/query/limit`, `/path/id`, …) and say what is wrong in the caller's language.
 */
import type { Hook } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { z } from 'zod';
import type { AppEnv } from './env.js';
import { type FieldTextKey, fieldText, format, type Translations } from './messages.js';
import { jsonPointer, problem } from './problem.js';

/** Where each validation target sits in the request, as the first segment of the JSON pointer. */
const TARGET_POINTER: Record<string, string> = {
  query: 'query',
  param: 'path',
  header: 'header',
  cookie: 'cookie',
  json: 'body',
  form: 'body',
};

/**
 * A refinement's issue can name its message: `.refine(fn, { params: { field: 'cursor' } })`.
 */
export function fieldIssue(field: FieldTextKey): { params: { field: FieldTextKey } } {
  return { params: { field } };
}

function translate(key: FieldTextKey, values: Record<string, string | number> = {}): Translations {
  const text = fieldText[key];
  return { az: format(text.az, values), en: format(text.en, values), ru: format(text.ru, values) };
}

/** What a zod issue means for the caller, in every language. */
export function describeIssue(issue: z.core.$ZodIssue): Translations {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return translate('required');
      if (issue.expected === 'number' || issue.expected === 'int') return translate('number');
      if (issue.expected === 'string') return translate('string');
      return translate('invalid');
    case 'too_small':
      return issue.origin === 'string'
        ? translate('minLength', { minimum: String(issue.minimum) })
        : translate('minNumber', { minimum: String(issue.minimum) });
    case 'too_big':
      return issue.origin === 'string'
        ? translate('maxLength', { maximum: String(issue.maximum) })
        : translate('maxNumber', { maximum: String(issue.maximum) });
    case 'invalid_value':
      return translate('oneOf', { values: issue.values.map(String).join(', ') });
    case 'invalid_format':
      return issue.format === 'uuid' ? translate('uuid') : translate('format');
    case 'custom': {
      const field = (issue.params as { field?: FieldTextKey } | undefined)?.field;
      return field && field in fieldText ? translate(field) : translate('invalid');
    }
    default:
      // Integers arrive here as `not_multiple_of` or as a format on number; say what is expected.
      if (issue.code === 'not_multiple_of') return translate('integer');
      return translate('invalid');
  }
}

/** The FieldErrors of a failed validation: one per field (the first issue of each). */
export function fieldErrors(target: string, error: z.ZodError) {
  const prefix = TARGET_POINTER[target] ?? target;
  const seen = new Set<string>();
  const errors: Array<{ pointer: string; detail: Translations }> = [];
  for (const issue of error.issues) {
    const pointer = jsonPointer([prefix, ...issue.path]);
    if (seen.has(pointer)) continue;
    seen.add(pointer);
    errors.push({ pointer, detail: describeIssue(issue) });
  }
  return errors;
}

/** The `defaultHook` of the OpenAPIHono apps: every route validates the same way. */
export const validationHook: Hook<unknown, AppEnv, string, unknown> = (result, c) => {
  if (result.success) return;
  return problem(c as Context<AppEnv>, {
    name: 'validation',
    status: 400,
    errors: fieldErrors(result.target, result.error),
  });
};
