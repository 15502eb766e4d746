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
import { OrganisationEntity } from '@app/identity';
import { TLevelPathwayEntity, WardEntity } from '@app/reference';
import { DeliveryMode, EmploymentStatus, ProgrammeKind, Residency, TargetGroup } from '../catalogue.enums';

// Full-text index (GIN) over search_vector, created by hand in a migration: TypeORM cannot describe a GIN index.
@Index('programmes_search_idx', { synchronize: false })
@Entity('programmes')
export class ProgrammeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /**
   * The words searched and ranked: kept from the title and summary by a trigger of migration SearchVectors on every
   * insert and update (TypeORM cannot describe a generated column without a metadata table of its own), so a search
   * never works them out again per row. Never read into Node or written by it.
   */
  @Column({ name: 'search_vector', type: 'tsvector', select: false, insert: false, update: false })
  searchVector?: string;

  @Index('programmes_provider_id_idx')
  @Column({ name: 'provider_id', type: 'uuid' })
  providerId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'provider_id', foreignKeyConstraintName: 'programmes_provider_id_fkey' })
  provider?: OrganisationEntity;

  @Column({ type: 'enum', enum: ProgrammeKind, enumName: 'programme_kind' })
  kind: ProgrammeKind;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text' })
  summary: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  qualifications: string[];

  @Column({ name: 'duration_weeks', type: 'smallint' })
  durationWeeks: number;

  @Column({ name: 'hours_per_week', type: 'smallint' })
  hoursPerWeek: number;

  @Column({ type: 'enum', enum: DeliveryMode, enumName: 'delivery_mode' })
  delivery: DeliveryMode;

  @Column({ name: 'ward_code', type: 'varchar', length: 9, nullable: true })
  wardCode: string | null;

  @ManyToOne(() => WardEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'ward_code',
    referencedColumnName: 'code',
    foreignKeyConstraintName: 'programmes_ward_code_fkey',
  })
  ward?: WardEntity;

  @Column({ name: 'fully_funded', type: 'boolean' })
  fullyFunded: boolean;

  @Column({ name: 'cost_pence', type: 'integer', default: 0 })
  costPence: number;

  @Column({ name: 'min_age', type: 'smallint', nullable: true })
  minAge: number | null;

  @Column({ name: 'max_age', type: 'smallint', nullable: true })
  maxAge: number | null;

  @Column({
    name: 'employment_statuses',
    type: 'enum',
    enum: EmploymentStatus,
    enumName: 'employment_status',
    array: true,
    default: () => "'{}'",
  })
  employmentStatuses: EmploymentStatus[];

  @Column({ type: 'enum', enum: Residency, enumName: 'residency', default: Residency.ANY })
  residency: Residency;

  @Column({
    name: 'target_groups',
    type: 'enum',
    enum: TargetGroup,
    enumName: 'target_group',
    array: true,
    default: () => "'{}'",
  })
  targetGroups: TargetGroup[];

  @Column({ name: 'min_qualification_level', type: 'smallint', nullable: true })
  minQualificationLevel: number | null;

  @Column({ name: 't_level_code', type: 'varchar', length: 12, nullable: true })
  tLevelCode: string | null;

  @ManyToOne(() => TLevelPathwayEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 't_level_code',
    referencedColumnName: 'larCode',
    foreignKeyConstraintName: 'programmes_t_level_code_fkey',
  })
  tLevelPathway?: TLevelPathwayEntity;

  @Column({ name: 'guaranteed_interview', type: 'boolean', default: false })
  guaranteedInterview: boolean;

  /** The provider lends a laptop or tablet to learners who have none (docs/matching.md "Digital access"). */
  @Column({ name: 'lends_devices', type: 'boolean', default: false })
  lendsDevices: boolean;

  /** The provider gives learners without home internet a data allowance or dongle. */
  @Column({ name: 'provides_data', type: 'boolean', default: false })
  providesData: boolean;

  @Index('programmes_published_idx')
  @Column({ type: 'boolean', default: false })
  published: boolean;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
