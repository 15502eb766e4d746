import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@app/database';
import { createTestDatabase, TestDatabase } from '@app/testing';
import { readInOneSnapshot } from './shared-snapshot';

/** readInOneSnapshot against real PostgreSQL: pieces on different connections read one snapshot. */
describe('readInOneSnapshot (integration)', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource(dataSourceOptions(database.url, [], 4)).initialize();
    await dataSource.query('CREATE TABLE snapshot_probe (n int)');
    await dataSource.query('INSERT INTO snapshot_probe SELECT generate_series(1, 10)');
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  const rows = async (manager: { query(sql: string): Promise<{ n: number }[]> }) =>
    (await manager.query('SELECT count(*)::int AS n FROM snapshot_probe'))[0].n;
  const backendPid = async (manager: { query(sql: string): Promise<{ pid: number }[]> }) =>
    (await manager.query('SELECT pg_backend_pid() AS pid'))[0].pid;

  it('pieces on two connections both miss a row committed after the snapshot was taken', async () => {
    let written!: () => void;
    const afterWrite = new Promise<void>((resolve) => (written = resolve));
    const [first, second] = await readInOneSnapshot(dataSource, 2, [
      async (manager) => {
        const before = await rows(manager);
        await dataSource.query('INSERT INTO snapshot_probe VALUES (11)'); // commits on a connection of its own
        written();
        return { pid: await backendPid(manager), before, after: await rows(manager) };
      },
      async (manager) => {
        await afterWrite;
        return { pid: await backendPid(manager), before: await rows(manager), after: await rows(manager) };
      },
    ]);
    expect(first.pid).not.toBe(second.pid);
    expect([first.before, first.after, second.before, second.after]).toEqual([10, 10, 10, 10]);
    expect(await rows(dataSource)).toBe(11);
  });

  it('is read-only, and a failing piece fails the whole read and releases every connection', async () => {
    await expect(
      readInOneSnapshot(dataSource, 2, [
        (manager) => manager.query('INSERT INTO snapshot_probe VALUES (12)'),
        (manager) => manager.query('SELECT 1'),
      ]),
    ).rejects.toThrow(/read-only transaction/);
    expect(await rows(dataSource)).toBe(11);
    const [{ busy }] = await dataSource.query(
      `SELECT count(*)::int AS busy FROM pg_stat_activity
       WHERE datname = current_database() AND pid <> pg_backend_pid() AND state <> 'idle'`,
    );
    expect(busy).toBe(0);
  });

  it('one connection runs the pieces in order, with the results in the order of the pieces', async () => {
    const order: number[] = [];
    const results = await readInOneSnapshot(
      dataSource,
      1,
      [3, 1, 2].map((value) => async (manager) => {
        order.push(value);
        return { value, pid: await backendPid(manager) };
      }),
    );
    expect(order).toEqual([3, 1, 2]);
    expect(results.map((result) => result.value)).toEqual([3, 1, 2]);
    expect(new Set(results.map((result) => result.pid)).size).toBe(1);
  });
});
