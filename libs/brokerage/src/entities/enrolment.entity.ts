import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { CohortEntity } from '@app/catalogue';
import { OrganisationEntity, UserEntity } from '@app/identity';
import { EnrolmentStatus } from '../brokerage.enums';
import { DemographicSnapshotColumns } from './demographic-snapshot.columns';
import { RecordKeyColumn } from './record-key.column';

/**
 * A resident's way through one cohort, or a learner a provider reported (`residentId` null, `reportedByProvider`).
 * One live record per (resident, cohort) and learnerRefs unique within a provider, both by partial unique indexes.
 * When the resident deletes their account the record stays, anonymous (`residentId` null).
 */
@Index('enrolments_live_resident_cohort_key', ['residentId', 'cohortId'], {
  unique: true,
  where: `resident_id IS NOT NULL AND status NOT IN ('WITHDRAWN', 'REJECTED')`,
})
@Index('enrolments_provider_learner_ref_key', ['providerId', 'learnerRef'], {
  unique: true,
  where: 'learner_ref IS NOT NULL',
})
@Entity('enrolments')
export class EnrolmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('enrolments_cohort_id_idx')
  @Column({ name: 'cohort_id', type: 'uuid' })
  cohortId: string;

  @ManyToOne(() => CohortEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'enrolments_cohort_id_fkey' })
  cohort?: CohortEntity;

  /** The cohort's provider, kept here so learnerRef uniqueness per provider is one index. */
  @Column({ name: 'provider_id', type: 'uuid' })
  providerId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'provider_id', foreignKeyConstraintName: 'enrolments_provider_id_fkey' })
  provider?: OrganisationEntity;

  @Index('enrolments_resident_id_idx')
  @Column({ name: 'resident_id', type: 'uuid', nullable: true })
  residentId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'resident_id', foreignKeyConstraintName: 'enrolments_resident_id_fkey' })
  resident?: UserEntity;

  @Column({ name: 'reported_by_provider', type: 'boolean', default: false })
  reportedByProvider: boolean;

  @Column({ type: 'enum', enum: EnrolmentStatus, enumName: 'enrolment_status' })
  status: EnrolmentStatus;

  @Column({ name: 'learner_ref', type: 'varchar', length: 64, nullable: true })
  learnerRef: string | null;

  @Column({ name: 'completion_date', type: 'date', nullable: true })
  completionDate: string | null;

  @Column({ name: 'qualifications_achieved', type: 'text', array: true, default: '{}' })
  qualificationsAchieved: string[];

  @Column({ name: 'rejection_reason', type: 'text', nullable: true })
  rejectionReason: string | null;

  /**
   * Every status the record has ever reached, one bit each (ENQUIRED 1, APPLIED 2, OFFERED 4, ENROLLED 8, COMPLETED 16: the funnel's stage order).
   * Kept by triggers on the status history (migration StagesReached), so a metrics run reads one column instead of
   * folding millions of history rows; never written or read through the entity, so a save cannot overwrite it.
   */
  @Column({ name: 'stages_reached', type: 'smallint', default: 0, select: false, insert: false, update: false })
  stagesReached?: number;

  @RecordKeyColumn()
  recordKey?: number;

  /** The resident's demographics the day the record was made: equality data, never loaded (DemographicSnapshotColumns). */
  @Column(() => DemographicSnapshotColumns, { prefix: false })
  snapshot?: DemographicSnapshotColumns;

  /** When the record was made; a provider's return may date it to when the learner enquired. */
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
