// SQL fragments of the scoring model (MATCHING.md), shared by every matching query so they cannot drift apart.
// Credit is kept as a whole number: w × min(l, L) × (12 / L) (12 is divisible by every level), and a score is one
// division credit / (12 × Σw), as in scoreVacancy, so equal scores are equal and ties break as documented.

/** w × min(level, L) × 12 / L for requirement `r` and a held level expression. */
export const credit = (level: string) =>
  `(CASE WHEN r.essential THEN 2 ELSE 1 END * least(${level}, r.level) * (12 / r.level))`;

/** Great-circle distance (R = 6371 km) between two points, rounded to 0.1 km; null when either is unknown. */
export const distanceKm = (lat1: string, lon1: string, lat2: string, lon2: string) =>
  `round((2 * 6371 * asin(least(1, sqrt(
      power(sin(radians(${lat2} - ${lat1}) / 2), 2)
      + cos(radians(${lat1})) * cos(radians(${lat2})) * power(sin(radians(${lon2} - ${lon1}) / 2), 2)))))::numeric, 1)::float8`;

/** MATCHING.md rule 1: a vacancy anyone may match now (alias v, employer alias o). */
export const matchableVacancy = (today: string) =>
  `v.status = 'OPEN' AND v.closes_on >= ${today}::date AND v.positions_filled < v.positions AND o.verified`;
