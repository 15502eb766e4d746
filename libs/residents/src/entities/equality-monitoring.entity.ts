import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '@app/identity';
import { Ethnicity, Gender, YesNoPreferNot } from '../resident.enums';

/**
 * A resident's equality monitoring answers, in a table of their own: no other entity has these columns, so no query
 * for a profile, a candidate or a learner can carry them by accident. Read only for the resident themselves, for
 * eligibility (silently) and, later, for demographic snapshots that are only ever aggregated.
 */
@Entity('equality_monitoring')
export class EqualityMonitoringEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @OneToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'equality_monitoring_user_id_fkey' })
  user?: UserEntity;

  @Column({ type: 'enum', enum: Ethnicity, enumName: 'ethnicity', nullable: true })
  ethnicity: Ethnicity | null;

  @Column({ type: 'enum', enum: Gender, enumName: 'gender', nullable: true })
  gender: Gender | null;

  @Column({ type: 'enum', enum: YesNoPreferNot, enumName: 'yes_no_prefer_not', nullable: true })
  trans: YesNoPreferNot | null;

  @Column({ type: 'enum', enum: YesNoPreferNot, enumName: 'yes_no_prefer_not', nullable: true })
  disability: YesNoPreferNot | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
