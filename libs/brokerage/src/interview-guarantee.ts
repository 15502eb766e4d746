import { EntityManager } from 'typeorm';

/**
 * Disability Confident offer of an interview (docs/matching.md): an applicant who asked under the scheme, to an
 * employer with a Disability Confident level, who meets every essential requirement of the vacancy when they apply, is
 * guaranteed an interview. Decided when they apply, like a course-earned guarantee, so a later edit of the vacancy or
 * of the resident's skills does not move the goalposts.
 */
export async function hasDisabilityConfidentGuarantee(
  manager: EntityManager,
  residentId: string,
  vacancyId: string,
  asked: boolean,
  employerDisabilityConfident: string | null,
): Promise<boolean> {
  if (!asked || !employerDisabilityConfident) return false;
  const [row]: { meets: boolean }[] = await manager.query(
    `SELECT NOT EXISTS (
       SELECT 1 FROM vacancy_requirements r
       LEFT JOIN resident_skills s ON s.user_id = $1 AND s.skill_id = r.skill_id
       WHERE r.vacancy_id = $2 AND r.essential AND coalesce(s.level, 0) < r.level) AS meets`,
    [residentId, vacancyId],
  );
  return row.meets;
}
