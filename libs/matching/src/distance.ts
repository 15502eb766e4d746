export interface Point {
  latitude: number;
  longitude: number;
}

const EARTH_RADIUS_KM = 6371;
const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance (haversine, R = 6371 km), rounded to 0.1 km (MATCHING.md). */
export function distanceKm(a: Point, b: Point): number {
  const dLat = radians(b.latitude - a.latitude);
  const dLon = radians(b.longitude - a.longitude);
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.latitude)) * Math.cos(radians(b.latitude)) * Math.sin(dLon / 2) ** 2;
  const km = 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
  return Math.round(km * 10) / 10;
}

/**
 * MATCHING.md location rule: REMOTE always passes; otherwise, when both wards are known, the distance must be within
 * the resident's maximum travel (no limit when they gave none). Unknown wards pass.
 */
export function withinTravel(remote: boolean, distance: number | null, maxTravelKm: number | null): boolean {
  if (remote || distance === null || maxTravelKm === null) return true;
  return distance <= maxTravelKm;
}
