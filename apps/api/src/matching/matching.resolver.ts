import { EnrolmentService } from '@app/brokerage';
import { CatalogueError, CohortStatus, cohortStatus, ProgrammeService } from '@app/catalogue';
import { Args, Context, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { isUUID } from 'class-validator';
import { Role, UserEntity } from '@app/identity';
import {
  bandedDistance,
  CandidateMatchingService,
  ProgrammeMatchingService,
  programmeFits,
  vacancyFits,
  relevantProgrammes,
  reportedScore,
  ResidentContext,
  VacancyMatchingService,
} from '@app/matching';
import { levelFromValue } from '@app/reference';
import { effectiveVacancyStatus, VacancyService, VacancyStatus, VacancyError } from '@app/vacancies';
import { londonToday } from '@app/reference';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { GraphQLContext } from '../graphql/loaders';
import { MAX_PAGE_SIZE } from '../graphql/pagination';
import { InvalidInputError } from '@app/errors';
import { loadSkills, pathwayViews, skillMatches } from './match-views';
import { CandidateMatch, MatchFilterInput, MatchNote, Pathway, ProgrammeMatch, VacancyMatch } from './matching.types';

/** `first` for the match lists: 1..100 (they are ranked lists, not connections). */
function checkFirst(first: number | null | undefined, fallback: number): number {
  const value = first ?? fallback;
  if (!Number.isInteger(value) || value < 1 || value > MAX_PAGE_SIZE) {
    throw new InvalidInputError([{ path: 'first', message: `first must be between 1 and ${MAX_PAGE_SIZE}` }]);
  }
  return value;
}

@Resolver(() => VacancyMatch)
export class MatchingResolver {
  constructor(
    private readonly vacancyMatching: VacancyMatchingService,
    private readonly programmeMatching: ProgrammeMatchingService,
    private readonly candidateMatching: CandidateMatchingService,
    private readonly vacancyService: VacancyService,
    private readonly enrolments: EnrolmentService,
    private readonly programmeService: ProgrammeService,
  ) {}

  @Roles(Role.RESIDENT)
  @Query(() => [VacancyMatch], { description: 'Vacancies you match now, best first (MATCHING.md)' })
  async myVacancyMatches(
    @CurrentUser() user: UserEntity,
    @Context() { loaders }: GraphQLContext,
    // typed without `| null` so the validation pipe sees the class
    @Args('filter', { type: () => MatchFilterInput, nullable: true }) filter: MatchFilterInput,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number | null,
  ): Promise<VacancyMatch[]> {
    const limit = checkFirst(first, 20);
    const resident = await loaders.residentContext.load(user.id);
    const rows = await this.vacancyMatching.matchVacancies(resident, filter ?? {}, limit);
    const pathwayLoader = this.pathwayLoader(resident, loaders);
    return Promise.all(
      rows.map(async (row) => {
        const [vacancy, skills] = await Promise.all([
          loaders.vacancy.load(row.vacancyId),
          loadSkills(
            loaders,
            row.skills.map((s) => s.skillId),
          ),
        ]);
        return {
          vacancy: vacancy!,
          score: reportedScore(row.score),
          fullyQualified: row.fullyQualified,
          distanceKm: row.distanceKm,
          skills: skillMatches(row.skills, (id) => skills.get(id)!),
          fits: vacancyFits(
            resident,
            vacancy!,
            [...skills.values()].map((skill) => skill.category),
          ),
          pathwayLoader,
        };
      }),
    );
  }

  @ResolveField(() => [Pathway], { description: 'Courses that would open this vacancy to you, best first' })
  async pathways(
    @Parent() match: VacancyMatch,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 3 }) first: number | null,
  ): Promise<Pathway[]> {
    const limit = checkFirst(first, 3);
    return (await match.pathwayLoader.load(match.vacancy.id)).slice(0, limit);
  }

  @Roles(Role.RESIDENT)
  @Query(() => [ProgrammeMatch], { description: 'Courses you can get into, ranked by the jobs they would open' })
  async myProgrammeMatches(
    @CurrentUser() user: UserEntity,
    @Context() { loaders }: GraphQLContext,
    @Args('filter', { type: () => MatchFilterInput, nullable: true }) filter: MatchFilterInput,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number | null,
  ): Promise<ProgrammeMatch[]> {
    const limit = checkFirst(first, 20);
    const resident = await loaders.residentContext.load(user.id);
    const rows = await this.programmeMatching.matchProgrammes(resident, filter ?? {}, limit);
    const skills = await loadSkills(
      loaders,
      rows.flatMap((row) => row.skillsGained.map((g) => g.skillId)),
    );
    return Promise.all(
      rows.map(async (row) => {
        const programme = (await loaders.programme.load(row.programmeId))!;
        const nextCohort = (await loaders.cohortsOfProgramme.load(row.programmeId)).find((c) => c.id === row.cohortId)!;
        const taught = await loaders.skillsTaught.load(row.programmeId);
        return {
          programme,
          nextCohort,
          fits: programmeFits(
            resident,
            programme,
            nextCohort,
            taught.map((t) => t.skill.category),
          ),
          skillsGained: row.skillsGained
            .map((gain) => ({ skill: skills.get(gain.skillId)!, level: levelFromValue(gain.level) }))
            .sort((a, b) => a.skill.name.localeCompare(b.skill.name)),
          vacanciesOpened: row.vacanciesOpened,
          vacanciesImproved: row.vacanciesImproved,
          distanceKm: row.distanceKm,
        };
      }),
    );
  }

  @Roles(Role.RESIDENT)
  @Query(() => [Pathway], { description: 'Course → job pathways open to you, best first' })
  async myPathways(
    @CurrentUser() user: UserEntity,
    @Context() { loaders }: GraphQLContext,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 10 }) first: number | null,
  ): Promise<Pathway[]> {
    const limit = checkFirst(first, 10);
    const resident = await loaders.residentContext.load(user.id);
    return pathwayViews(await this.programmeMatching.pathways(resident, limit), loaders);
  }

  @Roles(Role.RESIDENT)
  @Query(() => [Pathway], { description: 'Courses that would open this vacancy to you, best first' })
  async pathwaysToVacancy(
    @CurrentUser() user: UserEntity,
    @Context() { loaders }: GraphQLContext,
    @Args('vacancyId', { type: () => ID }) vacancyId: string,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 10 }) first: number | null,
  ): Promise<Pathway[]> {
    const limit = checkFirst(first, 10);
    if (!(await this.vacancyService.findVisible(user, vacancyId))) throw VacancyError.notFound();
    const resident = await loaders.residentContext.load(user.id);
    const rows = await this.programmeMatching.pathways(resident, limit, [vacancyId]);
    return pathwayViews(rows.slice(0, limit), loaders);
  }

  @Roles(Role.RESIDENT)
  @Query(() => [MatchNote], {
    description:
      "How a job fits your life (interests, hours), whether or not you match it: for the job's page (docs/matching.md)",
  })
  async myVacancyFits(
    @CurrentUser() user: UserEntity,
    @Context() { loaders }: GraphQLContext,
    @Args('vacancyId', { type: () => ID }) vacancyId: string,
  ): Promise<MatchNote[]> {
    const vacancy = await this.vacancyService.findVisible(user, vacancyId);
    if (!vacancy) throw VacancyError.notFound();
    const [resident, requirements] = await Promise.all([
      loaders.residentContext.load(user.id),
      loaders.requirements.load(vacancy.id),
    ]);
    return vacancyFits(
      resident,
      vacancy,
      requirements.map((r) => r.skill.category),
    );
  }

  @Roles(Role.RESIDENT)
  @Query(() => [MatchNote], {
    description:
      "How a course fits your life (interests, hours, its next OPEN cohort's times, digital access), whether or not you can apply: for the course's page",
  })
  async myProgrammeFits(
    @CurrentUser() user: UserEntity,
    @Context() { loaders }: GraphQLContext,
    @Args('programmeId', { type: () => ID }) programmeId: string,
  ): Promise<MatchNote[]> {
    const programme = await this.programmeService.findVisible(user, programmeId);
    if (!programme) throw CatalogueError.programmeNotFound();
    const today = londonToday();
    const [resident, cohorts, taught] = await Promise.all([
      loaders.residentContext.load(user.id),
      loaders.cohortsOfProgramme.load(programme.id),
      loaders.skillsTaught.load(programme.id),
    ]);
    const next = cohorts
      .filter((cohort) => cohortStatus(cohort, today) === CohortStatus.OPEN)
      .sort((a, b) => a.startDate.localeCompare(b.startDate))[0];
    return programmeFits(
      resident,
      programme,
      next ?? { deliveryTimes: [] },
      taught.map((t) => t.skill.category),
    );
  }

  @Roles(Role.EMPLOYER)
  @Query(() => [CandidateMatch], {
    description: 'Residents who share their profile, scored against your OPEN vacancy, blind',
  })
  async vacancyCandidates(
    @CurrentUser() user: UserEntity,
    @Context() { loaders }: GraphQLContext,
    @Args('vacancyId', { type: () => ID }) vacancyId: string,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number | null,
  ): Promise<CandidateMatch[]> {
    const limit = checkFirst(first, 20);
    const vacancy = isUUID(vacancyId) ? (await this.vacancyService.findByIds([vacancyId]))[0] : undefined;
    if (!vacancy || vacancy.employerId !== user.organisationId) throw VacancyError.notFound();
    if (effectiveVacancyStatus(vacancy, londonToday()) !== VacancyStatus.OPEN) return [];
    const rows = await this.candidateMatching.candidates(vacancyId, limit);
    const requirements = await loaders.requirements.load(vacancyId);
    const completed = await this.enrolments.completedProgrammeIds(rows.map((row) => row.residentId));
    const programmes = new Map(
      (await loaders.programme.loadMany([...new Set([...completed.values()].flat())])).flatMap((programme) =>
        programme && !(programme instanceof Error) ? [[programme.id, programme]] : [],
      ),
    );
    // Blind before shortlisting: distance in bands, levels up to the one required (in the rows already), only courses
    // that taught a required skill (libs/matching blind-candidate.ts).
    const skillOf = new Map(requirements.map((r) => [r.skill.id, r.skill]));
    const taught = new Map(
      await Promise.all(
        [...programmes.keys()].map(
          async (id) => [id, (await loaders.skillsTaught.load(id)).map((s) => s.skill.id)] as const,
        ),
      ),
    );
    return rows.map((row) => {
      const distance = bandedDistance(row.distanceKm);
      const completedHere = (completed.get(row.residentId) ?? []).flatMap((id) => programmes.get(id) ?? []);
      return {
        candidateRef: row.candidateRef,
        score: reportedScore(row.score),
        fullyQualified: row.fullyQualified,
        distanceKm: distance.distanceKm,
        distanceBand: distance.band,
        skills: skillMatches(row.skills, (id) => skillOf.get(id)!),
        completedProgrammes: relevantProgrammes(completedHere, taught, new Set(skillOf.keys())),
      };
    });
  }

  /** Batches VacancyMatch.pathways over a whole match list: one pathway computation for all its vacancies. */
  private pathwayLoader(resident: ResidentContext, loaders: GraphQLContext['loaders']): DataLoader<string, Pathway[]> {
    return new DataLoader(async (vacancyIds) => {
      const rows = await this.programmeMatching.pathways(resident, Number.MAX_SAFE_INTEGER, vacancyIds);
      const pathways = await pathwayViews(rows, loaders);
      return vacancyIds.map((id) => pathways.filter((p) => p.vacancy.id === id));
    });
  }
}
