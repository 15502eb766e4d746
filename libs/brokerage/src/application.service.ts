import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '@app/audit';
import { fetchKeysetPage, KeysetPage, KeysetPosition, SqlParams } from '@app/database';
import { InvalidInputError } from '@app/errors';
import { programmesOfCohorts } from '@app/catalogue';
import { isStaffReader, OrganisationEntity, organisationById, Role } from '@app/identity';
import { londonToday, RealLivingWageService } from '@app/reference';
import {
  effectiveVacancyStatus,
  employerOfVacancy,
  fillPosition,
  guaranteedInterviewProgrammeIdsOf,
  lockVacancy,
  requirementsOfVacancy,
  shareLockVacancy,
  VacancyEntity,
  VacancyStatus,
} from '@app/vacancies';
import { Actor } from './actor';
import { ApplicationStatus, OutcomeType } from './brokerage.enums';
import { BrokerageError, BrokerageErrorReason } from './brokerage.error';
import { ApplicationEntity } from './entities/application.entity';
import { OutcomeEntity } from './entities/outcome.entity';
import { ApplicationStatusChangeEntity } from './entities/status-change.entity';
import { saveWithSnapshot } from './snapshot.repository';
import { publishApplicationChanges } from './brokerage.events';
import { closeOpenApplications, recordEmployment } from './hiring';
import { inMutation, recordStatusChange } from './status-history';
import { breaksGuaranteedInterview, canMoveApplication } from './transitions';
import { ApplicationFeedbackInput, feedbackProblems } from './feedback-rules';
import { hasDisabilityConfidentGuarantee } from './interview-guarantee';

/** What a resident may ask for when applying, beside the cover note. */
export interface ApplicationRequest {
  disabilityConfidentInterview?: boolean;
  adjustments?: string | null;
}

const LIVE_STATUSES = [
  ApplicationStatus.APPLIED,
  ApplicationStatus.SHORTLISTED,
  ApplicationStatus.INTERVIEWING,
  ApplicationStatus.OFFERED,
  ApplicationStatus.HIRED,
];

/** Applications to vacancies, from APPLIED to HIRED (API.md "State machines"). */
@Injectable()
export class ApplicationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly livingWage: RealLivingWageService,
  ) {}

  /**
   * Applies to an OPEN vacancy of a verified employer; one live application per resident and vacancy. `request`: the
   * Disability Confident offer of an interview asked for, and reasonable adjustments (docs/matching.md).
   */
  apply(
    actor: Actor,
    vacancyId: string,
    coverNote: string | null,
    request: ApplicationRequest = {},
  ): Promise<ApplicationEntity> {
    return this.inTransaction(async (manager) => {
      const { vacancy, employer } = await this.openVacancy(manager, vacancyId);
      const asked = request.disabilityConfidentInterview ?? false;
      const live = await manager.existsBy(ApplicationEntity, {
        residentId: actor.userId,
        vacancyId: vacancy.id,
        status: In(LIVE_STATUSES),
      });
      if (live) throw this.alreadyApplied();
      const application = await saveWithSnapshot(
        manager,
        manager.create(ApplicationEntity, {
          vacancyId: vacancy.id,
          residentId: actor.userId,
          status: ApplicationStatus.APPLIED,
          coverNote,
          guaranteedInterview: await this.hasGuaranteedInterview(manager, actor.userId, vacancy.id),
          disabilityConfidentInterview: asked,
          disabilityConfidentGuaranteed: await hasDisabilityConfidentGuarantee(
            manager,
            actor.userId,
            vacancy.id,
            asked,
            employer.disabilityConfident,
          ),
          adjustments: request.adjustments ?? null,
        }),
        actor.userId,
      );
      await recordStatusChange(manager, this.audit, actor, 'APPLICATION', application.id, ApplicationStatus.APPLIED);
      return application;
    });
  }

  withdraw(actor: Actor, id: string): Promise<ApplicationEntity> {
    return this.move(actor, id, ApplicationStatus.WITHDRAWN);
  }

  /** The employer's step; `feedback` only with a rejection (feedbackProblems). */
  advance(
    actor: Actor,
    id: string,
    to: ApplicationStatus,
    feedback?: ApplicationFeedbackInput | null,
  ): Promise<ApplicationEntity> {
    return this.move(actor, id, to, feedback);
  }

  pageForResident(residentId: string, limit: number, after?: KeysetPosition): Promise<KeysetPage<ApplicationEntity>> {
    const sql = new SqlParams();
    return this.page(sql, `FROM applications a WHERE a.resident_id = ${sql.param(residentId)}`, limit, after);
  }

  /** A vacancy's applications for its employer (brokers and admins may read any); otherwise NOT_FOUND. */
  async pageForVacancy(
    actor: Actor,
    vacancyId: string,
    status: ApplicationStatus | null,
    limit: number,
    after?: KeysetPosition,
  ): Promise<KeysetPage<ApplicationEntity>> {
    const employerId = isUUID(vacancyId) ? await employerOfVacancy(this.dataSource.manager, vacancyId) : null;
    if (!employerId || !(isStaffReader(actor) || employerId === actor.organisationId))
      throw BrokerageError.notFound('vacancy');
    const sql = new SqlParams();
    const statusFilter = status ? ` AND a.status = ${sql.param(status)}` : '';
    return this.page(
      sql,
      `FROM applications a WHERE a.vacancy_id = ${sql.param(vacancyId)}${statusFilter}`,
      limit,
      after,
    );
  }

  historyFor(applicationIds: readonly string[]): Promise<ApplicationStatusChangeEntity[]> {
    return this.dataSource
      .getRepository(ApplicationStatusChangeEntity)
      .find({ where: { applicationId: In([...applicationIds]) }, order: { at: 'ASC', id: 'ASC' } });
  }

  findByIds(ids: readonly string[]): Promise<ApplicationEntity[]> {
    return this.dataSource.getRepository(ApplicationEntity).findBy({ id: In([...ids]) });
  }

  private page(sql: SqlParams, from: string, limit: number, after?: KeysetPosition) {
    return fetchKeysetPage(this.dataSource, sql, {
      from,
      alias: 'a',
      rank: '0::real',
      limit,
      after,
      load: (ids) => this.findByIds(ids),
    });
  }

  /** One status step: the resident withdraws, or the employer moves the application on or rejects it. */
  private async move(
    actor: Actor,
    id: string,
    to: ApplicationStatus,
    feedback?: ApplicationFeedbackInput | null,
  ): Promise<ApplicationEntity> {
    // Read before the transaction: a transaction must not wait for a second pool connection while it holds the
    // vacancy's lock, or concurrent hires waiting on that lock could hold every connection.
    const livingWage = to === ApplicationStatus.HIRED ? await this.livingWage.hourlyPenceOn(londonToday()) : null;
    return this.inTransaction(async (manager) => {
      const { application, vacancy } = await this.lockApplication(manager, actor, id);
      if (feedback) {
        const required = await requirementsOfVacancy(manager, vacancy.id);
        const problems = feedbackProblems(
          feedback,
          to,
          required.map((r) => r.skillId),
        );
        if (problems.length) throw new InvalidInputError(problems);
      }
      if (application.status === ApplicationStatus.UNSUCCESSFUL) throw this.vacancyFilled();
      if (!canMoveApplication(application.status, to, actor.role)) throw BrokerageError.illegal(application.status, to);
      // Checked on the locked row, so a rejection racing the move to INTERVIEWING sees the one that committed first.
      if (breaksGuaranteedInterview(application, to)) {
        throw BrokerageError.conflict(
          BrokerageErrorReason.GUARANTEED_INTERVIEW,
          application.guaranteedInterview
            ? 'This applicant has a guaranteed interview: they can only be turned down once interviewed'
            : 'This applicant asked for an interview under Disability Confident and meets every essential requirement: they can only be turned down once interviewed',
        );
      }
      if (feedback && to === ApplicationStatus.REJECTED) {
        application.feedbackReason = feedback.reason;
        application.feedbackMessage = feedback.message || null;
        application.feedbackUnmetSkillIds = [...(feedback.unmetSkillIds ?? [])];
      }
      const filled = to === ApplicationStatus.HIRED && (await this.hire(manager, application, vacancy, livingWage));
      application.status = to;
      const saved = await manager.save(application);
      await recordStatusChange(manager, this.audit, actor, 'APPLICATION', application.id, to);
      if (filled) await closeOpenApplications(manager, this.audit, actor, vacancy.id);
      return saved;
    });
  }

  /**
   * Fills a position with a conditional UPDATE (never more hires than positions, under any concurrency), marks the
   * vacancy FILLED with the last one, records the resident's new employment status (`recordEmployment`) and a NEW_JOB
   * outcome on their latest completed enrolment. True when this hire filled the vacancy.
   */
  private async hire(
    manager: EntityManager,
    application: ApplicationEntity,
    vacancy: VacancyEntity,
    livingWageHourlyPence: number | null,
  ): Promise<boolean> {
    const position = await fillPosition(manager, vacancy.id);
    if (!position) throw this.vacancyFilled();
    const filled = position.lastPosition;
    if (!application.residentId) return filled;
    await recordEmployment(manager, application.residentId, vacancy, livingWageHourlyPence);
    const [latest]: { id: string }[] = await manager.query(
      `SELECT id FROM enrolments WHERE resident_id = $1 AND status = 'COMPLETED'
       ORDER BY completion_date DESC NULLS LAST, updated_at DESC LIMIT 1`,
      [application.residentId],
    );
    if (!latest) return filled;
    await manager
      .createQueryBuilder()
      .insert()
      .into(OutcomeEntity)
      .values({
        enrolmentId: latest.id,
        type: OutcomeType.NEW_JOB,
        startDate: londonToday(),
        salaryPence: vacancy.salaryMinPence,
        hoursPerWeek: vacancy.hoursPerWeek,
      })
      .orIgnore()
      .execute();
    return filled;
  }

  /**
   * The resident's own application, or one to a vacancy of the employer's; NOT_FOUND otherwise. The vacancy is locked
   * before the application: a hire that fills the vacancy goes on to lock every open application of it
   * (closeOpenApplications), so every move takes the two locks in that order, or two moves could wait on each other.
   */
  private async lockApplication(manager: EntityManager, actor: Actor, id: string) {
    const found = isUUID(id) ? await manager.findOneBy(ApplicationEntity, { id }) : null;
    const vacancy = found ? await lockVacancy(manager, found.vacancyId) : null;
    const application = vacancy
      ? await manager.findOne(ApplicationEntity, { where: { id }, lock: { mode: 'pessimistic_write' } })
      : null;
    const mine =
      application &&
      vacancy &&
      (actor.role === Role.RESIDENT
        ? application.residentId === actor.userId
        : actor.role === Role.EMPLOYER && vacancy.employerId === actor.organisationId);
    if (!mine) throw BrokerageError.notFound('application');
    return { application: application!, vacancy: vacancy! };
  }

  /**
   * The vacancy, share-locked so an application cannot slip in while a hire is filling it (the hire's lock makes this
   * wait, then the filled vacancy is seen); applicants do not wait for each other.
   */
  private async openVacancy(
    manager: EntityManager,
    vacancyId: string,
  ): Promise<{ vacancy: VacancyEntity; employer: OrganisationEntity }> {
    const vacancy = isUUID(vacancyId) ? await shareLockVacancy(manager, vacancyId) : null;
    const employer = vacancy ? await organisationById(manager, vacancy.employerId) : null;
    if (!vacancy || vacancy.status === VacancyStatus.DRAFT || !employer?.verified) {
      throw BrokerageError.notFound('vacancy');
    }
    const status = effectiveVacancyStatus(vacancy, londonToday());
    if (status === VacancyStatus.FILLED) throw this.vacancyFilled();
    if (status !== VacancyStatus.OPEN) {
      throw BrokerageError.conflict(
        BrokerageErrorReason.APPLICATIONS_CLOSED,
        'This vacancy is no longer taking applications',
      );
    }
    return { vacancy, employer };
  }

  /**
   * API.md: guaranteed when the resident COMPLETED a programme the vacancy lists, or one that promises an interview.
   */
  private async hasGuaranteedInterview(
    manager: EntityManager,
    residentId: string,
    vacancyId: string,
  ): Promise<boolean> {
    const completedCohorts: { cohort_id: string }[] = await manager.query(
      `SELECT DISTINCT cohort_id FROM enrolments WHERE resident_id = $1 AND status = 'COMPLETED'`,
      [residentId],
    );
    if (completedCohorts.length === 0) return false;
    const [completed, listed] = await Promise.all([
      programmesOfCohorts(
        manager,
        completedCohorts.map((row) => row.cohort_id),
      ),
      guaranteedInterviewProgrammeIdsOf(manager, vacancyId),
    ]);
    return completed.some((programme) => programme.guaranteedInterview || listed.includes(programme.programmeId));
  }

  /** Also the answer for an application closed by the vacancy filling (UNSUCCESSFUL): that is why it cannot move. */
  private vacancyFilled(): BrokerageError {
    return BrokerageError.conflict(BrokerageErrorReason.VACANCY_FILLED, 'Every position of this vacancy is filled');
  }

  private alreadyApplied(): BrokerageError {
    return BrokerageError.conflict(BrokerageErrorReason.ALREADY_APPLIED, 'You have already applied for this vacancy');
  }

  /** One transaction per mutation, with its ApplicationChanged event in the same transaction. */
  private inTransaction(work: (manager: EntityManager) => Promise<ApplicationEntity>): Promise<ApplicationEntity> {
    return inMutation(
      this.dataSource,
      async (manager) => {
        const record = await work(manager);
        const { id: applicationId, vacancyId, residentId, status } = record;
        await publishApplicationChanges(manager, [{ applicationId, vacancyId, residentId, status }]);
        return record;
      },
      () => this.alreadyApplied(),
    );
  }
}
