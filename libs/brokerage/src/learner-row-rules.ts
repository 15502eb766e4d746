import { EmploymentStatus } from '@app/catalogue';
import { ageOn } from '@app/matching';
import { isManchesterWardCode } from '@app/reference';
import { Ethnicity, Gender, YesNoPreferNot } from '@app/residents';
import { EnrolmentStatus, OutcomeType, ReportedStage } from './brokerage.enums';
import { DemographicSnapshot, OUTSIDE_MANCHESTER, snapshotOf } from './demographics';
import {
  checkLearnerRef,
  checkOutcomeFields,
  checkPastDate,
  checkQualifications,
  checkReportedDate,
  given,
  OutcomeFields,
  ReturnContext,
  RowError,
  RowProblems,
  sameHours,
  sameList,
  startOfDay,
} from './return-rows';

/**
 * One row of `reportCohortLearners` (API.md "Outcomes"): a learner the provider reports on one of its cohorts, with
 * the furthest stage they reached, their demographics when they enquired, and their completion and outcome.
 */
export interface CohortLearnerRow extends OutcomeFields {
  learnerRef: string;
  furthestStage: ReportedStage;
  withdrawn?: boolean | null;
  enquiredOn?: string | null;
  dateOfBirth?: string | null;
  wardCode?: string | null;
  employmentStatus?: EmploymentStatus | null;
  ethnicity?: Ethnicity | null;
  gender?: Gender | null;
  trans?: YesNoPreferNot | null;
  disability?: YesNoPreferNot | null;
  completionDate?: string | null;
  qualificationsAchieved?: string[] | null;
}

/** A learnerRef of the provider's that is already taken: by a platform learner, or reported on some cohort. */
export interface TakenLearnerRef {
  cohortId: string;
  reportedByProvider: boolean;
}

export interface LearnerRowsContext extends ReturnContext {
  cohortId: string;
  /** The provider's enrolments with the return's learnerRefs, by learnerRef. */
  taken: ReadonlyMap<string, TakenLearnerRef>;
}

/** The stages of the programme-side funnel a return may report, in order. */
export const REPORTED_STAGES: readonly ReportedStage[] = [
  ReportedStage.ENQUIRED,
  ReportedStage.APPLIED,
  ReportedStage.OFFERED,
  ReportedStage.ENROLLED,
  ReportedStage.COMPLETED,
];

const MIN_AGE = 14;
const MAX_AGE = 100;

function oneOf<T extends string>(values: Record<string, T>, value: unknown): value is T {
  return (Object.values(values) as unknown[]).includes(value);
}

/**
 * Every problem of every row: a learnerRef given once and not taken by a platform learner or by a learner reported on
 * another cohort; a stage from ENQUIRED to COMPLETED; a completion date exactly when COMPLETED (not before the cohort
 * started), which cannot also be withdrawn; dates not in the future, enquiry not after completion; an age of 14 to
 * 100 on the day the record stands for; a Manchester ward code or OUTSIDE_MANCHESTER; known categories; outcome
 * columns only for a completer (`checkOutcomeFields`). Capacity is checked separately (`capacityErrors`).
 */
export function checkLearnerRows(rows: readonly CohortLearnerRow[], context: LearnerRowsContext): RowError[] {
  const firstRow = new Map<string, number>();
  return rows.flatMap((row, index) => {
    const problems = new RowProblems(index);
    const ref = checkLearnerRef(problems, row.learnerRef, index, firstRow, context.rowNumbers);
    const taken = ref === null ? undefined : context.taken.get(ref);
    if (taken && !taken.reportedByProvider) {
      problems.add(
        'learnerRef',
        `learnerRef ${ref} belongs to a learner who came through the platform: report them with reportCohortOutcomes`,
      );
    } else if (taken && taken.cohortId !== context.cohortId) {
      problems.add('learnerRef', `learnerRef ${ref} is already used by a learner reported on another of your cohorts`);
    }

    const stageKnown = oneOf(ReportedStage, row.furthestStage);
    if (!stageKnown) problems.add('furthestStage', `furthestStage must be one of ${REPORTED_STAGES.join(', ')}`);
    const completed = row.furthestStage === ReportedStage.COMPLETED;
    if (given(row.withdrawn) && typeof row.withdrawn !== 'boolean') {
      problems.add('withdrawn', 'withdrawn must be true or false');
    } else if (completed && row.withdrawn) {
      problems.add('withdrawn', 'a learner who completed cannot also be withdrawn');
    }

    const enquiredOn = checkReportedDate(problems, 'enquiredOn', row.enquiredOn, context.today);
    const completionDate = checkReportedDate(problems, 'completionDate', row.completionDate, context.today);
    if (stageKnown && completed && !given(row.completionDate)) {
      problems.add('completionDate', 'completionDate is needed when furthestStage is COMPLETED');
    }
    if (stageKnown && !completed && given(row.completionDate)) {
      problems.add('completionDate', 'completionDate is only for a learner whose furthestStage is COMPLETED');
    }
    if (completionDate && completionDate < context.cohortStart) {
      problems.add('completionDate', `completionDate must not be before the cohort started (${context.cohortStart})`);
    }
    if (enquiredOn && completionDate && enquiredOn > completionDate) {
      problems.add('enquiredOn', 'enquiredOn must be on or before completionDate');
    }
    if (stageKnown && !completed && row.qualificationsAchieved?.length) {
      problems.add('qualificationsAchieved', 'qualificationsAchieved is only for a learner who completed');
    }
    checkQualifications(problems, row.qualificationsAchieved);

    const dateOfBirth = checkPastDate(problems, 'dateOfBirth', row.dateOfBirth, context.today);
    if (dateOfBirth) {
      const day = enquiredOn ?? context.cohortStart;
      const age = ageOn(dateOfBirth, day);
      if (age < MIN_AGE || age > MAX_AGE) {
        problems.add('dateOfBirth', `dateOfBirth must give an age of ${MIN_AGE} to ${MAX_AGE} on ${day}`);
      }
    }
    if (given(row.wardCode) && !(row.wardCode === OUTSIDE_MANCHESTER || isManchesterWardCode(row.wardCode))) {
      problems.add('wardCode', `wardCode must be one of the 32 Manchester ward codes or ${OUTSIDE_MANCHESTER}`);
    }
    const categories: [keyof CohortLearnerRow, Record<string, string>][] = [
      ['employmentStatus', EmploymentStatus],
      ['ethnicity', Ethnicity],
      ['gender', Gender],
      ['trans', YesNoPreferNot],
      ['disability', YesNoPreferNot],
    ];
    for (const [field, values] of categories) {
      if (given(row[field]) && !oneOf(values, row[field])) {
        problems.add(field, `${field} must be one of ${Object.values(values).join(', ')}`);
      }
    }
    checkOutcomeFields(problems, row, completed, context);
    return problems.errors;
  });
}

/** API.md: a record takes a place in the cohort when it is ENROLLED or COMPLETED (a withdrawal gives it back). */
export function takesPlace(status: EnrolmentStatus | null): boolean {
  return status === EnrolmentStatus.ENROLLED || status === EnrolmentStatus.COMPLETED;
}

/** Whether each row's record takes a place before and after the return. */
export interface PlaceChange {
  row: number;
  before: boolean;
  after: boolean;
}

/**
 * A return that would take more places than the cohort has is rejected whole: places the return gives back count
 * first, then the rows that take a new place, in row order; each that finds none left is an error.
 */
export function capacityErrors(changes: readonly PlaceChange[], capacity: number, placesTaken: number): RowError[] {
  const freed = changes.filter((change) => change.before && !change.after).length;
  const taking = changes.filter((change) => change.after && !change.before);
  const available = capacity - placesTaken + freed;
  if (taking.length <= available) return [];
  const needed = placesTaken - freed + taking.length;
  return taking.slice(Math.max(0, available)).map((change) => ({
    row: change.row,
    field: 'furthestStage',
    message:
      `no place left for this learner: the cohort has ${capacity} places and this return would need ${needed} ` +
      `(${placesTaken} taken before it)`,
  }));
}

/** Net change in places taken. */
export function placesDelta(changes: readonly PlaceChange[]): number {
  return changes.reduce((sum, change) => sum + Number(change.after) - Number(change.before), 0);
}

export interface HistoryEntry {
  status: string;
  at: Date;
}

export interface ReportedOutcome {
  type: OutcomeType;
  startDate: string;
  salaryPence: number | null;
  hoursPerWeek: number | null;
}

/** The provider-reported enrolment a valid row stands for. */
export interface ReportedRecord {
  status: EnrolmentStatus;
  completionDate: string | null;
  qualificationsAchieved: string[];
  /** When the record was made: the enquiry day when given, else the caller's anchor. */
  createdAt: Date;
  snapshot: DemographicSnapshot;
  history: HistoryEntry[];
  outcome: ReportedOutcome | null;
}

/**
 * The record a valid row describes. Its history has one entry per stage up to `furthestStage`, then WITHDRAWN when
 * withdrawn; COMPLETED is dated to the completion day, every other stage to the enquiry day, and, when the return
 * does not say when the learner enquired, to `anchor` (the existing record's creation, or the moment of a new one's
 * import; never after the completion day). The snapshot holds the row's demographics, the age band taken on the
 * enquiry day, or the cohort's start when that is not given.
 */
export function reportedRecord(row: CohortLearnerRow, cohortStart: string, anchor: Date): ReportedRecord {
  const createdAt = row.enquiredOn ? startOfDay(row.enquiredOn) : anchor;
  const completedAt = row.completionDate ? startOfDay(row.completionDate) : null;
  const earlyAt = completedAt && completedAt < createdAt ? completedAt : createdAt;
  const reached = REPORTED_STAGES.slice(0, REPORTED_STAGES.indexOf(row.furthestStage) + 1);
  const history: HistoryEntry[] = reached.map((stage) => ({
    status: stage,
    at: stage === ReportedStage.COMPLETED ? completedAt! : earlyAt,
  }));
  if (row.withdrawn) history.push({ status: EnrolmentStatus.WITHDRAWN, at: createdAt });
  const completed = row.furthestStage === ReportedStage.COMPLETED;
  return {
    status: row.withdrawn ? EnrolmentStatus.WITHDRAWN : (row.furthestStage as unknown as EnrolmentStatus),
    completionDate: completed ? row.completionDate! : null,
    qualificationsAchieved: completed ? (row.qualificationsAchieved ?? []) : [],
    createdAt,
    snapshot: snapshotOf(
      {
        ethnicity: row.ethnicity ?? null,
        gender: row.gender ?? null,
        trans: row.trans ?? null,
        disability: row.disability ?? null,
        dateOfBirth: row.dateOfBirth ?? null,
        wardCode: row.wardCode ?? null,
        employmentStatus: row.employmentStatus ?? null,
      },
      row.enquiredOn ?? cohortStart,
    ),
    history,
    outcome:
      completed && given(row.outcomeType) && given(row.outcomeStartDate)
        ? {
            type: row.outcomeType,
            startDate: row.outcomeStartDate,
            salaryPence: row.salaryPence ?? null,
            hoursPerWeek: row.hoursPerWeek ?? null,
          }
        : null,
  };
}

/** A provider-reported enrolment as stored, with its history (in the order written) and outcomes. */
export interface StoredRecord {
  status: EnrolmentStatus;
  completionDate: string | null;
  qualificationsAchieved: string[];
  createdAt: Date;
  snapshot: DemographicSnapshot;
  history: HistoryEntry[];
  outcomes: (ReportedOutcome & { startDate: string })[];
}

/** What must be written to make a stored record what its row now says; all false means the row is unchanged. */
export interface RecordChanges {
  enrolment: boolean;
  snapshot: boolean;
  history: boolean;
  /** The row's outcome is new or its salary or hours differ. */
  outcome: boolean;
  /** The record is no longer COMPLETED, so the outcomes it had go. */
  dropOutcomes: boolean;
}

export function recordChanges(stored: StoredRecord, reported: ReportedRecord): RecordChanges {
  const snapshotKeys = Object.keys(reported.snapshot) as (keyof DemographicSnapshot)[];
  const storedOutcome = reported.outcome
    ? stored.outcomes.find((o) => o.type === reported.outcome!.type && o.startDate === reported.outcome!.startDate)
    : undefined;
  return {
    enrolment:
      stored.status !== reported.status ||
      stored.completionDate !== reported.completionDate ||
      !sameList(stored.qualificationsAchieved, reported.qualificationsAchieved) ||
      stored.createdAt.getTime() !== reported.createdAt.getTime(),
    snapshot: snapshotKeys.some((key) => (stored.snapshot[key] ?? null) !== (reported.snapshot[key] ?? null)),
    history:
      stored.history.length !== reported.history.length ||
      stored.history.some(
        (entry, index) =>
          entry.status !== reported.history[index].status ||
          entry.at.getTime() !== reported.history[index].at.getTime(),
      ),
    outcome:
      reported.outcome !== null &&
      !(
        storedOutcome &&
        storedOutcome.salaryPence === reported.outcome.salaryPence &&
        sameHours(storedOutcome.hoursPerWeek, reported.outcome.hoursPerWeek)
      ),
    dropOutcomes: reported.status !== EnrolmentStatus.COMPLETED && stored.outcomes.length > 0,
  };
}

export const changesAnything = (changes: RecordChanges): boolean => Object.values(changes).some(Boolean);
