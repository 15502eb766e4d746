import { CATEGORIES, DIMENSIONS, perDimension } from './categories';
import { summarise } from './disclosure';
import { Dimension, FunnelStage, MetricsScopeKind, OutcomeInputs, ReportTallies, StageTally } from './metrics.types';
import {
  countCell,
  medianCell,
  OPEN_DATA_COLUMNS,
  openDataCsv,
  OpenDataRow,
  openDataRows,
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
const shows = (value: number) => ({ value, suppressed: false });
const hidden = { value: null, suppressed: true };

/** A stage with these counts and zeros everywhere else; cell keys from a simple spread. */
function tally(
  stage: FunnelStage,
  total: number,
  counts: Partial<Record<Dimension, Record<string, number>>>,
): StageTally {
  const byDimension = perDimension((d) => ({ ...Object.fromEntries(CATEGORIES[d].map((c) => [c, 0])), ...counts[d] }));
  const keys = perDimension((d) => Object.fromEntries(CATEGORIES[d].map((c, i) => [c, (i * 37 + total) % 256])));
  return { stage, total, byDimension, cellKeys: { total: (total * 11) % 256, byDimension: keys } };
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
const OUTCOME_KEYS = { employedWithinSixMonths: 1, employmentWithPay: 2, employmentPayingRealLivingWage: 3 };

const stored = (sides: ReportTallies['sides'], outcomes: OutcomeInputs | null = null): ReportTallies => ({
  sides,
  outcomes: outcomes && {
    ...outcomes,
    daysToOutcome: summarise(outcomes.daysToOutcome),
    employmentSalaries: summarise(outcomes.employmentSalaries),
    cellKeys: OUTCOME_KEYS,
  },
  benchmark: {},
});

const value = (rows: OpenDataRow[], measure: string, dimension = 'TOTAL', category = 'TOTAL') =>
  rows.find((r) => r.measure === measure && r.dimension === dimension && r.category === category)?.value;

/** A published count is the true count perturbed by at most 2, then rounded to 5: within 4 of the truth. */
const nearTruth = (published: string | undefined, truth: number) => {
  expect(Number(published) % 5).toBe(0);
  expect(Math.abs(Number(published) - truth)).toBeLessThanOrEqual(4);
};

describe('open data: cells', () => {
  it('rounds counts to the nearest 5, keeping a true zero', () => {
    expect([0, 10, 12, 13, 17, 18, 22, 1234].map(roundToBase)).toEqual([0, 10, 10, 15, 15, 20, 20, 1235]);
    expect(countCell(shows(13))).toBe('15');
    expect(countCell(hidden)).toBe('c');
  });

  it('writes rates to 2 places, `c` when a count they need is hidden, `z` when there is nothing to divide by', () => {
    expect(rateCell(2 / 3, shows(20), shows(30))).toBe('0.67');
    expect(rateCell(null, hidden, shows(30))).toBe('c');
    expect(rateCell(null, shows(0), shows(0))).toBe('z');
    expect(rateCell(null, hidden, shows(0))).toBe('z'); // nothing to divide by wins over a hidden numerator
  });

  it('writes medians, `c` when the view hid them and `z` over no values', () => {
    expect(medianCell(60, summarise([1]))).toBe('60');
    expect(medianCell(null, summarise([1, 2, 3]))).toBe('c');
    expect(medianCell(null, summarise([]))).toBe('z');
  });
});

describe('openDataRows: the protected view, rounded', () => {
  const enrolled = tally(FunnelStage.ENROLLED, 62, {
    ETHNIC_MINORITY: { YES: 40, NO: 13, NOT_KNOWN: 9 },
    GENDER: { WOMAN: 31, MAN: 31 },
    DISABILITY: { YES: 3, NO: 59 },
    AGE_BAND: { '19-24': 50, '25-34': 12 },
  });
  const tallies = stored([{ side: 'PROGRAMME', tallies: [enrolled] }]);

  it('labels every row with the period and the scope', () => {
    const rows = openDataRows(PERIOD, PROGRAMME, tallies, 5);
    expect(Object.keys(rows[0])).toEqual([...OPEN_DATA_COLUMNS]);
    expect(rows[0]).toMatchObject({
      time_period: PERIOD,
      scope_kind: 'PROGRAMME',
      scope_id: PROGRAMME.id,
      scope_name: 'Cloud Bootcamp',
      measure: 'ENROLLED',
      dimension: 'TOTAL',
      category: 'TOTAL',
    });
    nearTruth(rows[0].value, 62);
    expect(openDataRows(PERIOD, CITY, tallies, 5)[0]).toMatchObject({ scope_kind: 'CITY', scope_id: '' });
  });

  it('writes every category of every dimension, true zeros as 0', () => {
    const rows = openDataRows(PERIOD, PROGRAMME, tallies, 5);
    const categories = DIMENSIONS.reduce((sum, d) => sum + CATEGORIES[d].length, 0);
    expect(rows).toHaveLength(1 + categories);
    expect(value(rows, 'ENROLLED', 'GENDER', 'NON_BINARY')).toBe('0');
  });

  it('shows perturbed, rounded counts and hides small ones', () => {
    const rows = openDataRows(PERIOD, PROGRAMME, tallies, 5);
    nearTruth(value(rows, 'ENROLLED', 'GENDER', 'WOMAN'), 31);
    nearTruth(value(rows, 'ENROLLED', 'ETHNIC_MINORITY', 'YES'), 40);
    expect(value(rows, 'ENROLLED', 'ETHNIC_MINORITY', 'NOT_KNOWN')).toBe('c'); // 9 ± 2 is under 10
  });

  it('hides a whole dimension where almost everyone is in one group (3 disabled of 62)', () => {
    const rows = openDataRows(PERIOD, PROGRAMME, tallies, 5);
    for (const category of CATEGORIES.DISABILITY) expect(value(rows, 'ENROLLED', 'DISABILITY', category)).toBe('c');
  });

  it("names the vacancy side's stages apart from the programme side's", () => {
    const rows = openDataRows(
      PERIOD,
      CITY,
      stored([
        { side: 'PROGRAMME', tallies: [tally(FunnelStage.APPLIED, 20, {})] },
        { side: 'VACANCY', tallies: [tally(FunnelStage.APPLIED, 40, {}), tally(FunnelStage.HIRED, 15, {})] },
      ]),
      5,
    );
    nearTruth(value(rows, 'APPLIED'), 20);
    nearTruth(value(rows, 'VACANCY_APPLIED'), 40);
    nearTruth(value(rows, 'VACANCY_HIRED'), 15);
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
    const rows = openDataRows(PERIOD, PROGRAMME, stored([], outcomes), 5);
    const published = Object.fromEntries(rows.map((r) => [r.measure, r.value]));
    expect(Object.keys(published)).toEqual([
      'enquiries',
      'applications',
      'places',
      'enquiriesPerPlace',
      'starts',
      'completions',
      'completionRate',
      'positiveOutcomes',
      'outcomeRateOfCompletions',
      'outcomeRateOfStarts',
      'employedWithinSixMonths',
      'medianDaysToOutcome',
      'medianSalaryPence',
      'realLivingWageShare',
    ]);
    nearTruth(published.enquiries, 300);
    expect(published.places).toBe('35'); // capacities are not perturbed, only rounded
    expect(Number(published.enquiriesPerPlace)).toBeCloseTo(300 / 36, 0);
    expect(published.employedWithinSixMonths).toBe('c');
    expect(published.medianDaysToOutcome).toBe('60');
    expect(published.medianSalaryPence).toBe('c');
    expect(published.realLivingWageShare).toBe('z');
    expect(rows.every((r) => r.dimension === 'TOTAL' && r.category === 'TOTAL')).toBe(true);
  });

  it('writes `z` for every rate and median of a scope with no records, and 0 for its counts', () => {
    const rows = openDataRows(PERIOD, CITY, stored([], NO_OUTCOMES), 5);
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
