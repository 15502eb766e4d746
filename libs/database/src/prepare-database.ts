import { DataSource, EntityManager } from 'typeorm';
import { dataSourceOptions } from './data-source-options';
import { runMigrationsWithLock } from './run-migrations';

export type StartupTask = (manager: EntityManager) => Promise<unknown>;

/**
 * Brings the database up to date before the application starts: pending migrations under an advisory lock, then the
 * idempotent start-up tasks (reference data) in one transaction. Returns the migrations it applied.
 */
export async function prepareDatabase(url: string, tasks: readonly StartupTask[]): Promise<string[]> {
  const dataSource = new DataSource({ ...dataSourceOptions(url, [], 2) });
  await dataSource.initialize();
  try {
    const applied = await runMigrationsWithLock(dataSource);
    await dataSource.transaction(async (manager) => {
      for (const task of tasks) await task(manager);
    });
    return applied;
  } finally {
    await dataSource.destroy();
  }
}
