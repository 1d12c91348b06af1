// What the end-to-end suites start: the portal server from its built CLI on a fresh embedded
// database, the example authority site on another origin with a strict CSP, and Debian's
// Chromium, offline.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
// @ts-expect-error: plain JavaScript module without types, as a webmaster would write it
import { startSite } from '../serve.mjs';

const serverMain = fileURLToPath(new URL('../../../packages/server/dist/main.js', import.meta.url));

export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

async function waitForHealthy(url: string, portal: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (portal.exitCode !== null) throw new Error(`portal exited with ${portal.exitCode}:\n${log()}`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`portal did not become healthy:\n${log()}`);
}

export interface Stack {
  apiUrl: string;
  site: { server: Server; url: string };
  browser: Browser;
  /** What the portal printed so far. */
  portalLog: () => string;
  stop: () => Promise<void>;
}

/** Starts the portal (with `env` added to its environment), the site and the browser. */
export async function startStack(env: Record<string, string> = {}): Promise<Stack> {
  const dataDir = await mkdtemp(join(tmpdir(), 'icra-e2e-'));
  const port = await freePort();
  const apiUrl = `http://127.0.0.1:${port}`;
  let log = '';
  const portal = spawn(process.execPath, [serverMain], {
    env: { ...process.env, PORT: String(port), ICRA_DATA_DIR: dataDir, DATABASE_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  portal.stdout?.on('data', (chunk) => {
    log += chunk;
  });
  portal.stderr?.on('data', (chunk) => {
    log += chunk;
  });
  await waitForHealthy(apiUrl, portal, () => log);
  const site = (await startSite({ port: 0, apiUrl })) as { server: Server; url: string };
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE localhost',
    ],
  });
  return {
    apiUrl,
    site,
    browser,
    portalLog: () => log,
    stop: async () => {
      await browser.close();
      await new Promise((resolve) => site.server.close(resolve));
      if (portal.exitCode === null) {
        const exited = new Promise((resolve) => portal.once('exit', resolve));
        portal.kill('SIGTERM');
        await exited;
      }
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
