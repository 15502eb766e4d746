export * from './data-source-options';
export * from './run-migrations';
export * from './database-url';
export * from './open-database';
export * from './prepare-database';
export * from './database.module';
export * from './embedded/embedded-postgres.launcher';
export { MIGRATIONS } from './migrations';
export * from './keyset';
