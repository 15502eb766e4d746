import { EntityManager } from 'typeorm';

/** The employer that posted a vacancy, or null when there is no such vacancy. */
export async function employerOfVacancy(manager: EntityManager, vacancyId: string): Promise<string | null> {
  const [row] = await manager.query('SELECT employer_id FROM vacancies WHERE id = $1', [vacancyId]);
  return row?.employer_id ?? null;
}

/** The employer of each of these vacancies (those that exist), by vacancy id, in one query. */
export async function employersOfVacancies(
  manager: EntityManager,
  vacancyIds: readonly string[],
): Promise<Map<string, string>> {
  if (vacancyIds.length === 0) return new Map();
  const rows: { id: string; employer_id: string }[] = await manager.query(
    'SELECT id, employer_id FROM vacancies WHERE id = ANY($1::uuid[])',
    [[...vacancyIds]],
  );
  return new Map(rows.map((row) => [row.id, row.employer_id]));
}

/** The title of each of these vacancies, by vacancy id (a resident's data export names what they applied for). */
export async function vacancyTitles(
  manager: EntityManager,
  vacancyIds: readonly string[],
): Promise<Map<string, string>> {
  if (vacancyIds.length === 0) return new Map();
  const rows: { id: string; title: string }[] = await manager.query(
    'SELECT id, title FROM vacancies WHERE id = ANY($1::uuid[])',
    [[...vacancyIds]],
  );
  return new Map(rows.map((row) => [row.id, row.title]));
}
