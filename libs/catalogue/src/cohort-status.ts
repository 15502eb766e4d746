import { CohortStatus } from './catalogue.enums';

export interface CohortFacts {
  startDate: string;
  endDate: string;
  applicationsCloseOn: string;
  capacity: number;
  placesTaken: number;
  cancelledAt: Date | null;
}

/**
 * cohortStatus(…) = OPEN as SQL, for cohort alias `c` on the date parameter `today`: not cancelled, not yet started
 * (so not FINISHED or RUNNING), places left (not FULL), applications still open. Kept beside cohortStatus so the two
 * change together.
 */
export const openCohortSql = (c: string, today: string) =>
  `${c}.cancelled_at IS NULL AND ${c}.start_date > ${today}::date AND ${c}.places_taken < ${c}.capacity
   AND ${c}.applications_close_on >= ${today}::date`;

/** API.md "Cohort status": the first rule that holds, on `today` (YYYY-MM-DD, Europe/London). */
export function cohortStatus(cohort: CohortFacts, today: string): CohortStatus {
  if (cohort.cancelledAt) return CohortStatus.CANCELLED;
  if (today > cohort.endDate) return CohortStatus.FINISHED;
  if (cohort.startDate <= today) return CohortStatus.RUNNING;
  if (cohort.placesTaken >= cohort.capacity) return CohortStatus.FULL;
  if (today <= cohort.applicationsCloseOn) return CohortStatus.OPEN;
  return CohortStatus.PLANNED;
}
