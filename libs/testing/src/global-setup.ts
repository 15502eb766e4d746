import { join } from 'node:path';
import { ensureDatabaseExists, prepareDatabase, startEmbeddedPostgres, withDatabaseName } from '@app/database';
import { seedReferenceData } from '@app/reference';
import { setTestServer, withServerClient } from './test-server';

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
  const template = `test_template_${process.pid}`;
  setTestServer(serverUrl, template);
  await dropLeftoverTestDatabases();
  await ensureDatabaseExists(withDatabaseName(serverUrl, 'postgres'), template);
  await prepareDatabase(withDatabaseName(serverUrl, template), [seedReferenceData]);
}

/** Test databases of runs that were killed before their teardown (their pid no longer exists). */
async function dropLeftoverTestDatabases(): Promise<void> {
  await withServerClient(async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE 'test\\_%'`,
    );
    for (const { datname } of rows) {
      const ownerPid = Number(/_(\d+)$/.exec(datname)?.[1]);
      if (ownerPid === process.pid || (ownerPid && isRunning(ownerPid))) continue;
      await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
  });
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
