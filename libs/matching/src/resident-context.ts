import { DataSource, EntityManager } from 'typeorm';
import { EligibilityFacts } from './eligibility';

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
  const [row] = await db.query(
    `SELECT p.ward_code, coalesce(p.lives_in_greater_manchester, false) AS lives_in_gm, p.date_of_birth::text AS date_of_birth,
            p.employment_status, p.highest_qualification_level, p.max_travel_km, p.hours_available_per_week,
            coalesce(p.interests, '{}') AS interests, coalesce(p.available_times, '{}') AS available_times,
            coalesce(p.has_device, false) AS has_device, coalesce(p.has_home_internet, false) AS has_home_internet,
            w.latitude, w.longitude,
            e.ethnicity, e.gender, e.trans, e.disability,
            coalesce((SELECT json_agg(json_build_array(s.skill_id, s.level)) FROM resident_skills s WHERE s.user_id = u.id), '[]') AS skills
     FROM users u
     LEFT JOIN resident_profiles p ON p.user_id = u.id
     LEFT JOIN wards w ON w.code = p.ward_code
     LEFT JOIN equality_monitoring e ON e.user_id = u.id
     WHERE u.id = $1`,
    [userId],
  );
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
    skills: new Map((row?.skills ?? []) as [string, number][]),
  };
}
