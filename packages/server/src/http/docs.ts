/**
 * GET /docs: Swagger UI for /openapi.json, served from the swagger-ui-dist package by this server
 * (no CDN, works offline). The page loads only same-origin scripts, so it runs under a strict CSP.
 */
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type { Hono } from 'hono';
import type { AppEnv } from './env.js';
import { serveStatic } from './static-files.js';

const ASSETS = new Set(['swagger-ui.css', 'swagger-ui-bundle.js', 'favicon-32x32.png', 'favicon-16x16.png']);

const DOCS_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>icra API</title>
    <link rel="stylesheet" href="/docs/assets/swagger-ui.css">
    <link rel="icon" type="image/png" href="/docs/assets/favicon-32x32.png" sizes="32x32">
  </head>
  <body>
    <div id="swagger-ui"></div>
    <script src="/docs/assets/swagger-ui-bundle.js"></script>
    <script src="/docs/init.js"></script>
  </body>
</html>
`;

const INIT = `window.ui = SwaggerUIBundle({
  url: '/openapi.json',
  dom_id: '#swagger-ui',
  deepLinking: true,
  validatorUrl: null,
  presets: [SwaggerUIBundle.presets.apis],
});
`;

function swaggerUiDir(): string {
  return dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
}

export function mountDocs(app: Hono<AppEnv>): void {
  const root = swaggerUiDir();
  const pageHeaders = {
    'Content-Security-Policy': DOCS_CSP,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
  };
  app.get('/docs', (c) => c.body(PAGE, 200, { ...pageHeaders, 'Content-Type': 'text/html; charset=utf-8' }));
  app.get('/docs/', (c) => c.redirect('/docs', 301));
  app.get('/docs/init.js', (c) =>
    c.body(INIT, 200, { ...pageHeaders, 'Content-Type': 'text/javascript; charset=utf-8' }),
  );
  app.get('/docs/assets/:file', async (c, next) => {
    if (!ASSETS.has(c.req.param('file'))) return next();
    const response = await serveStatic(c, {
      root,
      prefix: '/docs/assets/',
      headers: { 'Cache-Control': 'public, max-age=86400' },
    });
    return response ?? next();
  });
}
