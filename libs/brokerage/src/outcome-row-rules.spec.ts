import { EnrolmentStatus, OutcomeType } from './brokerage.enums';
import {
  checkOutcomeInput,
  checkOutcomeRows,
  CohortOutcomeRow,
  OutcomeRowTarget,
  planOutcomeRow,
} from './outcome-row-rules';

const TODAY = '2026-03-10';
const COHORT_START = '2025-09-01';

const target = (status: EnrolmentStatus, extra: Partial<OutcomeRowTarget> = {}): OutcomeRowTarget => ({
  id: `id-${status}`,
  status,
  residentId: 'resident',
  completionDate: null,
  qualificationsAchieved: [],
  ...extra,
});

const enrolments = new Map<string, OutcomeRowTarget>([
  ['L-ENROLLED', target(EnrolmentStatus.ENROLLED)],
  ['L-ENROLLED-2', target(EnrolmentStatus.ENROLLED)],
  [
    'L-DONE',
    target(EnrolmentStatus.COMPLETED, {
      completionDate: '2025-12-19',
      qualificationsAchieved: ['Level 3 Certificate'],
    }),
  ],
  ['L-GONE', target(EnrolmentStatus.WITHDRAWN)],
  ['L-OFFERED', target(EnrolmentStatus.OFFERED)],
]);
const context = { today: TODAY, cohortStart: COHORT_START, enrolments };

const completed = (extra: Partial<CohortOutcomeRow> = {}): CohortOutcomeRow => ({
  learnerRef: 'L-ENROLLED',
  completed: true,
  completionDate: '2025-12-19',
  ...extra,
});

describe('checkOutcomeRows', () => {
  it('accepts completions, non-completions and outcomes that follow the rules', () => {
    expect(
      checkOutcomeRows(
        [
          completed({ outcomeType: OutcomeType.NEW_JOB, outcomeStartDate: '2026-01-05', salaryPence: 2_600_000 }),
          { learnerRef: 'L-ENROLLED-2', completed: false },
          completed({ learnerRef: 'L-DONE', qualificationsAchieved: ['Level 3 Certificate'], hoursPerWeek: undefined }),
          { learnerRef: 'L-GONE', completed: false },
        ],
        context,
      ),
    ).toEqual([]);
  });

  it('lists every bad row with its index, field and reason', () => {
    const errors = checkOutcomeRows(
      [
        completed({ learnerRef: 'L-NOBODY' }),
        completed({ completionDate: null }),
        completed({ learnerRef: 'L-ENROLLED' }),
        { learnerRef: 'L-ENROLLED-2', completed: false, outcomeType: OutcomeType.NEW_JOB },
        completed({ learnerRef: 'L-GONE' }),
        { learnerRef: 'L-DONE', completed: false },
        completed({ learnerRef: 'L-OFFERED' }),
      ],
      context,
    );
    expect(errors.map(({ row, field }) => [row, field])).toEqual([
      [0, 'learnerRef'],
      [1, 'completionDate'],
      [2, 'learnerRef'],
      [3, 'outcomeType'],
      [4, 'completed'],
      [5, 'completed'],
      [6, 'completed'],
    ]);
    expect(errors[0].message).toBe('no learner with learnerRef L-NOBODY in this cohort');
    expect(errors[2].message).toBe('learnerRef L-ENROLLED appears more than once in this return (first in row 1)');
    expect(errors[4].message).toContain('this learner is WITHDRAWN');
  });

  it('refuses dates in the future and before the cohort started, including the day either side', () => {
    const errors = checkOutcomeRows(
      [
        completed({ completionDate: '2026-03-11' }),
        completed({ learnerRef: 'L-ENROLLED-2', completionDate: '2025-08-31' }),
        completed({
          learnerRef: 'L-DONE',
          completionDate: '2025-12-19',
          outcomeType: OutcomeType.NEW_JOB,
          outcomeStartDate: '2025-08-31',
        }),
      ],
      context,
    );
    expect(errors).toEqual([
      { row: 0, field: 'completionDate', message: 'completionDate must not be in the future' },
      {
        row: 1,
        field: 'completionDate',
        message: 'completionDate must not be before the cohort started (2025-09-01)',
      },
      {
        row: 2,
        field: 'outcomeStartDate',
        message: 'outcomeStartDate must not be before the cohort started (2025-09-01)',
      },
    ]);
    // The boundary days themselves are fine.
    expect(
      checkOutcomeRows(
        [
          completed({ completionDate: TODAY }),
          completed({
            learnerRef: 'L-ENROLLED-2',
            completionDate: COHORT_START,
            outcomeType: OutcomeType.APPRENTICESHIP,
            outcomeStartDate: COHORT_START,
          }),
        ],
        context,
      ),
    ).toEqual([]);
  });

  it('wants a type and a start date together, salary 0 or more and hours 1 to 60', () => {
    const errors = checkOutcomeRows(
      [
        completed({ outcomeType: OutcomeType.NEW_JOB }),
        completed({ learnerRef: 'L-ENROLLED-2', outcomeStartDate: '2026-01-05', salaryPence: -1, hoursPerWeek: 61 }),
        completed({
          learnerRef: 'L-DONE',
          outcomeType: OutcomeType.NEW_JOB,
          outcomeStartDate: '2026-01-05',
          hoursPerWeek: 0.5,
        }),
      ],
      context,
    );
    expect(errors.map(({ row, field }) => [row, field])).toEqual([
      [0, 'outcomeStartDate'],
      [1, 'outcomeType'],
      [1, 'salaryPence'],
      [1, 'hoursPerWeek'],
      [2, 'hoursPerWeek'],
    ]);
  });

  it('keeps completion details for completers only', () => {
    const errors = checkOutcomeRows(
      [{ learnerRef: 'L-ENROLLED', completed: false, completionDate: '2025-12-19', qualificationsAchieved: ['X'] }],
      context,
    );
    expect(errors.map((error) => error.field)).toEqual(['completionDate', 'qualificationsAchieved']);
  });
});

describe('planOutcomeRow', () => {
  it('completes an ENROLLED learner and creates their outcome', () => {
    const row = completed({ outcomeType: OutcomeType.NEW_JOB, outcomeStartDate: '2026-01-05', hoursPerWeek: 37.5 });
    expect(planOutcomeRow(row, target(EnrolmentStatus.ENROLLED), undefined)).toEqual({
      moveTo: EnrolmentStatus.COMPLETED,
      completion: { completionDate: '2025-12-19', qualificationsAchieved: [] },
      outcome: { type: OutcomeType.NEW_JOB, startDate: '2026-01-05', salaryPence: null, hoursPerWeek: 37.5 },
      result: 'created',
    });
  });

  it('withdraws an ENROLLED non-completer; one already WITHDRAWN is unchanged', () => {
    const row = { learnerRef: 'L', completed: false };
    expect(planOutcomeRow(row, target(EnrolmentStatus.ENROLLED), undefined)).toMatchObject({
      moveTo: EnrolmentStatus.WITHDRAWN,
      result: 'updated',
    });
    expect(planOutcomeRow(row, target(EnrolmentStatus.WITHDRAWN), undefined)).toEqual({
      moveTo: null,
      completion: null,
      outcome: null,
      result: 'unchanged',
    });
  });

  it('leaves a completer with the same details and outcome unchanged, even hours that a real column rounds', () => {
    const done = target(EnrolmentStatus.COMPLETED, { completionDate: '2025-12-19', qualificationsAchieved: ['A'] });
    const row = completed({
      qualificationsAchieved: ['A'],
      outcomeType: OutcomeType.NEW_JOB,
      outcomeStartDate: '2026-01-05',
      salaryPence: 2_500_000,
      hoursPerWeek: 37.3,
    });
    const stored = { salaryPence: 2_500_000, hoursPerWeek: Math.fround(37.3) };
    expect(planOutcomeRow(row, done, stored).result).toBe('unchanged');
    expect(planOutcomeRow({ ...row, salaryPence: 2_600_000 }, done, stored)).toMatchObject({
      moveTo: null,
      completion: null,
      outcome: { salaryPence: 2_600_000 },
      result: 'updated',
    });
    expect(planOutcomeRow({ ...row, completionDate: '2025-12-18' }, done, stored)).toMatchObject({
      completion: { completionDate: '2025-12-18', qualificationsAchieved: ['A'] },
      outcome: null,
      result: 'updated',
    });
  });
});

describe('checkOutcomeInput', () => {
  const input = { enrolmentId: 'x', type: OutcomeType.NEW_JOB, startDate: '2026-01-05' };
  const where = { today: TODAY, cohortStart: COHORT_START };

  it('accepts a good outcome', () => {
    expect(checkOutcomeInput({ ...input, salaryPence: 2_500_000, hoursPerWeek: 37.5 }, where)).toEqual([]);
    expect(checkOutcomeInput(input, where)).toEqual([]);
  });

  it('refuses implausible values (METRICS.md "Whose records count"), naming the field', () => {
    expect(checkOutcomeInput({ ...input, salaryPence: 25_000, hoursPerWeek: 37.5 }, where)).toEqual([
      {
        path: 'input.salaryPence',
        message:
          'salaryPence looks like pounds, not pence: 25000 pence a year is £0.13 an hour for 37.5 hours a week; ' +
          'send 2500000 for £25,000 a year',
      },
    ]);
    expect(checkOutcomeInput({ ...input, salaryPence: 0 }, where).map((e) => e.path)).toEqual(['input.salaryPence']);
    expect(checkOutcomeInput({ ...input, startDate: '2014-12-31' }, { ...where, cohortStart: '2014-01-01' })).toEqual([
      { path: 'input.startDate', message: 'startDate must not be before 2015-01-01' },
    ]);
  });

  it('names every bad field by its path', () => {
    expect(checkOutcomeInput({ ...input, startDate: '2025-08-31', salaryPence: -5, hoursPerWeek: 0 }, where)).toEqual([
      { path: 'input.startDate', message: 'startDate must not be before the cohort started (2025-09-01)' },
      { path: 'input.salaryPence', message: 'salaryPence must be a whole number of pence from 0 to 100000000' },
      { path: 'input.hoursPerWeek', message: 'hoursPerWeek must be 1 to 60' },
    ]);
    expect(checkOutcomeInput({ ...input, startDate: '2026-03-11' }, where)).toEqual([
      { path: 'input.startDate', message: 'startDate must not be in the future' },
    ]);
  });
});
