/**
 * Configuration from the environment, and the server started as the command starts it.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { findInstalledWidgets, loadConfig } from '../src/config.js';
import { ConfigError, startServer } from '../src/server.js';
import { createPostgresDatabase, POSTGRES_URL } from './support/databases.js';

describe('loadConfig', () => {
  it('has the documented defaults', () => {
    expect(loadConfig({})).toEqual({
      ok: true,
      config: {
        port: 8787,
        host: '127.0.0.1',
        dataDir: resolve('./.data/pglite'),
        databaseUrl: undefined,
        demo: true,
        widgetsDir: undefined,
        publicUrl: undefined,
        oidc: undefined,
        rateLimits: { windowSeconds: 60, signInPerIp: 120, signInPerClient: 1200, writesPerPrincipal: 120 },
        trustedProxies: 0,
        ballotSecret: undefined,
        ballotBatch: 5,
      },
    });
  });

  it('reads the public URL and the external OpenID Connect issuer', () => {
    const result = loadConfig({
      ICRA_PUBLIC_URL: 'https://portal.example.az/',
      ICRA_OIDC_ISSUER: 'https://id.example.az',
      ICRA_OIDC_CLIENT_ID: 'portal',
      ICRA_OIDC_CLIENT_SECRET: 'secret',
    });
    expect(result).toMatchObject({
      ok: true,
      config: {
        publicUrl: 'https://portal.example.az',
        oidc: {
          issuer: 'https://id.example.az',
          clientId: 'portal',
          clientSecret: 'secret',
          finClaim: 'fin',
        },
      },
    });
    const bad = loadConfig({
      ICRA_PUBLIC_URL: 'https://portal.example.az/path',
      ICRA_OIDC_ISSUER: 'http://id.example.az',
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.errors.map((e) => e.split('=')[0])).toEqual(['ICRA_PUBLIC_URL', 'ICRA_OIDC_ISSUER']);
    const noClient = loadConfig({ ICRA_OIDC_ISSUER: 'http://127.0.0.1:9000' });
    expect(noClient).toEqual({
      ok: false,
      errors: ['ICRA_OIDC_CLIENT_ID: is required with ICRA_OIDC_ISSUER'],
    });
  });

  it('reads every variable, an empty one counting as unset', () => {
    const result = loadConfig({
      PORT: '9000',
      HOST: '0.0.0.0',
      ICRA_DATA_DIR: '/tmp/icra-data',
      DATABASE_URL: 'postgres://icra:secret@db.internal:5432/icra',
      ICRA_DEMO: '0',
      ICRA_WIDGETS_DIR: '',
      ICRA_BALLOT_SECRET: 'a-secret-of-the-operator-0123456789abcdef',
      ICRA_BALLOT_BATCH: '',
    });
    expect(result).toEqual({
      ok: true,
      config: {
        port: 9000,
        host: '0.0.0.0',
        dataDir: '/tmp/icra-data',
        databaseUrl: 'postgres://icra:secret@db.internal:5432/icra',
        demo: false,
        widgetsDir: undefined,
        publicUrl: undefined,
        oidc: undefined,
        rateLimits: { windowSeconds: 60, signInPerIp: 120, signInPerClient: 1200, writesPerPrincipal: 120 },
        trustedProxies: 0,
        ballotSecret: 'a-secret-of-the-operator-0123456789abcdef',
        ballotBatch: 5,
      },
    });
  });

  it('reads the rate limits and the trusted proxies, and rejects values that are not counts', () => {
    const result = loadConfig({
      ICRA_RATE_LIMIT_WINDOW: '30',
      ICRA_RATE_LIMIT_SIGN_IN_PER_IP: '10',
      ICRA_RATE_LIMIT_SIGN_IN_PER_CLIENT: '0',
      ICRA_RATE_LIMIT_WRITES: '5',
      ICRA_TRUSTED_PROXIES: '2',
    });
    expect(result).toMatchObject({
      ok: true,
      config: {
        rateLimits: { windowSeconds: 30, signInPerIp: 10, signInPerClient: 0, writesPerPrincipal: 5 },
        trustedProxies: 2,
      },
    });
    const bad = loadConfig({
      ICRA_RATE_LIMIT_WINDOW: '0',
      ICRA_RATE_LIMIT_SIGN_IN_PER_IP: '-1',
      ICRA_RATE_LIMIT_SIGN_IN_PER_CLIENT: 'many',
      ICRA_RATE_LIMIT_WRITES: '2.5',
      ICRA_TRUSTED_PROXIES: 'yes',
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.errors.map((e) => e.split('=')[0])).toEqual([
        'ICRA_RATE_LIMIT_WINDOW',
        'ICRA_RATE_LIMIT_SIGN_IN_PER_IP',
        'ICRA_RATE_LIMIT_SIGN_IN_PER_CLIENT',
        'ICRA_RATE_LIMIT_WRITES',
        'ICRA_TRUSTED_PROXIES',
      ]);
    }
  });

  it.each(['abc', '-1', '65536', '80.5', '8787abc'])('rejects PORT=%s', (port) => {
    const result = loadConfig({ PORT: port });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual([expect.stringMatching(/^PORT="[^"]*": /)]);
  });

  it('rejects a DATABASE_URL that is not PostgreSQL, an unknown ICRA_DEMO, a missing widgets folder', () => {
    const result = loadConfig({
      DATABASE_URL: 'mysql://localhost/icra',
      ICRA_DEMO: 'maybe',
      ICRA_WIDGETS_DIR: '/nonexistent/widgets',
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.map((e) => e.split('=')[0])).toEqual(['DATABASE_URL', 'ICRA_DEMO']);
    }
    const widgets = loadConfig({ ICRA_WIDGETS_DIR: '/nonexistent/widgets' });
    expect(widgets.ok).toBe(false);
  });

  it('finds the widgets package at run time, or reports it missing', () => {
    const found = findInstalledWidgets();
    if (found !== undefined) expect(found).toMatch(/widgets[/\\]dist$/);
  });
});

const builtMain = new URL('../dist/main.js', import.meta.url);

describe.skipIf(!existsSync(builtMain))(
  'the icra-server command (dist/main.js; skipped before a build)',
  () => {
    it('prints what is wrong and exits 1 on a bad PORT', async () => {
      const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const child = execFile(process.execPath, [builtMain.pathname], {
          env: { ...process.env, PORT: 'eighty', ICRA_DATA_DIR: join(tmpdir(), `icra-never-${process.pid}`) },
        });
        let stderr = '';
        child.stderr?.on('data', (chunk) => {
          stderr += chunk;
        });
        child.on('exit', (code) => resolve({ code, stderr }));
      });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('invalid configuration');
      expect(result.stderr).toContain('PORT="eighty"');
    });

    it.skipIf(!POSTGRES_URL)('rotate-keys makes a new signing key and retires the current one', async () => {
      const created = await createPostgresDatabase();
      try {
        const run = () =>
          promisify(execFile)(process.execPath, [builtMain.pathname, 'rotate-keys'], {
            env: { ...process.env, DATABASE_URL: created.url },
          });
        const first = await run();
        const second = await run();
        const kid = (out: string) => /new signing key ([0-9a-f-]{36})/.exec(out)?.[1];
        expect(kid(first.stdout)).toEqual(expect.any(String));
        expect(kid(second.stdout)).not.toBe(kid(first.stdout));
        const client = new pg.Client({ connectionString: created.url });
        await client.connect();
        try {
          const { rows } = await client.query(
            'select kid, retired_at is null as active from signing_keys order by created_at',
          );
          expect(rows).toEqual([
            { kid: kid(first.stdout), active: false },
            { kid: kid(second.stdout), active: true },
          ]);
        } finally {
          await client.end();
        }
      } finally {
        await created.drop();
      }
    });

    it('refuses an unknown command', async () => {
      const error = await promisify(execFile)(process.execPath, [
        builtMain.pathname,
        'rotate-everything',
      ]).catch((e: { code: number; stderr: string }) => e);
      expect(error).toMatchObject({ code: 1, stderr: expect.stringContaining('unknown command') });
    });
  },
);

describe('startServer', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it('refuses to start on a bad PORT, before touching the database', async () => {
    const dataDir = join(tmpdir(), `icra-never-${process.pid}`);
    const error = await startServer({ PORT: 'abc', ICRA_DATA_DIR: dataDir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).errors[0]).toMatch(/^PORT="abc"/);
  });

  it('serves on an ephemeral port and stops gracefully', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'icra-server-'));
    dirs.push(dir);
    const lines: string[] = [];
    const log = { log: (l: string) => lines.push(l), warn: (l: string) => lines.push(l), error: () => {} };
    const server = await startServer(
      { PORT: '0', HOST: '127.0.0.1', ICRA_DATA_DIR: join(dir, 'data'), ICRA_WIDGETS_DIR: dir },
      { log },
    );
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(lines.join('\n')).toContain(`listening on ${server.url}`);
      expect(lines.join('\n')).toContain('no fsync');
      const health = await fetch(`${server.url}/healthz`);
      expect(await health.json()).toEqual({ status: 'ok', database: 'pglite' });
      const news = await fetch(`${server.url}/v1/news?limit=1`, { headers: { 'accept-language': 'en' } });
      expect(news.status).toBe(200);
      // The newest seeded article has no English: it is served in Azerbaijani and the header says so.
      expect(news.headers.get('content-language')).toBe('en, az');
      // Without ICRA_PUBLIC_URL the token issuer is the address listened on (RFC 8414 §3.3: the
      // metadata fetched there names exactly it).
      const metadata = await fetch(`${server.url}/.well-known/oauth-authorization-server`);
      expect(((await metadata.json()) as { issuer: string }).issuer).toBe(server.url);
    } finally {
      await server.stop();
    }
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
  });
});
