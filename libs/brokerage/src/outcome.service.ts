import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@app/audit';
import { InvalidInputError } from '@app/errors';
import { Role } from '@app/identity';
import { londonToday } from '@app/reference';
import { Actor } from './actor';
import { EnrolmentStatus, OutcomeType } from './brokerage.enums';
import { BrokerageError, BrokerageErrorReason } from './brokerage.error';
import {
  adjustPlaces,
  providerCohort,
  recordStatusChanges,
  StatusChange,
  upsertOutcomes,
} from './cohort-return.repository';
import { addCompletedSkills } from './completed-skills';
import { lockEnrolment } from './enrolment.repository';
import { BrokerageEventType, publishEnrolmentChanges } from './brokerage.events';
import { withinSixMonths } from './outcome-rules';
import {
  checkOutcomeInput,
  checkOutcomeRows,
  CohortOutcomeRow,
  OutcomeInput,
  OutcomeRowTarget,
  planOutcomeRow,
  StoredOutcome,
} from './outcome-row-rules';
import { acceptedReturn, numberedErrors, rejectedReturn, ReturnOptions, ReturnResult } from './return-rows';
import { inMutation } from './status-history';

/** An outcome as reported back: the stored row and whether it counts as within six months of completion. */
export interface RecordedOutcome {
  id: string;
  enrolmentId: string;
  type: OutcomeType;
  startDate: string;
  salaryPence: number | null;
  hoursPerWeek: number | null;
  withinSixMonths: boolean;
}

/** What completers went on to, reported by their provider one at a time or as a cohort return (API.md "Outcomes"). */
@Injectable()
export class OutcomeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /**
   * Records one outcome of a COMPLETED learner in a cohort of the provider's. Idempotent on (enrolment, type, start
   * date): reporting it again updates salary and hours.
   */
  async reportOutcome(actor: Actor, input: OutcomeInput): Promise<RecordedOutcome> {
    return this.inTransaction(async (manager) => {
      if (actor.role !== Role.PROVIDER) throw BrokerageError.notFound('enrolment');
      const { enrolment, cohort } = await lockEnrolment(manager, actor, input.enrolmentId);
      if (enrolment.status !== EnrolmentStatus.COMPLETED) {
        throw BrokerageError.conflict(
          BrokerageErrorReason.ILLEGAL_TRANSITION,
          `An outcome can only be reported for a learner who completed; this learner is ${enrolment.status}`,
        );
      }
      const problems = checkOutcomeInput(input, { today: londonToday(), cohortStart: cohort.startDate });
      if (problems.length) throw new InvalidInputError(problems);
      const [row] = await manager.query(
        `INSERT INTO outcomes (enrolment_id, type, start_date, salary_pence, hours_per_week)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (enrolment_id, type, start_date) DO UPDATE
           SET salary_pence = excluded.salary_pence, hours_per_week = excluded.hours_per_week
         RETURNING id, enrolment_id AS "enrolmentId", type, start_date::text AS "startDate",
                   salary_pence AS "salaryPence", hours_per_week AS "hoursPerWeek"`,
        [enrolment.id, input.type, input.startDate, input.salaryPence ?? null, input.hoursPerWeek ?? null],
      );
      await publishEnrolmentChanges(
        manager,
        [{ cohortId: cohort.id, providerId: enrolment.providerId }],
        BrokerageEventType.OUTCOME_RECORDED,
      );
      const stored = row as Omit<RecordedOutcome, 'withinSixMonths'>;
      return {
        ...stored,
        withinSixMonths: withinSixMonths(stored.startDate, enrolment.completionDate, cohort.startDate),
      };
    });
  }

  /**
   * A cohort return of completions and outcomes for the cohort's platform learners, keyed by learnerRef. All or
   * nothing: when any row is bad nothing changes and every bad row is listed. Completers move ENROLLED → COMPLETED
   * (skills added as for recordCompletion), non-completers ENROLLED → WITHDRAWN (the place is freed), and each row's
   * outcome is created or updated. Sending the same rows again changes nothing. It never creates an enrolment.
   */
  async reportCohortOutcomes(
    actor: Actor,
    cohortId: string,
    rows: readonly CohortOutcomeRow[],
    options: ReturnOptions = {},
  ): Promise<ReturnResult> {
    const result = await this.inTransaction(async (manager) => {
      const cohort = await providerCohort(manager, actor, cohortId);
      const refs = rows.map((row) => (typeof row.learnerRef === 'string' ? row.learnerRef.trim() : ''));
      // Enrolments first, then the cohort (when places are freed): the order EnrolmentService locks them in.
      const targets: (OutcomeRowTarget & { learnerRef: string })[] = await manager.query(
        `SELECT e.id, e.learner_ref AS "learnerRef", e.status, e.resident_id AS "residentId",
                e.completion_date::text AS "completionDate", e.qualifications_achieved AS "qualificationsAchieved"
         FROM enrolments e
         WHERE e.cohort_id = $1 AND e.learner_ref = ANY($2::text[])
         ORDER BY e.id FOR UPDATE`,
        [cohort.id, refs.filter(Boolean)],
      );
      const byRef = new Map(targets.map((target) => [target.learnerRef, target]));
      const errors = checkOutcomeRows(
        rows.map((row, index) => ({ ...row, learnerRef: refs[index] })),
        { today: londonToday(), cohortStart: cohort.startDate, enrolments: byRef, rowNumbers: options.rowNumbers },
      );
      if (errors.length || options.checkOnly) return rejectedReturn(numberedErrors(errors, options.rowNumbers));

      const stored = await this.storedOutcomes(
        manager,
        targets.map((target) => target.id),
      );
      const plans = rows.map((row, index) => {
        const target = byRef.get(refs[index])!;
        const outcome = row.outcomeType && row.outcomeStartDate ? `${row.outcomeType}|${row.outcomeStartDate}` : '';
        return { target, plan: planOutcomeRow(row, target, stored.get(`${target.id}|${outcome}`)) };
      });

      const completions = plans.filter(({ plan }) => plan.moveTo || plan.completion);
      if (completions.length) {
        await manager.query(
          `UPDATE enrolments e
           SET status = coalesce(r.status::enrolment_status, e.status),
               completion_date = CASE WHEN r.has_completion THEN r.completion_date ELSE e.completion_date END,
               qualifications_achieved = CASE WHEN r.has_completion
                 THEN ARRAY(SELECT jsonb_array_elements_text(r.qualifications)) ELSE e.qualifications_achieved END,
               updated_at = now()
           FROM jsonb_to_recordset($1::jsonb)
             AS r(id uuid, status text, has_completion boolean, completion_date date, qualifications jsonb)
           WHERE e.id = r.id`,
          [
            JSON.stringify(
              completions.map(({ target, plan }) => ({
                id: target.id,
                status: plan.moveTo,
                has_completion: plan.completion !== null,
                completion_date: plan.completion?.completionDate ?? null,
                qualifications: plan.completion?.qualificationsAchieved ?? [],
              })),
            ),
          ],
        );
      }
      const moves: StatusChange[] = plans
        .filter(({ plan }) => plan.moveTo)
        .map(({ target, plan }) => ({ enrolmentId: target.id, status: plan.moveTo! }));
      await recordStatusChanges(manager, this.audit, actor, moves);

      const completers = new Set(
        plans
          .filter(({ target, plan }) => plan.moveTo === EnrolmentStatus.COMPLETED && target.residentId)
          .map(({ target }) => target.residentId!),
      );
      for (const residentId of completers) await addCompletedSkills(manager, residentId, cohort.programmeId);

      const withdrawals = moves.filter((move) => move.status === EnrolmentStatus.WITHDRAWN).length;
      await adjustPlaces(manager, cohort.id, -withdrawals);

      await upsertOutcomes(
        manager,
        plans.flatMap(({ target, plan }) => (plan.outcome ? [{ enrolmentId: target.id, ...plan.outcome }] : [])),
      );
      const accepted = acceptedReturn(plans.map(({ plan }) => plan.result));
      if (accepted.created + accepted.updated > 0) {
        await publishEnrolmentChanges(
          manager,
          [{ cohortId: cohort.id, providerId: actor.organisationId! }],
          BrokerageEventType.OUTCOME_RECORDED,
        );
      }
      return accepted;
    });
    return result;
  }

  /** Stored outcomes of these enrolments by `enrolmentId|type|startDate`. */
  private async storedOutcomes(manager: EntityManager, enrolmentIds: string[]): Promise<Map<string, StoredOutcome>> {
    const rows: (StoredOutcome & { key: string })[] = enrolmentIds.length
      ? await manager.query(
          `SELECT enrolment_id || '|' || type || '|' || start_date::text AS key,
                  salary_pence AS "salaryPence", hours_per_week AS "hoursPerWeek"
           FROM outcomes WHERE enrolment_id = ANY($1::uuid[])`,
          [enrolmentIds],
        )
      : [];
    return new Map(rows.map(({ key, ...outcome }) => [key, outcome]));
  }

  private inTransaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return inMutation(this.dataSource, work, () =>
      BrokerageError.conflict(
        BrokerageErrorReason.ALREADY_APPLIED,
        'This outcome was being recorded by another request at the same time; send it again',
      ),
    );
  }
}
