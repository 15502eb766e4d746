import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager, In } from 'typeorm';
import { Member, ProgrammeEntity, SkillRequirementInput } from '@app/catalogue';
import { definedFields, fetchKeysetPage, fullTextSearch, KeysetPage, KeysetPosition, SqlParams } from '@app/database';
import { InvalidInputError } from '@app/errors';
import { isStaffReader, isVerifiedOrganisation, verifiedOrganisationIdsSql, Viewer } from '@app/identity';
import { requirementWeight } from '@app/matching';
import { LEVEL_VALUE, londonToday, paysRealLivingWageSql, realLivingWageOnSql } from '@app/reference';
import { VacancyGuaranteedInterviewEntity, VacancyRequirementEntity } from './entities/vacancy-requirement.entity';
import { VacancyEntity } from './entities/vacancy.entity';
import { NewVacancy, VacancyChanges, VacancyFilter } from './vacancy-input';
import { canMove, effectiveVacancyStatus } from './vacancy-rules';
import { VacancyStatus } from './vacancy.enums';
import { VacancyError, VacancyErrorReason } from './vacancy.error';
import { publishVacancyEvent, VacancyEventType } from './vacancy.events';

/** Identity decides which employers are verified; vacancies lists only theirs to the public. */
const EMPLOYER_VERIFIED = `v.employer_id IN (${verifiedOrganisationIdsSql()})`;

/** A vacancy's title and description as words, kept by PostgreSQL (migration SearchVectors). */
const SEARCH_VECTOR = 'v.search_vector';

@Injectable()
export class VacancyService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A DRAFT vacancy of the member's employer organisation. */
  create(member: Member, input: NewVacancy): Promise<VacancyEntity> {
    return this.dataSource.transaction(async (manager) => {
      const vacancy = await manager.save(
        manager.create(VacancyEntity, {
          ...this.columns(input),
          employerId: member.organisationId!,
          status: VacancyStatus.DRAFT,
          positionsFilled: 0,
        }),
      );
      await this.replaceRequirements(manager, vacancy.id, input.requirements);
      await this.replaceGuaranteedInterviews(manager, vacancy.id, input.guaranteedInterviewProgrammeIds ?? []);
      return vacancy;
    });
  }

  /** Changes a DRAFT or OPEN vacancy; a CLOSED or FILLED one is final. */
  update(member: Member, id: string, changes: VacancyChanges): Promise<VacancyEntity> {
    return this.dataSource.transaction(async (manager) => {
      const vacancy = await this.lockOwned(manager, member, id);
      const status = effectiveVacancyStatus(vacancy, londonToday());
      if (status === VacancyStatus.CLOSED || status === VacancyStatus.FILLED) {
        throw this.illegal(`A ${status.toLowerCase()} vacancy cannot be changed`);
      }
      const defined = definedFields(changes);
      Object.assign(vacancy, this.columns({ ...vacancy, ...defined } as NewVacancy));
      const problems = [
        ...(vacancy.salaryMinPence > vacancy.salaryMaxPence
          ? [{ path: 'input.salaryMaxPence', message: 'salaryMaxPence must not be below salaryMinPence' }]
          : []),
        // Hiring is what fills a vacancy and closes its other applications (brokerage): positions lowered to the
        // number filled would leave it OPEN, listed and taking applications that no hire could ever answer.
        ...(vacancy.positionsFilled > 0 && vacancy.positions <= vacancy.positionsFilled
          ? [
              {
                path: 'input.positions',
                message: `positions must be more than the ${vacancy.positionsFilled} already filled; to stop recruiting, close the vacancy`,
              },
            ]
          : []),
      ];
      if (problems.length) throw new InvalidInputError(problems);
      const saved = await manager.save(vacancy);
      if (changes.requirements) await this.replaceRequirements(manager, id, changes.requirements);
      if (changes.guaranteedInterviewProgrammeIds) {
        await this.replaceGuaranteedInterviews(manager, id, changes.guaranteedInterviewProgrammeIds);
      }
      return saved;
    });
  }

  /** DRAFT → OPEN. Only a verified employer may open a vacancy, and not once its closing date has passed. */
  open(member: Member, id: string): Promise<VacancyEntity> {
    return this.dataSource.transaction(async (manager) => {
      const vacancy = await this.lockOwned(manager, member, id);
      if (!(await isVerifiedOrganisation(manager, vacancy.employerId))) {
        throw new VacancyError(
          'FORBIDDEN',
          VacancyErrorReason.ORGANISATION_NOT_VERIFIED,
          "Your organisation must be verified by the city's brokerage team before you can open vacancies",
        );
      }
      const status = effectiveVacancyStatus(vacancy, londonToday());
      if (!canMove(status, VacancyStatus.OPEN))
        throw this.illegal(`A ${status.toLowerCase()} vacancy cannot be opened`);
      if (vacancy.closesOn < londonToday()) {
        throw new InvalidInputError([
          { path: 'closesOn', message: 'the closing date has passed; change closesOn first' },
        ]);
      }
      vacancy.status = VacancyStatus.OPEN;
      vacancy.openedAt = new Date();
      const saved = await manager.save(vacancy);
      const payload = { vacancyId: vacancy.id, employerId: vacancy.employerId };
      await publishVacancyEvent(manager, { type: VacancyEventType.VACANCY_OPENED, payload });
      return saved;
    });
  }

  /** OPEN → CLOSED, by the employer. */
  close(member: Member, id: string): Promise<VacancyEntity> {
    return this.dataSource.transaction(async (manager) => {
      const vacancy = await this.lockOwned(manager, member, id);
      const status = effectiveVacancyStatus(vacancy, londonToday());
      if (!canMove(status, VacancyStatus.CLOSED))
        throw this.illegal(`A ${status.toLowerCase()} vacancy cannot be closed`);
      vacancy.status = VacancyStatus.CLOSED;
      vacancy.closedAt = new Date();
      return manager.save(vacancy);
    });
  }

  /**
   * The vacancy when the viewer may see it: anything but a draft of a verified employer for everyone; any of its own
   * for the employer's members; any for brokers and admins. Null otherwise.
   */
  async findVisible(viewer: Viewer, id: string): Promise<VacancyEntity | null> {
    if (!isUUID(id)) return null;
    const vacancy = await this.dataSource.getRepository(VacancyEntity).findOneBy({ id });
    if (!vacancy) return null;
    if (isStaffReader(viewer) || viewer?.organisationId === vacancy.employerId) return vacancy;
    if (vacancy.status === VacancyStatus.DRAFT) return null;
    return (await isVerifiedOrganisation(this.dataSource.manager, vacancy.employerId)) ? vacancy : null;
  }

  /** OPEN vacancies (closing today or later) of verified employers, with the contract's filters; ranked when searching. */
  listPublic(filter: VacancyFilter, limit: number, after?: KeysetPosition): Promise<KeysetPage<VacancyEntity>> {
    const sql = new SqlParams();
    const today = sql.param(londonToday());
    const where = [EMPLOYER_VERIFIED, `v.status = 'OPEN'`, `v.closes_on >= ${today}::date`];
    if (filter.workplaces?.length) where.push(`v.workplace = ANY(${sql.param(filter.workplaces)}::workplace[])`);
    if (filter.contracts?.length) where.push(`v.contract = ANY(${sql.param(filter.contracts)}::contract_type[])`);
    if (filter.wardCode) where.push(`v.ward_code = ${sql.param(filter.wardCode)}`);
    if (filter.realLivingWageOnly) {
      where.push(paysRealLivingWageSql('v.salary_min_pence', 'v.hours_per_week', realLivingWageOnSql(today)));
    }
    // "Pays at least": the whole range, so a job never pays less than asked.
    if (filter.minSalaryPence != null) where.push(`v.salary_min_pence >= ${sql.param(filter.minSalaryPence)}`);
    if (filter.maxHoursPerWeek != null) where.push(`v.hours_per_week <= ${sql.param(filter.maxHoursPerWeek)}`);
    if (filter.skillIds?.length) {
      where.push(
        `EXISTS (SELECT 1 FROM vacancy_requirements r WHERE r.vacancy_id = v.id AND r.skill_id = ANY(${sql.param(filter.skillIds)}::uuid[]))`,
      );
    }
    const search = fullTextSearch(sql, SEARCH_VECTOR, filter.search);
    if (search.where) where.push(search.where);
    return this.page(sql, where, search.rank, limit, after);
  }

  /** Every vacancy of the member's organisation, newest first. */
  listOwn(member: Member, limit: number, after?: KeysetPosition): Promise<KeysetPage<VacancyEntity>> {
    const sql = new SqlParams();
    return this.page(sql, [`v.employer_id = ${sql.param(member.organisationId)}`], '0::real', limit, after);
  }

  private page(
    sql: SqlParams,
    where: string[],
    rank: string,
    limit: number,
    after?: KeysetPosition,
  ): Promise<KeysetPage<VacancyEntity>> {
    const from = `FROM vacancies v WHERE ${where.join(' AND ')}`;
    return fetchKeysetPage(this.dataSource, sql, {
      from,
      alias: 'v',
      rank,
      limit,
      after,
      load: (ids) => this.findByIds(ids),
    });
  }

  findByIds(ids: readonly string[]): Promise<VacancyEntity[]> {
    return ids.length ? this.dataSource.getRepository(VacancyEntity).findBy({ id: In([...ids]) }) : Promise.resolve([]);
  }

  requirementsFor(vacancyIds: readonly string[]): Promise<VacancyRequirementEntity[]> {
    return this.dataSource
      .getRepository(VacancyRequirementEntity)
      .find({ where: { vacancyId: In([...vacancyIds]) }, relations: { skill: true } });
  }

  async guaranteedInterviewProgrammesFor(
    vacancyIds: readonly string[],
  ): Promise<{ vacancyId: string; programme: ProgrammeEntity }[]> {
    const rows = await this.dataSource
      .getRepository(VacancyGuaranteedInterviewEntity)
      .find({ where: { vacancyId: In([...vacancyIds]) }, relations: { programme: true } });
    return rows.map((row) => ({ vacancyId: row.vacancyId, programme: row.programme! }));
  }

  private async lockOwned(manager: EntityManager, member: Member, id: string): Promise<VacancyEntity> {
    const vacancy = isUUID(id)
      ? await manager.getRepository(VacancyEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!vacancy || !member.organisationId || vacancy.employerId !== member.organisationId)
      throw VacancyError.notFound();
    return vacancy;
  }

  private illegal(message: string): VacancyError {
    return new VacancyError('CONFLICT', VacancyErrorReason.ILLEGAL_TRANSITION, message);
  }

  private columns(input: NewVacancy): Partial<VacancyEntity> {
    return {
      title: input.title,
      description: input.description,
      salaryMinPence: input.salaryMinPence,
      salaryMaxPence: input.salaryMaxPence,
      hoursPerWeek: input.hoursPerWeek,
      contract: input.contract,
      workplace: input.workplace,
      wardCode: input.wardCode ?? null,
      positions: input.positions ?? 1,
      closesOn: input.closesOn,
    };
  }

  private async replaceRequirements(
    manager: EntityManager,
    vacancyId: string,
    requirements: readonly SkillRequirementInput[],
  ) {
    // Σ weight (the scoring model's) and the number of essentials, kept beside the requirements in the same
    // transaction so matching never has to re-count them.
    const weight = requirementWeight(requirements);
    await manager.delete(VacancyRequirementEntity, { vacancyId });
    await manager.insert(
      VacancyRequirementEntity,
      requirements.map((r) => ({
        vacancyId,
        skillId: r.skillId,
        level: LEVEL_VALUE[r.level],
        essential: r.essential,
        vacancyWeight: weight,
      })),
    );
    await manager.update(
      VacancyEntity,
      { id: vacancyId },
      { requirementWeight: weight, essentialRequirements: requirements.filter((r) => r.essential).length },
    );
  }

  private async replaceGuaranteedInterviews(
    manager: EntityManager,
    vacancyId: string,
    programmeIds: readonly string[],
  ) {
    await manager.delete(VacancyGuaranteedInterviewEntity, { vacancyId });
    if (programmeIds.length === 0) return;
    await manager.insert(
      VacancyGuaranteedInterviewEntity,
      programmeIds.map((programmeId) => ({ vacancyId, programmeId })),
    );
  }
}
