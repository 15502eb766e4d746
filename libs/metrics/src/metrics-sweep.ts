import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import { DataSource, In } from 'typeorm';
import { RUNTIME_CONFIG, RuntimeConfig } from '@app/config';
import { PRODUCER_COMMAND_TIMEOUT_MS, QueueName } from '@app/queue';
import { RecomputeJobData } from './metrics-jobs';
import { MetricsRunEntity } from './entities/metrics-run.entity';
import { jobSafe } from './metrics-scheduler';
import { MetricsScopeChanges } from './metrics-scope-changes';
import { MetricsRunState } from './metrics.types';
import { PendingMetricsJobs } from './pending-metrics-jobs';

/** Unsettled runs looked at per sweep, oldest first. */
const SETTLE_BATCH = 200;

/** What a run's job is, as far as settling the run goes. */
type JobFate = { kind: 'alive' } | { kind: 'failed'; reason: string } | { kind: 'gone' } | { kind: 'unknown' };

/**
 * Keeps metrics runs and the queue in agreement, every METRICS_SWEEP_INTERVAL_MS in every process (each step is safe
 * to run in several processes at once):
 * 1. owed jobs (metrics_pending_jobs) are added to the queue once it answers;
 * 2. a QUEUED or RUNNING run whose job has failed for good (its attempts spent, or "stalled more than allowable
 *    limit" after its workers died) is marked FAILED with the job's reason, and one whose job is no longer on the
 *    queue at all (a Redis that lost its data) is marked FAILED saying so.
 * The nightly CITY job also calls `recomputeStaleScopes`.
 */
@Injectable()
export class MetricsSweep implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MetricsSweep.name);
  private timer?: NodeJS.Timeout;
  private sweeping?: Promise<void>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QueueName.METRICS) private readonly queue: Queue<RecomputeJobData>,
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
    private readonly pendingJobs: PendingMetricsJobs,
    private readonly scopeChanges: MetricsScopeChanges,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.sweeping ??= this.sweep()
        .catch((error: unknown) => this.logger.warn(`metrics sweep did not finish: ${(error as Error).message}`))
        .finally(() => (this.sweeping = undefined));
    }, this.config.env.METRICS_SWEEP_INTERVAL_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.sweeping;
  }

  async sweep(): Promise<void> {
    await this.pendingJobs.queueOwedJobs();
    await this.settleRuns();
  }

  /** Marks FAILED each unsettled run whose job has failed for good or is gone (see the class comment). */
  async settleRuns(): Promise<number> {
    const runs = await this.dataSource.getRepository(MetricsRunEntity).find({
      where: { state: In([MetricsRunState.QUEUED, MetricsRunState.RUNNING]) },
      order: { requestedAt: 'ASC' },
      take: SETTLE_BATCH,
    });
    let settled = 0;
    for (const run of runs) {
      // Owed first, then the queue: a job is crossed off only after it was added, so a run that is neither owed
      // nor on the queue when looked at in this order has truly lost its job.
      if (await this.pendingJobs.isOwed(run.jobKey)) continue;
      const fate = await this.jobFate(run.jobKey);
      if (fate.kind === 'unknown') break; // the queue does not answer: try again next sweep
      if (fate.kind === 'alive') continue;
      const reason =
        fate.kind === 'failed'
          ? `its queue job failed: ${fate.reason}`
          : 'its queue job is gone (the queue lost it, e.g. Redis restarted without persistence)';
      if (await this.fail(run.id, reason)) settled += 1;
    }
    return settled;
  }

  /** Queues a recompute of every stale scope (its report older than its last change); `tag` makes the job ids new. */
  async recomputeStaleScopes(tag: string): Promise<number> {
    const stale = await this.scopeChanges.staleScopes();
    await this.pendingJobs.queueOrOwe(
      stale.map(({ scopeKey, scope }) => ({ jobKey: `stale_${jobSafe(scopeKey)}_${jobSafe(tag)}`, scope })),
    );
    if (stale.length > 0) this.logger.log(`queued recomputes of ${stale.length} stale metrics scope(s)`);
    return stale.length;
  }

  private async jobFate(jobKey: string): Promise<JobFate> {
    const look = async (): Promise<JobFate> => {
      const job = await this.queue.getJob(jobKey);
      if (!job) return { kind: 'gone' };
      const state = await job.getState();
      if (state === 'failed') return { kind: 'failed', reason: job.failedReason || 'no reason given' };
      return state === 'unknown' ? { kind: 'gone' } : { kind: 'alive' };
    };
    const timeout = new Promise<JobFate>((done) =>
      setTimeout(() => done({ kind: 'unknown' }), PRODUCER_COMMAND_TIMEOUT_MS).unref(),
    );
    return Promise.race([look().catch((): JobFate => ({ kind: 'unknown' })), timeout]);
  }

  /** FAILED with the reason, unless the run settled meanwhile (a worker finished it). */
  private async fail(runId: string, reason: string): Promise<boolean> {
    const result = await this.dataSource
      .createQueryBuilder()
      .update(MetricsRunEntity)
      .set({ state: MetricsRunState.FAILED, error: reason.slice(0, 500), finishedAt: () => 'now()' })
      .where('id = :runId AND state IN (:...unsettled)', {
        runId,
        unsettled: [MetricsRunState.QUEUED, MetricsRunState.RUNNING],
      })
      .execute();
    if (!result.affected) return false;
    this.logger.warn(`metrics run ${runId} marked FAILED: ${reason}`);
    return true;
  }
}
