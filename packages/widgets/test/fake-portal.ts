/**
 * A stand-in for the portal's OAuth endpoints, served by the test server itself (so on the test
 * page's own origin), for unit tests of the sign-in flow that need to script the popup: the
 * portal's real pages live on another origin, where a test cannot reach into them.
 *
 * - `GET  /fake-portal/oauth/authorize?…` — a blank page; the test posts from it as the portal would.
 * - `POST /fake-portal/oauth/token` — RFC 6749 form body; the code is the PKCE challenge itself, so
 *   a wrong `code_verifier` fails as it does on the portal. `client_id=short-lived` gets a token
 *   that expires in one second, `client_id=refused` an `invalid_client` problem.
 *   The answer carries a refresh token (`client_id` with `no-refresh` in it: none).
 *   `grant_type=refresh_token` rotates it: a current one gets a new pair (the access token's
 *   payload counts the renewals in `n`), a rotated one revokes its family (`invalid_grant`, and the
 *   family's newer tokens fail too), `client_id` starting `refresh-refused` is refused.
 * - `POST /fake-portal/oauth/revoke` — RFC 7009; revokes the token's family.
 * - `GET  /fake-portal/last-token-request` — the form fields of the last token request, as JSON.
 * - `GET  /fake-portal/requests?client_id=…` — every token and revocation request of that client,
 *   in order, as `{ path, form }` (tests running side by side use their own client ids).
 *
 * And a stand-in for the e-services catalogue, for widget tests over real HTTP from the widget's own
 * client (no injected one), each base a portal in one state:
 * - `GET  /fake-portal/catalogue/<state>/v1/services[/<slug>]` — the catalogue fixtures of
 *   src/service-catalog/fixtures.ts, as the portal answers them; `<state>` is `loaded`, `empty`,
 *   `error` (the list fails), `more-error` (the pages after the first fail), `detail-error` or
 *   `detail-loading` (a service's details fail, or never come), or `held-<key>`: every answer waits
 *   until the test releases that key.
 * - `POST /fake-portal/catalogue/release?key=…` — lets the answers held under that key go.
 * - `GET  /fake-portal/catalogue/requests?key=…` — the URLs asked under `held-<key>`, in order.
 *
 * And a stand-in for the citizen reception (src/reception/fixtures.ts), one portal per `<key>` made
 * on its first request, at `/fake-portal/reception/<key>/v1/…`: a widget signed in to that base
 * talks to it with its own client over real HTTP, so a test can hold one of its requests
 * (`holdRequests`) while the widget shows it on its way. Any bearer token is the citizen's.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';
import { receptionFixtureHandler } from '../src/reception/fixtures.js';
import {
  type ServiceCatalogFixtureOptions,
  serviceCatalogFixtureFetch,
} from '../src/service-catalog/fixtures.js';

const PREFIX = '/fake-portal';

function base64url(data: Buffer | string): string {
  return Buffer.from(data).toString('base64url');
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => {
      body += chunk;
    });
    request.on('end', () => resolve(body));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, status: number, type: string, body: string): void {
  response.statusCode = status;
  response.setHeader('content-type', type);
  response.setHeader('cache-control', 'no-store');
  response.end(body);
}

interface Family {
  clientId: string;
  sub: string;
  revoked: boolean;
  renewals: number;
}

function accessToken(sub: string, n: number): string {
  const header = base64url(JSON.stringify({ alg: 'none', typ: 'JWT' }));
  const payload = base64url(JSON.stringify({ sub, kind: 'citizen', aud: 'icra-api', n }));
  return `${header}.${payload}.fake`;
}

/** The catalogue's fixture fetch for a state of the stand-in (see above), or undefined for an unknown one. */
function catalogueFor(
  state: string,
  hold: (key: string) => Promise<void>,
): ReturnType<typeof serviceCatalogFixtureFetch> | undefined {
  const options: Record<string, ServiceCatalogFixtureOptions> = {
    loaded: {},
    empty: { scenario: 'empty' },
    error: { scenario: 'error' },
    'more-error': { moreFails: true },
    'detail-error': { detail: 'error' },
    'detail-loading': { detail: 'loading' },
  };
  const held = /^held-([\w-]+)$/.exec(state)?.[1];
  if (held) return serviceCatalogFixtureFetch({ hold: () => hold(held) });
  return Object.hasOwn(options, state) ? serviceCatalogFixtureFetch(options[state]) : undefined;
}

/** Answers `request` with the catalogue stand-in, aborting its fixture's answer if the browser goes away. */
async function serveCatalogue(
  fixture: ReturnType<typeof serviceCatalogFixtureFetch>,
  url: URL,
  response: ServerResponse,
): Promise<void> {
  const gone = new AbortController();
  response.on('close', () => gone.abort());
  try {
    const answer = await fixture(
      new Request(url, { headers: { accept: 'application/json' }, signal: gone.signal }),
    );
    response.statusCode = answer.status;
    response.setHeader('content-type', answer.headers.get('content-type') ?? 'application/json');
    response.setHeader('cache-control', 'no-store');
    response.end(await answer.text());
  } catch {
    if (!response.writableEnded) response.destroy();
  }
}

export function fakePortal(): Plugin {
  /** The catalogue's held answers, by key, and the URLs asked under each key. */
  const held = new Map<string, { promise: Promise<void>; release: () => void }>();
  const asked = new Map<string, string[]>();
  const hold = (key: string) => {
    let entry = held.get(key);
    if (!entry) {
      let release!: () => void;
      const promise = new Promise<void>((resolve) => {
        release = resolve;
      });
      entry = { promise, release };
      held.set(key, entry);
    }
    return entry.promise;
  };
  /** The reception stand-ins, by key. */
  const receptions = new Map<string, ReturnType<typeof receptionFixtureHandler>>();
  let last: Record<string, string> | null = null;
  const requests: Array<{ path: string; form: Record<string, string> }> = [];
  /** Refresh token → its family and whether it was rotated. */
  const refreshTokens = new Map<string, { family: Family; rotated: boolean }>();
  const issue = (family: Family) => {
    const token = randomBytes(32).toString('base64url');
    refreshTokens.set(token, { family, rotated: false });
    return token;
  };
  return {
    name: 'icra-fake-portal',
    configureServer(server) {
      server.middlewares.use(async (request, response, next) => {
        const url = new URL(request.url ?? '/', 'http://localhost');
        if (!url.pathname.startsWith(`${PREFIX}/`)) return next();
        const path = url.pathname.slice(PREFIX.length);
        const catalogue = /^\/catalogue\/([\w-]+)(\/v1\/services(?:\/[^/]+)?)$/.exec(path);
        if (request.method === 'GET' && catalogue) {
          const [, state = '', rest = ''] = catalogue;
          const key = /^held-([\w-]+)$/.exec(state)?.[1];
          if (key) asked.set(key, [...(asked.get(key) ?? []), `${rest}${url.search}`]);
          const fixture = catalogueFor(state, hold);
          if (!fixture) return send(response, 404, 'text/plain', 'not found');
          return serveCatalogue(
            fixture,
            new URL(`https://portal.example.invalid${rest}${url.search}`),
            response,
          );
        }
        const reception = /^\/reception\/([\w-]+)(\/v1\/.*)$/.exec(path);
        if (reception) {
          const [, key = '', rest = ''] = reception;
          let handle = receptions.get(key);
          if (!handle) {
            handle = receptionFixtureHandler();
            receptions.set(key, handle);
          }
          const method = request.method ?? 'GET';
          const headers = new Headers();
          for (const [name, value] of Object.entries(request.headers))
            if (typeof value === 'string') headers.set(name, value);
          const body = method === 'GET' || method === 'HEAD' ? undefined : await readBody(request);
          const answer = await handle(
            new Request(`https://portal.example.invalid${rest}${url.search}`, { method, headers, body }),
            rest,
          );
          if (!answer) return send(response, 404, 'text/plain', 'not found');
          response.statusCode = answer.status;
          for (const [name, value] of answer.headers) response.setHeader(name, value);
          response.setHeader('cache-control', 'no-store');
          return response.end(Buffer.from(await answer.arrayBuffer()));
        }
        if (request.method === 'POST' && path === '/catalogue/release') {
          const key = url.searchParams.get('key') ?? '';
          hold(key);
          held.get(key)?.release();
          return send(response, 204, 'text/plain', '');
        }
        if (request.method === 'GET' && path === '/catalogue/requests') {
          return send(
            response,
            200,
            'application/json',
            JSON.stringify(asked.get(url.searchParams.get('key') ?? '') ?? []),
          );
        }
        if (request.method === 'GET' && path === '/oauth/authorize') {
          return send(
            response,
            200,
            'text/html; charset=utf-8',
            '<!doctype html><html lang="en"><title>Fake portal</title><p>Fake portal sign-in</p></html>',
          );
        }
        if (request.method === 'GET' && path === '/last-token-request') {
          return send(response, 200, 'application/json', JSON.stringify(last));
        }
        if (request.method === 'GET' && path === '/requests') {
          const clientId = url.searchParams.get('client_id');
          return send(
            response,
            200,
            'application/json',
            JSON.stringify(requests.filter((r) => r.form.client_id === clientId)),
          );
        }
        if (request.method === 'POST' && path === '/oauth/revoke') {
          const form = Object.fromEntries(new URLSearchParams(await readBody(request)));
          requests.push({ path, form });
          const known = refreshTokens.get(form.token ?? '');
          if (known && known.family.clientId === form.client_id) known.family.revoked = true;
          return send(response, 200, 'text/plain', '');
        }
        if (request.method === 'POST' && path === '/oauth/token') {
          const form = Object.fromEntries(new URLSearchParams(await readBody(request)));
          requests.push({ path, form });
          last = { ...form, contentType: request.headers['content-type'] ?? '' };
          const problem = (error: string, status = 400) =>
            send(
              response,
              status,
              'application/problem+json',
              JSON.stringify({ type: `urn:icra:problem:${error}`, title: error, status, error }),
            );
          if (!String(request.headers['content-type']).startsWith('application/x-www-form-urlencoded')) {
            return problem('invalid_request');
          }
          if (form.client_id === 'refused') return problem('invalid_client', 401);
          const clientId = form.client_id ?? '';
          const lifetime = clientId.startsWith('short-lived') ? 1 : 600;
          if (form.grant_type === 'refresh_token') {
            const known = refreshTokens.get(form.refresh_token ?? '');
            if (!known || known.family.clientId !== clientId || clientId.startsWith('refresh-refused')) {
              return problem('invalid_grant');
            }
            if (known.rotated) {
              known.family.revoked = true;
              return problem('invalid_grant');
            }
            if (known.family.revoked) return problem('invalid_grant');
            known.rotated = true;
            known.family.renewals++;
            return send(
              response,
              200,
              'application/json',
              JSON.stringify({
                access_token: accessToken(known.family.sub, known.family.renewals),
                token_type: 'Bearer',
                expires_in: lifetime,
                refresh_token: issue(known.family),
              }),
            );
          }
          const challenge = base64url(
            createHash('sha256')
              .update(form.code_verifier ?? '')
              .digest(),
          );
          if (form.grant_type !== 'authorization_code' || form.code !== challenge) {
            return problem('invalid_grant');
          }
          const family: Family = { clientId, sub: 'fake', revoked: false, renewals: 0 };
          return send(
            response,
            200,
            'application/json',
            JSON.stringify({
              access_token: accessToken(family.sub, 0),
              token_type: 'Bearer',
              expires_in: lifetime,
              ...(clientId.includes('no-refresh') ? {} : { refresh_token: issue(family) }),
            }),
          );
        }
        return send(response, 404, 'text/plain', 'not found');
      });
    },
  };
}
