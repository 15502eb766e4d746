/** Every queue of the platform. Job payloads carry ids, never rows: processors re-read state. */
export const QueueName = {
  SYSTEM: 'system',
  METRICS: 'metrics',
  /** Domain events relayed from the outbox (domain-events.ts); the worker hands each to its subscribers. */
  DOMAIN_EVENTS: 'domain-events',
  /** Notifications to create and deliver (in the app, by email) and the alert digests. */
  NOTIFICATIONS: 'notifications',
} as const;

export const MetricsJob = {
  RECOMPUTE: 'recompute',
} as const;

/** A scope to recompute (METRICS.md): ids only, the processor reads everything else. */
export interface RecomputeJobData {
  scope: { kind: string; id: string | null; from: string | null; to: string | null };
}

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
