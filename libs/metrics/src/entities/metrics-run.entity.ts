import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { MetricsRunState, MetricsScopeKind } from '../metrics.types';
import { MetricsScope, scopeKey } from '../scope';

/**
 * One computation of one scope's reports. `jobKey` is the queue job's id, unique, so a job delivered twice or retried
 * finds its own run instead of starting a second one.
 */
@Index('metrics_runs_scope_idx', ['scopeKey', 'requestedAt'])
@Entity('metrics_runs')
export class MetricsRunEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('metrics_runs_job_key_key', { unique: true })
  @Column({ name: 'job_key', type: 'varchar', length: 200 })
  jobKey: string;

  /** kind:id:from:to, the one string reports are looked up by. */
  @Column({ name: 'scope_key', type: 'varchar', length: 120 })
  scopeKey: string;

  @Column({ name: 'scope_kind', type: 'enum', enum: MetricsScopeKind, enumName: 'metrics_scope_kind' })
  scopeKind: MetricsScopeKind;

  @Column({ name: 'scope_id', type: 'uuid', nullable: true })
  scopeId: string | null;

  @Column({ name: 'scope_from', type: 'date', nullable: true })
  scopeFrom: string | null;

  @Column({ name: 'scope_to', type: 'date', nullable: true })
  scopeTo: string | null;

  @Column({ type: 'enum', enum: MetricsRunState, enumName: 'metrics_run_state' })
  state: MetricsRunState;

  @Column({ type: 'real', default: 0 })
  progress: number;

  @Column({ name: 'requested_at', type: 'timestamptz', default: () => 'now()' })
  requestedAt: Date;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  error: string | null;
}

/** A new run of a job, QUEUED: what both a request and a first delivery write. */
export function queuedRun(jobKey: string, scope: MetricsScope): Partial<MetricsRunEntity> {
  return {
    jobKey,
    scopeKey: scopeKey(scope),
    scopeKind: scope.kind,
    scopeId: scope.id,
    scopeFrom: scope.from,
    scopeTo: scope.to,
    state: MetricsRunState.QUEUED,
  };
}
