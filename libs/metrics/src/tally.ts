import { CATEGORIES, categorise, perDimension } from './categories';
import {
  Dimension,
  FunnelSide,
  FunnelStage,
  PROGRAMME_STAGES,
  SnapshotGroupRow,
  StageTally,
  stageBitAt,
  VACANCY_STAGES,
} from './metrics.types';
import { cellKey } from './perturbation';

export function stagesOf(side: FunnelSide): readonly FunnelStage[] {
  return side === 'PROGRAMME' ? PROGRAMME_STAGES : VACANCY_STAGES;
}

/** Every category of every dimension at zero, so a category nobody is in still appears as a row. */
export function emptyBreakdown(): Record<Dimension, Record<string, number>> {
  return perDimension((dimension) => Object.fromEntries(CATEGORIES[dimension].map((category) => [category, 0])));
}

/** A stage's counts, or the sums of the record keys of the same cells. */
interface Cells {
  total: number;
  byDimension: Record<Dimension, Record<string, number>>;
}

/**
 * Expands the SQL aggregation of one funnel side into counts per stage ("ever reached"): a row counts towards every
 * stage whose bit is set in its mask. Rows without a column are the totals; the others add to the category each
 * dimension fed by the column maps their value to. The rows' key sums are added up the same way, and each cell's
 * key is then mixed with its stage's (METRICS.md "Cell keys").
 */
export function tallyStages(side: FunnelSide, rows: readonly SnapshotGroupRow[]): StageTally[] {
  const stages = stagesOf(side);
  const counts: Cells[] = stages.map(() => ({ total: 0, byDimension: emptyBreakdown() }));
  const keySums: Cells[] = stages.map(() => ({ total: 0, byDimension: emptyBreakdown() }));
  for (const row of rows) {
    // pg returns bigint aggregates as strings; coercing here keeps `+=` from concatenating them.
    const mask = Number(row.stageMask);
    const count = Number(row.count);
    const keySum = Number(row.keySum);
    if (mask >= stageBitAt(stages.length)) {
      // A bit for a stage this side does not have means the query and this code disagree: fail the run loudly.
      throw new RangeError(`stage mask ${mask} has bits beyond the ${stages.length} ${side} stages`);
    }
    const reached = stages.map((_, i) => i).filter((i) => (mask & stageBitAt(i)) !== 0);
    if (row.column === null) {
      for (const i of reached) {
        counts[i].total += count;
        keySums[i].total += keySum;
      }
      continue;
    }
    for (const { dimension, category } of categorise(row.column, row.value)) {
      for (const i of reached) {
        counts[i].byDimension[dimension][category] += count;
        keySums[i].byDimension[dimension][category] += keySum;
      }
    }
  }
  return stages.map((stage, i) => ({ stage, ...counts[i], cellKeys: cellKeysOf(keySums[i]) }));
}

function cellKeysOf(sums: Cells): StageTally['cellKeys'] {
  const stageSum = sums.total;
  return {
    total: cellKey(stageSum, stageSum),
    byDimension: perDimension((dimension) =>
      Object.fromEntries(
        Object.entries(sums.byDimension[dimension]).map(([category, sum]) => [category, cellKey(sum, stageSum)]),
      ),
    ),
  };
}
