import { Column, Entity, Index, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { DiversityFigures, OutcomeFigures } from '../metrics.types';
import { MetricsRunEntity } from './metrics-run.entity';

/**
 * The reports one COMPLETED run produced, already suppressed: nothing here can be recovered below the threshold.
 * Keyed by the run, so a duplicated job cannot store a second report; the newest per scope is served.
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
  diversity: DiversityFigures;

  /** Null for vacancy-side scopes (EMPLOYER, VACANCY): placement outcomes follow programmes. */
  @Column({ type: 'jsonb', nullable: true })
  outcomes: OutcomeFigures | null;
}
