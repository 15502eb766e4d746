import { templateDatabase, withServerClient } from './test-server';

export default async function globalTeardown(): Promise<void> {
  await withServerClient((client) => client.query(`DROP DATABASE IF EXISTS "${templateDatabase()}" WITH (FORCE)`));
  const embedded = (globalThis as { embeddedTestPostgres?: { stop(): Promise<void> } }).embeddedTestPostgres;
  await embedded?.stop();
}
