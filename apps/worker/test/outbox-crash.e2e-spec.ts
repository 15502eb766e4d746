import { rmSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { TestApp } from '@app/testing';
import { startPlatformProcess } from './platform-process';
import { buildWorker, startWorker, stopWorker, waitFor } from './worker-processes';
import { createActors, manyResidents, openCohort, skillIds } from '@app/testing';
import { startApi } from '../../platform/test/test-platform';

/**
 * The transactional outbox (docs/notifications.md): a change and its domain event commit together, and the relay
 * moves the event to the queue afterwards. A process killed after the commit and before anything reached the queue
 * loses nothing: the event waits in domain_events and the next worker relays it, so metrics still recompute.
 */
describe('domain events survive a crash between commit and enqueue (e2e)', () => {
  let api: TestApp;
  let db: DataSource;
  let build: string;

  beforeAll(async () => {
    api = await startApi({ withoutProcessors: true });
    db = api.app.get(DataSource);
    build = buildWorker('test-outbox-crash-build');
  }, 120_000);

  afterAll(async () => {
    await api?.close();
    if (build) rmSync(build, { recursive: true, force: true });
  });

  it('SIGKILL after the enquiry committed and before its event was relayed: a later worker recomputes the cohort', async () => {
    const actors = await createActors(api);
    const [skill] = await skillIds(api, 'SQL');
    const { cohortId } = await openCohort(api, actors.provider, skill, { capacity: 10 });
    const [resident] = await manyResidents(api, 1);
    await db.query('UPDATE domain_events SET relayed_at = now()'); // the fixtures' own events are not this test's

    // The platform relays once at start and then not for an hour: the enquiry's event is committed and not queued.
    const platform = await startPlatformProcess(build, api, {
      QUEUE_PREFIX: `outbox-crash-${process.pid}`,
      OUTBOX_RELAY_INTERVAL_MS: '3600000',
      METRICS_DEBOUNCE_MS: '200',
    });
    const enquiry = await platform.gql<{ enquireAboutCohort: { id: string } }>(
      `mutation ($c: ID!) { enquireAboutCohort(cohortId: $c) { id } }`,
      { c: cohortId },
      resident.token,
    );
    expect(enquiry.errors).toBeUndefined();
    process.kill(-platform.child.pid!, 'SIGKILL');
    await platform.exited;

    const pending: { type: string; payload: { cohortId: string } }[] = await db.query(
      `SELECT type, payload FROM domain_events WHERE relayed_at IS NULL`,
    );
    expect(pending).toEqual([
      expect.objectContaining({ type: 'EnrolmentChanged', payload: expect.objectContaining({ cohortId }) }),
    ]);
    const cohortRuns = () => db.query(`SELECT state FROM metrics_runs WHERE scope_key = $1`, [`COHORT:${cohortId}::`]);
    expect(await cohortRuns()).toEqual([]);

    const worker = startWorker(build, api, { prefix: `outbox-crash-${process.pid}` }, { METRICS_DEBOUNCE_MS: '200' });
    try {
      await waitFor('the cohort to be recomputed', async () => {
        const runs: { state: string }[] = await cohortRuns();
        return runs.some((run) => run.state === 'COMPLETED') ? true : undefined;
      });
      const [{ unrelayed }] = await db.query(
        `SELECT count(*)::int AS unrelayed FROM domain_events WHERE relayed_at IS NULL`,
      );
      expect(unrelayed).toBe(0);
    } finally {
      await stopWorker(worker, 'SIGTERM');
    }
  }, 180_000);
});
