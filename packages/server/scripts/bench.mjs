#!/usr/bin/env node
// Throughput of the public-read hot path: GET /v1/news on the real server (built dist/, fresh seeded
// embedded PGlite, warm cache) against a bare Hono route on @hono/node-server that returns the same
// bytes (body and headers) from memory. Target: icra ≥ 0.6 × bare.
//
//   npm run build -w @icra/server && node packages/server/scripts/bench.mjs
//   BENCH_DURATION=10 BENCH_CONNECTIONS=50 BENCH_ROUNDS=5 (defaults)
//
// Each server runs in its own child process, so each has a core and an event loop of its own and
// the load generator (autocannon, in this process) does not steal from them. The two are measured
// in alternating rounds of DURATION/ROUNDS seconds each so that a burst of host CPU steal hits both
// alike. Only 127.0.0.1 is used.
//
// stdout (stable, read by the root `npm run bench`): one JSON object per line —
//   {"name":"GET /v1/news","requestsPerSec":…,"p99Ms":…}   the icra server
//   {"name":"GET /v1/news from a widget","requestsPerSec":…,"p99Ms":…}   the same with an Origin
//       header, as every embedded widget's request has (the answer then also carries CORS headers)
//   {"name":"bare","requestsPerSec":…,"p99Ms":…}           the bare Hono route, same bytes
//   {"name":"GET /v1/news, brotli","requestsPerSec":…,"p99Ms":…}   with Accept-Encoding: br, as
//       browsers ask (the cached read's brotli bytes, made once)
//   {"name":"bare brotli","requestsPerSec":…,"p99Ms":…}    the bare route serving those same bytes
//   {"name":"ratio","value":…}                              icra / bare
//   {"name":"ratio brotli","value":…}                       icra brotli / bare brotli (target ≥ 0.9)
//   {"name":"bodyHtml: …","msPerCall":…}                    reviewing and sanitizing one article body
//       (reviewBodyHtml, what every news write does to each language's bodyHtml): an ordinary
//       article of the largest size accepted (200,000 characters), the costliest shapes of that
//       size that are accepted, the deepest nesting (refused before sanitizing), a typical article
//   {"name":"ratio bodyHtml worst accepted / ordinary","value":…}   the costliest accepted shape
//       over the ordinary article of the same size: the cost is bounded by the size, not the shape
//       (target ≤ 5: short elements cost sanitize-html more per character than prose; 200,000
//       characters of unclosed <b> took 1.4–3.2 s before the depth limit, and are now refused at once)
//   {"name":"ballots","voters":1000,"p50Ms":…,"p99Ms":…}   1,000 distinct citizens voting at once on
//       embedded PGlite: each takes a blind-signed credential and casts the anonymous ballot (the
//       latency of both requests together, the voter's own blinding done beforehand, as a browser does)
//   {"name":"ballots cpu","serverCpuMs":…,"serverLoopBusyMs":…,"clientCpuMs":…}   meanwhile: the CPU of
//       the server's threads (its blind-signing workers among them), its event loop's busy time, and
//       this load generator's CPU (they share the machine)
//   {"name":"ballots credential" | "ballots cast","p50Ms":…,"p99Ms":…}   each of the two steps alone
//   {"name":"ballots baseline","requests":1000,"p50Ms":…,"p99Ms":…}   1,000 anonymous GETs of the same
//       poll at once, on the same server in the same run
//   {"name":"ratio ballots","value":…}                      ballots p99 / baseline p99 (target: ballots p99 < 2 s)
//   {"name":"reception schedule","schedulings":…,"perSec":…}   a reception officer's scheduling (the
//       request's compare-and-swap, the meeting under the exclusion constraints and the advisory locks,
//       the citizen's notification, the audit entry) of that many requests at once, all into one hot
//       official's day, on embedded PGlite
//   {"name":"reception plain insert","perSec":…}            the same number of rows of the same shape
//       inserted at once into a table with no constraint, same database, same run
//   {"name":"ratio reception","value":…}                    schedulings/s over plain inserts/s
// BENCH_CASES=ballots (or news: the article bodies and the compression cases; reception) runs one case only.
// Everything else goes to stderr.
import { fork } from 'node:child_process';
import { constants, createHash, createPublicKey, randomBytes as random, verify } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PATH = '/v1/news';
/** Where the bare server answers the brotli bytes (the icra server answers them at PATH). */
const BARE_BROTLI_PATH = '/v1/news-br';
/** Headers of a connection or a moment, not of the answer: left out when the bare server copies one. */
const HOP_HEADERS = ['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding'];
const HOST = '127.0.0.1';
/** An origin admitted in demo mode, like the example authority site's. */
const WIDGET_ORIGIN = 'http://localhost:8788';

const CASES = (process.env.BENCH_CASES ?? 'news,ballots,reception').split(',');

/**
 * The cost of reviewing one article body, by shape, in alternating rounds (so that a burst of host
 * CPU steal hits every shape alike); each shape's time is the median of its rounds.
 */
async function benchBodyHtml() {
  const { reviewBodyHtml, MAX_BODY_HTML_DEPTH } = await import('../dist/features/editorial/sanitize.js');
  const { MAX_BODY_HTML } = await import('../dist/features/editorial/schemas.js');
  const log = (...args) => console.error('bench:', ...args);
  const rounds = Math.max(3, Number(process.env.BENCH_ROUNDS ?? 5));
  const fill = (unit) => unit.repeat(Math.floor(MAX_BODY_HTML / unit.length));
  const paragraph =
    '<p>Quba rayonunda yeni park açıldı. Sakinlər <strong>bayram</strong> tədbirində iştirak etdilər; ' +
    '<a href="https://guba.gov.az/xeber/1">ətraflı</a>.</p>\n';
  const deep = MAX_BODY_HTML_DEPTH;
  const baseline = 'ordinary article, 200,000 characters';
  /** [name, body, accepted?] */
  const shapes = [
    [baseline, fill(paragraph), true],
    ['typical article, 4,000 characters', paragraph.repeat(Math.floor(4000 / paragraph.length)), true],
    [`${deep} levels of <b>, repeated`, fill(`${'<b>'.repeat(deep)}x${'</b>'.repeat(deep)}`), true],
    ['nested lists, 16 deep, repeated', fill(`${'<ul><li>'.repeat(16)}x${'</li></ul>'.repeat(16)}`), true],
    ['<li> closing <li>, repeated', fill('<li>x'), true],
    ['<p> closing <p>, repeated', fill('<p>x'), true],
    ['<br>, repeated', fill('<br>'), true],
    ['entities, repeated', fill('&amp;'), true],
    ['links, repeated', fill('<a href="https://guba.gov.az/">x</a>'), true],
    ['attributes dropped, repeated', fill('<b a=1 b=2 c=3 d=4 e=5 f=6 g=7 h=8>x</b>'), true],
    ['200,000 characters of unclosed <b> (refused)', '<b>'.repeat(Math.floor(MAX_BODY_HTML / 3)), false],
  ];
  for (const [name, html, accepted] of shapes) {
    if (html.length > MAX_BODY_HTML) throw new Error(`${name}: longer than accepted`);
    if ((typeof reviewBodyHtml(html) === 'string') !== accepted)
      throw new Error(`${name}: expected to be ${accepted ? 'accepted' : 'refused'}`);
  }
  const times = new Map(shapes.map(([name]) => [name, []]));
  for (let round = 1; round <= rounds; round++) {
    for (const [name, html] of shapes) {
      const calls = 3;
      const start = performance.now();
      for (let i = 0; i < calls; i++) reviewBodyHtml(html);
      times.get(name).push((performance.now() - start) / calls);
    }
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const ms = new Map([...times].map(([name, values]) => [name, Math.round(median(values) * 100) / 100]));
  for (const [name, value] of ms) {
    log(`bodyHtml ${name}: ${value} ms`);
    console.log(JSON.stringify({ name: `bodyHtml: ${name}`, msPerCall: value }));
  }
  const [worst] = shapes
    .filter(([name, , accepted]) => accepted && name !== baseline && !name.startsWith('typical'))
    .map(([name]) => name)
    .sort((a, b) => ms.get(b) - ms.get(a));
  console.log(JSON.stringify({ name: 'bodyHtml worst accepted', shape: worst, msPerCall: ms.get(worst) }));
  console.log(
    JSON.stringify({
      name: 'ratio bodyHtml worst accepted / ordinary',
      value: Math.round((ms.get(worst) / ms.get(baseline)) * 100) / 100,
    }),
  );
}

/** Child process: serve one of the two apps on an ephemeral port and report it to the parent. */
async function serveChild(kind) {
  const { serve } = await import('@hono/node-server');
  let fetch;
  let close = async () => {};
  if (kind === 'icra') {
    const { createApp, openPgliteDatabase } = await import('../dist/index.js');
    const dataDir = await mkdtemp(join(tmpdir(), 'icra-bench-'));
    const database = await openPgliteDatabase({ dataDir, seed: true });
    fetch = createApp({ database, widgetsDir: null }).fetch;
    close = async () => {
      await database.close();
      await rm(dataDir, { recursive: true, force: true });
    };
  } else if (kind === 'ballots') {
    ({ fetch, close } = await serveBallots());
  } else {
    const { Hono } = await import('hono');
    const { body, headers, brotli } = await new Promise((resolve) => process.once('message', resolve));
    const brotliBody = Buffer.from(brotli.body, 'base64');
    const app = new Hono();
    app.get(PATH, () => new Response(body, { status: 200, headers }));
    app.get(BARE_BROTLI_PATH, () => new Response(brotliBody, { status: 200, headers: brotli.headers }));
    fetch = app.fetch;
  }
  const server = serve({ fetch, port: 0, hostname: HOST }, (info) => process.send({ port: info.port }));
  // The load generator keeps its connections between phases: the server must not close them meanwhile.
  server.keepAliveTimeout = 120_000;
  // BENCH_PROFILE: the measured phase only, between the parent's 'profile' and 'profiled' messages.
  let profiler;
  let usage;
  process.on('message', async (message) => {
    // The server's CPU (all its threads) and its event loop's busy time over the measured phase.
    if (message === 'usage') {
      usage = { cpu: process.cpuUsage(), loop: performance.eventLoopUtilization() };
      process.send({ usage: true });
      return;
    }
    if (message === 'used') {
      const cpu = process.cpuUsage(usage.cpu);
      const loop = performance.eventLoopUtilization(usage.loop);
      process.send({
        used: { cpuMs: Math.round((cpu.user + cpu.system) / 1000), loopBusyMs: Math.round(loop.active) },
      });
      return;
    }
    if (message === 'profile') {
      const { Session } = await import('node:inspector/promises');
      profiler = new Session();
      profiler.connect();
      await profiler.post('Profiler.enable');
      await profiler.post('Profiler.start');
      process.send({ profiling: true });
      return;
    }
    if (message === 'profiled') {
      const { profile } = await profiler.post('Profiler.stop');
      const { writeFile } = await import('node:fs/promises');
      const file = join(process.env.BENCH_PROFILE, `${kind}-${process.pid}.cpuprofile`);
      await writeFile(file, JSON.stringify(profile));
      process.send({ profiled: file });
      return;
    }
    if (message !== 'stop') return;
    server.close();
    await close();
    process.exit(0);
  });
}

function startChild(kind, init) {
  const child = fork(fileURLToPath(import.meta.url), ['serve', kind], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  if (init) child.send(init);
  return new Promise((resolve, reject) => {
    child.once('message', ({ port }) => resolve({ child, url: `http://${HOST}:${port}${PATH}` }));
    child.once('exit', (code) => reject(new Error(`${kind} server exited (${code}) before listening`)));
  });
}

/** The raw answer (bytes as sent, headers) to a GET with `headers`, without decoding. */
function rawGet(url, headers) {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { headers }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

async function stopChild({ child }) {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.send('stop');
  await exited;
}

async function load(url, seconds, connections, headers = {}) {
  const { default: autocannon } = await import('autocannon');
  const result = await autocannon({ url, connections, duration: seconds, pipelining: 1, headers });
  if (result.errors || result.non2xx || result.timeouts) {
    throw new Error(`${url}: ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx`);
  }
  return { requests: result.requests.total, seconds: result.duration, p99: result.latency.p99 };
}

async function runBenchmark() {
  const duration = Number(process.env.BENCH_DURATION ?? 10);
  const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
  const rounds = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 5));
  const log = (...args) => console.error('bench:', ...args);

  log('starting the icra server (fresh seeded PGlite)…');
  const icra = await startChild('icra');
  // As autocannon asks: without Accept-Encoding, so the body as it is.
  const reference = await rawGet(icra.url, {});
  if (reference.status !== 200) throw new Error(`GET ${icra.url} answered ${reference.status}`);
  const body = reference.body.toString('utf8');
  const headers = {};
  for (const [name, value] of Object.entries(reference.headers)) {
    if (!HOP_HEADERS.includes(name)) headers[name] = value;
  }
  log(`response: ${Buffer.byteLength(body)} bytes of body, ${Object.keys(headers).length} headers`);
  const coded = await rawGet(icra.url, { 'accept-encoding': 'br' });
  if (coded.status !== 200 || coded.headers['content-encoding'] !== 'br')
    throw new Error(`GET ${icra.url} with Accept-Encoding: br was not answered in brotli`);
  const brotliHeaders = {};
  for (const [name, value] of Object.entries(coded.headers)) {
    if (!HOP_HEADERS.includes(name)) brotliHeaders[name] = String(value);
  }
  log(`brotli: ${coded.body.byteLength} bytes of body`);
  const bare = await startChild('bare', {
    body,
    headers,
    brotli: { body: coded.body.toString('base64'), headers: brotliHeaders },
  });
  const check = (await rawGet(bare.url, {})).body.toString('utf8');
  if (check !== body) throw new Error('the bare server does not answer the same bytes');
  const bareBrotliUrl = bare.url.replace(PATH, BARE_BROTLI_PATH);
  const checkBrotli = await rawGet(bareBrotliUrl, { 'accept-encoding': 'br' });
  if (!checkBrotli.body.equals(coded.body))
    throw new Error('the bare server does not answer the same brotli bytes');

  try {
    log('warming up…');
    const targets = [
      ['icra', icra.url, {}],
      ['widget', icra.url, { origin: WIDGET_ORIGIN }],
      ['bare', bare.url, {}],
      ['icraBrotli', icra.url, { 'accept-encoding': 'br' }],
      ['bareBrotli', bareBrotliUrl, { 'accept-encoding': 'br' }],
    ];
    for (const [, url, headers] of targets) await load(url, 2, connections, headers);
    const totals = { icra: [], widget: [], bare: [], icraBrotli: [], bareBrotli: [] };
    for (let round = 1; round <= rounds; round++) {
      for (const [name, url, headers] of targets) {
        const result = await load(url, duration / rounds, connections, headers);
        totals[name].push(result);
        log(
          `round ${round} ${name}: ${Math.round(result.requests / result.seconds)} req/s, p99 ${result.p99} ms`,
        );
      }
    }
    const summary = (runs) => ({
      requestsPerSec: Math.round(
        runs.reduce((n, r) => n + r.requests, 0) / runs.reduce((s, r) => s + r.seconds, 0),
      ),
      p99Ms: Math.max(...runs.map((r) => r.p99)),
    });
    const icraSummary = summary(totals.icra);
    const bareSummary = summary(totals.bare);
    console.log(JSON.stringify({ name: 'GET /v1/news', ...icraSummary }));
    console.log(JSON.stringify({ name: 'GET /v1/news from a widget', ...summary(totals.widget) }));
    console.log(JSON.stringify({ name: 'bare', ...bareSummary }));
    const icraBrotli = summary(totals.icraBrotli);
    const bareBrotli = summary(totals.bareBrotli);
    console.log(JSON.stringify({ name: 'GET /v1/news, brotli', ...icraBrotli }));
    console.log(JSON.stringify({ name: 'bare brotli', ...bareBrotli }));
    const ratio = (a, b) => Math.round((a.requestsPerSec / b.requestsPerSec) * 1000) / 1000;
    console.log(JSON.stringify({ name: 'ratio', value: ratio(icraSummary, bareSummary) }));
    console.log(JSON.stringify({ name: 'ratio brotli', value: ratio(icraBrotli, bareBrotli) }));
  } finally {
    await Promise.all([stopChild(icra), stopChild(bare)]);
  }
}

// --- ballots ------------------------------------------------------------------------------------

const VOTERS = Number(process.env.BENCH_VOTERS ?? 1000);

/** Child: the icra server on a fresh seeded PGlite folder with VOTERS extra citizens and an open poll. */
async function serveBallots() {
  const { createApp, openPgliteDatabase, DemoPopulationRegistry } = await import('../dist/index.js');
  const { seedPopulation } = await import('../dist/seed/population.js');
  const { createPoll } = await import('../dist/features/participation/queries.js');
  const { SigningKeyStore } = await import('../dist/features/identity/keys.js');
  const { TokenService } = await import('../dist/features/identity/tokens.js');
  const dataDir = await mkdtemp(join(tmpdir(), 'icra-bench-ballots-'));
  const database = await openPgliteDatabase({ dataDir, seed: true });
  const citizens = Array.from({ length: VOTERS }, (_, i) => ({
    fin: `V${String(i).padStart(6, '0')}`,
    firstName: `Seçici${i}`,
    lastName: 'Bench',
    patronymic: 'Bench',
    birthDate: '1990-01-01',
    address: { az: `Ünvan ${i}`, en: `Address ${i}`, ru: `Адрес ${i}` },
    authority: 'guba',
    family: [],
  }));
  const issuer = 'http://localhost:8787';
  const app = createApp({
    database,
    widgetsDir: null,
    publicUrl: issuer,
    registry: new DemoPopulationRegistry([...seedPopulation, ...citizens]),
  });
  const pollId = await createPoll(
    database.db,
    { sub: 'staff:bench', authority: 'guba' },
    {
      question: { az: 'Bench' },
      options: [{ az: 'A' }, { az: 'B' }, { az: 'C' }],
      opensAt: new Date(Date.now() - 60_000).toISOString(),
      closesAt: new Date(Date.now() + 3600_000).toISOString(),
      eligibility: 'all_citizens',
      resultsVisibility: 'live',
    },
  );
  const tokens = new TokenService(new SigningKeyStore(database.db), issuer);
  const bearers = [];
  for (const { fin } of citizens)
    bearers.push(
      (
        await tokens.issueAccessToken(
          { sub: `citizen:${fin}`, kind: 'citizen', roles: [], fin },
          { clientId: 'guba', scopes: ['openid'] },
        )
      ).token,
    );
  process.send({ setup: { pollId, bearers } });
  return {
    fetch: app.fetch,
    close: async () => {
      await database.close();
      await rm(dataDir, { recursive: true, force: true });
      await rm(`${dataDir}.ballot-secret`, { force: true });
    },
  };
}

// The voter's side with BigInt (RFC 9474 Prepare/Blind/Finalize, EMSA-PSS with SHA-384 and a 48-byte
// salt): the widget uses @cloudflare/blindrsa-ts, whose pure-JS bignums take ~0.1 s per blinding; the
// server's answers are the same whoever blinds (the tests drive the real library). Every signature is
// checked with node:crypto before it is cast, so a wrong blinding would show, not be measured.
const osToInt = (bytes) => BigInt(`0x${Buffer.from(bytes).toString('hex') || '0'}`);
const intToOs = (n, length) => Buffer.from(n.toString(16).padStart(length * 2, '0'), 'hex');
function modPow(base, exp, mod) {
  let result = 1n;
  base %= mod;
  while (exp > 0n) {
    if (exp & 1n) result = (result * base) % mod;
    base = (base * base) % mod;
    exp >>= 1n;
  }
  return result;
}
function modInverse(a, m) {
  let [r0, r1, s0, s1] = [a, m, 1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  if (r0 !== 1n) throw new Error('not invertible');
  return ((s0 % m) + m) % m;
}
const sha384 = (...parts) => createHash('sha384').update(Buffer.concat(parts)).digest();
function emsaPssEncode(message, emLen) {
  const salt = random(48);
  const h = sha384(Buffer.alloc(8), sha384(message), salt);
  const db = Buffer.concat([Buffer.alloc(emLen - 48 - 48 - 2), Buffer.from([1]), salt]);
  const mask = [];
  for (let counter = 0; mask.length * 48 < db.length; counter++) {
    const c = Buffer.alloc(4);
    c.writeUInt32BE(counter);
    mask.push(sha384(h, c));
  }
  const dbMask = Buffer.concat(mask);
  for (let i = 0; i < db.length; i++) db[i] ^= dbMask[i];
  db[0] &= 0x7f; // emBits = 2047
  return Buffer.concat([db, h, Buffer.from([0xbc])]);
}
function blindBallot(key) {
  const message = Buffer.concat([random(32), random(32)]);
  const m = osToInt(emsaPssEncode(message, 256));
  let r;
  do r = osToInt(random(256)) % key.n;
  while (r < 2n);
  const blinded = (m * modPow(r, key.e, key.n)) % key.n;
  return { message, blinded: intToOs(blinded, 256), inv: modInverse(r, key.n) };
}

async function runBallotBenchmark() {
  const log = (...args) => console.error('bench ballots:', ...args);
  log(`starting the icra server (fresh seeded PGlite, ${VOTERS} citizens)…`);
  // BENCH_PROFILE=<folder>: a CPU profile of the server while the voters vote, to see where time goes.
  const profile = process.env.BENCH_PROFILE;
  const child = fork(fileURLToPath(import.meta.url), ['serve', 'ballots'], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const tell = (message, answer) =>
    new Promise((resolve) => {
      const heard = (m) => {
        if (m?.[answer] === undefined) return;
        child.off('message', heard);
        resolve(m[answer]);
      };
      child.on('message', heard);
      child.send(message);
    });
  const ready = await new Promise((resolve, reject) => {
    let setup;
    child.on('message', (message) => {
      if (message.setup) setup = message.setup;
      else if (message.port) resolve({ ...setup, base: `http://${HOST}:${message.port}` });
    });
    child.once('exit', (code) => reject(new Error(`ballots server exited (${code}) before listening`)));
  });
  const { pollId, bearers, base } = ready;
  const pollUrl = `${base}/v1/participation/polls/${pollId}`;
  try {
    const keyRes = await fetch(`${pollUrl}/ballot-key`);
    const { publicKey: spki } = await keyRes.json();
    const publicKey = createPublicKey({ key: Buffer.from(spki, 'base64url'), format: 'der', type: 'spki' });
    const jwk = publicKey.export({ format: 'jwk' });
    const key = { n: osToInt(Buffer.from(jwk.n, 'base64url')), e: osToInt(Buffer.from(jwk.e, 'base64url')) };
    log('blinding the voters’ messages…');
    const ballots = bearers.map((bearer, i) => ({ bearer, option: i % 3, ...blindBallot(key) }));

    const percentile = (xs, p) => {
      const sorted = [...xs].sort((a, b) => a - b);
      return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]);
    };
    const baseline = async () => {
      const times = await Promise.all(
        bearers.map(async () => {
          const started = performance.now();
          const res = await fetch(pollUrl);
          await res.arrayBuffer();
          if (res.status !== 200) throw new Error(`GET poll: ${res.status}`);
          return performance.now() - started;
        }),
      );
      return { p50: percentile(times, 50), p99: percentile(times, 99) };
    };
    log('warming up…');
    await baseline();
    const before = await baseline();
    log(`baseline: p50 ${before.p50} ms, p99 ${before.p99} ms`);

    log(`${VOTERS} voters at once…`);
    if (profile) await tell('profile', 'profiling');
    const credentialTimes = [];
    const castTimes = [];
    await tell('usage', 'usage');
    const clientCpu = process.cpuUsage();
    const started = performance.now();
    const times = await Promise.all(
      ballots.map(async (b) => {
        const t0 = performance.now();
        const credential = await fetch(`${pollUrl}/ballot-credentials`, {
          method: 'POST',
          headers: { authorization: `Bearer ${b.bearer}`, 'content-type': 'application/json' },
          body: JSON.stringify({ blindedMessage: b.blinded.toString('base64url') }),
        });
        if (credential.status !== 200)
          throw new Error(`credential: ${credential.status} ${await credential.text()}`);
        const { blindSignature } = await credential.json();
        const t1 = performance.now();
        const signature = intToOs((osToInt(Buffer.from(blindSignature, 'base64url')) * b.inv) % key.n, 256);
        const valid = verify(
          'sha384',
          b.message,
          { key: publicKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 48 },
          signature,
        );
        if (!valid) throw new Error('the finalized signature does not verify');
        const cast = await fetch(`${pollUrl}/ballots`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            message: b.message.toString('base64url'),
            signature: signature.toString('base64url'),
            option: b.option,
          }),
        });
        if (cast.status !== 204) throw new Error(`ballot: ${cast.status} ${await cast.text()}`);
        const t2 = performance.now();
        credentialTimes.push(t1 - t0);
        castTimes.push(t2 - t1);
        return t2 - t0;
      }),
    );
    const wall = Math.round(performance.now() - started);
    const clientUsed = process.cpuUsage(clientCpu);
    const serverUsed = await tell('used', 'used');
    if (profile) log(`profile of the voting: ${await tell('profiled', 'profiled')}`);
    const after = await baseline();
    log(
      `ballots: all ${VOTERS} cast in ${wall} ms; baseline after: p50 ${after.p50} ms, p99 ${after.p99} ms`,
    );
    const results = await (await fetch(`${pollUrl}/results`)).json();
    const counted = results.total + results.uncounted;
    if (counted !== VOTERS) throw new Error(`results count ${counted} ballots, not ${VOTERS}`);
    const ballotsSummary = { p50Ms: percentile(times, 50), p99Ms: percentile(times, 99) };
    const base99 = Math.max(before.p99, 1);
    console.log(JSON.stringify({ name: 'ballots', voters: VOTERS, wallMs: wall, ...ballotsSummary }));
    // Where the CPU went meanwhile: the server's threads, its event loop, and this load generator.
    console.log(
      JSON.stringify({
        name: 'ballots cpu',
        serverCpuMs: serverUsed.cpuMs,
        serverLoopBusyMs: serverUsed.loopBusyMs,
        clientCpuMs: Math.round((clientUsed.user + clientUsed.system) / 1000),
      }),
    );
    // The two steps apart (each voter's credential, then their cast): where the time goes.
    for (const [step, xs] of [
      ['credential', credentialTimes],
      ['cast', castTimes],
    ])
      console.log(
        JSON.stringify({ name: `ballots ${step}`, p50Ms: percentile(xs, 50), p99Ms: percentile(xs, 99) }),
      );
    console.log(
      JSON.stringify({ name: 'ballots baseline', requests: VOTERS, p50Ms: before.p50, p99Ms: before.p99 }),
    );
    console.log(
      JSON.stringify({
        name: 'ratio ballots',
        value: Math.round((ballotsSummary.p99Ms / base99) * 100) / 100,
      }),
    );
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.send('stop');
    await exited;
  }
}

// --- reception ----------------------------------------------------------------------------------

const SCHEDULINGS = Number(process.env.BENCH_SCHEDULINGS ?? 300);

async function runReceptionBenchmark() {
  const log = (...args) => console.error('bench reception:', ...args);
  const { openPgliteDatabase } = await import('../dist/index.js');
  const { changeRequest, createRequest } = await import('../dist/features/reception/queries.js');
  const { seedReceptionOfficials, seedReceptionRooms } = await import('../dist/seed/reception.js');
  const { sql } = await import('drizzle-orm');
  const dataDir = await mkdtemp(join(tmpdir(), 'icra-bench-reception-'));
  const database = await openPgliteDatabase({ dataDir, seed: true });
  try {
    const db = database.db;
    const official = seedReceptionOfficials.find((o) => o.authority === 'guba');
    const room = seedReceptionRooms.find((r) => r.authority === 'guba');
    log(`${SCHEDULINGS} requests…`);
    const requests = [];
    for (let i = 0; i < SCHEDULINGS; i++)
      requests.push(
        await createRequest(db, {
          citizen: `citizen:B${String(i).padStart(6, '0')}`,
          citizenName: 'Bench',
          authority: 'guba',
          topic: 'housing',
          description: 'A request of the benchmark.',
          preferredDays: [],
          preferredDayparts: [],
          lang: 'az',
        }),
      );
    const first = Date.now() + 30 * 86_400_000;
    const slot = (i) => ({
      startsAt: new Date(first + i * 900_000),
      endsAt: new Date(first + (i + 1) * 900_000),
    });
    log('scheduling them at once into one official’s time…');
    const started = performance.now();
    const outcomes = await Promise.all(
      requests.map((request, i) =>
        changeRequest(db, {
          id: request.id,
          caller: { officer: { sub: 'staff:bench', authority: 'guba' } },
          change: { kind: 'schedule', officialId: official.id, roomId: room.id, ...slot(i) },
          now: new Date(),
        }),
      ),
    );
    const scheduled = performance.now() - started;
    if (!outcomes.every((outcome) => 'ok' in outcome)) throw new Error('a scheduling was refused');
    await db.execute(
      sql`create table bench_plain (id uuid primary key default gen_random_uuid(), official_id uuid, room_id uuid, starts_at timestamptz, ends_at timestamptz)`,
    );
    const plainStarted = performance.now();
    await Promise.all(
      requests.map((_, i) =>
        db.execute(
          sql`insert into bench_plain (official_id, room_id, starts_at, ends_at) values (${official.id}, ${room.id}, ${slot(i).startsAt}, ${slot(i).endsAt})`,
        ),
      ),
    );
    const plain = performance.now() - plainStarted;
    const perSec = (ms) => Math.round((SCHEDULINGS / ms) * 1000);
    console.log(
      JSON.stringify({ name: 'reception schedule', schedulings: SCHEDULINGS, perSec: perSec(scheduled) }),
    );
    console.log(JSON.stringify({ name: 'reception plain insert', perSec: perSec(plain) }));
    console.log(
      JSON.stringify({ name: 'ratio reception', value: Math.round((plain / scheduled) * 100) / 100 }),
    );
  } finally {
    await database.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[2] === 'serve') await serveChild(process.argv[3]);
else {
  if (CASES.includes('news')) {
    await benchBodyHtml();
    await runBenchmark();
  }
  if (CASES.includes('ballots')) await runBallotBenchmark();
  if (CASES.includes('reception')) await runReceptionBenchmark();
}
