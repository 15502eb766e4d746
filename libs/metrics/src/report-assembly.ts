import { benchmarkFromCensusRows, buildDiversityReport } from './diversity-report';
import { AggregatedScope } from './metrics-aggregation.repository';
import { DiversityFigures, FunnelSide, OutcomeFigures, StageTally } from './metrics.types';
import { buildOutcomeReport } from './outcome-report';
import { tallyStages } from './tally';

/** Turns one scope's SQL aggregates into its suppressed reports: the pure half of a run. */
export function buildReports(
  aggregated: AggregatedScope,
  censusRows: readonly { dimension: string; category: string; residents: number }[],
  k: number,
): { diversity: DiversityFigures; outcomes: OutcomeFigures | null } {
  const sides: { side: FunnelSide; tallies: StageTally[] }[] = [];
  if (aggregated.programmeGroups) {
    sides.push({ side: 'PROGRAMME', tallies: tallyStages('PROGRAMME', aggregated.programmeGroups) });
  }
  if (aggregated.vacancyGroups) {
    sides.push({ side: 'VACANCY', tallies: tallyStages('VACANCY', aggregated.vacancyGroups) });
  }
  return {
    diversity: buildDiversityReport(sides, benchmarkFromCensusRows(censusRows), k),
    outcomes: aggregated.outcomes ? buildOutcomeReport(aggregated.outcomes, k) : null,
  };
}
