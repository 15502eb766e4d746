import { EntityManager } from 'typeorm';
import { CohortEntity } from './entities/cohort.entity';
import { ProgrammeEntity } from './entities/programme.entity';

// What other domains need to know of the cohorts their records name (brokerage's enrolments): the programme each
// belongs to, and how a resident's data export shows it. Catalogue owns cohorts and programmes.

export interface CohortProgramme {
  cohortId: string;
  programmeId: string;
  /** The programme promises an interview to those who complete it (API.md). */
  guaranteedInterview: boolean;
}

/** The programme of each of these cohorts (those that exist), in one query. */
export async function programmesOfCohorts(
  manager: EntityManager,
  cohortIds: readonly string[],
): Promise<CohortProgramme[]> {
  if (cohortIds.length === 0) return [];
  const rows: { id: string; programme_id: string; guaranteed_interview: boolean }[] = await manager.query(
    `SELECT c.id, c.programme_id, p.guaranteed_interview FROM cohorts c JOIN programmes p ON p.id = c.programme_id
     WHERE c.id = ANY($1::uuid[])`,
    [[...cohortIds]],
  );
  return rows.map((row) => ({
    cohortId: row.id,
    programmeId: row.programme_id,
    guaranteedInterview: row.guaranteed_interview,
  }));
}

/**
 * A cohort and its programme (enrolling, a learner return and an enrolment's moves read both), or null when either is
 * missing.
 */
export async function cohortWithProgramme(
  manager: EntityManager,
  cohortId: string,
): Promise<{ cohort: CohortEntity; programme: ProgrammeEntity } | null> {
  const cohort = await manager.findOneBy(CohortEntity, { id: cohortId });
  const programme = cohort ? await manager.findOneBy(ProgrammeEntity, { id: cohort.programmeId }) : null;
  return cohort && programme ? { cohort, programme } : null;
}

/** Each of these cohorts' start date (YYYY-MM-DD), by cohort id: an outcome's six-month window starts no earlier. */
export async function cohortStartDates(
  manager: EntityManager,
  cohortIds: readonly string[],
): Promise<Map<string, string>> {
  if (cohortIds.length === 0) return new Map();
  const rows: { id: string; start_date: string }[] = await manager.query(
    'SELECT id, start_date::text FROM cohorts WHERE id = ANY($1::uuid[])',
    [[...cohortIds]],
  );
  return new Map(rows.map((row) => [row.id, row.start_date]));
}

/** A cohort as a resident's data export names it: its programme's title and its start date (as JSON renders it). */
export interface CohortForExport {
  programme: string;
  cohortStart: string;
}

/** Each cohort's title and start for a data export, by cohort id. */
export async function cohortsForExport(
  manager: EntityManager,
  cohortIds: readonly string[],
): Promise<Map<string, CohortForExport>> {
  if (cohortIds.length === 0) return new Map();
  const rows: { id: string; data: CohortForExport }[] = await manager.query(
    `SELECT c.id, json_build_object('programme', p.title, 'cohortStart', c.start_date) AS data
     FROM cohorts c JOIN programmes p ON p.id = c.programme_id WHERE c.id = ANY($1::uuid[])`,
    [[...cohortIds]],
  );
  return new Map(rows.map((row) => [row.id, row.data]));
}
