import { EntityManager } from 'typeorm';
import { VacancyEntity } from './entities/vacancy.entity';
import { VacancyStatus } from './vacancy.enums';

/**
 * Fills one position of a vacancy (vacancies owns positions_filled; hiring in brokerage calls this in its own
 * transaction). A conditional UPDATE, so there are never more hires than positions under any concurrency; the last
 * position marks the vacancy FILLED. Null when no position is left; otherwise whether this one was the last.
 */
export async function fillPosition(
  manager: EntityManager,
  vacancyId: string,
): Promise<{ lastPosition: boolean } | null> {
  const [rows, affected]: [{ status: string }[], number] = await manager.query(
    `UPDATE vacancies SET positions_filled = positions_filled + 1,
            status = CASE WHEN positions_filled + 1 >= positions THEN 'FILLED'::vacancy_status ELSE status END
     WHERE id = $1 AND positions_filled < positions AND status <> 'FILLED'
     RETURNING status`,
    [vacancyId],
  );
  if (affected !== 1) return null;
  return { lastPosition: rows[0].status === VacancyStatus.FILLED };
}

/**
 * Reads the vacancy and locks its row FOR UPDATE for the rest of the caller's transaction (null when there is no such
 * vacancy): a move of one of its applications holds it, so two hires, or a hire and the moves it closes, queue on it.
 */
export function lockVacancy(manager: EntityManager, vacancyId: string): Promise<VacancyEntity | null> {
  return manager.findOne(VacancyEntity, { where: { id: vacancyId }, lock: { mode: 'pessimistic_write' } });
}

/**
 * Reads the vacancy and share-locks its row (FOR SHARE) for the rest of the caller's transaction (null when there is no
 * such vacancy): applying waits for a hire that holds lockVacancy, then sees the vacancy as filled; applicants do not
 * wait for each other.
 */
export function shareLockVacancy(manager: EntityManager, vacancyId: string): Promise<VacancyEntity | null> {
  return manager.findOne(VacancyEntity, { where: { id: vacancyId }, lock: { mode: 'pessimistic_read' } });
}
