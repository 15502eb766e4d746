import { DataSource, EntityManager } from 'typeorm';
import { EligibilityFacts } from './eligibility';
import { residentFacts } from '@app/residents';

/** Everything matching needs to know about one resident, read in one query (residents' `residentFacts`). */
export interface ResidentContext extends EligibilityFacts {
  userId: string;
  latitude: number | null;
  longitude: number | null;
  maxTravelKm: number | null;
  /**
   * What the fit notes and the interest order read (docs/matching.md "Interests", "Time", "Digital access"); left
   * out where a caller only ranks by the MATCHING.md rules.
   */
  interests?: readonly string[];
  availableTimes?: readonly string[];
  hoursAvailablePerWeek?: number | null;
  hasDevice?: boolean;
  hasHomeInternet?: boolean;
}

/** `db`: the data source, or a transaction's manager so the read happens on the transaction's own connection. */
export async function loadResidentContext(db: DataSource | EntityManager, userId: string): Promise<ResidentContext> {
  const row = await residentFacts(db, userId);
  return {
    userId,
    wardCode: row.ward_code,
    livesInGreaterManchester: row.lives_in_gm,
    dateOfBirth: row.date_of_birth,
    employmentStatus: row.employment_status,
    highestQualificationLevel: row.highest_qualification_level,
    maxTravelKm: row.max_travel_km,
    latitude: row.latitude,
    longitude: row.longitude,
    ethnicity: row.ethnicity,
    gender: row.gender,
    trans: row.trans,
    disability: row.disability,
    interests: row.interests,
    availableTimes: row.available_times,
    hoursAvailablePerWeek: row.hours_available_per_week,
    hasDevice: row.has_device,
    hasHomeInternet: row.has_home_internet,
    skills: new Map(row.skills),
  };
}
