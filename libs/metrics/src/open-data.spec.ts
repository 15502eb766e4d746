import { CATEGORIES, DIMENSIONS } from './categories';
import { SideTallies } from './diversity-report';
import { Dimension, FunnelStage, MetricsScopeKind, OutcomeInputs, StageTally } from './metrics.types';
import {
  medianCell,
  OPEN_DATA_COLUMNS,
  openDataCsv,
  OpenDataRow,
  openDataRows,
  openDataThreshold,
  rateCell,
  roundToBase,
} from './open-data';

const PERIOD = '2025-04-01/2026-03-31';
const PROGRAMME = {
  kind: MetricsScopeKind.PROGRAMME,
  id: '6f1c3a52-3f0e-4a57-9d0c-0b1f5a1f0c11',
  name: 'Cloud Bootcamp',
} as const;
const CITY = { kind: MetricsScopeKind.CITY, id: null, name: 'Manchester' } as const;

/** A stage with these counts and zeros everywhere else. */
function tally(
  stage: FunnelStage,
  total: number,
  counts: Partial<Record<Dimension, Record<string, number>>>,
): StageTally {
  const byDimension = Object.fromEntries(
    DIMENSIONS.map((d) => [d, { ...Object.fromEntries(CATEGORIES[d].map((c) => [c, 0])), ...counts[d] }]),
  ) as StageTally['byDimension'];
  return { stage, total, byDimension };
}

const NO_OUTCOMES: OutcomeInputs = {
  enquiries: 0,
  applications: 0,
  places: 0,
  starts: 0,
  completions: 0,
  positiveOutcomes: 0,
  employedWithinSixMonths: 0,
  daysToOutcome: [],
  employmentSalaries: [],
  employmentWithPay: 0,
  employmentPayingRealLivingWage: 0,
};

const value = (rows: OpenDataRow[], measure: string, dimension = 'TOTAL', category = 'TOTAL') =>
  rows.find((r) => r.measure === measure && r.dimension === dimension && r.category === category)?.value;

describe('open data: rounding and thresholds', () => {
  it('rounds counts to the nearest 5, keeping a true zero', () => {
    expect([0, 10, 12, 13, 17, 18, 22, 1234].map(roundToBase)).toEqual([0, 10, 10, 15, 15, 20, 20, 1235]);
  });

  it('uses max(k, 10) as the threshold', () => {
    expect(openDataThreshold(5)).toBe(10);
    expect(openDataThreshold(10)).toBe(10);
    expect(openDataThreshold(12)).toBe(12);
  });

  it('writes rates from the raw counts, `z` without a denominator and `c` when a count is under the threshold', () => {
    expect(rateCell(12, 37, 10)).toBe('0.32'); // the rounded 10/35 would say 0.29
    expect(rateCell(300, 36, 10)).toBe('8.33');
    expect(rateCell(20, 20, 10)).toBe('1.00');
    expect(rateCell(0, 40, 10)).toBe('0.00');
    expect(rateCell(0, 0, 10)).toBe('z');
    expect(rateCell(9, 40, 10)).toBe('c');
    expect(rateCell(9, 9, 10)).toBe('c');
  });

  it('writes medians over at least the threshold, `c` below it and `z` over no values', () => {
    expect(medianCell([], 10)).toBe('z');
    expect(medianCell([1, 2, 3, 4, 5, 6, 7, 8, 9], 10)).toBe('c');
    expect(medianCell([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 10)).toBe('5.5');
    expect(medianCell([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 10, true)).toBe('6');
  });
});

describe('openDataRows', () => {
  const enrolled = tally(FunnelStage.ENROLLED, 62, {
    ETHNIC_MINORITY: { YES: 40, NO: 13, NOT_KNOWN: 9 },
    GENDER: { WOMAN: 31, MAN: 31 },
    DISABILITY: { YES: 3, NO: 59 },
    AGE_BAND: { '19-24': 50, '25-34': 12 },
  });
  const sides: SideTallies[] = [{ side: 'PROGRAMME', tallies: [enrolled] }];

  it('labels every row with the period and the scope', () => {
    const rows = openDataRows(PERIOD, PROGRAMME, sides, null, 5);
    expect(Object.keys(rows[0])).toEqual([...OPEN_DATA_COLUMNS]);
    expect(rows[0]).toEqual({
      time_period: PERIOD,
      scope_kind: 'PROGRAMME',
      scope_id: PROGRAMME.id,
      scope_name: 'Cloud Bootcamp',
      measure: 'ENROLLED',
      dimension: 'TOTAL',
      category: 'TOTAL',
      value: '60',
    });
    expect(openDataRows(PERIOD, CITY, sides, null, 5)[0]).toMatchObject({ scope_kind: 'CITY', scope_id: '' });
  });

  it('writes every category of every dimension, zeros included', () => {
    const rows = openDataRows(PERIOD, PROGRAMME, sides, null, 5);
    const categories = DIMENSIONS.reduce((sum, d) => sum + CATEGORIES[d].length, 0);
    expect(rows).toHaveLength(1 + categories);
    expect(value(rows, 'ENROLLED', 'GENDER', 'NON_BINARY')).toBe('0');
  });

  it('suppresses below max(k, 10) with a second cell hidden, and rounds what it shows', () => {
    const rows = openDataRows(PERIOD, PROGRAMME, sides, null, 5);
    // NOT_KNOWN 9 is under 10 (it would show at k = 5 in the reports); the next smallest, NO 13, goes with it.
    expect(value(rows, 'ENROLLED', 'ETHNIC_MINORITY', 'NOT_KNOWN')).toBe('c');
    expect(value(rows, 'ENROLLED', 'ETHNIC_MINORITY', 'NO')).toBe('c');
    expect(value(rows, 'ENROLLED', 'ETHNIC_MINORITY', 'YES')).toBe('40');
    expect(value(rows, 'ENROLLED', 'DISABILITY', 'YES')).toBe('c');
    expect(value(rows, 'ENROLLED', 'DISABILITY', 'NO')).toBe('c');
    expect(value(rows, 'ENROLLED', 'DISABILITY', 'NOT_KNOWN')).toBe('0');
    expect(value(rows, 'ENROLLED', 'AGE_BAND', '25-34')).toBe('10');
    expect(value(rows, 'ENROLLED', 'AGE_BAND', '19-24')).toBe('50');
    expect(value(rows, 'ENROLLED', 'GENDER', 'WOMAN')).toBe('30');
  });

  it('uses k when it is above 10', () => {
    const rows = openDataRows(PERIOD, PROGRAMME, sides, null, 13);
    expect(value(rows, 'ENROLLED', 'AGE_BAND', '25-34')).toBe('c'); // 12 shows as 10 at k = 5
    expect(value(rows, 'ENROLLED', 'ETHNIC_MINORITY', 'YES')).toBe('40');
  });

  it('never leaves a lone hidden cell that the total minus the others would give away', () => {
    const small = tally(FunnelStage.APPLIED, 14, {
      ETHNIC_GROUP: { WHITE: 11, ASIAN: 2, NOT_KNOWN: 1 },
      GENDER: { WOMAN: 14 },
    });
    const rows = openDataRows(PERIOD, PROGRAMME, [{ side: 'PROGRAMME', tallies: [small] }], null, 5);
    for (const dimension of DIMENSIONS) {
      const cells = rows.filter((r) => r.measure === 'APPLIED' && r.dimension === dimension).map((r) => r.value);
      expect(cells.filter((cell) => cell === 'c').length).not.toBe(1);
    }
    // Two cells under the threshold hide each other; the rest shows, rounded.
    expect(value(rows, 'APPLIED', 'ETHNIC_GROUP', 'ASIAN')).toBe('c');
    expect(value(rows, 'APPLIED', 'ETHNIC_GROUP', 'NOT_KNOWN')).toBe('c');
    expect(value(rows, 'APPLIED', 'ETHNIC_GROUP', 'WHITE')).toBe('10');
    expect(value(rows, 'APPLIED', 'GENDER', 'WOMAN')).toBe('15');
  });

  it('hides the total of a stage under the threshold', () => {
    const tiny = tally(FunnelStage.COMPLETED, 7, { GENDER: { WOMAN: 7 } });
    const rows = openDataRows(PERIOD, PROGRAMME, [{ side: 'PROGRAMME', tallies: [tiny] }], null, 5);
    expect(value(rows, 'COMPLETED')).toBe('c');
    expect(value(rows, 'COMPLETED', 'GENDER', 'WOMAN')).toBe('c');
  });

  it("names the vacancy side's stages apart from the programme side's", () => {
    const rows = openDataRows(
      PERIOD,
      CITY,
      [
        { side: 'PROGRAMME', tallies: [tally(FunnelStage.APPLIED, 20, {})] },
        { side: 'VACANCY', tallies: [tally(FunnelStage.APPLIED, 40, {}), tally(FunnelStage.HIRED, 10, {})] },
      ],
      null,
      5,
    );
    expect(value(rows, 'APPLIED')).toBe('20');
    expect(value(rows, 'VACANCY_APPLIED')).toBe('40');
    expect(value(rows, 'VACANCY_HIRED')).toBe('10');
  });

  it("writes the outcome report's counts, rates and medians under their contract names", () => {
    const outcomes: OutcomeInputs = {
      enquiries: 300,
      applications: 212,
      places: 36,
      starts: 36,
      completions: 31,
      positiveOutcomes: 20,
      employedWithinSixMonths: 8,
      daysToOutcome: [10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110],
      employmentSalaries: [2_500_000, 2_600_000, 2_700_000],
      employmentWithPay: 0,
      employmentPayingRealLivingWage: 0,
    };
    const rows = openDataRows(PERIOD, PROGRAMME, [], outcomes, 5);
    expect(Object.fromEntries(rows.map((r) => [r.measure, r.value]))).toEqual({
      enquiries: '300',
      applications: '210',
      places: '35',
      enquiriesPerPlace: '8.33',
      starts: '35',
      completions: '30',
      completionRate: '0.86',
      positiveOutcomes: '20',
      outcomeRateOfCompletions: '0.65',
      outcomeRateOfStarts: '0.56',
      employedWithinSixMonths: 'c',
      medianDaysToOutcome: '60',
      medianSalaryPence: 'c',
      realLivingWageShare: 'z',
    });
    expect(rows.every((r) => r.dimension === 'TOTAL' && r.category === 'TOTAL')).toBe(true);
  });

  it('writes `z` for every rate and median of a scope with no records, and 0 for its counts', () => {
    const rows = openDataRows(PERIOD, CITY, [], NO_OUTCOMES, 5);
    expect(value(rows, 'starts')).toBe('0');
    expect(value(rows, 'completionRate')).toBe('z');
    expect(value(rows, 'enquiriesPerPlace')).toBe('z');
    expect(value(rows, 'medianSalaryPence')).toBe('z');
  });
});

describe('openDataCsv', () => {
  const row = (name: string): OpenDataRow => ({
    time_period: PERIOD,
    scope_kind: 'PROGRAMME',
    scope_id: 'x',
    scope_name: name,
    measure: 'starts',
    dimension: 'TOTAL',
    category: 'TOTAL',
    value: 'c',
  });

  it('writes a header row and CRLF line ends', () => {
    expect(openDataCsv([row('Cloud Bootcamp')])).toBe(
      'time_period,scope_kind,scope_id,scope_name,measure,dimension,category,value\r\n' +
        `${PERIOD},PROGRAMME,x,Cloud Bootcamp,starts,TOTAL,TOTAL,c\r\n`,
    );
  });

  it('quotes commas, quotes and line breaks (RFC 4180), and defuses spreadsheet formulas', () => {
    const lines = openDataCsv([row('Data, "AI" & Cloud'), row('Two\nlines'), row('=HYPERLINK("x")')]).split('\r\n');
    expect(lines[1]).toContain(',"Data, ""AI"" & Cloud",');
    expect(lines[2]).toContain(',"Two\nlines",');
    expect(lines[3]).toContain(`,"'=HYPERLINK(""x"")",`);
  });
});
