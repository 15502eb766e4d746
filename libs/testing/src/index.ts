export * from './test-server';
export * from './test-database';
export * from './test-app';
export * from './embedded-test-database';
