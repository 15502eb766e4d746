import { PRODUCER_COMMAND_TIMEOUT_MS } from './queue-connection';

/**
 * A producer's command (an add) or a rejection once PRODUCER_COMMAND_TIMEOUT_MS has passed: while the queue's store
 * is unreachable, or its queue is being closed at shutdown, BullMQ may wait rather than fail, and a caller must not
 * hang (a job that waits here would hold up the worker's graceful close). The command may still land later; job ids
 * make that harmless.
 */
export function withinProducerTimeout<T>(command: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error('the queue did not answer in time')), PRODUCER_COMMAND_TIMEOUT_MS);
    timer.unref();
  });
  return Promise.race([command, timeout]).finally(() => clearTimeout(timer));
}
