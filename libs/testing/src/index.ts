export * from './test-server';
export * from './test-database';
export * from './test-app';
export * from './embedded-test-database';
export * from './accounts';
export * from './actors';
export * from './brokerage-fixtures';
export * from './restartable-postgres';
