import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { TestApp } from '@app/testing';

/** Worker processes for the queue tests: compiled once per test file, started and stopped like in production. */
const ROOT = join(__dirname, '..', '..', '..');

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `probe` until it answers something other than undefined. */
export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  timeoutMs = 60_000,
  intervalMs = 20,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(intervalMs);
  }
}

/**
 * Compiles the apps and libs into `.data/<label>-<pid>` (not dist/, which a developer's benchmark may be using) and
 * returns that folder; remove it in afterAll.
 */
export function buildWorker(label: string): string {
  const build = join(ROOT, '.data', `${label}-${process.pid}`);
  execFileSync(
    join(ROOT, 'node_modules/.bin/swc'),
    ['apps', 'libs', '-d', build, '--only', '**/*.ts', '--ignore', '**/*.spec.ts', '--quiet'],
    { cwd: ROOT, stdio: 'ignore' },
  );
  return build;
}

/** A worker process on the test API's database, with the queues on Redis when `redisUrl` is given. */
export function startWorker(
  build: string,
  api: TestApp,
  queue: { redisUrl?: string; prefix: string },
  env: Record<string, string> = {},
): ChildProcess {
  return spawn(process.execPath, [join(build, 'apps/worker/src/main.js')], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      DATABASE_URL: api.config.databaseUrl,
      REDIS_URL: queue.redisUrl ?? '',
      QUEUE_PREFIX: queue.prefix,
      JWT_SECRET: api.config.jwtSecret,
      ...env,
    },
    stdio: 'ignore',
  });
}

/** Sends the signal and resolves with the exit code once the process has gone. */
export function stopWorker(worker: ChildProcess, signal: NodeJS.Signals): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => worker.once('exit', (code) => resolve(code)));
  worker.kill(signal);
  return exited;
}

/**
 * Adds `count` APPLIED enrolments (with snapshots and history) to the first cohort, so that a CITY run lasts long
 * enough for a signal to arrive in the middle of it. Needs a provider and a cohort to exist.
 */
export async function seedManyEnrolments(db: DataSource, count: number): Promise<void> {
  await db.query(
    `WITH p AS (SELECT o.id AS provider_id FROM organisations o WHERE o.kind = 'PROVIDER' LIMIT 1),
          c AS (SELECT c.id FROM cohorts c LIMIT 1)
     INSERT INTO enrolments (cohort_id, provider_id, status, reported_by_provider, stages_reached, snapshot_ethnicity,
                             snapshot_gender)
     SELECT c.id, p.provider_id, 'APPLIED', true, 2,
            (ARRAY['WHITE_BRITISH','ASIAN_PAKISTANI','BLACK_AFRICAN']::ethnicity[])[1 + i % 3],
            (ARRAY['WOMAN','MAN']::gender[])[1 + i % 2]
     FROM generate_series(1, $1::int) i, c, p`,
    [count],
  );
  // stages_reached is already APPLIED's bit, so the history trigger finds nothing to update (a fast seed).
  await db.query(`INSERT INTO enrolment_status_changes (enrolment_id, status, by_role)
                  SELECT id, 'APPLIED', 'PROVIDER' FROM enrolments`);
  await db.query('ANALYZE');
}
