import { DataSource, EntityManager, QueryRunner } from 'typeorm';

/**
 * What each aggregation transaction is given: a CITY run sorts and hashes a million records, which spills to disk at
 * PostgreSQL's default 4 MB, and JIT compilation costs more than it saves on these one-off queries
 * (docs/benchmarks.md, metrics).
 */
export const AGGREGATION_SETTINGS = [`SET LOCAL work_mem = '256MB'`, 'SET LOCAL jit = off'];

// What pg_export_snapshot() returns, e.g. 00000003-0000001B-1: checked before it is written into SQL.
const SNAPSHOT_ID = /^[0-9A-F]+(-[0-9A-F]+)+$/i;

async function readOnlyTransaction(runner: QueryRunner, snapshot?: string): Promise<void> {
  await runner.connect();
  await runner.startTransaction('REPEATABLE READ');
  // Importing a snapshot must be the transaction's first statement.
  if (snapshot) await runner.query(`SET TRANSACTION SNAPSHOT '${snapshot}'`);
  await runner.query('SET TRANSACTION READ ONLY');
  for (const setting of AGGREGATION_SETTINGS) await runner.query(setting);
}

type Piece<T> = (manager: EntityManager) => Promise<T>;

/**
 * Runs read-only pieces of work on up to `connections` connections at once, all reading one snapshot: the first
 * connection's REPEATABLE READ transaction exports its snapshot and the others import it, so every figure agrees as if
 * one transaction had read them all, while the database works on several queries at a time. A free connection takes
 * the next piece, so pass the longest first. The results are in the order of the pieces.
 */
export function readInOneSnapshot<T>(
  dataSource: DataSource,
  connections: number,
  pieces: readonly Piece<T>[],
): Promise<T[]> {
  return planAndReadInOneSnapshot(dataSource, connections, async () => pieces);
}

/**
 * As readInOneSnapshot, when what to read depends on the data: `plan` runs first, on the first connection and in the
 * same snapshot, and returns the pieces (the open-data release reads its list of programmes so).
 */
export async function planAndReadInOneSnapshot<T>(
  dataSource: DataSource,
  connections: number,
  plan: (manager: EntityManager) => Promise<readonly Piece<T>[]>,
): Promise<T[]> {
  const runners = [dataSource.createQueryRunner()];
  try {
    await readOnlyTransaction(runners[0]);
    const pieces = await plan(runners[0].manager);
    const count = Math.max(1, Math.min(connections, pieces.length));
    if (count > 1) {
      const [{ snapshot }] = await runners[0].query('SELECT pg_export_snapshot() AS snapshot');
      if (!SNAPSHOT_ID.test(snapshot)) throw new Error('unexpected snapshot id from pg_export_snapshot()');
      for (let i = 1; i < count; i++) runners.push(dataSource.createQueryRunner());
      await Promise.all(runners.slice(1).map((runner) => readOnlyTransaction(runner, snapshot)));
    }
    const results: T[] = new Array(pieces.length);
    let next = 0;
    await Promise.all(
      runners.map(async (runner) => {
        while (next < pieces.length) {
          const index = next++;
          results[index] = await pieces[index](runner.manager);
        }
      }),
    );
    for (const runner of runners) await runner.commitTransaction();
    return results;
  } finally {
    for (const runner of runners) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      await runner.release();
    }
  }
}
