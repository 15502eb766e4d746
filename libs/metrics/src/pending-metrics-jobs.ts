import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { JobsOptions, Queue } from 'bullmq';
import { DataSource, EntityManager } from 'typeorm';
import { PRODUCER_COMMAND_TIMEOUT_MS, QueueName } from '@app/queue';
import { MetricsJob, RecomputeJobData } from './metrics-jobs';
import { MetricsPendingJobEntity } from './entities/metrics-pending-job.entity';
import { MetricsRunEntity, queuedRun } from './entities/metrics-run.entity';
import { MetricsScope } from './scope';

/** Owed jobs queued per sweep at most, oldest first. */
const SWEEP_BATCH = 500;

/**
 * Recompute jobs and the queue, when the queue may be unreachable. A job that must not be lost is first written to
 * metrics_pending_jobs (in the caller's transaction when there is one), then added to the queue, then crossed off;
 * when the add fails the row stays and `queueOwedJobs` (the sweep) adds it once the queue answers again. Adding the
 * same job id twice is harmless: BullMQ ignores an id it already holds, and a run is idempotent per job id.
 */
@Injectable()
export class PendingMetricsJobs {
  private readonly logger = new Logger(PendingMetricsJobs.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QueueName.METRICS) private readonly queue: Queue<RecomputeJobData>,
  ) {}

  /** A QUEUED run and its owed job, in one transaction: the run can never exist without a job on its way. */
  async createRequestedRun(jobKey: string, scope: MetricsScope): Promise<MetricsRunEntity> {
    return this.dataSource.transaction(async (manager) => {
      await manager.insert(MetricsRunEntity, queuedRun(jobKey, scope));
      await this.owe(manager, [{ jobKey, scope }]);
      return manager.findOneByOrFail(MetricsRunEntity, { jobKey });
    });
  }

  /** Adds an owed job to the queue and crosses it off; when the queue cannot take it, it stays owed (and false). */
  async queueOwedJob(jobKey: string, scope: MetricsScope): Promise<boolean> {
    if (!(await this.add(jobKey, scope))) return false;
    await this.dataSource.getRepository(MetricsPendingJobEntity).delete({ jobKey });
    return true;
  }

  /**
   * Adds jobs to the queue now, keeping each one the queue cannot take as owed (so a change is handled at once during
   * a Redis outage and its recompute follows when Redis is back). Throws only when the job can be neither queued nor
   * kept (Redis and PostgreSQL both gone): the caller's job is then retried rather than the recompute lost.
   */
  async queueOrOwe(jobs: { jobKey: string; scope: MetricsScope; options?: JobsOptions }[]): Promise<void> {
    const added = await Promise.all(jobs.map((job) => this.add(job.jobKey, job.scope, job.options)));
    const owed = jobs.filter((_, i) => !added[i]);
    if (owed.length === 0) return;
    await this.owe(this.dataSource.manager, owed);
    this.logger.warn(`metrics queue unreachable: ${owed.length} recompute(s) kept in metrics_pending_jobs`);
  }

  /** The sweep: queues owed jobs, oldest first, until the queue refuses one. Returns how many it queued. */
  async queueOwedJobs(): Promise<number> {
    const owed = await this.dataSource
      .getRepository(MetricsPendingJobEntity)
      .find({ order: { createdAt: 'ASC' }, take: SWEEP_BATCH });
    let queued = 0;
    for (const job of owed) {
      if (!(await this.queueOwedJob(job.jobKey, job.scope))) break;
      queued += 1;
    }
    if (queued > 0) this.logger.log(`queued ${queued} owed metrics recompute(s)`);
    return queued;
  }

  async isOwed(jobKey: string): Promise<boolean> {
    return this.dataSource.getRepository(MetricsPendingJobEntity).existsBy({ jobKey });
  }

  private async owe(manager: EntityManager, jobs: { jobKey: string; scope: MetricsScope }[]): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(MetricsPendingJobEntity)
      .values(jobs.map(({ jobKey, scope }) => ({ jobKey, scope })))
      .orIgnore()
      .execute();
  }

  /** True when the queue took the job within the producer's time limit (it may still arrive later: ids dedupe it). */
  private async add(jobKey: string, scope: MetricsScope, options: JobsOptions = {}): Promise<boolean> {
    const adding = this.queue.add(MetricsJob.RECOMPUTE, { scope }, { ...options, jobId: jobKey }).then(
      () => true,
      () => false,
    );
    // While the first connection to Redis is still being made, BullMQ waits for it rather than failing.
    const timeout = new Promise<false>((done) => setTimeout(() => done(false), PRODUCER_COMMAND_TIMEOUT_MS).unref());
    return Promise.race([adding, timeout]);
  }
}
