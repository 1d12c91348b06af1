/**
 * The real CLI (src/main.ts, run by tsx) in a child process, for tests that act on what it prints,
 * never on time passing: on an ephemeral port, on loopback, with no widgets and the embedded
 * database unless `env` says otherwise.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SERVER_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const TSX = createRequire(import.meta.url).resolve('tsx');

export interface ServerExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Everything it printed, stdout and stderr as they came. */
  output: string;
}

export interface ServerProcess {
  child: ChildProcess;
  /** Resolves with everything printed so far once `text` has been printed; rejects if it exits first. */
  printed(text: string): Promise<string>;
  /** Resolves with its address once it listens; rejects if it exits first. */
  url(): Promise<string>;
  exited: Promise<ServerExit>;
}

export const LISTENING = 'icra-server listening on';

export function startServerProcess(env: Record<string, string>): ServerProcess {
  const child = spawn(process.execPath, ['--import', TSX, 'src/main.ts'], {
    cwd: SERVER_DIR,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATABASE_URL: '', ICRA_WIDGETS_DIR: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const waiting: Array<() => void> = [];
  const onOutput = (chunk: Buffer) => {
    output += chunk.toString();
    for (const check of [...waiting]) check();
  };
  child.stdout!.on('data', onOutput);
  child.stderr!.on('data', onOutput);
  const exited = new Promise<ServerExit>((done) =>
    child.on('exit', (code, signal) => done({ code, signal, output })),
  );
  const printed = (text: string) =>
    new Promise<string>((done, fail) => {
      const check = () => {
        if (output.includes(text)) done(output);
      };
      waiting.push(check);
      check();
      void exited.then(({ code, signal }) =>
        fail(new Error(`the server exited (${code ?? signal}) before printing ${text}:\n${output}`)),
      );
    });
  const url = () => printed(LISTENING).then((text) => new RegExp(`${LISTENING} (\\S+)`).exec(text)![1]!);
  return { child, printed, url, exited };
}
