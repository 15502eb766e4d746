import { disclosedMedian, primaryCount, shownCount, shownRatio } from './disclosure';
import {
  Audience,
  Count,
  FunnelStage,
  OutcomeCellKeys,
  OutcomeFigures,
  StageTally,
  StoredOutcomes,
} from './metrics.types';
import { PROTECTED_THRESHOLD, protectedCount } from './protected-disclosure';

/** The outcome report's counts, by what they count. */
type CountedFigure =
  keyof OutcomeCellKeys | 'enquiries' | 'applications' | 'starts' | 'completions' | 'positiveOutcomes';

/** The programme-side stage whose total each of the outcome report's stage counts is (and whose cell key it takes). */
const STAGE_OF: Record<Exclude<CountedFigure, keyof OutcomeCellKeys>, FunnelStage> = {
  enquiries: FunnelStage.ENQUIRED,
  applications: FunnelStage.APPLIED,
  starts: FunnelStage.ENROLLED,
  completions: FunnelStage.COMPLETED,
  positiveOutcomes: FunnelStage.POSITIVE_OUTCOME,
};

/**
 * METRICS.md "Outcome report" as `audience` may see it. Staff: counts under the primary rule at k, medians null over
 * fewer than k values. Protected: counts perturbed by their cell keys (the stage counts by their stage totals' keys)
 * and hidden from 1 to 9, medians null over fewer than 10 values. Places are cohorts' capacities, published on every
 * course page, not people: the protected view shows them as they are. Rates are worked out from the shown counts.
 */
export function buildOutcomeReport(
  inputs: StoredOutcomes,
  programmeTallies: readonly StageTally[],
  audience: Audience,
  k: number,
): OutcomeFigures {
  const stageKey = (stage: FunnelStage) => programmeTallies.find((t) => t.stage === stage)?.cellKeys.total ?? 0;
  const keyOf = (figure: CountedFigure): number =>
    figure in STAGE_OF
      ? stageKey(STAGE_OF[figure as keyof typeof STAGE_OF])
      : inputs.cellKeys[figure as keyof OutcomeCellKeys];
  const staff = audience === Audience.STAFF;
  const count = (figure: CountedFigure): Count =>
    staff ? primaryCount(inputs[figure], k) : protectedCount(inputs[figure], keyOf(figure));
  const medianMinimum = staff ? k : PROTECTED_THRESHOLD;

  const enquiries = count('enquiries');
  const applications = count('applications');
  const places = staff ? primaryCount(inputs.places, k) : shownCount(inputs.places);
  const starts = count('starts');
  const completions = count('completions');
  const positiveOutcomes = count('positiveOutcomes');
  const employedWithinSixMonths = count('employedWithinSixMonths');
  // Not shown as counts, but the share is made from them, so they are disclosed like the others.
  const withPay = count('employmentWithPay');
  const payingRealLivingWage = count('employmentPayingRealLivingWage');

  const medianSalary = disclosedMedian(inputs.employmentSalaries, medianMinimum);
  return {
    enquiries,
    applications,
    places,
    // Enquiries per place is not a share: it may be above 1.
    enquiriesPerPlace:
      enquiries.value !== null && places.value !== null && places.value > 0 ? enquiries.value / places.value : null,
    starts,
    completions,
    completionRate: shownRatio(completions, starts),
    positiveOutcomes,
    outcomeRateOfCompletions: shownRatio(positiveOutcomes, completions),
    outcomeRateOfStarts: shownRatio(positiveOutcomes, starts),
    employedWithinSixMonths,
    medianDaysToOutcome: disclosedMedian(inputs.daysToOutcome, medianMinimum),
    // Pence are whole; the mean of two middle salaries can fall on a half penny.
    medianSalaryPence: medianSalary === null ? null : Math.round(medianSalary),
    realLivingWageShare: shownRatio(payingRealLivingWage, withPay),
  };
}
