import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { Role, UserEntity } from '@app/identity';
import { ProgrammeMatchingService } from '@app/matching';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { GraphQLContext } from '../graphql/loaders';
import { MissingAnswerHint } from './match-hints.types';
import { MatchFilterInput } from './matching.types';

/**
 * "Tell us your date of birth to see up to 6 more courses": which missing profile answers hide courses from
 * myProgrammeMatches, counted by the same listing rules (libs/matching missing-answers.ts). No answer hides job
 * matches (MATCHING.md: an unknown ward passes the location rule), so there is no such query for vacancies.
 */
@Resolver()
export class MatchHintsResolver {
  constructor(private readonly programmeMatching: ProgrammeMatchingService) {}

  @Roles(Role.RESIDENT)
  @Query(() => [MissingAnswerHint], {
    description:
      'Answers you have not given that would list more courses, the largest count first; `filter.kinds` applies',
  })
  async myProgrammeMatchHints(
    @CurrentUser() user: UserEntity,
    @Context() { loaders }: GraphQLContext,
    @Args('filter', { type: () => MatchFilterInput, nullable: true }) filter: MatchFilterInput,
  ): Promise<MissingAnswerHint[]> {
    const resident = await loaders.residentContext.load(user.id);
    return this.programmeMatching.missingAnswerHints(resident, filter?.kinds);
  }
}
