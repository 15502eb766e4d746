import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, OnApplicationBootstrap } from '@nestjs/common';
import { Job } from 'bullmq';
import { RUNTIME_CONFIG, RuntimeConfig } from '@app/config';
import { PingJobData, PingJobResult, QueueErrorLog, QueueName, SystemJob, workerConnection } from '@app/queue';

@Processor(QueueName.SYSTEM, { connection: workerConnection as never })
export class SystemProcessor extends WorkerHost implements OnApplicationBootstrap {
  constructor(
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
    private readonly queueErrors: QueueErrorLog,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    this.worker.concurrency = this.config.env.WORKER_CONCURRENCY;
  }

  async process(job: Job<PingJobData>): Promise<PingJobResult> {
    if (job.name !== SystemJob.PING) throw new Error(`system queue has no job called ${job.name}`);
    return {
      pong: true,
      requestedAt: job.data.requestedAt,
      processedAt: new Date().toISOString(),
      processedByPid: process.pid,
    };
  }

  @OnWorkerEvent('error')
  onWorkerError(error: Error): void {
    this.queueErrors.report(`${QueueName.SYSTEM} worker`, error);
  }
}
