import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { SkillEntity } from '@app/reference';
import { ProgrammeEntity } from './programme.entity';

/** A skill a programme teaches, to `level` (1..4, MATCHING.md). */
@Entity('programme_skills_taught')
export class ProgrammeSkillTaughtEntity {
  @PrimaryColumn({ name: 'programme_id', type: 'uuid' })
  programmeId: string;

  @Index('programme_skills_taught_skill_id_idx')
  @PrimaryColumn({ name: 'skill_id', type: 'uuid' })
  skillId: string;

  @Column({ type: 'smallint' })
  level: number;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'programme_skills_taught_programme_id_fkey' })
  programme?: ProgrammeEntity;

  @ManyToOne(() => SkillEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'skill_id', foreignKeyConstraintName: 'programme_skills_taught_skill_id_fkey' })
  skill?: SkillEntity;
}

/** A skill a programme expects on entry, to `level`; essential ones decide eligibility (MATCHING.md). */
@Entity('programme_prerequisites')
export class ProgrammePrerequisiteEntity {
  @PrimaryColumn({ name: 'programme_id', type: 'uuid' })
  programmeId: string;

  @Index('programme_prerequisites_skill_id_idx')
  @PrimaryColumn({ name: 'skill_id', type: 'uuid' })
  skillId: string;

  @Column({ type: 'smallint' })
  level: number;

  @Column({ type: 'boolean' })
  essential: boolean;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'programme_prerequisites_programme_id_fkey' })
  programme?: ProgrammeEntity;

  @ManyToOne(() => SkillEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'skill_id', foreignKeyConstraintName: 'programme_prerequisites_skill_id_fkey' })
  skill?: SkillEntity;
}
