import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
  Validate,
} from 'class-validator';
import { ApplicationStatus, EnrolmentStatus, OutcomeType, RejectionReason } from '@app/brokerage';
import { ProgrammeEntity } from '@app/catalogue';
import { SkillEntity } from '@app/reference';
import { Programme } from '../catalogue/catalogue.types';
import { Skill } from '../reference/reference.types';
import { Role } from '@app/identity';
import { FunnelStage } from '@app/metrics';
import { DateScalarType } from '../graphql/date.scalar';
import { NotInFuture } from '../graphql/input-validators';
import { connectionTypes } from '../graphql/pagination';
import { Trim } from '../graphql/trim.decorator';
import { SkillMatch } from '../matching/matching.types';

registerEnumType(EnrolmentStatus, { name: 'EnrolmentStatus' });
registerEnumType(ApplicationStatus, { name: 'ApplicationStatus' });
registerEnumType(OutcomeType, { name: 'OutcomeType' });
// One enum for learner returns' furthestStage and the metrics funnel (METRICS.md).
registerEnumType(FunnelStage, { name: 'FunnelStage' });
export { FunnelStage };

@ObjectType('StatusChange')
export class StatusChange {
  @Field() status: string;
  @Field() at: Date;
  @Field(() => Role) byRole: Role;
  @Field(() => String, {
    nullable: true,
    description: 'Why the record moved, when an organisation or the platform ended it (a withdrawal, a filled vacancy)',
  })
  reason: string | null;
}

@ObjectType('Learner', { description: 'Who the learner is: shown to their provider from APPLIED onwards' })
export class Learner {
  @Field() displayName: string;
  @Field() email: string;
}

@ObjectType('Outcome')
export class Outcome {
  @Field(() => ID) id: string;
  @Field(() => OutcomeType) type: OutcomeType;
  @Field(() => DateScalarType) startDate: string;
  @Field(() => Int, { nullable: true }) salaryPence: number | null;
  @Field(() => Float, { nullable: true }) hoursPerWeek: number | null;
  @Field() withinSixMonths: boolean;
}

@ObjectType('Enrolment')
export class Enrolment {
  @Field(() => ID) id: string;
  @Field(() => EnrolmentStatus) status: EnrolmentStatus;
  @Field(() => String, { nullable: true }) learnerRef: string | null;
  @Field(() => [String]) qualificationsAchieved: string[];
  @Field() createdAt: Date;
  // cohort, learner, history and outcomes are resolved by EnrolmentResolver
  cohortId: string;
  residentId: string | null;
}

@ObjectType('Candidate', {
  description: 'An applicant: name and email stay hidden until the application is SHORTLISTED',
})
export class Candidate {
  @Field(() => ID) candidateRef: string;
  @Field(() => String, { nullable: true }) displayName: string | null;
  @Field(() => String, { nullable: true }) email: string | null;
}

registerEnumType(RejectionReason, { name: 'RejectionReason' });

@ObjectType('ApplicationFeedback', {
  description:
    'Why the employer turned the application down, and the courses open to you that close the skills missing',
})
export class ApplicationFeedback {
  @Field(() => RejectionReason) reason: RejectionReason;
  @Field(() => String, { nullable: true }) message: string | null;
  @Field(() => [Skill], { description: 'Skills of the vacancy the employer said you did not meet (reason SKILLS)' })
  unmetSkills: SkillEntity[];
  @Field(() => [Programme], {
    description:
      'Courses you are eligible for, with a cohort open now, that teach those skills to the level asked; only you see them',
  })
  suggestedProgrammes: ProgrammeEntity[];
}

@ObjectType('Application')
export class Application {
  @Field(() => ID) id: string;
  @Field(() => ApplicationStatus) status: ApplicationStatus;
  @Field(() => String, { nullable: true }) coverNote: string | null;
  @Field() createdAt: Date;
  // vacancy, candidate, history, guaranteedInterview, adjustments and feedback are resolved by ApplicationResolver
  vacancyId: string;
  residentId: string | null;
}

@InputType('ApplicationFeedbackInput')
export class ApplicationFeedbackInput {
  @Field(() => RejectionReason) @IsEnum(RejectionReason) reason: RejectionReason;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(5000, { message: 'feedback.message must be at most 5,000 characters' })
  message?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Only with the reason SKILLS, and only skills the vacancy asks for',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30, { message: 'feedback.unmetSkillIds must list at most 30 skills' })
  @IsUUID('all', { each: true, message: 'each of feedback.unmetSkillIds must be a skill id' })
  unmetSkillIds?: string[] | null;
}

/** applyToVacancy's free-text request (API.md "Validation": cover notes up to 5,000; adjustments alike). */
export class AdjustmentsArgs {
  @IsOptional() @Trim() @IsString() @MaxLength(5000) adjustments?: string | null;
}

@ObjectType('ApplicationFit', {
  description:
    'How well the applicant fits the vacancy, as the candidate list scores it and shows it blind: each level up to the one required',
})
export class ApplicationFit {
  @Field(() => Float) score: number;
  @Field() fullyQualified: boolean;
  @Field(() => [SkillMatch]) skills: SkillMatch[];
}

export const { EdgeType: EnrolmentEdge, ConnectionType: EnrolmentConnection } = connectionTypes('Enrolment', Enrolment);
export const { EdgeType: ApplicationEdge, ConnectionType: ApplicationConnection } = connectionTypes(
  'Application',
  Application,
);

/** The arguments of rejectEnrolment and applyToVacancy that carry free text (API.md "Validation"). */
export class RejectionReasonArgs {
  @Trim() @IsString() @MinLength(1) @MaxLength(2000) reason: string;
}

/** withdrawEnrolment's reason: optional for the resident, required from an organisation (the service says so). */
export class WithdrawalReasonArgs {
  @IsOptional()
  @Trim()
  @IsString()
  @MinLength(1, { message: 'reason must not be empty' })
  @MaxLength(2000, { message: 'reason must be at most 2,000 characters' })
  reason?: string | null;
}

export class CoverNoteArgs {
  @IsOptional() @Trim() @IsString() @MaxLength(5000) coverNote?: string | null;
}

export class CompletionArgs {
  @Validate(NotInFuture) completionDate: string;
  @IsArray()
  @ArrayMaxSize(20)
  @Trim()
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  qualificationsAchieved: string[];
}
