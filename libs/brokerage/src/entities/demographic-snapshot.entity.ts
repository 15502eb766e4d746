import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { EmploymentStatus } from '@app/catalogue';
import { Ethnicity, Gender, YesNoPreferNot } from '@app/residents';

/**
 * The resident's demographics when an enrolment or application was made (METRICS.md), in a table of its own like
 * equality monitoring: only metrics aggregate it, and no record type the API returns has these columns. Null is
 * NOT_KNOWN. Deleting an account nulls every column of the person's snapshots.
 */
@Entity('demographic_snapshots')
export class DemographicSnapshotEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

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
