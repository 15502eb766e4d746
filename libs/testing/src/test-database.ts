import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { dataSourceOptions, EntityList, withDatabaseName } from '@app/database';
import { templateDatabase, testServerUrl, withServerClient } from './test-server';

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/**
 * A fresh database for one test file, cloned from the migrated and seeded template, so test files never see each
 * other's rows and run in parallel safely.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  // The name ends with the pid of the jest run that owns it, so a later run can tell and drop leftovers.
  const runPid = templateDatabase().replace('test_template_', '');
  const name = `test_${process.env.JEST_WORKER_ID ?? '0'}_${randomBytes(4).toString('hex')}_${runPid}`;
  await withServerClient(async (client) => {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await client.query(`CREATE DATABASE ${name} TEMPLATE ${templateDatabase()}`);
        return;
      } catch (error) {
        // 55006: the template is briefly in use by a parallel clone; try again shortly.
        if ((error as { code?: string }).code !== '55006' || attempt >= 20) throw error;
        await new Promise((r) => setTimeout(r, 100 * attempt));
      }
    }
  });
  return {
    name,
    url: withDatabaseName(testServerUrl(), name),
    drop: () =>
      withServerClient((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

/** A fresh database (`createTestDatabase`) and a small data source on it, for specs that query without Nest. */
export async function openTestDataSource(
  entities: EntityList = [],
  poolSize = 1,
): Promise<{ dataSource: DataSource; close(): Promise<void> }> {
  const database = await createTestDatabase();
  const dataSource = await new DataSource(dataSourceOptions(database.url, entities, poolSize)).initialize();
  return {
    dataSource,
    async close() {
      await dataSource.destroy();
      await database.drop();
    },
  };
}
