import { EmploymentStatus } from '@app/catalogue';
import { Ethnicity, Gender, YesNoPreferNot } from '@app/residents';
import { EnrolmentStatus, OutcomeType, ReportedStage } from './brokerage.enums';
import {
  capacityErrors,
  changesAnything,
  checkLearnerRows,
  CohortLearnerRow,
  LearnerRowsContext,
  placesDelta,
  recordChanges,
  reportedRecord,
  StoredRecord,
  TakenLearnerRef,
} from './learner-row-rules';

const TODAY = '2026-03-10';
const COHORT_START = '2025-09-01';
const PICCADILLY = 'E05011376'; // one of the 32 ward codes shipped in the reference data

const taken = new Map<string, TakenLearnerRef>([
  ['PLATFORM-1', { cohortId: 'this', reportedByProvider: false }],
  ['ELSEWHERE-1', { cohortId: 'other', reportedByProvider: true }],
  ['AGAIN-1', { cohortId: 'this', reportedByProvider: true }],
]);
const context: LearnerRowsContext = { today: TODAY, cohortStart: COHORT_START, cohortId: 'this', taken };

const row = (extra: Partial<CohortLearnerRow> = {}): CohortLearnerRow => ({
  learnerRef: 'R-1',
  furthestStage: ReportedStage.ENROLLED,
  ...extra,
});

describe('checkLearnerRows', () => {
  it('refuses implausible provider-reported values, naming the field (METRICS.md "Whose records count")', () => {
    const completer = {
      furthestStage: ReportedStage.COMPLETED,
      completionDate: '2025-12-19',
      outcomeType: OutcomeType.NEW_JOB,
      outcomeStartDate: '2026-02-02',
    };
    const errors = checkLearnerRows(
      [
        row({ ...completer, learnerRef: 'P-1', salaryPence: 28_000, hoursPerWeek: 37.5 }),
        row({ ...completer, learnerRef: 'P-2', salaryPence: 90_000_000, hoursPerWeek: 20 }),
        row({ learnerRef: 'P-3', enquiredOn: '2014-09-30' }),
      ],
      context,
    );
    expect(errors.map(({ row: index, field }) => [index, field])).toEqual([
      [0, 'salaryPence'],
      [1, 'salaryPence'],
      [2, 'enquiredOn'],
    ]);
    expect(errors[0].message).toContain('looks like pounds, not pence');
    expect(errors[1].message).toContain('above £200 an hour');
    expect(errors[2].message).toBe('enquiredOn must not be before 2015-01-01');
  });

  it('accepts rows that follow the rules, including an update of a learner reported before', () => {
    expect(
      checkLearnerRows(
        [
          row({ furthestStage: ReportedStage.ENQUIRED, enquiredOn: '2025-06-01', withdrawn: true }),
          row({
            learnerRef: 'R-2',
            furthestStage: ReportedStage.COMPLETED,
            enquiredOn: '2025-06-01',
            completionDate: '2025-12-19',
            dateOfBirth: '1990-01-31',
            wardCode: PICCADILLY,
            employmentStatus: EmploymentStatus.UNEMPLOYED,
            ethnicity: Ethnicity.BLACK_AFRICAN,
            gender: Gender.WOMAN,
            trans: YesNoPreferNot.NO,
            disability: YesNoPreferNot.PREFER_NOT_TO_SAY,
            qualificationsAchieved: ['Level 3 Certificate'],
            outcomeType: OutcomeType.NEW_JOB,
            outcomeStartDate: '2026-02-02',
            salaryPence: 2_800_000,
            hoursPerWeek: 37.5,
          }),
          row({ learnerRef: 'AGAIN-1', wardCode: 'OUTSIDE_MANCHESTER' }),
        ],
        context,
      ),
    ).toEqual([]);
  });

  it('refuses learnerRefs of platform learners, of another cohort, and repeats', () => {
    const errors = checkLearnerRows(
      [row({ learnerRef: 'PLATFORM-1' }), row({ learnerRef: 'ELSEWHERE-1' }), row(), row({ learnerRef: ' R-1 ' })],
      context,
    );
    expect(errors).toEqual([
      {
        row: 0,
        field: 'learnerRef',
        message:
          'learnerRef PLATFORM-1 belongs to a learner who came through the platform: report them with reportCohortOutcomes',
      },
      {
        row: 1,
        field: 'learnerRef',
        message: 'learnerRef ELSEWHERE-1 is already used by a learner reported on another of your cohorts',
      },
      { row: 3, field: 'learnerRef', message: 'learnerRef R-1 appears more than once in this return (first in row 2)' },
    ]);
  });

  it('ties completion details and outcomes to COMPLETED', () => {
    const errors = checkLearnerRows(
      [
        row({ furthestStage: ReportedStage.COMPLETED }),
        row({ learnerRef: 'R-2', completionDate: '2025-12-19', qualificationsAchieved: ['A'] }),
        row({ learnerRef: 'R-3', outcomeType: OutcomeType.NEW_JOB, outcomeStartDate: '2026-01-05' }),
        row({
          learnerRef: 'R-4',
          furthestStage: ReportedStage.COMPLETED,
          completionDate: '2025-12-19',
          withdrawn: true,
        }),
        row({ learnerRef: 'R-5', furthestStage: 'HIRED' as ReportedStage }),
      ],
      context,
    );
    expect(errors.map(({ row: index, field }) => [index, field])).toEqual([
      [0, 'completionDate'],
      [1, 'completionDate'],
      [1, 'qualificationsAchieved'],
      [2, 'outcomeType'],
      [3, 'withdrawn'],
      [4, 'furthestStage'],
    ]);
  });

  it('refuses future dates, an enquiry after completion, implausible ages and unknown wards', () => {
    const errors = checkLearnerRows(
      [
        row({ enquiredOn: '2026-03-11' }),
        row({
          learnerRef: 'R-2',
          furthestStage: ReportedStage.COMPLETED,
          enquiredOn: '2025-12-20',
          completionDate: '2025-12-19',
        }),
        // 13 on the enquiry day, 14 only the day after.
        row({ learnerRef: 'R-3', enquiredOn: '2025-06-01', dateOfBirth: '2011-06-02' }),
        // Without an enquiry date the cohort's start counts: 14 on 2025-09-01 exactly.
        row({ learnerRef: 'R-4', dateOfBirth: '2011-09-01' }),
        row({ learnerRef: 'R-5', wardCode: 'E09000003' }),
        row({ learnerRef: 'R-6', gender: 'M' as Gender }),
      ],
      context,
    );
    expect(errors).toEqual([
      { row: 0, field: 'enquiredOn', message: 'enquiredOn must not be in the future' },
      { row: 1, field: 'enquiredOn', message: 'enquiredOn must be on or before completionDate' },
      { row: 2, field: 'dateOfBirth', message: 'dateOfBirth must give an age of 14 to 100 on 2025-06-01' },
      {
        row: 4,
        field: 'wardCode',
        message: 'wardCode must be one of the 32 Manchester ward codes or OUTSIDE_MANCHESTER',
      },
      {
        row: 5,
        field: 'gender',
        message: 'gender must be one of WOMAN, MAN, NON_BINARY, SELF_DESCRIBED, PREFER_NOT_TO_SAY',
      },
    ]);
  });
});

describe('capacity', () => {
  // 10 places, 8 taken. Row 2 gives one back, so 3 rows can take a new place; row 4 is the one too many.
  const changes = [
    { row: 0, before: false, after: true },
    { row: 1, before: false, after: true },
    { row: 2, before: true, after: false },
    { row: 3, before: false, after: true },
    { row: 5, before: true, after: true },
    { row: 6, before: false, after: false },
  ];

  it('accepts a return that fits, counting places given back first', () => {
    expect(capacityErrors(changes, 10, 8)).toEqual([]);
    expect(placesDelta(changes)).toBe(2);
  });

  it('names each row that finds no place left', () => {
    const tooMany = [...changes, { row: 7, before: false, after: true }];
    expect(placesDelta(tooMany)).toBe(3);
    expect(capacityErrors(tooMany, 10, 8)).toEqual([
      {
        row: 7,
        field: 'furthestStage',
        message:
          'no place left for this learner: the cohort has 10 places and this return would need 11 (8 taken before it)',
      },
    ]);
    expect(capacityErrors(tooMany, 10, 10).map((error) => error.row)).toEqual([1, 3, 7]);
  });
});

describe('reportedRecord', () => {
  const anchor = new Date('2026-03-10T12:00:00Z');

  it('dates every stage to the enquiry, COMPLETED to the completion, and bands the age on the enquiry day', () => {
    const record = reportedRecord(
      row({
        furthestStage: ReportedStage.COMPLETED,
        enquiredOn: '2025-07-01',
        completionDate: '2025-12-19',
        dateOfBirth: '2000-07-02', // 24 on 2025-07-01, 25 the day after
        wardCode: PICCADILLY,
        ethnicity: Ethnicity.ASIAN_PAKISTANI,
        outcomeType: OutcomeType.NEW_JOB,
        outcomeStartDate: '2026-01-05',
        salaryPence: 2_600_000,
      }),
      COHORT_START,
      anchor,
    );
    const july = new Date('2025-07-01T00:00:00Z');
    expect(record).toEqual({
      status: EnrolmentStatus.COMPLETED,
      completionDate: '2025-12-19',
      qualificationsAchieved: [],
      createdAt: july,
      snapshot: {
        ethnicity: Ethnicity.ASIAN_PAKISTANI,
        gender: null,
        trans: null,
        disability: null,
        ageBand: '19-24',
        ward: PICCADILLY,
        employmentStatus: null,
      },
      history: [
        { status: 'ENQUIRED', at: july },
        { status: 'APPLIED', at: july },
        { status: 'OFFERED', at: july },
        { status: 'ENROLLED', at: july },
        { status: 'COMPLETED', at: new Date('2025-12-19T00:00:00Z') },
      ],
      outcome: { type: OutcomeType.NEW_JOB, startDate: '2026-01-05', salaryPence: 2_600_000, hoursPerWeek: null },
    });
  });

  it('without an enquiry date uses the anchor, never later than the completion, and the cohort start for the age', () => {
    const record = reportedRecord(
      row({ furthestStage: ReportedStage.COMPLETED, completionDate: '2025-12-19', dateOfBirth: '2007-09-02' }),
      COHORT_START,
      anchor,
    );
    const december = new Date('2025-12-19T00:00:00Z');
    expect(record.createdAt).toEqual(anchor);
    expect(record.history.map((entry) => entry.at)).toEqual([december, december, december, december, december]);
    expect(record.snapshot.ageBand).toBe('16-18'); // 17 on 2025-09-01, 18 the day after
  });

  it('ends a withdrawn learner with WITHDRAWN after the stage they reached', () => {
    const record = reportedRecord(
      row({ furthestStage: ReportedStage.APPLIED, withdrawn: true, enquiredOn: '2025-05-01' }),
      COHORT_START,
      anchor,
    );
    const may = new Date('2025-05-01T00:00:00Z');
    expect(record.status).toBe(EnrolmentStatus.WITHDRAWN);
    expect(record.history).toEqual([
      { status: 'ENQUIRED', at: may },
      { status: 'APPLIED', at: may },
      { status: 'WITHDRAWN', at: may },
    ]);
    expect(record.outcome).toBeNull();
  });
});

describe('recordChanges', () => {
  const reported = reportedRecord(
    row({
      furthestStage: ReportedStage.COMPLETED,
      enquiredOn: '2025-07-01',
      completionDate: '2025-12-19',
      gender: Gender.NON_BINARY,
      outcomeType: OutcomeType.SELF_EMPLOYMENT,
      outcomeStartDate: '2026-01-05',
      hoursPerWeek: 22.3,
    }),
    COHORT_START,
    new Date(),
  );
  const stored: StoredRecord = {
    status: reported.status,
    completionDate: reported.completionDate,
    qualificationsAchieved: [],
    createdAt: new Date('2025-07-01T00:00:00Z'),
    snapshot: { ...reported.snapshot },
    history: reported.history.map((entry) => ({ ...entry, at: new Date(entry.at) })),
    outcomes: [
      {
        type: OutcomeType.SELF_EMPLOYMENT,
        startDate: '2026-01-05',
        salaryPence: null,
        hoursPerWeek: Math.fround(22.3),
      },
    ],
  };

  it('finds nothing to write when the stored record is what the row says', () => {
    expect(changesAnything(recordChanges(stored, reported))).toBe(false);
  });

  it('says which parts differ', () => {
    expect(recordChanges({ ...stored, snapshot: { ...stored.snapshot, gender: Gender.WOMAN } }, reported)).toEqual({
      enrolment: false,
      snapshot: true,
      history: false,
      outcome: false,
      dropOutcomes: false,
    });
    const enrolled = reportedRecord(
      row({ furthestStage: ReportedStage.ENROLLED, enquiredOn: '2025-07-01', gender: Gender.NON_BINARY }),
      COHORT_START,
      new Date(),
    );
    expect(recordChanges(stored, enrolled)).toEqual({
      enrolment: true,
      snapshot: false,
      history: true,
      outcome: false,
      dropOutcomes: true,
    });
    expect(recordChanges({ ...stored, outcomes: [] }, reported).outcome).toBe(true);
  });
});
