/**
 * Checking answers against a form: the journey is replayed, then each field of each reached step
 * is checked against its JSON Schema, and each problem becomes one message in the citizen's
 * language. The widget runs it on every step and the portal on every save and at submit, so the
 * two never disagree.
 */
import { isAnswered, type Journey, replayJourney, validatorFor } from './journey.js';
import { MESSAGES, type MessageKey, requiredKey } from './messages.js';
import type { Answers, FormField, JsonSchema, Lang, ServiceForm } from './types.js';

export interface FieldError {
  /** The field's name in the answers. */
  field: string;
  /** The JSON Schema keyword that failed, or `required` for a missing answer. */
  keyword: string;
  /** For the citizen, in the language asked. */
  message: string;
}

export interface ValidateOptions {
  lang: Lang;
  /** Check only the fields of these steps (when reached); absent: every reached step. */
  steps?: readonly string[] | undefined;
  /** Check only the answers given, not whether required ones are missing (a draft being saved). */
  partial?: boolean | undefined;
}

export interface Validation extends Journey {
  errors: FieldError[];
}

/** Keywords that only apply others: their failure is reported by the keyword inside them. */
const STRUCTURAL = new Set([
  'properties',
  'items',
  'prefixItems',
  'allOf',
  'anyOf',
  'oneOf',
  '$ref',
  'if',
  'then',
  'else',
]);

/** The value of the keyword at a `#/…` location of `schema`. */
function keywordValue(schema: JsonSchema, location: string): unknown {
  let node: unknown = schema;
  for (const part of location.replace(/^#\/?/, '').split('/')) {
    if (part === '' || node === null || typeof node !== 'object') continue;
    node = (node as Record<string, unknown>)[part.replaceAll('~1', '/').replaceAll('~0', '~')];
  }
  return node;
}

function messageKey(keyword: string, field: FormField, schema: JsonSchema, value: unknown): MessageKey {
  switch (keyword) {
    case 'type':
      return schema.type === 'integer' ? 'integer' : schema.type === 'number' ? 'number' : 'type';
    case 'format':
      return schema.format === 'date' ? 'date' : schema.format === 'email' ? 'email' : 'invalid';
    case 'pattern':
      return field.kind === 'phone' ? 'phone' : field.kind === 'fin' ? 'fin' : 'pattern';
    case 'minLength':
    case 'maxLength':
    case 'minimum':
    case 'maximum':
    case 'minItems':
    case 'uniqueItems':
      return keyword;
    case 'exclusiveMinimum':
      return 'minimum';
    case 'exclusiveMaximum':
      return 'maximum';
    case 'maxItems':
      return field.kind === 'file' ? 'maxFiles' : 'maxItems';
    case 'enum':
    case 'const':
      return Array.isArray(value) || field.options ? 'enum' : 'invalid';
    default:
      return 'invalid';
  }
}

/** Checks one answer against its schema; the first problem, or undefined. */
export function checkAnswer(
  name: string,
  field: FormField,
  schema: JsonSchema | undefined,
  value: unknown,
  lang: Lang,
): FieldError | undefined {
  const label = field.label;
  if (!schema) return { field: name, keyword: 'invalid', message: MESSAGES[lang].invalid({ label, n: 0 }) };
  const result = validatorFor(schema).validate(value);
  if (result.valid) return undefined;
  const failure = result.errors.find((unit) => !STRUCTURAL.has(unit.keyword)) ?? result.errors[0]!;
  const key = messageKey(failure.keyword, field, schema, value);
  const n = Number(keywordValue(schema, failure.keywordLocation)) || 0;
  return { field: name, keyword: failure.keyword, message: MESSAGES[lang][key]({ label, n }) };
}

/**
 * Replays the journey with `answers` and checks what is kept: a missing required answer, or an
 * answer its schema refuses, is one error per field, in the order of the form. Fields the registry
 * fills are not checked (nor kept): the portal writes them.
 */
export function validateAnswers(form: ServiceForm, answers: Answers, options: ValidateOptions): Validation {
  const journey = replayJourney(form, answers);
  const errors: FieldError[] = [];
  for (const step of journey.steps) {
    if (options.steps && !options.steps.includes(step.id)) continue;
    for (const name of step.fields) {
      const field = form.fields[name];
      if (!field || field.registry) continue;
      const value = journey.answers[name];
      if (!isAnswered(value)) {
        if (!options.partial && step.required.includes(name)) {
          const message = MESSAGES[options.lang][requiredKey(field.kind)]({ label: field.label, n: 0 });
          errors.push({ field: name, keyword: 'required', message });
        }
        continue;
      }
      const error = checkAnswer(name, field, form.schema.properties[name], value, options.lang);
      if (error) errors.push(error);
    }
  }
  return { ...journey, errors };
}
