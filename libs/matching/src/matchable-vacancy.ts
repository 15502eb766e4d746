import { verifiedOrganisationIdsSql } from '@app/identity';

// MATCHING.md rule 1, the one definition of a vacancy anyone may match now: OPEN, of a verified employer, closing
// today or later, with a position left. The index keeps the first two (they change only with a write, which bumps
// the index version) and checks the other two per request; the SQL paths check all four at once.

/** The part of the rule the vacancy index loads by (alias v); identity says which employers are verified. */
export const INDEXED_VACANCY = `v.status = 'OPEN' AND v.employer_id IN (${verifiedOrganisationIdsSql()})`;

/** The rule as one SQL condition (alias v); `today` is a date expression. */
export const matchableVacancy = (today: string) =>
  `${INDEXED_VACANCY} AND v.closes_on >= ${today}::date AND v.positions_filled < v.positions`;

/** The per-request part for an indexed vacancy: closes today or later (day numbers) and a position is left. */
export function stillMatchable(positionsOpen: boolean | number, closesOnDay: number, todayDay: number): boolean {
  return Boolean(positionsOpen) && closesOnDay >= todayDay;
}
