// MATCHING.md "Vacancy score": the one definition of the scoring model. Every path that scores (the SQL matching
// queries, scoreVacancy in JS, the typed-array scans of the indexes, and the per-vacancy weight the vacancies domain
// stores beside the requirements) builds on these names, so a weight or the credit scale cannot drift between them.

/** Weight of an essential requirement. */
export const ESSENTIAL_WEIGHT = 2;
/** Weight of a desirable requirement. */
export const DESIRABLE_WEIGHT = 1;
/** 12 is divisible by every level (1..4), so each credit × 12 is a whole number and sums are exact. */
export const CREDIT_SCALE = 12;
/** The levels a requirement or a held skill has (MATCHING.md "Levels"; 0 = not held). */
export const LOWEST_LEVEL = 1;
export const HIGHEST_LEVEL = 4;

/** The weight of one requirement. */
export function weightOf(essential: boolean | number): number {
  return essential ? ESSENTIAL_WEIGHT : DESIRABLE_WEIGHT;
}

/** A requirement is met when the level held reaches the level required (MATCHING.md "fully qualified"). */
export function meetsLevel(held: number, required: number): boolean {
  return held >= required;
}

/** Scaled credit w × min(held, required) × 12 / required: a whole number (CREDIT_SCALE). */
export function creditOf(essential: boolean | number, held: number, required: number): number {
  return weightOf(essential) * (held < required ? held : required) * (CREDIT_SCALE / required);
}

/** Scaled credit added by raising a held level to `reached` (≤ required), as creditOf(reached) − creditOf(held). */
export function creditGained(essential: boolean | number, held: number, reached: number, required: number): number {
  return weightOf(essential) * (reached - held) * (CREDIT_SCALE / required);
}

/** Σ weight of a vacancy's requirements: with the scaled credit, the score is credit / (CREDIT_SCALE × Σw). */
export function requirementWeight(requirements: readonly { essential: boolean }[]): number {
  return requirements.reduce((sum, r) => sum + weightOf(r.essential), 0);
}

/** The score from a scaled credit and a Σ weight: one correctly rounded division, in JS as in SQL. */
export function scoreOf(credit: number, weight: number): number {
  return weight === 0 ? 0 : credit / (CREDIT_SCALE * weight);
}

// The same model as SQL fragments. `r` is the requirement row (columns level, essential).

/** w for requirement alias `r` (or any boolean expression). */
export const weightSql = (essential = 'r.essential') =>
  `CASE WHEN ${essential} THEN ${ESSENTIAL_WEIGHT} ELSE ${DESIRABLE_WEIGHT} END`;

/** w × min(level, L) × 12 / L for requirement `r` and a held level expression. */
export const credit = (level: string) => `(${weightSql()} * least(${level}, r.level) * (${CREDIT_SCALE} / r.level))`;

/** The score of a scaled credit over a Σ weight, as a float8 (one division, as scoreOf). */
export const scoreSql = (creditSum: string, weight: string) => `${creditSum}::float8 / (${CREDIT_SCALE} * ${weight})`;
