import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsEnum,
  IsInt,
  IsOptional,
  IsUUID,
  Length,
  Max,
  Min,
  Validate,
  ValidateIf,
  ValidateNested,
  ValidatorConstraint,
  ValidatorConstraintInterface,
} from 'class-validator';
import { EmploymentStatus, TimeSlot } from '@app/catalogue';
import { ageOn } from '@app/matching';
import { londonToday, SKILL_CATEGORIES, SkillLevel } from '@app/reference';
import { Ethnicity, Gender, SkillEvidence, YesNoPreferNot } from '@app/residents';
import { DateScalarType } from '../graphql/date.scalar';
import { KnownSkills, ManchesterWardCode, NoDuplicateSkills } from '../graphql/input-validators';
import { Trim } from '../graphql/trim.decorator';
import { Skill } from '../reference/reference.types';

registerEnumType(SkillEvidence, { name: 'SkillEvidence' });
registerEnumType(Ethnicity, { name: 'Ethnicity' });
registerEnumType(Gender, { name: 'Gender' });
registerEnumType(YesNoPreferNot, { name: 'YesNoPreferNot' });
registerEnumType(TimeSlot, {
  name: 'TimeSlot',
  description:
    'A time of the week: DAYTIME weekdays 9 to 5, SCHOOL_HOURS weekdays within the school run, EVENINGS weekdays after 6, WEEKENDS',
});

@ObjectType('ResidentSkill')
export class ResidentSkill {
  @Field(() => Skill) skill: Skill;
  @Field(() => SkillLevel) level: SkillLevel;
  @Field(() => SkillEvidence) evidence: SkillEvidence;
}

@ObjectType('DigitalAccess')
export class DigitalAccess {
  @Field() hasDevice: boolean;
  @Field() hasHomeInternet: boolean;
}

/** Visible to the resident alone. */
@ObjectType('EqualityMonitoring')
export class EqualityMonitoring {
  @Field(() => Ethnicity, { nullable: true }) ethnicity: Ethnicity | null;
  @Field(() => Gender, { nullable: true }) gender: Gender | null;
  @Field(() => YesNoPreferNot, { nullable: true }) trans: YesNoPreferNot | null;
  @Field(() => YesNoPreferNot, { nullable: true }) disability: YesNoPreferNot | null;
}

@ObjectType('ResidentProfile')
export class ResidentProfile {
  @Field(() => ID) id: string;
  @Field() displayName: string;
  @Field() livesInGreaterManchester: boolean;
  @Field(() => DateScalarType, { nullable: true }) dateOfBirth: string | null;
  @Field(() => EmploymentStatus, { nullable: true }) employmentStatus: EmploymentStatus | null;
  @Field(() => Int, { nullable: true }) highestQualificationLevel: number | null;
  @Field(() => Int, { nullable: true }) maxTravelKm: number | null;
  @Field(() => Int, { nullable: true }) hoursAvailablePerWeek: number | null;
  @Field(() => DigitalAccess) digitalAccess: DigitalAccess;
  @Field() shareProfileWithEmployers: boolean;
  @Field(() => [String], {
    description: 'Skill categories of the taxonomy you would like to work in: matches in them rank first among equals',
  })
  interests: string[];
  @Field(() => [TimeSlot], { description: 'When in the week you are free to work or study' })
  availableTimes: TimeSlot[];
  // ward, skills and equalityMonitoring are resolved by ResidentResolver
  wardCode: string | null;
}

/** A date of birth giving an age of 14 to 100 today. */
@ValidatorConstraint({ name: 'plausibleDateOfBirth' })
class PlausibleDateOfBirth implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    if (typeof value !== 'string') return false;
    const age = ageOn(value, londonToday());
    return age >= 14 && age <= 100;
  }

  defaultMessage(): string {
    return 'dateOfBirth must give an age between 14 and 100';
  }
}

const present = (field: string) => (o: Record<string, unknown>) => o[field] !== undefined;

@InputType('ResidentProfileInput')
export class ResidentProfileInput {
  @Field({ nullable: true })
  @Trim()
  @ValidateIf(present('displayName'))
  @Length(1, 100, { message: 'displayName must be 1 to 100 characters' })
  displayName?: string;

  /** null clears it */
  @Field(() => String, { nullable: true }) @IsOptional() @Validate(ManchesterWardCode) wardCode?: string | null;
  @Field({ nullable: true })
  @ValidateIf(present('livesInGreaterManchester'))
  @IsBoolean()
  livesInGreaterManchester?: boolean;
  @Field(() => DateScalarType, { nullable: true }) @IsOptional() @Validate(PlausibleDateOfBirth) dateOfBirth?:
    string | null;
  @Field(() => EmploymentStatus, { nullable: true })
  @IsOptional()
  @IsEnum(EmploymentStatus)
  employmentStatus?: EmploymentStatus | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'highestQualificationLevel must be an RQF level, 0 to 8' })
  @Max(8, { message: 'highestQualificationLevel must be an RQF level, 0 to 8' })
  highestQualificationLevel?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'maxTravelKm must be 0 to 500' })
  @Max(500, { message: 'maxTravelKm must be 0 to 500' })
  maxTravelKm?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'hoursAvailablePerWeek must be 1 to 60' })
  @Max(60, { message: 'hoursAvailablePerWeek must be 1 to 60' })
  hoursAvailablePerWeek?: number | null;

  @Field({ nullable: true }) @ValidateIf(present('hasDevice')) @IsBoolean() hasDevice?: boolean;
  @Field({ nullable: true }) @ValidateIf(present('hasHomeInternet')) @IsBoolean() hasHomeInternet?: boolean;
  @Field({ nullable: true })
  @ValidateIf(present('shareProfileWithEmployers'))
  @IsBoolean()
  shareProfileWithEmployers?: boolean;

  @Field(() => [String], { nullable: true, description: 'Skill categories (Skill.category); [] clears them' })
  @ValidateIf(present('interests'))
  @IsArray({ message: 'interests must be a list of skill categories' })
  @ArrayUnique({ message: 'interests must not list a category twice' })
  @IsIn(SKILL_CATEGORIES, { each: true, message: `each interest must be one of: ${SKILL_CATEGORIES.join(', ')}` })
  interests?: string[];

  @Field(() => [TimeSlot], { nullable: true, description: '[] clears them' })
  @ValidateIf(present('availableTimes'))
  @IsArray({ message: 'availableTimes must be a list of times' })
  @ArrayUnique({ message: 'availableTimes must not list a time twice' })
  @IsEnum(TimeSlot, { each: true })
  availableTimes?: TimeSlot[];
}

@InputType('ResidentSkillInput')
export class ResidentSkillInput {
  @Field(() => ID) @IsUUID('all', { message: 'skillId must be a skill id' }) skillId: string;
  @Field(() => SkillLevel) @IsEnum(SkillLevel) level: SkillLevel;
}

/** The `skills` argument of setMySkills, as a class so it is validated like any input (0..30 skills, no repeats). */
export class ResidentSkillsArgument {
  @Validate(NoDuplicateSkills)
  @Validate(KnownSkills)
  @ValidateNested({ each: true })
  @Type(() => ResidentSkillInput)
  @ArrayMaxSize(30, { message: 'skills must list at most 30 skills' })
  skills: ResidentSkillInput[];
}

@InputType('EqualityMonitoringInput')
export class EqualityMonitoringInput {
  @Field(() => Ethnicity, { nullable: true }) @IsOptional() @IsEnum(Ethnicity) ethnicity?: Ethnicity | null;
  @Field(() => Gender, { nullable: true }) @IsOptional() @IsEnum(Gender) gender?: Gender | null;
  @Field(() => YesNoPreferNot, { nullable: true }) @IsOptional() @IsEnum(YesNoPreferNot) trans?: YesNoPreferNot | null;
  @Field(() => YesNoPreferNot, { nullable: true })
  @IsOptional()
  @IsEnum(YesNoPreferNot)
  disability?: YesNoPreferNot | null;
}
