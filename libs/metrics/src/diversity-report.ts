import { CATEGORIES, DIMENSIONS, NOT_KNOWN, categoryOf, knownCategories, perDimension } from './categories';
import { disclosedRatio, primaryCount, suppressBreakdown } from './disclosure';
import {
  BenchmarkCounts,
  BreakdownRow,
  Count,
  Dimension,
  DiversityFigures,
  FunnelSide,
  FunnelStage,
  SelectionRate,
  StageReport,
  StageTally,
} from './metrics.types';

/** The tallies of one funnel side; CITY passes the programme side, then the vacancy side. */
export interface SideTallies {
  side: FunnelSide;
  tallies: readonly StageTally[];
}

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

/** A stage's raw counts beside what may be shown of them. */
interface DisclosedTally {
  tally: StageTally;
  total: Count;
  shown: Record<Dimension, Record<string, Count>>;
}

function disclose(tally: StageTally, k: number): DisclosedTally {
  const shown = perDimension((dimension) => suppressBreakdown(tally.byDimension[dimension], k));
  return { tally, total: primaryCount(tally.total, k), shown };
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

function stageReport(stage: DisclosedTally, benchmark: BenchmarkCounts): StageReport {
  const { tally, total, shown } = stage;
  const rows: BreakdownRow[] = [];
  for (const dimension of DIMENSIONS) {
    const raw = tally.byDimension[dimension];
    const cells = shown[dimension];
    // The known-only denominator is total − NOT_KNOWN, so it is as secret as either of them.
    const knownTotal = tally.total - raw[NOT_KNOWN];
    for (const category of CATEGORIES[dimension]) {
      const share =
        category === NOT_KNOWN
          ? null
          : disclosedRatio(raw[category], knownTotal, cells[category], total, cells[NOT_KNOWN]);
      const bench = benchmarkShare(benchmark, dimension, category);
      const representationRatio = share !== null && bench ? share / bench : null;
      rows.push({ dimension, category, count: cells[category], share, benchmarkShare: bench, representationRatio });
    }
  }
  return { stage: tally.stage, total, rows };
}

/** Rates of one stage pair and dimension: each known category against the best-selected shown category. */
function ratesOf(from: DisclosedTally, to: DisclosedTally, dimension: Dimension): SelectionRate[] {
  const rates = knownCategories(dimension).map((category) => ({
    category,
    rate: disclosedRatio(
      to.tally.byDimension[dimension][category],
      from.tally.byDimension[dimension][category],
      from.shown[dimension][category],
      to.shown[dimension][category],
    ),
  }));
  const shownRates = rates.map((r) => r.rate).filter((rate): rate is number => rate !== null);
  const highest = shownRates.length ? Math.max(...shownRates) : null;
  return rates.map(({ category, rate }) => {
    // With every rate 0 there is no best group to compare against, so no ratio either.
    const ratioToHighest = rate !== null && highest ? rate / highest : null;
    return {
      dimension,
      category,
      fromStage: from.tally.stage,
      toStage: to.tally.stage,
      rate,
      ratioToHighest,
      adverseImpact: ratioToHighest !== null && ratioToHighest < FOUR_FIFTHS,
    };
  });
}

function selectionRates(side: FunnelSide, stages: readonly DisclosedTally[]): SelectionRate[] {
  const find = (stage: FunnelStage) => stages.find((s) => s.tally.stage === stage);
  return SELECTION_PAIRS[side].flatMap(([fromStage, toStage]) => {
    const from = find(fromStage);
    const to = find(toStage);
    if (!from || !to) return [];
    return DIMENSIONS.flatMap((dimension) => ratesOf(from, to, dimension));
  });
}

/**
 * The diversity report of one scope: every stage with every category row, and the selection rates. Figures are
 * computed from the raw counts; suppression only decides which of them may be shown.
 */
export function buildDiversityReport(
  sides: readonly SideTallies[],
  benchmark: BenchmarkCounts,
  k: number,
): DiversityFigures {
  const fullBenchmark = withDerivedBenchmarks(benchmark);
  const stages: StageReport[] = [];
  const rates: SelectionRate[] = [];
  for (const { side, tallies } of sides) {
    const disclosed = tallies.map((tally) => disclose(tally, k));
    stages.push(...disclosed.map((stage) => stageReport(stage, fullBenchmark)));
    rates.push(...selectionRates(side, disclosed));
  }
  return { suppressionThreshold: k, stages, selectionRates: rates };
}
