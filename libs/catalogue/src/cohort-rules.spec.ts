import { cohortProblems } from './cohort-rules';

const plan = { startDate: '2026-03-02', endDate: '2026-06-01', applicationsCloseOn: '2026-02-20', capacity: 20 };
const paths = (problems: { path: string }[]) => problems.map((problem) => problem.path);

describe('cohortProblems', () => {
  it('accepts a good plan, and a capacity equal to the places taken', () => {
    expect(cohortProblems(plan, 0)).toEqual([]);
    expect(cohortProblems(plan, 20)).toEqual([]);
  });

  it('names every bad field at once', () => {
    const bad = { startDate: '2026-03-02', endDate: '2026-03-02', applicationsCloseOn: '2026-03-03', capacity: 0 };
    expect(paths(cohortProblems(bad, 0))).toEqual(['input.capacity', 'input.endDate', 'input.applicationsCloseOn']);
  });

  it('never lets capacity fall below the places taken', () => {
    expect(cohortProblems({ ...plan, capacity: 4 }, 5)).toEqual([
      { path: 'input.capacity', message: 'capacity must not be below the 5 places already taken' },
    ]);
  });

  it('refuses capacities outside 1..10,000 and cleared fields', () => {
    expect(paths(cohortProblems({ ...plan, capacity: 10_001 }, 0))).toEqual(['input.capacity']);
    const cleared = { ...plan, endDate: null, capacity: null } as unknown as typeof plan;
    expect(paths(cohortProblems(cleared, 0))).toEqual(['input.endDate', 'input.capacity']);
  });
});
