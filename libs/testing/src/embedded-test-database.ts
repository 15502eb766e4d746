import { join } from 'node:path';
import { Client } from 'pg';
import { ensureDatabaseExists, prepareDatabase, startEmbeddedPostgres, withDatabaseName } from '@app/database';
import { seedReferenceData } from '@app/reference';
import { TestDatabase } from './test-database';

/**
 * A migrated, seeded database on an embedded PostgreSQL server of its own (in `<DATA_DIR>/test-embedded`), for
 * tests that must hold on both kinds of server when the run itself uses DATABASE_URL. Dropping it stops the server.
 */
export async function createEmbeddedTestDatabase(): Promise<TestDatabase> {
  const dataDir = join(process.env.DATA_DIR ?? join(__dirname, '..', '..', '..', '.data'), 'test-embedded');
  const server = await startEmbeddedPostgres(dataDir, () => undefined);
  const name = `test_embedded_${process.pid}`;
  await ensureDatabaseExists(withDatabaseName(server.url, 'postgres'), name);
  const url = withDatabaseName(server.url, name);
  await prepareDatabase(url, [seedReferenceData]);
  return {
    name,
    url,
    async drop() {
      const client = new Client({ connectionString: withDatabaseName(server.url, 'postgres') });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).finally(() => client.end());
      await server.stop();
    },
  };
}
