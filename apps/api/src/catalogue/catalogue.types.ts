import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  Validate,
  ValidateIf,
  ValidateNested,
  ValidationArguments,
  ValidatorConstraint,
  ValidatorConstraintInterface,
} from 'class-validator';
import {
  CohortStatus,
  DeliveryMode,
  EmploymentStatus,
  ProgrammeKind,
  Residency,
  TargetGroup,
  TimeSlot,
} from '@app/catalogue';
import { DIGITAL_T_LEVEL_SEED } from '@app/reference';
import { DateScalarType } from '../graphql/date.scalar';
import { KnownSkills, ManchesterWardCode, NoDuplicateSkills, NotBelow } from '../graphql/input-validators';
import { connectionTypes } from '../graphql/pagination';
import { Trim } from '../graphql/trim.decorator';
import { SkillGainInput, SkillRequirementInput } from '../reference/reference.types';

registerEnumType(ProgrammeKind, { name: 'ProgrammeKind' });
registerEnumType(DeliveryMode, { name: 'DeliveryMode' });
registerEnumType(EmploymentStatus, { name: 'EmploymentStatus' });
registerEnumType(Residency, { name: 'Residency' });
registerEnumType(TargetGroup, { name: 'TargetGroup' });
registerEnumType(CohortStatus, { name: 'CohortStatus' });

const T_LEVEL_CODES = DIGITAL_T_LEVEL_SEED.map((pathway) => pathway.larCode);

/** A fully funded programme costs learners nothing. */
@ValidatorConstraint({ name: 'freeWhenFullyFunded' })
class FreeWhenFullyFunded implements ValidatorConstraintInterface {
  validate(value: unknown, args: ValidationArguments): boolean {
    return (args.object as { fullyFunded?: unknown }).fullyFunded !== true || value === 0;
  }

  defaultMessage(): string {
    return 'a fully funded programme must cost learners nothing (costPence 0)';
  }
}

/** A T_LEVEL programme names one of the digital T Level pathways by its qualification code; other kinds name none. */
@ValidatorConstraint({ name: 'tLevelCodeMatchesKind' })
class TLevelCodeMatchesKind implements ValidatorConstraintInterface {
  validate(value: unknown, args: ValidationArguments): boolean {
    const isTLevel = (args.object as { kind?: unknown }).kind === ProgrammeKind.T_LEVEL;
    return isTLevel
      ? typeof value === 'string' && T_LEVEL_CODES.includes(value)
      : value === undefined || value === null;
  }

  defaultMessage(args: ValidationArguments): string {
    return (args.object as { kind?: unknown }).kind === ProgrammeKind.T_LEVEL
      ? `tLevelCode must be one of the digital T Level pathway codes: ${T_LEVEL_CODES.join(', ')}`
      : 'tLevelCode is only for T_LEVEL programmes';
  }
}
const present = (field: string) => (o: Record<string, unknown>) => o[field] !== undefined;

@ObjectType('Eligibility')
export class Eligibility {
  @Field(() => Int, { nullable: true }) minAge: number | null;
  @Field(() => Int, { nullable: true }) maxAge: number | null;
  @Field(() => [EmploymentStatus]) employmentStatuses: EmploymentStatus[];
  @Field(() => Residency) residency: Residency;
  @Field(() => [TargetGroup]) targetGroups: TargetGroup[];
  @Field(() => Int, { nullable: true }) minQualificationLevel: number | null;
}

@ObjectType('Programme')
export class Programme {
  @Field(() => ID) id: string;
  @Field(() => ProgrammeKind) kind: ProgrammeKind;
  @Field() title: string;
  @Field() summary: string;
  @Field(() => [String]) qualifications: string[];
  @Field(() => Int) durationWeeks: number;
  @Field(() => Int) hoursPerWeek: number;
  @Field(() => DeliveryMode) delivery: DeliveryMode;
  @Field() fullyFunded: boolean;
  @Field(() => Int) costPence: number;
  @Field(() => String, { nullable: true }) tLevelCode: string | null;
  @Field() guaranteedInterview: boolean;
  @Field({ description: 'The provider lends a laptop or tablet to learners who have none' }) lendsDevices: boolean;
  @Field({ description: 'The provider gives learners without home internet a data allowance' }) providesData: boolean;
  @Field() published: boolean;
  // provider, skillsTaught, prerequisites, ward, eligibility and cohorts are resolved by ProgrammeResolver
  providerId: string;
  wardCode: string | null;
}

@ObjectType('Cohort')
export class Cohort {
  @Field(() => ID) id: string;
  @Field(() => DateScalarType) startDate: string;
  @Field(() => DateScalarType) endDate: string;
  @Field(() => DateScalarType) applicationsCloseOn: string;
  @Field(() => Int) capacity: number;
  @Field(() => Int) placesTaken: number;
  @Field(() => [TimeSlot], { description: 'When in the week its sessions run; empty when the provider has not said' })
  deliveryTimes: TimeSlot[];
  // programme, placesRemaining and status are resolved by CohortResolver
  programmeId: string;
  cancelledAt: Date | null;
}

export const { EdgeType: ProgrammeEdge, ConnectionType: ProgrammeConnection } = connectionTypes('Programme', Programme);
export const { EdgeType: CohortEdge, ConnectionType: CohortConnection } = connectionTypes('Cohort', Cohort);

@InputType('EligibilityInput')
export class EligibilityInput {
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(14) @Max(100) minAge?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(14)
  @Max(100)
  @Validate(NotBelow, ['minAge'])
  maxAge?: number | null;

  @Field(() => [EmploymentStatus], { nullable: true, defaultValue: [] })
  @IsOptional()
  @IsEnum(EmploymentStatus, { each: true })
  @ArrayUnique({ message: 'employmentStatuses lists a status twice' })
  employmentStatuses?: EmploymentStatus[] | null;

  @Field(() => Residency, { defaultValue: Residency.ANY }) @IsEnum(Residency) residency: Residency;

  @Field(() => [TargetGroup], { nullable: true, defaultValue: [] })
  @IsOptional()
  @IsEnum(TargetGroup, { each: true })
  @ArrayUnique({ message: 'targetGroups lists a group twice' })
  targetGroups?: TargetGroup[] | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'minQualificationLevel must be an RQF level, 0 to 8' })
  @Max(8, { message: 'minQualificationLevel must be an RQF level, 0 to 8' })
  minQualificationLevel?: number | null;
}

const TITLE = { message: 'title must be 3 to 200 characters' };
const SUMMARY = { message: 'summary must be 1 to 10,000 characters' };

/** Rules shared by create and update; on update every field is optional and null is refused where it means nothing. */
@InputType('UpdateProgrammeInput')
export class UpdateProgrammeInput {
  @Field({ nullable: true }) @Trim() @ValidateIf(present('title')) @Length(3, 200, TITLE) title?: string;
  @Field({ nullable: true }) @Trim() @ValidateIf(present('summary')) @Length(1, 10_000, SUMMARY) summary?: string;

  @Field(() => [SkillGainInput], { nullable: true })
  @ValidateIf(present('skillsTaught'))
  @Validate(NoDuplicateSkills)
  @Validate(KnownSkills)
  @ValidateNested({ each: true })
  @Type(() => SkillGainInput)
  @ArrayMaxSize(30, { message: 'skillsTaught must list 1 to 30 skills' })
  @ArrayMinSize(1, { message: 'skillsTaught must list 1 to 30 skills' })
  skillsTaught?: SkillGainInput[];

  @Field(() => [SkillRequirementInput], { nullable: true })
  @ValidateIf(present('prerequisites'))
  @Validate(NoDuplicateSkills)
  @Validate(KnownSkills)
  @ValidateNested({ each: true })
  @Type(() => SkillRequirementInput)
  @ArrayMaxSize(30, { message: 'prerequisites must list at most 30 skills' })
  prerequisites?: SkillRequirementInput[];

  @Field(() => [String], { nullable: true })
  @ValidateIf(present('qualifications'))
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 200, { each: true, message: 'each qualification must be 1 to 200 characters' })
  qualifications?: string[];

  @Field(() => Int, { nullable: true })
  @ValidateIf(present('durationWeeks'))
  @IsInt()
  @Min(1, { message: 'durationWeeks must be 1 to 260' })
  @Max(260, { message: 'durationWeeks must be 1 to 260' })
  durationWeeks?: number;

  @Field(() => Int, { nullable: true })
  @ValidateIf(present('hoursPerWeek'))
  @IsInt()
  @Min(1, { message: 'hoursPerWeek must be 1 to 60' })
  @Max(60, { message: 'hoursPerWeek must be 1 to 60' })
  hoursPerWeek?: number;

  @Field(() => DeliveryMode, { nullable: true })
  @ValidateIf(present('delivery'))
  @IsEnum(DeliveryMode)
  delivery?: DeliveryMode;

  /** null clears it */
  @Field(() => String, { nullable: true }) @IsOptional() @Validate(ManchesterWardCode) wardCode?: string | null;

  @Field({ nullable: true }) @ValidateIf(present('fullyFunded')) @IsBoolean() fullyFunded?: boolean;

  @Field(() => Int, { nullable: true })
  @ValidateIf(present('costPence'))
  @IsInt()
  @Min(0, { message: 'costPence must be 0 or more' })
  @Max(10_000_000, { message: 'costPence must be at most £100,000' })
  costPence?: number;

  @Field(() => EligibilityInput, { nullable: true })
  @ValidateIf(present('eligibility'))
  @ValidateNested()
  @Type(() => EligibilityInput)
  eligibility?: EligibilityInput;

  @Field({ nullable: true }) @ValidateIf(present('guaranteedInterview')) @IsBoolean() guaranteedInterview?: boolean;
  @Field({ nullable: true }) @ValidateIf(present('lendsDevices')) @IsBoolean() lendsDevices?: boolean;
  @Field({ nullable: true }) @ValidateIf(present('providesData')) @IsBoolean() providesData?: boolean;
}

@InputType('CreateProgrammeInput')
export class CreateProgrammeInput {
  @Field(() => ProgrammeKind) @IsEnum(ProgrammeKind) kind: ProgrammeKind;
  @Field() @Trim() @Length(3, 200, TITLE) title: string;
  @Field() @Trim() @Length(1, 10_000, SUMMARY) summary: string;

  @Field(() => [SkillGainInput])
  @Validate(NoDuplicateSkills)
  @Validate(KnownSkills)
  @ValidateNested({ each: true })
  @Type(() => SkillGainInput)
  @ArrayMaxSize(30, { message: 'skillsTaught must list 1 to 30 skills' })
  @ArrayMinSize(1, { message: 'skillsTaught must list 1 to 30 skills' })
  skillsTaught: SkillGainInput[];

  @Field(() => [SkillRequirementInput], { nullable: true, defaultValue: [] })
  @IsOptional()
  @Validate(NoDuplicateSkills)
  @Validate(KnownSkills)
  @ValidateNested({ each: true })
  @Type(() => SkillRequirementInput)
  @ArrayMaxSize(30, { message: 'prerequisites must list at most 30 skills' })
  prerequisites?: SkillRequirementInput[] | null;

  @Field(() => [String], { nullable: true, defaultValue: [] })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 200, { each: true, message: 'each qualification must be 1 to 200 characters' })
  qualifications?: string[] | null;

  @Field(() => Int)
  @IsInt()
  @Min(1, { message: 'durationWeeks must be 1 to 260' })
  @Max(260, { message: 'durationWeeks must be 1 to 260' })
  durationWeeks: number;

  @Field(() => Int)
  @IsInt()
  @Min(1, { message: 'hoursPerWeek must be 1 to 60' })
  @Max(60, { message: 'hoursPerWeek must be 1 to 60' })
  hoursPerWeek: number;

  @Field(() => DeliveryMode) @IsEnum(DeliveryMode) delivery: DeliveryMode;
  @Field(() => String, { nullable: true }) @IsOptional() @Validate(ManchesterWardCode) wardCode?: string | null;
  @Field() @IsBoolean() fullyFunded: boolean;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0, { message: 'costPence must be 0 or more' })
  @Max(10_000_000, { message: 'costPence must be at most £100,000' })
  @Validate(FreeWhenFullyFunded)
  costPence: number;

  @Field(() => EligibilityInput) @ValidateNested() @Type(() => EligibilityInput) eligibility: EligibilityInput;

  @Field(() => String, { nullable: true }) @Validate(TLevelCodeMatchesKind) tLevelCode?: string | null;

  @Field({ defaultValue: false }) @IsBoolean() guaranteedInterview: boolean;
  @Field({ defaultValue: false }) @IsBoolean() lendsDevices: boolean;
  @Field({ defaultValue: false }) @IsBoolean() providesData: boolean;
}

// A cohort's dates and capacity are checked by the catalogue's cohortProblems, on creation and on every change alike.
@InputType('CreateCohortInput')
export class CreateCohortInput {
  @Field(() => ID) @IsUUID('all', { message: 'programmeId must be a programme id' }) programmeId: string;
  @Field(() => DateScalarType) startDate: string;
  @Field(() => DateScalarType) endDate: string;
  @Field(() => DateScalarType) applicationsCloseOn: string;
  @Field(() => Int) capacity: number;
  @Field(() => [TimeSlot], { nullable: true, defaultValue: [] }) deliveryTimes?: TimeSlot[];
}

@InputType('UpdateCohortInput', { description: 'Corrections to a cohort; a field left out keeps its value' })
export class UpdateCohortInput {
  @Field(() => DateScalarType, { nullable: true }) startDate?: string;
  @Field(() => DateScalarType, { nullable: true }) endDate?: string;
  @Field(() => DateScalarType, { nullable: true }) applicationsCloseOn?: string;
  @Field(() => Int, { nullable: true }) capacity?: number;
  @Field(() => [TimeSlot], { nullable: true }) deliveryTimes?: TimeSlot[];
}

const STARTING_WITHIN = { message: 'startingWithinDays must be 1 to 366' };

@InputType('ProgrammeFilter')
export class ProgrammeFilterInput {
  @Field(() => [ProgrammeKind], { nullable: true })
  @IsOptional()
  @IsEnum(ProgrammeKind, { each: true })
  kinds?: ProgrammeKind[];
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(30)
  @IsUUID('all', { each: true, message: 'skillIds must be skill ids' })
  skillIds?: string[];
  @Field(() => [DeliveryMode], { nullable: true })
  @IsOptional()
  @IsEnum(DeliveryMode, { each: true })
  delivery?: DeliveryMode[];
  @Field({ nullable: true }) @IsOptional() @IsBoolean() fullyFundedOnly?: boolean;
  @Field({ nullable: true }) @IsOptional() @Validate(ManchesterWardCode) wardCode?: string;
  @Field({ nullable: true }) @IsOptional() @Trim() @MaxLength(200) search?: string;
  @Field(() => Int, {
    nullable: true,
    description: 'Only courses with an OPEN cohort (you can apply now) starting within this many days of today',
  })
  @IsOptional()
  @IsInt({ message: 'startingWithinDays must be a whole number of days' })
  @Min(1, STARTING_WITHIN)
  @Max(366, STARTING_WITHIN)
  startingWithinDays?: number;
}
