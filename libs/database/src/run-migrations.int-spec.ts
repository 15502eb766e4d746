import { DataSource } from 'typeorm';
import { createTestDatabase, TestDatabase, withServerClient } from '@app/testing';
import { MIGRATIONS } from './migrations';
import { prepareDatabase } from './prepare-database';
import { migrationsAreApplied } from './run-migrations';
import { dataSourceOptions } from './data-source-options';

describe('migrations at start-up (integration)', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    // An empty database (not the migrated template), as on a first deployment.
    database = await createTestDatabase();
    await withServerClient(async (client) => {
      await client.query(`DROP DATABASE ${database.name} WITH (FORCE)`);
      await client.query(`CREATE DATABASE ${database.name}`);
    });
  });
  afterAll(() => database.drop());

  it('four processes starting together apply each migration exactly once', async () => {
    const results = await Promise.all([1, 2, 3, 4].map(() => prepareDatabase(database.url, [])));
    expect(results.flat()).toHaveLength(MIGRATIONS.length);
    const dataSource = await new DataSource(dataSourceOptions(database.url, [], 1)).initialize();
    try {
      const rows = await dataSource.query(`SELECT name FROM migrations`);
      expect(rows).toHaveLength(MIGRATIONS.length);
      expect(await migrationsAreApplied(dataSource)).toBe(true);
    } finally {
      await dataSource.destroy();
    }
  });
});
