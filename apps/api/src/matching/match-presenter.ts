import { Injectable } from '@nestjs/common';
import { CohortEntity } from '@app/catalogue';
import { PathwayRow, projectProfile, reportedScore, ResidentContext, scoreVacancy, SkillLevels } from '@app/matching';
import { LEVEL_VALUE, levelFromValue, SkillCatalogueService, SkillEntity } from '@app/reference';
import { VacancyEntity, VacancyService } from '@app/vacancies';
import { LoadedSkillLevel, Loaders } from '../graphql/loaders';
import { Pathway, SkillMatch } from './matching.types';

const byEssentialThenName = (a: SkillMatch, b: SkillMatch) =>
  Number(b.essential) - Number(a.essential) || a.skill.name.localeCompare(b.skill.name);

/** Turns matching rows into the API's match objects, loading what they show in batches. */
@Injectable()
export class MatchPresenter {
  constructor(
    private readonly vacancies: VacancyService,
    private readonly skills: SkillCatalogueService,
  ) {}

  /** Every requirement with the resident's level against it, essential first, then by skill name (MATCHING.md). */
  skillMatches(requirements: LoadedSkillLevel[], levels: SkillLevels): SkillMatch[] {
    const scored = scoreVacancy(
      requirements.map((r) => ({ skillId: r.skill.id, level: LEVEL_VALUE[r.level], essential: r.essential })),
      levels,
    );
    return scored.skills
      .map((match, index) => ({
        skill: requirements[index].skill,
        requiredLevel: requirements[index].level,
        residentLevel: match.residentLevel > 0 ? levelFromValue(match.residentLevel) : null,
        essential: match.essential,
        met: match.met,
      }))
      .sort(byEssentialThenName);
  }

  async vacanciesById(ids: string[]): Promise<Map<string, VacancyEntity>> {
    return new Map((await this.vacancies.findByIds(ids)).map((v) => [v.id, v]));
  }

  async skillsById(ids: string[]): Promise<Map<string, SkillEntity>> {
    return new Map((await this.skills.findByIds([...new Set(ids)])).map((s) => [s.id, s]));
  }

  /** Pathway objects for rows: what the programme closes and what would still be missing for the vacancy. */
  async pathways(rows: PathwayRow[], resident: ResidentContext, loaders: Loaders): Promise<Pathway[]> {
    const vacancies = await this.vacanciesById([...new Set(rows.map((row) => row.vacancyId))]);
    return Promise.all(
      rows.map(async (row) => {
        const [programme, cohorts, requirements] = await Promise.all([
          loaders.programme.load(row.programme.programmeId),
          loaders.cohortsOfProgramme.load(row.programme.programmeId),
          loaders.requirements.load(row.vacancyId),
        ]);
        const after = projectProfile(resident.skills, row.programme.skillsGained);
        const met = (levels: SkillLevels, r: LoadedSkillLevel) => (levels.get(r.skill.id) ?? 0) >= LEVEL_VALUE[r.level];
        const byName = (a: SkillEntity, b: SkillEntity) => a.name.localeCompare(b.name);
        return {
          programme: programme!,
          cohort: cohorts.find((c: CohortEntity) => c.id === row.programme.cohortId)!,
          vacancy: vacancies.get(row.vacancyId)!,
          scoreBefore: reportedScore(row.scoreBefore),
          scoreAfter: reportedScore(row.scoreAfter),
          closesSkills: requirements
            .filter((r) => !met(resident.skills, r) && met(after, r))
            .map((r) => r.skill)
            .sort(byName),
          remainingGaps: requirements
            .filter((r) => !r.essential && !met(after, r))
            .map((r) => r.skill)
            .sort(byName),
          weeks: row.programme.weeks,
        };
      }),
    );
  }
}
