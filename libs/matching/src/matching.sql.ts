// SQL fragments shared by every matching query so they cannot drift apart. The scoring model's fragments (credit,
// score) are built in scoring-model.ts and the matchable-vacancy rule in matchable-vacancy.ts, from the same
// definitions as the JS and typed-array paths.
export { credit, scoreSql } from './scoring-model';
export { matchableVacancy } from './matchable-vacancy';

/** Great-circle distance (R = 6371 km) between two points, rounded to 0.1 km; null when either is unknown. */
export const distanceKm = (lat1: string, lon1: string, lat2: string, lon2: string) =>
  `round((2 * 6371 * asin(least(1, sqrt(
      power(sin(radians(${lat2} - ${lat1}) / 2), 2)
      + cos(radians(${lat1})) * cos(radians(${lat2})) * power(sin(radians(${lon2} - ${lon1}) / 2), 2)))))::numeric, 1)::float8`;
