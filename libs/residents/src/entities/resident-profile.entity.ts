import { Column, Entity, JoinColumn, ManyToOne, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { EmploymentStatus, TimeSlot } from '@app/catalogue';
import { UserEntity } from '@app/identity';
import { WardEntity } from '@app/reference';

/** A resident's circumstances. One row per RESIDENT user, created on first change (defaults before that). */
@Entity('resident_profiles')
export class ResidentProfileEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @OneToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'resident_profiles_user_id_fkey' })
  user?: UserEntity;

  @Column({ name: 'ward_code', type: 'varchar', length: 9, nullable: true })
  wardCode: string | null;

  @ManyToOne(() => WardEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'ward_code',
    referencedColumnName: 'code',
    foreignKeyConstraintName: 'resident_profiles_ward_code_fkey',
  })
  ward?: WardEntity;

  @Column({ name: 'lives_in_greater_manchester', type: 'boolean', default: false })
  livesInGreaterManchester: boolean;

  @Column({ name: 'date_of_birth', type: 'date', nullable: true })
  dateOfBirth: string | null;

  @Column({
    name: 'employment_status',
    type: 'enum',
    enum: EmploymentStatus,
    enumName: 'employment_status',
    nullable: true,
  })
  employmentStatus: EmploymentStatus | null;

  @Column({ name: 'highest_qualification_level', type: 'smallint', nullable: true })
  highestQualificationLevel: number | null;

  @Column({ name: 'max_travel_km', type: 'smallint', nullable: true })
  maxTravelKm: number | null;

  @Column({ name: 'hours_available_per_week', type: 'smallint', nullable: true })
  hoursAvailablePerWeek: number | null;

  @Column({ name: 'has_device', type: 'boolean', default: false })
  hasDevice: boolean;

  @Column({ name: 'has_home_internet', type: 'boolean', default: false })
  hasHomeInternet: boolean;

  /** Skill categories of the taxonomy the resident would like to work in (docs/matching.md "Interests"). */
  @Column({ type: 'text', array: true, default: '{}' })
  interests: string[];

  /** When in the week the resident is free (TimeSlot values). */
  @Column({ name: 'available_times', type: 'text', array: true, default: '{}' })
  availableTimes: TimeSlot[];

  @Column({ name: 'share_profile_with_employers', type: 'boolean', default: false })
  shareProfileWithEmployers: boolean;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
