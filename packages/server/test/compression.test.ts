/**
 * Content coding, seen from outside as a browser, a proxy or a curl user sees it: which coding each
 * kind of answer comes in for each Accept-Encoding, that the bytes decode to exactly the plain body,
 * that caches are told it varies, that validators and 304s hold across codings, and that a kept
 * body (a cached read, a file) is compressed once, not at every request.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type IcraApp } from '../src/app.js';
import { compressionCount, negotiateCoding } from '../src/http/compression.js';
import { PublicReadCache } from '../src/http/public-cache.js';
import { openTestDatabase, type TestDatabase, variants } from './support/databases.js';

describe('Accept-Encoding negotiation', () => {
  it.each([
    [undefined, undefined],
    ['', undefined],
    ['br', 'br'],
    ['gzip', 'gzip'],
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip, br;q=0.5', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['br;q=0, gzip;q=0', undefined],
    ['identity', undefined],
    ['compress, deflate', undefined],
    ['*', 'br'],
    ['*;q=0', undefined],
    ['gzip;q=0, *;q=0.1', 'br'],
    ['x-gzip', 'gzip'],
    ['GZIP;Q=1', 'gzip'],
    ['br;q=abc, gzip;q=0.2', 'gzip'],
    ['br;q=2, gzip;q=0.2', 'gzip'],
    [' , ;q=1, br', 'br'],
  ])('%j → %s', (header, coding) => {
    expect(negotiateCoding(header)).toBe(coding);
  });
});

function decode(coding: string | null, bytes: Uint8Array): string {
  const buffer = Buffer.from(bytes);
  if (coding === 'br') return brotliDecompressSync(buffer).toString('utf8');
  if (coding === 'gzip') return gunzipSync(buffer).toString('utf8');
  if (coding === null) return buffer.toString('utf8');
  throw new Error(`unexpected coding ${coding}`);
}

async function get(app: IcraApp, path: string, headers: Record<string, string> = {}, method = 'GET') {
  const response = await app.request(path, { method, headers });
  const bytes = new Uint8Array(await response.arrayBuffer());
  return {
    status: response.status,
    headers: response.headers,
    bytes,
    coding: response.headers.get('content-encoding'),
  };
}

const varies = (headers: Headers) =>
  (headers.get('vary') ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .includes('accept-encoding');

/** A valid authorize request of the demo provider: its page lists every demo person (tens of kB). */
const AUTHORIZE =
  '/oauth/authorize?response_type=code&client_id=guba&origin=http%3A%2F%2Flocalhost%3A5173' +
  `&code_challenge=${'a'.repeat(43)}&code_challenge_method=S256&state=s1&lang=en`;

describe.each(variants)('compression on $label', ({ kind, skip }) => {
  let db: TestDatabase;
  let app: IcraApp;
  let cache: PublicReadCache;
  let widgetsDir: string;
  /** 20 kB of JavaScript that compresses well, as a widget chunk does. */
  const script = `${Array.from({ length: 400 }, (_, i) => `export const value${i} = "chunk ${i}";`).join('\n')}\n`;

  beforeAll(async () => {
    if (skip) return;
    db = await openTestDatabase(kind);
    cache = new PublicReadCache();
    widgetsDir = await mkdtemp(join(tmpdir(), 'icra-compression-'));
    await writeFile(join(widgetsDir, 'chunk.js'), script);
    await writeFile(join(widgetsDir, 'tiny.js'), 'export const tiny = 1;\n');
    await writeFile(join(widgetsDir, 'image.png'), Buffer.alloc(4096, 7));
    app = createApp({ database: db.database, cache, widgetsDir, log: { error: console.error, warn() {} } });
  }, 120_000);

  afterAll(async () => {
    if (skip) return;
    await db.dispose();
    await rm(widgetsDir, { recursive: true, force: true });
  });

  it.skipIf(skip)(
    'a cached public read comes in the coding asked for, and decodes to the plain body',
    async () => {
      const plain = await get(app, '/v1/news?lang=en');
      expect(plain.status).toBe(200);
      expect(plain.coding).toBeNull();
      expect(varies(plain.headers)).toBe(true);
      const text = decode(null, plain.bytes);
      expect(plain.bytes.byteLength).toBeGreaterThan(1024);
      for (const [accept, coding] of [
        ['br', 'br'],
        ['gzip', 'gzip'],
        ['gzip, deflate, br', 'br'],
        ['br;q=0, gzip', 'gzip'],
        ['identity', null],
        ['compress', null],
      ] as const) {
        const coded = await get(app, '/v1/news?lang=en', { 'accept-encoding': accept });
        expect(coded.status, accept).toBe(200);
        expect(coded.coding, accept).toBe(coding);
        expect(varies(coded.headers), accept).toBe(true);
        if (coding !== null)
          expect(Number(coded.headers.get('content-length')), accept).toBe(coded.bytes.byteLength);
        expect(decode(coding, coded.bytes), accept).toBe(text);
        // Each coding is its own representation, with its own strong validator.
        const etag = coded.headers.get('etag') ?? '';
        expect(etag, accept).toMatch(coding === null ? /^"[^".]+"$/ : new RegExp(`^"[^"]+\\.${coding}"$`));
      }
      const br = await get(app, '/v1/news?lang=en', { 'accept-encoding': 'br' });
      expect(br.bytes.byteLength).toBeLessThan(plain.bytes.byteLength / 2);
    },
  );

  it.skipIf(skip)('a 304 holds across codings and carries no body headers', async () => {
    const br = await get(app, '/v1/news?lang=ru', { 'accept-encoding': 'br' });
    const brTag = br.headers.get('etag') ?? '';
    const plain = await get(app, '/v1/news?lang=ru');
    const plainTag = plain.headers.get('etag') ?? '';
    for (const [accept, held] of [
      ['br', brTag],
      ['br', plainTag],
      ['gzip', brTag],
      [undefined, brTag],
      ['br', `W/${brTag}`],
    ] as const) {
      const headers: Record<string, string> = { 'if-none-match': held };
      if (accept) headers['accept-encoding'] = accept;
      const again = await get(app, '/v1/news?lang=ru', headers);
      expect(again.status, `${accept} ${held}`).toBe(304);
      expect(again.bytes.byteLength).toBe(0);
      expect(again.headers.get('content-encoding')).toBeNull();
      expect(again.headers.get('content-length')).toBeNull();
      expect(varies(again.headers)).toBe(true);
    }
    const other = await get(app, '/v1/news?lang=ru', {
      'accept-encoding': 'br',
      'if-none-match': '"other.br"',
    });
    expect(other.status).toBe(200);
  });

  it.skipIf(skip)('a cache hit sends the stored bytes and compresses nothing', async () => {
    const path = '/v1/news?lang=az&limit=7';
    const first = await get(app, path, { 'accept-encoding': 'br' });
    expect(first.coding).toBe('br');
    const before = compressionCount();
    const origin = 'http://localhost:5173';
    for (let i = 0; i < 20; i++) {
      // The second and later requests take the fast lane in front of the router; with an Origin too.
      const again = await get(
        app,
        path,
        i % 2 ? { 'accept-encoding': 'br' } : { 'accept-encoding': 'br', origin },
      );
      expect(Buffer.from(again.bytes).equals(Buffer.from(first.bytes))).toBe(true);
      if (i % 2 === 0) expect(again.headers.get('access-control-allow-origin')).toBe(origin);
    }
    expect(compressionCount()).toBe(before);
    expect(cache.stats().hits).toBeGreaterThan(0);
  });

  it.skipIf(skip)('HEAD says the coded length and sends nothing', async () => {
    const full = await get(app, '/v1/news?lang=en', { 'accept-encoding': 'gzip' });
    const head = await get(app, '/v1/news?lang=en', { 'accept-encoding': 'gzip' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.coding).toBe('gzip');
    expect(head.bytes.byteLength).toBe(0);
    expect(head.headers.get('content-length')).toBe(String(full.bytes.byteLength));
  });

  it.skipIf(skip)('/openapi.json is about a tenth of its size in brotli', async () => {
    const plain = await get(app, '/openapi.json');
    const br = await get(app, '/openapi.json', { 'accept-encoding': 'br' });
    expect(br.coding).toBe('br');
    expect(decode('br', br.bytes)).toBe(decode(null, plain.bytes));
    expect(br.bytes.byteLength).toBeLessThan(plain.bytes.byteLength * 0.15);
    const before = compressionCount();
    await get(app, '/openapi.json', { 'accept-encoding': 'br' });
    expect(compressionCount()).toBe(before);
  });

  it.skipIf(skip)(
    'files: text compressed once per coding, images and tiny files sent as they are',
    async () => {
      const first = await get(app, '/widgets/chunk.js', { 'accept-encoding': 'br' });
      expect(first.coding).toBe('br');
      expect(decode('br', first.bytes)).toBe(script);
      expect(varies(first.headers)).toBe(true);
      expect(first.headers.get('etag')).toMatch(/^W\/"[^"]+\.br"$/);
      const before = compressionCount();
      for (let i = 0; i < 5; i++) await get(app, '/widgets/chunk.js', { 'accept-encoding': 'br' });
      expect(compressionCount()).toBe(before);
      const gzip = await get(app, '/widgets/chunk.js', { 'accept-encoding': 'gzip' });
      expect(decode('gzip', gzip.bytes)).toBe(script);
      expect(compressionCount()).toBe(before + 1);
      const plain = await get(app, '/widgets/chunk.js');
      expect(plain.coding).toBeNull();
      expect(varies(plain.headers)).toBe(true);
      const unchanged = await get(app, '/widgets/chunk.js', {
        'accept-encoding': 'br',
        'if-none-match': first.headers.get('etag') ?? '',
      });
      expect(unchanged.status).toBe(304);
      const head = await get(app, '/widgets/chunk.js', { 'accept-encoding': 'br' }, 'HEAD');
      expect(head.headers.get('content-length')).toBe(String(first.bytes.byteLength));
      expect(head.bytes.byteLength).toBe(0);

      const image = await get(app, '/widgets/image.png', { 'accept-encoding': 'br' });
      expect(image.coding).toBeNull();
      expect(image.bytes.byteLength).toBe(4096);
      const tiny = await get(app, '/widgets/tiny.js', { 'accept-encoding': 'br' });
      expect(tiny.coding).toBeNull();
      expect(varies(tiny.headers)).toBe(false);
    },
  );

  it.skipIf(skip)(
    'the API docs ship Swagger UI compressed',
    async () => {
      const plain = await get(app, '/docs/assets/swagger-ui-bundle.js');
      const br = await get(app, '/docs/assets/swagger-ui-bundle.js', { 'accept-encoding': 'br' });
      expect(br.coding).toBe('br');
      expect(br.bytes.byteLength).toBeLessThan(plain.bytes.byteLength * 0.3);
      expect(decode('br', br.bytes)).toBe(decode(null, plain.bytes));
    },
    60_000,
  );

  it.skipIf(skip)('answers made per request (a sign-in page, a problem) are compressed too', async () => {
    const plain = await get(app, AUTHORIZE);
    expect(plain.status).toBe(200);
    const gzip = await get(app, AUTHORIZE, { 'accept-encoding': 'gzip' });
    expect(gzip.coding).toBe('gzip');
    expect(varies(gzip.headers)).toBe(true);
    // The page carries a fresh form token each time: compare its text around it.
    const strip = (html: string) => html.replace(/name="form_token" value="[^"]*"/, '');
    expect(strip(decode('gzip', gzip.bytes))).toBe(strip(decode(null, plain.bytes)));
    expect(gzip.headers.get('content-security-policy')).toBe(plain.headers.get('content-security-policy'));

    const problem = await get(app, '/v1/news?limit=abc', { 'accept-encoding': 'br' });
    expect(problem.status).toBe(400);
    expect(problem.headers.get('content-type')).toContain('application/problem+json');
    const body = JSON.parse(decode(problem.coding, problem.bytes));
    expect(body.status).toBe(400);
  });

  it.skipIf(skip)(
    'over a real socket: the raw bytes are brotli, and a standard client reads them',
    async () => {
      const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
      await new Promise<void>((resolve) => server.once('listening', () => resolve()));
      const { port } = server.address() as AddressInfo;
      try {
        const raw = await new Promise<{ headers: Record<string, unknown>; body: Buffer }>(
          (resolve, reject) => {
            const req = httpRequest(
              { host: '127.0.0.1', port, path: '/v1/news?lang=en', headers: { 'accept-encoding': 'br' } },
              (res) => {
                const chunks: Buffer[] = [];
                res.on('data', (chunk: Buffer) => chunks.push(chunk));
                res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
              },
            );
            req.on('error', reject);
            req.end();
          },
        );
        expect(raw.headers['content-encoding']).toBe('br');
        expect(Number(raw.headers['content-length'])).toBe(raw.body.byteLength);
        const decoded = JSON.parse(brotliDecompressSync(raw.body).toString('utf8'));
        // fetch asks for gzip, deflate and br by itself and decodes the answer.
        const viaFetch = await (await fetch(`http://127.0.0.1:${port}/v1/news?lang=en`)).json();
        expect(viaFetch).toEqual(decoded);
      } finally {
        await new Promise((resolve) => server.close(resolve));
      }
    },
  );
});

describe('the portal favicon', () => {
  it('the sign-in page links an icon that is served from its own origin', async () => {
    const { openPgliteDatabase } = await import('../src/db/pglite.js');
    const { authorizeUrl } = await import('./support/oauth.js');
    const { applySeed } = await import('../src/seed/apply.js');
    const database = await openPgliteDatabase({ afterMigrate: applySeed });
    try {
      const app = createApp({ database, log: { error: console.error, warn() {} } });
      const page = await (await app.request(authorizeUrl())).text();
      const href = /<link rel="icon" href="([^"]+)"/.exec(page)?.[1];
      expect(href).toBeDefined();
      expect(href!.startsWith('/')).toBe(true);
      for (const path of [href!, '/favicon.ico']) {
        const icon = await app.request(path);
        expect(icon.status, path).toBe(200);
        expect(icon.headers.get('content-type'), path).toBe('image/svg+xml');
        expect(await icon.text(), path).toMatch(/^<svg /);
      }
    } finally {
      await database.close();
    }
  });
});
