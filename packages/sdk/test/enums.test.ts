// The domain lists the SDK exports are the named string enums of the committed spec, and the values
// of the discriminator of each of its named unions, from both the package's index and its small
// `@icra/sdk/enums` entry.
import { describe, expect, it } from 'vitest';
import spec from '../openapi.json' with { type: 'json' };
import * as enums from '../src/enums.js';
import * as sdk from '../src/index.js';

/** `participationDirectionValues` for ParticipationDirection, `meKindValues` for Me's `kind`. */
function valuesOf(name: string, property = ''): string {
  const capitalized = property && `${property[0]!.toUpperCase()}${property.slice(1)}`;
  return `${name[0]!.toLowerCase()}${name.slice(1)}${capitalized}Values`;
}

describe('enum values', () => {
  const schemas = spec.components.schemas as Record<
    string,
    { type?: string; enum?: unknown[]; discriminator?: { propertyName: string; mapping: object } }
  >;
  const named = Object.entries(schemas).filter(([, schema]) => schema.type === 'string' && schema.enum);
  const unions = Object.entries(schemas).flatMap(([name, schema]) =>
    schema.discriminator ? [{ name, ...schema.discriminator }] : [],
  );

  it('are exported for every named string enum of the spec, in its order', () => {
    expect(named.length).toBeGreaterThanOrEqual(10);
    for (const [name, schema] of named) {
      const key = valuesOf(name);
      expect((enums as Record<string, unknown>)[key], key).toEqual(schema.enum);
      expect((sdk as Record<string, unknown>)[key], key).toBe((enums as Record<string, unknown>)[key]);
    }
    const discriminators = unions.map(({ name, propertyName }) => valuesOf(name, propertyName));
    expect(Object.keys(enums).sort()).toEqual(
      [...named.map(([name]) => valuesOf(name)), ...discriminators].sort(),
    );
  });

  it('list every value of the discriminator of each named union', () => {
    expect(unions.map((u) => u.name).sort()).toEqual(['EvaluationAssessmentInput', 'Me']);
    for (const { name, propertyName, mapping } of unions) {
      const key = valuesOf(name, propertyName);
      expect((enums as Record<string, unknown>)[key], key).toEqual(Object.keys(mapping));
      expect((sdk as Record<string, unknown>)[key], key).toBe((enums as Record<string, unknown>)[key]);
    }
    const kind: enums.MeKind = 'evaluator';
    expect(enums.meKindValues).toEqual(['citizen', 'official', 'evaluator']);
    expect(enums.meKindValues).toContain(kind);
    // An evaluator's assessment is one of three shapes, told apart by its outcome.
    expect(enums.evaluationAssessmentInputOutcomeValues).toEqual(enums.evaluationOutcomeValues);
  });

  it('name the directions and roles as the portal does', () => {
    expect(enums.participationDirectionValues).toContain('roads_transport');
    expect(enums.staffRoleValues).toEqual([
      'admin',
      'editor',
      'moderator',
      'reception',
      'service',
      'evaluator',
    ]);
    const direction: enums.ParticipationDirection = 'culture_sport';
    const role: sdk.StaffRole = 'moderator';
    expect([direction, role]).toEqual(['culture_sport', 'moderator']);
  });
});
