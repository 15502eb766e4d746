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

/**
 * The one definition of the funnel's stage bits: in a stage mask, bit i is the side's stage i (PROGRAMME_STAGES /
 * VACANCY_STAGES order). A record's `stages_reached` column holds the statuses it reached with these bits; the
 * StagesReached migration wrote its own copy of them (a migration is history and imports no live code), and
 * metrics.read-model.int-spec checks that the column and these bits agree.
 */
export function stageBitAt(index: number): number {
  return 1 << index;
}

/** The bit of `stage` in `stages`' masks. */
export function stageBit(stages: readonly FunnelStage[], stage: FunnelStage): number {
  const index = stages.indexOf(stage);
  if (index < 0) throw new RangeError(`${stage} is not a stage of this side`);
  return stageBitAt(index);
}

/**
 * The demographic snapshot columns, as stored on the records (`snapshot_` + the name: brokerage's
 * DemographicSnapshotColumns), before they are mapped to categories.
 */
export type SnapshotColumn =
  'ethnicity' | 'gender' | 'trans' | 'disability' | 'age_band' | 'ward' | 'employment_status';

/**
 * One row of the SQL aggregation of one funnel side: how many records reached the stages in `stageMask` (bit i set =
 * the side's stage i, in PROGRAMME_STAGES / VACANCY_STAGES order) and, when `column` is set, had `value` (the raw
 * snapshot value, null when missing) in that column. A row with `column` null is the total for the mask. Rows are
 * added up per stage bit (tallyStages): a record is in one row per stage bit it reached, once (on the programme
 * side, the rows of its statuses' mask and, with POSITIVE_OUTCOME, a row of that bit alone).
 */
export interface SnapshotGroupRow {
  stageMask: number;
  column: SnapshotColumn | null;
  value: string | null;
  count: number;
  /** The sum of the record keys of the records counted (METRICS.md "Cell keys"). */
  keySum: number;
}

/** A row of the rejections' aggregation: as SnapshotGroupRow, keyed by the rejection's reason (or NOT_GIVEN). */
export interface RejectionGroupRow {
  reason: string;
  column: SnapshotColumn | null;
  value: string | null;
  count: number;
  keySum: number;
}

/**
 * Exact counts of the vacancy side's rejections for one reason, per dimension and category (zeros included), each
 * with its cell key, mixed with the key sum of every rejection of the scope (rejection-reasons.ts).
 */
export interface RejectionTally {
  reason: string;
  byDimension: Record<Dimension, Record<string, number>>;
  cellKeys: Record<Dimension, Record<string, number>>;
}

/**
 * Exact counts per stage: the total and, per dimension, every category of METRICS.md (zeros included), each with
 * its cell key (0..255, cell-keys.ts) in `cellKeys`, laid out the same way.
 */
export interface StageTally {
  stage: FunnelStage;
  total: number;
  byDimension: Record<Dimension, Record<string, number>>;
  cellKeys: { total: number; byDimension: Record<Dimension, Record<string, number>> };
}

/** Who reads a report, which decides its disclosure control (METRICS.md "Disclosure control"). */
export enum Audience {
  /** BROKER, ANALYST, ADMIN: exact counts, threshold suppression. */
  STAFF = 'STAFF',
  /** An organisation reading its own scopes, and open data: perturbed counts, threshold 10, dominance. */
  PROTECTED = 'PROTECTED',
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
  /**
   * Vacancy side only, and only where the four-fifths rule flags a category of this dimension: this category's
   * rejections by reason, disclosed as the view discloses every cell. Absent elsewhere.
   */
  rejectionReasons?: RejectionReasonCount[];
}

/** How many of a group's applications were rejected for one reason (null: rejected without a reason). */
export interface RejectionReasonCount {
  reason: string | null;
  count: Count;
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

/** The cell keys of the outcome report's counts that are not stage totals (the stage totals have their own). */
export interface OutcomeCellKeys {
  employedWithinSixMonths: number;
  employmentWithPay: number;
  employmentPayingRealLivingWage: number;
}

/** The key sums the outcome aggregation returns beside the inputs, from which OutcomeCellKeys are made. */
export interface OutcomeKeySums {
  employedKeySum: number;
  withPayKeySum: number;
  payingRealLivingWageKeySum: number;
}

/** How many values there are and their median: all a report needs of a list of values (days, salaries). */
export interface ValuesSummary {
  count: number;
  median: number | null;
}

/**
 * The outcome inputs as a run stores them: the lists of days and salaries (one value per completer or job, hundreds of
 * thousands city-wide) kept as their summaries, so reading a report does not parse megabytes.
 */
export type StoredOutcomes = Omit<OutcomeInputs, 'daysToOutcome' | 'employmentSalaries'> & {
  daysToOutcome: ValuesSummary;
  employmentSalaries: ValuesSummary;
  cellKeys: OutcomeCellKeys;
};

/** The tallies of one funnel side; CITY has the programme side, then the vacancy side. */
export interface SideTallies {
  side: FunnelSide;
  tallies: readonly StageTally[];
}

/**
 * Everything a run counted, exact, as stored with its report: the two views are pure functions of this and the
 * audience (report-views.ts). The Census benchmark is stored with it so a report reads the figures of its run.
 */
export interface ReportTallies {
  sides: SideTallies[];
  /** Null for vacancy-side scopes (EMPLOYER, VACANCY): placement outcomes follow programmes. */
  outcomes: StoredOutcomes | null;
  benchmark: BenchmarkCounts;
  /** The vacancy side's rejections by reason; absent for programme-side scopes and for runs stored before them. */
  rejections?: RejectionTally[];
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
