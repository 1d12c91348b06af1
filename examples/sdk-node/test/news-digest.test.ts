// Runs the example exactly as its comment says, against the real server on a seeded database.
import { execFile } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { serve } from '@hono/node-server';
import { createApp, type Database, openDatabase } from '@icra/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../news-digest.mjs', import.meta.url));
let database: Database;
let server: ReturnType<typeof serve>;
let apiUrl: string;

beforeAll(async () => {
  database = await openDatabase({ seed: true });
  const app = createApp({ database, widgetsDir: null });
  await new Promise<void>((resolve) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve());
  });
  apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await database.close();
});

function run(...args: string[]) {
  return promisify(execFile)(process.execPath, [script, ...args], {
    env: { ...process.env, ICRA_API_URL: apiUrl },
  });
}

describe('news digest example', () => {
  it('prints each authority with its latest news in the asked language', async () => {
    const { stdout } = await run('en', '2');
    const latest = (await (await fetch(`${apiUrl}/v1/news?authority=masalli&limit=2&lang=en`)).json()) as {
      items: { title: string }[];
    };
    expect(stdout).toContain('Ganja City Executive Power');
    expect(stdout).toContain('Masalli District Executive Power');
    for (const item of latest.items) expect(stdout).toContain(item.title);
  });

  it('reports a bad request as the problem says, in the asked language', async () => {
    const error = await run('ru', '0').catch((e: { code: number; stderr: string }) => e);
    expect(error).toMatchObject({ code: 1 });
    expect((error as { stderr: string }).stderr).toMatch(/\/query\/limit: .*[а-я]/);
  });
});
