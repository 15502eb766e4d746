import {
  Check,
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
import { WardEntity } from '@app/reference';
import { ContractType, VacancyStatus, Workplace } from '../vacancy.enums';

// Full-text index (GIN) over search_vector, created by hand in a migration: TypeORM cannot describe a GIN index.
@Index('vacancies_search_idx', { synchronize: false })
@Check('vacancies_salary_check', '"salary_min_pence" >= 0 AND "salary_min_pence" <= "salary_max_pence"')
@Check('vacancies_positions_check', '"positions_filled" >= 0 AND "positions_filled" <= "positions"')
@Entity('vacancies')
export class VacancyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /**
   * The words searched and ranked: kept from the title and description by a trigger of migration SearchVectors on every
   * insert and update (TypeORM cannot describe a generated column without a metadata table of its own), so a search
   * never works them out again per row. Never read into Node or written by it.
   */
  @Column({ name: 'search_vector', type: 'tsvector', select: false, insert: false, update: false })
  searchVector?: string;

  @Index('vacancies_employer_id_idx')
  @Column({ name: 'employer_id', type: 'uuid' })
  employerId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'employer_id', foreignKeyConstraintName: 'vacancies_employer_id_fkey' })
  employer?: OrganisationEntity;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ name: 'salary_min_pence', type: 'integer' })
  salaryMinPence: number;

  @Column({ name: 'salary_max_pence', type: 'integer' })
  salaryMaxPence: number;

  /** Numeric so 37.5 is exact; read back as a number (see the transformer). */
  @Column({
    name: 'hours_per_week',
    type: 'numeric',
    precision: 4,
    scale: 1,
    transformer: { to: (value: number) => value, from: (value: string) => Number(value) },
  })
  hoursPerWeek: number;

  @Column({ type: 'enum', enum: ContractType, enumName: 'contract_type' })
  contract: ContractType;

  @Column({ type: 'enum', enum: Workplace, enumName: 'workplace' })
  workplace: Workplace;

  @Column({ name: 'ward_code', type: 'varchar', length: 9, nullable: true })
  wardCode: string | null;

  @ManyToOne(() => WardEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'ward_code', referencedColumnName: 'code', foreignKeyConstraintName: 'vacancies_ward_code_fkey' })
  ward?: WardEntity;

  @Column({ type: 'integer', default: 1 })
  positions: number;

  @Column({ name: 'positions_filled', type: 'integer', default: 0 })
  positionsFilled: number;

  /** Σ weight of the requirements (2 per essential, 1 per desirable): the denominator of the match score. */
  @Column({ name: 'requirement_weight', type: 'smallint', default: 0 })
  requirementWeight: number;

  /** How many requirements are essential: fully qualified = all of them met. */
  @Column({ name: 'essential_requirements', type: 'smallint', default: 0 })
  essentialRequirements: number;

  @Column({ name: 'closes_on', type: 'date' })
  closesOn: string;

  /** As stored; an OPEN vacancy past its closing date reads as CLOSED (effectiveVacancyStatus). */
  @Index('vacancies_status_idx')
  @Column({ type: 'enum', enum: VacancyStatus, enumName: 'vacancy_status', default: VacancyStatus.DRAFT })
  status: VacancyStatus;

  @Column({ name: 'opened_at', type: 'timestamptz', nullable: true })
  openedAt: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
