/**
 * The shape of an e-service's application form as the portal serves it (`GET
 * /v1/services/{slug}/form`, in one language): JSON Schema 2020-12 for each answer, and a thin
 * flow layer of steps whose conditions are themselves JSON Schema over the answers.
 */
import type { Schema } from '@cfworker/json-schema';

export type { Schema as JsonSchema };

export const LANGS = ['az', 'en', 'ru'] as const;
export type Lang = (typeof LANGS)[number];

/**
 * What a field asks for, which decides how it is shown and what its answer is:
 * a string (text, longText, date as YYYY-MM-DD, choice, address, phone, email, fin), a number,
 * a boolean (yesNo), an array of strings (multiChoice), or an array of document ids (file).
 */
export const FIELD_KINDS = [
  'text',
  'longText',
  'number',
  'date',
  'choice',
  'multiChoice',
  'yesNo',
  'address',
  'phone',
  'email',
  'fin',
  'file',
] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];

/**
 * What the population registry gives a form: the portal writes these answers itself, from the
 * registry, when the application is submitted; the form shows them read-only.
 */
export const REGISTRY_SOURCES = ['fullName', 'fin', 'birthDate', 'address', 'familyMembers'] as const;
export type RegistrySource = (typeof REGISTRY_SOURCES)[number];

export interface FieldOption {
  value: string;
  label: string;
}

export interface FormField {
  kind: FieldKind;
  label: string;
  hint?: string | undefined;
  /** For a choice: radio buttons (the default) or a select. */
  display?: 'radio' | 'select' | undefined;
  /** For a choice or a multiple choice. */
  options?: FieldOption[] | undefined;
  /** Read-only: the portal fills it from the population registry. */
  registry?: RegistrySource | undefined;
  /** For a file field: the key of the service's required document it uploads. */
  document?: string | undefined;
}

export interface FormStep {
  id: string;
  title: string;
  /** The fields of the step, in order. */
  fields: string[];
  /** Which of them must be answered when the step is reached. */
  required: string[];
  /**
   * Reached only when the answers of the steps before it match this schema (absent: always).
   * Only answers of earlier reached steps count, so a hidden answer cannot open a step.
   */
  when?: Schema | undefined;
}

export interface ServiceForm {
  service: string;
  /** Grows whenever the form changes; a draft and an application name the version they follow. */
  version: number;
  lang: Lang;
  /** The answers: one JSON Schema 2020-12 per field, under `properties`. */
  schema: { type: 'object'; properties: Record<string, Schema> };
  fields: Record<string, FormField>;
  /** The steps, in order; after them comes the check-your-answers step. */
  steps: FormStep[];
}

export type Answers = Record<string, unknown>;
