/**
 * A form as the portal stores it: every text in az, en and ru, one schema for all three. The
 * portal serves it in one language (`localizeForm`), checks that a definition holds together
 * before it is published (`checkDefinition`), and tells a citizen whose draft follows an older
 * version which answers to review (`formChanges`).
 */
import { validatorFor } from './journey.js';
import type {
  Answers,
  FieldKind,
  FormField,
  JsonSchema,
  Lang,
  RegistrySource,
  ServiceForm,
} from './types.js';

export type Localized = Record<Lang, string>;

export interface FieldDefinition {
  kind: FieldKind;
  label: Localized;
  hint?: Localized | undefined;
  display?: 'radio' | 'select' | undefined;
  options?: { value: string; label: Localized }[] | undefined;
  registry?: RegistrySource | undefined;
  document?: string | undefined;
}

export interface StepDefinition {
  id: string;
  title: Localized;
  fields: string[];
  required: string[];
  when?: JsonSchema | undefined;
}

/**
 * What the certificate the portal issues under this form says: its title, and statements in the
 * three languages, of which the first whose `when` the answers meet is printed (the last has none).
 * A statement names answers by their field, `{treeCount}`, and the facts every certificate has:
 * `{applicant}`, `{authority}`, `{service}`. It lives with the form version, because it names that
 * version's fields: an application is certified in the words of the form it was made with.
 */
export interface CertificateTemplate {
  title: Localized;
  statements: { when?: JsonSchema | undefined; text: Localized }[];
}

/** The facts every certificate statement may name besides the form's fields. */
export const CERTIFICATE_FACTS = ['applicant', 'authority', 'service'] as const;

export interface FormDefinition {
  service: string;
  version: number;
  schema: ServiceForm['schema'];
  fields: Record<string, FieldDefinition>;
  steps: StepDefinition[];
  certificate?: CertificateTemplate | undefined;
}

const PLACEHOLDER = /\{([a-zA-Z][a-zA-Z0-9]*)(?::([a-z]+))?\}/g;

/**
 * What a placeholder may ask of a value besides the value itself: `{family:minors}`, the members of
 * the family under 18 on the day of issue.
 */
export const CERTIFICATE_FILTERS = { minors: 'familyMembers' } as const satisfies Record<
  string,
  RegistrySource
>;
export type CertificateFilter = keyof typeof CERTIFICATE_FILTERS;

/** The names (and filters) a statement's text puts in braces. */
export function placeholdersOf(text: string): { name: string; filter?: string }[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) =>
    match[2] === undefined ? { name: match[1]! } : { name: match[1]!, filter: match[2] },
  );
}

/**
 * The statement to print for `answers` (the registry's values among them) in `lang`, its
 * placeholders replaced by `values` (each answer already written as text); undefined when the form
 * has no template. An answer with no text leaves its placeholder empty, so a template names only
 * the answers its `when` makes sure of.
 */
export function certificateStatement(
  definition: FormDefinition,
  answers: Answers,
  lang: Lang,
  values: (name: string, filter?: CertificateFilter) => string,
): { title: string; statement: string } | undefined {
  const template = definition.certificate;
  if (!template) return undefined;
  const chosen = template.statements.find(
    (statement) => !statement.when || validatorFor(statement.when).validate(answers).valid,
  );
  if (!chosen) return undefined;
  return {
    title: template.title[lang],
    statement: chosen.text[lang].replace(PLACEHOLDER, (_, name: string, filter?: CertificateFilter) =>
      values(name, filter),
    ),
  };
}

/** The definition in one language, as `GET /v1/services/{slug}/form` serves it. */
export function localizeForm(definition: FormDefinition, lang: Lang): ServiceForm {
  const fields: Record<string, FormField> = {};
  for (const [name, field] of Object.entries(definition.fields)) {
    const localized: FormField = { kind: field.kind, label: field.label[lang] };
    if (field.hint) localized.hint = field.hint[lang];
    if (field.display) localized.display = field.display;
    if (field.options)
      localized.options = field.options.map((option) => ({ value: option.value, label: option.label[lang] }));
    if (field.registry) localized.registry = field.registry;
    if (field.document) localized.document = field.document;
    fields[name] = localized;
  }
  return {
    service: definition.service,
    version: definition.version,
    lang,
    schema: definition.schema,
    fields,
    steps: definition.steps.map((step) => {
      const { title, when, ...rest } = step;
      return when ? { ...rest, title: title[lang], when } : { ...rest, title: title[lang] };
    }),
  };
}

const FIELD_NAME = /^[a-z][a-zA-Z0-9]{0,47}$/;
const STEP_ID = /^[a-z][a-z0-9-]{0,47}$/;

/** The kind of JSON value each field kind answers with. */
const ANSWER_TYPE: Record<FieldKind, string> = {
  text: 'string',
  longText: 'string',
  number: 'number',
  date: 'string',
  choice: 'string',
  multiChoice: 'array',
  yesNo: 'boolean',
  address: 'string',
  phone: 'string',
  email: 'string',
  fin: 'string',
  file: 'array',
};

/**
 * What is wrong with a definition, one sentence each (empty: it holds together): every field on
 * exactly one step, a schema of the field's kind for every answer the citizen gives, options that
 * match the schema's enum, a document for every file field, required fields on their step, and
 * conditions that only look at fields of earlier steps.
 */
export function checkDefinition(definition: FormDefinition, documents: readonly string[] = []): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  const stepIds = new Set<string>();
  for (const step of definition.steps) {
    if (!STEP_ID.test(step.id)) problems.push(`step id ${JSON.stringify(step.id)} is not kebab-case`);
    if (stepIds.has(step.id)) problems.push(`step ${step.id} appears twice`);
    stepIds.add(step.id);
    if (step.when) {
      const props = (step.when as { properties?: Record<string, unknown> }).properties ?? {};
      for (const name of Object.keys(props)) {
        if (!seen.has(name)) problems.push(`step ${step.id} depends on ${name}, which no earlier step asks`);
      }
    }
    for (const name of step.fields) {
      if (seen.has(name)) problems.push(`field ${name} is on steps ${seen.get(name)} and ${step.id}`);
      seen.set(name, step.id);
    }
    for (const name of step.required) {
      if (!step.fields.includes(name))
        problems.push(`step ${step.id} requires ${name}, which it does not ask`);
    }
  }
  for (const [name, field] of Object.entries(definition.fields)) {
    if (!FIELD_NAME.test(name)) problems.push(`field name ${JSON.stringify(name)} is not camelCase`);
    if (!seen.has(name)) problems.push(`field ${name} is on no step`);
    if (field.registry) continue;
    const schema = definition.schema.properties[name] as
      | { type?: unknown; enum?: unknown[]; items?: { enum?: unknown[] } }
      | undefined;
    if (!schema) {
      problems.push(`field ${name} has no schema`);
      continue;
    }
    if (schema.type !== ANSWER_TYPE[field.kind] && !(field.kind === 'number' && schema.type === 'integer')) {
      problems.push(`field ${name} (${field.kind}) has a schema of type ${String(schema.type)}`);
    }
    if (field.kind === 'choice' || field.kind === 'multiChoice') {
      const values = field.options?.map((option) => option.value) ?? [];
      const allowed = field.kind === 'choice' ? schema.enum : schema.items?.enum;
      if (values.length === 0 || JSON.stringify(values) !== JSON.stringify(allowed)) {
        problems.push(`field ${name}: its options and its schema's enum differ`);
      }
    }
    if (field.kind === 'file' && (!field.document || !documents.includes(field.document))) {
      problems.push(`file field ${name} names no document of the service`);
    }
  }
  for (const name of Object.keys(definition.schema.properties)) {
    if (!definition.fields[name]) problems.push(`schema property ${name} is no field`);
  }
  for (const name of seen.keys()) {
    if (!definition.fields[name]) problems.push(`step field ${name} is not defined`);
  }
  problems.push(...certificateProblems(definition));
  return problems;
}

/** What is wrong with a form's certificate template: names no field has, and no statement for every case. */
function certificateProblems(definition: FormDefinition): string[] {
  const template = definition.certificate;
  if (!template) return [];
  const problems: string[] = [];
  const known = (name: string) =>
    name in definition.fields && definition.fields[name]!.kind !== 'file'
      ? true
      : (CERTIFICATE_FACTS as readonly string[]).includes(name);
  if (template.statements.length === 0 || template.statements.at(-1)!.when)
    problems.push('the certificate has no statement for answers that meet no condition');
  // A field asked on a step with a condition has an answer only when that condition holds.
  const stepWhen = new Map(
    definition.steps.flatMap((step) => step.fields.map((name) => [name, step.when] as const)),
  );
  template.statements.forEach((statement, i) => {
    const props = (statement.when as { properties?: Record<string, unknown> } | undefined)?.properties ?? {};
    for (const name of Object.keys(props))
      if (!(name in definition.fields))
        problems.push(`certificate statement ${i + 1} depends on ${name}, which is no field`);
    for (const lang of ['az', 'en', 'ru'] as const) {
      for (const { name, filter } of placeholdersOf(statement.text[lang] ?? '')) {
        if (!known(name))
          problems.push(
            `certificate statement ${i + 1} (${lang}) names {${name}}, which is no field or fact`,
          );
        else if (stepWhen.get(name) && JSON.stringify(stepWhen.get(name)) !== JSON.stringify(statement.when))
          problems.push(
            `certificate statement ${i + 1} (${lang}) names {${name}}, which is asked only on a condition the statement does not have`,
          );
        else if (
          filter !== undefined &&
          (!Object.hasOwn(CERTIFICATE_FILTERS, filter) ||
            CERTIFICATE_FILTERS[filter as CertificateFilter] !== definition.fields[name]?.registry)
        )
          problems.push(
            `certificate statement ${i + 1} (${lang}) filters {${name}} by ${filter}, which does not apply to it`,
          );
      }
    }
  });
  return problems;
}

/**
 * The fields a citizen should look at again when a draft written for `previous` is opened with
 * `current`: those added, removed, or whose question, options, schema or step changed.
 */
export function formChanges(previous: FormDefinition, current: FormDefinition): string[] {
  const stepOf = (definition: FormDefinition) =>
    new Map(
      definition.steps.flatMap((step) =>
        step.fields.map((name) => [
          name,
          JSON.stringify([step.id, step.when ?? null, step.required.includes(name)]),
        ]),
      ),
    );
  const before = stepOf(previous);
  const after = stepOf(current);
  const names = new Set([...Object.keys(previous.fields), ...Object.keys(current.fields)]);
  const changed: string[] = [];
  for (const name of names) {
    const a = previous.fields[name];
    const b = current.fields[name];
    if (
      !a ||
      !b ||
      JSON.stringify(a) !== JSON.stringify(b) ||
      JSON.stringify(previous.schema.properties[name]) !== JSON.stringify(current.schema.properties[name]) ||
      before.get(name) !== after.get(name)
    ) {
      changed.push(name);
    }
  }
  return changed;
}
