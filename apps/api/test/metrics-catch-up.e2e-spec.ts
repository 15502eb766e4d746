import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { MetricsJob, MetricsScopeChanges, MetricsScopeKind, NIGHTLY_CITY_SCHEDULER } from '@app/metrics';
import { QueueName } from '@app/queue';
import { createActors, openCohort, skillIds, TestApp } from '@app/testing';
import { startApi } from '../../platform/test/test-platform';

/**
 * The nightly catch-up (docs/metrics.md, docs/operations.md): a scope whose records changed after its latest report
 * (its recompute lost to an outage, or every attempt spent) is recomputed by the nightly job, along with CITY.
 */
describe('metrics: the nightly job recomputes stale scopes (e2e)', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(async () => {
    await api?.close();
  });

  it('a scope changed since its last report is stale until the nightly job runs, and has a fresh report after', async () => {
    const actors = await createActors(api);
    const [skill] = await skillIds(api, 'SQL');
    const { cohortId } = await openCohort(api, actors.provider, skill);
    const cohort = { kind: MetricsScopeKind.COHORT, id: cohortId, from: null, to: null };
    const scopeChanges = api.app.get(MetricsScopeChanges);
    // A change whose recompute never reached the queue: only the change is on record.
    await scopeChanges.record([cohort], Date.now(), new Date());
    expect((await scopeChanges.staleScopes()).map((stale) => stale.scope)).toEqual([cohort]);

    // The nightly scheduler, made to fire now (its schedule is 02:00; the job it makes is the same).
    const queue = api.app.get<Queue>(getQueueToken(QueueName.METRICS));
    await queue.upsertJobScheduler(
      NIGHTLY_CITY_SCHEDULER,
      { every: 24 * 60 * 60 * 1000 }, // a scheduler that repeats by interval fires at once
      { name: MetricsJob.RECOMPUTE, data: { scope: { kind: 'CITY', id: null, from: null, to: null } } },
    );

    const db = api.app.get(DataSource);
    const deadline = Date.now() + 30_000;
    for (;;) {
      const reports: { scope_key: string }[] = await db.query(
        `SELECT scope_key FROM metrics_reports WHERE scope_key IN ('CITY:::', $1)`,
        [`COHORT:${cohortId}::`],
      );
      if (reports.length === 2 && (await scopeChanges.staleScopes()).length === 0) break;
      if (Date.now() > deadline) throw new Error('the nightly job did not recompute the stale scope');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });
});
