// `npm start`: the portal on the embedded database (seeded on first start) and the example
// authority site on its own origin, both in the foreground. Ctrl+C stops both.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const port = process.env.PORT ?? '8787';
const sitePort = process.env.EXAMPLE_PORT ?? '8788';
const apiUrl = `http://localhost:${port}`;

const children = [
  spawn(process.execPath, ['packages/server/dist/main.js'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, PORT: port, ICRA_DATA_DIR: process.env.ICRA_DATA_DIR ?? `${root}.data/pglite` },
  }),
  spawn(process.execPath, ['examples/authority-site/serve.mjs'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, EXAMPLE_PORT: sitePort, ICRA_API_URL: apiUrl },
  }),
];

console.log(`
  icra is starting (the first start creates and seeds the embedded database: about 10 seconds;
  the build before it took longest, later starts reuse both; ports: PORT=${port} EXAMPLE_PORT=${sitePort})
    Portal API        ${apiUrl}/v1/news
    API docs          ${apiUrl}/docs
    Widget bundle     ${apiUrl}/widgets/icra.js
    Example site      http://localhost:${sitePort}
  Press Ctrl+C to stop.
`);

let stopping = false;
function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 5000).unref();
}
for (const child of children) {
  child.on('exit', (code) => {
    if (!stopping) {
      console.error(`A process stopped (exit ${code}); stopping the others.`);
      stop(code ?? 1);
    } else if (children.every((c) => c.exitCode !== null || c.signalCode !== null)) {
      process.exit(0);
    }
  });
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
