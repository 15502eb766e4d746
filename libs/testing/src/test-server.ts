import { Client } from 'pg';
import { withDatabaseName } from '@app/database';

const SERVER_URL_VARIABLE = 'TEST_POSTGRES_SERVER_URL';
const TEMPLATE_VARIABLE = 'TEST_TEMPLATE_DATABASE';

/** The PostgreSQL server the global setup chose (DATABASE_URL's, or the embedded one it started). */
export function testServerUrl(): string {
  const url = process.env[SERVER_URL_VARIABLE];
  if (!url) throw new Error(`${SERVER_URL_VARIABLE} is not set: run the tests through jest (global setup)`);
  return url;
}

/** The migrated, seeded database each test file clones; one per `jest` run, so concurrent runs never collide. */
export function templateDatabase(): string {
  const name = process.env[TEMPLATE_VARIABLE];
  if (!name) throw new Error(`${TEMPLATE_VARIABLE} is not set: run the tests through jest (global setup)`);
  return name;
}

export function setTestServer(url: string, template: string): void {
  process.env[SERVER_URL_VARIABLE] = url;
  process.env[TEMPLATE_VARIABLE] = template;
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
