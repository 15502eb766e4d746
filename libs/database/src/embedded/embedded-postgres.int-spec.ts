import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from './embedded-postgres.launcher';

const query = async (url: string, sql: string) => {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
};

describe('embedded PostgreSQL launcher (integration)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'embedded-pg-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps data across a stop and a restart, on a free port each time', async () => {
    const first = await startEmbeddedPostgres(dataDir, () => undefined);
    expect(first.owned).toBe(true);
    await query(first.url, `CREATE TABLE kept (id int); INSERT INTO kept VALUES (42)`);
    await first.stop();

    const second = await startEmbeddedPostgres(dataDir, () => undefined);
    try {
      expect(await query(second.url, `SELECT id FROM kept`)).toEqual([{ id: 42 }]);
    } finally {
      await second.stop();
    }
    // stopped cleanly: PostgreSQL removes its pid file on a clean shutdown
    expect(() => readFileSync(join(dataDir, 'postgres', 'postmaster.pid'))).toThrow();
  });

  it('starts after a crash left a stale pid file behind', async () => {
    // What a killed server leaves: a postmaster.pid naming a process that no longer exists.
    writeFileSync(join(dataDir, 'postgres', 'postmaster.pid'), `999999\n${join(dataDir, 'postgres')}\n0\n5432\n`);
    const server = await startEmbeddedPostgres(dataDir, () => undefined);
    try {
      expect(await query(server.url, `SELECT id FROM kept`)).toEqual([{ id: 42 }]);
    } finally {
      await server.stop();
    }
  });

  it('joins a server another process of ours already runs, and leaves it running', async () => {
    const owner = await startEmbeddedPostgres(dataDir, () => undefined);
    try {
      const joiner = await startEmbeddedPostgres(dataDir, () => undefined);
      expect(joiner).toMatchObject({ owned: false, port: owner.port });
      await joiner.stop();
      expect(await query(owner.url, `SELECT 1 AS up`)).toEqual([{ up: 1 }]);
    } finally {
      await owner.stop();
    }
  });
});
