import { ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createPostgresBackend, createRedisBackend, Queue } from 'bullmq';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { MetricsJob, MetricsScopeKind, MetricsSweep, PendingMetricsJobs } from '@app/metrics';
import { BULLMQ_SCHEMA, QueueName } from '@app/queue';
import { redisUrlForTests, TestApp } from '@app/testing';
import { startApi } from '../../platform/test/test-platform';
import { buildWorker, startWorker as startWorkerProcess, stopWorker, waitFor } from './worker-processes';

/**
 * Metrics runs kept in agreement with their queue jobs (docs/operations.md "A metrics run whose job failed or went"):
 * a run whose workers are killed twice ends FAILED with BullMQ's reason, and a run whose job is gone from the queue
 * is settled by the sweep, while a run whose job is only owed (the queue was unreachable) is left waiting for it.
 * On Redis when REDIS_URL is set (under this file's own prefix), otherwise on BullMQ's PostgreSQL backend.
 */
const backend = redisUrlForTests() ? 'redis' : 'postgres';
const CITY = { kind: MetricsScopeKind.CITY, id: null, from: null, to: null };

describe(`metrics runs reconciled with their jobs, ${backend} backend (e2e)`, () => {
  let api: TestApp;
  let db: DataSource;
  let build: string;
  let queue: Queue;
  const workers: ChildProcess[] = [];

  beforeAll(async () => {
    // The API's own sweep runs once an hour in tests (startTestApp), so the tests below decide when a sweep runs.
    api = await startApi({ queueBackend: backend, withoutProcessors: true });
    db = api.app.get(DataSource);
    build = buildWorker('test-reconcile-build');
    const { prefix } = api.config.queue;
    queue =
      backend === 'redis'
        ? new Queue(QueueName.METRICS, { connection: { url: redisUrlForTests() }, prefix }, createRedisBackend)
        : new Queue(
            QueueName.METRICS,
            { connection: { connectionString: api.config.databaseUrl, schema: BULLMQ_SCHEMA, migrate: true }, prefix },
            createPostgresBackend as never,
          );
  }, 120_000);

  afterAll(async () => {
    for (const worker of workers) if (worker.exitCode === null && worker.signalCode === null) worker.kill('SIGKILL');
    await queue?.close();
    await api?.close();
    if (build) rmSync(build, { recursive: true, force: true });
  });

  const startWorker = () => {
    const worker = startWorkerProcess(
      build,
      api,
      { redisUrl: backend === 'redis' ? redisUrlForTests() : undefined, prefix: api.config.queue.prefix },
      { METRICS_SWEEP_INTERVAL_MS: '300' },
    );
    workers.push(worker);
    return worker;
  };
  const run = async (jobKey: string) => {
    const [row]: { state: string; error: string | null; started_at: Date | null }[] = await db.query(
      'SELECT state, error, started_at FROM metrics_runs WHERE job_key = $1',
      [jobKey],
    );
    return row;
  };

  it('a run whose worker is killed twice ends FAILED with the reason BullMQ failed its job for', async () => {
    const jobKey = 'killed_twice';
    // The run must be in the middle of its work when each worker is killed. Rather than racing a long computation,
    // the test holds a lock the run's reads wait for: the worker has taken the job and marked the run RUNNING, and
    // stays there until it is killed.
    const blocker = new Client({ connectionString: api.config.databaseUrl });
    await blocker.connect();
    try {
      await blocker.query('BEGIN');
      await blocker.query('LOCK TABLE enrolments IN ACCESS EXCLUSIVE MODE');
      await queue.add(MetricsJob.RECOMPUTE, { scope: CITY }, { jobId: jobKey });

      const first = startWorker();
      const firstStart = await waitFor('the first worker to start the run', async () => {
        const row = await run(jobKey);
        return row?.state === 'RUNNING' ? row.started_at! : undefined;
      });
      expect(await stopWorker(first, 'SIGKILL')).toBeNull();

      // The next worker finds the job stalled (its lock expired) and runs it again: a new start time.
      const second = startWorker();
      await waitFor('a second worker to take the stalled job', async () => {
        const row = await run(jobKey);
        return row?.state === 'RUNNING' && row.started_at! > firstStart ? true : undefined;
      });
      expect(await stopWorker(second, 'SIGKILL')).toBeNull();

      // Stalled a second time: BullMQ fails the job, and the third worker's sweep settles the run with the reason.
      const third = startWorker();
      const failed = await waitFor('the run to be settled', async () => {
        const row = await run(jobKey);
        return row?.state === 'FAILED' ? row : undefined;
      });
      expect(failed.error).toBe('its queue job failed: job stalled more than allowable limit');
      const job = await queue.getJob(jobKey);
      expect(await job!.getState()).toBe('failed');
      expect(await stopWorker(third, 'SIGTERM')).toBe(0);
    } finally {
      await blocker.query('ROLLBACK');
      await blocker.end();
    }
  }, 90_000);

  it('the sweep fails a run whose job is gone, and leaves alone one whose job is owed or still queued', async () => {
    const pending = api.app.get(PendingMetricsJobs);
    const sweep = api.app.get(MetricsSweep);

    // A requested run whose job reached the queue and was then lost (as with a Redis that lost its data).
    await pending.createRequestedRun('lost_job', CITY);
    expect(await pending.queueOwedJob('lost_job', CITY)).toBe(true);
    await (await queue.getJob('lost_job'))!.remove();
    // A requested run whose job is still owed: the queue could not take it yet.
    await pending.createRequestedRun('owed_job', CITY);
    // A requested run whose job is waiting on the queue (no worker runs here).
    await pending.createRequestedRun('waiting_job', CITY);
    expect(await pending.queueOwedJob('waiting_job', CITY)).toBe(true);

    // Only the run with its job gone is settled (the killed-twice run of the test above was settled already).
    expect(await sweep.settleRuns()).toBe(1);
    expect(await run('lost_job')).toMatchObject({
      state: 'FAILED',
      error: 'its queue job is gone (the queue lost it, e.g. Redis restarted without persistence)',
    });
    expect((await run('owed_job')).state).toBe('QUEUED');
    expect((await run('waiting_job')).state).toBe('QUEUED');

    // The next sweep queues the owed job; its run stays QUEUED, now with its job waiting.
    await sweep.sweep();
    expect(await (await queue.getJob('owed_job'))!.getState()).toBe('waiting');
    expect((await run('owed_job')).state).toBe('QUEUED');
    expect(await db.query('SELECT job_key FROM metrics_pending_jobs')).toEqual([]);
  });
});
