import { EntityManager } from 'typeorm';

/** What residents holds about a person, as their data export (brokerage's DataRightsService) shows it. */
export interface ResidentData {
  /** Undefined when the resident has no profile (nor equality answers) yet. */
  profile: unknown;
  equalityMonitoring: unknown;
  skills: unknown;
}

/**
 * The resident's profile, equality answers (they are their subject, so they see them) and skills, each as JSON.
 * Erasure needs nothing from here: these rows go with the account (identity's deleteUser; the foreign keys cascade).
 */
export async function residentDataOf(manager: EntityManager, residentId: string): Promise<ResidentData> {
  const one = async (sql: string) => ((await manager.query(sql, [residentId])) as { data: unknown }[])[0]?.data;
  return {
    profile: await one(`SELECT to_jsonb(p) - 'user_id' AS data FROM resident_profiles p WHERE p.user_id = $1`),
    equalityMonitoring: await one(
      `SELECT to_jsonb(e) - 'user_id' AS data FROM equality_monitoring e WHERE e.user_id = $1`,
    ),
    skills: await one(
      `SELECT coalesce(json_agg(json_build_object('skill', k.name, 'escoUri', k.esco_uri, 'level', s.level,
                'evidence', s.evidence, 'updatedAt', s.updated_at) ORDER BY k.name), '[]') AS data
       FROM resident_skills s JOIN skills k ON k.id = s.skill_id WHERE s.user_id = $1`,
    ),
  };
}
