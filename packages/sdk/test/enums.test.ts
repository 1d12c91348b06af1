// The domain lists the SDK exports are the named string enums of the committed spec, from both the
// package's index and its small `@icra/sdk/enums` entry.
import { describe, expect, it } from 'vitest';
import spec from '../openapi.json' with { type: 'json' };
import * as enums from '../src/enums.js';
import * as sdk from '../src/index.js';

describe('enum values', () => {
  const schemas = spec.components.schemas as Record<string, { type?: string; enum?: unknown[] }>;
  const named = Object.entries(schemas).filter(([, schema]) => schema.type === 'string' && schema.enum);

  it('are exported for every named string enum of the spec, in its order', () => {
    expect(named.length).toBeGreaterThanOrEqual(10);
    for (const [name, schema] of named) {
      const key = `${name[0]!.toLowerCase()}${name.slice(1)}Values`;
      expect((enums as Record<string, unknown>)[key], key).toEqual(schema.enum);
      expect((sdk as Record<string, unknown>)[key], key).toBe((enums as Record<string, unknown>)[key]);
    }
    expect(Object.keys(enums).sort()).toEqual(
      named.map(([name]) => `${name[0]!.toLowerCase()}${name.slice(1)}Values`).sort(),
    );
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
