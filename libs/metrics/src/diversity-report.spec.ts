import { CATEGORIES, DIMENSIONS, perDimension } from './categories';
import { benchmarkFromCensusRows, buildDiversityReport, withDerivedBenchmarks } from './diversity-report';
import { Audience, BenchmarkCounts, Dimension, DiversityFigures, FunnelStage, StageTally } from './metrics.types';

const K = 5;
const hidden = { value: null, suppressed: true };
const shows = (value: number) => ({ value, suppressed: false });

/** A stage with the given counts and zeros everywhere else. */
function tally(
  stage: FunnelStage,
  total: number,
  counts: Partial<Record<Dimension, Record<string, number>>>,
): StageTally {
  const byDimension = perDimension((d) => ({ ...Object.fromEntries(CATEGORIES[d].map((c) => [c, 0])), ...counts[d] }));
  const keys = perDimension((d) => Object.fromEntries(CATEGORIES[d].map((c) => [c, 0])));
  return { stage, total, byDimension, cellKeys: { total: 0, byDimension: keys } };
}

/** The staff view (exact counts, threshold k): the one these tests check; the protected view is in views.spec.ts. */
const staffReport = (sides: Parameters<typeof buildDiversityReport>[0], benchmark: BenchmarkCounts, k: number) =>
  buildDiversityReport(sides, benchmark, Audience.STAFF, k);

const row = (figures: DiversityFigures, stageIndex: number, dimension: Dimension, category: string) =>
  figures.stages[stageIndex].rows.find((r) => r.dimension === dimension && r.category === category)!;

const rate = (figures: DiversityFigures, dimension: Dimension, category: string, from: FunnelStage) =>
  figures.selectionRates.find((r) => r.dimension === dimension && r.category === category && r.fromStage === from)!;

// Census-like benchmark: 50% White British, so ETHNIC_MINORITY YES is 0.5; 20% disabled.
const BENCHMARK: BenchmarkCounts = {
  ETHNICITY: { WHITE_BRITISH: 500, WHITE_OTHER: 100, ASIAN_PAKISTANI: 250, BLACK_AFRICAN: 100, ARAB: 50 },
  DISABILITY: { YES: 200, NO: 800 },
};

describe('benchmarks', () => {
  it('regroups the 19 ethnicity counts into ETHNIC_GROUP and ETHNIC_MINORITY', () => {
    const full = withDerivedBenchmarks(BENCHMARK);
    expect(full.ETHNIC_GROUP).toEqual({ WHITE: 600, ASIAN: 250, BLACK: 100, OTHER: 50 });
    expect(full.ETHNIC_MINORITY).toEqual({ NO: 500, YES: 500 });
    expect(full.DISABILITY).toBe(BENCHMARK.DISABILITY);
  });

  it('keeps groupings the caller gives', () => {
    const given = { ...BENCHMARK, ETHNIC_MINORITY: { YES: 1, NO: 3 } };
    expect(withDerivedBenchmarks(given).ETHNIC_MINORITY).toEqual({ YES: 1, NO: 3 });
  });

  it('reads census_benchmarks rows', () => {
    expect(
      benchmarkFromCensusRows([
        { dimension: 'ETHNICITY', category: 'ARAB', residents: 15028 },
        { dimension: 'DISABILITY', category: 'YES', residents: 96737 },
        { dimension: 'DISABILITY', category: 'NO', residents: 455201 },
      ]),
    ).toEqual({ ETHNICITY: { ARAB: 15028 }, DISABILITY: { YES: 96737, NO: 455201 } });
  });
});

describe('buildDiversityReport: stage rows', () => {
  const applied = tally(FunnelStage.APPLIED, 60, {
    ETHNIC_MINORITY: { YES: 30, NO: 20, NOT_KNOWN: 10 },
    ETHNICITY: { WHITE_BRITISH: 20, ASIAN_PAKISTANI: 18, BLACK_AFRICAN: 12, NOT_KNOWN: 10 },
    DISABILITY: { YES: 15, NO: 45 },
    GENDER: { WOMAN: 33, MAN: 27 },
  });
  const figures = staffReport([{ side: 'PROGRAMME', tallies: [applied] }], BENCHMARK, K);

  it('echoes k and lists every category of every dimension, in order', () => {
    expect(figures.suppressionThreshold).toBe(K);
    expect(figures.stages).toHaveLength(1);
    expect(figures.stages[0].total).toEqual(shows(60));
    expect(figures.stages[0].rows.map((r) => `${r.dimension}:${r.category}`)).toEqual(
      DIMENSIONS.flatMap((d) => CATEGORIES[d].map((c) => `${d}:${c}`)),
    );
  });

  it('computes shares on the known-only basis, null for NOT_KNOWN', () => {
    expect(row(figures, 0, Dimension.ETHNIC_MINORITY, 'YES')).toMatchObject({ count: shows(30), share: 0.6 });
    expect(row(figures, 0, Dimension.ETHNIC_MINORITY, 'NO').share).toBe(0.4);
    expect(row(figures, 0, Dimension.ETHNIC_MINORITY, 'NOT_KNOWN')).toMatchObject({
      count: shows(10),
      share: null,
      benchmarkShare: null,
      representationRatio: null,
    });
    expect(row(figures, 0, Dimension.GENDER, 'WOMAN').share).toBe(0.55);
    expect(row(figures, 0, Dimension.GENDER, 'NON_BINARY')).toMatchObject({ count: shows(0), share: 0 });
  });

  it('compares with the census on the same basis, for the benchmarked dimensions only', () => {
    expect(row(figures, 0, Dimension.ETHNIC_MINORITY, 'YES')).toMatchObject({ benchmarkShare: 0.5 });
    expect(row(figures, 0, Dimension.ETHNIC_MINORITY, 'YES').representationRatio).toBeCloseTo(1.2, 12);
    expect(row(figures, 0, Dimension.ETHNICITY, 'ASIAN_PAKISTANI')).toMatchObject({
      share: 0.36,
      benchmarkShare: 0.25,
    });
    expect(row(figures, 0, Dimension.ETHNICITY, 'ASIAN_PAKISTANI').representationRatio).toBeCloseTo(1.44, 12);
    expect(row(figures, 0, Dimension.ETHNIC_GROUP, 'WHITE').benchmarkShare).toBe(0.6);
    expect(row(figures, 0, Dimension.DISABILITY, 'YES')).toMatchObject({ share: 0.25, benchmarkShare: 0.2 });
    expect(row(figures, 0, Dimension.DISABILITY, 'YES').representationRatio).toBeCloseTo(1.25, 12);
    expect(row(figures, 0, Dimension.GENDER, 'WOMAN')).toMatchObject({
      benchmarkShare: null,
      representationRatio: null,
    });
    // A category nobody in the benchmark is in: share 0 of the census, so no ratio.
    expect(row(figures, 0, Dimension.ETHNICITY, 'WHITE_ROMA')).toMatchObject({
      benchmarkShare: 0,
      representationRatio: null,
    });
  });
});

describe('buildDiversityReport: disclosure', () => {
  it('suppresses small cells and their secondary partner, and nulls the shares they feed', () => {
    const figures = staffReport(
      [
        {
          side: 'VACANCY',
          tallies: [tally(FunnelStage.APPLIED, 40, { GENDER: { WOMAN: 3, MAN: 22, NON_BINARY: 0, NOT_KNOWN: 15 } })],
        },
      ],
      {},
      K,
    );
    expect(row(figures, 0, Dimension.GENDER, 'WOMAN')).toMatchObject({ count: hidden, share: null });
    // MAN 22 is the smallest other non-zero known cell: hidden. NOT_KNOWN is never hidden nor picked.
    expect(row(figures, 0, Dimension.GENDER, 'MAN')).toMatchObject({ count: hidden, share: null });
    expect(row(figures, 0, Dimension.GENDER, 'NOT_KNOWN')).toMatchObject({ count: shows(15), share: null });
    // The known total (40 - 15 = 25) is still shown, so a true zero has a share of 0.
    expect(row(figures, 0, Dimension.GENDER, 'NON_BINARY')).toMatchObject({ count: shows(0), share: 0 });
  });

  it('nulls every share of a stage whose total is suppressed', () => {
    const figures = staffReport(
      [{ side: 'VACANCY', tallies: [tally(FunnelStage.APPLIED, 4, { DISABILITY: { NO: 4 } })] }],
      BENCHMARK,
      K,
    );
    expect(figures.stages[0].total).toEqual(hidden);
    expect(row(figures, 0, Dimension.DISABILITY, 'NO')).toMatchObject({ count: hidden, share: null });
    expect(row(figures, 0, Dimension.DISABILITY, 'YES')).toMatchObject({ count: shows(0), share: null });
    expect(row(figures, 0, Dimension.DISABILITY, 'YES').benchmarkShare).toBe(0.2);
  });

  it('keeps the share when only a few answers are NOT_KNOWN (40 learners, 3 prefer not to say)', () => {
    const figures = staffReport(
      [
        {
          side: 'PROGRAMME',
          tallies: [tally(FunnelStage.ENROLLED, 40, { ETHNIC_MINORITY: { YES: 25, NO: 12, NOT_KNOWN: 3 } })],
        },
      ],
      {},
      K,
    );
    expect(row(figures, 0, Dimension.ETHNIC_MINORITY, 'NOT_KNOWN').count).toEqual(shows(3));
    expect(row(figures, 0, Dimension.ETHNIC_MINORITY, 'YES').share).toBeCloseTo(25 / 37, 12);
  });

  it('gives no shares when every answer is NOT_KNOWN (denominator 0)', () => {
    const figures = staffReport(
      [{ side: 'VACANCY', tallies: [tally(FunnelStage.APPLIED, 12, { TRANS: { NOT_KNOWN: 12 } })] }],
      {},
      K,
    );
    expect(row(figures, 0, Dimension.TRANS, 'YES')).toMatchObject({ count: shows(0), share: null });
  });
});

describe('buildDiversityReport: selection rates', () => {
  const applied = tally(FunnelStage.APPLIED, 100, {
    ETHNIC_GROUP: { WHITE: 40, MIXED: 0, ASIAN: 30, BLACK: 20, OTHER: 3, NOT_KNOWN: 7 },
  });
  const enrolled = tally(FunnelStage.ENROLLED, 50, {
    ETHNIC_GROUP: { WHITE: 20, MIXED: 0, ASIAN: 12, BLACK: 10, OTHER: 3, NOT_KNOWN: 5 },
  });
  const figures = staffReport([{ side: 'PROGRAMME', tallies: [applied, enrolled] }], {}, K);
  const of = (category: string) => rate(figures, Dimension.ETHNIC_GROUP, category, FunnelStage.APPLIED);

  it('only gives the pairs present, for every dimension and known category', () => {
    const knownRows = DIMENSIONS.reduce((n, d) => n + CATEGORIES[d].length - 1, 0);
    expect(figures.selectionRates).toHaveLength(knownRows);
    expect(figures.selectionRates.every((r) => r.fromStage === 'APPLIED' && r.toStage === 'ENROLLED')).toBe(true);
    expect(figures.selectionRates.some((r) => r.category === 'NOT_KNOWN')).toBe(false);
  });

  it('compares each rate with the highest shown rate; exactly four-fifths is no adverse impact', () => {
    expect(of('WHITE')).toMatchObject({ rate: 0.5, ratioToHighest: 1, adverseImpact: false });
    expect(of('ASIAN')).toMatchObject({ rate: 0.4, ratioToHighest: 0.8, adverseImpact: false });
    // BLACK is OTHER's secondary partner (the smallest other non-zero known category): no rate.
    expect(of('BLACK')).toMatchObject({ rate: null, ratioToHighest: null, adverseImpact: false });
  });

  it('leaves suppressed categories out of the rate and of the highest (OTHER: 3 of 3 would be 100%)', () => {
    expect(of('OTHER')).toMatchObject({ rate: null, ratioToHighest: null, adverseImpact: false });
  });

  it('has no rate for a category nobody applied in', () => {
    expect(of('MIXED')).toMatchObject({ rate: null, ratioToHighest: null, adverseImpact: false });
  });

  it('flags a rate under four-fifths of the highest', () => {
    const lower = tally(FunnelStage.ENROLLED, 49, { ETHNIC_GROUP: { WHITE: 20, ASIAN: 11, BLACK: 10, NOT_KNOWN: 8 } });
    const flagged = staffReport([{ side: 'PROGRAMME', tallies: [applied, lower] }], {}, K);
    const asian = rate(flagged, Dimension.ETHNIC_GROUP, 'ASIAN', FunnelStage.APPLIED);
    expect(asian.rate).toBeCloseTo(11 / 30, 12);
    expect(asian.ratioToHighest).toBeCloseTo(11 / 15, 12);
    expect(asian.adverseImpact).toBe(true);
  });

  it('gives no ratio when every shown rate is 0', () => {
    const none = tally(FunnelStage.ENROLLED, 0, {});
    const zero = staffReport([{ side: 'PROGRAMME', tallies: [applied, none] }], {}, K);
    expect(rate(zero, Dimension.ETHNIC_GROUP, 'WHITE', FunnelStage.APPLIED)).toMatchObject({
      rate: 0,
      ratioToHighest: null,
      adverseImpact: false,
    });
  });
});

describe('buildDiversityReport: CITY, both sides', () => {
  it('lists the programme stages then the vacancy stages, with each side its own pairs', () => {
    const programme = [FunnelStage.APPLIED, FunnelStage.ENROLLED].map((s) => tally(s, 10, { TRANS: { NO: 10 } }));
    const vacancy = [FunnelStage.APPLIED, FunnelStage.HIRED].map((s) => tally(s, 20, { TRANS: { NO: 20 } }));
    const figures = staffReport(
      [
        { side: 'PROGRAMME', tallies: programme },
        { side: 'VACANCY', tallies: vacancy },
      ],
      {},
      K,
    );
    expect(figures.stages.map((s) => [s.stage, s.total.value])).toEqual([
      ['APPLIED', 10],
      ['ENROLLED', 10],
      ['APPLIED', 20],
      ['HIRED', 20],
    ]);
    const pairs = new Set(figures.selectionRates.map((r) => `${r.fromStage}>${r.toStage}`));
    expect([...pairs]).toEqual(['APPLIED>ENROLLED', 'APPLIED>HIRED']);
    expect(rate(figures, Dimension.TRANS, 'NO', FunnelStage.APPLIED)).toMatchObject({ rate: 1, ratioToHighest: 1 });
  });
});
