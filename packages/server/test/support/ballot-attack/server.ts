/**
 * The server under attack, run as an operator runs it: `node dist/main.js` in its own process,
 * configured by the environment, with its stdout and stderr captured line by line (the logs are
 * evidence). Nothing of the implementation is imported: the attack sees what an operator sees.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const DIST_MAIN = fileURLToPath(new URL('../../../dist/main.js', import.meta.url));

export interface LogLine {
  /** When the line arrived (ms since the epoch), to be matched against vote times. */
  at: number;
  stream: 'stdout' | 'stderr';
  text: string;
}

export interface ServerProcess {
  readonly url: string;
  readonly logs: LogLine[];
  /** SIGTERM and wait for the exit (the server finishes requests in flight and closes its database). */
  stop(): Promise<void>;
}

/** The variables of the parent that a server must not inherit (they would configure it). */
const OWN = /^(DATABASE_URL|PORT|HOST|ICRA_.*)$/;

export async function startServerProcess(
  env: Record<string, string>,
  logs: LogLine[],
): Promise<ServerProcess> {
  if (!existsSync(DIST_MAIN)) {
    throw new Error(`${DIST_MAIN} is missing: build the server first (npx turbo run build)`);
  }
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !OWN.test(name)));
  const child = spawn(process.execPath, [DIST_MAIN], {
    env: { ...inherited, HOST: '127.0.0.1', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    capture(child, 'stdout', logs, (line) => {
      const match = /listening on (http:\/\/\S+)/.exec(line);
      if (match) resolve(match[1]!);
    });
    capture(child, 'stderr', logs, () => {});
    void exited.then((code) =>
      reject(
        new Error(`the server exited (${code}) before listening:\n${logs.map((l) => l.text).join('\n')}`),
      ),
    );
  });
  return {
    url,
    logs,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      const code = await exited;
      if (code !== 0)
        throw new Error(`the server exited with ${code}:\n${logs.map((l) => l.text).join('\n')}`);
    },
  };
}

function capture(
  child: ChildProcess,
  stream: 'stdout' | 'stderr',
  logs: LogLine[],
  onLine: (line: string) => void,
): void {
  let pending = '';
  child[stream]!.setEncoding('utf8');
  child[stream]!.on('data', (chunk: string) => {
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop()!;
    for (const text of lines) {
      logs.push({ at: Date.now(), stream, text });
      onLine(text);
    }
  });
  child[stream]!.on('end', () => {
    if (pending) logs.push({ at: Date.now(), stream, text: pending });
  });
}
