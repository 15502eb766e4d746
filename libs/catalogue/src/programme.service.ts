import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager, In } from 'typeorm';
import { definedFields, fetchKeysetPage, fullTextSearch, KeysetPage, KeysetPosition, SqlParams } from '@app/database';
import { InvalidInputError } from '@app/errors';
import { isStaffReader, isVerifiedOrganisation, Requester, verifiedOrganisationIdsSql, Viewer } from '@app/identity';
import { LEVEL_VALUE, londonToday } from '@app/reference';
import { CatalogueError } from './catalogue.error';
import { ProgrammeKind } from './catalogue.enums';
import { openCohortSql } from './cohort-status';
import { ProgrammeEntity } from './entities/programme.entity';
import { eligibilityRulesOf } from './programme-eligibility';
import { ProgrammePrerequisiteEntity, ProgrammeSkillTaughtEntity } from './entities/programme-skill.entity';
import {
  NewProgramme,
  ProgrammeChanges,
  ProgrammeFilter,
  SkillLevelInput,
  SkillRequirementInput,
} from './programme-input';

/** A member of an organisation, as much of identity's Requester as ownership checks need. */
export type Member = Pick<Requester, 'organisationId'>;

/** Identity decides which providers are verified; catalogue lists only their programmes to the public. */
const PROVIDER_VERIFIED = `p.provider_id IN (${verifiedOrganisationIdsSql()})`;

/** A programme's title and summary as words, kept by PostgreSQL (migration SearchVectors). */
const SEARCH_VECTOR = 'p.search_vector';

@Injectable()
export class ProgrammeService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A draft (unpublished) programme of the member's provider organisation. */
  async create(member: Member, input: NewProgramme): Promise<ProgrammeEntity> {
    return this.dataSource.transaction(async (manager) => {
      const programme = manager.create(ProgrammeEntity, {
        providerId: member.organisationId!,
        kind: input.kind,
        tLevelCode: input.kind === ProgrammeKind.T_LEVEL ? input.tLevelCode! : null,
        published: false,
        ...this.columns(input),
      });
      const saved = await manager.save(programme);
      await this.replaceSkillsTaught(manager, saved.id, input.skillsTaught);
      await this.replacePrerequisites(manager, saved.id, input.prerequisites ?? []);
      return saved;
    });
  }

  async update(member: Member, id: string, changes: ProgrammeChanges): Promise<ProgrammeEntity> {
    return this.dataSource.transaction(async (manager) => {
      const programme = await this.lockOwned(manager, member, id);
      Object.assign(programme, this.columns({ ...this.asInput(programme), ...definedFields(changes) }));
      const costProblem = programme.fullyFunded && programme.costPence > 0;
      const ageProblem = programme.minAge !== null && programme.maxAge !== null && programme.minAge > programme.maxAge;
      if (costProblem || ageProblem) {
        throw new InvalidInputError([
          ...(costProblem
            ? [{ path: 'input.costPence', message: 'a fully funded programme must cost learners nothing' }]
            : []),
          ...(ageProblem ? [{ path: 'input.eligibility.maxAge', message: 'maxAge must not be below minAge' }] : []),
        ]);
      }
      const saved = await manager.save(programme);
      if (changes.skillsTaught) await this.replaceSkillsTaught(manager, id, changes.skillsTaught);
      if (changes.prerequisites) await this.replacePrerequisites(manager, id, changes.prerequisites);
      return saved;
    });
  }

  /** Makes the programme public. Only a verified provider may publish; publishing twice changes nothing. */
  async publish(member: Member, id: string): Promise<ProgrammeEntity> {
    return this.dataSource.transaction(async (manager) => {
      const programme = await this.lockOwned(manager, member, id);
      if (!(await isVerifiedOrganisation(manager, programme.providerId)))
        throw CatalogueError.notVerified('publish programmes');
      if (!programme.published) {
        programme.published = true;
        programme.publishedAt = new Date();
        await manager.save(programme);
      }
      return programme;
    });
  }

  /** Which of `ids` (uuids) name programmes anyone may see: published by a verified provider. */
  async publishedIds(ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT p.id FROM programmes p
       WHERE p.id = ANY($1::uuid[]) AND p.published AND ${PROVIDER_VERIFIED}`,
      [ids],
    );
    return new Set(rows.map((row) => row.id));
  }

  /**
   * The programme when the viewer may see it: published by a verified provider for everyone; any of its own for the
   * provider's members; any for brokers and admins. Null otherwise, so its existence is not confirmed.
   */
  async findVisible(viewer: Viewer, id: string): Promise<ProgrammeEntity | null> {
    if (!isUUID(id)) return null;
    const programme = await this.dataSource.getRepository(ProgrammeEntity).findOneBy({ id });
    if (!programme) return null;
    if (isStaffReader(viewer) || viewer?.organisationId === programme.providerId) return programme;
    if (!programme.published) return null;
    return (await isVerifiedOrganisation(this.dataSource.manager, programme.providerId)) ? programme : null;
  }

  /** Published programmes of verified providers, with the contract's filters; ranked when searching. */
  listPublic(filter: ProgrammeFilter, limit: number, after?: KeysetPosition): Promise<KeysetPage<ProgrammeEntity>> {
    const sql = new SqlParams();
    const where = ['p.published', PROVIDER_VERIFIED];
    if (filter.kinds?.length) where.push(`p.kind = ANY(${sql.param(filter.kinds)}::programme_kind[])`);
    if (filter.delivery?.length) where.push(`p.delivery = ANY(${sql.param(filter.delivery)}::delivery_mode[])`);
    if (filter.fullyFundedOnly) where.push('p.fully_funded');
    if (filter.wardCode) where.push(`p.ward_code = ${sql.param(filter.wardCode)}`);
    if (filter.startingWithinDays != null) {
      const today = sql.param(londonToday());
      where.push(
        `EXISTS (SELECT 1 FROM cohorts c WHERE c.programme_id = p.id AND ${openCohortSql('c', today)}
           AND c.start_date <= ${today}::date + ${sql.param(filter.startingWithinDays)}::int)`,
      );
    }
    if (filter.skillIds?.length) {
      where.push(
        `EXISTS (SELECT 1 FROM programme_skills_taught t WHERE t.programme_id = p.id AND t.skill_id = ANY(${sql.param(filter.skillIds)}::uuid[]))`,
      );
    }
    const search = fullTextSearch(sql, SEARCH_VECTOR, filter.search);
    if (search.where) where.push(search.where);
    return this.page(sql, where, search.rank, limit, after);
  }

  /** Every programme of the member's organisation, newest first. */
  listOwn(member: Member, limit: number, after?: KeysetPosition): Promise<KeysetPage<ProgrammeEntity>> {
    const sql = new SqlParams();
    return this.page(sql, [`p.provider_id = ${sql.param(member.organisationId)}`], '0::real', limit, after);
  }

  private page(
    sql: SqlParams,
    where: string[],
    rank: string,
    limit: number,
    after?: KeysetPosition,
  ): Promise<KeysetPage<ProgrammeEntity>> {
    const from = `FROM programmes p WHERE ${where.join(' AND ')}`;
    return fetchKeysetPage(this.dataSource, sql, {
      from,
      alias: 'p',
      rank,
      limit,
      after,
      load: (ids) => this.findByIds(ids),
    });
  }

  findByIds(ids: readonly string[]): Promise<ProgrammeEntity[]> {
    return ids.length
      ? this.dataSource.getRepository(ProgrammeEntity).findBy({ id: In([...ids]) })
      : Promise.resolve([]);
  }

  skillsTaughtFor(programmeIds: readonly string[]): Promise<ProgrammeSkillTaughtEntity[]> {
    return this.dataSource
      .getRepository(ProgrammeSkillTaughtEntity)
      .find({ where: { programmeId: In([...programmeIds]) }, relations: { skill: true }, order: { level: 'DESC' } });
  }

  prerequisitesFor(programmeIds: readonly string[]): Promise<ProgrammePrerequisiteEntity[]> {
    return this.dataSource.getRepository(ProgrammePrerequisiteEntity).find({
      where: { programmeId: In([...programmeIds]) },
      relations: { skill: true },
      order: { essential: 'DESC' },
    });
  }

  /** The programme, locked for update, when it belongs to the member's organisation; NOT_FOUND otherwise. */
  async lockOwned(manager: EntityManager, member: Member, id: string): Promise<ProgrammeEntity> {
    const programme = isUUID(id)
      ? await manager.getRepository(ProgrammeEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!programme || !member.organisationId || programme.providerId !== member.organisationId) {
      throw CatalogueError.programmeNotFound();
    }
    return programme;
  }

  private columns(input: Omit<NewProgramme, 'kind' | 'tLevelCode'>): Partial<ProgrammeEntity> {
    const eligibility = input.eligibility;
    return {
      title: input.title,
      summary: input.summary,
      qualifications: input.qualifications ?? [],
      durationWeeks: input.durationWeeks,
      hoursPerWeek: input.hoursPerWeek,
      delivery: input.delivery,
      wardCode: input.wardCode ?? null,
      fullyFunded: input.fullyFunded,
      costPence: input.costPence ?? 0,
      minAge: eligibility.minAge ?? null,
      maxAge: eligibility.maxAge ?? null,
      employmentStatuses: eligibility.employmentStatuses ?? [],
      residency: eligibility.residency,
      targetGroups: eligibility.targetGroups ?? [],
      minQualificationLevel: eligibility.minQualificationLevel ?? null,
      guaranteedInterview: input.guaranteedInterview ?? false,
      lendsDevices: input.lendsDevices ?? false,
      providesData: input.providesData ?? false,
    };
  }

  /** The stored programme in the shape of an input, so a partial update can be laid over it. */
  private asInput(programme: ProgrammeEntity): Omit<NewProgramme, 'kind' | 'tLevelCode'> {
    return {
      ...programme,
      skillsTaught: [],
      eligibility: eligibilityRulesOf(programme),
    };
  }

  private async replaceSkillsTaught(manager: EntityManager, programmeId: string, taught: readonly SkillLevelInput[]) {
    await manager.delete(ProgrammeSkillTaughtEntity, { programmeId });
    await manager.insert(
      ProgrammeSkillTaughtEntity,
      taught.map((t) => ({ programmeId, skillId: t.skillId, level: LEVEL_VALUE[t.level] })),
    );
  }

  private async replacePrerequisites(
    manager: EntityManager,
    programmeId: string,
    prerequisites: readonly SkillRequirementInput[],
  ) {
    await manager.delete(ProgrammePrerequisiteEntity, { programmeId });
    if (prerequisites.length === 0) return;
    await manager.insert(
      ProgrammePrerequisiteEntity,
      prerequisites.map((p) => ({
        programmeId,
        skillId: p.skillId,
        level: LEVEL_VALUE[p.level],
        essential: p.essential,
      })),
    );
  }
}
