import { createPostgresBackend, PostgresConnection, PostgresQueueBackend } from 'bullmq';

/** The first wait after a failed attempt to open a PostgreSQL connection; each further failure doubles it. */
export const POSTGRES_RECONNECT_FIRST_MS = 100;
/** Longest wait between two attempts, so the queues are back within 2 s of PostgreSQL accepting connections. */
export const POSTGRES_RECONNECT_CAP_MS = 2_000;

/**
 * Spaces out attempts to open a connection: after a failure the next attempt waits 100 ms, 200 ms, 400 ms … then
 * every 2 s, and one success resets it. Callers arriving during the wait wait too, so however often they ask,
 * the server sees (and the log reports) about one attempt per interval.
 */
export class ConnectAttemptBackoff {
  private failures = 0;
  private retryAt = 0;

  async attempt<T>(connect: () => Promise<T>): Promise<T> {
    const wait = this.retryAt - Date.now();
    if (wait > 0) await sleep(wait);
    try {
      const connected = await connect();
      this.failures = 0;
      this.retryAt = 0;
      return connected;
    } catch (error) {
      this.retryAt = Date.now() + Math.min(POSTGRES_RECONNECT_FIRST_MS * 2 ** this.failures, POSTGRES_RECONNECT_CAP_MS);
      this.failures += 1;
      throw error;
    }
  }
}

/**
 * BullMQ's PostgreSQL backend (createPostgresBackend, bullmq 6.7) with two faults of its own worked around. Seen when
 * PostgreSQL briefly refused connections ("sorry, too many clients already", 53300): the system worker logged that
 * error about 45,000 times a second and never processed a job again, though the server had free slots minutes later.
 *
 * 1. A failed start-up is remembered for ever. PostgresConnection.waitUntilReady memoises its first bootstrap
 *    (connect, then migrate) in `readyPromise`, rejection included, and PostgresQueueBackend.waitUntilReady memoises
 *    its own `readyPromise` on top; every query awaits it. So a queue or worker whose first connection was refused
 *    fails every later call at once with that same old error, without opening a connection. Here a rejected
 *    readiness is forgotten, so the next call bootstraps again.
 * 2. The worker retries a failed fetch at once. Worker.mainLoop fetches through retryIfFailed(…, { onlyEmitError }),
 *    which waits `runRetryDelay` only for errors it takes for connection errors (ECONNREFUSED or "Connection is
 *    closed"); any other error, such as PostgreSQL's 53300, is emitted and the loop asks again immediately. Here every
 *    attempt to open a connection (the pool's and the dedicated LISTEN client's) goes through ConnectAttemptBackoff,
 *    which bounds that loop, and the load on a full server, to one attempt per interval.
 *
 * Both patch the backend's instances (`readyPromise` is private to bullmq): libs/queue's
 * postgres-connection-limit.int-spec.ts fails if an upgrade of bullmq changes what this relies on.
 */
export const createResilientPostgresBackend: typeof createPostgresBackend = (name, opts, factoryOpts) => {
  const backend = createPostgresBackend(name, opts, factoryOpts);
  const backoff = new ConnectAttemptBackoff();
  spaceOutConnectAttempts(backend.connection, backoff);
  forgetFailedReadiness(backend.connection);
  forgetFailedReadiness(backend);
  return backend;
};

/** The pool's connect (also used by pool.query, with a callback) and the LISTEN client's, through the backoff. */
function spaceOutConnectAttempts(connection: PostgresConnection, backoff: ConnectAttemptBackoff): void {
  const pool = connection.pool as unknown as { connect: (callback?: ConnectCallback) => Promise<unknown> | void };
  const poolConnect = pool.connect.bind(pool);
  pool.connect = (callback?: ConnectCallback) => {
    const connected = backoff.attempt(() => poolConnect() as Promise<unknown>);
    if (!callback) return connected;
    // pg-pool's query() calls connect with a callback (err, client, release).
    connected.then(
      (client) => callback(undefined, client, (destroy?: unknown) => (client as PoolClient).release(destroy)),
      (error: Error) => callback(error, undefined, () => undefined),
    );
  };
  const listenConnect = connection.getListenClient.bind(connection);
  connection.getListenClient = () => backoff.attempt(listenConnect);
}

/** Makes a memoised waitUntilReady drop its memo when it rejects, so the next call tries again. */
function forgetFailedReadiness(target: PostgresConnection | PostgresQueueBackend): void {
  const memo = target as unknown as { readyPromise?: Promise<void> };
  const waitUntilReady = target.waitUntilReady.bind(target);
  target.waitUntilReady = () => {
    const ready = waitUntilReady();
    // waitUntilReady is async, so `ready` is a new promise; the memo was set synchronously before it returned.
    const memoised = memo.readyPromise;
    memoised?.catch(() => {
      if (memo.readyPromise === memoised) memo.readyPromise = undefined;
    });
    return ready;
  };
}

type ConnectCallback = (error: Error | undefined, client: unknown, release: (destroy?: unknown) => void) => void;
type PoolClient = { release: (destroy?: unknown) => void };

function sleep(ms: number): Promise<void> {
  // Unref'd: a wait between attempts must not keep a process that is shutting down alive.
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
