import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { MetricsScope } from '../scope';

/**
 * A recompute job that is owed to the queue: written with a requested run (in the same transaction) and whenever the
 * queue cannot take a job at once (a Redis outage). The sweep adds each to the queue under its own job id, then
 * deletes it, so a job is never lost between a committed write and an unreachable queue (docs/operations.md).
 */
@Entity('metrics_pending_jobs')
export class MetricsPendingJobEntity {
  @PrimaryColumn({ name: 'job_key', type: 'varchar', length: 200 })
  jobKey: string;

  @Column({ type: 'jsonb' })
  scope: MetricsScope;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
