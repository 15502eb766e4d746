import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role, UserEntity } from '@app/identity';
import { levelFromValue } from '@app/reference';
import { ResidentProfileEntity, ResidentService } from '@app/residents';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { validateAs } from '../graphql/input-validation.pipe';
import { GraphQLContext } from '../graphql/loaders';
import { Ward } from '../reference/reference.types';
import {
  EqualityMonitoring,
  EqualityMonitoringInput,
  ResidentProfile,
  ResidentProfileInput,
  ResidentSkill,
  ResidentSkillInput,
  ResidentSkillsArgument,
} from './resident.types';

function toProfile(profile: ResidentProfileEntity, user: UserEntity): ResidentProfile {
  return {
    ...profile,
    id: profile.userId,
    displayName: user.displayName,
    digitalAccess: { hasDevice: profile.hasDevice, hasHomeInternet: profile.hasHomeInternet },
  };
}

@Resolver(() => ResidentProfile)
export class ResidentResolver {
  constructor(private readonly residents: ResidentService) {}

  @Roles(Role.RESIDENT)
  @Query(() => ResidentProfile)
  async myProfile(@CurrentUser() user: UserEntity): Promise<ResidentProfile> {
    return toProfile(await this.residents.profileOf(user.id), user);
  }

  @Roles(Role.RESIDENT)
  @Mutation(() => ResidentProfile)
  async updateMyProfile(
    @CurrentUser() user: UserEntity,
    @Args('input') input: ResidentProfileInput,
  ): Promise<ResidentProfile> {
    const profile = await this.residents.updateProfile(user.id, input);
    return toProfile(profile, { ...user, displayName: input.displayName ?? user.displayName });
  }

  @Roles(Role.RESIDENT)
  @Mutation(() => ResidentProfile, {
    description: 'Replaces the self-declared skills; course-completed skills are kept',
  })
  async setMySkills(
    @CurrentUser() user: UserEntity,
    @Args('skills', { type: () => [ResidentSkillInput] }) skills: ResidentSkillInput[],
  ): Promise<ResidentProfile> {
    const valid = await validateAs(ResidentSkillsArgument, { skills });
    await this.residents.setSelfDeclaredSkills(user.id, valid.skills);
    return toProfile(await this.residents.profileOf(user.id), user);
  }

  @Roles(Role.RESIDENT)
  @Mutation(() => EqualityMonitoring, {
    description: 'Your answers are seen by you alone; others only ever see suppressed totals',
  })
  setMyEqualityMonitoring(@CurrentUser() user: UserEntity, @Args('input') input: EqualityMonitoringInput) {
    return this.residents.setEqualityMonitoring(user.id, input);
  }

  @ResolveField(() => Ward, { nullable: true })
  ward(@Parent() profile: ResidentProfile, @Context() { loaders }: GraphQLContext) {
    return profile.wardCode ? loaders.ward.load(profile.wardCode) : null;
  }

  @ResolveField(() => [ResidentSkill], { description: 'By skill name' })
  async skills(@Parent() profile: ResidentProfile): Promise<ResidentSkill[]> {
    const rows = await this.residents.skillsOf([profile.id]);
    return rows
      .map((row) => ({ skill: row.skill!, level: levelFromValue(row.level), evidence: row.evidence }))
      .sort((a, b) => a.skill.name.localeCompare(b.skill.name));
  }

  /** The resident's own answers; null for anyone else, whatever path led them to this profile. */
  @ResolveField(() => EqualityMonitoring, { nullable: true })
  equalityMonitoring(@Parent() profile: ResidentProfile, @CurrentUser() viewer: UserEntity | undefined) {
    if (!viewer || viewer.id !== profile.id) return null;
    return this.residents.equalityMonitoringOf(profile.id);
  }
}
