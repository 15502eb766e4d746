import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { EnrolmentEntity, EnrolmentService, EnrolmentStatus, OutcomeView } from '@app/brokerage';
import { CohortEntity } from '@app/catalogue';
import { Role, UserEntity } from '@app/identity';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { Cohort } from '../catalogue/catalogue.types';
import { DateScalarType } from '../graphql/date.scalar';
import { validateAs } from '../graphql/input-validation.pipe';
import { keysetWindow, toKeysetConnection } from '../graphql/keyset-cursor';
import { GraphQLContext, StatusChangeRow } from '../graphql/loaders';
import { Connection } from '../graphql/pagination';
import { actorOf, readsAreAudited } from './actor-of';
import {
  CompletionArgs,
  Enrolment,
  EnrolmentConnection,
  Learner,
  Outcome,
  RejectionReasonArgs,
  StatusChange,
  WithdrawalReasonArgs,
} from './brokerage.types';

@Resolver(() => Enrolment)
export class EnrolmentResolver {
  constructor(private readonly enrolments: EnrolmentService) {}

  @Roles(Role.RESIDENT)
  @Query(() => EnrolmentConnection)
  async myEnrolments(
    @CurrentUser() user: UserEntity,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<Connection<EnrolmentEntity>> {
    const window = keysetWindow(first, after);
    return toKeysetConnection(await this.enrolments.pageForResident(user.id, window.limit, window.after), window);
  }

  @Roles(Role.PROVIDER, Role.BROKER, Role.ADMIN)
  @Query(() => EnrolmentConnection, { description: "A cohort's enrolments, for its provider" })
  async cohortEnrolments(
    @CurrentUser() user: UserEntity,
    @Args('cohortId', { type: () => ID }) cohortId: string,
    @Args('status', { type: () => EnrolmentStatus, nullable: true }) status: EnrolmentStatus | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<Connection<EnrolmentEntity>> {
    const window = keysetWindow(first, after, 50);
    const page = await this.enrolments.pageForCohort(
      actorOf(user),
      cohortId,
      status ?? null,
      window.limit,
      window.after,
    );
    return toKeysetConnection(page, window);
  }

  @Roles(Role.RESIDENT)
  @Mutation(() => Enrolment)
  enquireAboutCohort(@CurrentUser() user: UserEntity, @Args('cohortId', { type: () => ID }) cohortId: string) {
    return this.enrolments.enquire(actorOf(user), cohortId);
  }

  @Roles(Role.RESIDENT)
  @Mutation(() => Enrolment)
  applyToCohort(@CurrentUser() user: UserEntity, @Args('cohortId', { type: () => ID }) cohortId: string) {
    return this.enrolments.apply(actorOf(user), cohortId);
  }

  @Roles(Role.PROVIDER)
  @Mutation(() => Enrolment)
  offerPlace(@CurrentUser() user: UserEntity, @Args('enrolmentId', { type: () => ID }) enrolmentId: string) {
    return this.enrolments.offer(actorOf(user), enrolmentId);
  }

  @Roles(Role.RESIDENT)
  @Mutation(() => Enrolment)
  acceptPlace(@CurrentUser() user: UserEntity, @Args('enrolmentId', { type: () => ID }) enrolmentId: string) {
    return this.enrolments.accept(actorOf(user), enrolmentId);
  }

  @Roles(Role.PROVIDER)
  @Mutation(() => Enrolment)
  async rejectEnrolment(
    @CurrentUser() user: UserEntity,
    @Args('enrolmentId', { type: () => ID }) enrolmentId: string,
    @Args('reason') reason: string,
  ) {
    const args = await validateAs(RejectionReasonArgs, { reason });
    return this.enrolments.reject(actorOf(user), enrolmentId, args.reason);
  }

  @Roles(Role.RESIDENT, Role.PROVIDER, Role.BROKER, Role.ADMIN)
  @Mutation(() => Enrolment, {
    description:
      'The resident withdraws, or the provider (or a broker) releases the place with a reason the resident sees',
  })
  async withdrawEnrolment(
    @CurrentUser() user: UserEntity,
    @Args('enrolmentId', { type: () => ID }) enrolmentId: string,
    @Args('reason', {
      type: () => String,
      nullable: true,
      description: 'Why the place is released: needed from an organisation, shown to the resident',
    })
    reason: string | null,
  ) {
    const args = await validateAs(WithdrawalReasonArgs, { reason });
    return this.enrolments.withdraw(actorOf(user), enrolmentId, args.reason ?? null);
  }

  @Roles(Role.PROVIDER)
  @Mutation(() => Enrolment)
  async recordCompletion(
    @CurrentUser() user: UserEntity,
    @Args('enrolmentId', { type: () => ID }) enrolmentId: string,
    @Args('completed') completed: boolean,
    @Args('completionDate', { type: () => DateScalarType }) completionDate: string,
    @Args('qualificationsAchieved', { type: () => [String], nullable: true, defaultValue: [] })
    qualificationsAchieved: string[] | null,
  ) {
    const args = await validateAs(CompletionArgs, {
      completionDate,
      qualificationsAchieved: qualificationsAchieved ?? [],
    });
    return this.enrolments.recordCompletion(
      actorOf(user),
      enrolmentId,
      completed,
      args.completionDate,
      args.qualificationsAchieved,
    );
  }

  @ResolveField(() => Cohort)
  async cohort(@Parent() enrolment: EnrolmentEntity, @Context() { loaders }: GraphQLContext): Promise<CohortEntity> {
    return (await loaders.cohort.load(enrolment.cohortId))!;
  }

  @ResolveField(() => [StatusChange])
  history(@Parent() enrolment: EnrolmentEntity, @Context() { loaders }: GraphQLContext): Promise<StatusChangeRow[]> {
    return loaders.enrolmentHistory.load(enrolment.id);
  }

  @ResolveField(() => [Outcome])
  outcomes(@Parent() enrolment: EnrolmentEntity, @Context() { loaders }: GraphQLContext): Promise<OutcomeView[]> {
    return loaders.outcomes.load(enrolment.id);
  }

  /**
   * Who the learner is: to the resident themselves always; to their provider (and staff) once the record reached
   * APPLIED (null at ENQUIRED, and for learners a provider reported, whom the platform does not know). An employer's
   * or provider's read is audited.
   */
  @ResolveField(() => Learner, { nullable: true })
  async learner(
    @Parent() enrolment: EnrolmentEntity,
    @CurrentUser() user: UserEntity,
    @Context() { loaders }: GraphQLContext,
  ): Promise<Learner | null> {
    if (!enrolment.residentId) return null;
    if (enrolment.residentId !== user.id) {
      const history = await loaders.enrolmentHistory.load(enrolment.id);
      if (!history.some((change) => change.status === EnrolmentStatus.APPLIED)) return null;
    }
    const person = await loaders.user.load(enrolment.residentId);
    if (!person) return null;
    if (readsAreAudited(user)) {
      await loaders.auditRead.load({
        actor: { id: user.id, role: user.role },
        action: 'LEARNER_READ',
        subjectType: 'ENROLMENT',
        subjectId: enrolment.id,
      });
    }
    return { displayName: person.displayName, email: person.email };
  }
}
