import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { Dimension, MetricsRunState, MetricsScopeKind } from '@app/metrics';
import { RejectionReason } from '@app/brokerage';
import { FunnelStage } from '../brokerage/brokerage.types';
import { DateScalarType } from '../graphql/date.scalar';

registerEnumType(MetricsScopeKind, { name: 'MetricsScopeKind' });
registerEnumType(MetricsRunState, { name: 'MetricsRunState' });
registerEnumType(Dimension, { name: 'Dimension' });

@InputType('MetricsScopeInput')
export class MetricsScopeInput {
  @Field(() => MetricsScopeKind) @IsEnum(MetricsScopeKind) kind: MetricsScopeKind;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'id must be the id of a record' }) id?:
    string | null;
  @Field(() => DateScalarType, { nullable: true }) from?: string | null;
  @Field(() => DateScalarType, { nullable: true }) to?: string | null;
}

@ObjectType('MetricsScope')
export class MetricsScopeObject {
  @Field(() => MetricsScopeKind) kind: MetricsScopeKind;
  @Field(() => ID, { nullable: true }) id: string | null;
  @Field(() => DateScalarType, { nullable: true }) from: string | null;
  @Field(() => DateScalarType, { nullable: true }) to: string | null;
}

@ObjectType('MetricsRun')
export class MetricsRun {
  @Field(() => ID) id: string;
  @Field(() => MetricsScopeObject) scope: MetricsScopeObject;
  @Field(() => MetricsRunState) state: MetricsRunState;
  @Field(() => Float) progress: number;
  @Field() requestedAt: Date;
  @Field(() => Date, { nullable: true }) startedAt: Date | null;
  @Field(() => Date, { nullable: true }) finishedAt: Date | null;
  @Field(() => String, { nullable: true }) error: string | null;
}

@ObjectType('Count')
export class CountObject {
  @Field(() => Int, { nullable: true }) value: number | null;
  @Field() suppressed: boolean;
}

@ObjectType('BreakdownRow')
export class BreakdownRowObject {
  @Field(() => Dimension) dimension: Dimension;
  @Field() category: string;
  @Field(() => CountObject) count: CountObject;
  @Field(() => Float, { nullable: true }) share: number | null;
  @Field(() => Float, { nullable: true }) benchmarkShare: number | null;
  @Field(() => Float, { nullable: true }) representationRatio: number | null;
}

@ObjectType('StageReport')
export class StageReportObject {
  @Field(() => FunnelStage) stage: FunnelStage;
  @Field(() => CountObject) total: CountObject;
  @Field(() => [BreakdownRowObject]) rows: BreakdownRowObject[];
}

/** How many of a group's applications were rejected for one reason; reason null: rejected without one. */
@ObjectType('RejectionReasonCount')
export class RejectionReasonCountObject {
  // The metrics vocabulary keeps reasons as strings (rejection-reasons.ts); they are RejectionReason values.
  @Field(() => RejectionReason, { nullable: true }) reason: string | null;
  @Field(() => CountObject) count: CountObject;
}

@ObjectType('SelectionRate')
export class SelectionRateObject {
  @Field(() => Dimension) dimension: Dimension;
  @Field() category: string;
  @Field(() => FunnelStage) fromStage: FunnelStage;
  @Field(() => FunnelStage) toStage: FunnelStage;
  @Field(() => Float, { nullable: true }) rate: number | null;
  @Field(() => Float, { nullable: true }) ratioToHighest: number | null;
  @Field() adverseImpact: boolean;
  /** Vacancy side, where the four-fifths rule flags this dimension: the group's rejections by reason (issue 17). */
  @Field(() => [RejectionReasonCountObject], { nullable: true }) rejectionReasons?: RejectionReasonCountObject[];
}

@ObjectType('DiversityReport')
export class DiversityReport {
  @Field(() => MetricsScopeObject) scope: MetricsScopeObject;
  @Field(() => ID) runId: string;
  @Field() computedAt: Date;
  @Field(() => Int) suppressionThreshold: number;
  @Field(() => [StageReportObject]) stages: StageReportObject[];
  @Field(() => [SelectionRateObject]) selectionRates: SelectionRateObject[];
}

@ObjectType('OutcomeReport')
export class OutcomeReport {
  @Field(() => MetricsScopeObject) scope: MetricsScopeObject;
  @Field(() => ID) runId: string;
  @Field() computedAt: Date;
  @Field(() => CountObject) enquiries: CountObject;
  @Field(() => CountObject) applications: CountObject;
  @Field(() => CountObject) places: CountObject;
  @Field(() => Float, { nullable: true }) enquiriesPerPlace: number | null;
  @Field(() => CountObject) starts: CountObject;
  @Field(() => CountObject) completions: CountObject;
  @Field(() => Float, { nullable: true }) completionRate: number | null;
  @Field(() => CountObject) positiveOutcomes: CountObject;
  @Field(() => Float, { nullable: true }) outcomeRateOfCompletions: number | null;
  @Field(() => Float, { nullable: true }) outcomeRateOfStarts: number | null;
  @Field(() => CountObject) employedWithinSixMonths: CountObject;
  @Field(() => Float, { nullable: true }) medianDaysToOutcome: number | null;
  @Field(() => Int, { nullable: true }) medianSalaryPence: number | null;
  @Field(() => Float, { nullable: true }) realLivingWageShare: number | null;
}
