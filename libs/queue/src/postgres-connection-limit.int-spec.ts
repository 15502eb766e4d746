import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { Queue, Worker } from 'bullmq';
import { Client } from 'pg';
import { parseEnvironment, RuntimeConfig } from '@app/config';
import { EmbeddedPostgres, startEmbeddedPostgres } from '@app/database';
import { QueueName } from './queue-names';
import { selectQueueBackend } from './queue-connection';

/**
 * PostgreSQL full ("sorry, too many clients already", 53300) while a worker starts, on a server of this test's own
 * with max_connections = 12, never the machine's shared one. Before the fix in postgres-backend-resilience.ts the
 * worker emitted that error tens of thousands of times a second and processed nothing once the server had room.
 */
const MAX_CONNECTIONS = 12;
const FULL_FOR_MS = 3_000;
/** With attempts 100 ms, 200 ms, 400 ms … apart, 3 s hold about 6 attempts per connection; the loop made thousands. */
const MOST_ERRORS_WHILE_FULL = 30;
const TOO_MANY_CLIENTS = '53300';

const dataDir = join(__dirname, '..', '..', '..', '.data', `pg-connection-limit-${process.pid}`);

describe('queues on PostgreSQL when the server has no free connection (int)', () => {
  let server: EmbeddedPostgres;
  let held: Client[] = [];
  let worker: Worker | undefined;
  let queue: Queue | undefined;

  beforeAll(async () => {
    rmSync(dataDir, { recursive: true, force: true });
    const first = await startEmbeddedPostgres(dataDir, () => undefined);
    const admin = new Client({ connectionString: first.url });
    await admin.connect();
    await admin.query(`ALTER SYSTEM SET max_connections = ${MAX_CONNECTIONS}`);
    await admin.end();
    await first.stop();
    server = await startEmbeddedPostgres(dataDir, () => undefined); // max_connections applies from a start only
  }, 120_000);

  afterAll(async () => {
    await Promise.all(held.map((client) => client.end().catch(() => undefined)));
    await worker?.close();
    await queue?.close();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('a worker started while it is full backs off, then processes jobs once connections are free', async () => {
    held = await takeEveryConnection(server.url);
    const connection = selectQueueBackend(postgresConfig(server.url)) as never;
    const processed: string[] = [];
    const errors: Array<{ code?: string }> = [];
    worker = new Worker(QueueName.SYSTEM, async (job) => void processed.push(job.id!), { connection });
    worker.on('error', (error) => {
      errors.push(error as { code?: string });
      // A loop retrying at once on an already-rejected promise never yields to the timers, so this test would hang
      // rather than fail: stop the worker as soon as the bound is broken (closing ends its loop).
      if (errors.length > MOST_ERRORS_WHILE_FULL) void worker?.close();
    });
    queue = new Queue(QueueName.SYSTEM, { connection });
    queue.on('error', () => undefined); // the producer's refusals are not what is counted here

    await sleep(FULL_FOR_MS);
    const errorsWhileFull = errors.length;
    expect(errors.map((error) => error.code)).toContain(TOO_MANY_CLIENTS); // the server really was full
    expect(errorsWhileFull).toBeLessThanOrEqual(MOST_ERRORS_WHILE_FULL);

    await Promise.all(held.map((client) => client.end()));
    held = [];
    const job = await queue.add('connection-limit-probe', {});
    await waitFor(() => processed.includes(job.id!), 20_000);
  }, 60_000);
});

/** Opens plain connections until the server refuses one with 53300; returns those it accepted. */
async function takeEveryConnection(url: string): Promise<Client[]> {
  const clients: Client[] = [];
  for (let i = 0; i <= MAX_CONNECTIONS; i += 1) {
    const client = new Client({ connectionString: url });
    try {
      await client.connect();
      clients.push(client);
    } catch (error) {
      if ((error as { code?: string }).code === TOO_MANY_CLIENTS) return clients;
      throw error;
    }
  }
  throw new Error(`the server accepted more than max_connections = ${MAX_CONNECTIONS} connections`);
}

function postgresConfig(databaseUrl: string): RuntimeConfig {
  return {
    env: parseEnvironment({ NODE_ENV: 'test' }),
    dataDir,
    databaseUrl,
    embeddedDatabase: false,
    jwtSecret: 'x'.repeat(32),
    queue: { backend: 'postgres', prefix: 'brokerage' },
  };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`not true within ${timeoutMs} ms`);
    await sleep(50);
  }
}
