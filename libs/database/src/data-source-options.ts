import { DataSourceOptions, EntitySchema } from 'typeorm';
import { MIGRATIONS } from './migrations';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type EntityList = (Function | EntitySchema)[];

/** The one place TypeORM is configured: migrations only, never `synchronize`. */
export function dataSourceOptions(url: string, entities: EntityList, poolSize = 10): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsRun: false, // run by runMigrationsWithLock, so concurrent start-ups are safe
    synchronize: false,
    uuidExtension: 'pgcrypto', // gen_random_uuid(), built into PostgreSQL 13+
    extra: { max: poolSize, application_name: 'mcr-brokerage' },
  };
}
