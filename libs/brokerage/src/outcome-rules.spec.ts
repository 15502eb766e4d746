import { withinSixMonths } from './outcome-rules';

describe('withinSixMonths (API.md: start ≤ completion + 182 days, not before the cohort start)', () => {
  const cohortStart = '2026-01-05';
  const completed = '2026-03-30';

  it.each([
    ['2026-03-30', true], // the day of completion
    ['2026-09-28', true], // completion + 182 days
    ['2026-09-29', false], // completion + 183 days
    ['2026-02-01', true], // a job started during the course counts
    ['2026-01-05', true], // the cohort start itself
    ['2026-01-04', false], // before the cohort started
  ])('an outcome starting %s → %s', (start, expected) => {
    expect(withinSixMonths(start, completed, cohortStart)).toBe(expected);
  });

  it('is false without a completion date', () => {
    expect(withinSixMonths('2026-03-30', null, cohortStart)).toBe(false);
  });
});
