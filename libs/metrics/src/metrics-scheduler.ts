import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable } from '@nestjs/common';
import { Queue } from 'bullmq';
import { RUNTIME_CONFIG, RuntimeConfig } from '@app/config';
import { QueueName } from '@app/queue';
import { MetricsJob, RecomputeJobData } from './metrics-jobs';
import { MetricsScopeChanges } from './metrics-scope-changes';
import { MetricsScopeKind } from './metrics.types';
import { PendingMetricsJobs } from './pending-metrics-jobs';
import { MetricsScope, scopeKey } from './scope';

export const NIGHTLY_CITY_SCHEDULER = 'nightly-city-recompute';

/** What changed, for working out which scopes to recompute. */
export type ChangedRecord =
  | { side: 'PROGRAMME'; cohortId: string; programmeId: string; providerId: string }
  | { side: 'VACANCY'; vacancyId: string; employerId: string };

/**
 * Puts recomputes on the `metrics` queue. Changes are gathered per scope: every change in one debounce window maps to
 * the same job id, and BullMQ ignores an add whose id it already holds, so a burst gives one run (two when it spans a
 * window boundary). The job waits until its window closes, so it sees the whole burst.
 */
@Injectable()
export class MetricsScheduler {
  constructor(
    @InjectQueue(QueueName.METRICS) private readonly queue: Queue<RecomputeJobData>,
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
    private readonly pendingJobs: PendingMetricsJobs,
    private readonly scopeChanges: MetricsScopeChanges,
  ) {}

  /**
   * Schedules the scopes a change affects, and notes when each changed (for the nightly catch-up and "stale"). A job
   * the queue cannot take now is kept in metrics_pending_jobs and queued when it answers again; when the database
   * cannot note the change or keep the job this throws, so the event that brought the change is retried.
   */
  async changed(record: ChangedRecord): Promise<void> {
    const scopes: MetricsScope[] =
      record.side === 'PROGRAMME'
        ? [
            whole(MetricsScopeKind.COHORT, record.cohortId),
            whole(MetricsScopeKind.PROGRAMME, record.programmeId),
            whole(MetricsScopeKind.PROVIDER, record.providerId),
          ]
        : [whole(MetricsScopeKind.VACANCY, record.vacancyId), whole(MetricsScopeKind.EMPLOYER, record.employerId)];
    const window = this.config.env.METRICS_DEBOUNCE_MS;
    const now = Date.now();
    const bucket = window > 0 ? Math.floor(now / window) : now;
    const windowEnd = window > 0 ? (bucket + 1) * window : now;
    const delay = windowEnd - now;
    // Dated by the end of its window: the window's job starts after it, and no other run before it counts as seeing
    // the change (see MetricsScopeChanges.record).
    await this.scopeChanges.record(scopes, bucket, new Date(windowEnd));
    await this.pendingJobs.queueOrOwe(
      scopes.map((scope) => ({ jobKey: `auto_${jobSafe(scopeKey(scope))}_${bucket}`, scope, options: { delay } })),
    );
  }

  /** The nightly CITY recompute, 02:00 Europe/London (METRICS.md); upserting keeps one scheduler however often it runs. */
  async scheduleNightlyCity(): Promise<void> {
    await this.queue.upsertJobScheduler(
      NIGHTLY_CITY_SCHEDULER,
      { pattern: '0 2 * * *', tz: 'Europe/London' },
      { name: MetricsJob.RECOMPUTE, data: { scope: whole(MetricsScopeKind.CITY, null) } },
    );
  }
}

// BullMQ reserves ':' in job ids.
export const jobSafe = (key: string): string => key.replace(/:/g, '_');

const whole = (kind: MetricsScopeKind, id: string | null): MetricsScope => ({ kind, id, from: null, to: null });
