import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '@app/identity';
import { SkillEntity } from '@app/reference';
import { SkillEvidence } from '../resident.enums';

/**
 * A skill a resident holds, at `level` (1..4), and how it is evidenced. Candidate matching reads it by skill through
 * a covering index (skill_id INCLUDE user_id, level), written by hand in a migration.
 */
@Index('resident_skills_skill_covering_idx', { synchronize: false })
@Entity('resident_skills')
export class ResidentSkillEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @PrimaryColumn({ name: 'skill_id', type: 'uuid' })
  skillId: string;

  @Column({ type: 'smallint' })
  level: number;

  @Column({ type: 'enum', enum: SkillEvidence, enumName: 'skill_evidence' })
  evidence: SkillEvidence;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'resident_skills_user_id_fkey' })
  user?: UserEntity;

  @ManyToOne(() => SkillEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'skill_id', foreignKeyConstraintName: 'resident_skills_skill_id_fkey' })
  skill?: SkillEntity;
}
