import { Column, Entity, PrimaryColumn } from 'typeorm';
import { MetricsScope } from '../scope';

/**
 * When a scope's records last changed. A scope whose latest COMPLETED run started before this is stale: the nightly
 * job recomputes it, so a recompute lost to an outage is caught up within a day at most.
 */
@Entity('metrics_scope_changes')
export class MetricsScopeChangeEntity {
  /** kind:id:from:to, as on runs and reports. */
  @PrimaryColumn({ name: 'scope_key', type: 'varchar', length: 120 })
  scopeKey: string;

  @Column({ type: 'jsonb' })
  scope: MetricsScope;

  @Column({ name: 'changed_at', type: 'timestamptz' })
  changedAt: Date;
}
