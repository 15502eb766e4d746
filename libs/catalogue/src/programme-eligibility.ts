import { ProgrammeEntity } from './entities/programme.entity';

/** A programme's eligibility rules as stored (API.md "Eligibility"), without its prerequisites. */
export type ProgrammeEligibility = Pick<
  ProgrammeEntity,
  'minAge' | 'maxAge' | 'employmentStatuses' | 'residency' | 'targetGroups' | 'minQualificationLevel'
>;

/**
 * The one mapping from a programme to its eligibility rules: the API's `eligibility` field, enrolment's check,
 * a partial update's starting point and matching's programme index all take the rules from here.
 */
export function eligibilityRulesOf(programme: ProgrammeEligibility): ProgrammeEligibility {
  return {
    minAge: programme.minAge,
    maxAge: programme.maxAge,
    employmentStatuses: programme.employmentStatuses,
    residency: programme.residency,
    targetGroups: programme.targetGroups,
    minQualificationLevel: programme.minQualificationLevel,
  };
}

/** The same rules selected from programmes alias `p` under the names eligibilityRulesOf reads. */
export const ELIGIBILITY_COLUMNS_SQL = `p.min_age AS "minAge", p.max_age AS "maxAge",
  p.employment_statuses::text[] AS "employmentStatuses", p.residency::text AS residency,
  p.target_groups::text[] AS "targetGroups", p.min_qualification_level AS "minQualificationLevel"`;
