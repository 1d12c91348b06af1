// `npm run bench`: performance as ratios against a baseline measured in the same run.
//  1. GET /v1/news on the embedded database beside a bare Hono route serving the same bytes
//     from memory (packages/server/scripts/bench.mjs, autocannon on loopback).
//  2. An e-service submit's form check (@icra/forms: the form served in the citizen's language,
//     the journey replayed and every answer checked) beside a plain JSON.parse of the same answers.
//  3. 1,000 voters at once on PGlite beside 1,000 anonymous reads of the poll, and the reception's
//     scheduling of requests into one official's day beside a plain insert of the same rows.
//  4. What a page fetches through widgets/icra.js (the loader and the chunks of the widgets it
//     shows), min+gzip, beside Lit's own, bundled and compressed the same way.
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { gzippedSize, pageFiles, pageSize } from '../packages/widgets/scripts/bundle-size.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kB = (n) => `${(n / 1000).toFixed(1)} kB`;

/** Runs one of the server's benchmark scripts and reads its JSON lines. */
async function jsonRows(script) {
  const child = spawn(process.execPath, [script], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (chunk) => {
    out += chunk;
  });
  const code = await new Promise((resolve) => child.on('exit', resolve));
  if (code !== 0) throw new Error(`${script} exited with ${code}`);
  return out
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line));
}

async function litAloneGzip() {
  // Lit's own minified ESM bundle, built by the same bundler and minifier as the widgets.
  // vite is the widgets' build tool; npm hoists it to the root node_modules.
  const { build } = await import('vite');
  const dir = await mkdtemp(join(tmpdir(), 'icra-bench-lit-'));
  const entry = join(dir, 'lit-alone.js');
  await writeFile(entry, `export * from ${JSON.stringify(fileURLToPath(import.meta.resolve('lit')))};\n`);
  try {
    const result = await build({
      configFile: false,
      logLevel: 'silent',
      root: dir,
      build: { write: false, minify: true, lib: { entry, formats: ['es'], fileName: 'lit' } },
    });
    const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
    return gz(Buffer.from(outputs.find((o) => o.type === 'chunk').code));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Microseconds per call of `work`, the median of 7 rounds of `n` calls (after a warm-up round):
 * ratios of two of these from one run are what to compare.
 */
function microsPerCall(work, n) {
  const rounds = [];
  for (let round = 0; round < 8; round++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < n; i++) work();
    const us = Number(process.hrtime.bigint() - start) / 1000 / n;
    if (round > 0) rounds.push(us);
  }
  return rounds.sort((a, b) => a - b)[3];
}

/** The form check of a submit of the repair permit (the longest demo form, a conditional step reached). */
async function formCheck() {
  const { localizeForm, validateAnswers } = await import('@icra/forms');
  const { seedForms } = await import('../packages/server/dist/seed/service-forms.js');
  const definition = seedForms.find((form) => form.service === 'repair-construction-permit');
  const answers = {
    worksKind: 'extension',
    siteAddress: 'Guba, Nizami Street 14',
    description: 'A one-storey extension of 24 m² on the yard side of the house.',
    startDate: '2027-04-01',
    floors: 1,
    areaSquareMetres: 24,
    documentIdCard: ['0b6f6a3e-8c4f-4a4c-9a8e-1f1c2d3e4f50'],
    documentPropertyDocument: ['4fa0ae7c-c08d-4e80-9ec0-5d5a6b7c8d94'],
    documentWorksSketch: ['1c7f7b4f-9d5a-4b5d-8b9f-2a2d3e4f5a61'],
    documentSitePhotos: ['2d8a8c5a-ae6b-4c6e-9cae-3b3e4f5a6b72', '3e9b9d6b-bf7c-4d7f-8dbf-4c4f5a6b7c83'],
    contactPhone: '+994501234567',
  };
  const text = JSON.stringify(answers);
  const check = () => {
    const result = validateAnswers(localizeForm(definition, 'en'), JSON.parse(text), { lang: 'en' });
    if (result.errors.length > 0)
      throw new Error(`the benchmark's answers are refused: ${result.errors[0].message}`);
  };
  check();
  return {
    check: microsPerCall(check, 2_000),
    parse: microsPerCall(() => JSON.parse(text), 20_000),
    bytes: text.length,
  };
}

const rows = await jsonRows('packages/server/scripts/bench.mjs');
const form = await formCheck();
const byName = Object.fromEntries(rows.map((row) => [row.name, row]));
const lit = await litAloneGzip();

const api = rows.filter((row) => 'requestsPerSec' in row && !row.name.startsWith('bare'));
const bodyBaseline = byName['bodyHtml: ordinary article, 200,000 characters'];
const bodyWorst = byName['bodyHtml worst accepted'];
const bodyRefused = byName['bodyHtml: 200,000 characters of unclosed <b> (refused)'];
const table = [
  ['measure', 'value', 'baseline (same run)', 'ratio'],
  ...api.map((row) => {
    // The brotli answer's baseline is the bare route serving the same brotli bytes.
    const bare = row.name.endsWith('brotli') ? byName['bare brotli'] : byName.bare;
    return [
      `${row.name} req/s (p99 ${row.p99Ms} ms)`,
      Math.round(row.requestsPerSec).toLocaleString('en'),
      `bare Hono, same bytes: ${Math.round(bare.requestsPerSec).toLocaleString('en')} (p99 ${bare.p99Ms} ms)`,
      (row.requestsPerSec / bare.requestsPerSec).toFixed(2),
    ];
  }),
  [
    `bodyHtml review, costliest accepted shape (${bodyWorst.shape}) ms`,
    bodyWorst.msPerCall,
    `ordinary article of the same size: ${bodyBaseline.msPerCall} ms`,
    (bodyWorst.msPerCall / bodyBaseline.msPerCall).toFixed(2),
  ],
  [
    'bodyHtml review, 200,000 characters of unclosed <b> (refused) ms',
    bodyRefused.msPerCall,
    `ordinary article of the same size: ${bodyBaseline.msPerCall} ms`,
    (bodyRefused.msPerCall / bodyBaseline.msPerCall).toFixed(2),
  ],
  [
    `e-service submit, form check (@icra/forms, repair permit, ${form.bytes} bytes of answers) µs`,
    form.check.toFixed(1),
    `JSON.parse of the same answers: ${form.parse.toFixed(2)} µs`,
    (form.check / form.parse).toFixed(1),
  ],
  [
    `1,000 voters at once (credential, then ballot) on PGlite, p99 ms (p50 ${byName.ballots.p50Ms})`,
    byName.ballots.p99Ms,
    `1,000 anonymous GETs of the poll at once: p99 ${byName['ballots baseline'].p99Ms} ms`,
    byName['ratio ballots'].value.toFixed(2),
  ],
  [
    `reception: ${byName['reception schedule'].schedulings} schedulings at once into one official’s day on PGlite, /s`,
    byName['reception schedule'].perSec.toLocaleString('en'),
    `plain insert of the same rows: ${byName['reception plain insert'].perSec.toLocaleString('en')}/s`,
    byName['ratio reception'].value.toFixed(2),
  ],
  ...[
    ['the loader alone', []],
    ['a news page', ['icra-news']],
    ['a cabinet page', ['icra-cabinet']],
    ['a participation page', ['icra-participation']],
    ['an e-services page', ['icra-service-catalog']],
    ['an e-service form page', ['icra-service-form']],
    [
      'every reader widget',
      [
        'icra-config',
        'icra-news',
        'icra-sign-in',
        'icra-cabinet',
        'icra-poll',
        'icra-participation',
        'icra-service-catalog',
        'icra-service-form',
      ],
    ],
  ].map(([page, tags]) => [
    `widgets/icra.js, ${page}: ${pageFiles(tags).length} file(s), each min+gzip${tags.length ? ' (Lit and SDK inside)' : ''}`,
    kB(pageSize(tags)),
    `Lit alone: ${kB(lit)}`,
    (pageSize(tags) / lit).toFixed(2),
  ]),
  [
    'widgets/news.js + its shared chunks, min+gzip (Lit external)',
    kB(gzippedSize('news.js')),
    `Lit alone: ${kB(lit)}`,
    (gzippedSize('news.js') / lit).toFixed(2),
  ],
];
const widths = table[0].map((_, i) => Math.max(...table.map((row) => String(row[i]).length)));
const line = (row) => `| ${row.map((cell, i) => String(cell).padEnd(widths[i])).join(' | ')} |`;
console.log(`\n${line(table[0])}\n| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
for (const row of table.slice(1)) console.log(line(row));
console.log(
  '\nTargets: GET /v1/news at no less than 0.60 of the bare route; in brotli, at no less than 0.90 of the' +
    '\nbare route serving the same brotli bytes. An article body of the costliest accepted shape at no' +
    '\nmore than 5 times an ordinary one of the same size. 1,000 voters at once on PGlite with a p99 under' +
    '\n2 s. Compare only ratios from one run.',
);
