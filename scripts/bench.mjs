// `npm run bench`: performance as ratios against a baseline measured in the same run.
//  1. GET /v1/news on the embedded database beside a bare Hono route serving the same bytes
//     from memory (packages/server/scripts/bench.mjs, autocannon on loopback).
//  2. What a page fetches through widgets/icra.js (the loader and the chunks of the widgets it
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

const rows = await jsonRows('packages/server/scripts/bench.mjs');
// Votes/s of the secret-ballot transaction beside a plain insert: PGlite, and PostgreSQL when
// DATABASE_URL names a database it may write to.
const votes = await jsonRows('packages/server/scripts/bench-votes.mjs');
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
  ...['pglite', 'postgres'].flatMap((db) => {
    const vote = votes.find((row) => row.db === db && row.name === 'vote');
    const insert = votes.find((row) => row.db === db && row.name === 'plain insert');
    if (!vote || !insert) return [];
    return [
      [
        `secret-ballot vote on ${db === 'pglite' ? 'PGlite' : 'PostgreSQL'} votes/s`,
        Math.round(vote.perSec).toLocaleString('en'),
        `plain single-row insert: ${Math.round(insert.perSec).toLocaleString('en')}/s`,
        (vote.perSec / insert.perSec).toFixed(2),
      ],
    ];
  }),
  ...[
    ['the loader alone', []],
    ['a news page', ['icra-news']],
    ['a cabinet page', ['icra-cabinet']],
    ['a participation page', ['icra-participation']],
    ['an e-services page', ['icra-service-catalog']],
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
    '\nmore than 5 times an ordinary one of the same size. Compare only ratios from one run.' +
    '\nVotes on PostgreSQL are measured when DATABASE_URL names a database the benchmark may write to.',
);
