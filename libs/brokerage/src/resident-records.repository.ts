import { EntityManager } from 'typeorm';
import { SNAPSHOT_NAMES } from './entities/demographic-snapshot.columns';

// Brokerage's part of a person's data rights (DataRightsService): their enrolments and applications, with history,
// outcomes and demographic snapshots, for their export; and the anonymising of those records when they erase their
// account. The cohorts' and vacancies' names come from their owners (catalogue, vacancies).

/** An enrolment as the export shows it, before catalogue's programme title and cohort start are put in. */
export interface EnrolmentRecord {
  id: string;
  cohortId: string;
  [field: string]: unknown;
}

/** An application as the export shows it, before vacancies' title is put in. */
export interface ApplicationRecord {
  id: string;
  vacancyId: string;
  [field: string]: unknown;
}

/** A record's demographic snapshot (DemographicSnapshotColumns) as the export shows it, by the record's alias. */
const snapshotJson = (alias: string): string =>
  `json_build_object(${SNAPSHOT_NAMES.map((name) => `'${name}', ${alias}.snapshot_${name}`).join(', ')})`;

/** The resident's enrolments, oldest first. */
export async function enrolmentRecordsOf(manager: EntityManager, residentId: string): Promise<EnrolmentRecord[]> {
  const [row] = await manager.query(
    `SELECT coalesce(json_agg(json_build_object(
              'id', e.id, 'cohortId', e.cohort_id, 'status', e.status,
              'learnerRef', e.learner_ref, 'completionDate', e.completion_date,
              'qualificationsAchieved', e.qualifications_achieved, 'createdAt', e.created_at,
              'history', (SELECT coalesce(json_agg(json_build_object('status', h.status, 'at', h.at, 'byRole', h.by_role, 'reason', h.reason) ORDER BY h.at, h.id), '[]')
                          FROM enrolment_status_changes h WHERE h.enrolment_id = e.id),
              'outcomes', (SELECT coalesce(json_agg(to_jsonb(o) - 'enrolment_id' ORDER BY o.start_date), '[]')
                           FROM outcomes o WHERE o.enrolment_id = e.id),
              'demographicSnapshot', ${snapshotJson('e')}
            ) ORDER BY e.created_at), '[]') AS data
     FROM enrolments e WHERE e.resident_id = $1`,
    [residentId],
  );
  return row.data;
}

/** The resident's applications, oldest first. */
export async function applicationRecordsOf(manager: EntityManager, residentId: string): Promise<ApplicationRecord[]> {
  const [row] = await manager.query(
    `SELECT coalesce(json_agg(json_build_object(
              'id', a.id, 'vacancyId', a.vacancy_id, 'status', a.status, 'coverNote', a.cover_note,
              'guaranteedInterview', a.guaranteed_interview, 'createdAt', a.created_at,
              'disabilityConfidentInterview', a.disability_confident_interview, 'adjustments', a.adjustments,
              'feedback', CASE WHEN a.feedback_reason IS NULL THEN NULL ELSE json_build_object('reason', a.feedback_reason,
                'message', a.feedback_message, 'unmetSkillIds', a.feedback_unmet_skill_ids) END,
              'history', (SELECT coalesce(json_agg(json_build_object('status', h.status, 'at', h.at, 'byRole', h.by_role, 'reason', h.reason) ORDER BY h.at, h.id), '[]')
                          FROM application_status_changes h WHERE h.application_id = a.id),
              'demographicSnapshot', ${snapshotJson('a')}
            ) ORDER BY a.created_at), '[]') AS data
     FROM applications a WHERE a.resident_id = $1`,
    [residentId],
  );
  return row.data;
}

/**
 * Keeps the resident's enrolments and applications as anonymous records: their demographic snapshots are emptied,
 * and the cover note and the adjustments (the person's own words; adjustments may say much about their health) go,
 * with whether they asked for a Disability Confident interview. The resident id itself goes when the account does
 * (the foreign keys set it to NULL).
 */
export async function anonymiseRecordsOf(manager: EntityManager, residentId: string): Promise<void> {
  await manager.query(`UPDATE enrolments SET ${EMPTY_SNAPSHOT} WHERE resident_id = $1`, [residentId]);
  await manager.query(
    `UPDATE applications SET ${EMPTY_SNAPSHOT}, cover_note = NULL, adjustments = NULL, disability_confident_interview = false
     WHERE resident_id = $1`,
    [residentId],
  );
}

const EMPTY_SNAPSHOT = SNAPSHOT_NAMES.map((name) => `snapshot_${name} = NULL`).join(', ');
