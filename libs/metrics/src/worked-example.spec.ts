import {
  Audience,
  Dimension,
  FunnelStage,
  PROGRAMME_STAGES,
  ReportTallies,
  SnapshotGroupRow,
  SnapshotColumn,
} from './metrics.types';
import { buildTallies } from './report-assembly';
import { reportView } from './report-views';

/**
 * METRICS.md's worked example, the TechEquity bootcamp: 300 enquiries for 36 places, 66% of applicants and 75% of
 * those enrolled from ethnic minorities, 55% of learners into work or further learning within six months.
 *
 * The cohort, by the furthest stage each learner reached and their ethnicity:
 *   enquiry only      245  (no equality answers)
 *   applied only       19  ASIAN_PAKISTANI 3, BLACK_AFRICAN 3, WHITE_BRITISH 8, PREFER_NOT_TO_SAY 5
 *   enrolled, left      6  ASIAN_PAKISTANI 4, WHITE_BRITISH 2
 *   completed          10  BLACK_AFRICAN 8, WHITE_BRITISH 2
 *   positive outcome   20  ASIAN_PAKISTANI 8, BLACK_AFRICAN 7, WHITE_BRITISH 5
 * Applicants 55: 33 minority, 17 White British, 5 not known → 33 / 50 = 0.66 on the known-only basis.
 * Enrolled 36: 27 minority, 9 White British → 0.75. Positive outcomes 20 of 36 starts = 0.556.
 */
const COHORT: { furthest: FunnelStage; ethnicity: string | null; learners: number }[] = [
  { furthest: FunnelStage.ENQUIRED, ethnicity: null, learners: 245 },
  { furthest: FunnelStage.APPLIED, ethnicity: 'ASIAN_PAKISTANI', learners: 3 },
  { furthest: FunnelStage.APPLIED, ethnicity: 'BLACK_AFRICAN', learners: 3 },
  { furthest: FunnelStage.APPLIED, ethnicity: 'WHITE_BRITISH', learners: 8 },
  { furthest: FunnelStage.APPLIED, ethnicity: 'PREFER_NOT_TO_SAY', learners: 5 },
  { furthest: FunnelStage.ENROLLED, ethnicity: 'ASIAN_PAKISTANI', learners: 4 },
  { furthest: FunnelStage.ENROLLED, ethnicity: 'WHITE_BRITISH', learners: 2 },
  { furthest: FunnelStage.COMPLETED, ethnicity: 'BLACK_AFRICAN', learners: 8 },
  { furthest: FunnelStage.COMPLETED, ethnicity: 'WHITE_BRITISH', learners: 2 },
  { furthest: FunnelStage.POSITIVE_OUTCOME, ethnicity: 'ASIAN_PAKISTANI', learners: 8 },
  { furthest: FunnelStage.POSITIVE_OUTCOME, ethnicity: 'BLACK_AFRICAN', learners: 7 },
  { furthest: FunnelStage.POSITIVE_OUTCOME, ethnicity: 'WHITE_BRITISH', learners: 5 },
];
const OTHER_COLUMNS: SnapshotColumn[] = ['gender', 'trans', 'disability', 'age_band', 'ward', 'employment_status'];

/** What the SQL aggregation returns for this cohort: a total and one row per column for each group. */
function aggregate(): SnapshotGroupRow[] {
  return COHORT.flatMap(({ furthest, ethnicity, learners }) => {
    // Reaching a stage means having reached every earlier stage of the funnel.
    const stageMask = (1 << (PROGRAMME_STAGES.indexOf(furthest) + 1)) - 1;
    // Any key sum will do for the staff view; these stand for the learners' random record keys.
    const keySum = learners * 131;
    return [
      { stageMask, column: null, value: null, count: learners, keySum },
      { stageMask, column: 'ethnicity' as const, value: ethnicity, count: learners, keySum },
      ...OTHER_COLUMNS.map((column) => ({ stageMask, column, value: null, count: learners, keySum })),
    ];
  });
}

/** The cohort's tallies as a run stores them: 36 places, 14 of the positive outcomes in employment. */
function cohortTallies(): ReportTallies {
  const groups = aggregate();
  const reached = (stage: FunnelStage) => {
    const bit = 1 << PROGRAMME_STAGES.indexOf(stage);
    return groups.filter((g) => g.column === null && g.stageMask & bit).reduce((n, g) => n + g.count, 0);
  };
  return buildTallies(
    {
      programmeGroups: groups,
      vacancyGroups: null,
      outcomes: {
        enquiries: reached(FunnelStage.ENQUIRED),
        applications: reached(FunnelStage.APPLIED),
        places: 36,
        starts: reached(FunnelStage.ENROLLED),
        completions: reached(FunnelStage.COMPLETED),
        positiveOutcomes: reached(FunnelStage.POSITIVE_OUTCOME),
        employedWithinSixMonths: 14,
        daysToOutcome: [],
        employmentSalaries: [],
        employmentWithPay: 0,
        employmentPayingRealLivingWage: 0,
        keySums: { employedKeySum: 1400, withPayKeySum: 0, payingRealLivingWageKeySum: 0 },
      },
    },
    [],
  );
}

describe('METRICS.md worked example: TechEquity, staff view (exact)', () => {
  const stored = cohortTallies();
  const tallies = stored.sides[0].tallies;
  const { diversity, outcomes } = reportView(stored, Audience.STAFF, 5);
  const outcome = outcomes!;
  const minorityShare = (stage: FunnelStage) =>
    diversity.stages
      .find((s) => s.stage === stage)!
      .rows.find((r) => r.dimension === Dimension.ETHNIC_MINORITY && r.category === 'YES')!.share;

  it('has the funnel of the example', () => {
    expect(tallies.map((t) => t.total)).toEqual([300, 55, 36, 36, 30, 20]);
  });

  it('reports enquiriesPerPlace 8.33', () => {
    expect(outcome.enquiriesPerPlace).toBeCloseTo(8.33, 2);
  });

  it('reports an ETHNIC_MINORITY YES share of 0.66 at APPLIED and 0.75 at ENROLLED', () => {
    expect(minorityShare(FunnelStage.APPLIED)).toBeCloseTo(0.66, 12);
    expect(minorityShare(FunnelStage.ENROLLED)).toBe(0.75);
  });

  it('reports outcomeRateOfStarts ≈ 0.55 (20 of 36)', () => {
    expect(outcome.outcomeRateOfStarts).toBeCloseTo(20 / 36, 12);
    expect(outcome.outcomeRateOfStarts).toBeCloseTo(0.55, 1);
  });

  it('shows White British applicants enrolled at under four-fifths of the minority rate', () => {
    const rates = diversity.selectionRates.filter(
      (r) => r.dimension === Dimension.ETHNIC_MINORITY && r.fromStage === FunnelStage.APPLIED,
    );
    expect(rates.map((r) => [r.category, r.rate])).toEqual([
      ['YES', 27 / 33],
      ['NO', 9 / 17],
    ]);
    expect(rates[1].adverseImpact).toBe(true); // (9/17) / (27/33) = 0.65
  });
});

describe('METRICS.md worked example: TechEquity, as its provider reads it (protected view)', () => {
  const { diversity, outcomes } = reportView(cohortTallies(), Audience.PROTECTED, 5);
  const outcome = outcomes!;
  const cell = (stage: FunnelStage, category: string) =>
    diversity.stages
      .find((s) => s.stage === stage)!
      .rows.find((r) => r.dimension === Dimension.ETHNIC_MINORITY && r.category === category)!;

  it("shows every stage total within the table's noise (at most 2 either way)", () => {
    const truths = [300, 55, 36, 36, 30, 20];
    diversity.stages.forEach((stage, i) => expect(Math.abs(stage.total.value! - truths[i])).toBeLessThanOrEqual(2));
  });

  it('shows about 8.33 enquiries per place and about 0.55 of starts with a positive outcome', () => {
    expect(outcome.enquiriesPerPlace!).toBeGreaterThanOrEqual(298 / 36);
    expect(outcome.enquiriesPerPlace!).toBeLessThanOrEqual(302 / 36);
    expect(outcome.outcomeRateOfStarts!).toBeGreaterThanOrEqual(18 / 38);
    expect(outcome.outcomeRateOfStarts!).toBeLessThanOrEqual(22 / 34);
  });

  it('shows the ethnic-minority share of applicants near 0.66', () => {
    const yes = cell(FunnelStage.APPLIED, 'YES');
    expect(Math.abs(yes.count.value! - 33)).toBeLessThanOrEqual(2);
    expect(yes.share!).toBeGreaterThan(0.6);
    expect(yes.share!).toBeLessThan(0.72);
  });

  it('hides the breakdown of starts: only 9 of 36 are not from an ethnic minority (dominance)', () => {
    for (const category of ['YES', 'NO', 'NOT_KNOWN']) {
      expect(cell(FunnelStage.ENROLLED, category)).toMatchObject({
        count: { value: null, suppressed: true },
        share: null,
      });
    }
  });
});
