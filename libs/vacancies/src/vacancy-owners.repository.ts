import { EntityManager } from 'typeorm';

/** The employer that posted a vacancy, or null when there is no such vacancy. */
export async function employerOfVacancy(manager: EntityManager, vacancyId: string): Promise<string | null> {
  const [row] = await manager.query('SELECT employer_id FROM vacancies WHERE id = $1', [vacancyId]);
  return row?.employer_id ?? null;
}
