import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Census 2021 Manchester usual residents by category, the benchmark population of the diversity metrics.
 * `dimension` is ETHNICITY (the 19 categories) or DISABILITY (YES / NO).
 */
@Entity('census_benchmarks')
export class CensusBenchmarkEntity {
  @PrimaryColumn({ type: 'varchar', length: 30 })
  dimension: string;

  @PrimaryColumn({ type: 'varchar', length: 60 })
  category: string;

  @Column({ type: 'integer' })
  residents: number;

  @Column({ name: 'census_date', type: 'date' })
  censusDate: string;
}
