import { disclosedMedian, disclosedRatio, primaryCount } from './disclosure';
import { OutcomeFigures, OutcomeInputs } from './metrics.types';

/**
 * METRICS.md "Outcome report": scalar counts under the primary rule, ratios from the raw values but null when a
 * count they are built from is suppressed (or the denominator is 0), medians null over fewer than k values.
 */
export function buildOutcomeReport(inputs: OutcomeInputs, k: number): OutcomeFigures {
  const enquiries = primaryCount(inputs.enquiries, k);
  const applications = primaryCount(inputs.applications, k);
  const places = primaryCount(inputs.places, k);
  const starts = primaryCount(inputs.starts, k);
  const completions = primaryCount(inputs.completions, k);
  const positiveOutcomes = primaryCount(inputs.positiveOutcomes, k);
  const employedWithinSixMonths = primaryCount(inputs.employedWithinSixMonths, k);
  // Not shown as counts, but the share would still give small numbers away, so they follow the same rule.
  const withPay = primaryCount(inputs.employmentWithPay, k);
  const payingRealLivingWage = primaryCount(inputs.employmentPayingRealLivingWage, k);

  const medianSalary = disclosedMedian(inputs.employmentSalaries, k);
  return {
    enquiries,
    applications,
    places,
    enquiriesPerPlace: disclosedRatio(inputs.enquiries, inputs.places, enquiries, places),
    starts,
    completions,
    completionRate: disclosedRatio(inputs.completions, inputs.starts, completions, starts),
    positiveOutcomes,
    outcomeRateOfCompletions: disclosedRatio(
      inputs.positiveOutcomes,
      inputs.completions,
      positiveOutcomes,
      completions,
    ),
    outcomeRateOfStarts: disclosedRatio(inputs.positiveOutcomes, inputs.starts, positiveOutcomes, starts),
    employedWithinSixMonths,
    medianDaysToOutcome: disclosedMedian(inputs.daysToOutcome, k),
    // Pence are whole; the mean of two middle salaries can fall on a half penny.
    medianSalaryPence: medianSalary === null ? null : Math.round(medianSalary),
    realLivingWageShare: disclosedRatio(
      inputs.employmentPayingRealLivingWage,
      inputs.employmentWithPay,
      payingRealLivingWage,
      withPay,
    ),
  };
}
