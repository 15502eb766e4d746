export * from './queue-names';
export * from './queue-connection';
export * from './queue.module';
export * from './queue-error-log';
export * from './queue-probe';
export * from './system-queue.producer';
export * from './domain-events';
export * from './domain-event-relay';
