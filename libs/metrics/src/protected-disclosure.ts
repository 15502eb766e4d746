import { knownCategories } from './categories';
import { shownCount, suppressedCount } from './disclosure';
import { Count, Dimension } from './metrics.types';
import { perturb } from './perturbation';

/**
 * METRICS.md "Protected view": what an organisation reading its own scopes, and the public open data, are shown.
 * These readers can name people (a shortlisted candidate, an applied learner) or compare releases over time, so every
 * count is perturbed by its cell key (perturbation.ts), and small and dominated figures are hidden.
 */

/** A shown (perturbed) count from 1 to 9 is suppressed; DfE Apply hides diversity figures below 10. */
export const PROTECTED_THRESHOLD = 10;

/** Fewer records than this outside the largest known category make a dimension "all or nearly all X". */
export const DOMINANCE_MINIMUM = 10;

/** A perturbed count, suppressed when it shows 1 to 9. A true 0 shows 0. */
export function protectedCount(trueCount: number, key: number): Count {
  const shown = perturb(trueCount, key);
  return shown > 0 && shown < PROTECTED_THRESHOLD ? suppressedCount() : shownCount(shown);
}

/**
 * The dominance rule: within one stage and dimension, when the known categories other than the largest together hold
 * fewer than 10 records (true counts), saying how many are in each would tell a reader that all or nearly all of
 * them are in the largest, and so something about every one of them. A dimension with no known answers at all says
 * nothing about anyone's characteristic, so the rule does not apply to it.
 */
export function isDominated(dimension: Dimension, counts: Readonly<Record<string, number>>): boolean {
  const known = knownCategories(dimension).map((category) => counts[category] ?? 0);
  const knownTotal = known.reduce((sum, value) => sum + value, 0);
  if (knownTotal === 0) return false;
  return knownTotal - Math.max(...known) < DOMINANCE_MINIMUM;
}

/** The rows of one stage and dimension in the protected view: every cell perturbed, or all hidden if dominated. */
export function protectedBreakdown(
  dimension: Dimension,
  counts: Readonly<Record<string, number>>,
  keys: Readonly<Record<string, number>>,
): Record<string, Count> {
  const dominated = isDominated(dimension, counts);
  const shown: Record<string, Count> = {};
  for (const [category, value] of Object.entries(counts)) {
    shown[category] = dominated ? suppressedCount() : protectedCount(value, keys[category]);
  }
  return shown;
}
