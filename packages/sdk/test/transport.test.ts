// Client behaviour in states the real portal cannot easily be made to produce (overload,
// a hanging connection, a proxy's HTML error page): a scripted HTTP server on loopback.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIcraClient, IcraApiError, TimeoutError } from '../src/index.js';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
let handler: Handler = (_req, res) => res.end();
const seen: IncomingMessage[] = [];
let server: Server;
let baseUrl: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(req);
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  baseUrl = `http://127.0.0.1:${address.port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
}

const emptyPage = { items: [], nextCursor: null };

describe('requests', () => {
  it('sends the language, the token and an encoded path', async () => {
    seen.length = 0;
    handler = (_req, res) => json(res, 200, { id: 'x' });
    let calls = 0;
    const client = createIcraClient({
      baseUrl: `${baseUrl}/`,
      lang: 'ru',
      token: () => `token-${++calls}`,
    });
    await client.getNews({ path: { id: 'a b/c' } });
    await client.getNews({ path: { id: 'second' } });
    expect(seen[0]?.url).toBe('/v1/news/a%20b%2Fc');
    expect(seen[0]?.headers['accept-language']).toBe('ru');
    expect(seen[0]?.headers.authorization).toBe('Bearer token-1');
    expect(seen[1]?.headers.authorization).toBe('Bearer token-2');
  });

  it('sends an anonymous call without the token, never asking for it, and with credentials omitted', async () => {
    seen.length = 0;
    handler = (_req, res) => json(res, 200, { id: 'x' });
    let asked = 0;
    const sent: Request[] = [];
    const client = createIcraClient({
      baseUrl,
      token: () => `token-${++asked}`,
      fetch: (input, init) => {
        const request = new Request(input, init);
        sent.push(request);
        return fetch(request);
      },
    });
    await client.getNews({ path: { id: 'a' } }, { anonymous: true });
    await client.getNews({ path: { id: 'b' } });
    expect(asked).toBe(1);
    expect(seen[0]?.headers.authorization).toBeUndefined();
    expect(sent[0]?.credentials).toBe('omit');
    expect(seen[1]?.headers.authorization).toBe('Bearer token-1');
    expect(sent[1]?.credentials).toBe('same-origin');
  });

  it('puts query parameters in the URL and leaves out undefined ones', async () => {
    seen.length = 0;
    handler = (_req, res) => json(res, 200, emptyPage);
    const client = createIcraClient({ baseUrl });
    await client.listNews({ query: { authority: 'guba', limit: 3, cursor: undefined } });
    const url = new URL(seen[0]?.url ?? '', baseUrl);
    expect(url.pathname).toBe('/v1/news');
    expect(Object.fromEntries(url.searchParams)).toEqual({ authority: 'guba', limit: '3' });
  });

  it('refuses a call with a missing path parameter before sending it', async () => {
    const client = createIcraClient({ baseUrl });
    // @ts-expect-error: the type system already requires the path parameter
    await expect(client.getNews({ path: {} })).rejects.toThrow(/Missing path parameter "id"/);
  });
});

describe('retries', () => {
  it('retries an idempotent request after 503, honouring Retry-After', async () => {
    seen.length = 0;
    const times: number[] = [];
    handler = (_req, res) => {
      times.push(Date.now());
      if (times.length === 1)
        json(res, 503, { title: 'busy', status: 503, type: 'about:blank' }, { 'retry-after': '1' });
      else json(res, 200, emptyPage);
    };
    const client = createIcraClient({ baseUrl, retry: 2 });
    await expect(client.listNews()).resolves.toEqual(emptyPage);
    expect(seen).toHaveLength(2);
    expect((times[1] ?? 0) - (times[0] ?? 0)).toBeGreaterThanOrEqual(900);
  });

  it('gives up after the configured number of retries with the last problem', async () => {
    seen.length = 0;
    handler = (_req, res) =>
      json(res, 500, { type: 'urn:icra:problem:internal', title: 'Internal error', status: 500 });
    const client = createIcraClient({ baseUrl, retry: 1 });
    const error = await client.listNews().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IcraApiError);
    expect((error as IcraApiError).status).toBe(500);
    expect(seen).toHaveLength(2);
  });

  it('does not retry a client error', async () => {
    seen.length = 0;
    handler = (_req, res) =>
      json(res, 404, { type: 'urn:icra:problem:not-found', title: 'Not found', status: 404 });
    const client = createIcraClient({ baseUrl, retry: 3 });
    await expect(client.getNews({ path: { id: 'nope' } })).rejects.toBeInstanceOf(IcraApiError);
    expect(seen).toHaveLength(1);
  });
});

describe('writes', () => {
  const id = '7f1c2d3e-0000-4000-8000-000000000001';

  it('never retries a write without an idempotency key', async () => {
    seen.length = 0;
    handler = (_req, res) => json(res, 503, { type: 'about:blank', title: 'busy', status: 503 });
    const client = createIcraClient({ baseUrl, retry: 3 });
    await expect(client.markNotificationRead({ path: { id } })).rejects.toBeInstanceOf(IcraApiError);
    expect(seen).toHaveLength(1);
  });

  it('retries a write sent with an idempotency key, with the same key every time', async () => {
    seen.length = 0;
    handler = (_req, res) => {
      if (seen.length === 1) json(res, 503, { type: 'about:blank', title: 'busy', status: 503 });
      else res.writeHead(204).end();
    };
    const client = createIcraClient({ baseUrl, retry: 2 });
    await expect(
      client.markNotificationRead({ path: { id } }, { idempotencyKey: 'read-once-42' }),
    ).resolves.toBeUndefined();
    expect(seen.map((req) => [req.method, req.headers['idempotency-key']])).toEqual([
      ['POST', 'read-once-42'],
      ['POST', 'read-once-42'],
    ]);
  });
});

describe('failures', () => {
  it('times out a request that never answers', async () => {
    handler = () => {
      // never answers
    };
    const client = createIcraClient({ baseUrl, timeout: 200, retry: 0 });
    await expect(client.listNews()).rejects.toBeInstanceOf(TimeoutError);
  });

  it('gives a file as long as it takes: an upload outlives the timeout that ends a read, and reports its bytes', async () => {
    // The upload's answer is held until a read with the same client has timed out.
    let release!: () => void;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    let received = 0;
    handler = (req, res) => {
      if (req.method !== 'POST') return; // the read: never answered
      req.on('data', (chunk: Buffer) => {
        received += chunk.length;
      });
      req.on('end', () => void released.then(() => json(res, 201, { id: 'document' })));
    };
    const client = createIcraClient({ baseUrl, timeout: 200, retry: 0 });
    const bytes = new Uint8Array(300_000).fill(7);
    const progress: { sent: number; total: number }[] = [];
    const upload = client.uploadServiceDraftDocument(
      {
        path: { id: '00000000-0000-4000-8000-000000000000' },
        query: { document: 'id-card', filename: 'card.pdf' },
        body: bytes,
        contentType: 'application/pdf',
      },
      { onUploadProgress: (step) => progress.push(step) },
    );
    await expect(client.listNews()).rejects.toBeInstanceOf(TimeoutError);
    release();
    await expect(upload).resolves.toEqual({ id: 'document' });
    expect(received).toBe(bytes.length);
    // Outside a browser: at the start and at the end.
    expect(progress).toEqual([
      { sent: 0, total: bytes.length },
      { sent: bytes.length, total: bytes.length },
    ]);
  });

  it('turns a problem document into IcraApiError with every field', async () => {
    const problem = {
      type: 'urn:icra:problem:validation',
      title: 'Запрос содержит ошибки',
      status: 400,
      detail: 'Проверьте параметры',
      errors: [{ pointer: '/query/limit', detail: 'Не больше 50' }],
      traceId: 'abc',
    };
    handler = (_req, res) => json(res, 400, problem, { 'content-type': 'application/problem+json' });
    const client = createIcraClient({ baseUrl, lang: 'ru' });
    const error = (await client.listNews({ query: { limit: 500 } }).catch((e: unknown) => e)) as IcraApiError;
    expect(error).toBeInstanceOf(IcraApiError);
    expect(error).toMatchObject({
      status: 400,
      type: problem.type,
      title: problem.title,
      detail: problem.detail,
      errors: problem.errors,
      request: 'GET /v1/news',
    });
    expect(error.problem).toEqual(problem);
  });

  it('still gives a useful error when a proxy answers with HTML', async () => {
    handler = (_req, res) => res.writeHead(502, { 'content-type': 'text/html' }).end('<h1>Bad gateway</h1>');
    const client = createIcraClient({ baseUrl, retry: 0 });
    const error = (await client.listNews().catch((e: unknown) => e)) as IcraApiError;
    expect(error).toBeInstanceOf(IcraApiError);
    expect(error.status).toBe(502);
    expect(error.type).toBe('about:blank');
    expect(error.detail).toContain('Bad gateway');
  });
});
