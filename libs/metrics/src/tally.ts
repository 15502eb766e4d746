import { CATEGORIES, categorise, perDimension } from './categories';
import {
  Dimension,
  FunnelSide,
  FunnelStage,
  PROGRAMME_STAGES,
  SnapshotGroupRow,
  StageTally,
  VACANCY_STAGES,
} from './metrics.types';

export function stagesOf(side: FunnelSide): readonly FunnelStage[] {
  return side === 'PROGRAMME' ? PROGRAMME_STAGES : VACANCY_STAGES;
}

/** Every category of every dimension at zero, so a category nobody is in still appears as a row. */
function emptyBreakdown(): Record<Dimension, Record<string, number>> {
  return perDimension((dimension) => Object.fromEntries(CATEGORIES[dimension].map((category) => [category, 0])));
}

/**
 * Expands the SQL aggregation of one funnel side into counts per stage ("ever reached"): a row counts towards every
 * stage whose bit is set in its mask. Rows without a column are the totals; the others add to the category each
 * dimension fed by the column maps their value to.
 */
export function tallyStages(side: FunnelSide, rows: readonly SnapshotGroupRow[]): StageTally[] {
  const stages = stagesOf(side);
  const tallies: StageTally[] = stages.map((stage) => ({ stage, total: 0, byDimension: emptyBreakdown() }));
  for (const row of rows) {
    // pg returns bigint aggregates as strings; coercing here keeps `+=` from concatenating them.
    const mask = Number(row.stageMask);
    const count = Number(row.count);
    if (mask >= 1 << stages.length) {
      // A bit for a stage this side does not have means the query and this code disagree: fail the run loudly.
      throw new RangeError(`stage mask ${mask} has bits beyond the ${stages.length} ${side} stages`);
    }
    const reached = tallies.filter((_, i) => (mask & (1 << i)) !== 0);
    if (row.column === null) {
      for (const tally of reached) tally.total += count;
      continue;
    }
    for (const { dimension, category } of categorise(row.column, row.value)) {
      for (const tally of reached) tally.byDimension[dimension][category] += count;
    }
  }
  return tallies;
}
