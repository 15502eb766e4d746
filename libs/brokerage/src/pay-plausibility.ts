import { nationalMinimumWagePenceOn, WEEKS_PER_YEAR } from '@app/reference';

/** METRICS.md "Whose records count": no reported salary works out at more than £200 an hour. */
export const MAX_PLAUSIBLE_HOURLY_PENCE = 20_000;
/** The working weeks a salary is tried against when a row gives no hours (API.md: hours 1..60). */
const FEWEST_HOURS = 1;
const MOST_HOURS = 60;

const money = (pence: number) => `£${(pence / 100).toFixed(2)}`;

/**
 * Why a provider-reported annual salary is not plausible, or null when it is (METRICS.md "Whose records count"): its
 * hourly equivalent, salary / (hours × 52), must be from half the adult National Minimum Wage in force on `onDate`
 * (reference data) up to £200. Without hours, it is refused only when no week of 1 to 60 hours would make it
 * plausible. A salary too low that would be plausible × 100 was most likely sent in pounds, and the message says so.
 */
export function implausibleSalary(
  field: string,
  salaryPence: number,
  hoursPerWeek: number | null,
  onDate: string,
): string | null {
  const floor = nationalMinimumWagePenceOn(onDate) / 2;
  // The highest and lowest hourly rates the salary can stand for (equal when the hours are given).
  const hourlyAt = (salary: number, hours: number) => salary / (hours * WEEKS_PER_YEAR);
  const plausible = (salary: number) =>
    hourlyAt(salary, hoursPerWeek ?? FEWEST_HOURS) >= floor &&
    hourlyAt(salary, hoursPerWeek ?? MOST_HOURS) <= MAX_PLAUSIBLE_HOURLY_PENCE;
  if (plausible(salaryPence)) return null;

  const tooLow = hourlyAt(salaryPence, hoursPerWeek ?? FEWEST_HOURS) < floor;
  const hours = hoursPerWeek ?? (tooLow ? FEWEST_HOURS : MOST_HOURS);
  const week =
    hoursPerWeek === null ? `even at ${hours} hour${hours === 1 ? '' : 's'} a week` : `for ${hours} hours a week`;
  const hourly = money(hourlyAt(salaryPence, hours));
  if (tooLow && plausible(salaryPence * 100)) {
    return (
      `${field} looks like pounds, not pence: ${salaryPence} pence a year is ${hourly} an hour ${week}; ` +
      `send ${salaryPence * 100} for £${salaryPence.toLocaleString('en-GB')} a year`
    );
  }
  return tooLow
    ? `${field} is ${hourly} an hour ${week}, below half the National Minimum Wage in force on ${onDate} ` +
        `(${money(floor)} an hour): check the salary and the hours`
    : `${field} is ${hourly} an hour ${week}, above £200 an hour: check the salary and the hours`;
}
