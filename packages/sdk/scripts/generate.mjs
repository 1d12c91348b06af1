// Exports the server's OpenAPI document to openapi.json and regenerates the SDK's
// types and operation table from it. Run after changing any route: npm run generate.
import { writeFile } from 'node:fs/promises';
import { openApiDocument } from '@icra/server';
import { renderGeneratedFiles } from './codegen.mjs';

const root = new URL('../', import.meta.url);
const files = await renderGeneratedFiles(openApiDocument());
for (const [path, contents] of Object.entries(files)) {
  await writeFile(new URL(path, root), contents);
  console.log(`wrote packages/sdk/${path}`);
}
