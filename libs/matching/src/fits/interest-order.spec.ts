import { compareProgrammeMatches, compareVacancyMatches } from '../ordering';

// docs/matching.md "Interests": first among equal scores (programmes: equal on the three counts), never above a
// higher score.
describe('interests in the orders', () => {
  it('puts a vacancy in the resident’s interests first among equal scores only', () => {
    const base = { distanceKm: 1, closesOn: '2026-01-01' };
    const ranked = [
      { ...base, id: 'a', score: 0.5, inInterests: false },
      { ...base, id: 'b', score: 0.5, inInterests: true, distanceKm: 9 },
      { ...base, id: 'c', score: 0.75, inInterests: false },
    ].sort(compareVacancyMatches);
    expect(ranked.map((v) => v.id)).toEqual(['c', 'b', 'a']);
  });

  it('puts a programme in the interests first among equal counts, before the start date decides', () => {
    const base = { vacanciesOpened: 1, vacanciesImproved: 2, skillsGained: 1, distanceKm: null };
    const ranked = [
      { ...base, id: 'early', nextCohortStart: '2026-01-01', inInterests: false },
      { ...base, id: 'late', nextCohortStart: '2026-03-01', inInterests: true },
      { ...base, id: 'more', nextCohortStart: '2026-06-01', inInterests: false, vacanciesImproved: 3 },
    ].sort(compareProgrammeMatches);
    expect(ranked.map((p) => p.id)).toEqual(['more', 'late', 'early']);
  });
});
