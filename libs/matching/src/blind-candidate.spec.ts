import { bandedDistance, blindLevel, DistanceBand, relevantProgrammes } from './blind-candidate';

describe('blind candidates', () => {
  it.each([
    [null, null, null],
    [0, 1, DistanceBand.WITHIN_1_KM],
    [1, 1, DistanceBand.WITHIN_1_KM],
    [1.1, 3, DistanceBand.WITHIN_3_KM],
    [4.9, 5, DistanceBand.WITHIN_5_KM],
    [9.7, 10, DistanceBand.WITHIN_10_KM],
    [17.2, 20, DistanceBand.WITHIN_20_KM],
    [42, 20, DistanceBand.OVER_20_KM],
  ])('shows a distance of %p km as %p km, %p', (exact, shown, band) => {
    expect(bandedDistance(exact)).toEqual({ distanceKm: shown, band });
  });

  it('shows a skill level up to the one required, never above it', () => {
    expect(blindLevel(4, 2)).toBe(2);
    expect(blindLevel(1, 3)).toBe(1);
    expect(blindLevel(0, 2)).toBe(0);
  });

  it('keeps only the completed courses that taught a required skill', () => {
    const programmes = [{ id: 'p1' }, { id: 'p2' }, { id: 'p3' }];
    const taught = new Map([
      ['p1', ['sql']],
      ['p2', ['python', 'excel']],
    ]);
    expect(relevantProgrammes(programmes, taught, new Set(['excel']))).toEqual([{ id: 'p2' }]);
  });
});
