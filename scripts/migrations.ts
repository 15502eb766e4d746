import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions, runMigrationsWithLock } from '@app/database';
import { startPlatform } from '@app/runtime';
import { ALL_ENTITIES } from './all-entities';
import { createScratchDatabase } from './scratch-database';
import { repoRoot } from './repo-root';

const MIGRATIONS_DIR = join(repoRoot(), 'libs', 'database', 'src', 'migrations');

/** The SQL that would bring a database with every migration applied in line with the entities. */
async function pendingSchemaChanges(): Promise<{ up: string[]; down: string[] }> {
  const scratch = await createScratchDatabase('migration_check');
  const dataSource = new DataSource(dataSourceOptions(scratch.url, ALL_ENTITIES, 2));
  try {
    await dataSource.initialize();
    await runMigrationsWithLock(dataSource);
    const sql = await dataSource.driver.createSchemaBuilder().log();
    return {
      up: sql.upQueries.map((q) => q.query),
      down: sql.downQueries.map((q) => q.query).reverse(),
    };
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await scratch.drop();
  }
}

function migrationSource(className: string, up: string[], down: string[]): string {
  const lines = (queries: string[]) =>
    queries.map((q) => `    await queryRunner.query(${JSON.stringify(q)});`).join('\n');
  return `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${lines(up)}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${lines(down)}
  }
}
`;
}

async function main() {
  const [command, name] = process.argv.slice(2);
  if (command === 'run') {
    // What every process does at start-up: pending migrations under the advisory lock, then reference data.
    const platform = await startPlatform();
    await platform.stop();
    return;
  }
  const changes = await pendingSchemaChanges();
  if (command === 'check') {
    if (changes.up.length === 0) {
      console.log('migration:check: entities and migrations agree');
      return;
    }
    console.error('migration:check: the entities need schema changes no migration makes:\n');
    console.error(changes.up.map((q) => `  ${q};`).join('\n'));
    console.error('\nRun `npm run migration:generate -- <Name>` and commit the new migration.');
    process.exit(1);
  }
  if (command === 'generate') {
    if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('give the migration a PascalCase name');
    if (changes.up.length === 0) {
      console.log('no schema changes: nothing to generate');
      return;
    }
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const file = join(MIGRATIONS_DIR, `${timestamp}-${name}.ts`);
    writeFileSync(file, migrationSource(className, changes.up, changes.down));
    console.log(`wrote ${file}\nadd ${className} to libs/database/src/migrations/index.ts`);
    return;
  }
  throw new Error('usage: migrations run | migrations check | migrations generate <Name>');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
