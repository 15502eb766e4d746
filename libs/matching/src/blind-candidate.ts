/**
 * What an employer may see of a candidate before shortlisting (API.md "blind"; the trust issue): enough to judge the
 * fit for this vacancy, and as little as can link the same person across vacancies. Exact distances, skill levels
 * above what the vacancy asks for and courses unrelated to it made two candidate lists joinable one-to-one, so a
 * name learned on one vacancy named the person on the other. docs/matching.md says what can still link.
 */

/** The bands a candidate's distance is shown in: the upper limit of each, in km. */
export const DISTANCE_BANDS_KM = [1, 3, 5, 10, 20] as const;

export enum DistanceBand {
  WITHIN_1_KM = 'WITHIN_1_KM',
  WITHIN_3_KM = 'WITHIN_3_KM',
  WITHIN_5_KM = 'WITHIN_5_KM',
  WITHIN_10_KM = 'WITHIN_10_KM',
  WITHIN_20_KM = 'WITHIN_20_KM',
  OVER_20_KM = 'OVER_20_KM',
}

const BAND_OF_LIMIT: Record<(typeof DISTANCE_BANDS_KM)[number], DistanceBand> = {
  1: DistanceBand.WITHIN_1_KM,
  3: DistanceBand.WITHIN_3_KM,
  5: DistanceBand.WITHIN_5_KM,
  10: DistanceBand.WITHIN_10_KM,
  20: DistanceBand.WITHIN_20_KM,
};

/**
 * A distance as a blind candidate shows it: the band, and `distanceKm` rounded up to the band's limit (over 20 km
 * shows as 20: no Manchester ward is further than that from another). Null stays null (no location to compare).
 */
export function bandedDistance(distanceKm: number | null): { distanceKm: number | null; band: DistanceBand | null } {
  if (distanceKm === null) return { distanceKm: null, band: null };
  const limit = DISTANCE_BANDS_KM.find((km) => distanceKm <= km);
  return limit === undefined
    ? { distanceKm: DISTANCE_BANDS_KM[DISTANCE_BANDS_KM.length - 1], band: DistanceBand.OVER_20_KM }
    : { distanceKm: limit, band: BAND_OF_LIMIT[limit] };
}

/**
 * A candidate's level in a required skill as shown blind: their own level up to the one required, and the required
 * level when they have more. Whether they meet it, and by how far they fall short, is what the vacancy needs.
 */
export function blindLevel(residentLevel: number, requiredLevel: number): number {
  return Math.min(residentLevel, requiredLevel);
}

/** Completed courses shown blind: only those that taught one of the skills the vacancy requires. */
export function relevantProgrammes<P extends { id: string }>(
  programmes: readonly P[],
  skillsTaught: ReadonlyMap<string, readonly string[]>,
  requiredSkills: ReadonlySet<string>,
): P[] {
  return programmes.filter((p) => (skillsTaught.get(p.id) ?? []).some((skillId) => requiredSkills.has(skillId)));
}
