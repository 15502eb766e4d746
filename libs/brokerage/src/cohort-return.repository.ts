import { isUUID } from 'class-validator';
import { EntityManager } from 'typeorm';
import { AuditService } from '@app/audit';
import { adjustPlaces as adjustCohortPlaces, CohortEntity, cohortWithProgramme } from '@app/catalogue';
import { Role } from '@app/identity';
import { Actor } from './actor';
import { OutcomeType } from './brokerage.enums';
import { BrokerageError } from './brokerage.error';

/**
 * Reads and set-based writes for cohort returns: each write is a handful of statements whatever the number of rows,
 * with the rows passed as one JSON parameter (jsonb_to_recordset), so a 5,000-learner return is not 5,000 round trips.
 */

/** A cohort of the acting provider's; anything else, a malformed id included, is NOT_FOUND. */
export async function providerCohort(manager: EntityManager, actor: Actor, cohortId: string): Promise<CohortEntity> {
  const found = isUUID(cohortId) ? await cohortWithProgramme(manager, cohortId) : null;
  if (!found || actor.role !== Role.PROVIDER || found.programme.providerId !== actor.organisationId) {
    throw BrokerageError.notFound('cohort');
  }
  return found.cohort;
}

/** Rows per statement: well inside PostgreSQL's 65,535 bind parameters for AuditService's multi-row INSERT. */
const CHUNK = 5_000;

function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}

export interface StatusChange {
  enrolmentId: string;
  status: string;
  /** When the step happened; now when not known. */
  at?: Date;
}

/**
 * Writes status history entries (in the order given) and, for each change in `audited`, an audit entry
 * `ENROLMENT_<STATUS>` (what recordStatusChange does for one), in the caller's transaction.
 */
export async function recordStatusChanges(
  manager: EntityManager,
  audit: AuditService,
  actor: Actor,
  history: readonly StatusChange[],
  audited: readonly StatusChange[] = history,
): Promise<void> {
  for (const part of chunks(history)) {
    await manager.query(
      `INSERT INTO enrolment_status_changes (enrolment_id, status, at, by_role)
       SELECT r.enrolment_id, r.status, coalesce(r.at, now()), $2
       FROM jsonb_to_recordset($1::jsonb) AS r(n int, enrolment_id uuid, status text, at timestamptz)
       ORDER BY r.n`,
      [
        JSON.stringify(
          part.map((change, n) => ({ n, enrolment_id: change.enrolmentId, status: change.status, at: change.at })),
        ),
        actor.role,
      ],
    );
  }
  for (const part of chunks(audited)) {
    await audit.record(
      part.map((change) => ({
        actor: { id: actor.userId, role: actor.role },
        action: `ENROLMENT_${change.status}`,
        subjectType: 'ENROLMENT',
        subjectId: change.enrolmentId,
      })),
      manager,
    );
  }
}

export interface OutcomeWrite {
  enrolmentId: string;
  type: OutcomeType;
  startDate: string;
  salaryPence: number | null;
  hoursPerWeek: number | null;
}

/** Creates outcomes, or updates salary and hours of those already stored for (enrolment, type, start date). */
export async function upsertOutcomes(manager: EntityManager, outcomes: readonly OutcomeWrite[]): Promise<void> {
  for (const part of chunks(outcomes)) {
    await manager.query(
      `INSERT INTO outcomes (enrolment_id, type, start_date, salary_pence, hours_per_week)
       SELECT r.enrolment_id, r.type::outcome_type, r.start_date, r.salary_pence, r.hours_per_week
       FROM jsonb_to_recordset($1::jsonb)
         AS r(enrolment_id uuid, type text, start_date date, salary_pence int, hours_per_week real)
       ON CONFLICT (enrolment_id, type, start_date) DO UPDATE
         SET salary_pence = excluded.salary_pence, hours_per_week = excluded.hours_per_week`,
      [
        JSON.stringify(
          part.map((o) => ({
            enrolment_id: o.enrolmentId,
            type: o.type,
            start_date: o.startDate,
            salary_pence: o.salaryPence,
            hours_per_week: o.hoursPerWeek,
          })),
        ),
      ],
    );
  }
}

/**
 * Moves the cohort's places taken by `delta` through catalogue (which owns places), in the caller's transaction; no
 * statement when nothing moves. False, changing nothing, when places would exceed capacity.
 */
export async function adjustPlaces(manager: EntityManager, cohortId: string, delta: number): Promise<boolean> {
  return delta === 0 || adjustCohortPlaces(manager, cohortId, delta);
}
