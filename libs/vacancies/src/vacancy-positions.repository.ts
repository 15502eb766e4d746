import { EntityManager } from 'typeorm';
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
