import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role, UserEntity } from '@app/identity';
import { londonToday } from '@app/reference';
import {
  effectiveVacancyStatus,
  hourlyRateMinPence,
  paysRealLivingWage,
  VacancyEntity,
  VacancyService,
  VacancyStatus,
} from '@app/vacancies';
import { CurrentUser, Public, Roles } from '../auth/auth.decorators';
import { Programme } from '../catalogue/catalogue.types';
import { keysetWindow, toKeysetConnection } from '../graphql/keyset-cursor';
import { GraphQLContext } from '../graphql/loaders';
import { Connection } from '../graphql/pagination';
import { Organisation } from '../identity/identity.types';
import { SkillRequirement, Ward } from '../reference/reference.types';
import {
  CreateVacancyInput,
  UpdateVacancyInput,
  Vacancy,
  VacancyConnection,
  VacancyFilterInput,
} from './vacancy.types';

@Resolver(() => Vacancy)
export class VacancyResolver {
  constructor(private readonly vacancyService: VacancyService) {}

  @Public()
  @Query(() => VacancyConnection, {
    description: 'OPEN vacancies of verified employers; best match first when searching',
  })
  async vacancies(
    // typed without `| null` so the validation pipe sees the class (null still arrives when the client sends it)
    @Args('filter', { type: () => VacancyFilterInput, nullable: true }) filter: VacancyFilterInput,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<Connection<VacancyEntity>> {
    const window = keysetWindow(first, after);
    return toKeysetConnection(await this.vacancyService.listPublic(filter ?? {}, window.limit, window.after), window);
  }

  @Public()
  @Query(() => Vacancy, { nullable: true })
  vacancy(@Args('id', { type: () => ID }) id: string, @CurrentUser() viewer: UserEntity | undefined) {
    return this.vacancyService.findVisible(viewer, id);
  }

  @Roles(Role.EMPLOYER)
  @Query(() => VacancyConnection, { description: "Every vacancy of the caller's organisation, drafts included" })
  async myVacancies(
    @CurrentUser() user: UserEntity,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<Connection<VacancyEntity>> {
    const window = keysetWindow(first, after);
    return toKeysetConnection(await this.vacancyService.listOwn(user, window.limit, window.after), window);
  }

  @Roles(Role.EMPLOYER)
  @Mutation(() => Vacancy, { description: 'A DRAFT vacancy; openVacancy publishes it' })
  createVacancy(@CurrentUser() user: UserEntity, @Args('input') input: CreateVacancyInput) {
    return this.vacancyService.create(user, input);
  }

  @Roles(Role.EMPLOYER)
  @Mutation(() => Vacancy)
  updateVacancy(
    @CurrentUser() user: UserEntity,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateVacancyInput,
  ) {
    return this.vacancyService.update(user, id, input);
  }

  @Roles(Role.EMPLOYER)
  @Mutation(() => Vacancy)
  openVacancy(@CurrentUser() user: UserEntity, @Args('id', { type: () => ID }) id: string) {
    return this.vacancyService.open(user, id);
  }

  @Roles(Role.EMPLOYER)
  @Mutation(() => Vacancy)
  closeVacancy(@CurrentUser() user: UserEntity, @Args('id', { type: () => ID }) id: string) {
    return this.vacancyService.close(user, id);
  }

  @ResolveField(() => Organisation)
  employer(@Parent() vacancy: Vacancy, @Context() { loaders }: GraphQLContext) {
    return loaders.organisation.load(vacancy.employerId);
  }

  @ResolveField(() => [SkillRequirement], { description: 'Essential first, then by skill name' })
  requirements(@Parent() vacancy: Vacancy, @Context() { loaders }: GraphQLContext) {
    return loaders.requirements.load(vacancy.id);
  }

  @ResolveField(() => Ward, { nullable: true })
  ward(@Parent() vacancy: Vacancy, @Context() { loaders }: GraphQLContext) {
    return vacancy.wardCode ? loaders.ward.load(vacancy.wardCode) : null;
  }

  @ResolveField(() => VacancyStatus, { description: 'An OPEN vacancy past its closing date is CLOSED' })
  status(@Parent() vacancy: Vacancy): VacancyStatus {
    return effectiveVacancyStatus(vacancy, londonToday());
  }

  @ResolveField(() => Int, { description: 'salaryMinPence / (hoursPerWeek × 52), to the nearest penny' })
  hourlyRateMinPence(@Parent() vacancy: Vacancy): number {
    return hourlyRateMinPence(vacancy.salaryMinPence, vacancy.hoursPerWeek);
  }

  @ResolveField(() => Boolean, { description: 'The minimum pay meets the Real Living Wage in force today' })
  async paysRealLivingWage(@Parent() vacancy: Vacancy, @Context() { loaders }: GraphQLContext): Promise<boolean> {
    const rate = await loaders.realLivingWage.load(londonToday());
    return paysRealLivingWage(vacancy.salaryMinPence, vacancy.hoursPerWeek, rate);
  }

  @ResolveField(() => [Programme])
  guaranteedInterviewProgrammes(@Parent() vacancy: Vacancy, @Context() { loaders }: GraphQLContext) {
    return loaders.guaranteedInterviewProgrammes.load(vacancy.id);
  }
}
