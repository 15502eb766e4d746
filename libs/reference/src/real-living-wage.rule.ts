// PRODUCT.md / METRICS.md, the one definition of "pays the Real Living Wage": the annual salary is at least the
// hourly rate × the weekly hours × 52, compared unrounded. The JS test (hiring) and the SQL tests (the vacancy
// filter, the outcome report) are built from these names.

/** The weeks a year's salary is spread over to give an hourly equivalent. */
export const WEEKS_PER_YEAR = 52;

/** True when `salaryPence` a year for `hoursPerWeek` pays at least `rlwHourlyPence` an hour (false without a rate). */
export function paysRealLivingWage(salaryPence: number, hoursPerWeek: number, rlwHourlyPence: number | null): boolean {
  return rlwHourlyPence !== null && salaryPence >= rlwHourlyPence * hoursPerWeek * WEEKS_PER_YEAR;
}

/** The same test as an SQL condition over three expressions (null rate → null, which WHERE treats as false). */
export const paysRealLivingWageSql = (salaryPence: string, hoursPerWeek: string, rlwHourlyPence: string) =>
  `${salaryPence} >= ${hoursPerWeek} * ${WEEKS_PER_YEAR} * ${rlwHourlyPence}`;

/** The rate in force on a date expression, in pence an hour, as a scalar subquery (null before the first rate). */
export const realLivingWageOnSql = (date: string) =>
  `(SELECT hourly_pence FROM real_living_wage_rates WHERE effective_from <= ${date}::date
    ORDER BY effective_from DESC LIMIT 1)`;
