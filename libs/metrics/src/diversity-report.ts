import { CATEGORIES, DIMENSIONS, NOT_KNOWN, categoryOf, knownCategories, perDimension } from './categories';
import { primaryCount, shownRatio, suppressBreakdown } from './disclosure';
import {
  Audience,
  BenchmarkCounts,
  BreakdownRow,
  Count,
  Dimension,
  DiversityFigures,
  FunnelSide,
  FunnelStage,
  RejectionTally,
  SelectionRate,
  SideTallies,
  StageReport,
  StageTally,
} from './metrics.types';
import { PROTECTED_THRESHOLD, protectedBreakdown, protectedCount } from './protected-disclosure';
import { DiscloseBreakdown, withRejectionReasons } from './rejection-reasons';

/** METRICS.md "Selection rates": the stage pairs of each side. */
export const SELECTION_PAIRS: Readonly<Record<FunnelSide, readonly (readonly [FunnelStage, FunnelStage])[]>> = {
  PROGRAMME: [
    [FunnelStage.APPLIED, FunnelStage.ENROLLED],
    [FunnelStage.ENROLLED, FunnelStage.COMPLETED],
    [FunnelStage.COMPLETED, FunnelStage.POSITIVE_OUTCOME],
  ],
  VACANCY: [[FunnelStage.APPLIED, FunnelStage.HIRED]],
};

/** The four-fifths rule: a group selected at under 80% of the best-selected group's rate shows adverse impact. */
export const FOUR_FIFTHS = 0.8;

/** What one stage of one view shows: the total and every cell, each a count or suppressed. */
interface DisclosedStage {
  stage: FunnelStage;
  total: Count;
  cells: Record<Dimension, Record<string, Count>>;
}

/** How a view turns a stage's exact tallies into what it shows, and the smallest known total a share may use. */
interface ViewRules {
  threshold: number;
  disclose(tally: StageTally): DisclosedStage;
  /** One breakdown (a dimension's categories) as this view shows it: what `disclose` does to each of a stage's. */
  discloseBreakdown: DiscloseBreakdown;
  minimumShareBase: number;
}

function viewRules(audience: Audience, k: number): ViewRules {
  if (audience === Audience.STAFF) {
    return {
      threshold: k,
      minimumShareBase: k,
      discloseBreakdown: (_dimension, counts) => suppressBreakdown(counts, k),
      disclose: (tally) => ({
        stage: tally.stage,
        total: primaryCount(tally.total, k),
        cells: perDimension((dimension) => suppressBreakdown(tally.byDimension[dimension], k)),
      }),
    };
  }
  return {
    threshold: PROTECTED_THRESHOLD,
    minimumShareBase: 1,
    discloseBreakdown: protectedBreakdown,
    disclose: (tally) => ({
      stage: tally.stage,
      total: protectedCount(tally.total, tally.cellKeys.total),
      cells: perDimension((dimension) =>
        protectedBreakdown(dimension, tally.byDimension[dimension], tally.cellKeys.byDimension[dimension]),
      ),
    }),
  };
}

/** Census rows as stored in census_benchmarks (dimension, category, residents) → BenchmarkCounts. */
export function benchmarkFromCensusRows(
  rows: readonly { dimension: string; category: string; residents: number }[],
): BenchmarkCounts {
  const benchmark: BenchmarkCounts = {};
  for (const { dimension, category, residents } of rows) {
    const counts = (benchmark[dimension as Dimension] ??= {});
    counts[category] = (counts[category] ?? 0) + Number(residents);
  }
  return benchmark;
}

/** Adds ETHNIC_GROUP and ETHNIC_MINORITY, regrouped from the 19 ETHNICITY counts, unless the caller gave them. */
export function withDerivedBenchmarks(benchmark: BenchmarkCounts): BenchmarkCounts {
  const ethnicity = benchmark[Dimension.ETHNICITY];
  if (!ethnicity) return benchmark;
  const regroup = (dimension: Dimension): Record<string, number> => {
    const counts: Record<string, number> = {};
    for (const [value, residents] of Object.entries(ethnicity)) {
      const category = categoryOf(dimension, value);
      counts[category] = (counts[category] ?? 0) + residents;
    }
    return counts;
  };
  return {
    [Dimension.ETHNIC_GROUP]: regroup(Dimension.ETHNIC_GROUP),
    [Dimension.ETHNIC_MINORITY]: regroup(Dimension.ETHNIC_MINORITY),
    ...benchmark,
  };
}

/** Benchmark shares on the same known-only basis as the funnel shares; null where there is no benchmark. */
function benchmarkShare(benchmark: BenchmarkCounts, dimension: Dimension, category: string): number | null {
  const counts = benchmark[dimension];
  if (!counts || category === NOT_KNOWN) return null;
  const known = knownCategories(dimension).reduce((sum, c) => sum + (counts[c] ?? 0), 0);
  return known === 0 ? null : (counts[category] ?? 0) / known;
}

/**
 * The known total a stage shows for a dimension, the denominator of its shares: the sum of the known categories when
 * every one of them is shown (so shares add up to 1 even with perturbed counts), else the total less NOT_KNOWN when
 * both are shown, else suppressed. With exact counts the two agree.
 */
function knownTotal(stage: DisclosedStage, dimension: Dimension): Count {
  const known = knownCategories(dimension).map((category) => stage.cells[dimension][category].value);
  if (known.every((value) => value !== null)) {
    return { value: known.reduce((sum: number, value) => sum + value!, 0), suppressed: false };
  }
  const notKnown = stage.cells[dimension][NOT_KNOWN];
  if (stage.total.value === null || notKnown.value === null) return { value: null, suppressed: true };
  return { value: stage.total.value - notKnown.value, suppressed: false };
}

function stageReport(stage: DisclosedStage, benchmark: BenchmarkCounts, rules: ViewRules): StageReport {
  const rows: BreakdownRow[] = [];
  for (const dimension of DIMENSIONS) {
    const known = knownTotal(stage, dimension);
    for (const category of CATEGORIES[dimension]) {
      const count = stage.cells[dimension][category];
      const share = category === NOT_KNOWN ? null : shownRatio(count, known, rules.minimumShareBase);
      const bench = benchmarkShare(benchmark, dimension, category);
      const representationRatio = share !== null && bench ? share / bench : null;
      rows.push({ dimension, category, count, share, benchmarkShare: bench, representationRatio });
    }
  }
  return { stage: stage.stage, total: stage.total, rows };
}

/** Rates of one stage pair and dimension: each known category against the best-selected shown category. */
function ratesOf(from: DisclosedStage, to: DisclosedStage, dimension: Dimension): SelectionRate[] {
  const rates = knownCategories(dimension).map((category) => ({
    category,
    rate: shownRatio(to.cells[dimension][category], from.cells[dimension][category]),
  }));
  const shownRates = rates.map((r) => r.rate).filter((rate): rate is number => rate !== null);
  const highest = shownRates.length ? Math.max(...shownRates) : null;
  return rates.map(({ category, rate }) => {
    // With every rate 0 there is no best group to compare against, so no ratio either.
    const ratioToHighest = rate !== null && highest ? rate / highest : null;
    return {
      dimension,
      category,
      fromStage: from.stage,
      toStage: to.stage,
      rate,
      ratioToHighest,
      adverseImpact: ratioToHighest !== null && ratioToHighest < FOUR_FIFTHS,
    };
  });
}

function selectionRates(side: FunnelSide, stages: readonly DisclosedStage[]): SelectionRate[] {
  const find = (stage: FunnelStage) => stages.find((s) => s.stage === stage);
  return SELECTION_PAIRS[side].flatMap(([fromStage, toStage]) => {
    const from = find(fromStage);
    const to = find(toStage);
    if (!from || !to) return [];
    return DIMENSIONS.flatMap((dimension) => ratesOf(from, to, dimension));
  });
}

/**
 * The diversity report of one scope as `audience` may see it: every stage with every category row, and the
 * selection rates. Shares, rates and ratios are worked out from the shown counts, so they are null wherever a count
 * they need is hidden; in the staff view the shown counts are the exact ones. Where the four-fifths rule flags the
 * vacancy side, its rates carry the rejections by reason (rejection-reasons.ts).
 */
export function buildDiversityReport(
  sides: readonly SideTallies[],
  benchmark: BenchmarkCounts,
  audience: Audience,
  k: number,
  rejections?: readonly RejectionTally[],
): DiversityFigures {
  const rules = viewRules(audience, k);
  const fullBenchmark = withDerivedBenchmarks(benchmark);
  const stages: StageReport[] = [];
  const rates: SelectionRate[] = [];
  for (const { side, tallies } of sides) {
    const disclosed = tallies.map((tally) => rules.disclose(tally));
    stages.push(...disclosed.map((stage) => stageReport(stage, fullBenchmark, rules)));
    const sideRates = selectionRates(side, disclosed);
    rates.push(
      ...(side === 'VACANCY' ? withRejectionReasons(sideRates, rejections, rules.discloseBreakdown) : sideRates),
    );
  }
  return { suppressionThreshold: rules.threshold, stages, selectionRates: rates };
}
