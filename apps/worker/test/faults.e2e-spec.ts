import { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPostgresBackend, createRedisBackend, Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { BULLMQ_SCHEMA, QueueName } from '@app/queue';
import { MetricsJob, NIGHTLY_CITY_SCHEDULER } from '@app/metrics';
import { createActors, openCohort, skillIds, TestApp } from '@app/testing';
import { startApi } from '../../platform/test/test-platform';
import {
  buildWorker,
  seedManyEnrolments,
  sleep,
  startWorker as startWorkerProcess,
  stopWorker,
  waitFor as waitForProbe,
} from './worker-processes';
import { freePort, redisAvailable, ThrowawayRedis } from './throwaway-redis';

/**
 * Fault drills for the queue worker (docs/operations.md "Fault drills"): a Redis restart with jobs queued, and a
 * worker sent SIGTERM in the middle of a job. Redis here is a redis-server of this file's own, on a free port, never
 * the machine's shared one; the database is this file's own clone of the test template.
 */
const CITY = { kind: 'CITY', id: null, from: null, to: null };

// The drills wait up to 30 s, polling every 50 ms.
const waitFor = <T>(what: string, probe: () => Promise<T | undefined>) => waitForProbe(what, probe, 30_000, 50);

describe('fault drills: the queue worker (e2e)', () => {
  let api: TestApp;
  let db: DataSource;
  let redis: ThrowawayRedis;
  let redisDir: string;
  let build: string;
  const workers: ChildProcess[] = [];

  beforeAll(async () => {
    // The API only provides the database, fixtures and the config; the worker processes below do all the work.
    api = await startApi({ withoutProcessors: true });
    db = api.app.get(DataSource);
    build = buildWorker('test-faults-build');
    if (redisAvailable) {
      redisDir = mkdtempSync(join(tmpdir(), 'faults-redis-'));
      redis = new ThrowawayRedis(await freePort(), redisDir);
      await redis.start();
    }
  }, 120_000);

  afterAll(async () => {
    for (const worker of workers) if (worker.exitCode === null && worker.signalCode === null) worker.kill('SIGKILL');
    await redis?.stop();
    if (redisDir) rmSync(redisDir, { recursive: true, force: true });
    await api?.close();
    if (build) rmSync(build, { recursive: true, force: true });
  });

  const startWorker = (backend: 'postgres' | 'redis', prefix: string): ChildProcess => {
    const worker = startWorkerProcess(build, api, { redisUrl: backend === 'redis' ? redis.url : undefined, prefix });
    workers.push(worker);
    return worker;
  };
  const metricsQueue = (backend: 'postgres' | 'redis', prefix: string) => {
    const queue =
      backend === 'redis'
        ? new Queue(
            QueueName.METRICS,
            { connection: { host: '127.0.0.1', port: redis.port }, prefix },
            createRedisBackend,
          )
        : new Queue(
            QueueName.METRICS,
            { connection: { connectionString: api.config.databaseUrl, schema: BULLMQ_SCHEMA, migrate: true }, prefix },
            createPostgresBackend as never,
          );
    queue.on('error', () => undefined); // connection errors while Redis is down are the drill, not a failure
    return queue;
  };
  const runStates = async (jobKeys: string[]): Promise<Record<string, string>> => {
    const rows: { job_key: string; state: string }[] = await db.query(
      `SELECT job_key, state FROM metrics_runs WHERE job_key = ANY($1)`,
      [jobKeys],
    );
    return Object.fromEntries(rows.map((row) => [row.job_key, row.state]));
  };
  const allCompleted = (jobKeys: string[]) => async () => {
    const states = await runStates(jobKeys);
    return jobKeys.every((key) => states[key] === 'COMPLETED') ? states : undefined;
  };

  (redisAvailable ? it : it.skip)(
    'Redis restarted: jobs queued before it are still there and complete; a running worker reconnects by itself',
    async () => {
      const prefix = `faults-redis-restart-${process.pid}`;
      const before = Array.from({ length: 5 }, (_, i) => `queued_before_restart_${i}`);
      let queue = metricsQueue('redis', prefix);
      for (const jobId of before) await queue.add(MetricsJob.RECOMPUTE, { scope: CITY }, { jobId });
      expect(await queue.getWaitingCount()).toBe(5);
      await queue.close();

      await redis.stop(); // no worker is running: the jobs exist only in Redis (and its append-only file)
      await redis.start();

      queue = metricsQueue('redis', prefix);
      try {
        expect(await queue.getWaitingCount()).toBe(5);
        const worker = startWorker('redis', prefix);
        await waitFor('the queued jobs to complete after the restart', allCompleted(before));

        // Now restart Redis under the running worker: it reconnects on its own and takes new jobs.
        await redis.stop();
        await sleep(1_000);
        await redis.start();
        const after = ['queued_after_second_restart_0', 'queued_after_second_restart_1'];
        for (const jobId of after) await queue.add(MetricsJob.RECOMPUTE, { scope: CITY }, { jobId });
        await waitFor('jobs queued after a restart under a running worker', allCompleted(after));
        // A run is COMPLETED in the database a moment before BullMQ moves its job to completed, so wait for the
        // queue to drain rather than reading its counts once.
        const drained = await waitFor('the queue to drain', async () => {
          const counts = await queue.getJobCounts('waiting', 'active');
          return counts.waiting === 0 && counts.active === 0 ? counts : undefined;
        });
        expect(drained).toEqual({ waiting: 0, active: 0 });
        expect(await queue.getJobCounts('failed', 'completed')).toEqual({ failed: 0, completed: 7 });
        // The only job left is the next nightly CITY run the worker scheduled when it started.
        const delayed = await queue.getDelayed();
        expect(delayed.map((job) => job.repeatJobKey)).toEqual([NIGHTLY_CITY_SCHEDULER]);
        expect(await stopWorker(worker, 'SIGTERM')).toBe(0);
      } finally {
        await queue.close();
      }
    },
    60_000,
  );

  describe('a worker sent SIGTERM in the middle of a job', () => {
    beforeAll(async () => {
      // Enough records that a CITY run takes a few seconds, so SIGTERM can arrive in the middle of it.
      const actors = await createActors(api);
      const [skill] = await skillIds(api, 'SQL');
      await openCohort(api, actors.provider, skill, { capacity: 200 });
      await seedManyEnrolments(db, 300_000);
    }, 60_000);

    const backends = redisAvailable ? (['postgres', 'redis'] as const) : (['postgres'] as const);
    it.each(backends)(
      '%s backend: graceful shutdown lets the job finish, with exactly one report, and the process exits 0',
      async (backend) => {
        const prefix = `faults-sigterm-${backend}-${process.pid}`;
        const jobKey = `sigterm_${backend}`;
        const queue = metricsQueue(backend, prefix);
        try {
          await queue.add(MetricsJob.RECOMPUTE, { scope: CITY }, { jobId: jobKey });
          const worker = startWorker(backend, prefix);
          // SIGTERM arrives mid-run: the run has started and has no report yet.
          await waitFor('the run to start', async () =>
            (await runStates([jobKey]))[jobKey] === 'RUNNING' ? true : undefined,
          );
          const signalledAt = Date.now();
          const exitCode = await stopWorker(worker, 'SIGTERM');
          const shutdownMs = Date.now() - signalledAt;
          console.log(`faults: ${backend} worker exited ${exitCode} ${shutdownMs} ms after SIGTERM mid-run`);
          expect(exitCode).toBe(0); // within closeOnSignals' 30 s: not the forced exit
          // The same process finished the job before exiting: no second worker was needed.
          expect(await runStates([jobKey])).toEqual({ [jobKey]: 'COMPLETED' });
          const reports = await db.query(
            `SELECT r.run_id FROM metrics_reports r JOIN metrics_runs m ON m.id = r.run_id WHERE m.job_key = $1`,
            [jobKey],
          );
          expect(reports).toHaveLength(1);
          const job = await queue.getJob(jobKey);
          expect(await job!.getState()).toBe('completed');
        } finally {
          await queue.close();
        }
      },
      60_000,
    );
  });
});
