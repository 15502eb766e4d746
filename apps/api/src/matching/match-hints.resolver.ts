import { Args, Query, Resolver } from '@nestjs/graphql';
import { Role, UserEntity } from '@app/identity';
import { ProgrammeMatchingService, VacancyMatchingService } from '@app/matching';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { MissingAnswerHint } from './match-hints.types';
import { MatchFilterInput } from './matching.types';

/**
 * "Tell us your date of birth to see up to 6 more courses": which missing profile answers hide courses from
 * myProgrammeMatches, counted by the same listing rules (libs/matching missing-answers.ts). No answer hides job
 * matches (MATCHING.md: an unknown ward passes the location rule), so there is no such query for vacancies.
 */
@Resolver()
export class MatchHintsResolver {
  constructor(
    private readonly vacancyMatching: VacancyMatchingService,
    private readonly programmeMatching: ProgrammeMatchingService,
  ) {}

  @Roles(Role.RESIDENT)
  @Query(() => [MissingAnswerHint], {
    description:
      'Answers you have not given that would list more courses, the largest count first; `filter.kinds` applies',
  })
  async myProgrammeMatchHints(
    @CurrentUser() user: UserEntity,
    @Args('filter', { type: () => MatchFilterInput, nullable: true }) filter: MatchFilterInput,
  ): Promise<MissingAnswerHint[]> {
    const resident = await this.vacancyMatching.context(user.id);
    return this.programmeMatching.missingAnswerHints(resident, filter?.kinds);
  }
}
