import { DataSource, EntityManager } from 'typeorm';
import { EligibilityFacts } from './eligibility';
import { residentFacts } from './matching.repository';

/** Everything matching needs to know about one resident, read in one query. */
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
    wardCode: row?.ward_code ?? null,
    livesInGreaterManchester: row?.lives_in_gm ?? false,
    dateOfBirth: row?.date_of_birth ?? null,
    employmentStatus: row?.employment_status ?? null,
    highestQualificationLevel: row?.highest_qualification_level ?? null,
    maxTravelKm: row?.max_travel_km ?? null,
    latitude: row?.latitude ?? null,
    longitude: row?.longitude ?? null,
    ethnicity: row?.ethnicity ?? null,
    gender: row?.gender ?? null,
    trans: row?.trans ?? null,
    disability: row?.disability ?? null,
    interests: row?.interests ?? [],
    availableTimes: row?.available_times ?? [],
    hoursAvailablePerWeek: row?.hours_available_per_week ?? null,
    hasDevice: row?.has_device ?? false,
    hasHomeInternet: row?.has_home_internet ?? false,
    skills: new Map(row?.skills ?? []),
  };
}
