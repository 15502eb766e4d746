import { NOT_KNOWN } from './categories';
import { Count, ValuesSummary } from './metrics.types';

/**
 * METRICS.md "Disclosure control", the staff view's rules (BROKER, ANALYST, ADMIN), and the helpers both views share.
 * The protected view's rules are in protected-disclosure.ts.
 */

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
 * The rows of one stage and dimension (category → raw count) under the staff view's primary and secondary rules.
 *
 * NOT_KNOWN (prefer not to say, missing) is not a protected characteristic: its row is always shown, and it is never
 * picked for secondary suppression. When exactly one known category is primarily suppressed, the smallest other
 * non-zero known category is suppressed too (ties: the category name that sorts first), so the lone cell cannot be
 * recovered from the known total. Zero rows are never picked: hiding a zero protects nothing. When no other known
 * category has anyone, the lone cell is the whole known total (stage total − NOT_KNOWN); its share is then null
 * (known total below k), and the residual risk is written down in docs/metrics.md.
 */
export function suppressBreakdown(counts: Readonly<Record<string, number>>, k: number): Record<string, Count> {
  const shown: Record<string, Count> = {};
  for (const [category, value] of Object.entries(counts)) {
    shown[category] = category === NOT_KNOWN ? shownCount(value) : primaryCount(value, k);
  }
  const primaries = Object.values(shown).filter((count) => count.suppressed).length;
  if (primaries !== 1) return shown;
  const [partner] = Object.entries(counts)
    .filter(([category, value]) => category !== NOT_KNOWN && value > 0 && !shown[category].suppressed)
    .sort(([a, x], [b, y]) => x - y || byName(a, b));
  if (partner) shown[partner[0]] = suppressedCount();
  return shown;
}

/**
 * A share, rate or ratio from shown counts: null when either is suppressed, or the denominator is below `minimum`
 * (0 is never a denominator). Perturbed counts can put a part above its whole; the result is capped at 1.
 */
export function shownRatio(part: Count, whole: Count, minimum = 1): number | null {
  if (part.value === null || whole.value === null || whole.value < Math.max(minimum, 1)) return null;
  return Math.min(1, part.value / whole.value);
}

/** The middle value; for an even number of values the mean of the two middle ones. Null when there are none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** A list of values as a report keeps it: how many, and their median. */
export function summarise(values: readonly number[]): ValuesSummary {
  return { count: values.length, median: median(values) };
}

/** A median over fewer than `minimum` values is too close to describing individuals, so it is not shown. */
export function disclosedMedian(values: ValuesSummary, minimum: number): number | null {
  return values.count < minimum ? null : values.median;
}
