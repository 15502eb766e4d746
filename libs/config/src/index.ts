export * from './environment';
export * from './runtime-config';
export * from './secrets';
export * from './config.module';
export * from './logging.module';
export * from './web-client';
