import { CATEGORIES } from './categories';
import { Dimension, FunnelStage, SnapshotGroupRow } from './metrics.types';
import { cellKey } from './perturbation';
import { tallyStages } from './tally';

// Programme side bits: 0 ENQUIRED, 1 APPLIED, 2 OFFERED, 3 ENROLLED, 4 COMPLETED, 5 POSITIVE_OUTCOME.
const ENQUIRED_ONLY = 0b000001;
const UP_TO_ENROLLED = 0b001111;
const ALL_SIX = 0b111111;

const rows: SnapshotGroupRow[] = [
  { stageMask: ENQUIRED_ONLY, column: null, value: null, count: 10, keySum: 70 },
  { stageMask: ENQUIRED_ONLY, column: 'gender', value: 'WOMAN', count: 4, keySum: 28 },
  { stageMask: ENQUIRED_ONLY, column: 'gender', value: null, count: 6, keySum: 42 },
  { stageMask: UP_TO_ENROLLED, column: null, value: null, count: 5, keySum: 35 },
  { stageMask: UP_TO_ENROLLED, column: 'gender', value: 'MAN', count: 5, keySum: 35 },
  { stageMask: UP_TO_ENROLLED, column: 'ethnicity', value: 'ARAB', count: 5, keySum: 35 },
  { stageMask: ALL_SIX, column: null, value: null, count: 2, keySum: 14 },
  { stageMask: ALL_SIX, column: 'gender', value: 'PREFER_NOT_TO_SAY', count: 2, keySum: 14 },
  { stageMask: ALL_SIX, column: 'ethnicity', value: 'WHITE_BRITISH', count: 2, keySum: 14 },
];

describe('tallyStages', () => {
  const tallies = tallyStages('PROGRAMME', rows);
  const at = (stage: FunnelStage) => tallies.find((t) => t.stage === stage)!;

  it('gives every stage of the side, in order, counting a record at each stage it reached', () => {
    expect(tallies.map((t) => [t.stage, t.total])).toEqual([
      ['ENQUIRED', 17],
      ['APPLIED', 7],
      ['OFFERED', 7],
      ['ENROLLED', 7],
      ['COMPLETED', 2],
      ['POSITIVE_OUTCOME', 2],
    ]);
  });

  it('maps values to categories, missing and PREFER_NOT_TO_SAY to NOT_KNOWN, zeros included', () => {
    expect(at(FunnelStage.ENQUIRED).byDimension.GENDER).toEqual({
      WOMAN: 4,
      MAN: 5,
      NON_BINARY: 0,
      SELF_DESCRIBED: 0,
      NOT_KNOWN: 8,
    });
    expect(at(FunnelStage.COMPLETED).byDimension.GENDER).toEqual({
      WOMAN: 0,
      MAN: 0,
      NON_BINARY: 0,
      SELF_DESCRIBED: 0,
      NOT_KNOWN: 2,
    });
  });

  it('feeds one ethnicity row into ETHNICITY, ETHNIC_GROUP and ETHNIC_MINORITY', () => {
    const enrolled = at(FunnelStage.ENROLLED).byDimension;
    expect(enrolled.ETHNICITY.ARAB).toBe(5);
    expect(enrolled.ETHNICITY.WHITE_BRITISH).toBe(2);
    expect(enrolled.ETHNIC_GROUP).toEqual({ WHITE: 2, MIXED: 0, ASIAN: 0, BLACK: 0, OTHER: 5, NOT_KNOWN: 0 });
    expect(enrolled.ETHNIC_MINORITY).toEqual({ YES: 5, NO: 2, NOT_KNOWN: 0 });
  });

  it('lists every category of every dimension even with no rows', () => {
    const [empty] = tallyStages('VACANCY', []);
    expect(empty).toMatchObject({ stage: FunnelStage.APPLIED, total: 0 });
    for (const dimension of Object.values(Dimension)) {
      expect(Object.keys(empty.byDimension[dimension])).toEqual(CATEGORIES[dimension]);
    }
  });

  it('uses the vacancy stages on the vacancy side', () => {
    const tallied = tallyStages('VACANCY', [{ stageMask: 0b10001, column: null, value: null, count: 3, keySum: 21 }]);
    expect(tallied.map((t) => [t.stage, t.total])).toEqual([
      ['APPLIED', 3],
      ['SHORTLISTED', 0],
      ['INTERVIEWED', 0],
      ['OFFERED', 0],
      ['HIRED', 3],
    ]);
  });

  it('adds counts that arrive as strings (pg bigint) as numbers', () => {
    const asText = {
      stageMask: '1',
      column: null,
      value: null,
      count: '12',
      keySum: '5',
    } as unknown as SnapshotGroupRow;
    expect(tallyStages('VACANCY', [asText, asText])[0].total).toBe(24);
  });

  it("gives every cell a key 0..255 from its key sum mixed with its stage's", () => {
    const enrolled = at(FunnelStage.ENROLLED);
    // ENROLLED holds the UP_TO_ENROLLED and ALL_SIX rows: key sums 35 + 14 in total, ARAB 35, WHITE_BRITISH 14.
    expect(enrolled.cellKeys.total).toBe(cellKey(49, 49));
    expect(enrolled.cellKeys.byDimension.ETHNICITY.ARAB).toBe(cellKey(35, 49));
    expect(enrolled.cellKeys.byDimension.ETHNICITY.WHITE_BRITISH).toBe(cellKey(14, 49));
    // The same records in another table get the same key.
    expect(enrolled.cellKeys.byDimension.ETHNIC_MINORITY.NO).toBe(cellKey(14, 49));
  });

  it('re-draws every key of a stage when one record joins it anywhere', () => {
    const before = tallyStages('VACANCY', [
      { stageMask: 1, column: null, value: null, count: 20, keySum: 2000 },
      { stageMask: 1, column: 'gender', value: 'WOMAN', count: 12, keySum: 1500 },
      { stageMask: 1, column: 'gender', value: 'MAN', count: 8, keySum: 500 },
    ])[0];
    const after = tallyStages('VACANCY', [
      { stageMask: 1, column: null, value: null, count: 21, keySum: 2077 },
      { stageMask: 1, column: 'gender', value: 'WOMAN', count: 12, keySum: 1500 },
      { stageMask: 1, column: 'gender', value: 'MAN', count: 9, keySum: 577 },
    ])[0];
    expect(after.cellKeys.byDimension.GENDER.WOMAN).not.toBe(before.cellKeys.byDimension.GENDER.WOMAN);
    expect(after.cellKeys.byDimension.GENDER.MAN).not.toBe(before.cellKeys.byDimension.GENDER.MAN);
    expect(after.cellKeys.total).not.toBe(before.cellKeys.total);
  });

  it('rejects a mask with bits beyond the side', () => {
    expect(() =>
      tallyStages('VACANCY', [{ stageMask: 0b100000, column: null, value: null, count: 1, keySum: 7 }]),
    ).toThrow(RangeError);
  });
});
