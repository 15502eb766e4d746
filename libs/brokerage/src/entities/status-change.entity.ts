import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ApplicationEntity } from './application.entity';
import { EnrolmentEntity } from './enrolment.entity';

/** One step of an enrolment's history: the status it moved to, when, and the role of whoever moved it. */
@Entity('enrolment_status_changes')
export class EnrolmentStatusChangeEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  @Index('enrolment_status_changes_enrolment_id_idx')
  @Column({ name: 'enrolment_id', type: 'uuid' })
  enrolmentId: string;

  @ManyToOne(() => EnrolmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enrolment_id', foreignKeyConstraintName: 'enrolment_status_changes_enrolment_id_fkey' })
  enrolment?: EnrolmentEntity;

  @Column({ type: 'varchar', length: 16 })
  status: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  @Column({ name: 'by_role', type: 'varchar', length: 16 })
  byRole: string;

  /** Why, when an organisation or the platform ended the record (a withdrawal, a filled vacancy); the resident sees it. */
  @Column({ type: 'text', nullable: true })
  reason: string | null;
}

/** One step of an application's history. */
@Entity('application_status_changes')
export class ApplicationStatusChangeEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  @Index('application_status_changes_application_id_idx')
  @Column({ name: 'application_id', type: 'uuid' })
  applicationId: string;

  @ManyToOne(() => ApplicationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id', foreignKeyConstraintName: 'application_status_changes_application_id_fkey' })
  application?: ApplicationEntity;

  @Column({ type: 'varchar', length: 16 })
  status: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  @Column({ name: 'by_role', type: 'varchar', length: 16 })
  byRole: string;

  /** Why, when an organisation or the platform ended the record (a withdrawal, a filled vacancy); the resident sees it. */
  @Column({ type: 'text', nullable: true })
  reason: string | null;
}
