import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { DomainEventRelay, QueueName, selectQueueBackend, writeDomainEvents } from '@app/queue';
import { TestApp } from '@app/testing';
import { startApi } from '../../platform/test/test-platform';

/**
 * The outbox relay on a real queue (BullMQ's PostgreSQL backend): every committed event reaches the queue once per
 * job id, a pass repeated after a crash before its rows were marked adds no second job, and two relays running at
 * once (two workers) share the rows without relaying any twice.
 */
describe('the domain events relay (e2e)', () => {
  let api: TestApp;
  let db: DataSource;
  let queue: Queue;
  const relays: DomainEventRelay[] = [];

  beforeAll(async () => {
    api = await startApi({ withoutProcessors: true, env: { OUTBOX_RELAY_INTERVAL_MS: '3600000' } });
    db = api.app.get(DataSource);
    queue = new Queue(QueueName.DOMAIN_EVENTS, {
      connection: selectQueueBackend(api.config) as never,
      prefix: api.config.queue.prefix,
    });
  }, 120_000);

  afterAll(async () => {
    for (const relay of relays) await relay.onModuleDestroy();
    await queue?.close();
    await api?.close();
  });

  const newRelay = () => {
    const relay = new DomainEventRelay(api.config, queue as never);
    relays.push(relay);
    return relay;
  };
  const jobIds = async () => (await queue.getJobs(['waiting', 'delayed', 'active'])).map((job) => job.id).sort();

  it('relays each event once per job id, even when a pass is repeated or two relays run at once', async () => {
    await db.query('UPDATE domain_events SET relayed_at = now()');
    await db.transaction((manager) =>
      writeDomainEvents(
        manager,
        Array.from({ length: 120 }, (_, n) => ({ type: 'TestEvent', payload: { n } })),
      ),
    );
    const ids: string[] = (
      await db.query(`SELECT id::text FROM domain_events WHERE relayed_at IS NULL ORDER BY id`)
    ).map((row: { id: string }) => row.id);
    expect(ids).toHaveLength(120);

    const [first, second] = [newRelay(), newRelay()];
    const moved = await Promise.all([first.relayPending(), second.relayPending()]);
    expect(moved[0] + moved[1]).toBe(120);
    expect(await jobIds()).toEqual(ids.map((id) => `event_${id}`).sort());

    // As if the process had died after adding the jobs and before marking the rows: the next pass adds them again.
    await db.query('UPDATE domain_events SET relayed_at = NULL WHERE id = ANY($1::bigint[])', [ids]);
    expect(await first.relayPending()).toBe(120);
    expect(await jobIds()).toHaveLength(120);
    const [job] = await queue.getJobs(['waiting']);
    expect(job.data).toMatchObject({ type: 'TestEvent', payload: { n: expect.any(Number) } });
    const [{ unrelayed }] = await db.query(
      'SELECT count(*)::int AS unrelayed FROM domain_events WHERE relayed_at IS NULL',
    );
    expect(unrelayed).toBe(0);
  }, 60_000);
});
