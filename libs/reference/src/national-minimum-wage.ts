import { NATIONAL_MINIMUM_WAGE_SEED } from './seed/national-minimum-wage.seed';

/**
 * The adult minimum wage in pence an hour in force on `date` (YYYY-MM-DD), from the dated table in
 * seed/national-minimum-wage.seed.ts; before the table's first rate, that first rate. A pure lookup (the table is
 * small and ships with the code), so row rules can use it without a database round trip.
 */
export function nationalMinimumWagePenceOn(date: string): number {
  let rate = NATIONAL_MINIMUM_WAGE_SEED[0].hourlyPence;
  for (const row of NATIONAL_MINIMUM_WAGE_SEED) if (row.effectiveFrom <= date) rate = row.hourlyPence;
  return rate;
}
