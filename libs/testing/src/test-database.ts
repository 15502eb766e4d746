import { randomBytes } from 'node:crypto';
import { withDatabaseName } from '@app/database';
import { TEMPLATE_DATABASE, testServerUrl, withServerClient } from './test-server';

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
  const name = `test_${process.env.JEST_WORKER_ID ?? '0'}_${randomBytes(4).toString('hex')}`;
  await withServerClient(async (client) => {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await client.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DATABASE}`);
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
