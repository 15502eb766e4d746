import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ProgrammeEntity } from './programme.entity';
import { TimeSlot } from '../catalogue.enums';

/** One intake of a programme. `placesTaken` is kept by the enrolment workflow and never exceeds `capacity`. */
@Check('cohorts_places_check', '"places_taken" >= 0 AND "places_taken" <= "capacity"')
@Check('cohorts_dates_check', '"end_date" > "start_date" AND "applications_close_on" <= "start_date"')
@Entity('cohorts')
export class CohortEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('cohorts_programme_id_idx')
  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'cohorts_programme_id_fkey' })
  programme?: ProgrammeEntity;

  @Column({ name: 'start_date', type: 'date' })
  startDate: string;

  @Column({ name: 'end_date', type: 'date' })
  endDate: string;

  @Column({ name: 'applications_close_on', type: 'date' })
  applicationsCloseOn: string;

  @Column({ type: 'integer' })
  capacity: number;

  @Column({ name: 'places_taken', type: 'integer', default: 0 })
  placesTaken: number;

  /** When in the week its sessions run (TimeSlot values); empty when the provider has not said. */
  @Column({ name: 'delivery_times', type: 'text', array: true, default: '{}' })
  deliveryTimes: TimeSlot[];

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
