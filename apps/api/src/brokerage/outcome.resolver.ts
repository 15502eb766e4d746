import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { LearnerReturnService, OutcomeService, RecordedOutcome, ReturnResult } from '@app/brokerage';
import { Role, UserEntity } from '@app/identity';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { validateAs } from '../graphql/input-validation.pipe';
import { actorOf } from './actor-of';
import { Outcome } from './brokerage.types';
import {
  CohortLearnerRowInput,
  CohortLearnerRowsArgument,
  CohortOutcomeRowInput,
  CohortOutcomeRowsArgument,
  OutcomeImportResult,
  OutcomeInput,
} from './outcome.types';

/** Outcomes and cohort returns, for the provider of the cohort (API.md "Outcomes"). */
@Resolver()
export class OutcomeResolver {
  constructor(
    private readonly outcomes: OutcomeService,
    private readonly learnerReturns: LearnerReturnService,
  ) {}

  @Roles(Role.PROVIDER)
  @Mutation(() => Outcome, {
    description: 'Records what a completer went on to; reporting the same type and start date again updates it',
  })
  reportOutcome(@CurrentUser() user: UserEntity, @Args('input') input: OutcomeInput): Promise<RecordedOutcome> {
    return this.outcomes.reportOutcome(actorOf(user), input);
  }

  @Roles(Role.PROVIDER)
  @Mutation(() => OutcomeImportResult, {
    description: "Completions and outcomes of a cohort's platform learners by learnerRef; all or nothing",
  })
  async reportCohortOutcomes(
    @CurrentUser() user: UserEntity,
    @Args('cohortId', { type: () => ID }) cohortId: string,
    @Args('rows', { type: () => [CohortOutcomeRowInput] }) rows: CohortOutcomeRowInput[],
  ): Promise<ReturnResult> {
    const valid = await validateAs(CohortOutcomeRowsArgument, { rows });
    return this.outcomes.reportCohortOutcomes(actorOf(user), cohortId, valid.rows);
  }

  @Roles(Role.PROVIDER)
  @Mutation(() => OutcomeImportResult, {
    description: 'A learner-level return for learners the platform did not carry; all or nothing',
  })
  async reportCohortLearners(
    @CurrentUser() user: UserEntity,
    @Args('cohortId', { type: () => ID }) cohortId: string,
    @Args('rows', { type: () => [CohortLearnerRowInput] }) rows: CohortLearnerRowInput[],
  ): Promise<ReturnResult> {
    const valid = await validateAs(CohortLearnerRowsArgument, { rows });
    return this.learnerReturns.reportCohortLearners(actorOf(user), cohortId, valid.rows);
  }
}
