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
import { UserEntity } from '@app/identity';
import { VacancyEntity } from '@app/vacancies';
import { ApplicationStatus } from '../brokerage.enums';
import { DemographicSnapshotColumns } from './demographic-snapshot.columns';
import { RecordKeyColumn } from './record-key.column';

/** A resident's application to a vacancy; one live application per (resident, vacancy). Anonymous once deleted. */
@Index('applications_live_resident_vacancy_key', ['residentId', 'vacancyId'], {
  unique: true,
  where: `resident_id IS NOT NULL AND status NOT IN ('WITHDRAWN', 'REJECTED')`,
})
@Entity('applications')
export class ApplicationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('applications_vacancy_id_idx')
  @Column({ name: 'vacancy_id', type: 'uuid' })
  vacancyId: string;

  @ManyToOne(() => VacancyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'vacancy_id', foreignKeyConstraintName: 'applications_vacancy_id_fkey' })
  vacancy?: VacancyEntity;

  @Index('applications_resident_id_idx')
  @Column({ name: 'resident_id', type: 'uuid', nullable: true })
  residentId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'resident_id', foreignKeyConstraintName: 'applications_resident_id_fkey' })
  resident?: UserEntity;

  @Column({ type: 'enum', enum: ApplicationStatus, enumName: 'application_status' })
  status: ApplicationStatus;

  @Column({ name: 'cover_note', type: 'text', nullable: true })
  coverNote: string | null;

  /** Decided when the resident applies (API.md), so a later change to the vacancy does not move the goalposts. */
  @Column({ name: 'guaranteed_interview', type: 'boolean' })
  guaranteedInterview: boolean;

  /**
   * The resident asked to be considered under the Disability Confident offer of an interview. Not equality data (it
   * says nothing of what the disability is) and shown only to the employer it was made to, as that request.
   */
  @Column({ name: 'disability_confident_interview', type: 'boolean', default: false })
  disabilityConfidentInterview: boolean;

  /**
   * Decided when the resident applies, like guaranteedInterview: they asked, the employer is Disability Confident and
   * they met every essential requirement then. Such an application cannot be rejected before INTERVIEWING.
   */
  @Column({ name: 'disability_confident_guaranteed', type: 'boolean', default: false })
  disabilityConfidentGuaranteed: boolean;

  /** Reasonable adjustments the resident asks for; the employer sees them from INTERVIEWING. */
  @Column({ type: 'text', nullable: true })
  adjustments: string | null;

  /** Why the employer rejected the application (RejectionReason), with their message and the skills not met. */
  @Column({ name: 'feedback_reason', type: 'varchar', length: 20, nullable: true })
  feedbackReason: string | null;

  @Column({ name: 'feedback_message', type: 'text', nullable: true })
  feedbackMessage: string | null;

  @Column({ name: 'feedback_unmet_skill_ids', type: 'uuid', array: true, default: '{}' })
  feedbackUnmetSkillIds: string[];

  /**
   * Every status the record has ever reached, one bit each (APPLIED 1, SHORTLISTED 2, INTERVIEWING 4, OFFERED 8, HIRED 16: the funnel's stage order).
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

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
