import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ApplicationEntity, ApplicationService, ApplicationStatus, RejectionReason } from '@app/brokerage';
import { ProgrammeEntity } from '@app/catalogue';
import { Role, UserEntity } from '@app/identity';
import {
  blindLevel,
  CandidateMatchingService,
  ProgrammeMatchingService,
  reportedScore,
  scoreVacancy,
  VacancyMatchingService,
} from '@app/matching';
import { LEVEL_VALUE } from '@app/reference';
import { VacancyEntity } from '@app/vacancies';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { validateAs } from '../graphql/input-validation.pipe';
import { keysetWindow, toKeysetConnection } from '../graphql/keyset-cursor';
import { GraphQLContext, StatusChangeRow } from '../graphql/loaders';
import { Connection } from '../graphql/pagination';
import { asRequirements, skillMatches } from '../matching/match-views';
import { Vacancy } from '../vacancies/vacancy.types';
import { actorOf, readsAreAudited } from './actor-of';
import {
  AdjustmentsArgs,
  Application,
  ApplicationConnection,
  ApplicationFeedback,
  ApplicationFeedbackInput,
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

// From INTERVIEWING on, the employer sees the reasonable adjustments the resident asked for.
const INTERVIEWED: readonly string[] = [
  ApplicationStatus.INTERVIEWING,
  ApplicationStatus.OFFERED,
  ApplicationStatus.HIRED,
];

/**
 * The resident, or the employer the application was made to (an employer only ever reads its own vacancies'
 * applications: ApplicationService checks).
 */
function sharesRequest(application: ApplicationEntity, user: UserEntity): boolean {
  return application.residentId === user.id || user.role === Role.EMPLOYER;
}

@Resolver(() => Application)
export class ApplicationResolver {
  constructor(
    private readonly applications: ApplicationService,
    private readonly candidates: CandidateMatchingService,
    private readonly vacancyMatching: VacancyMatchingService,
    private readonly programmeMatching: ProgrammeMatchingService,
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
    @Args('disabilityConfidentInterview', {
      type: () => Boolean,
      defaultValue: false,
      description:
        'Ask to be considered under the Disability Confident offer of an interview: an employer in the scheme interviews you when you meet every essential requirement',
    })
    disabilityConfidentInterview: boolean,
    @Args('adjustments', {
      type: () => String,
      nullable: true,
      description: 'Reasonable adjustments you would like; the employer sees them once you are invited to interview',
    })
    adjustments: string | null,
  ) {
    const args = await validateAs(CoverNoteArgs, { coverNote });
    const extra = await validateAs(AdjustmentsArgs, { adjustments });
    return this.applications.apply(actorOf(user), vacancyId, args.coverNote || null, {
      disabilityConfidentInterview: disabilityConfidentInterview === true,
      adjustments: extra.adjustments || null,
    });
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
    // typed without `| null` so the validation pipe sees the class
    @Args('feedback', {
      type: () => ApplicationFeedbackInput,
      nullable: true,
      description: 'Only with to: REJECTED: why, so the resident learns what would close the gap',
    })
    feedback: ApplicationFeedbackInput,
  ) {
    return this.applications.advance(actorOf(user), applicationId, to, feedback ?? null);
  }

  /**
   * A Disability Confident request is not equality data, but it is shown only to the resident and to the employer it was
   * made to (false to anyone else, staff included).
   */
  @ResolveField(() => Boolean, {
    description:
      'The resident asked to be considered under the Disability Confident offer of an interview (nothing else about them); seen by them and the employer only',
  })
  disabilityConfidentInterview(@Parent() application: ApplicationEntity, @CurrentUser() user: UserEntity): boolean {
    return sharesRequest(application, user) && application.disabilityConfidentInterview;
  }

  @ResolveField(() => Boolean, {
    description: 'Cannot be rejected before INTERVIEWING: earned by a course, or by the Disability Confident offer',
  })
  guaranteedInterview(@Parent() application: ApplicationEntity, @CurrentUser() user: UserEntity): boolean {
    return (
      application.guaranteedInterview || (sharesRequest(application, user) && application.disabilityConfidentGuaranteed)
    );
  }

  /** The resident's reasonable adjustments: theirs to read; their employer's from INTERVIEWING on. */
  @ResolveField(() => String, { nullable: true })
  adjustments(@Parent() application: ApplicationEntity, @CurrentUser() user: UserEntity): string | null {
    if (application.residentId === user.id) return application.adjustments;
    return user.role === Role.EMPLOYER && INTERVIEWED.includes(application.status) ? application.adjustments : null;
  }

  /** Why the application was rejected; the suggested courses only for the resident (eligibility is theirs alone). */
  @ResolveField(() => ApplicationFeedback, { nullable: true })
  async feedback(
    @Parent() application: ApplicationEntity,
    @CurrentUser() user: UserEntity,
    @Context() { loaders }: GraphQLContext,
  ): Promise<ApplicationFeedback | null> {
    if (!application.feedbackReason) return null;
    const requirements = await loaders.requirements.load(application.vacancyId);
    const unmet = requirements.filter((r) => application.feedbackUnmetSkillIds.includes(r.skill.id));
    let suggestedProgrammes: ProgrammeEntity[] = [];
    if (unmet.length && application.residentId === user.id) {
      const resident = await this.vacancyMatching.context(user.id);
      const gaps = new Map(unmet.map((r) => [r.skill.id, LEVEL_VALUE[r.level]]));
      const ids = await this.programmeMatching.programmesClosing(resident, gaps, 5);
      suggestedProgrammes = (await loaders.programme.loadMany(ids)).flatMap((p) =>
        p && !(p instanceof Error) ? [p] : [],
      );
    }
    return {
      reason: application.feedbackReason as RejectionReason,
      message: application.feedbackMessage,
      unmetSkills: unmet.map((r) => r.skill).sort((a, b) => a.name.localeCompare(b.name)),
      suggestedProgrammes,
    };
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
    const scored = scoreVacancy(asRequirements(requirements), levels);
    const skillOf = new Map(requirements.map((r) => [r.skill.id, r.skill]));
    return {
      score: reportedScore(scored.score),
      fullyQualified: scored.fullyQualified,
      skills: skillMatches(scored.skills, (id) => skillOf.get(id)!),
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
