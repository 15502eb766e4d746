import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  Validate,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { ContractType, VacancyStatus, Workplace } from '@app/vacancies';
import { DateScalarType } from '../graphql/date.scalar';
import {
  KnownPublishedProgrammes,
  KnownSkills,
  ManchesterWardCode,
  NoDuplicateSkills,
  NotBelow,
} from '../graphql/input-validators';
import { connectionTypes } from '../graphql/pagination';
import { InTenths } from '../graphql/tenths.validator';
import { Trim } from '../graphql/trim.decorator';
import { SkillRequirementInput } from '../reference/reference.types';
import { ClosingDate } from './closing-date.validator';

registerEnumType(ContractType, { name: 'ContractType' });
registerEnumType(Workplace, { name: 'Workplace' });
registerEnumType(VacancyStatus, { name: 'VacancyStatus' });

@ObjectType('Vacancy')
export class Vacancy {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field() description: string;
  @Field(() => Int) salaryMinPence: number;
  @Field(() => Int) salaryMaxPence: number;
  @Field(() => Float) hoursPerWeek: number;
  @Field(() => ContractType) contract: ContractType;
  @Field(() => Workplace) workplace: Workplace;
  @Field(() => Int) positions: number;
  @Field(() => Int) positionsFilled: number;
  @Field(() => DateScalarType) closesOn: string;
  @Field() createdAt: Date;
  // employer, requirements, ward, status, pay and guaranteed-interview programmes are resolved by VacancyResolver
  employerId: string;
  wardCode: string | null;
  status: VacancyStatus;
}

export const { EdgeType: VacancyEdge, ConnectionType: VacancyConnection } = connectionTypes('Vacancy', Vacancy);

const TITLE = { message: 'title must be 3 to 200 characters' };
const DESCRIPTION = { message: 'description must be 1 to 10,000 characters' };
const REQUIREMENTS = { message: 'requirements must list 1 to 30 skills' };
const SALARY_RANGE = { message: 'salaries must be 0 to £1,000,000 a year, in pence' };
const HOURS = { message: 'hoursPerWeek must be 1 to 60' };
// class-validator's IsNumber({ maxDecimalPlaces }) throws on 1e-7 (a server error): InTenths checks the number itself.
const HOURS_IN_TENTHS = { message: 'hoursPerWeek must be a number of hours, to one decimal place' };
const MIN_SALARY = { message: 'minSalaryPence must be 0 to £1,000,000 a year, in pence' };
const MAX_HOURS = { message: 'maxHoursPerWeek must be 1 to 60' };
const POSITIONS = { message: 'positions must be 1 to 10,000' };
const present = (field: string) => (o: Record<string, unknown>) => o[field] !== undefined;

@InputType('UpdateVacancyInput')
export class UpdateVacancyInput {
  @Field({ nullable: true }) @Trim() @ValidateIf(present('title')) @Length(3, 200, TITLE) title?: string;
  @Field({ nullable: true })
  @Trim()
  @ValidateIf(present('description'))
  @Length(1, 10_000, DESCRIPTION)
  description?: string;

  @Field(() => [SkillRequirementInput], { nullable: true })
  @ValidateIf(present('requirements'))
  @Validate(NoDuplicateSkills)
  @Validate(KnownSkills)
  @ValidateNested({ each: true })
  @Type(() => SkillRequirementInput)
  @ArrayMinSize(1, REQUIREMENTS)
  @ArrayMaxSize(30, REQUIREMENTS)
  requirements?: SkillRequirementInput[];

  @Field(() => Int, { nullable: true })
  @ValidateIf(present('salaryMinPence'))
  @IsInt()
  @Min(0, SALARY_RANGE)
  @Max(100_000_000, SALARY_RANGE)
  salaryMinPence?: number;

  @Field(() => Int, { nullable: true })
  @ValidateIf(present('salaryMaxPence'))
  @IsInt()
  @Min(0, SALARY_RANGE)
  @Max(100_000_000, SALARY_RANGE)
  @Validate(NotBelow, ['salaryMinPence'])
  salaryMaxPence?: number;

  @Field(() => Float, { nullable: true })
  @ValidateIf(present('hoursPerWeek'))
  @Validate(InTenths, HOURS_IN_TENTHS)
  @Min(1, HOURS)
  @Max(60, HOURS)
  hoursPerWeek?: number;

  @Field(() => ContractType, { nullable: true })
  @ValidateIf(present('contract'))
  @IsEnum(ContractType)
  contract?: ContractType;
  @Field(() => Workplace, { nullable: true })
  @ValidateIf(present('workplace'))
  @IsEnum(Workplace)
  workplace?: Workplace;
  /** null clears it */
  @Field(() => String, { nullable: true }) @IsOptional() @Validate(ManchesterWardCode) wardCode?: string | null;
  @Field(() => Int, { nullable: true })
  @ValidateIf(present('positions'))
  @IsInt()
  @Min(1, POSITIONS)
  @Max(10_000, POSITIONS)
  positions?: number;
  @Field(() => DateScalarType, { nullable: true })
  @ValidateIf(present('closesOn'))
  @Validate(ClosingDate)
  closesOn?: string;

  @Field(() => [ID], { nullable: true })
  @ValidateIf(present('guaranteedInterviewProgrammeIds'))
  @ArrayMaxSize(20)
  @Validate(KnownPublishedProgrammes)
  guaranteedInterviewProgrammeIds?: string[];
}

@InputType('CreateVacancyInput')
export class CreateVacancyInput {
  @Field() @Trim() @Length(3, 200, TITLE) title: string;
  @Field() @Trim() @Length(1, 10_000, DESCRIPTION) description: string;

  @Field(() => [SkillRequirementInput])
  @Validate(NoDuplicateSkills)
  @Validate(KnownSkills)
  @ValidateNested({ each: true })
  @Type(() => SkillRequirementInput)
  @ArrayMinSize(1, REQUIREMENTS)
  @ArrayMaxSize(30, REQUIREMENTS)
  requirements: SkillRequirementInput[];

  @Field(() => Int) @IsInt() @Min(0, SALARY_RANGE) @Max(100_000_000, SALARY_RANGE) salaryMinPence: number;

  @Field(() => Int)
  @IsInt()
  @Min(0, SALARY_RANGE)
  @Max(100_000_000, SALARY_RANGE)
  @Validate(NotBelow, ['salaryMinPence'])
  salaryMaxPence: number;

  @Field(() => Float) @Validate(InTenths, HOURS_IN_TENTHS) @Min(1, HOURS) @Max(60, HOURS) hoursPerWeek: number;
  @Field(() => ContractType) @IsEnum(ContractType) contract: ContractType;
  @Field(() => Workplace) @IsEnum(Workplace) workplace: Workplace;
  @Field(() => String, { nullable: true }) @IsOptional() @Validate(ManchesterWardCode) wardCode?: string | null;
  @Field(() => Int, { defaultValue: 1 }) @IsInt() @Min(1, POSITIONS) @Max(10_000, POSITIONS) positions: number;
  @Field(() => DateScalarType) @Validate(ClosingDate) closesOn: string;

  @Field(() => [ID], { nullable: true, defaultValue: [] })
  @IsOptional()
  @ArrayMaxSize(20)
  @Validate(KnownPublishedProgrammes)
  guaranteedInterviewProgrammeIds?: string[] | null;
}

@InputType('VacancyFilter')
export class VacancyFilterInput {
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(30)
  @IsUUID('all', { each: true, message: 'skillIds must be skill ids' })
  skillIds?: string[];
  @Field(() => [Workplace], { nullable: true })
  @IsOptional()
  @IsEnum(Workplace, { each: true })
  workplaces?: Workplace[];
  @Field(() => [ContractType], { nullable: true })
  @IsOptional()
  @IsEnum(ContractType, { each: true })
  contracts?: ContractType[];
  @Field({ nullable: true }) @IsOptional() @Validate(ManchesterWardCode) wardCode?: string;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() realLivingWageOnly?: boolean;
  @Field({ nullable: true }) @IsOptional() @Trim() @MaxLength(200) search?: string;
  @Field(() => Int, { nullable: true, description: 'Only jobs whose lowest salary is at least this, in pence a year' })
  @IsOptional()
  @IsInt({ message: 'minSalaryPence must be a whole number of pence' })
  @Min(0, MIN_SALARY)
  @Max(100_000_000, MIN_SALARY)
  minSalaryPence?: number;
  @Field(() => Float, { nullable: true, description: 'Only jobs of at most this many hours a week' })
  @IsOptional()
  @Validate(InTenths, { message: 'maxHoursPerWeek must be a number of hours, to one decimal place' })
  @Min(1, MAX_HOURS)
  @Max(60, MAX_HOURS)
  maxHoursPerWeek?: number;
}
