import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { EmploymentStatus } from '@app/catalogue';
import { Ethnicity, Gender, YesNoPreferNot } from '@app/residents';

/**
 * The resident's demographics when an enrolment or application was made (METRICS.md), in tables of their own like
 * equality monitoring: only metrics aggregate them, and no record type the API returns has these columns. Null is
 * NOT_KNOWN. Deleting an account nulls every column of the person's snapshots.
 *
 * Each side keeps its snapshots in its own table (enrolment_snapshots, application_snapshots) with the same columns,
 * so a city-wide metrics run joins each record to its own side's snapshots only, not to both sides' (a third less
 * work on the programme side at the benchmark's size: docs/benchmarks.md "Metrics").
 */
export abstract class DemographicSnapshotColumns {
  @Column({ type: 'enum', enum: Ethnicity, enumName: 'ethnicity', nullable: true })
  ethnicity: Ethnicity | null;

  @Column({ type: 'enum', enum: Gender, enumName: 'gender', nullable: true })
  gender: Gender | null;

  @Column({ type: 'enum', enum: YesNoPreferNot, enumName: 'yes_no_prefer_not', nullable: true })
  trans: YesNoPreferNot | null;

  @Column({ type: 'enum', enum: YesNoPreferNot, enumName: 'yes_no_prefer_not', nullable: true })
  disability: YesNoPreferNot | null;

  /** 16-18, 19-24, …, 65+ (METRICS.md), from the date of birth on the day the record was made. */
  @Column({ name: 'age_band', type: 'varchar', length: 8, nullable: true })
  ageBand: string | null;

  /** A Manchester ward code, or OUTSIDE_MANCHESTER. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  ward: string | null;

  @Column({
    name: 'employment_status',
    type: 'enum',
    enum: EmploymentStatus,
    enumName: 'employment_status',
    nullable: true,
  })
  employmentStatus: EmploymentStatus | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** An enrolment's snapshot (enrolments.snapshot_id). */
@Entity('enrolment_snapshots')
export class EnrolmentSnapshotEntity extends DemographicSnapshotColumns {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'enrolment_snapshots_pkey' })
  id: string;
}

/** An application's snapshot (applications.snapshot_id). */
@Entity('application_snapshots')
export class ApplicationSnapshotEntity extends DemographicSnapshotColumns {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'application_snapshots_pkey' })
  id: string;
}
