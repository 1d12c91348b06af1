#!/usr/bin/env node
// Lints the OpenAPI document the built server publishes (dist/, so run after `npm run build`):
// Redocly's recommended-strict rules (redocly.yaml, with the exceptions and their reasons in
// .redocly.lint-ignore.yaml) and Spectral's spectral:oas (.spectral.yaml), failing on a problem of
// any severity. Both run offline: Redocly sends no usage data (`telemetry: off`) and does not look
// for a newer version of itself; Spectral's built-in ruleset needs nothing from the network.
//
//   npm run lint:contract -w @icra/server
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openApiDocument } from '../dist/index.js';

const root = fileURLToPath(new URL('../', import.meta.url));
// Not in dist/, which the package publishes. The ignore file names this path: keep the two in step.
const documentPath = '.lint/openapi.json';
mkdirSync(join(root, '.lint'), { recursive: true });
writeFileSync(join(root, documentPath), `${JSON.stringify(openApiDocument(), null, 2)}\n`);

const require = createRequire(import.meta.url);

/** The JavaScript file of a package's command, run with this Node (no PATH or shell involved). */
function commandOf(pkg, name) {
  const manifestPath = require.resolve(`${pkg}/package.json`);
  const { bin } = JSON.parse(readFileSync(manifestPath, 'utf8'));
  return join(dirname(manifestPath), typeof bin === 'string' ? bin : bin[name]);
}

const linters = [
  ['Redocly', commandOf('@redocly/cli', 'redocly'), ['lint', documentPath, '--config', 'redocly.yaml']],
  [
    'Spectral',
    commandOf('@stoplight/spectral-cli', 'spectral'),
    ['lint', documentPath, '--ruleset', '.spectral.yaml', '--fail-severity', 'hint'],
  ],
];

let failed = false;
for (const [name, command, args] of linters) {
  console.log(`\n== ${name}: ${args.join(' ')}`);
  const { status, error } = spawnSync(process.execPath, [command, ...args], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
  });
  if (error) throw error;
  if (status !== 0) {
    console.error(`${name} found problems in ${documentPath} (exit ${status}).`);
    failed = true;
  }
}
process.exitCode = failed ? 1 : 0;
