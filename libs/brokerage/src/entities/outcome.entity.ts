import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OutcomeType } from '../brokerage.enums';
import { EnrolmentEntity } from './enrolment.entity';
import { RecordKeyColumn } from './record-key.column';

/**
 * What a completer went on to (API.md "Outcomes"). One outcome per (enrolment, type, start date), so a provider
 * re-sending a return changes nothing.
 */
@Index('outcomes_enrolment_type_start_key', ['enrolmentId', 'type', 'startDate'], { unique: true })
@Entity('outcomes')
export class OutcomeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'enrolment_id', type: 'uuid' })
  enrolmentId: string;

  @ManyToOne(() => EnrolmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enrolment_id', foreignKeyConstraintName: 'outcomes_enrolment_id_fkey' })
  enrolment?: EnrolmentEntity;

  @Column({ type: 'enum', enum: OutcomeType, enumName: 'outcome_type' })
  type: OutcomeType;

  @Column({ name: 'start_date', type: 'date' })
  startDate: string;

  @Column({ name: 'salary_pence', type: 'integer', nullable: true })
  salaryPence: number | null;

  @Column({ name: 'hours_per_week', type: 'real', nullable: true })
  hoursPerWeek: number | null;

  @RecordKeyColumn()
  recordKey?: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
