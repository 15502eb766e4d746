import { distanceKm, Point } from './distance';

/** A YYYY-MM-DD date as the whole number YYYYMMDD: same order, compared without strings. */
export const dayNumber = (date: string): number =>
  Number(date.slice(0, 4)) * 10_000 + Number(date.slice(5, 7)) * 100 + Number(date.slice(8, 10));

/**
 * The distinct locations (ward centroids) of a snapshot. Rows keep an index into it, so a request works out the
 * distance to each location once (a few hundred wards) instead of once per row (100,000 vacancies).
 */
export class Places {
  readonly points: Point[] = [];
  private readonly indexOf = new Map<string, number>();

  /** The index of this location, or -1 when it is unknown. */
  add(latitude: number | null, longitude: number | null): number {
    if (latitude === null || longitude === null) return -1;
    const key = `${latitude},${longitude}`;
    let index = this.indexOf.get(key);
    if (index === undefined) {
      index = this.points.length;
      this.points.push({ latitude, longitude });
      this.indexOf.set(key, index);
    }
    return index;
  }
}

/** distanceKm from `here` to each point (rounded as MATCHING.md says); null for all when `here` is unknown. */
export function distancesFrom(here: Point | null, points: readonly Point[]): (number | null)[] {
  return points.map((point) => (here === null ? null : distanceKm(here, point)));
}

/** The resident's location, when their ward is known. */
export const residentPoint = (resident: { latitude: number | null; longitude: number | null }): Point | null =>
  resident.latitude === null || resident.longitude === null
    ? null
    : { latitude: resident.latitude, longitude: resident.longitude };
