import { DataSource, EntityManager } from 'typeorm';

/**
 * One resident's facts as stored (residents owns resident_profiles, resident_skills and equality_monitoring; wards are
 * shared reference data): what matching makes its ResidentContext of, for scoring, eligibility and, in brokerage, a
 * record's demographic snapshot. A resident without a profile (or an id that is nobody's) gets the untouched
 * profile's defaults: no ward, no skills, no answers.
 */
export interface ResidentFacts {
  ward_code: string | null;
  lives_in_gm: boolean;
  date_of_birth: string | null;
  employment_status: string | null;
  highest_qualification_level: number | null;
  max_travel_km: number | null;
  hours_available_per_week: number | null;
  interests: string[];
  available_times: string[];
  has_device: boolean;
  has_home_internet: boolean;
  latitude: number | null;
  longitude: number | null;
  ethnicity: string | null;
  gender: string | null;
  trans: string | null;
  disability: string | null;
  skills: [string, number][];
}

/** `db`: the data source, or a transaction's manager so the read happens on the transaction's own connection. */
export async function residentFacts(db: DataSource | EntityManager, residentId: string): Promise<ResidentFacts> {
  const [row] = await db.query(
    `SELECT p.ward_code, coalesce(p.lives_in_greater_manchester, false) AS lives_in_gm, p.date_of_birth::text AS date_of_birth,
            p.employment_status, p.highest_qualification_level, p.max_travel_km, p.hours_available_per_week,
            coalesce(p.interests, '{}') AS interests, coalesce(p.available_times, '{}') AS available_times,
            coalesce(p.has_device, false) AS has_device, coalesce(p.has_home_internet, false) AS has_home_internet,
            w.latitude, w.longitude,
            e.ethnicity, e.gender, e.trans, e.disability,
            coalesce((SELECT json_agg(json_build_array(s.skill_id, s.level)) FROM resident_skills s
                       WHERE s.user_id = r.id), '[]') AS skills
     FROM (SELECT $1::uuid AS id) r
     LEFT JOIN resident_profiles p ON p.user_id = r.id
     LEFT JOIN wards w ON w.code = p.ward_code
     LEFT JOIN equality_monitoring e ON e.user_id = r.id`,
    [residentId],
  );
  return row;
}
