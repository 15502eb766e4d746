/** METRICS.md vocabulary, shared by the SQL aggregation, the pure report builders and the API. */

export enum MetricsScopeKind {
  CITY = 'CITY',
  PROVIDER = 'PROVIDER',
  PROGRAMME = 'PROGRAMME',
  COHORT = 'COHORT',
  EMPLOYER = 'EMPLOYER',
  VACANCY = 'VACANCY',
}

export enum MetricsRunState {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  COMPLETED = 'COMPLETED',
  FAILED = 'FAILED',
}

export enum FunnelStage {
  ENQUIRED = 'ENQUIRED',
  APPLIED = 'APPLIED',
  SHORTLISTED = 'SHORTLISTED',
  INTERVIEWED = 'INTERVIEWED',
  OFFERED = 'OFFERED',
  ENROLLED = 'ENROLLED',
  COMPLETED = 'COMPLETED',
  POSITIVE_OUTCOME = 'POSITIVE_OUTCOME',
  HIRED = 'HIRED',
}

export enum Dimension {
  ETHNIC_GROUP = 'ETHNIC_GROUP',
  ETHNICITY = 'ETHNICITY',
  ETHNIC_MINORITY = 'ETHNIC_MINORITY',
  GENDER = 'GENDER',
  TRANS = 'TRANS',
  DISABILITY = 'DISABILITY',
  AGE_BAND = 'AGE_BAND',
  WARD = 'WARD',
  EMPLOYMENT_STATUS = 'EMPLOYMENT_STATUS',
}

/** The two funnels (METRICS.md "Funnel stages"); CITY reports both, programme side first. */
export const PROGRAMME_STAGES: readonly FunnelStage[] = [
  FunnelStage.ENQUIRED,
  FunnelStage.APPLIED,
  FunnelStage.OFFERED,
  FunnelStage.ENROLLED,
  FunnelStage.COMPLETED,
  FunnelStage.POSITIVE_OUTCOME,
];
export const VACANCY_STAGES: readonly FunnelStage[] = [
  FunnelStage.APPLIED,
  FunnelStage.SHORTLISTED,
  FunnelStage.INTERVIEWED,
  FunnelStage.OFFERED,
  FunnelStage.HIRED,
];

export type FunnelSide = 'PROGRAMME' | 'VACANCY';

/** The demographic snapshot columns as stored (demographic_snapshots), before they are mapped to categories. */
export type SnapshotColumn =
  'ethnicity' | 'gender' | 'trans' | 'disability' | 'age_band' | 'ward' | 'employment_status';

/**
 * One row of the SQL aggregation of one funnel side: how many records reached exactly the stages in `stageMask`
 * (bit i set = the side's stage i, in PROGRAMME_STAGES / VACANCY_STAGES order) and, when `column` is set, had `value`
 * (the raw snapshot value, null when missing) in that column. A row with `column` null is the total for the mask.
 */
export interface SnapshotGroupRow {
  stageMask: number;
  column: SnapshotColumn | null;
  value: string | null;
  count: number;
}

/** Counts per stage: the total and, per dimension, every category of METRICS.md (zeros included). */
export interface StageTally {
  stage: FunnelStage;
  total: number;
  byDimension: Record<Dimension, Record<string, number>>;
}

/** Census 2021 Manchester usual residents per category, for the dimensions that have a benchmark. */
export type BenchmarkCounts = Partial<Record<Dimension, Record<string, number>>>;

export interface Count {
  value: number | null;
  suppressed: boolean;
}

export interface BreakdownRow {
  dimension: Dimension;
  category: string;
  count: Count;
  share: number | null;
  benchmarkShare: number | null;
  representationRatio: number | null;
}

export interface StageReport {
  stage: FunnelStage;
  total: Count;
  rows: BreakdownRow[];
}

export interface SelectionRate {
  dimension: Dimension;
  category: string;
  fromStage: FunnelStage;
  toStage: FunnelStage;
  rate: number | null;
  ratioToHighest: number | null;
  adverseImpact: boolean;
}

export interface DiversityFigures {
  suppressionThreshold: number;
  stages: StageReport[];
  selectionRates: SelectionRate[];
}

/** The outcome report's raw, unsuppressed inputs, as the SQL aggregation returns them. */
export interface OutcomeInputs {
  enquiries: number;
  applications: number;
  places: number;
  starts: number;
  completions: number;
  positiveOutcomes: number;
  employedWithinSixMonths: number;
  /** Days from completion to the first positive outcome within six months, one per completer who has one. */
  daysToOutcome: number[];
  /** Annual salaries (pence) of employment outcomes that give one. */
  employmentSalaries: number[];
  /** Employment outcomes with salary and hours, and how many of them pay at least the Real Living Wage then. */
  employmentWithPay: number;
  employmentPayingRealLivingWage: number;
}

export interface OutcomeFigures {
  enquiries: Count;
  applications: Count;
  places: Count;
  enquiriesPerPlace: number | null;
  starts: Count;
  completions: Count;
  completionRate: number | null;
  positiveOutcomes: Count;
  outcomeRateOfCompletions: number | null;
  outcomeRateOfStarts: number | null;
  employedWithinSixMonths: Count;
  medianDaysToOutcome: number | null;
  medianSalaryPence: number | null;
  realLivingWageShare: number | null;
}
