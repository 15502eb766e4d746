import { EntityManager } from 'typeorm';
import { skillLevelsOf } from '@app/residents';
import { requirementsOfVacancy } from '@app/vacancies';

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
  const [requirements, levels] = await Promise.all([
    requirementsOfVacancy(manager, vacancyId),
    skillLevelsOf(manager, residentId),
  ]);
  return requirements.every((r) => !r.essential || (levels.get(r.skillId) ?? 0) >= r.level);
}
