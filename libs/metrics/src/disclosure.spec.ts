import {
  disclosedMedian,
  isPrimarySuppressed,
  median,
  primaryCount,
  shownRatio,
  shownCount,
  suppressBreakdown,
  summarise,
  suppressedCount,
} from './disclosure';

const K = 5;
const hidden = { value: null, suppressed: true };
const shows = (value: number) => ({ value, suppressed: false });

describe('primary suppression', () => {
  it.each([
    [0, false], // a true zero identifies nobody
    [1, true],
    [4, true],
    [5, false],
    [120, false],
  ])('%i with k = 5 suppressed: %s', (value, suppressed) => {
    expect(isPrimarySuppressed(value, K)).toBe(suppressed);
    expect(primaryCount(value, K)).toEqual(suppressed ? hidden : shows(value));
  });

  it('follows the threshold it is given', () => {
    expect(primaryCount(9, 10)).toEqual(hidden);
    expect(primaryCount(10, 10)).toEqual(shows(10));
  });

  it('builds counts', () => {
    expect(shownCount(7)).toEqual(shows(7));
    expect(suppressedCount()).toEqual(hidden);
  });
});

describe('secondary suppression within one stage and dimension', () => {
  it('with exactly one small cell also hides the smallest other non-zero cell', () => {
    expect(suppressBreakdown({ A: 3, B: 20, C: 8, D: 12, NOT_KNOWN: 0 }, K)).toEqual({
      A: hidden,
      B: shows(20),
      C: hidden, // 8: the smallest non-zero among the rest
      D: shows(12),
      NOT_KNOWN: shows(0),
    });
  });

  it('breaks a tie on the smallest count by category name', () => {
    const shown = suppressBreakdown({ WOMAN: 9, MAN: 9, NON_BINARY: 2, SELF_DESCRIBED: 30 }, K);
    expect(shown.MAN).toEqual(hidden); // 'MAN' sorts before 'WOMAN'
    expect(shown.WOMAN).toEqual(shows(9));
    expect(shown.NON_BINARY).toEqual(hidden);
  });

  it('never picks a zero: hiding a zero would leave the small cell recoverable', () => {
    const shown = suppressBreakdown({ A: 0, B: 40, C: 1, NOT_KNOWN: 7 }, K);
    expect(shown).toEqual({ A: shows(0), B: hidden, C: hidden, NOT_KNOWN: shows(7) });
  });

  it('never suppresses NOT_KNOWN, small or not, and never picks it as the partner', () => {
    expect(suppressBreakdown({ YES: 30, NO: 12, NOT_KNOWN: 2 }, K)).toEqual({
      YES: shows(30),
      NO: shows(12),
      NOT_KNOWN: shows(2),
    });
    expect(suppressBreakdown({ YES: 30, NO: 4, NOT_KNOWN: 1 }, K)).toEqual({
      YES: hidden,
      NO: hidden,
      NOT_KNOWN: shows(1),
    });
  });

  it('does nothing more when two or more cells are already suppressed', () => {
    expect(suppressBreakdown({ A: 3, B: 4, C: 6, D: 50 }, K)).toEqual({
      A: hidden,
      B: hidden,
      C: shows(6),
      D: shows(50),
    });
  });

  it('does nothing when no cell is small, true zeros included', () => {
    expect(suppressBreakdown({ A: 0, B: 5, C: 0 }, K)).toEqual({ A: shows(0), B: shows(5), C: shows(0) });
  });

  it('leaves a lone small cell alone when every other cell is zero (the stage total is then small too)', () => {
    expect(suppressBreakdown({ A: 0, B: 3, C: 0 }, K)).toEqual({ A: shows(0), B: hidden, C: shows(0) });
  });
});

describe('shownRatio', () => {
  it('divides the shown values', () => {
    expect(shownRatio(shows(6), shows(8))).toBe(0.75);
    expect(shownRatio(shows(0), shows(8))).toBe(0);
  });

  it('is null when the part or the whole is suppressed', () => {
    expect(shownRatio(hidden, shows(40))).toBeNull();
    expect(shownRatio(shows(10), hidden)).toBeNull();
  });

  it('is null over a zero whole, or one below the minimum it is given', () => {
    expect(shownRatio(shows(0), shows(0))).toBeNull();
    expect(shownRatio(shows(2), shows(4), K)).toBeNull();
    expect(shownRatio(shows(2), shows(5), K)).toBe(0.4);
  });

  it('caps at 1 a part that noise put above its whole', () => {
    expect(shownRatio(shows(12), shows(11))).toBe(1);
  });
});

describe('medians', () => {
  it('takes the middle value, or the mean of the two middle values of an even count', () => {
    expect(median([9, 1, 5])).toBe(5);
    expect(median([10, 1, 4, 7])).toBe(5.5);
    expect(median([])).toBeNull();
  });

  it('is null over fewer than k values', () => {
    expect(disclosedMedian(summarise([1, 2, 3, 4]), K)).toBeNull();
    expect(disclosedMedian(summarise([1, 2, 3, 4, 100]), K)).toBe(3);
    expect(disclosedMedian(summarise([]), K)).toBeNull();
    expect(summarise([5, 1, 3])).toEqual({ count: 3, median: 3 });
  });
});
