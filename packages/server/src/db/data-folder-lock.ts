/**
 * One process per embedded data folder. PGlite keeps the whole database in this process's memory
 * and writes the folder back as it goes: a second process on the same folder would start, answer
 * writes, and lose them to the first one's copy. So the folder is locked while it is open.
 *
 * The lock is a listening Unix domain socket, which the operating system closes when its process
 * ends however it ends (`kill -9` included): a stale lock cannot block the next start. Chosen over
 *
 * - a lock file with a pid: a pid is reused, and telling a live holder from a dead one needs its
 *   start time, which Node cannot read portably;
 * - `proper-lockfile` and the like: a directory with an mtime that the holder refreshes, which a
 *   killed holder leaves behind until it is old enough to count as stale (and a paused one loses);
 * - flock(2): not in Node's core, and the packages that bind it are native addons.
 *
 * On Linux the socket is in the abstract namespace, named after the folder's device and inode (so
 * every path to the folder, through symlinks or bind mounts, meets the same lock): binding it is
 * atomic and there is no file to leave behind. Elsewhere it is a socket file in the folder; one a
 * dead process left (connecting is refused) is removed and the bind tried again. The lock spans
 * one kernel: containers that share the folder but not their network namespace do not see it.
 */
import { stat, unlink } from 'node:fs/promises';
import { connect, createServer, type Server } from 'node:net';
import { join, resolve } from 'node:path';

/** The socket file in the folder, where there is no abstract namespace. */
export const LOCK_SOCKET_NAME = '.icra-server.lock';

export class DataFolderLockedError extends Error {
  override name = 'DataFolderLockedError';
  constructor(
    readonly dataDir: string,
    readonly holderPid: number | undefined,
  ) {
    super(
      `the data folder ${dataDir} is in use by another icra server process` +
        `${holderPid === undefined ? '' : ` (pid ${holderPid})`}: PGlite serves one process only. ` +
        'Stop that process, give this one another ICRA_DATA_DIR, or use PostgreSQL (DATABASE_URL) to run several.',
    );
  }
}

export interface DataFolderLock {
  release(): Promise<void>;
}

/** Locks the folder (which must exist) for this process; throws {@link DataFolderLockedError} when another holds it. */
export async function lockDataFolder(dataDir: string): Promise<DataFolderLock> {
  const folder = resolve(dataDir);
  const address = await lockAddress(folder);
  for (let attempt = 0; ; attempt++) {
    const server = createServer((socket) => {
      // Whoever asks learns who holds the folder.
      socket.end(String(process.pid));
    });
    try {
      await listen(server, address.path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
      const holder = await askHolder(address.path);
      if (holder.alive) throw new DataFolderLockedError(folder, holder.pid);
      // A socket file whose process is gone: remove it and bind again (abstract sockets never stay).
      if (!address.file || attempt > 0) throw new DataFolderLockedError(folder, undefined);
      await unlink(address.path).catch(() => {});
      continue;
    }
    // The lock never keeps the process alive by itself.
    server.unref();
    let released: Promise<void> | undefined;
    return {
      release() {
        released ??= new Promise<void>((done) => server.close(() => done()));
        return released;
      },
    };
  }
}

async function lockAddress(folder: string): Promise<{ path: string; file: boolean }> {
  if (process.platform === 'linux') {
    const { dev, ino } = await stat(folder, { bigint: true });
    return { path: `\0icra-server-data-folder:${dev}:${ino}`, file: false };
  }
  return { path: join(folder, LOCK_SOCKET_NAME), file: true };
}

function listen(server: Server, path: string): Promise<void> {
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen({ path, exclusive: true }, () => {
      server.off('error', fail);
      done();
    });
  });
}

/** Whether a process listens at the lock, and its pid if it says. */
function askHolder(path: string): Promise<{ alive: boolean; pid?: number }> {
  return new Promise((done) => {
    const socket = connect({ path });
    let answer = '';
    let connected = false;
    const finish = () => {
      socket.destroy();
      const pid = Number(answer);
      done(
        connected
          ? Number.isInteger(pid) && pid > 0
            ? { alive: true, pid }
            : { alive: true }
          : { alive: false },
      );
    };
    socket.setTimeout(1000, finish);
    socket.on('connect', () => {
      connected = true;
    });
    socket.on('data', (chunk) => {
      answer += chunk.toString('utf8');
    });
    socket.on('end', finish);
    socket.on('error', (error: NodeJS.ErrnoException) => {
      // ECONNREFUSED (or ENOENT): nobody listens, the lock is stale. Anything else: assume held.
      if (!connected && error.code !== 'ECONNREFUSED' && error.code !== 'ENOENT') connected = true;
      finish();
    });
  });
}
