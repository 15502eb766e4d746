import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { Queue } from 'bullmq';
import { PingJobData, PingJobResult, QueueName, SystemJob } from './queue-names';

export type JobState =
  'waiting' | 'active' | 'completed' | 'failed' | 'delayed' | 'prioritized' | 'waiting-children' | 'unknown';

export interface PingStatus {
  id: string;
  state: JobState;
  result: PingJobResult | null;
  failedReason: string | null;
}

@Injectable()
export class SystemQueueProducer {
  constructor(@InjectQueue(QueueName.SYSTEM) private readonly queue: Queue<PingJobData, PingJobResult>) {}

  async ping(requestedBy?: string): Promise<string> {
    const job = await this.queue.add(SystemJob.PING, { requestedAt: new Date().toISOString(), requestedBy });
    return job.id!;
  }

  async pingStatus(id: string): Promise<PingStatus | null> {
    // State first, then the job: a job only moves forward, so data read after a final state always carries that
    // state's result. Read the other way round, a job finishing between the two reads looked completed without one.
    const state = (await this.queue.getJobState(id)) as JobState;
    const job = await this.queue.getJob(id);
    if (!job) return null;
    return { id, state, result: job.returnvalue ?? null, failedReason: job.failedReason ?? null };
  }

  /** A cheap round trip to the queue's store, for readiness checks. */
  async isReachable(timeoutMs = 2_000): Promise<boolean> {
    const timeout = new Promise<false>((done) => setTimeout(() => done(false), timeoutMs).unref());
    const probe = this.queue.getJobCounts('waiting').then(
      () => true,
      () => false,
    );
    return Promise.race([probe, timeout]);
  }
}
