import { benchmarkFromCensusRows } from './diversity-report';
import { AggregatedScope } from './metrics-aggregation.repository';
import { FunnelStage, OutcomeCellKeys, ReportTallies, SideTallies } from './metrics.types';
import { summarise } from './disclosure';
import { cellKey } from './perturbation';
import { tallyRejections } from './rejection-reasons';
import { tallyStages } from './tally';

/** Turns one scope's SQL aggregates into the exact tallies a run stores: the pure half of a run. */
export function buildTallies(
  aggregated: AggregatedScope,
  censusRows: readonly { dimension: string; category: string; residents: number }[],
): ReportTallies {
  const sides: SideTallies[] = [];
  if (aggregated.programmeGroups) {
    sides.push({ side: 'PROGRAMME', tallies: tallyStages('PROGRAMME', aggregated.programmeGroups) });
  }
  if (aggregated.vacancyGroups) {
    sides.push({ side: 'VACANCY', tallies: tallyStages('VACANCY', aggregated.vacancyGroups) });
  }
  let outcomes: ReportTallies['outcomes'] = null;
  if (aggregated.outcomes) {
    const { keySums, ...inputs } = aggregated.outcomes;
    const programme = sides.find((side) => side.side === 'PROGRAMME')?.tallies ?? [];
    const positiveStageKey = programme.find((t) => t.stage === FunnelStage.POSITIVE_OUTCOME)?.cellKeys.total ?? 0;
    // Each count's "stage", for mixing its key: the completers with a positive outcome (through that stage's total
    // key, which changes whenever the stage does) for those employed, and the employment outcomes with pay for both
    // pay figures.
    const cellKeys: OutcomeCellKeys = {
      employedWithinSixMonths: cellKey(keySums.employedKeySum, positiveStageKey),
      employmentWithPay: cellKey(keySums.withPayKeySum, keySums.withPayKeySum),
      employmentPayingRealLivingWage: cellKey(keySums.payingRealLivingWageKeySum, keySums.withPayKeySum),
    };
    const { daysToOutcome, employmentSalaries, ...counts } = inputs;
    outcomes = {
      ...counts,
      daysToOutcome: summarise(daysToOutcome),
      employmentSalaries: summarise(employmentSalaries),
      cellKeys,
    };
  }
  const tallies: ReportTallies = { sides, outcomes, benchmark: benchmarkFromCensusRows(censusRows) };
  // Only when the scope has a vacancy side, so programme-side runs store what they always did.
  if (aggregated.rejectionGroups) tallies.rejections = tallyRejections(aggregated.rejectionGroups);
  return tallies;
}
