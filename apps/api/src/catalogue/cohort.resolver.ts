import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CohortService, CohortStatus, cohortStatus } from '@app/catalogue';
import { Role, UserEntity } from '@app/identity';
import { londonToday } from '@app/reference';
import { CurrentUser, Public, Roles } from '../auth/auth.decorators';
import { GraphQLContext } from '../graphql/loaders';
import { Cohort, CreateCohortInput, Programme, UpdateCohortInput } from './catalogue.types';

@Resolver(() => Cohort)
export class CohortResolver {
  constructor(private readonly cohorts: CohortService) {}

  @Public()
  @Query(() => Cohort, { nullable: true })
  cohort(@Args('id', { type: () => ID }) id: string, @CurrentUser() viewer: UserEntity | undefined) {
    return this.cohorts.findVisible(viewer, id);
  }

  @Roles(Role.PROVIDER)
  @Mutation(() => Cohort)
  createCohort(@CurrentUser() user: UserEntity, @Args('input') input: CreateCohortInput) {
    return this.cohorts.create(user, input);
  }

  @Roles(Role.PROVIDER)
  @Mutation(() => Cohort, {
    description: "Corrects a cohort's dates or places, with createCohort's rules; capacity never below places taken",
  })
  updateCohort(
    @CurrentUser() user: UserEntity,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateCohortInput,
  ) {
    return this.cohorts.update(user, id, input);
  }

  @Roles(Role.PROVIDER)
  @Mutation(() => Cohort)
  cancelCohort(@CurrentUser() user: UserEntity, @Args('id', { type: () => ID }) id: string) {
    return this.cohorts.cancel(user, id);
  }

  @ResolveField(() => Programme)
  programme(@Parent() cohort: Cohort, @Context() { loaders }: GraphQLContext) {
    return loaders.programme.load(cohort.programmeId);
  }

  @ResolveField(() => Int)
  placesRemaining(@Parent() cohort: Cohort): number {
    return Math.max(0, cohort.capacity - cohort.placesTaken);
  }

  @ResolveField(() => CohortStatus)
  status(@Parent() cohort: Cohort): CohortStatus {
    return cohortStatus(cohort, londonToday());
  }
}
