import { addDays } from '@app/reference';

export const SIX_MONTHS_DAYS = 182;

/**
 * API.md "Outcomes": an outcome counts as within six months when it starts no later than 182 days after completion
 * and not before the cohort started. Without a completion date it cannot be.
 */
export function withinSixMonths(outcomeStart: string, completionDate: string | null, cohortStart: string): boolean {
  if (!completionDate) return false;
  return outcomeStart >= cohortStart && outcomeStart <= addDays(completionDate, SIX_MONTHS_DAYS);
}
