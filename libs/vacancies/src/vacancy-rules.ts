import { WEEKS_PER_YEAR } from '@app/reference';
import { VacancyStatus } from './vacancy.enums';

// The Real Living Wage test is reference data's; re-exported for the callers that know it from here.
export { paysRealLivingWage } from '@app/reference';

/** The minimum hourly rate a vacancy pays, in pence, rounded to the nearest penny (salary / (hours × 52)). */
export function hourlyRateMinPence(salaryMinPence: number, hoursPerWeek: number): number {
  return Math.round(salaryMinPence / (hoursPerWeek * WEEKS_PER_YEAR));
}

/** The status a vacancy shows on `today`: an OPEN vacancy past its closing date is CLOSED. */
export function effectiveVacancyStatus(
  vacancy: { status: VacancyStatus; closesOn: string },
  today: string,
): VacancyStatus {
  return vacancy.status === VacancyStatus.OPEN && vacancy.closesOn < today ? VacancyStatus.CLOSED : vacancy.status;
}

/** The moves employers make: DRAFT → OPEN → CLOSED. FILLED comes from hiring; nothing leaves CLOSED or FILLED. */
export function canMove(from: VacancyStatus, to: VacancyStatus.OPEN | VacancyStatus.CLOSED): boolean {
  return (
    (from === VacancyStatus.DRAFT && to === VacancyStatus.OPEN) ||
    (from === VacancyStatus.OPEN && to === VacancyStatus.CLOSED)
  );
}
