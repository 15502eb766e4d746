import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '@app/audit';
import {
  CohortEntity,
  cohortStartDates,
  cohortStatus,
  CohortStatus,
  cohortWithProgramme,
  eligibilityRulesOf,
  essentialPrerequisitesOf,
  ProgrammeEntity,
  programmesOfCohorts,
} from '@app/catalogue';
import { InvalidInputError } from '@app/errors';
import { fetchKeysetPage, KeysetPage, KeysetPosition, SqlParams } from '@app/database';
import { isStaffReader, isVerifiedOrganisation, Role } from '@app/identity';
import { isEligible, loadResidentContext } from '@app/matching';
import { londonToday } from '@app/reference';
import { addCompletedSkills } from './completed-skills';
import { Actor } from './actor';
import { EnrolmentStatus } from './brokerage.enums';
import { BrokerageError, BrokerageErrorReason } from './brokerage.error';
import { EnrolmentEntity } from './entities/enrolment.entity';
import { OutcomeEntity } from './entities/outcome.entity';
import { withinSixMonths } from './outcome-rules';
import { EnrolmentStatusChangeEntity } from './entities/status-change.entity';
import { freePlace, lockEnrolment, LockedEnrolment, takePlace } from './enrolment.repository';
import { saveWithSnapshot } from './snapshot.repository';
import { publishEnrolmentChanges } from './brokerage.events';
import { inMutation, recordStatusChange } from './status-history';
import { canMoveEnrolment } from './transitions';

/**
 * Newest completion first, then by programme id (as PostgreSQL orders uuids: their lower-case text), the order
 * candidate lists show completed programmes in. A completion without a date (none are expected) comes first, as
 * PostgreSQL puts NULLs first in a descending order.
 */
function newestCompletionFirst(
  a: { completion_date: string | null; programmeId: string },
  b: { completion_date: string | null; programmeId: string },
): number {
  const byDate = compareText(b.completion_date ?? '\uffff', a.completion_date ?? '\uffff');
  return byDate !== 0 ? byDate : compareText(a.programmeId, b.programmeId);
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Enrolments: a resident's way through a cohort, from enquiry to completion (API.md "State machines"). */
@Injectable()
export class EnrolmentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /**
   * A new ENQUIRED record on an OPEN cohort; one live record per resident and cohort. The resident must be eligible,
   * as for applying: an enquiry counts in the programme's funnel, so it is for people who could take the place.
   */
  enquire(actor: Actor, cohortId: string): Promise<EnrolmentEntity> {
    return this.inTransaction(async (manager) => {
      const { cohort, programme } = await this.openCohort(manager, cohortId);
      await this.checkEligible(manager, actor.userId, programme, cohort);
      if (await this.liveEnrolment(manager, actor.userId, cohort.id)) throw this.alreadyApplied();
      return this.create(manager, actor, cohort, programme, EnrolmentStatus.ENQUIRED);
    });
  }

  /** APPLIED, from an enquiry or straight away; the resident must be eligible and applications open. */
  apply(actor: Actor, cohortId: string): Promise<EnrolmentEntity> {
    return this.inTransaction(async (manager) => {
      const { cohort, programme } = await this.openCohort(manager, cohortId);
      await this.checkEligible(manager, actor.userId, programme, cohort);
      const live = await this.liveEnrolment(manager, actor.userId, cohort.id);
      if (!live) return this.create(manager, actor, cohort, programme, EnrolmentStatus.APPLIED);
      if (live.status !== EnrolmentStatus.ENQUIRED) throw this.alreadyApplied();
      return this.move(manager, actor, { enrolment: live, cohort, programme }, EnrolmentStatus.APPLIED);
    });
  }

  offer(actor: Actor, id: string): Promise<EnrolmentEntity> {
    return this.step(actor, id, EnrolmentStatus.OFFERED);
  }

  /** OFFERED → ENROLLED, taking a place in the database; the learner gets a learnerRef. */
  accept(actor: Actor, id: string): Promise<EnrolmentEntity> {
    return this.inTransaction(async (manager) => {
      const locked = await lockEnrolment(manager, actor, id);
      this.checkMove(locked.enrolment.status, EnrolmentStatus.ENROLLED, actor.role);
      await takePlace(manager, locked.cohort.id);
      locked.enrolment.learnerRef ??= await this.newLearnerRef(manager, locked.enrolment.providerId);
      return this.move(manager, actor, locked, EnrolmentStatus.ENROLLED);
    });
  }

  reject(actor: Actor, id: string, reason: string): Promise<EnrolmentEntity> {
    return this.step(actor, id, EnrolmentStatus.REJECTED, (enrolment) => {
      enrolment.rejectionReason = reason;
    });
  }

  /**
   * The resident withdraws, or the cohort's provider (or a broker or admin) releases the learner's place, which needs
   * a reason: it goes in the record's history, where the resident sees it. An ENROLLED learner's place is freed.
   */
  withdraw(actor: Actor, id: string, reason: string | null): Promise<EnrolmentEntity> {
    if (actor.role !== Role.RESIDENT && !reason) {
      return Promise.reject(
        new InvalidInputError([
          { path: 'reason', message: 'Give a reason when your organisation withdraws a learner: they will see it' },
        ]),
      );
    }
    return this.step(actor, id, EnrolmentStatus.WITHDRAWN, undefined, reason);
  }

  /**
   * ENROLLED → COMPLETED (the taught skills are added as COURSE_COMPLETED, never lowering a level), or, when not
   * completed, ENROLLED → WITHDRAWN with the place freed.
   */
  recordCompletion(
    actor: Actor,
    id: string,
    completed: boolean,
    completionDate: string,
    qualificationsAchieved: readonly string[],
  ): Promise<EnrolmentEntity> {
    const to = completed ? EnrolmentStatus.COMPLETED : EnrolmentStatus.WITHDRAWN;
    return this.inTransaction(async (manager) => {
      const locked = await lockEnrolment(manager, actor, id);
      if (locked.enrolment.status !== EnrolmentStatus.ENROLLED) {
        throw BrokerageError.illegal(locked.enrolment.status, to);
      }
      if (completionDate < locked.cohort.startDate) {
        throw new InvalidInputError([
          { path: 'completionDate', message: 'completionDate must not be before the cohort started' },
        ]);
      }
      if (completed) {
        locked.enrolment.completionDate = completionDate;
        locked.enrolment.qualificationsAchieved = [...qualificationsAchieved];
        if (locked.enrolment.residentId) {
          await addCompletedSkills(manager, locked.enrolment.residentId, locked.programme.id);
        }
      } else {
        // A learner who did not complete is WITHDRAWN, and a withdrawn learner holds no place (API.md), as in a
        // learner return.
        await freePlace(manager, locked.cohort.id);
      }
      return this.move(manager, actor, locked, to);
    });
  }

  /** The resident's own enrolments, newest first. */
  pageForResident(residentId: string, limit: number, after?: KeysetPosition): Promise<KeysetPage<EnrolmentEntity>> {
    const sql = new SqlParams();
    return this.page(sql, `FROM enrolments e WHERE e.resident_id = ${sql.param(residentId)}`, limit, after);
  }

  /**
   * A cohort's enrolments for its provider (brokers and admins may read any); another provider's cohort is
   * NOT_FOUND.
   */
  async pageForCohort(
    actor: Actor,
    cohortId: string,
    status: EnrolmentStatus | null,
    limit: number,
    after?: KeysetPosition,
  ): Promise<KeysetPage<EnrolmentEntity>> {
    await this.visibleCohort(actor, cohortId);
    const sql = new SqlParams();
    const statusFilter = status ? ` AND e.status = ${sql.param(status)}` : '';
    return this.page(sql, `FROM enrolments e WHERE e.cohort_id = ${sql.param(cohortId)}${statusFilter}`, limit, after);
  }

  historyFor(enrolmentIds: readonly string[]): Promise<EnrolmentStatusChangeEntity[]> {
    return this.dataSource
      .getRepository(EnrolmentStatusChangeEntity)
      .find({ where: { enrolmentId: In([...enrolmentIds]) }, order: { at: 'ASC', id: 'ASC' } });
  }

  /** The outcomes of these enrolments, each with withinSixMonths worked out from its completion and cohort. */
  async outcomesFor(enrolmentIds: readonly string[]): Promise<OutcomeView[]> {
    const rows: (OutcomeEntity & { completionDate: string | null; cohortId: string })[] = await this.dataSource
      .getRepository(OutcomeEntity)
      .createQueryBuilder('o')
      .innerJoin(EnrolmentEntity, 'e', 'e.id = o.enrolment_id')
      .select(['o.id AS id', 'o.enrolment_id AS "enrolmentId"', 'o.type AS type', 'o.start_date::text AS "startDate"'])
      .addSelect(['o.salary_pence AS "salaryPence"', 'o.hours_per_week AS "hoursPerWeek"'])
      .addSelect(['e.completion_date::text AS "completionDate"', 'e.cohort_id AS "cohortId"'])
      .where('o.enrolment_id IN (:...ids)', { ids: [...enrolmentIds] })
      .orderBy('o.start_date')
      .getRawMany();
    // Catalogue owns the cohorts' dates; every enrolment's cohort exists (a foreign key), so each row finds its start.
    const cohortStart = await cohortStartDates(this.dataSource.manager, [...new Set(rows.map((row) => row.cohortId))]);
    return rows.map(({ completionDate, cohortId, ...outcome }) => ({
      ...outcome,
      withinSixMonths: withinSixMonths(outcome.startDate, completionDate, cohortStart.get(cohortId)!),
    }));
  }

  /** The programmes each resident has COMPLETED, newest completion first (candidate lists show them). */
  async completedProgrammeIds(residentIds: readonly string[]): Promise<Map<string, string[]>> {
    if (residentIds.length === 0) return new Map();
    const rows: { resident_id: string; cohort_id: string; completion_date: string | null }[] =
      await this.dataSource.query(
        `SELECT resident_id, cohort_id, completion_date::text FROM enrolments
         WHERE resident_id = ANY($1::uuid[]) AND status = 'COMPLETED'`,
        [[...residentIds]],
      );
    const programmeOf = new Map(
      (await programmesOfCohorts(this.dataSource.manager, [...new Set(rows.map((row) => row.cohort_id))])).map(
        (cohort) => [cohort.cohortId, cohort.programmeId],
      ),
    );
    const completions = rows.map((row) => ({ ...row, programmeId: programmeOf.get(row.cohort_id)! }));
    completions.sort(newestCompletionFirst);
    const byResident = new Map<string, string[]>();
    for (const row of completions)
      byResident.set(row.resident_id, [...(byResident.get(row.resident_id) ?? []), row.programmeId]);
    return byResident;
  }

  findByIds(ids: readonly string[]): Promise<EnrolmentEntity[]> {
    return this.dataSource.getRepository(EnrolmentEntity).findBy({ id: In([...ids]) });
  }

  private page(sql: SqlParams, from: string, limit: number, after?: KeysetPosition) {
    return fetchKeysetPage(this.dataSource, sql, {
      from,
      alias: 'e',
      rank: '0::real',
      limit,
      after,
      load: (ids) => this.findByIds(ids),
    });
  }

  private async visibleCohort(actor: Actor, cohortId: string): Promise<void> {
    const programme = isUUID(cohortId)
      ? (await cohortWithProgramme(this.dataSource.manager, cohortId))?.programme
      : null;
    if (!programme || !(isStaffReader(actor) || programme.providerId === actor.organisationId)) {
      throw BrokerageError.notFound('cohort');
    }
  }

  /** One status step taken by the actor, with its side effects on places. */
  private step(
    actor: Actor,
    id: string,
    to: EnrolmentStatus,
    change?: (enrolment: EnrolmentEntity) => void,
    reason: string | null = null,
  ): Promise<EnrolmentEntity> {
    return this.inTransaction(async (manager) => {
      const locked = await lockEnrolment(manager, actor, id);
      this.checkMove(locked.enrolment.status, to, actor.role);
      if (locked.enrolment.status === EnrolmentStatus.ENROLLED) await freePlace(manager, locked.cohort.id);
      change?.(locked.enrolment);
      return this.move(manager, actor, locked, to, reason);
    });
  }

  private checkMove(from: EnrolmentStatus, to: EnrolmentStatus, role: Role): void {
    if (!canMoveEnrolment(from, to, role)) throw BrokerageError.illegal(from, to);
  }

  private async move(
    manager: EntityManager,
    actor: Actor,
    { enrolment }: LockedEnrolment,
    to: EnrolmentStatus,
    reason: string | null = null,
  ): Promise<EnrolmentEntity> {
    enrolment.status = to;
    const saved = await manager.save(enrolment);
    await recordStatusChange(manager, this.audit, actor, 'ENROLMENT', enrolment.id, to, reason);
    return saved;
  }

  private async create(
    manager: EntityManager,
    actor: Actor,
    cohort: CohortEntity,
    programme: ProgrammeEntity,
    status: EnrolmentStatus,
  ): Promise<EnrolmentEntity> {
    const enrolment = await saveWithSnapshot(
      manager,
      manager.create(EnrolmentEntity, {
        cohortId: cohort.id,
        providerId: programme.providerId,
        residentId: actor.userId,
        reportedByProvider: false,
        status,
        learnerRef: null,
        completionDate: null,
        qualificationsAchieved: [],
        rejectionReason: null,
      }),
      actor.userId,
    );
    await recordStatusChange(manager, this.audit, actor, 'ENROLMENT', enrolment.id, status);
    return enrolment;
  }

  /** A published cohort of a verified provider that takes enquiries and applications today (status OPEN). */
  private async openCohort(manager: EntityManager, cohortId: string) {
    const found = isUUID(cohortId) ? await cohortWithProgramme(manager, cohortId) : null;
    if (!found?.programme.published || !(await isVerifiedOrganisation(manager, found.programme.providerId))) {
      throw BrokerageError.notFound('cohort');
    }
    const { cohort, programme } = found;
    const status = cohortStatus(cohort, londonToday());
    if (status === CohortStatus.FULL) {
      throw BrokerageError.conflict(BrokerageErrorReason.COHORT_FULL, 'This cohort has no places left');
    }
    if (status !== CohortStatus.OPEN) {
      throw BrokerageError.conflict(BrokerageErrorReason.APPLICATIONS_CLOSED, 'This cohort is not taking applications');
    }
    return { cohort, programme };
  }

  private async checkEligible(
    manager: EntityManager,
    residentId: string,
    programme: ProgrammeEntity,
    cohort: CohortEntity,
  ): Promise<void> {
    const resident = await loadResidentContext(manager, residentId);
    const eligible = isEligible(
      resident,
      {
        ...eligibilityRulesOf(programme),
        essentialPrerequisites: await essentialPrerequisitesOf(manager, programme.id),
      },
      cohort.startDate,
    );
    // The message names no rule: a rule such as a target group would reveal what the resident's answers were.
    if (!eligible) {
      throw BrokerageError.conflict(
        BrokerageErrorReason.NOT_ELIGIBLE,
        "You don't meet this programme's entry requirements; the programme page lists them",
      );
    }
  }

  private liveEnrolment(manager: EntityManager, residentId: string, cohortId: string) {
    return manager.findOne(EnrolmentEntity, {
      where: { residentId, cohortId, status: In(LIVE_STATUSES) },
      lock: { mode: 'pessimistic_write' },
    });
  }

  private alreadyApplied(): BrokerageError {
    return BrokerageError.conflict(BrokerageErrorReason.ALREADY_APPLIED, 'You already have a record for this cohort');
  }

  /** A learnerRef no other learner of the provider has: L- and 10 random hex digits (retried on a clash). */
  private async newLearnerRef(manager: EntityManager, providerId: string): Promise<string> {
    for (;;) {
      const ref = `L-${randomBytes(5).toString('hex').toUpperCase()}`;
      const taken = await manager.existsBy(EnrolmentEntity, { providerId, learnerRef: ref });
      if (!taken) return ref;
    }
  }

  /** One transaction per mutation, with its EnrolmentChanged event in the same transaction. */
  private inTransaction(work: (manager: EntityManager) => Promise<EnrolmentEntity>): Promise<EnrolmentEntity> {
    return inMutation(
      this.dataSource,
      async (manager) => {
        const record = await work(manager);
        const { id: enrolmentId, cohortId, providerId, residentId, status, rejectionReason: reason } = record;
        await publishEnrolmentChanges(manager, [{ enrolmentId, cohortId, providerId, residentId, status, reason }]);
        return record;
      },
      () => this.alreadyApplied(),
    );
  }
}

/** An outcome as the API shows it. */
export interface OutcomeView {
  id: string;
  enrolmentId: string;
  type: OutcomeEntity['type'];
  startDate: string;
  salaryPence: number | null;
  hoursPerWeek: number | null;
  withinSixMonths: boolean;
}

const LIVE_STATUSES = [
  EnrolmentStatus.ENQUIRED,
  EnrolmentStatus.APPLIED,
  EnrolmentStatus.OFFERED,
  EnrolmentStatus.ENROLLED,
  EnrolmentStatus.COMPLETED,
];
