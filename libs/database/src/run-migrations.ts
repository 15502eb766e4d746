import { DataSource } from 'typeorm';

// Any fixed 64-bit key works; it only has to be the same for every process of this platform.
const MIGRATION_LOCK_KEY = 7_301_202_611;

/**
 * Applies pending migrations while holding a PostgreSQL advisory lock, so two processes starting together never run
 * the same migration twice: the second waits, then finds nothing pending. Returns the names it applied.
 */
export async function runMigrationsWithLock(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      return applied.map((migration) => migration.name);
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await runner.release();
  }
}

/** True when every migration the code knows has been applied (used by /health/ready). */
export async function migrationsAreApplied(dataSource: DataSource): Promise<boolean> {
  return !(await dataSource.showMigrations());
}
