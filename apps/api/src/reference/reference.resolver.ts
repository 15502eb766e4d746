import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { isUUID } from 'class-validator';
import { InvalidInputError } from '@app/errors';
import {
  londonToday,
  RealLivingWageService,
  SKILL_CATEGORIES,
  SkillCatalogueService,
  WardDirectoryService,
} from '@app/reference';
import { Public } from '../auth/auth.decorators';
import { Connection, pageWindow, toConnection } from '../graphql/pagination';
import { Skill, SkillConnection, Ward } from './reference.types';

@Resolver()
export class ReferenceResolver {
  constructor(
    private readonly skillCatalogue: SkillCatalogueService,
    private readonly wardDirectory: WardDirectoryService,
    private readonly realLivingWage: RealLivingWageService,
  ) {}

  @Public()
  @Query(() => Int, {
    nullable: true,
    description: 'The Real Living Wage in force today, in pence an hour (what paysRealLivingWage compares with)',
  })
  realLivingWageHourlyPence(): Promise<number | null> {
    return this.realLivingWage.hourlyPenceOn(londonToday());
  }

  @Public()
  @Query(() => SkillConnection, { description: 'Digital skills, best match first when searching' })
  async skills(
    @Args('search', { type: () => String, nullable: true }) search: string | null,
    @Args('category', { type: () => String, nullable: true }) category: string | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<Connection<Skill>> {
    const window = pageWindow(first, after);
    if (search && search.length > 200) {
      throw new InvalidInputError([{ path: 'search', message: 'search must be at most 200 characters' }]);
    }
    const page = await this.skillCatalogue.search({
      search: search ?? undefined,
      category: category ?? undefined,
      ...window,
    });
    return toConnection(page.skills, page.totalCount, window);
  }

  @Public()
  @Query(() => Skill, { nullable: true })
  async skill(@Args('id', { type: () => ID }) id: string): Promise<Skill | null> {
    if (!isUUID(id)) return null;
    return this.skillCatalogue.findById(id);
  }

  @Public()
  @Query(() => [Ward], { description: "Manchester's 32 electoral wards, by name" })
  wards(): Promise<Ward[]> {
    return this.wardDirectory.list();
  }

  @Public()
  @Query(() => [String], {
    description: 'The categories of the skills taxonomy (Skill.category), the choices of ResidentProfile.interests',
  })
  skillCategories(): string[] {
    return [...SKILL_CATEGORIES];
  }
}
