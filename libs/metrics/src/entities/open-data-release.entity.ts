import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { MetricsRunEntity } from './metrics-run.entity';

/**
 * One published open-data file (METRICS.md "Open data"), written by the worker after a completed CITY run; one per
 * day (Europe/London), the day's latest run replacing an earlier one. Served as stored: a public request never
 * aggregates. Kept compressed: at the benchmark size the CSV is over 100 MiB and gzip makes it a few.
 */
@Entity('open_data_releases')
export class OpenDataReleaseEntity {
  @PrimaryColumn({ name: 'release_date', type: 'date' })
  releaseDate: string;

  @Column({ name: 'run_id', type: 'uuid' })
  runId: string;

  @ManyToOne(() => MetricsRunEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'run_id', foreignKeyConstraintName: 'open_data_releases_run_id_fkey' })
  run?: MetricsRunEntity;

  @Column({ name: 'computed_at', type: 'timestamptz' })
  computedAt: Date;

  /** The ISO 8601 interval the records span, as in the file's time_period column. */
  @Column({ name: 'time_period', type: 'varchar', length: 40 })
  timePeriod: string;

  /** Data rows in the file, the header not counted. */
  @Column({ type: 'integer' })
  rows: number;

  /** Size of the CSV uncompressed. */
  @Column({ type: 'integer' })
  bytes: number;

  /** A strong validator of the file's content, for conditional requests. */
  @Column({ type: 'varchar', length: 80 })
  etag: string;

  @Column({ name: 'csv_gzip', type: 'bytea', select: false })
  csvGzip?: Buffer;
}
