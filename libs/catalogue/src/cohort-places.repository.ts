import { EntityManager } from 'typeorm';

// Catalogue owns a cohort's places (cohorts.places_taken). Enrolment (brokerage) takes and frees them through these
// two functions, in its own transaction (`manager`), instead of writing the column itself.

/**
 * Takes one place; false when none is left. A conditional UPDATE, so capacity holds under any concurrency
 * (ARCHITECTURE.md house style 5).
 */
export async function takePlace(manager: EntityManager, cohortId: string): Promise<boolean> {
  const [, affected] = await manager.query(
    `UPDATE cohorts SET places_taken = places_taken + 1 WHERE id = $1 AND places_taken < capacity`,
    [cohortId],
  );
  return affected === 1;
}

/** Gives one place back (never below none). */
export async function freePlace(manager: EntityManager, cohortId: string): Promise<void> {
  await manager.query(`UPDATE cohorts SET places_taken = places_taken - 1 WHERE id = $1 AND places_taken > 0`, [
    cohortId,
  ]);
}
