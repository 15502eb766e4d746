import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { EmploymentStatus, TimeSlot } from '@app/catalogue';
import { definedFields } from '@app/database';
import { setDisplayName } from '@app/identity';
import { LEVEL_VALUE, SkillLevel } from '@app/reference';
import { EqualityMonitoringEntity } from './entities/equality-monitoring.entity';
import { ResidentProfileEntity } from './entities/resident-profile.entity';
import { ResidentSkillEntity } from './entities/resident-skill.entity';
import { Ethnicity, EVIDENCE_STRENGTH, Gender, SkillEvidence, YesNoPreferNot } from './resident.enums';

export interface ProfileChanges {
  displayName?: string;
  wardCode?: string | null;
  livesInGreaterManchester?: boolean;
  dateOfBirth?: string | null;
  employmentStatus?: EmploymentStatus | null;
  highestQualificationLevel?: number | null;
  maxTravelKm?: number | null;
  hoursAvailablePerWeek?: number | null;
  hasDevice?: boolean;
  hasHomeInternet?: boolean;
  shareProfileWithEmployers?: boolean;
  interests?: string[];
  availableTimes?: TimeSlot[];
}

export interface EqualityAnswers {
  ethnicity?: Ethnicity | null;
  gender?: Gender | null;
  trans?: YesNoPreferNot | null;
  disability?: YesNoPreferNot | null;
}

/** The profile a resident has before they first change anything. */
function defaultProfile(userId: string): ResidentProfileEntity {
  return Object.assign(new ResidentProfileEntity(), {
    userId,
    wardCode: null,
    livesInGreaterManchester: false,
    dateOfBirth: null,
    employmentStatus: null,
    highestQualificationLevel: null,
    maxTravelKm: null,
    hoursAvailablePerWeek: null,
    hasDevice: false,
    hasHomeInternet: false,
    shareProfileWithEmployers: false,
    interests: [],
    availableTimes: [],
  });
}

@Injectable()
export class ResidentService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async profileOf(userId: string): Promise<ResidentProfileEntity> {
    return (await this.dataSource.getRepository(ResidentProfileEntity).findOneBy({ userId })) ?? defaultProfile(userId);
  }

  /** Applies the given fields (null clears a nullable one) in one transaction; the display name lives on the user. */
  updateProfile(userId: string, changes: ProfileChanges): Promise<ResidentProfileEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { displayName, ...profileChanges } = changes;
      if (displayName !== undefined) await setDisplayName(manager, userId, displayName);
      const current =
        (await manager.findOne(ResidentProfileEntity, { where: { userId }, lock: { mode: 'pessimistic_write' } })) ??
        defaultProfile(userId);
      const defined = definedFields(profileChanges);
      return manager.save(Object.assign(current, defined));
    });
  }

  /**
   * Sets the resident's self-declared skills. Skills evidenced more strongly (a completed course, a qualification) are
   * kept and never lowered: such a skill is only changed when the declared level is higher.
   */
  setSelfDeclaredSkills(userId: string, skills: readonly { skillId: string; level: SkillLevel }[]): Promise<void> {
    return this.dataSource.transaction(async (manager) => {
      const existing = await manager.find(ResidentSkillEntity, {
        where: { userId },
        lock: { mode: 'pessimistic_write' },
      });
      const evidenced = new Map(
        existing.filter((row) => EVIDENCE_STRENGTH[row.evidence] > 0).map((row) => [row.skillId, row]),
      );
      await manager.delete(ResidentSkillEntity, { userId, evidence: SkillEvidence.SELF_DECLARED });
      const rows = skills
        .map(({ skillId, level }) => ({
          userId,
          skillId,
          level: LEVEL_VALUE[level],
          evidence: SkillEvidence.SELF_DECLARED,
        }))
        .filter((row) => (evidenced.get(row.skillId)?.level ?? 0) < row.level);
      if (rows.length) await manager.upsert(ResidentSkillEntity, rows, ['userId', 'skillId']);
    });
  }

  skillsOf(userIds: readonly string[]): Promise<ResidentSkillEntity[]> {
    return this.dataSource
      .getRepository(ResidentSkillEntity)
      .find({ where: { userId: In([...userIds]) }, relations: { skill: true } });
  }

  /** Records the resident's equality monitoring answers; a field left out keeps its answer, null removes it. */
  setEqualityMonitoring(userId: string, answers: EqualityAnswers): Promise<EqualityMonitoringEntity> {
    return this.dataSource.transaction(async (manager) => {
      const current =
        (await manager.findOne(EqualityMonitoringEntity, { where: { userId }, lock: { mode: 'pessimistic_write' } })) ??
        Object.assign(new EqualityMonitoringEntity(), {
          userId,
          ethnicity: null,
          gender: null,
          trans: null,
          disability: null,
        });
      const defined = definedFields(answers);
      return manager.save(Object.assign(current, defined));
    });
  }

  /** Only for the resident themselves (the API checks who asks) and for eligibility. */
  equalityMonitoringOf(userId: string): Promise<EqualityMonitoringEntity | null> {
    return this.dataSource.getRepository(EqualityMonitoringEntity).findOneBy({ userId });
  }
}
