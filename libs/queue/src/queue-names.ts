/**
 * Every queue of the platform. Job payloads carry ids, never rows: processors re-read state. Each queue's job
 * contract (job names, payload and result types) is typed by the domain that owns the queue: METRICS by
 * @app/metrics (metrics-jobs.ts), SYSTEM (the health ping) here, since it belongs to no domain.
 */
export const QueueName = {
  SYSTEM: 'system',
  METRICS: 'metrics',
  /** Domain events relayed from the outbox (domain-events.ts); the worker hands each to its subscribers. */
  DOMAIN_EVENTS: 'domain-events',
  /** Notifications to create and deliver (in the app, by email) and the alert digests. */
  NOTIFICATIONS: 'notifications',
} as const;

export const SystemJob = {
  PING: 'ping',
} as const;

export interface PingJobData {
  requestedAt: string;
  requestedBy?: string;
}

export interface PingJobResult {
  pong: true;
  requestedAt: string;
  processedAt: string;
  processedByPid: number;
}
