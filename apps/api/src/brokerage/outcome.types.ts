import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray } from 'class-validator';
import { OutcomeType, ReportedStage } from '@app/brokerage';
import { EmploymentStatus } from '@app/catalogue';
import { Ethnicity, Gender, YesNoPreferNot } from '@app/residents';
import { DateScalarType } from '../graphql/date.scalar';
import { Trim } from '../graphql/trim.decorator';
import { FunnelStage } from './brokerage.types';

/**
 * The GraphQL face of outcomes and cohort returns (API.md "Outcomes"). The inputs carry no validation rules of their
 * own: every rule about an outcome or a return row, a value on its own or against the cohort and the records held, is
 * in the brokerage row rules (checkOutcomeInput, checkOutcomeRows, checkLearnerRows), so each request meets all of its
 * problems in one pass, and GraphQL and the CSV routes can never disagree. Only text is trimmed here.
 */

/** Rows in one return; a 5,000-learner return fits with room to spare (the CSV routes take up to 5 MB). */
export const MAX_RETURN_ROWS = 20_000;

const trimEach = () =>
  Transform(({ value }) =>
    Array.isArray(value) ? value.map((item) => (typeof item === 'string' ? item.trim() : item)) : value,
  );

@InputType('OutcomeInput')
export class OutcomeInput {
  @Field(() => ID) enrolmentId: string;
  @Field(() => OutcomeType) type: OutcomeType;
  @Field(() => DateScalarType) startDate: string;
  @Field(() => Int, { nullable: true }) salaryPence?: number | null;
  @Field(() => Float, { nullable: true }) hoursPerWeek?: number | null;
}

/** The columns both returns share: the learner, their completion and at most one outcome. */
@InputType({ isAbstract: true })
abstract class ReturnRowColumns {
  @Field() @Trim() learnerRef: string;
  @Field(() => DateScalarType, { nullable: true }) completionDate?: string | null;
  @Field(() => [String], { nullable: true, defaultValue: [] }) @trimEach() qualificationsAchieved?: string[] | null;
  @Field(() => OutcomeType, { nullable: true }) outcomeType?: OutcomeType | null;
  @Field(() => DateScalarType, { nullable: true }) outcomeStartDate?: string | null;
  @Field(() => Int, { nullable: true }) salaryPence?: number | null;
  @Field(() => Float, { nullable: true }) hoursPerWeek?: number | null;
}

@InputType('CohortOutcomeRowInput', {
  description: 'One learner of a platform cohort, by learnerRef: completed or not, and what they went on to',
})
export class CohortOutcomeRowInput extends ReturnRowColumns {
  @Field() completed: boolean;
}

@InputType('CohortLearnerRowInput', {
  description: 'One learner of a learner-level return; creates or updates a provider-reported enrolment',
})
export class CohortLearnerRowInput extends ReturnRowColumns {
  @Field(() => FunnelStage) furthestStage: ReportedStage;
  @Field(() => Boolean, { nullable: true, defaultValue: false }) withdrawn?: boolean | null;
  @Field(() => DateScalarType, { nullable: true }) enquiredOn?: string | null;
  @Field(() => DateScalarType, { nullable: true }) dateOfBirth?: string | null;
  @Field(() => String, { nullable: true }) @Trim() wardCode?: string | null;
  @Field(() => EmploymentStatus, { nullable: true }) employmentStatus?: EmploymentStatus | null;
  @Field(() => Ethnicity, { nullable: true }) ethnicity?: Ethnicity | null;
  @Field(() => Gender, { nullable: true }) gender?: Gender | null;
  @Field(() => YesNoPreferNot, { nullable: true }) trans?: YesNoPreferNot | null;
  @Field(() => YesNoPreferNot, { nullable: true }) disability?: YesNoPreferNot | null;
}

const ROWS = { message: `rows must list 1 to ${MAX_RETURN_ROWS} learners` };

/** The `rows` argument of reportCohortOutcomes, validated as a whole (a list argument has no input class). */
export class CohortOutcomeRowsArgument {
  @IsArray(ROWS)
  @ArrayMinSize(1, ROWS)
  @ArrayMaxSize(MAX_RETURN_ROWS, ROWS)
  @Type(() => CohortOutcomeRowInput)
  rows: CohortOutcomeRowInput[];
}

/** The `rows` argument of reportCohortLearners. */
export class CohortLearnerRowsArgument {
  @IsArray(ROWS)
  @ArrayMinSize(1, ROWS)
  @ArrayMaxSize(MAX_RETURN_ROWS, ROWS)
  @Type(() => CohortLearnerRowInput)
  rows: CohortLearnerRowInput[];
}

@ObjectType('RowError', { description: 'A bad row of a return: its index from 0, the field and what is wrong' })
export class RowError {
  @Field(() => Int) row: number;
  @Field() field: string;
  @Field() message: string;
}

@ObjectType('OutcomeImportResult', {
  description: 'A return is all or nothing: with any errors, nothing was saved and accepted is 0',
})
export class OutcomeImportResult {
  @Field(() => Int) accepted: number;
  @Field(() => Int) created: number;
  @Field(() => Int) updated: number;
  @Field(() => Int) unchanged: number;
  @Field(() => [RowError]) errors: RowError[];
}
