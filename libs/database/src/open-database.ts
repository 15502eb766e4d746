import { Client } from 'pg';
import { Environment } from '@app/config';
import { withDatabaseName } from './database-url';
import { startEmbeddedPostgres } from './embedded/embedded-postgres.launcher';

export interface OpenDatabase {
  url: string;
  embedded: boolean;
  /** Stops the embedded server when this process started it; a no-op for DATABASE_URL. */
  stop(): Promise<void>;
}

export const APP_DATABASE = 'brokerage';

/**
 * The database this process uses: DATABASE_URL when set, otherwise an embedded PostgreSQL server in DATA_DIR with
 * the platform's database created on it.
 */
export async function openDatabase(env: Environment, log: (line: string) => void): Promise<OpenDatabase> {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, embedded: false, stop: async () => undefined };
  const server = await startEmbeddedPostgres(env.DATA_DIR, log);
  const url = await ensureDatabaseExists(server.url, APP_DATABASE);
  return { url, embedded: true, stop: () => server.stop() };
}

/** Creates `name` on the server at `serverUrl` when missing (safe under concurrent callers); returns its URL. */
export async function ensureDatabaseExists(serverUrl: string, name: string): Promise<string> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) {
      await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`).catch((error: { code?: string }) => {
        if (error.code !== '42P04') throw error; // created meanwhile by another process
      });
    }
  } finally {
    await client.end();
  }
  return withDatabaseName(serverUrl, name);
}
