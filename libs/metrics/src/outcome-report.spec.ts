import { summarise } from './disclosure';
import { Audience, OutcomeCellKeys, OutcomeInputs, StoredOutcomes } from './metrics.types';
import { buildOutcomeReport } from './outcome-report';

const K = 5;
const hidden = { value: null, suppressed: true };
const shows = (value: number) => ({ value, suppressed: false });

const INPUTS: OutcomeInputs = {
  enquiries: 300,
  applications: 55,
  places: 36,
  starts: 36,
  completions: 30,
  positiveOutcomes: 20,
  employedWithinSixMonths: 16,
  daysToOutcome: [120, 10, 45, 90, 30, 60],
  employmentSalaries: [2_500_000, 4_000_000, 2_800_000, 3_200_000, 2_800_001, 3_000_000],
  employmentWithPay: 12,
  employmentPayingRealLivingWage: 9,
};

/** The inputs as a run stores them, with these cell keys. */
const stored = (inputs: OutcomeInputs, cellKeys: OutcomeCellKeys): StoredOutcomes => ({
  ...inputs,
  daysToOutcome: summarise(inputs.daysToOutcome),
  employmentSalaries: summarise(inputs.employmentSalaries),
  cellKeys,
});

/** The staff view, which does not read cell keys. */
const staffReport = (inputs: OutcomeInputs, k: number) =>
  buildOutcomeReport(
    stored(inputs, { employedWithinSixMonths: 0, employmentWithPay: 0, employmentPayingRealLivingWage: 0 }),
    [],
    Audience.STAFF,
    k,
  );

describe('buildOutcomeReport: staff view', () => {
  it('shows the counts and works out the ratios and medians', () => {
    const report = staffReport(INPUTS, K);
    expect(report).toMatchObject({
      enquiries: shows(300),
      applications: shows(55),
      places: shows(36),
      starts: shows(36),
      completions: shows(30),
      positiveOutcomes: shows(20),
      employedWithinSixMonths: shows(16),
      realLivingWageShare: 0.75,
    });
    expect(report.enquiriesPerPlace).toBeCloseTo(300 / 36, 12);
    expect(report.completionRate).toBeCloseTo(30 / 36, 12);
    expect(report.outcomeRateOfCompletions).toBeCloseTo(20 / 30, 12);
    expect(report.outcomeRateOfStarts).toBeCloseTo(20 / 36, 12);
    expect(report.medianDaysToOutcome).toBe(52.5); // (45 + 60) / 2
    expect(report.medianSalaryPence).toBe(2_900_001); // (2,800,001 + 3,000,000) / 2 = 2,900,000.5, rounded
  });

  it('suppresses small counts and nulls every ratio built from one', () => {
    const report = staffReport({ ...INPUTS, completions: 4, positiveOutcomes: 3, employedWithinSixMonths: 2 }, K);
    expect(report.completions).toEqual(hidden);
    expect(report.positiveOutcomes).toEqual(hidden);
    expect(report.employedWithinSixMonths).toEqual(hidden);
    expect(report.completionRate).toBeNull();
    expect(report.outcomeRateOfCompletions).toBeNull();
    expect(report.outcomeRateOfStarts).toBeNull();
    expect(report.starts).toEqual(shows(36));
  });

  it('nulls a ratio whose denominator alone is suppressed', () => {
    const report = staffReport({ ...INPUTS, places: 3 }, K);
    expect(report.places).toEqual(hidden);
    expect(report.enquiriesPerPlace).toBeNull();
  });

  it('shows true zeros and rates of zero', () => {
    const report = staffReport({ ...INPUTS, positiveOutcomes: 0, employedWithinSixMonths: 0 }, K);
    expect(report.positiveOutcomes).toEqual(shows(0));
    expect(report.outcomeRateOfStarts).toBe(0);
    expect(report.outcomeRateOfCompletions).toBe(0);
  });

  it('gives no ratio over a zero denominator', () => {
    const report = staffReport(
      { ...INPUTS, places: 0, starts: 0, completions: 0, employmentWithPay: 0, employmentPayingRealLivingWage: 0 },
      K,
    );
    expect(report.enquiriesPerPlace).toBeNull();
    expect(report.completionRate).toBeNull();
    expect(report.outcomeRateOfCompletions).toBeNull();
    expect(report.outcomeRateOfStarts).toBeNull();
    expect(report.realLivingWageShare).toBeNull();
  });

  it('nulls the Real Living Wage share when either of its counts is small', () => {
    expect(staffReport({ ...INPUTS, employmentPayingRealLivingWage: 3 }, K).realLivingWageShare).toBeNull();
    expect(
      staffReport({ ...INPUTS, employmentWithPay: 4, employmentPayingRealLivingWage: 4 }, K).realLivingWageShare,
    ).toBeNull();
  });

  it('gives no median over fewer than k values', () => {
    const report = staffReport({ ...INPUTS, daysToOutcome: [1, 2, 3, 4], employmentSalaries: [] }, K);
    expect(report.medianDaysToOutcome).toBeNull();
    expect(report.medianSalaryPence).toBeNull();
  });
});

describe('buildOutcomeReport: protected view', () => {
  const keys = { employedWithinSixMonths: 17, employmentWithPay: 99, employmentPayingRealLivingWage: 200 };
  const report = (inputs: OutcomeInputs) => buildOutcomeReport(stored(inputs, keys), [], Audience.PROTECTED, K);

  it('shows every count within 2 of the truth, places exactly, and hides shown counts from 1 to 9', () => {
    const shown = report(INPUTS);
    expect(shown.places).toEqual(shows(36));
    for (const [figure, truth] of [
      ['enquiries', 300],
      ['applications', 55],
      ['starts', 36],
      ['completions', 30],
      ['positiveOutcomes', 20],
      ['employedWithinSixMonths', 16],
    ] as const) {
      expect(Math.abs(shown[figure].value! - truth)).toBeLessThanOrEqual(2);
    }
    expect(report({ ...INPUTS, completions: 6 }).completions).toEqual(hidden);
  });

  it('works out rates from the shown counts and gives no median over fewer than 10 values', () => {
    const shown = report(INPUTS);
    expect(shown.completionRate).toBe(Math.min(1, shown.completions.value! / shown.starts.value!));
    expect(shown.medianDaysToOutcome).toBeNull(); // 6 values
    const many = report({ ...INPUTS, daysToOutcome: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] });
    expect(many.medianDaysToOutcome).toBe(5.5);
  });
});
