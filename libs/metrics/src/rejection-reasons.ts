import { categorise, perDimension } from './categories';
import {
  Count,
  Dimension,
  RejectionGroupRow,
  RejectionReasonCount,
  RejectionTally,
  SelectionRate,
} from './metrics.types';
import { cellKey } from './perturbation';
import { emptyBreakdown } from './tally';

/**
 * Why employers rejected applications, by group, beside the four-fifths rule (issue 17): where a group's selection
 * rate on the vacancy side is under 80% of the best group's, the report says what the employers' reasons were for
 * every group of that dimension, so a reader can tell "fewer had the skills" from "more were turned down for
 * availability".
 */

/**
 * The reasons an employer may give (brokerage's RejectionReason), written out rather than imported from
 * @app/brokerage so that this pure vocabulary does not pull in the brokerage services and module.
 */
export const REJECTION_REASONS: readonly string[] = ['SKILLS', 'EXPERIENCE', 'RIGHT_TO_WORK', 'AVAILABILITY', 'OTHER'];

/** A rejection without feedback (feedback is optional); shown as `reason: null`. */
export const REASON_NOT_GIVEN = 'NOT_GIVEN';

const TALLIED_REASONS: readonly string[] = [...REJECTION_REASONS, REASON_NOT_GIVEN];

/**
 * The rejections' aggregation as exact counts per reason × dimension × category, every reason and category present
 * (zeros included). Each cell's key mixes its records' key sum with the key sum of every rejection of the scope, the
 * "stage" of these cells: one rejection more anywhere re-draws every key, as for the funnel stages.
 */
export function tallyRejections(rows: readonly RejectionGroupRow[]): RejectionTally[] {
  const counts = new Map(TALLIED_REASONS.map((reason) => [reason, emptyBreakdown()]));
  const keySums = new Map(TALLIED_REASONS.map((reason) => [reason, emptyBreakdown()]));
  let allRejectionsKeySum = 0;
  for (const row of rows) {
    // pg returns bigint aggregates as strings; coercing here keeps `+=` from concatenating them.
    const count = Number(row.count);
    const keySum = Number(row.keySum);
    const reasonCounts = counts.get(row.reason);
    if (!reasonCounts) throw new RangeError(`unknown rejection reason ${row.reason}`);
    if (row.column === null) {
      allRejectionsKeySum += keySum;
      continue;
    }
    for (const { dimension, category } of categorise(row.column, row.value)) {
      reasonCounts[dimension][category] += count;
      keySums.get(row.reason)![dimension][category] += keySum;
    }
  }
  return TALLIED_REASONS.map((reason) => ({
    reason,
    byDimension: counts.get(reason)!,
    cellKeys: perDimension((dimension) =>
      Object.fromEntries(
        Object.entries(keySums.get(reason)![dimension]).map(([category, sum]) => [
          category,
          cellKey(sum, allRejectionsKeySum),
        ]),
      ),
    ),
  }));
}

/** How a view discloses one breakdown (a reason's categories of one dimension), as it does a stage's. */
export type DiscloseBreakdown = (
  dimension: Dimension,
  counts: Readonly<Record<string, number>>,
  keys: Readonly<Record<string, number>>,
) => Record<string, Count>;

/**
 * The vacancy side's selection rates with, for every dimension in which the four-fifths rule flags a category, each
 * category's rejections by reason as the view discloses them (each reason's row over the dimension's categories is
 * disclosed like a stage's, so the staff view's secondary suppression and the protected view's noise, threshold and
 * dominance apply to it). Every category of a flagged dimension gets them, so the flagged groups can be compared with
 * the best-selected one. Other rates are returned unchanged.
 */
export function withRejectionReasons(
  rates: readonly SelectionRate[],
  rejections: readonly RejectionTally[] | undefined,
  disclose: DiscloseBreakdown,
): SelectionRate[] {
  if (!rejections) return [...rates];
  const flagged = new Set(rates.filter((rate) => rate.adverseImpact).map((rate) => rate.dimension));
  const disclosed = new Map<Dimension, { reason: string; cells: Record<string, Count> }[]>();
  for (const dimension of flagged) {
    disclosed.set(
      dimension,
      rejections.map((tally) => ({
        reason: tally.reason,
        cells: disclose(dimension, tally.byDimension[dimension], tally.cellKeys[dimension]),
      })),
    );
  }
  return rates.map((rate) => {
    const reasons = disclosed.get(rate.dimension);
    if (!reasons) return rate;
    const rejectionReasons: RejectionReasonCount[] = reasons.map(({ reason, cells }) => ({
      reason: reason === REASON_NOT_GIVEN ? null : reason,
      count: cells[rate.category],
    }));
    return { ...rate, rejectionReasons };
  });
}
