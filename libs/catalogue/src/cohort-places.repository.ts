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

/**
 * Moves a cohort's places taken by `delta` (a learner return's net change) in one conditional UPDATE, so places never
 * exceed capacity whatever runs at the same time. False, changing nothing, when they would.
 */
export async function adjustPlaces(manager: EntityManager, cohortId: string, delta: number): Promise<boolean> {
  const [, affected] = await manager.query(
    `UPDATE cohorts SET places_taken = greatest(0, places_taken + $2)
     WHERE id = $1 AND places_taken + $2 <= capacity`,
    [cohortId, delta],
  );
  return affected === 1;
}

/** Locks the cohort's row for the rest of the caller's transaction and reads its places. */
export async function lockPlaces(
  manager: EntityManager,
  cohortId: string,
): Promise<{ capacity: number; placesTaken: number }> {
  const [row] = await manager.query(
    `SELECT capacity, places_taken AS "placesTaken" FROM cohorts WHERE id = $1 FOR UPDATE`,
    [cohortId],
  );
  return row as { capacity: number; placesTaken: number };
}

/** Gives back one place per id given (a cohort named twice gets two back), never below none, in one statement. */
export async function freePlaces(manager: EntityManager, cohortIds: readonly string[]): Promise<void> {
  await manager.query(
    `UPDATE cohorts c SET places_taken = greatest(0, c.places_taken - freed.places)
     FROM (SELECT cohort_id, count(*)::int AS places FROM unnest($1::uuid[]) AS cohort_id GROUP BY cohort_id) freed
     WHERE c.id = freed.cohort_id`,
    [[...cohortIds]],
  );
}
