/**
 * A response schema made strict for the tests: every object in it, however deep (inside arrays,
 * optional, nullable and union members, record values), refuses keys it does not declare. The API's
 * own schemas strip unknown keys when parsing, so a body that gained a field (a citizen's FIN in a
 * public read, say) would pass them; parsed with strict(schema) it fails the test.
 */
import { z } from 'zod';

const made = new WeakMap<z.ZodType, z.ZodType>();

export function strict<T extends z.ZodType>(schema: T): T {
  const known = made.get(schema);
  if (known) return known as T;
  const result = rebuild(schema);
  made.set(schema, result);
  return result as T;
}

function rebuild(schema: z.ZodType): z.ZodType {
  const def = schema._zod.def as z.core.$ZodTypeDef & Record<string, unknown>;
  switch (def.type) {
    case 'object': {
      const shape = Object.fromEntries(
        Object.entries((schema as z.ZodObject).shape).map(([key, value]) => [
          key,
          strict(value as z.ZodType),
        ]),
      );
      return schema.clone({ ...def, shape, catchall: z.never() } as typeof def);
    }
    case 'array':
      return schema.clone({ ...def, element: strict(def.element as z.ZodType) } as typeof def);
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'nonoptional':
    case 'readonly':
    case 'catch':
      return schema.clone({ ...def, innerType: strict(def.innerType as z.ZodType) } as typeof def);
    case 'union':
      return schema.clone({ ...def, options: (def.options as z.ZodType[]).map(strict) } as typeof def);
    case 'record':
      return schema.clone({ ...def, valueType: strict(def.valueType as z.ZodType) } as typeof def);
    case 'intersection':
      return schema.clone({
        ...def,
        left: strict(def.left as z.ZodType),
        right: strict(def.right as z.ZodType),
      } as typeof def);
    case 'pipe':
      return schema.clone({
        ...def,
        in: strict(def.in as z.ZodType),
        out: strict(def.out as z.ZodType),
      } as typeof def);
    case 'lazy': {
      const getter = def.getter as () => z.ZodType;
      return z.lazy(() => strict(getter()));
    }
    default:
      return schema;
  }
}
