import { Client } from 'pg';
import { ensureDatabaseExists, startEmbeddedPostgres, withDatabaseName } from '@app/database';

/**
 * A throw-away database for tooling (migration checks, schema generation): on DATABASE_URL's server when set,
 * otherwise on the embedded server in DATA_DIR. Dropped by `drop()`.
 */
export async function createScratchDatabase(prefix: string) {
  const embedded = process.env.DATABASE_URL
    ? undefined
    : await startEmbeddedPostgres(process.env.DATA_DIR ?? './.data', () => undefined);
  const serverUrl = process.env.DATABASE_URL ?? embedded!.url;
  const name = `${prefix}_${process.pid}_${Date.now()}`;
  const url = await ensureDatabaseExists(serverUrl, name);
  return {
    url,
    drop: async () => {
      const client = new Client({ connectionString: withDatabaseName(serverUrl, 'postgres') });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
      await embedded?.stop();
    },
  };
}
