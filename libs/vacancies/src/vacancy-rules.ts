import { VacancyStatus } from './vacancy.enums';

const WEEKS_PER_YEAR = 52;

/** The minimum hourly rate a vacancy pays, in pence, rounded to the nearest penny (salary / (hours × 52)). */
export function hourlyRateMinPence(salaryMinPence: number, hoursPerWeek: number): number {
  return Math.round(salaryMinPence / (hoursPerWeek * WEEKS_PER_YEAR));
}

/** True when the minimum pay meets the Real Living Wage rate in force (compared unrounded). */
export function paysRealLivingWage(
  salaryMinPence: number,
  hoursPerWeek: number,
  rlwHourlyPence: number | null,
): boolean {
  return rlwHourlyPence !== null && salaryMinPence >= rlwHourlyPence * hoursPerWeek * WEEKS_PER_YEAR;
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
