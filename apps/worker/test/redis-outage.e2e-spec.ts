import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { MetricsScopeChanges } from '@app/metrics';
import { createActors, manyResidents, openCohort, skillIds, TestApp } from '@app/testing';
import { startApi } from '../../platform/test/test-platform';
import { PlatformProcess, startPlatformProcess } from './platform-process';
import { freePort, redisAvailable, ThrowawayRedis } from './throwaway-redis';
import { buildWorker, sleep, waitFor } from './worker-processes';

/**
 * Redis outage drills (docs/operations.md "Redis unreachable"): the platform runs as `npm start` does, on a
 * redis-server of this file's own that the test stops and starts. Writes must answer within 5 s while Redis is down,
 * readiness must say "degraded" (200) rather than take the API out of service, every recompute owed during the outage
 * must run once Redis is back, connection errors must be logged as rate-limited JSON lines, and SIGTERM during an
 * outage must exit 0 within the drain.
 */
const OUTAGE_MS = 20_000;
const ENQUIRE = `mutation ($c: ID!) { enquireAboutCohort(cohortId: $c) { id } }`;
const REQUEST_CITY = `mutation { requestMetrics(scope: { kind: CITY }) { id state } }`;

(redisAvailable ? describe : describe.skip)('fault drills: Redis outages (e2e)', () => {
  let api: TestApp;
  let db: DataSource;
  let build: string;
  let redis: ThrowawayRedis;
  let redisDir: string;
  const platforms: PlatformProcess[] = [];

  beforeAll(async () => {
    // The in-process API only provides the database, fixtures and tokens; the platform processes do the work.
    api = await startApi({ withoutProcessors: true });
    db = api.app.get(DataSource);
    build = buildWorker('test-redis-outage-build');
    redisDir = mkdtempSync(join(tmpdir(), 'redis-outage-'));
    redis = new ThrowawayRedis(await freePort(), redisDir);
    await redis.start();
  }, 120_000);

  afterAll(async () => {
    for (const { child } of platforms) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await redis?.stop();
    if (redisDir) rmSync(redisDir, { recursive: true, force: true });
    await api?.close();
    if (build) rmSync(build, { recursive: true, force: true });
  });

  const startPlatform = async (label: string) => {
    const platform = await startPlatformProcess(build, api, {
      REDIS_URL: redis.url,
      QUEUE_PREFIX: `${label}-${process.pid}`,
      METRICS_DEBOUNCE_MS: '200',
      METRICS_SWEEP_INTERVAL_MS: '300',
      SHUTDOWN_DRAIN_MS: '300',
    });
    platforms.push(platform);
    return platform;
  };

  it('Redis stopped for 20 s: writes answer within 5 s, readiness is degraded, and every owed recompute runs after', async () => {
    const actors = await createActors(api);
    const [skill] = await skillIds(api, 'SQL');
    const { cohortId } = await openCohort(api, actors.provider, skill, { capacity: 50 });
    const residents = await manyResidents(api, 30);
    const platform = await startPlatform('redis-outage');
    expect((await platform.ready()).body.status).toBe('ok');

    await redis.stop();
    const stoppedAt = Date.now();
    const degraded = await waitFor('readiness to turn degraded', async () => {
      const answer = await platform.ready();
      return answer.body.status === 'degraded' ? answer : undefined;
    });
    expect(degraded.status).toBe(200);
    expect(degraded.body.checks).toEqual({
      database: { status: 'up' },
      queue: { status: 'down', detail: 'unreachable' },
    });

    // Writes through the outage, each timed: an enquiry (its recompute scheduled) and a requested CITY run.
    const slowest = { enquiry: 0, request: 0 };
    const requestedRuns: string[] = [];
    let writes = 0;
    while (Date.now() - stoppedAt < OUTAGE_MS) {
      const resident = residents[writes];
      let startedAt = Date.now();
      const enquiry = await platform.gql(ENQUIRE, { c: cohortId }, resident.token);
      slowest.enquiry = Math.max(slowest.enquiry, Date.now() - startedAt);
      expect(enquiry.errors).toBeUndefined();
      startedAt = Date.now();
      const requested = await platform.gql<{ requestMetrics: { id: string; state: string } }>(
        REQUEST_CITY,
        {},
        actors.analyst.token,
      );
      slowest.request = Math.max(slowest.request, Date.now() - startedAt);
      expect(requested.data!.requestMetrics.state).toBe('QUEUED');
      requestedRuns.push(requested.data!.requestMetrics.id);
      writes += 1;
      await sleep(1_000);
    }
    console.log(`redis outage: ${writes} enquiries and run requests; slowest answers ${JSON.stringify(slowest)} ms`);
    expect(slowest.enquiry).toBeLessThan(5_000);
    expect(slowest.request).toBeLessThan(5_000);
    const owed: { count: number }[] = await db.query('SELECT count(*)::int AS count FROM metrics_pending_jobs');
    expect(owed[0].count).toBeGreaterThanOrEqual(writes); // each run request, plus the cohort's scopes

    await redis.start();
    const restartedAt = Date.now();
    await waitFor('readiness to be ok again', async () =>
      (await platform.ready()).body.status === 'ok' ? true : undefined,
    );
    const backMs = Date.now() - restartedAt;
    console.log(`redis outage: readiness ok ${backMs} ms after Redis was back`);
    expect(backMs).toBeLessThan(5_000); // reconnect backoff capped at 2 s

    // Everything owed is queued and runs: no owed job left, every requested run COMPLETED, no stale scope. What was
    // last seen goes into the failure, so a rare failure says which of the three it was (seen once, 2026-12-07).
    let lastSeen = {};
    await waitFor(
      'the owed recomputes to run',
      async () => {
        const [{ owedLeft }]: { owedLeft: number }[] = await db.query(
          'SELECT count(*)::int AS "owedLeft" FROM metrics_pending_jobs',
        );
        const states: { state: string; error: string | null }[] = await db.query(
          'SELECT state, error FROM metrics_runs WHERE id = ANY($1)',
          [requestedRuns],
        );
        const stale = await api.app.get(MetricsScopeChanges).staleScopes();
        lastSeen = { owedLeft, runs: states.filter((row) => row.state !== 'COMPLETED'), stale };
        return owedLeft === 0 && states.every((row) => row.state === 'COMPLETED') && stale.length === 0
          ? true
          : undefined;
      },
      60_000,
      200,
    ).catch((error: Error) => {
      throw new Error(`${error.message}; last seen: ${JSON.stringify(lastSeen)}`);
    });

    expect(await stopPlatform(platform)).toBe(0);
    expectQuietStructuredLogs(platform);
  }, 120_000);

  it('SIGTERM while Redis is down: the platform exits 0 within its drain', async () => {
    const platform = await startPlatform('redis-outage-sigterm');
    await redis.stop();
    try {
      await waitFor('readiness to turn degraded', async () =>
        (await platform.ready()).body.status === 'degraded' ? true : undefined,
      );
      await sleep(1_000); // the worker's connections are failing and reconnecting by now
      const signalledAt = Date.now();
      const exitCode = await stopPlatform(platform);
      const shutdownMs = Date.now() - signalledAt;
      console.log(`redis outage: exit ${exitCode} ${shutdownMs} ms after SIGTERM`);
      if (exitCode !== 0) console.log(`the platform's log:\n${platform.stdout.join('')}${platform.stderr.join('')}`);
      expect(exitCode).toBe(0);
      expect(shutdownMs).toBeLessThan(10_000);
      expectQuietStructuredLogs(platform);
    } finally {
      await redis.start();
    }
  }, 60_000);
});

function stopPlatform(platform: PlatformProcess): Promise<number | null> {
  platform.child.kill('SIGTERM');
  return platform.exited;
}

/** Connection errors are logged as one JSON line each, rate-limited; nothing is printed as a raw stack. */
function expectQuietStructuredLogs(platform: PlatformProcess) {
  const stderr = platform.stderr.join('');
  expect(stderr).not.toMatch(/Unhandled error|^\s+at /m);
  const lines = platform.stdout.join('').split('\n').filter(Boolean);
  const queueErrors = lines.filter((line) => line.includes('queue connection error'));
  for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
  expect(queueErrors.length).toBeGreaterThan(0);
  // Eight connections (producers and workers of the system, metrics, domain-events and notifications queues) at most
  // one line each per 10 s, over a drill of about 30 s.
  expect(queueErrors.length).toBeLessThanOrEqual(40);
}
