/**
 * The journey through a form: which steps a citizen reaches with given answers, replayed from the
 * first step. The portal replays it on every save and at submit, and keeps only the answers of
 * reached steps, so an answer to a step the citizen could not have seen (sent by a tampered
 * client, or left from before a changed choice) is never stored.
 */
import { Validator } from '@cfworker/json-schema';
import { normalizeAnswer } from './normalize.js';
import type { Answers, FormStep, JsonSchema, ServiceForm } from './types.js';

const validators = new WeakMap<object, Validator>();

/** An interpreting validator for `schema` (no code generation), made once per schema object. */
export function validatorFor(schema: JsonSchema): Validator {
  let validator = validators.get(schema);
  if (!validator) {
    validator = new Validator(schema, '2020-12', false);
    validators.set(schema, validator);
  }
  return validator;
}

/** Whether a value counts as an answer: not absent, not an empty string, not an empty list. */
export function isAnswered(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

export interface Journey {
  /** The steps reached, in order. */
  steps: FormStep[];
  /**
   * The answers kept: those to fields of reached steps, normalized (`normalizeAnswer`), without
   * empty ones, without fields the registry fills, and without anything the form does not ask.
   */
  answers: Answers;
  /** Names of the answers given that were dropped (unknown, unreachable or the registry's). */
  dropped: string[];
}

/** Replays the journey from the first step with `answers`. */
export function replayJourney(form: ServiceForm, answers: Answers): Journey {
  const kept: Answers = {};
  const steps: FormStep[] = [];
  for (const step of form.steps) {
    // A condition sees only what earlier reached steps kept.
    if (step.when && !validatorFor(step.when).validate(kept).valid) continue;
    steps.push(step);
    for (const name of step.fields) {
      const field = form.fields[name];
      if (!field || field.registry) continue;
      if (!Object.hasOwn(answers, name)) continue;
      const value = normalizeAnswer(field, answers[name]);
      if (isAnswered(value)) kept[name] = value;
    }
  }
  const dropped = Object.keys(answers).filter(
    (name) => !Object.hasOwn(kept, name) && isAnswered(answers[name]),
  );
  return { steps, answers: kept, dropped };
}
