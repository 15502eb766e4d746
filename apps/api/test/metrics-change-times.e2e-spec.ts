import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { Pool, PoolClient } from 'pg';
import { DataSource } from 'typeorm';
import { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { MetricsScheduler, MetricsScopeChanges, MetricsScopeKind, scopeKey } from '@app/metrics';
import { QueueName } from '@app/queue';
import { TestApp } from '@app/testing';
import { startApi } from '../../platform/test/test-platform';

const DEBOUNCE_MS = 1_000;

/**
 * When a scope changed, against when the run that covers the change starts (docs/operations.md "Stale scopes"). A scope
 * is stale while no COMPLETED run started after its last change, so a change must never be dated after the start of
 * the window's run that already holds it. It was, when the change's row waited for a database connection: the
 * Redis outage drill failed once that way, with the change in a report and its scope stale.
 */
describe('metrics: a change is dated by the end of its debounce window, not by when its row was written (e2e)', () => {
  let api: TestApp;
  let db: DataSource;

  beforeAll(async () => {
    // No processors: the window's job stays on the queue, to be read.
    api = await startApi({ withoutProcessors: true, env: { METRICS_DEBOUNCE_MS: String(DEBOUNCE_MS) } });
    db = api.app.get(DataSource);
  });
  afterAll(async () => {
    await api?.close();
  });

  it('two changes in one window, the first written only after the window closed: dated no later than its run', async () => {
    const scheduler = api.app.get(MetricsScheduler);
    const queue = api.app.get<Queue>(getQueueToken(QueueName.METRICS));
    const cohortId = '00000000-0000-4000-8000-0000000000c1';
    const change = { side: 'PROGRAMME', cohortId, programmeId: cohortId, providerId: cohortId } as const;
    // Start at the beginning of a window, so both changes fall in it.
    await new Promise((resolve) => setTimeout(resolve, DEBOUNCE_MS - (Date.now() % DEBOUNCE_MS) + 10));
    const bucket = Math.floor(Date.now() / DEBOUNCE_MS);

    // Every connection of the application's pool held: the first change's row must wait for one.
    const pool = (db.driver as PostgresDriver).master as Pool;
    const held: PoolClient[] = await Promise.all(Array.from({ length: pool.options.max }, () => pool.connect()));
    let released = false;
    try {
      const first = scheduler.changed(change);
      // The second change of the window is not written again; it adds the window's job, due when the window closes.
      await scheduler.changed(change);
      const job = await queue.getJob(`auto_COHORT_${cohortId}___${bucket}`);
      expect(job).toBeDefined();
      const dueAt = job!.timestamp + (job!.opts.delay ?? 0);
      expect(dueAt).toBeGreaterThanOrEqual((bucket + 1) * DEBOUNCE_MS);

      // The window closes (its run may start now), and only then the first change's row is written.
      await new Promise((resolve) => setTimeout(resolve, (bucket + 1) * DEBOUNCE_MS - Date.now() + 300));
      for (const client of held) client.release();
      released = true;
      await first;

      const [{ changedAt }]: { changedAt: Date }[] = await db.query(
        'SELECT changed_at AS "changedAt" FROM metrics_scope_changes WHERE scope_key = $1',
        [scopeKey({ kind: MetricsScopeKind.COHORT, id: cohortId, from: null, to: null })],
      );
      expect(changedAt.getTime()).toBe((bucket + 1) * DEBOUNCE_MS);
      expect(changedAt.getTime()).toBeLessThanOrEqual(dueAt);
    } finally {
      if (!released) for (const client of held) client.release();
    }
  });

  it('an older change never replaces a newer one', async () => {
    const scopeChanges = api.app.get(MetricsScopeChanges);
    const scope = { kind: MetricsScopeKind.COHORT, id: '00000000-0000-4000-8000-0000000000c2', from: null, to: null };
    const newer = new Date('2026-12-07T10:00:00.000Z');
    await scopeChanges.record([scope], 1, newer);
    await scopeChanges.record([scope], 2, new Date('2026-12-07T09:00:00.000Z')); // another window: written again
    const [{ changedAt }]: { changedAt: Date }[] = await db.query(
      'SELECT changed_at AS "changedAt" FROM metrics_scope_changes WHERE scope_key = $1',
      [scopeKey(scope)],
    );
    expect(changedAt.toISOString()).toBe(newer.toISOString());
  });
});
