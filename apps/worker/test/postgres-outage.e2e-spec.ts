import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRedisBackend, Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { MetricsScopeChanges } from '@app/metrics';
import { BrokerageEventType, EnrolmentChangedPayload } from '@app/brokerage';
import { domainEventJobId, DomainEventJobData, EVENT_JOB_OPTIONS, QueueName } from '@app/queue';
import { createActors, manyResidents, openCohort, RestartablePostgres, skillIds, TestApp } from '@app/testing';
import { startApi } from '../../platform/test/test-platform';
import { PlatformProcess, startPlatformProcess } from './platform-process';
import { freePort, redisAvailable, ThrowawayRedis } from './throwaway-redis';
import { buildWorker, sleep, waitFor } from './worker-processes';

/**
 * Recomputes survive a PostgreSQL outage (docs/operations.md "PostgreSQL unreachable"): changes to four cohorts
 * schedule their recomputes, PostgreSQL is stopped before any of them is due and kept down for 10 s, so every
 * attempt in that time fails; afterwards no scope may be stale (every changed scope has a report computed after its
 * change). With the retry delay at 200 ms the 8 attempts span about 25 s; at the default 5 s, about ten minutes.
 */
const DEBOUNCE_MS = 5_000;
const OUTAGE_MS = 10_000;
const ENQUIRE = `mutation ($c: ID!) { enquireAboutCohort(cohortId: $c) { id } }`;

(redisAvailable ? describe : describe.skip)('fault drill: PostgreSQL stopped for 10 s (e2e)', () => {
  let postgres: RestartablePostgres;
  let api: TestApp;
  let build: string;
  let redis: ThrowawayRedis;
  let redisDir: string;
  let platform: PlatformProcess | undefined;
  let events: Queue<DomainEventJobData> | undefined;

  beforeAll(async () => {
    postgres = await RestartablePostgres.start('test-pg-outage', 'pg_outage_drill');
    // The in-process API only provides fixtures and tokens; it logs nothing while its database is down.
    api = await startApi({
      database: postgres.database,
      withoutProcessors: true,
      env: { LOG_LEVEL: 'silent' },
    });
    build = buildWorker('test-pg-outage-build');
    redisDir = mkdtempSync(join(tmpdir(), 'pg-outage-redis-'));
    redis = new ThrowawayRedis(await freePort(), redisDir);
    await redis.start();
  }, 120_000);

  afterAll(async () => {
    await events?.close(); // closed here, so that a failed test does not leave its Redis connection holding Jest open
    if (platform && platform.child.exitCode === null) platform.child.kill('SIGKILL');
    await redis?.stop();
    if (redisDir) rmSync(redisDir, { recursive: true, force: true });
    await api?.close(); // drops the whole embedded server
    if (build) rmSync(build, { recursive: true, force: true });
  });

  it('every recompute due while PostgreSQL is down runs once it is back: no stale scope', async () => {
    const actors = await createActors(api);
    const [skill] = await skillIds(api, 'SQL');
    const opened = [];
    for (let i = 0; i < 4; i += 1) opened.push(await openCohort(api, actors.provider, skill));
    const cohorts = opened.map(({ cohortId }) => cohortId);
    const lateCohort = await openCohort(api, actors.provider, skill);
    const residents = await manyResidents(api, 8);
    const prefix = `pg-outage-${process.pid}`;
    platform = await startPlatformProcess(build, api, {
      REDIS_URL: redis.url,
      QUEUE_PREFIX: prefix,
      METRICS_DEBOUNCE_MS: String(DEBOUNCE_MS),
      METRICS_RETRY_DELAY_MS: '200',
      METRICS_SWEEP_INTERVAL_MS: '500',
    });

    // Write just after a debounce window opens, so the recomputes are not due for almost 5 s: PostgreSQL is
    // stopped well before any of them can run.
    await sleep(DEBOUNCE_MS - (Date.now() % DEBOUNCE_MS) + 50);
    const windowEnds = Math.ceil(Date.now() / DEBOUNCE_MS) * DEBOUNCE_MS;
    for (const [i, resident] of residents.entries()) {
      const answer = await platform.gql(ENQUIRE, { c: cohorts[i % cohorts.length] }, resident.token);
      expect(answer.errors).toBeUndefined();
    }
    // The enquiries reach metrics through the outbox: the relay moves their events to the queue and metrics schedules
    // each changed scope's recompute for the end of this window. Stopping PostgreSQL before that has happened would
    // leave nothing due during the outage (the events would wait, and schedule their recomputes after the restart),
    // so the drill waits, reading the queue in Redis, until the recomputes of all nine changed scopes (four cohorts,
    // their four programmes, the provider) wait for this window's end (a job's id names its scope and window).
    const recomputes = new Queue(QueueName.METRICS, { connection: { url: redis.url }, prefix }, createRedisBackend);
    const bucket = windowEnds / DEBOUNCE_MS - 1;
    const changedScopeIds = [
      ...cohorts,
      ...opened.map(({ programmeId }) => programmeId),
      actors.provider.organisationId!,
    ];
    try {
      await waitFor(
        "the nine recomputes to be scheduled for this window's end",
        async () => {
          const due = (await recomputes.getDelayed())
            .filter((job) => job.name === 'recompute' && job.id?.endsWith(`_${bucket}`))
            .map((job) => job.id!);
          return changedScopeIds.every((id) => due.some((jobId) => jobId.includes(id))) ? true : undefined;
        },
        windowEnds - Date.now() - 500,
        50,
      );
    } finally {
      await recomputes.close();
    }
    await postgres.stop();
    expect(Date.now()).toBeLessThan(windowEnds); // stopped before any recompute was due
    // An event the relay put on the queue just before the stop, for a fifth cohort: its subscribers run while
    // PostgreSQL is down, and the change it reports must not be lost (the event job fails and is retried).
    events = new Queue<DomainEventJobData>(
      QueueName.DOMAIN_EVENTS,
      { connection: { url: redis.url }, prefix, defaultJobOptions: EVENT_JOB_OPTIONS },
      createRedisBackend,
    );
    const lateEvent: DomainEventJobData = {
      id: '900000001',
      type: BrokerageEventType.ENROLMENT_CHANGED,
      occurredAt: new Date().toISOString(),
      payload: {
        cohortId: lateCohort.cohortId,
        programmeId: lateCohort.programmeId,
        providerId: actors.provider.organisationId!,
        enrolmentId: null,
        residentId: null,
        status: null,
        reason: null,
      } satisfies EnrolmentChangedPayload,
    };
    await events.add(lateEvent.type, lateEvent, { jobId: domainEventJobId(lateEvent.id) });
    await sleep(OUTAGE_MS);
    postgres.startAgain();

    // Metrics hear of the enquiries through the outbox: an event the relay had not moved before the stop reaches
    // metrics only after the restart, so "nothing stale" counts once all eleven scopes (five cohorts, their
    // programmes and the one provider) have heard of their change.
    const scopeChanges = api.app.get(MetricsScopeChanges);
    const db = api.app.get(DataSource);
    await waitFor(
      'every changed scope to be recomputed',
      async () => {
        // Heard first, stale second: read the other way round, a scope heard of between the two reads would count as
        // heard without ever having been checked for staleness.
        const [heard] = await db.query('SELECT count(*)::int AS n FROM metrics_scope_changes').catch(() => [{ n: 0 }]);
        const stale = await scopeChanges.staleScopes().catch(() => undefined);
        return stale?.length === 0 && heard.n === 11 ? true : undefined;
      },
      60_000,
      250,
    ).catch(async (error: Error) => {
      // Say what was left undone, so that a failure can be diagnosed from the log alone.
      const state = {
        unrelayedEvents: await db.query('SELECT count(*)::int AS n FROM domain_events WHERE relayed_at IS NULL'),
        scopeChanges: await db.query('SELECT scope_key, changed_at FROM metrics_scope_changes ORDER BY changed_at'),
        runs: await db.query(
          'SELECT scope_key, state, job_key, requested_at, started_at, finished_at, error FROM metrics_runs ORDER BY requested_at',
        ),
        platformOutput: [...platform!.stdout, ...platform!.stderr].join('').slice(-8_000),
      };
      throw new Error(`${error.message}\n${JSON.stringify(state, null, 1)}`);
    });
    // Each changed scope with a report.
    const reported: { scope_key: string }[] = await api.app
      .get(DataSource)
      .query(
        `SELECT DISTINCT c.scope_key FROM metrics_scope_changes c JOIN metrics_reports r ON r.scope_key = c.scope_key`,
      );
    expect(reported).toHaveLength(11);
    const lateJob = await events.getJob(domainEventJobId(lateEvent.id));
    expect(await lateJob?.getState()).toBe('completed');
    // BullMQ counts the attempt that completed too: more than one means it failed while PostgreSQL was down and
    // was retried.
    expect(lateJob?.attemptsMade).toBeGreaterThan(1);

    // The drill did exercise the retries: the recomputes failed while PostgreSQL was down, none failed for good.
    const queue = new Queue(QueueName.METRICS, { connection: { url: redis.url }, prefix }, createRedisBackend);
    try {
      const completed = await queue.getCompleted();
      expect(completed.filter((job) => job.name === 'recompute' && job.attemptsMade > 1).length).toBeGreaterThan(0);
      expect(await queue.getFailedCount()).toBe(0);
    } finally {
      await queue.close();
    }
    platform.child.kill('SIGTERM');
    expect(await platform.exited).toBe(0);
  }, 120_000);
});
