import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ProgrammeEntity } from '@app/catalogue';
import { SkillEntity } from '@app/reference';
import { VacancyEntity } from './vacancy.entity';

/**
 * A skill a vacancy needs, to `level` (1..4); essential ones decide `fullyQualified` (MATCHING.md). Matching reads
 * it by skill through a covering index (skill_id INCLUDE vacancy_id, level, essential, vacancy_weight), written by hand in a
 * migration because TypeORM cannot describe INCLUDE columns.
 */
@Index('vacancy_requirements_skill_covering_idx', { synchronize: false })
@Entity('vacancy_requirements')
export class VacancyRequirementEntity {
  @PrimaryColumn({ name: 'vacancy_id', type: 'uuid' })
  vacancyId: string;

  @PrimaryColumn({ name: 'skill_id', type: 'uuid' })
  skillId: string;

  @Column({ type: 'smallint' })
  level: number;

  @Column({ type: 'boolean' })
  essential: boolean;

  /**
   * The vacancy's Σ weight, copied onto each of its requirements (written together, in one transaction), so a
   * match score can be computed from the skill index alone before any vacancy row is read.
   */
  @Column({ name: 'vacancy_weight', type: 'smallint', default: 0 })
  vacancyWeight: number;

  @ManyToOne(() => VacancyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'vacancy_id', foreignKeyConstraintName: 'vacancy_requirements_vacancy_id_fkey' })
  vacancy?: VacancyEntity;

  @ManyToOne(() => SkillEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'skill_id', foreignKeyConstraintName: 'vacancy_requirements_skill_id_fkey' })
  skill?: SkillEntity;
}

/** A programme whose graduates this vacancy guarantees an interview (API.md "Application"). */
@Entity('vacancy_guaranteed_interview_programmes')
export class VacancyGuaranteedInterviewEntity {
  @PrimaryColumn({ name: 'vacancy_id', type: 'uuid' })
  vacancyId: string;

  @Index('vacancy_guaranteed_interview_programme_id_idx')
  @PrimaryColumn({ name: 'programme_id', type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => VacancyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'vacancy_id', foreignKeyConstraintName: 'vacancy_guaranteed_interview_vacancy_id_fkey' })
  vacancy?: VacancyEntity;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'vacancy_guaranteed_interview_programme_id_fkey' })
  programme?: ProgrammeEntity;
}
