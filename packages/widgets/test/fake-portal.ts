/**
 * A stand-in for the portal's OAuth endpoints, served by the test server itself (so on the test
 * page's own origin), for unit tests of the sign-in flow that need to script the popup: the
 * portal's real pages live on another origin, where a test cannot reach into them.
 *
 * - `GET  /fake-portal/oauth/authorize?…` — a blank page; the test posts from it as the portal would.
 * - `POST /fake-portal/oauth/token` — RFC 6749 form body; the code is the PKCE challenge itself, so
 *   a wrong `code_verifier` fails as it does on the portal. `client_id=short-lived` gets a token
 *   that expires in one second, `client_id=refused` an `invalid_client` problem.
 * - `GET  /fake-portal/last-token-request` — the form fields of the last token request, as JSON.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';

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

export function fakePortal(): Plugin {
  let last: Record<string, string> | null = null;
  return {
    name: 'icra-fake-portal',
    configureServer(server) {
      server.middlewares.use(async (request, response, next) => {
        const url = new URL(request.url ?? '/', 'http://localhost');
        if (!url.pathname.startsWith(`${PREFIX}/`)) return next();
        const path = url.pathname.slice(PREFIX.length);
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
        if (request.method === 'POST' && path === '/oauth/token') {
          const form = Object.fromEntries(new URLSearchParams(await readBody(request)));
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
          const challenge = base64url(
            createHash('sha256')
              .update(form.code_verifier ?? '')
              .digest(),
          );
          if (form.grant_type !== 'authorization_code' || form.code !== challenge) {
            return problem('invalid_grant');
          }
          const header = base64url(JSON.stringify({ alg: 'none', typ: 'JWT' }));
          const payload = base64url(JSON.stringify({ sub: 'fake', kind: 'citizen', aud: 'icra-api' }));
          return send(
            response,
            200,
            'application/json',
            JSON.stringify({
              access_token: `${header}.${payload}.fake`,
              token_type: 'Bearer',
              expires_in: form.client_id === 'short-lived' ? 1 : 600,
            }),
          );
        }
        return send(response, 404, 'text/plain', 'not found');
      });
    },
  };
}
