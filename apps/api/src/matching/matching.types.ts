import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional } from 'class-validator';
import DataLoader from 'dataloader';
import { ProgrammeKind } from '@app/catalogue';
import { DistanceBand, MatchNoteKind } from '@app/matching';
import { SkillLevel } from '@app/reference';
import { Workplace } from '@app/vacancies';
import { Cohort, Programme } from '../catalogue/catalogue.types';
import { Skill, SkillGain } from '../reference/reference.types';
import { Vacancy } from '../vacancies/vacancy.types';

@ObjectType('SkillMatch')
export class SkillMatch {
  @Field(() => Skill) skill: Skill;
  @Field(() => SkillLevel) requiredLevel: SkillLevel;
  @Field(() => SkillLevel, { nullable: true }) residentLevel: SkillLevel | null;
  @Field() essential: boolean;
  @Field() met: boolean;
}

@ObjectType('Pathway', {
  description: 'A course that would open a job: the essential skills it closes and what would remain',
})
export class Pathway {
  @Field(() => Programme) programme: Programme;
  @Field(() => Cohort) cohort: Cohort;
  @Field(() => Vacancy) vacancy: Vacancy;
  @Field(() => Float) scoreBefore: number;
  @Field(() => Float) scoreAfter: number;
  @Field(() => [Skill]) closesSkills: Skill[];
  @Field(() => [Skill]) remainingGaps: Skill[];
  @Field(() => Int) weeks: number;
}

registerEnumType(MatchNoteKind, { name: 'MatchNoteKind' });

@ObjectType('MatchNote', {
  description: 'One factor of a match in plain English; met false: it nearly fits, and this says what does not',
})
export class MatchNote {
  @Field(() => MatchNoteKind) kind: MatchNoteKind;
  @Field() met: boolean;
  @Field() text: string;
}

@ObjectType('VacancyMatch')
export class VacancyMatch {
  @Field(() => Vacancy) vacancy: Vacancy;
  @Field(() => Float, { description: 'Rounded to 4 decimal places; ranking uses the exact value' }) score: number;
  @Field() fullyQualified: boolean;
  @Field(() => [SkillMatch], { description: 'Every requirement, essential first, then by skill name' })
  skills: SkillMatch[];
  @Field(() => Float, { nullable: true }) distanceKm: number | null;
  @Field(() => [MatchNote], { description: 'How the job fits your interests and hours (docs/matching.md)' })
  fits: MatchNote[];
  // `pathways` is resolved by MatchingResolver, through this loader (built only when a match list is answered)
  pathwayLoader: DataLoader<string, Pathway[]>;
}

@ObjectType('ProgrammeMatch')
export class ProgrammeMatch {
  @Field(() => Programme) programme: Programme;
  @Field(() => Cohort) nextCohort: Cohort;
  @Field(() => [SkillGain]) skillsGained: SkillGain[];
  @Field(() => Int) vacanciesOpened: number;
  @Field(() => Int) vacanciesImproved: number;
  @Field(() => Float, { nullable: true }) distanceKm: number | null;
  @Field(() => [MatchNote], {
    description: 'How the course fits your interests, hours, free times and digital access (docs/matching.md)',
  })
  fits: MatchNote[];
}

registerEnumType(DistanceBand, {
  name: 'DistanceBand',
  description: 'How far a blind candidate lives from the vacancy, in bands: within 1, 3, 5, 10 or 20 km, or further',
});

@ObjectType('CandidateMatch', {
  description:
    'A consenting resident, shown blind: no name, no contact, no equality data; distance in bands, skill levels up to the one required, only courses that taught a required skill',
})
export class CandidateMatch {
  @Field(() => ID) candidateRef: string;
  @Field(() => Float) score: number;
  @Field() fullyQualified: boolean;
  @Field(() => [SkillMatch]) skills: SkillMatch[];
  @Field(() => Float, { nullable: true, description: "The upper limit of the candidate's distance band, in km" })
  distanceKm: number | null;
  @Field(() => DistanceBand, { nullable: true, description: 'Null when the vacancy or the candidate has no location' })
  distanceBand: DistanceBand | null;
  @Field(() => [Programme]) completedProgrammes: Programme[];
}

@InputType('MatchFilter')
export class MatchFilterInput {
  @Field(() => [Workplace], { nullable: true })
  @IsOptional()
  @IsEnum(Workplace, { each: true })
  workplaces?: Workplace[];
  @Field(() => [ProgrammeKind], { nullable: true })
  @IsOptional()
  @IsEnum(ProgrammeKind, { each: true })
  kinds?: ProgrammeKind[];
  @Field({ nullable: true }) @IsOptional() @IsBoolean() fullyQualifiedOnly?: boolean;
  @Field({ nullable: true, description: 'Only matches in the skill categories of your interests' })
  @IsOptional()
  @IsBoolean()
  interestsOnly?: boolean;
}
