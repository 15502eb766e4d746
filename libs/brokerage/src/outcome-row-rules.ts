import { FieldError } from '@app/errors';
import { EnrolmentStatus, OutcomeType } from './brokerage.enums';
import {
  checkLearnerRef,
  checkOutcomeFields,
  checkPay,
  checkReportedDate,
  checkQualifications,
  given,
  OutcomeFields,
  ReturnContext,
  RowError,
  RowProblems,
  RowResult,
  sameHours,
  sameList,
} from './return-rows';

/** One row of `reportCohortOutcomes`: what became of a learner the platform carried, by their learnerRef. */
export interface CohortOutcomeRow extends OutcomeFields {
  learnerRef: string;
  completed: boolean;
  completionDate?: string | null;
  qualificationsAchieved?: string[] | null;
}

/** The enrolment of this cohort that a row's learnerRef names, as the rows are checked against it. */
export interface OutcomeRowTarget {
  id: string;
  status: EnrolmentStatus;
  residentId: string | null;
  completionDate: string | null;
  qualificationsAchieved: string[];
}

export interface OutcomeRowsContext extends ReturnContext {
  /** The cohort's enrolments by learnerRef. */
  enrolments: ReadonlyMap<string, OutcomeRowTarget>;
}

/**
 * Every problem of every row (API.md "Outcomes"): the learnerRef names a learner of this cohort, once per return; a
 * completed learner has a completion date (not in the future, not before the cohort started) and was ENROLLED or is
 * COMPLETED already; a learner who did not complete is ENROLLED (or WITHDRAWN already) and has no completion date,
 * qualifications or outcome; outcome columns as `checkOutcomeFields`.
 */
export function checkOutcomeRows(rows: readonly CohortOutcomeRow[], context: OutcomeRowsContext): RowError[] {
  const firstRow = new Map<string, number>();
  return rows.flatMap((row, index) => {
    const problems = new RowProblems(index);
    const ref = checkLearnerRef(problems, row.learnerRef, index, firstRow, context.rowNumbers);
    const target = ref === null ? undefined : context.enrolments.get(ref);
    if (ref !== null && !target) problems.add('learnerRef', `no learner with learnerRef ${ref} in this cohort`);
    if (typeof row.completed !== 'boolean') {
      problems.add('completed', 'completed must be true or false');
      return problems.errors;
    }
    if (target) {
      const problem = row.completed ? cannotComplete(target.status) : cannotWithdraw(target.status);
      if (problem) problems.add('completed', problem);
    }
    if (row.completed) {
      if (!given(row.completionDate)) problems.add('completionDate', 'completionDate is needed when completed is true');
      const date = checkReportedDate(problems, 'completionDate', row.completionDate, context.today);
      if (date && date < context.cohortStart) {
        problems.add('completionDate', `completionDate must not be before the cohort started (${context.cohortStart})`);
      }
      checkQualifications(problems, row.qualificationsAchieved);
    } else {
      if (given(row.completionDate)) {
        problems.add('completionDate', 'completionDate is only for a learner who completed');
      }
      if (row.qualificationsAchieved?.length) {
        problems.add('qualificationsAchieved', 'qualificationsAchieved is only for a learner who completed');
      }
    }
    checkOutcomeFields(problems, row, row.completed, context);
    return problems.errors;
  });
}

function cannotComplete(status: EnrolmentStatus): string | null {
  if (status === EnrolmentStatus.ENROLLED || status === EnrolmentStatus.COMPLETED) return null;
  return `this learner is ${status}: only an ENROLLED or COMPLETED learner can be reported as completed`;
}

function cannotWithdraw(status: EnrolmentStatus): string | null {
  if (status === EnrolmentStatus.ENROLLED || status === EnrolmentStatus.WITHDRAWN) return null;
  return `this learner is ${status}: only an ENROLLED learner can be reported as not completed`;
}

/** An outcome already recorded for the enrolment with the row's type and start date. */
export interface StoredOutcome {
  salaryPence: number | null;
  hoursPerWeek: number | null;
}

/** What one valid row changes. */
export interface OutcomeRowPlan {
  /** The status the enrolment moves to, or null when it stays. */
  moveTo: EnrolmentStatus.COMPLETED | EnrolmentStatus.WITHDRAWN | null;
  /** The completion date and qualifications to store, or null when they stay as they are. */
  completion: { completionDate: string; qualificationsAchieved: string[] } | null;
  /** The outcome to create or update, or null when there is none or it is stored already as given. */
  outcome: {
    type: OutcomeType;
    startDate: string;
    salaryPence: number | null;
    hoursPerWeek: number | null;
  } | null;
  result: RowResult;
}

/**
 * What a valid row does to its enrolment. ENROLLED → COMPLETED (with the completion date and qualifications) or
 * ENROLLED → WITHDRAWN; a COMPLETED learner's completion date or qualifications are corrected when they differ. The
 * row's outcome is created, or updated when its salary or hours differ. The row counts as created when it created an
 * outcome, updated when it changed anything else, unchanged when it changed nothing.
 */
export function planOutcomeRow(
  row: CohortOutcomeRow,
  target: OutcomeRowTarget,
  stored: StoredOutcome | undefined,
): OutcomeRowPlan {
  const plan: OutcomeRowPlan = { moveTo: null, completion: null, outcome: null, result: 'unchanged' };
  if (!row.completed) {
    if (target.status === EnrolmentStatus.ENROLLED) plan.moveTo = EnrolmentStatus.WITHDRAWN;
  } else {
    const completion = {
      completionDate: row.completionDate!,
      qualificationsAchieved: row.qualificationsAchieved ?? [],
    };
    if (target.status === EnrolmentStatus.ENROLLED) plan.moveTo = EnrolmentStatus.COMPLETED;
    if (
      plan.moveTo ||
      target.completionDate !== completion.completionDate ||
      !sameList(target.qualificationsAchieved, completion.qualificationsAchieved)
    ) {
      plan.completion = completion;
    }
    if (given(row.outcomeType) && given(row.outcomeStartDate)) {
      const outcome = {
        type: row.outcomeType,
        startDate: row.outcomeStartDate,
        salaryPence: row.salaryPence ?? null,
        hoursPerWeek: row.hoursPerWeek ?? null,
      };
      const same =
        stored && stored.salaryPence === outcome.salaryPence && sameHours(stored.hoursPerWeek, outcome.hoursPerWeek);
      if (!same) plan.outcome = outcome;
      if (!stored) plan.result = 'created';
    }
  }
  if (plan.result === 'unchanged' && (plan.moveTo || plan.completion || plan.outcome)) plan.result = 'updated';
  return plan;
}

/** `reportOutcome`'s input. */
export interface OutcomeInput {
  enrolmentId: string;
  type: OutcomeType;
  startDate: string;
  salaryPence?: number | null;
  hoursPerWeek?: number | null;
}

/**
 * The field problems of a single outcome, named by their path (`input.startDate`): a start date not in the future
 * and not before the cohort started, salary ≥ 0 pence, hours 1..60.
 */
export function checkOutcomeInput(input: OutcomeInput, context: ReturnContext): FieldError[] {
  const problems = new RowProblems(0);
  if (!Object.values(OutcomeType).includes(input.type)) {
    problems.add('input.type', `type must be one of ${Object.values(OutcomeType).join(', ')}`);
  }
  const start = checkReportedDate(problems, 'input.startDate', input.startDate, context.today);
  if (!given(input.startDate)) problems.add('input.startDate', 'startDate is required');
  if (start && start < context.cohortStart) {
    problems.add('input.startDate', `startDate must not be before the cohort started (${context.cohortStart})`);
  }
  checkPay(problems, input, 'input.salaryPence', 'input.hoursPerWeek', start ?? context.today);
  return problems.errors.map((error) => ({
    path: error.field,
    message: error.message.replace(/^input\./, ''),
  }));
}
