import { EntityManager } from 'typeorm';
import { AuditService } from '@app/audit';
import { EmploymentStatus } from '@app/catalogue';
import { setEmploymentStatus } from '@app/residents';
import { paysRealLivingWage, VacancyEntity } from '@app/vacancies';
import { Actor } from './actor';
import { ApplicationStatus } from './brokerage.enums';
import { publishApplicationChanges } from './brokerage.events';

/** The reason an application closed by a filled vacancy shows its resident. */
export const VACANCY_FILLED_REASON =
  'Every position of this vacancy has been filled, so your application has closed. Thank you for applying.';

const OPEN_STATUSES = [
  ApplicationStatus.APPLIED,
  ApplicationStatus.SHORTLISTED,
  ApplicationStatus.INTERVIEWING,
  ApplicationStatus.OFFERED,
];

/**
 * When the last position is filled, the applications still open on the vacancy become UNSUCCESSFUL, each with
 * VACANCY_FILLED_REASON in its history (by the hiring employer, audited), so nobody waits for an answer that cannot
 * come. Set-based: a vacancy may have hundreds of applicants.
 */
export async function closeOpenApplications(
  manager: EntityManager,
  audit: AuditService,
  actor: Actor,
  vacancyId: string,
): Promise<void> {
  const [closed]: [{ id: string; resident_id: string | null }[], number] = await manager.query(
    `UPDATE applications SET status = 'UNSUCCESSFUL', updated_at = now()
     WHERE id IN (SELECT id FROM applications WHERE vacancy_id = $1 AND status = ANY($2::application_status[])
                  ORDER BY id FOR UPDATE)
     RETURNING id, resident_id`,
    [vacancyId, OPEN_STATUSES],
  );
  if (!closed.length) return;
  const ids = closed.map((row) => row.id);
  await manager.query(
    `INSERT INTO application_status_changes (application_id, status, by_role, reason)
     SELECT unnest($1::uuid[]), 'UNSUCCESSFUL', $2, $3`,
    [ids, actor.role, VACANCY_FILLED_REASON],
  );
  await audit.record(
    ids.map((id) => ({
      actor: { id: actor.userId, role: actor.role },
      action: `APPLICATION_${ApplicationStatus.UNSUCCESSFUL}`,
      subjectType: 'APPLICATION',
      subjectId: id,
    })),
    manager,
  );
  await publishApplicationChanges(
    manager,
    closed.map((row) => ({
      vacancyId,
      applicationId: row.id,
      residentId: row.resident_id,
      status: ApplicationStatus.UNSUCCESSFUL,
      reason: VACANCY_FILLED_REASON,
    })),
  );
}

/**
 * A hired resident is in work: their profile's employment status becomes EMPLOYED, or EMPLOYED_LOW_PAID when the job's
 * minimum pay is below the Real Living Wage in force today (`livingWageHourlyPence`), so eligibility rules for unemployed residents
 * (MATCHING.md) stop applying to them and low-pay ones still do. The demographic snapshots of records already made
 * keep the status they had (METRICS.md).
 */
export async function recordEmployment(
  manager: EntityManager,
  residentId: string,
  vacancy: VacancyEntity,
  livingWageHourlyPence: number | null,
): Promise<void> {
  const status = paysRealLivingWage(vacancy.salaryMinPence, vacancy.hoursPerWeek, livingWageHourlyPence)
    ? EmploymentStatus.EMPLOYED
    : EmploymentStatus.EMPLOYED_LOW_PAID;
  await setEmploymentStatus(manager, residentId, status);
}
