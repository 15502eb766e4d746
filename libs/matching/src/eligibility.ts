/** What eligibility looks at about a resident. Equality answers are used silently and never reported. */
export interface EligibilityFacts {
  dateOfBirth: string | null;
  employmentStatus: string | null;
  wardCode: string | null;
  livesInGreaterManchester: boolean;
  highestQualificationLevel: number | null;
  gender: string | null;
  trans: string | null;
  ethnicity: string | null;
  disability: string | null;
  skills: ReadonlyMap<string, number>;
}

export interface EligibilityRules {
  minAge: number | null;
  maxAge: number | null;
  employmentStatuses: readonly string[];
  residency: 'MANCHESTER' | 'GREATER_MANCHESTER' | 'ANY';
  targetGroups: readonly string[];
  minQualificationLevel: number | null;
  essentialPrerequisites: readonly { skillId: string; level: number }[];
}

const PLAIN_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** YYYY-MM-DD as the number YYYYMMDD. */
const asNumber = (date: string) =>
  Number(date.slice(0, 4)) * 10_000 + Number(date.slice(5, 7)) * 100 + Number(date.slice(8, 10));

/** Age in whole years on `onDate` (both YYYY-MM-DD). */
export function ageOn(dateOfBirth: string, onDate: string): number {
  if (PLAIN_DATE.test(dateOfBirth) && PLAIN_DATE.test(onDate)) {
    // Without splitting strings (programme matching asks for thousands of ages per request). As YYYYMMDD numbers,
    // the difference is 10,000 × the difference in years plus that of MMDD (under 10,000 either way), so dividing
    // and rounding down takes a year off exactly when the birthday is still to come.
    return Math.floor((asNumber(onDate) - asNumber(dateOfBirth)) / 10_000);
  }
  const [by, bm, bd] = dateOfBirth.split('-').map(Number);
  const [y, m, d] = onDate.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** MATCHING.md target group AGED_50_PLUS: from this age on the cohort's start date. */
export const AGED_50_PLUS_FROM = 50;

/** MATCHING.md target groups: does the resident belong to this one? */
export function inTargetGroup(group: string, resident: EligibilityFacts, ageOnStart: number | null): boolean {
  switch (group) {
    case 'WOMEN':
      return resident.gender === 'WOMAN';
    case 'TRANS_AND_NON_BINARY':
      return resident.trans === 'YES' || resident.gender === 'NON_BINARY';
    case 'ETHNIC_MINORITY':
      return (
        resident.ethnicity !== null &&
        resident.ethnicity !== 'WHITE_BRITISH' &&
        resident.ethnicity !== 'PREFER_NOT_TO_SAY'
      );
    case 'DISABLED':
      return resident.disability === 'YES';
    case 'AGED_50_PLUS':
      return ageOnStart !== null && ageOnStart >= AGED_50_PLUS_FROM;
    default:
      return false;
  }
}

/**
 * MATCHING.md "Eligibility": every rule must hold, age taken on the cohort's start date. One function for matching and
 * for applying (brokerage), so the two can never disagree. It answers yes or no only: which rule failed, and so any
 * protected characteristic, is never revealed.
 */
export function isEligible(resident: EligibilityFacts, rules: EligibilityRules, cohortStartDate: string): boolean {
  // Worked out only for the rules that use it: programme matching asks this of thousands of programmes per request.
  const needsAge = rules.minAge !== null || rules.maxAge !== null || rules.targetGroups.length > 0;
  const age = needsAge && resident.dateOfBirth ? ageOn(resident.dateOfBirth, cohortStartDate) : null;
  if (rules.minAge !== null && (age === null || age < rules.minAge)) return false;
  if (rules.maxAge !== null && (age === null || age > rules.maxAge)) return false;
  if (rules.employmentStatuses.length > 0 && !rules.employmentStatuses.includes(resident.employmentStatus ?? ''))
    return false;
  if (rules.residency === 'MANCHESTER' && !resident.wardCode) return false;
  if (rules.residency === 'GREATER_MANCHESTER' && !resident.wardCode && !resident.livesInGreaterManchester)
    return false;
  if (rules.targetGroups.length > 0 && !rules.targetGroups.some((group) => inTargetGroup(group, resident, age)))
    return false;
  if (
    rules.minQualificationLevel !== null &&
    (resident.highestQualificationLevel ?? -1) < rules.minQualificationLevel
  ) {
    return false;
  }
  return rules.essentialPrerequisites.every(({ skillId, level }) => (resident.skills.get(skillId) ?? 0) >= level);
}
