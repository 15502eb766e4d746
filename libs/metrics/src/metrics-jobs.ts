import { MetricsScope } from './scope';

// The metrics queue's job contract (QueueName.METRICS), typed by the domain that owns the queue: producers (the
// scheduler, the sweep, pending jobs) and the worker's processor share these types, so the processor reads a
// MetricsScope without a cast. Payloads carry ids only; the processor re-reads everything else.

export const MetricsJob = {
  RECOMPUTE: 'recompute',
} as const;

/** A scope to recompute (METRICS.md). */
export interface RecomputeJobData {
  scope: MetricsScope;
}

export interface RecomputeJobResult {
  runId: string;
}
