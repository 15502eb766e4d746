import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { PlatformProcess, startPlatformProcess } from './platform-process';
import { buildWorker, waitFor } from './worker-processes';

/**
 * Embedded mode after a crash (docs/operations.md "Embedded PostgreSQL after a crash"): kill -9 of the platform leaves
 * its embedded PostgreSQL running; the next start must take it over (stop it and start its own), and a clean stop then
 * leaves nothing running. And under `npm start`, a kill -9 of npm (the platform's parent) must not leave the platform
 * and its PostgreSQL running with nobody to stop them.
 */
const ROOT = join(__dirname, '..', '..', '..');
const DATA_DIR = join(ROOT, '.data', `test-embedded-crash-${process.pid}`);
const PID_FILE = join(DATA_DIR, 'postgres', 'postmaster.pid');

const postgresPid = (): number | undefined =>
  existsSync(PID_FILE) ? Number(readFileSync(PID_FILE, 'utf8').split('\n')[0]) : undefined;
const isRunning = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  // An orphaned server that has exited stays a zombie until whatever adopted it reaps it, and a zombie still answers
  // signal 0: where the adopter does not reap (some sandboxes' init, CI's shell), that is not a running server.
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
};

const signal = (pid: number, name: NodeJS.Signals) => {
  try {
    process.kill(pid, name);
  } catch {
    // already gone
  }
};

describe('embedded PostgreSQL after a crash (e2e)', () => {
  let build: string;
  const pids: number[] = [];
  const platforms: PlatformProcess[] = [];

  beforeAll(() => {
    rmSync(DATA_DIR, { recursive: true, force: true });
    build = buildWorker('test-embedded-crash-build');
  });

  afterAll(() => {
    // Whatever a failed test left behind: the platforms' process groups, then the servers.
    for (const { child } of platforms) signal(-child.pid!, 'SIGKILL');
    for (const pid of pids) signal(pid, 'SIGINT');
    rmSync(DATA_DIR, { recursive: true, force: true });
    if (build) rmSync(build, { recursive: true, force: true });
  });

  const start = async (options: { viaShell?: boolean } = {}) => {
    const platform = await startPlatformProcess(
      build,
      undefined,
      // LOG_LEVEL info: the take-over of a leftover server is logged at start-up, at info.
      { DATA_DIR, npm_lifecycle_event: 'start', SHUTDOWN_DRAIN_MS: '300', LOG_LEVEL: 'info' },
      options,
    );
    platforms.push(platform);
    return platform;
  };

  it('kill -9 of the platform: the next start stops the leftover server, and its clean stop leaves nothing running', async () => {
    const crashed = await start();
    const leftover = postgresPid()!;
    pids.push(leftover);
    process.kill(-crashed.child.pid!, 'SIGKILL'); // the platform's whole process group; PostgreSQL has its own
    await crashed.exited;
    expect(isRunning(leftover)).toBe(true);

    const next = await start();
    const own = postgresPid()!;
    pids.push(own);
    try {
      expect(isRunning(leftover)).toBe(false);
      expect(own).not.toBe(leftover);
      expect(next.stdout.join('')).toContain(`left running by a process that has gone (pid ${leftover})`);
      next.child.kill('SIGTERM');
      expect(await next.exited).toBe(0);
    } catch (error) {
      console.log(`the second start's log:\n${next.stdout.join('')}${next.stderr.join('')}`);
      throw error;
    }
    expect(isRunning(own)).toBe(false);
    expect(postgresPid()).toBeUndefined(); // a clean shutdown removes the pid file
  }, 90_000);

  it('kill -9 of npm: the platform notices its parent has gone and stops, with its PostgreSQL', async () => {
    const platform = await start({ viaShell: true });
    const postgres = postgresPid()!;
    pids.push(postgres);
    platform.child.kill('SIGKILL'); // the shell standing in for npm, not its children
    await waitFor(
      'the platform and its PostgreSQL to stop',
      async () => (isRunning(postgres) ? undefined : true),
      30_000,
      100,
    );
    expect(postgresPid()).toBeUndefined();
  }, 60_000);
});
