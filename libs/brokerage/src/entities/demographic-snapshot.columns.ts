import { Column } from 'typeorm';
import { EmploymentStatus } from '@app/catalogue';
import { Ethnicity, Gender, YesNoPreferNot } from '@app/residents';

/**
 * The resident's demographics the day an enrolment or application was made (METRICS.md), kept on the record itself
 * (`snapshot_*` columns) so that a metrics run counts a record and its demographics in one scan, with no join (a
 * third of a city-wide run: docs/benchmarks.md "Metrics"). They are equality data:
 * - never read through the entity (`select: false`), so no entity a service loads, and no API type, carries them;
 *   only the resident's own export, the learner return and the metrics aggregation read them, in SQL;
 * - never written by a save of a loaded record (`update: false`): set when the record is made, changed only by the
 *   provider's learner return and emptied when the person deletes their account.
 * Null is NOT_KNOWN.
 */
const HIDDEN = { nullable: true, select: false, update: false } as const;

/**
 * The snapshot's columns for hand-written SQL: each name without its `snapshot_` prefix (as the export and the
 * learner return's rows name it), with the SQL type a text value is cast to when written.
 */
export const SNAPSHOT_COLUMN_TYPES = {
  ethnicity: 'ethnicity',
  gender: 'gender',
  trans: 'yes_no_prefer_not',
  disability: 'yes_no_prefer_not',
  age_band: 'varchar',
  ward: 'varchar',
  employment_status: 'employment_status',
} as const;
export const SNAPSHOT_NAMES = Object.keys(SNAPSHOT_COLUMN_TYPES) as (keyof typeof SNAPSHOT_COLUMN_TYPES)[];

/** Embedded in EnrolmentEntity and ApplicationEntity as `snapshot` (no prefix: the names above are the columns). */
export class DemographicSnapshotColumns {
  @Column({ name: 'snapshot_ethnicity', ...HIDDEN, type: 'enum', enum: Ethnicity, enumName: 'ethnicity' })
  ethnicity: Ethnicity | null;

  @Column({ name: 'snapshot_gender', ...HIDDEN, type: 'enum', enum: Gender, enumName: 'gender' })
  gender: Gender | null;

  @Column({ name: 'snapshot_trans', ...HIDDEN, type: 'enum', enum: YesNoPreferNot, enumName: 'yes_no_prefer_not' })
  trans: YesNoPreferNot | null;

  @Column({ name: 'snapshot_disability', ...HIDDEN, type: 'enum', enum: YesNoPreferNot, enumName: 'yes_no_prefer_not' })
  disability: YesNoPreferNot | null;

  /** 16-18, 19-24, …, 65+ (METRICS.md), from the date of birth on the day the record was made. */
  @Column({ name: 'snapshot_age_band', ...HIDDEN, type: 'varchar', length: 8 })
  ageBand: string | null;

  /** A Manchester ward code, or OUTSIDE_MANCHESTER. */
  @Column({ name: 'snapshot_ward', ...HIDDEN, type: 'varchar', length: 20 })
  ward: string | null;

  @Column({
    name: 'snapshot_employment_status',
    ...HIDDEN,
    type: 'enum',
    enum: EmploymentStatus,
    enumName: 'employment_status',
  })
  employmentStatus: EmploymentStatus | null;
}
