import { EntityManager } from 'typeorm';

/** The provider that runs a programme, or null when there is no such programme. */
export async function providerOfProgramme(manager: EntityManager, programmeId: string): Promise<string | null> {
  const [row] = await manager.query('SELECT provider_id FROM programmes WHERE id = $1', [programmeId]);
  return row?.provider_id ?? null;
}

/** The provider that runs a cohort (through its programme), or null when there is no such cohort. */
export async function providerOfCohort(manager: EntityManager, cohortId: string): Promise<string | null> {
  const [row] = await manager.query(
    'SELECT p.provider_id FROM cohorts c JOIN programmes p ON p.id = c.programme_id WHERE c.id = $1',
    [cohortId],
  );
  return row?.provider_id ?? null;
}
