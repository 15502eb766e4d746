import { CohortStatus } from './catalogue.enums';

export interface CohortFacts {
  startDate: string;
  endDate: string;
  applicationsCloseOn: string;
  capacity: number;
  placesTaken: number;
  cancelledAt: Date | null;
}

/** API.md "Cohort status": the first rule that holds, on `today` (YYYY-MM-DD, Europe/London). */
export function cohortStatus(cohort: CohortFacts, today: string): CohortStatus {
  if (cohort.cancelledAt) return CohortStatus.CANCELLED;
  if (today > cohort.endDate) return CohortStatus.FINISHED;
  if (cohort.startDate <= today) return CohortStatus.RUNNING;
  if (cohort.placesTaken >= cohort.capacity) return CohortStatus.FULL;
  if (today <= cohort.applicationsCloseOn) return CohortStatus.OPEN;
  return CohortStatus.PLANNED;
}
