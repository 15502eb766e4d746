import { join } from 'node:path';
import { ensureDatabaseExists, prepareDatabase, startEmbeddedPostgres, withDatabaseName } from '@app/database';
import { seedReferenceData } from '@app/reference';
import { setTestServerUrl, TEMPLATE_DATABASE, withServerClient } from './test-server';

/**
 * Runs once per `jest` run: picks the PostgreSQL server (DATABASE_URL's when set, otherwise an embedded one in
 * `<DATA_DIR>/test`), and builds a template database with every migration and the reference data, from which each
 * test file clones its own database in a fraction of a second.
 */
export default async function globalSetup(): Promise<void> {
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const dataDir = join(process.env.DATA_DIR ?? join(__dirname, '..', '..', '..', '.data'), 'test');
    const embedded = await startEmbeddedPostgres(dataDir, () => undefined);
    (globalThis as { embeddedTestPostgres?: typeof embedded }).embeddedTestPostgres = embedded;
    serverUrl = embedded.url;
  }
  setTestServerUrl(serverUrl);
  await withServerClient(async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`);
  });
  await ensureDatabaseExists(withDatabaseName(serverUrl, 'postgres'), TEMPLATE_DATABASE);
  await prepareDatabase(withDatabaseName(serverUrl, TEMPLATE_DATABASE), [seedReferenceData]);
}
