import { EntityManager } from 'typeorm';

export interface VacancyRequirementRow {
  skillId: string;
  level: number;
  essential: boolean;
}

/** A vacancy's skill requirements, for other domains' rules (brokerage's feedback and interview guarantees). */
export async function requirementsOfVacancy(
  manager: EntityManager,
  vacancyId: string,
): Promise<VacancyRequirementRow[]> {
  const rows: { skill_id: string; level: number; essential: boolean }[] = await manager.query(
    'SELECT skill_id, level, essential FROM vacancy_requirements WHERE vacancy_id = $1',
    [vacancyId],
  );
  return rows.map((row) => ({ skillId: row.skill_id, level: Number(row.level), essential: row.essential }));
}

/** The programmes whose completers the vacancy guarantees an interview (brokerage decides the guarantee on applying). */
export async function guaranteedInterviewProgrammeIdsOf(manager: EntityManager, vacancyId: string): Promise<string[]> {
  const rows: { programme_id: string }[] = await manager.query(
    'SELECT programme_id FROM vacancy_guaranteed_interview_programmes WHERE vacancy_id = $1',
    [vacancyId],
  );
  return rows.map((row) => row.programme_id);
}
