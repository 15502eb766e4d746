import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, OnApplicationBootstrap } from '@nestjs/common';
import { Job } from 'bullmq';
import { RUNTIME_CONFIG, RuntimeConfig } from '@app/config';
import {
  MetricsComputationService,
  MetricsJob,
  MetricsRunState,
  MetricsScheduler,
  MetricsScopeKind,
  MetricsSweep,
  NIGHTLY_CITY_SCHEDULER,
  OpenDataPublisher,
  RecomputeJobData,
  RecomputeJobResult,
} from '@app/metrics';
import { QueueErrorLog, QueueName, workerConnection } from '@app/queue';

/**
 * Recomputes a scope's metrics; the computation is idempotent per job, so BullMQ's retries and re-deliveries are safe.
 * A worker that dies mid-run (SIGKILL, a lost node) stops renewing its lock; after `lockDuration` the stalled check,
 * every `stalledInterval`, hands the job to another worker. Both are shorter than BullMQ's 30 s defaults so a report
 * is not held up for a minute, and still far longer than any pause of the event loop during a run.
 */
@Processor(QueueName.METRICS, { connection: workerConnection as never, lockDuration: 10_000, stalledInterval: 5_000 })
export class MetricsProcessor extends WorkerHost implements OnApplicationBootstrap {
  constructor(
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
    private readonly computation: MetricsComputationService,
    private readonly scheduler: MetricsScheduler,
    private readonly openData: OpenDataPublisher,
    private readonly sweep: MetricsSweep,
    private readonly queueErrors: QueueErrorLog,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    this.worker.concurrency = this.config.env.WORKER_CONCURRENCY;
    await this.scheduler.scheduleNightlyCity();
  }

  /**
   * A scope's run. A completed run of the whole city is followed, in the same job, by its open-data release: if
   * writing the release fails, the job's retry finds the run COMPLETED and only writes the release again.
   */
  async process(job: Job<RecomputeJobData>): Promise<RecomputeJobResult> {
    if (job.name !== MetricsJob.RECOMPUTE) throw new Error(`metrics queue has no job called ${job.name}`);
    // The nightly run also catches up every scope whose report is older than its last change (a recompute lost to
    // an outage, or one whose attempts were all spent).
    if (job.repeatJobKey === NIGHTLY_CITY_SCHEDULER) await this.sweep.recomputeStaleScopes(job.id!);
    const finalAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    const { scope } = job.data;
    // Scheduler-made jobs (the nightly one) get fresh ids each time; BullMQ gives every job an id.
    const run = await this.computation.run(job.id!, scope, finalAttempt);
    const wholeCity = scope.kind === MetricsScopeKind.CITY && !scope.from && !scope.to;
    if (wholeCity && run.state === MetricsRunState.COMPLETED) {
      await this.openData.publish(run.id);
    }
    await job.updateProgress(1);
    return { runId: run.id };
  }

  @OnWorkerEvent('error')
  onWorkerError(error: Error): void {
    this.queueErrors.report(`${QueueName.METRICS} worker`, error);
  }
}
