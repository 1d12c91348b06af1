// A tiny static server for the example authority site, on its own origin (not the portal's).
// It stands in for whatever hosts an authority's website: it knows nothing of icra except
// the portal URL written in the page, which it rewrites when ICRA_API_URL points elsewhere.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const PUBLIC_DIR = fileURLToPath(new URL('./public/', import.meta.url));
const WRITTEN_API = 'http://127.0.0.1:8787';
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

/**
 * Starts the site. `apiUrl` is the portal's origin; resolves with the server and its URL.
 * @param {{ port?: number, host?: string, apiUrl?: string }} [options]
 */
export function startSite({ port = 8788, host = '127.0.0.1', apiUrl = WRITTEN_API } = {}) {
  const api = new URL(apiUrl).origin;
  // The strict policy a careful authority would set: no inline script or style anywhere,
  // scripts and API calls only from itself and the portal.
  const csp = [
    "default-src 'self'",
    `script-src 'self' ${api}`,
    `connect-src 'self' ${api}`,
    `img-src 'self' ${api} data:`,
    "style-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');

  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://site').pathname);
    const relative = normalize(path.endsWith('/') ? `${path}index.html` : path).replace(/^(\.\.[/\\])+/, '');
    const file = join(PUBLIC_DIR, relative);
    if (!file.startsWith(PUBLIC_DIR) || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(404).end();
      return;
    }
    try {
      let body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      if (type.startsWith('text/html') && api !== WRITTEN_API) {
        body = Buffer.from(body.toString('utf8').replaceAll(WRITTEN_API, api));
      }
      res.writeHead(200, {
        'content-type': type,
        'content-security-policy': csp,
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'strict-origin-when-cross-origin',
        'cache-control': 'no-cache',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    }
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolve({ server, url: `http://${host === '127.0.0.1' ? 'localhost' : host}:${actualPort}` });
    });
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const port = Number(process.env.EXAMPLE_PORT ?? 8788);
  const { server, url } = await startSite({ port, apiUrl: process.env.ICRA_API_URL ?? WRITTEN_API });
  console.log(`Example authority site: ${url}`);
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
