import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { WardEntity } from '@app/reference';
import { DisabilityConfidentLevel, OrganisationKind } from '../role';

@Entity('organisations')
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'enum', enum: OrganisationKind, enumName: 'organisation_kind' })
  kind: OrganisationKind;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'boolean', default: false })
  verified: boolean;

  @Column({ name: 'verified_at', type: 'timestamptz', nullable: true })
  verifiedAt: Date | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  website: string | null;

  /** One of the 32 Manchester ward codes (checked against the reference table by a foreign key). */
  @Column({ name: 'ward_code', type: 'varchar', length: 9, nullable: true })
  wardCode: string | null;

  @ManyToOne(() => WardEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'ward_code',
    referencedColumnName: 'code',
    foreignKeyConstraintName: 'organisations_ward_code_fkey',
  })
  ward?: WardEntity;

  @Column({ name: 'real_living_wage_employer', type: 'boolean', default: false })
  realLivingWageEmployer: boolean;

  @Column({ name: 'good_employment_charter', type: 'boolean', default: false })
  goodEmploymentCharter: boolean;

  @Column({
    name: 'disability_confident',
    type: 'enum',
    enum: DisabilityConfidentLevel,
    enumName: 'disability_confident_level',
    nullable: true,
  })
  disabilityConfident: DisabilityConfidentLevel | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
