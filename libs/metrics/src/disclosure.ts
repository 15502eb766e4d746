import { Count } from './metrics.types';

/** METRICS.md "Disclosure control". Every function works on raw counts and decides what may be shown. */

export const DEFAULT_SUPPRESSION_THRESHOLD = 5;

/** A small non-zero count could identify people; a true zero identifies nobody and is shown. */
export function isPrimarySuppressed(value: number, k: number): boolean {
  return value > 0 && value < k;
}

export function shownCount(value: number): Count {
  return { value, suppressed: false };
}

export function suppressedCount(): Count {
  return { value: null, suppressed: true };
}

/** A count under the primary rule alone: what scalar counts (the outcome report, stage totals) get. */
export function primaryCount(value: number, k: number): Count {
  return isPrimarySuppressed(value, k) ? suppressedCount() : shownCount(value);
}

function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The rows of one stage and dimension (category → raw count) under the primary and secondary rules.
 *
 * NOT_KNOWN takes part like any other category, both as a cell that can be primarily suppressed and as the
 * candidate for secondary suppression. METRICS.md shows it as a row and asks that no cell be recoverable "from
 * the stage total by subtraction"; the rows add up to the stage total only with NOT_KNOWN included, so leaving
 * it out would let a lone suppressed cell be recovered as total minus the others.
 *
 * When exactly one row is primarily suppressed, the smallest other non-zero row is suppressed too (ties: the
 * category name that sorts first). Zero rows are never picked: hiding a zero protects nothing, since the
 * suppressed cell would still be total minus the rest. If there is no other non-zero row, the lone suppressed
 * row equals the stage total, which is then itself under k and suppressed.
 */
export function suppressBreakdown(counts: Readonly<Record<string, number>>, k: number): Record<string, Count> {
  const shown: Record<string, Count> = {};
  for (const [category, value] of Object.entries(counts)) shown[category] = primaryCount(value, k);
  const primaries = Object.values(shown).filter((count) => count.suppressed).length;
  if (primaries !== 1) return shown;
  const [partner] = Object.entries(counts)
    .filter(([category, value]) => value > 0 && !shown[category].suppressed)
    .sort(([a, x], [b, y]) => x - y || byName(a, b));
  if (partner) shown[partner[0]] = suppressedCount();
  return shown;
}

/**
 * numerator / denominator from raw (unrounded, unsuppressed) values, or null when the denominator is 0 or any of
 * the shown cells it is built from is suppressed: publishing it next to the other figures would reveal the cell.
 */
export function disclosedRatio(numerator: number, denominator: number, ...builtFrom: Count[]): number | null {
  if (denominator === 0 || builtFrom.some((count) => count.suppressed)) return null;
  return numerator / denominator;
}

/** The middle value; for an even number of values the mean of the two middle ones. Null when there are none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** A median over fewer than k values is too close to describing individuals, so it is not shown. */
export function disclosedMedian(values: readonly number[], k: number): number | null {
  return values.length < k ? null : median(values);
}
