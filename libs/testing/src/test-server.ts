import { Client } from 'pg';
import { withDatabaseName } from '@app/database';

export const TEMPLATE_DATABASE = 'brokerage_test_template';
const SERVER_URL_VARIABLE = 'TEST_POSTGRES_SERVER_URL';

/** The PostgreSQL server the global setup chose (DATABASE_URL's, or the embedded one it started). */
export function testServerUrl(): string {
  const url = process.env[SERVER_URL_VARIABLE];
  if (!url) throw new Error(`${SERVER_URL_VARIABLE} is not set: run the tests through jest (global setup)`);
  return url;
}

export function setTestServerUrl(url: string): void {
  process.env[SERVER_URL_VARIABLE] = url;
}

export async function withServerClient<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: withDatabaseName(testServerUrl(), 'postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
