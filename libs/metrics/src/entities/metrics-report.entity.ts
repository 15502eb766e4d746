import { Column, Entity, Index, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { ReportTallies } from '../metrics.types';
import { MetricsRunEntity } from './metrics-run.entity';

/**
 * What one COMPLETED run counted: the exact tallies with their cell keys (METRICS.md "Disclosure control"). Never
 * served as they are: a report is the staff or the protected view of them, worked out when it is read
 * (report-views.ts). Keyed by the run, so a duplicated job cannot store a second report; the newest per scope is
 * served.
 */
@Index('metrics_reports_scope_idx', ['scopeKey', 'computedAt'])
@Entity('metrics_reports')
export class MetricsReportEntity {
  @PrimaryColumn({ name: 'run_id', type: 'uuid' })
  runId: string;

  @OneToOne(() => MetricsRunEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'run_id', foreignKeyConstraintName: 'metrics_reports_run_id_fkey' })
  run?: MetricsRunEntity;

  @Column({ name: 'scope_key', type: 'varchar', length: 120 })
  scopeKey: string;

  @Column({ name: 'computed_at', type: 'timestamptz' })
  computedAt: Date;

  @Column({ type: 'jsonb' })
  tallies: ReportTallies;
}
