// Renders the SDK's generated files from an OpenAPI document. Pure: used by
// generate.mjs to write them and by the drift test to compare them.
import openapiTS, { astToString } from 'openapi-typescript';

const HEADER = '// Generated from openapi.json by scripts/generate.mjs (npm run generate). Do not edit.\n';
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** Serializes the spec the same way every time: two-space JSON and a final newline. */
export function renderSpec(spec) {
  return `${JSON.stringify(spec, null, 2)}\n`;
}

/**
 * The runtime table the client needs: operationId → one string "method path[ body[ response]]",
 * where body is "raw" for a request body of raw bytes (e.g. an image upload) and "-" otherwise
 * (JSON or none: the client sends JSON whenever it is given a body), and response is "blob" for
 * operations whose success answer is bytes rather than JSON (a file download). Strings rather than
 * objects, and only what the client acts on, because every widget page carries the whole table.
 */
export function renderOperations(spec) {
  const rows = [];
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      if (!operation.operationId) throw new Error(`${method.toUpperCase()} ${path} has no operationId`);
      const content = Object.keys(operation.requestBody?.content ?? {});
      const body = content.length > 0 && !content.includes('application/json') ? 'raw' : undefined;
      const success = Object.entries(operation.responses ?? {}).find(([status]) => /^2\d\d$/.test(status));
      const answers = Object.keys(success?.[1]?.content ?? {});
      const response =
        answers.length > 0 && !answers.some((type) => type.endsWith('json')) ? 'blob' : undefined;
      rows.push([operation.operationId, method, path, body, response]);
    }
  }
  rows.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const seen = new Set();
  for (const [id] of rows) {
    if (seen.has(id)) throw new Error(`operationId ${id} is used twice`);
    seen.add(id);
  }
  const lines = rows.map(([id, method, path, body, response]) => {
    const route = [method, path, ...(body || response ? [body ?? '-'] : []), ...(response ? [response] : [])];
    return `  ${id}: ${JSON.stringify(route.join(' '))},`;
  });
  return `${HEADER}\nexport const operationRoutes = {\n${lines.join('\n')}\n} as const;\n`;
}

/** TypeScript types for paths, operations and component schemas, via openapi-typescript. */
export async function renderTypes(spec) {
  // defaultNonNullable false: fields with a server-side default stay optional in requests.
  const ast = await openapiTS(structuredClone(spec), { defaultNonNullable: false, alphabetize: true });
  return `${HEADER}\n${astToString(ast)}`;
}

/**
 * The values of every named string enum of the spec (`components.schemas.ParticipationDirection`…),
 * as `as const` arrays with their types: `participationDirectionValues` and `ParticipationDirection`;
 * and of the discriminator of every named union (`Me` by `kind`): `meKindValues` and `MeKind`.
 * Only the lists and a type import, so that a widget can read them without the operation table.
 */
export function renderEnums(spec) {
  const blocks = [];
  const names = Object.keys(spec.components?.schemas ?? {}).sort();
  for (const name of names) {
    const schema = spec.components.schemas[name];
    if (schema.discriminator?.mapping) {
      const { propertyName, mapping } = schema.discriminator;
      const type = `${name}${propertyName[0].toUpperCase()}${propertyName.slice(1)}`;
      const values = `${name[0].toLowerCase()}${type.slice(1)}Values`;
      blocks.push(
        `/** What tells a \`${name}\` apart: its \`${propertyName}\`. */\n` +
          `export type ${type} = Schemas[${JSON.stringify(name)}][${JSON.stringify(propertyName)}];\n` +
          `/** Every \`${type}\`, in the order the portal lists them. */\n` +
          `export const ${values} = [${Object.keys(mapping)
            .map((value) => JSON.stringify(value))
            .join(', ')}] as const satisfies readonly ${type}[];\n`,
      );
      continue;
    }
    if (schema.type !== 'string' || !Array.isArray(schema.enum)) continue;
    if (!schema.enum.every((value) => typeof value === 'string')) continue;
    const values = `${name[0].toLowerCase()}${name.slice(1)}Values`;
    const doc = schema.description ? `/** ${schema.description.replaceAll('*/', '*\\/')} */\n` : '';
    blocks.push(
      `${doc}export type ${name} = Schemas[${JSON.stringify(name)}];\n` +
        `/** Every \`${name}\`, in the order the portal lists them. */\n` +
        `export const ${values} = [${schema.enum.map((value) => JSON.stringify(value)).join(', ')}] as const satisfies readonly ${name}[];\n`,
    );
  }
  return `${HEADER}\nimport type { components } from './schema.js';\n\ntype Schemas = components['schemas'];\n\n${blocks.join('\n')}`;
}

/** Every generated file, by its path relative to the package root. */
export async function renderGeneratedFiles(spec) {
  return {
    'openapi.json': renderSpec(spec),
    'src/generated/schema.ts': await renderTypes(spec),
    'src/generated/operations.ts': renderOperations(spec),
    'src/generated/enums.ts': renderEnums(spec),
  };
}
