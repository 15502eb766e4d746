import { creditOf, meetsLevel, scoreOf, weightOf } from './scoring-model';

/** A requirement as the scoring model sees it: levels are numbers 1..4 (MATCHING.md "Levels"). */
export interface Requirement {
  skillId: string;
  level: number;
  essential: boolean;
}

/** The resident's level of each skill they hold (a skill not in the map is 0). */
export type SkillLevels = ReadonlyMap<string, number>;

export interface SkillMatchResult {
  skillId: string;
  requiredLevel: number;
  residentLevel: number;
  essential: boolean;
  met: boolean;
}

export interface VacancyScore {
  /** Unrounded: rank on this. */
  score: number;
  fullyQualified: boolean;
  skills: SkillMatchResult[];
}

/** One requirement against the resident's level of its skill. */
function standingOf(requirement: Requirement, resident: SkillLevels): SkillMatchResult {
  const residentLevel = resident.get(requirement.skillId) ?? 0;
  return {
    skillId: requirement.skillId,
    requiredLevel: requirement.level,
    residentLevel,
    essential: requirement.essential,
    met: meetsLevel(residentLevel, requirement.level),
  };
}

/** The per-skill breakdown of a match, without the score: each requirement, met or not, in the requirements' order. */
export function skillStandings(requirements: readonly Requirement[], resident: SkillLevels): SkillMatchResult[] {
  return requirements.map((requirement) => standingOf(requirement, resident));
}

/**
 * MATCHING.md "Vacancy score": per requirement, credit min(l, L) / L weighted 2 when essential and 1 otherwise;
 * score = Σ w·c / Σ w; fully qualified when every essential requirement is met (l ≥ L).
 * `skills` keeps the requirements' order; callers sort for display.
 */
export function scoreVacancy(requirements: readonly Requirement[], resident: SkillLevels): VacancyScore {
  let weighted = 0;
  let weights = 0;
  let fullyQualified = true;
  const skills = requirements.map((requirement) => {
    const standing = standingOf(requirement, resident);
    weighted += creditOf(requirement.essential, standing.residentLevel, requirement.level);
    weights += weightOf(requirement.essential);
    if (requirement.essential && !standing.met) fullyQualified = false;
    return standing;
  });
  // One correctly rounded division of two whole numbers: equal scores are equal doubles, as in the SQL (matching.sql).
  return { score: scoreOf(weighted, weights), fullyQualified, skills };
}

/** The score as reported: rounded to 4 decimal places. */
export function reportedScore(score: number): number {
  return Math.round(score * 10_000) / 10_000;
}

/** MATCHING.md "projected profile": each taught skill raised to the taught level, never lowered. */
export function projectProfile(
  resident: SkillLevels,
  taught: readonly { skillId: string; level: number }[],
): Map<string, number> {
  const projected = new Map(resident);
  for (const { skillId, level } of taught) projected.set(skillId, Math.max(projected.get(skillId) ?? 0, level));
  return projected;
}

/** What a programme does for one vacancy's requirements (MATCHING.md "Pathways"), by skill id. */
export interface PathwaySkills {
  /** Requirements the resident misses now and meets once the programme is done. */
  closesSkillIds: string[];
  /** Desirable requirements still missed after the programme (every essential one is met: the pathway opens the job). */
  remainingGapSkillIds: string[];
}

/** The skills a programme teaching `gained` closes on `requirements`, and the gaps that remain (projected profile). */
export function pathwaySkills(
  requirements: readonly Requirement[],
  resident: SkillLevels,
  gained: readonly { skillId: string; level: number }[],
): PathwaySkills {
  const now = skillStandings(requirements, resident);
  const after = skillStandings(requirements, projectProfile(resident, gained));
  return {
    closesSkillIds: requirements.filter((_, i) => !now[i].met && after[i].met).map((r) => r.skillId),
    remainingGapSkillIds: requirements.filter((r, i) => !r.essential && !after[i].met).map((r) => r.skillId),
  };
}
