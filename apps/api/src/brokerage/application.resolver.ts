import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ApplicationEntity, ApplicationService, ApplicationStatus } from '@app/brokerage';
import { Role, UserEntity } from '@app/identity';
import { blindLevel, CandidateMatchingService, reportedScore, scoreVacancy } from '@app/matching';
import { LEVEL_VALUE } from '@app/reference';
import { VacancyEntity } from '@app/vacancies';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { validateAs } from '../graphql/input-validation.pipe';
import { keysetWindow, toKeysetConnection } from '../graphql/keyset-cursor';
import { GraphQLContext, StatusChangeRow } from '../graphql/loaders';
import { Connection } from '../graphql/pagination';
import { MatchPresenter } from '../matching/match-presenter';
import { Vacancy } from '../vacancies/vacancy.types';
import { actorOf, readsAreAudited } from './actor-of';
import {
  Application,
  ApplicationConnection,
  ApplicationFit,
  Candidate,
  CoverNoteArgs,
  StatusChange,
} from './brokerage.types';

// Statuses at or after SHORTLISTED: once an application has reached one, the employer may see who it is.
const REVEALED: readonly string[] = [
  ApplicationStatus.SHORTLISTED,
  ApplicationStatus.INTERVIEWING,
  ApplicationStatus.OFFERED,
  ApplicationStatus.HIRED,
];

@Resolver(() => Application)
export class ApplicationResolver {
  constructor(
    private readonly applications: ApplicationService,
    private readonly candidates: CandidateMatchingService,
    private readonly presenter: MatchPresenter,
  ) {}

  @Roles(Role.RESIDENT)
  @Query(() => ApplicationConnection)
  async myApplications(
    @CurrentUser() user: UserEntity,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<Connection<ApplicationEntity>> {
    const window = keysetWindow(first, after);
    return toKeysetConnection(await this.applications.pageForResident(user.id, window.limit, window.after), window);
  }

  @Roles(Role.EMPLOYER, Role.BROKER, Role.ADMIN)
  @Query(() => ApplicationConnection, {
    description: "A vacancy's applications, for its employer; blind until SHORTLISTED",
  })
  async vacancyApplications(
    @CurrentUser() user: UserEntity,
    @Args('vacancyId', { type: () => ID }) vacancyId: string,
    @Args('status', { type: () => ApplicationStatus, nullable: true }) status: ApplicationStatus | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<Connection<ApplicationEntity>> {
    const window = keysetWindow(first, after, 50);
    const page = await this.applications.pageForVacancy(
      actorOf(user),
      vacancyId,
      status ?? null,
      window.limit,
      window.after,
    );
    return toKeysetConnection(page, window);
  }

  @Roles(Role.RESIDENT)
  @Mutation(() => Application)
  async applyToVacancy(
    @CurrentUser() user: UserEntity,
    @Args('vacancyId', { type: () => ID }) vacancyId: string,
    @Args('coverNote', { type: () => String, nullable: true }) coverNote: string | null,
  ) {
    const args = await validateAs(CoverNoteArgs, { coverNote });
    return this.applications.apply(actorOf(user), vacancyId, args.coverNote || null);
  }

  @Roles(Role.RESIDENT)
  @Mutation(() => Application)
  withdrawApplication(
    @CurrentUser() user: UserEntity,
    @Args('applicationId', { type: () => ID }) applicationId: string,
  ) {
    return this.applications.withdraw(actorOf(user), applicationId);
  }

  @Roles(Role.EMPLOYER)
  @Mutation(() => Application)
  advanceApplication(
    @CurrentUser() user: UserEntity,
    @Args('applicationId', { type: () => ID }) applicationId: string,
    @Args('to', { type: () => ApplicationStatus }) to: ApplicationStatus,
  ) {
    return this.applications.advance(actorOf(user), applicationId, to);
  }

  @ResolveField(() => Vacancy)
  async vacancy(
    @Parent() application: ApplicationEntity,
    @Context() { loaders }: GraphQLContext,
  ): Promise<VacancyEntity> {
    return (await loaders.vacancy.load(application.vacancyId))!;
  }

  @ResolveField(() => [StatusChange])
  history(
    @Parent() application: ApplicationEntity,
    @Context() { loaders }: GraphQLContext,
  ): Promise<StatusChangeRow[]> {
    return loaders.applicationHistory.load(application.id);
  }

  /**
   * The applicant's fit, scored and shown as the blind candidate list does (levels up to the one required), so an
   * employer can rank applications without matching them against the list by hand. Null once the applicant's
   * account is deleted.
   */
  @ResolveField(() => ApplicationFit, { nullable: true })
  async fit(
    @Parent() application: ApplicationEntity,
    @Context() { loaders }: GraphQLContext,
  ): Promise<ApplicationFit | null> {
    if (!application.residentId) return null;
    const [requirements, held] = await Promise.all([
      loaders.requirements.load(application.vacancyId),
      loaders.residentSkillLevels.load(application.residentId),
    ]);
    const levels = new Map(
      requirements.map((r) => [r.skill.id, blindLevel(held.get(r.skill.id) ?? 0, LEVEL_VALUE[r.level])] as const),
    );
    const scored = scoreVacancy(
      requirements.map((r) => ({ skillId: r.skill.id, level: LEVEL_VALUE[r.level], essential: r.essential })),
      levels,
    );
    return {
      score: reportedScore(scored.score),
      fullyQualified: scored.fullyQualified,
      skills: this.presenter.skillMatches(requirements, levels),
    };
  }

  /**
   * The applicant under the same pseudonym as in the candidate list. Name and email show to the resident themselves,
   * and to the employer (and staff) once the application has reached SHORTLISTED; an employer's read is audited.
   */
  @ResolveField(() => Candidate)
  async candidate(
    @Parent() application: ApplicationEntity,
    @CurrentUser() user: UserEntity,
    @Context() { loaders }: GraphQLContext,
  ): Promise<Candidate> {
    const residentId = application.residentId;
    const candidateRef = this.candidates.candidateRef(application.vacancyId, residentId ?? `deleted:${application.id}`);
    const blind = { candidateRef, displayName: null, email: null };
    if (!residentId) return blind;
    if (residentId !== user.id) {
      const history = await loaders.applicationHistory.load(application.id);
      if (!history.some((change) => REVEALED.includes(change.status))) return blind;
    }
    const person = await loaders.user.load(residentId);
    if (!person) return blind;
    if (readsAreAudited(user)) {
      await loaders.auditRead.load({
        actor: { id: user.id, role: user.role },
        action: 'CANDIDATE_READ',
        subjectType: 'APPLICATION',
        subjectId: application.id,
      });
    }
    return { candidateRef, displayName: person.displayName, email: person.email };
  }
}
