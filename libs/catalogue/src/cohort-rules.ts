import { FieldError } from '@app/errors';

/** What a provider plans for a cohort: its dates and its number of places. */
export interface CohortPlan {
  startDate: string;
  endDate: string;
  applicationsCloseOn: string;
  capacity: number;
}

export const MAX_COHORT_CAPACITY = 10_000;

/**
 * API.md "Validation", the one place for a cohort's rules, on creation and on every change: capacity 1..10,000 and
 * never below the places already taken; the end after the start; applications closing on or before the start. Dates
 * are YYYY-MM-DD strings (the Date scalar checked their form), so they compare as text. Every problem is listed, each
 * by its input path (`input.endDate`).
 */
export function cohortProblems(plan: CohortPlan, placesTaken: number): FieldError[] {
  const problems: FieldError[] = [];
  const { startDate, endDate, applicationsCloseOn, capacity } = plan;
  for (const field of ['startDate', 'endDate', 'applicationsCloseOn'] as const) {
    if (typeof plan[field] !== 'string')
      problems.push({ path: `input.${field}`, message: `${field} cannot be cleared` });
  }
  if (!Number.isInteger(capacity) || capacity < 1 || capacity > MAX_COHORT_CAPACITY) {
    problems.push({ path: 'input.capacity', message: 'capacity must be 1 to 10,000' });
  } else if (capacity < placesTaken) {
    problems.push({
      path: 'input.capacity',
      message: `capacity must not be below the ${placesTaken} places already taken`,
    });
  }
  if (typeof startDate === 'string' && typeof endDate === 'string' && endDate <= startDate) {
    problems.push({ path: 'input.endDate', message: 'endDate must be after startDate' });
  }
  if (typeof startDate === 'string' && typeof applicationsCloseOn === 'string' && applicationsCloseOn > startDate) {
    problems.push({ path: 'input.applicationsCloseOn', message: 'applicationsCloseOn must be on or before startDate' });
  }
  return problems;
}
