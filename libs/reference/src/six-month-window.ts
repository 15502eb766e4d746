import { addDays } from './london-date';

// API.md "Outcomes" and METRICS.md "positive outcome", the one definition of the six-month window: an outcome counts
// when it starts no earlier than the cohort's start and no later than 182 days after completion. Brokerage (an
// outcome's withinSixMonths) and metrics (the positive-outcome stage, employment within six months) both use it.

export const SIX_MONTHS_DAYS = 182;

/** Without a completion date an outcome cannot be within six months. */
export function withinSixMonths(outcomeStart: string, completionDate: string | null, cohortStart: string): boolean {
  if (!completionDate) return false;
  return outcomeStart >= cohortStart && outcomeStart <= addDays(completionDate, SIX_MONTHS_DAYS);
}

/** The last day of the window as an SQL date expression, from a completion date expression. */
export const sixMonthsAfterSql = (completionDate: string) => `${completionDate} + ${SIX_MONTHS_DAYS}`;
