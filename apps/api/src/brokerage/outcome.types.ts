import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Max,
  Min,
  Validate,
  ValidateNested,
  ValidationArguments,
  ValidatorConstraint,
  ValidatorConstraintInterface,
} from 'class-validator';
import {
  LEARNER_REF_MAX_LENGTH,
  MAX_HOURS_PER_WEEK,
  MAX_SALARY_PENCE,
  MIN_HOURS_PER_WEEK,
  OUTSIDE_MANCHESTER,
  OutcomeType,
  REPORTED_STAGES,
  ReportedStage,
} from '@app/brokerage';
import { EmploymentStatus } from '@app/catalogue';
import { isManchesterWardCode } from '@app/reference';
import { Ethnicity, Gender, YesNoPreferNot } from '@app/residents';
import { DateScalarType, isIsoDate } from '../graphql/date.scalar';
import { Trim } from '../graphql/trim.decorator';
import { FunnelStage } from './brokerage.types';

/**
 * The GraphQL face of outcomes and cohort returns (API.md "Outcomes"). These rules are about each value on its own
 * and fail the whole request with BAD_USER_INPUT naming every bad field (`rows.3.salaryPence`); rules that compare
 * a row with the cohort, the calendar or the records already held are the service's, and come back as RowErrors.
 */

/** Rows in one return; a 5,000-learner return fits with room to spare (the CSV routes take up to 5 MB). */
export const MAX_RETURN_ROWS = 20_000;

/** A real calendar date written YYYY-MM-DD: the Date scalar checks GraphQL input, this checks CSV input. */
@ValidatorConstraint({ name: 'calendarDate' })
export class CalendarDate implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && isIsoDate(value);
  }

  defaultMessage(args: ValidationArguments): string {
    return `${args.property} must be a calendar date written YYYY-MM-DD`;
  }
}

/** Where a reported learner lives: one of the 32 Manchester ward codes, or OUTSIDE_MANCHESTER. */
@ValidatorConstraint({ name: 'learnerWardCode' })
export class LearnerWardCode implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && (value === OUTSIDE_MANCHESTER || isManchesterWardCode(value));
  }

  defaultMessage(args: ValidationArguments): string {
    return `${args.property} must be one of the 32 Manchester ward codes or ${OUTSIDE_MANCHESTER}`;
  }
}

const SALARY = { message: `salaryPence must be a whole number of pence from 0 to ${MAX_SALARY_PENCE}` };
const HOURS = { message: `hoursPerWeek must be ${MIN_HOURS_PER_WEEK} to ${MAX_HOURS_PER_WEEK}` };
const LEARNER_REF = { message: `learnerRef must be 1 to ${LEARNER_REF_MAX_LENGTH} characters` };
const QUALIFICATION = { each: true, message: 'each qualification must be 1 to 200 characters' };
const enumMessage = (field: string, values: object) => ({
  message: `${field} must be one of ${Object.values(values).join(', ')}`,
});
const trimEach = () =>
  Transform(({ value }) =>
    Array.isArray(value) ? value.map((item) => (typeof item === 'string' ? item.trim() : item)) : value,
  );

@InputType('OutcomeInput')
export class OutcomeInput {
  @Field(() => ID) @IsString() enrolmentId: string;
  @Field(() => OutcomeType) @IsEnum(OutcomeType, enumMessage('type', OutcomeType)) type: OutcomeType;
  @Field(() => DateScalarType) @Validate(CalendarDate) startDate: string;
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt(SALARY)
  @Min(0, SALARY)
  @Max(MAX_SALARY_PENCE, SALARY)
  salaryPence?: number | null;
  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, HOURS)
  @Min(MIN_HOURS_PER_WEEK, HOURS)
  @Max(MAX_HOURS_PER_WEEK, HOURS)
  hoursPerWeek?: number | null;
}

/** The columns both returns share: the learner, their completion and at most one outcome. */
@InputType({ isAbstract: true })
abstract class ReturnRowColumns {
  @Field() @Trim() @IsString(LEARNER_REF) @Length(1, LEARNER_REF_MAX_LENGTH, LEARNER_REF) learnerRef: string;
  @Field(() => DateScalarType, { nullable: true }) @IsOptional() @Validate(CalendarDate) completionDate?: string | null;
  @Field(() => [String], { nullable: true, defaultValue: [] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20, { message: 'qualificationsAchieved may list at most 20' })
  @trimEach()
  @IsString(QUALIFICATION)
  @Length(1, 200, QUALIFICATION)
  qualificationsAchieved?: string[] | null;
  @Field(() => OutcomeType, { nullable: true })
  @IsOptional()
  @IsEnum(OutcomeType, enumMessage('outcomeType', OutcomeType))
  outcomeType?: OutcomeType | null;
  @Field(() => DateScalarType, { nullable: true }) @IsOptional() @Validate(CalendarDate) outcomeStartDate?:
    string | null;
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt(SALARY)
  @Min(0, SALARY)
  @Max(MAX_SALARY_PENCE, SALARY)
  salaryPence?: number | null;
  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, HOURS)
  @Min(MIN_HOURS_PER_WEEK, HOURS)
  @Max(MAX_HOURS_PER_WEEK, HOURS)
  hoursPerWeek?: number | null;
}

@InputType('CohortOutcomeRowInput', {
  description: 'One learner of a platform cohort, by learnerRef: completed or not, and what they went on to',
})
export class CohortOutcomeRowInput extends ReturnRowColumns {
  @Field() @IsBoolean({ message: 'completed must be true or false' }) completed: boolean;
}

@InputType('CohortLearnerRowInput', {
  description: 'One learner of a learner-level return; creates or updates a provider-reported enrolment',
})
export class CohortLearnerRowInput extends ReturnRowColumns {
  @Field(() => FunnelStage)
  @IsIn(REPORTED_STAGES, { message: `furthestStage must be one of ${REPORTED_STAGES.join(', ')}` })
  furthestStage: ReportedStage;
  @Field(() => Boolean, { nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean({ message: 'withdrawn must be true or false' })
  withdrawn?: boolean | null;
  @Field(() => DateScalarType, { nullable: true }) @IsOptional() @Validate(CalendarDate) enquiredOn?: string | null;
  @Field(() => DateScalarType, { nullable: true }) @IsOptional() @Validate(CalendarDate) dateOfBirth?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Trim() @Validate(LearnerWardCode) wardCode?: string | null;
  @Field(() => EmploymentStatus, { nullable: true })
  @IsOptional()
  @IsEnum(EmploymentStatus, enumMessage('employmentStatus', EmploymentStatus))
  employmentStatus?: EmploymentStatus | null;
  @Field(() => Ethnicity, { nullable: true })
  @IsOptional()
  @IsEnum(Ethnicity, enumMessage('ethnicity', Ethnicity))
  ethnicity?: Ethnicity | null;
  @Field(() => Gender, { nullable: true })
  @IsOptional()
  @IsEnum(Gender, enumMessage('gender', Gender))
  gender?: Gender | null;
  @Field(() => YesNoPreferNot, { nullable: true })
  @IsOptional()
  @IsEnum(YesNoPreferNot, enumMessage('trans', YesNoPreferNot))
  trans?: YesNoPreferNot | null;
  @Field(() => YesNoPreferNot, { nullable: true })
  @IsOptional()
  @IsEnum(YesNoPreferNot, enumMessage('disability', YesNoPreferNot))
  disability?: YesNoPreferNot | null;
}

const ROWS = { message: `rows must list 1 to ${MAX_RETURN_ROWS} learners` };

/** The `rows` argument of reportCohortOutcomes, validated as a whole (a list argument has no input class). */
export class CohortOutcomeRowsArgument {
  @IsArray(ROWS)
  @ArrayMinSize(1, ROWS)
  @ArrayMaxSize(MAX_RETURN_ROWS, ROWS)
  @ValidateNested({ each: true })
  @Type(() => CohortOutcomeRowInput)
  rows: CohortOutcomeRowInput[];
}

/** The `rows` argument of reportCohortLearners. */
export class CohortLearnerRowsArgument {
  @IsArray(ROWS)
  @ArrayMinSize(1, ROWS)
  @ArrayMaxSize(MAX_RETURN_ROWS, ROWS)
  @ValidateNested({ each: true })
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
