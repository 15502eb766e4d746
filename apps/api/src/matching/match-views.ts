import { PathwayRow, Requirement, reportedScore, SkillMatchResult } from '@app/matching';
import { LEVEL_VALUE, levelFromValue, SkillEntity } from '@app/reference';
import { LoadedSkillLevel, Loaders } from '../graphql/loaders';
import { Pathway, SkillMatch } from './matching.types';

// Matching answers with complete read models (scores, per-skill breakdown, what a pathway closes and leaves), by id.
// Here they only become the API's objects: each id through the request's loaders, lists in display order. Nothing
// here scores or decides whether a requirement is met (libs/matching scoring-model.ts, vacancy-score.ts).

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
const byEssentialThenName = (a: SkillMatch, b: SkillMatch) =>
  Number(b.essential) - Number(a.essential) || byName(a.skill, b.skill);

/** Loaded requirements as the scoring model sees them (levels as numbers). */
export function asRequirements(requirements: readonly LoadedSkillLevel[]): Requirement[] {
  return requirements.map((r) => ({ skillId: r.skill.id, level: LEVEL_VALUE[r.level], essential: r.essential }));
}

/** A per-skill breakdown as SkillMatch objects, essential first, then by skill name (MATCHING.md). */
export function skillMatches(
  standings: readonly SkillMatchResult[],
  skillOf: (id: string) => SkillEntity,
): SkillMatch[] {
  return standings
    .map((standing) => ({
      skill: skillOf(standing.skillId),
      requiredLevel: levelFromValue(standing.requiredLevel),
      residentLevel: standing.residentLevel > 0 ? levelFromValue(standing.residentLevel) : null,
      essential: standing.essential,
      met: standing.met,
    }))
    .sort(byEssentialThenName);
}

/** Skills by id, through the request's skill loader (one query for everything asked in the same tick). */
export async function loadSkills(loaders: Loaders, ids: readonly string[]): Promise<Map<string, SkillEntity>> {
  const skills = await loaders.skill.loadMany(ids);
  return new Map(skills.flatMap((skill) => (skill && !(skill instanceof Error) ? [[skill.id, skill]] : [])));
}

/** Pathway objects for matching's pathway rows. */
export function pathwayViews(rows: readonly PathwayRow[], loaders: Loaders): Promise<Pathway[]> {
  return Promise.all(
    rows.map(async (row) => {
      const [programme, cohort, vacancy, skills] = await Promise.all([
        loaders.programme.load(row.programme.programmeId),
        loaders.cohort.load(row.programme.cohortId),
        loaders.vacancy.load(row.vacancyId),
        loadSkills(loaders, [...row.closesSkillIds, ...row.remainingGapSkillIds]),
      ]);
      const skillsOf = (ids: readonly string[]) => ids.map((id) => skills.get(id)!).sort(byName);
      return {
        programme: programme!,
        cohort: cohort!,
        vacancy: vacancy!,
        scoreBefore: reportedScore(row.scoreBefore),
        scoreAfter: reportedScore(row.scoreAfter),
        closesSkills: skillsOf(row.closesSkillIds),
        remainingGaps: skillsOf(row.remainingGapSkillIds),
        weeks: row.programme.weeks,
      };
    }),
  );
}
