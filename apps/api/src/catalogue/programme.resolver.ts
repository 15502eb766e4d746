import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { eligibilityRulesOf, ProgrammeEntity, ProgrammeService } from '@app/catalogue';
import { Role, UserEntity } from '@app/identity';
import { CurrentUser, Public, Roles } from '../auth/auth.decorators';
import { keysetWindow, toKeysetConnection } from '../graphql/keyset-cursor';
import { GraphQLContext } from '../graphql/loaders';
import { Connection, pageWindow, toConnection } from '../graphql/pagination';
import { Organisation } from '../identity/identity.types';
import { SkillGain, SkillRequirement, Ward } from '../reference/reference.types';
import {
  Cohort,
  CohortConnection,
  CreateProgrammeInput,
  Eligibility,
  Programme,
  ProgrammeConnection,
  ProgrammeFilterInput,
  UpdateProgrammeInput,
} from './catalogue.types';

@Resolver(() => Programme)
export class ProgrammeResolver {
  constructor(private readonly programmeService: ProgrammeService) {}

  @Public()
  @Query(() => ProgrammeConnection, {
    description: 'Published programmes of verified providers; best match first when searching',
  })
  async programmes(
    // typed without `| null` so the validation pipe sees the class (null still arrives when the client sends it)
    @Args('filter', { type: () => ProgrammeFilterInput, nullable: true }) filter: ProgrammeFilterInput,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<Connection<ProgrammeEntity>> {
    const window = keysetWindow(first, after);
    return toKeysetConnection(await this.programmeService.listPublic(filter ?? {}, window.limit, window.after), window);
  }

  @Public()
  @Query(() => Programme, { nullable: true })
  programme(@Args('id', { type: () => ID }) id: string, @CurrentUser() viewer: UserEntity | undefined) {
    return this.programmeService.findVisible(viewer, id);
  }

  @Roles(Role.PROVIDER)
  @Query(() => ProgrammeConnection, { description: "Every programme of the caller's organisation, drafts included" })
  async myProgrammes(
    @CurrentUser() user: UserEntity,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<Connection<ProgrammeEntity>> {
    const window = keysetWindow(first, after);
    return toKeysetConnection(await this.programmeService.listOwn(user, window.limit, window.after), window);
  }

  @Roles(Role.PROVIDER)
  @Mutation(() => Programme, { description: 'A draft programme; publishProgramme makes it public' })
  createProgramme(@CurrentUser() user: UserEntity, @Args('input') input: CreateProgrammeInput) {
    return this.programmeService.create(user, input);
  }

  @Roles(Role.PROVIDER)
  @Mutation(() => Programme)
  updateProgramme(
    @CurrentUser() user: UserEntity,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateProgrammeInput,
  ) {
    return this.programmeService.update(user, id, input);
  }

  @Roles(Role.PROVIDER)
  @Mutation(() => Programme)
  publishProgramme(@CurrentUser() user: UserEntity, @Args('id', { type: () => ID }) id: string) {
    return this.programmeService.publish(user, id);
  }

  @ResolveField(() => Organisation)
  provider(@Parent() programme: Programme, @Context() { loaders }: GraphQLContext) {
    return loaders.organisation.load(programme.providerId);
  }

  @ResolveField(() => [SkillGain])
  skillsTaught(@Parent() programme: Programme, @Context() { loaders }: GraphQLContext) {
    return loaders.skillsTaught.load(programme.id);
  }

  @ResolveField(() => [SkillRequirement])
  prerequisites(@Parent() programme: Programme, @Context() { loaders }: GraphQLContext) {
    return loaders.prerequisites.load(programme.id);
  }

  @ResolveField(() => Ward, { nullable: true })
  ward(@Parent() programme: Programme, @Context() { loaders }: GraphQLContext) {
    return programme.wardCode ? loaders.ward.load(programme.wardCode) : null;
  }

  @ResolveField(() => Eligibility)
  eligibility(@Parent() programme: ProgrammeEntity): Eligibility {
    return eligibilityRulesOf(programme);
  }

  @ResolveField(() => CohortConnection, { description: 'Earliest start first' })
  async cohorts(
    @Parent() programme: Programme,
    @Context() { loaders }: GraphQLContext,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<Connection<Cohort>> {
    const window = pageWindow(first, after);
    const all = await loaders.cohortsOfProgramme.load(programme.id);
    return toConnection(all.slice(window.offset, window.offset + window.limit), all.length, window);
  }
}
