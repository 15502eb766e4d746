import { EntityManager } from 'typeorm';
import { AuditService } from '@app/audit';
import { freePlaces } from '@app/catalogue';
import { Role } from '@app/identity';

/** The reason the resident's own records show (in exports made before erasure) and the provider and employer see. */
export const ACCOUNT_DELETED_REASON = 'The resident deleted their account';

/** What ending a person's live records touched, so metrics can hear of it. */
export interface EndedRecords {
  cohorts: { cohortId: string; providerId: string }[];
  vacancyIds: string[];
}

/**
 * Ends every live record of a resident who is deleting their account, so no place or application is stranded: live
 * enrolments (not COMPLETED) and applications (not HIRED) become WITHDRAWN with ACCOUNT_DELETED_REASON in their
 * history, and the places of ENROLLED learners are freed. The records are locked before their cohorts, as
 * EnrolmentService locks them. Audit entries have no actor: the person is being erased.
 */
export async function endLiveRecords(
  manager: EntityManager,
  audit: AuditService,
  residentId: string,
): Promise<EndedRecords> {
  const enrolments: { id: string; cohort_id: string; provider_id: string; status: string }[] = await manager.query(
    `SELECT id, cohort_id, provider_id, status FROM enrolments
     WHERE resident_id = $1 AND status IN ('ENQUIRED', 'APPLIED', 'OFFERED', 'ENROLLED') ORDER BY id FOR UPDATE`,
    [residentId],
  );
  const applications: { id: string; vacancy_id: string }[] = await manager.query(
    `SELECT id, vacancy_id FROM applications
     WHERE resident_id = $1 AND status IN ('APPLIED', 'SHORTLISTED', 'INTERVIEWING', 'OFFERED') ORDER BY id FOR UPDATE`,
    [residentId],
  );
  const enrolmentIds = enrolments.map((row) => row.id);
  const applicationIds = applications.map((row) => row.id);
  if (enrolmentIds.length) {
    await manager.query(`UPDATE enrolments SET status = 'WITHDRAWN', updated_at = now() WHERE id = ANY($1::uuid[])`, [
      enrolmentIds,
    ]);
    await manager.query(
      `INSERT INTO enrolment_status_changes (enrolment_id, status, by_role, reason)
       SELECT unnest($1::uuid[]), 'WITHDRAWN', 'RESIDENT', $2`,
      [enrolmentIds, ACCOUNT_DELETED_REASON],
    );
    const enrolled = enrolments.filter((row) => row.status === 'ENROLLED').map((row) => row.cohort_id);
    await freePlaces(manager, enrolled);
  }
  if (applicationIds.length) {
    await manager.query(`UPDATE applications SET status = 'WITHDRAWN', updated_at = now() WHERE id = ANY($1::uuid[])`, [
      applicationIds,
    ]);
    await manager.query(
      `INSERT INTO application_status_changes (application_id, status, by_role, reason)
       SELECT unnest($1::uuid[]), 'WITHDRAWN', 'RESIDENT', $2`,
      [applicationIds, ACCOUNT_DELETED_REASON],
    );
  }
  const actor = { id: null, role: Role.RESIDENT };
  await audit.record(
    [
      ...enrolmentIds.map((id) => ({ actor, action: 'ENROLMENT_WITHDRAWN', subjectType: 'ENROLMENT', subjectId: id })),
      ...applicationIds.map((id) => ({
        actor,
        action: 'APPLICATION_WITHDRAWN',
        subjectType: 'APPLICATION',
        subjectId: id,
      })),
    ],
    manager,
  );
  const cohorts = new Map(enrolments.map((row) => [row.cohort_id, row.provider_id]));
  return {
    cohorts: [...cohorts].map(([cohortId, providerId]) => ({ cohortId, providerId })),
    vacancyIds: [...new Set(applications.map((row) => row.vacancy_id))],
  };
}
