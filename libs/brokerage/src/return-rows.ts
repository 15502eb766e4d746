import { OutcomeType } from './brokerage.enums';
import { implausibleSalary } from './pay-plausibility';

/**
 * One problem with one row of a return: the row (its index from 0 while the rules run; as the caller numbers its rows
 * in the answer, `ReturnOptions.rowNumbers`), the input field and what is wrong with it.
 */
export interface RowError {
  row: number;
  field: string;
  message: string;
}

/**
 * What a cohort return did (API.md "Outcomes"): every row is accepted and counted once as created, updated or
 * unchanged, or, when any row is bad, nothing is accepted and `errors` lists every bad row.
 */
export interface ReturnResult {
  accepted: number;
  created: number;
  updated: number;
  unchanged: number;
  errors: RowError[];
}

export type RowResult = 'created' | 'updated' | 'unchanged';

/** How a caller sends a return. */
export interface ReturnOptions {
  /** The number each row has where it came from (a CSV's spreadsheet row); the index from 0 when not given. */
  rowNumbers?: readonly number[];
  /**
   * Run every rule and write nothing: the caller refuses the return for problems of its own (a CSV's header or cell
   * counts) and lists the rows' problems beside them, so the provider sees every error at once.
   */
  checkOnly?: boolean;
}

/** The rules' errors, numbered as the caller numbers its rows. */
export function numberedErrors(errors: readonly RowError[], rowNumbers?: readonly number[]): RowError[] {
  return errors.map((error) => ({ ...error, row: rowNumbers?.[error.row] ?? error.row }));
}

export function rejectedReturn(errors: RowError[]): ReturnResult {
  const sorted = [...errors].sort((a, b) => a.row - b.row);
  return { accepted: 0, created: 0, updated: 0, unchanged: 0, errors: sorted };
}

export function acceptedReturn(results: readonly RowResult[]): ReturnResult {
  const count = (kind: RowResult) => results.filter((result) => result === kind).length;
  return {
    accepted: results.length,
    created: count('created'),
    updated: count('updated'),
    unchanged: count('unchanged'),
    errors: [],
  };
}

/** The outcome columns shared by the two returns: at most one outcome per row. */
export interface OutcomeFields {
  outcomeType?: OutcomeType | null;
  outcomeStartDate?: string | null;
  salaryPence?: number | null;
  hoursPerWeek?: number | null;
}

/** What a return's rows are checked against: Manchester's calendar day and the cohort's start. */
export interface ReturnContext {
  today: string;
  cohortStart: string;
  /** How the caller numbers its rows, for messages that point at another row (ReturnOptions.rowNumbers). */
  rowNumbers?: readonly number[];
}

export const LEARNER_REF_MAX_LENGTH = 64;
export const MAX_SALARY_PENCE = 100_000_000;
export const MIN_HOURS_PER_WEEK = 1;
export const MAX_HOURS_PER_WEEK = 60;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD (2026-02-30 is not one). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

/** The instant a calendar day starts, as stored for dates that stand for a moment (history, createdAt). */
export function startOfDay(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

export const given = <T>(value: T | null | undefined): value is T => value !== null && value !== undefined;

/** Collects the problems of one row. */
export class RowProblems {
  readonly errors: RowError[] = [];

  constructor(private readonly row: number) {}

  add(field: string, message: string): void {
    this.errors.push({ row: this.row, field, message });
  }

  has(field: string): boolean {
    return this.errors.some((error) => error.field === field);
  }
}

/**
 * A learnerRef is present, at most 64 characters, and not repeated in the return (the repeat is the error: the
 * first occurrence stands). `firstRow` remembers where each ref was first seen.
 */
export function checkLearnerRef(
  problems: RowProblems,
  learnerRef: unknown,
  row: number,
  firstRow: Map<string, number>,
  rowNumbers?: readonly number[],
): string | null {
  const ref = typeof learnerRef === 'string' ? learnerRef.trim() : '';
  if (!ref) {
    problems.add('learnerRef', 'learnerRef is required');
    return null;
  }
  if (ref.length > LEARNER_REF_MAX_LENGTH) {
    problems.add('learnerRef', `learnerRef must be at most ${LEARNER_REF_MAX_LENGTH} characters`);
    return null;
  }
  const first = firstRow.get(ref);
  if (first !== undefined) {
    const shown = rowNumbers?.[first] ?? first;
    problems.add('learnerRef', `learnerRef ${ref} appears more than once in this return (first in row ${shown})`);
    return null;
  }
  firstRow.set(ref, row);
  return ref;
}

/**
 * METRICS.md "Whose records count": a provider-reported date (an enquiry, a completion, an outcome) is not before
 * 2015, when the statistics this platform lines up with begin; earlier dates are typing mistakes.
 */
export const EARLIEST_REPORTED_DATE = '2015-01-01';

/**
 * A date field, when given, is a real date, not after today and, when `earliest` is given, not before it. Returns the
 * date when it is usable.
 */
export function checkPastDate(
  problems: RowProblems,
  field: string,
  value: string | null | undefined,
  today: string,
  earliest?: string,
): string | null {
  if (!given(value)) return null;
  if (!isCalendarDate(value)) {
    problems.add(field, `${field} must be a calendar date written YYYY-MM-DD`);
    return null;
  }
  if (value > today) {
    problems.add(field, `${field} must not be in the future`);
    return null;
  }
  if (earliest && value < earliest) {
    problems.add(field, `${field} must not be before ${earliest}`);
    return null;
  }
  return value;
}

/** A provider-reported date: a real date from EARLIEST_REPORTED_DATE to today. */
export function checkReportedDate(
  problems: RowProblems,
  field: string,
  value: string | null | undefined,
  today: string,
): string | null {
  return checkPastDate(problems, field, value, today, EARLIEST_REPORTED_DATE);
}

/** Qualifications achieved: non-empty names of up to 200 characters, at most 20 of them. */
export function checkQualifications(problems: RowProblems, value: readonly string[] | null | undefined): void {
  if (!given(value)) return;
  if (value.length > 20) problems.add('qualificationsAchieved', 'qualificationsAchieved may list at most 20');
  if (value.some((name) => typeof name !== 'string' || !name.trim() || name.length > 200)) {
    problems.add('qualificationsAchieved', 'each qualification must be 1 to 200 characters');
  }
}

/**
 * The outcome columns of a row (API.md "Outcomes", "Validation"): only for a learner who completed; a type and a
 * start date together; the start not in the future nor before the cohort started; salary ≥ 0 pence; hours 1..60.
 */
export function checkOutcomeFields(
  problems: RowProblems,
  row: OutcomeFields,
  completed: boolean,
  context: ReturnContext,
): void {
  const present = (['outcomeType', 'outcomeStartDate', 'salaryPence', 'hoursPerWeek'] as const).filter((field) =>
    given(row[field]),
  );
  if (present.length === 0) return;
  if (!completed) {
    problems.add(present[0], 'an outcome can only be reported for a learner who completed');
    return;
  }
  if (given(row.outcomeType) && !Object.values(OutcomeType).includes(row.outcomeType)) {
    problems.add('outcomeType', `outcomeType must be one of ${Object.values(OutcomeType).join(', ')}`);
  }
  if (!given(row.outcomeType)) problems.add('outcomeType', 'outcomeType is needed to report an outcome');
  if (!given(row.outcomeStartDate)) {
    problems.add('outcomeStartDate', 'outcomeStartDate is needed to report an outcome');
  } else {
    const start = checkReportedDate(problems, 'outcomeStartDate', row.outcomeStartDate, context.today);
    if (start && start < context.cohortStart) {
      problems.add(
        'outcomeStartDate',
        `outcomeStartDate must not be before the cohort started (${context.cohortStart})`,
      );
    }
  }
  const start = isCalendarDate(row.outcomeStartDate) ? row.outcomeStartDate : context.today;
  checkPay(problems, row, 'salaryPence', 'hoursPerWeek', start);
}

/**
 * Salary and hours of an outcome, named as the caller's fields are: a whole number of pence, hours 1..60, and a
 * salary whose hourly equivalent is plausible on the outcome's start date (`implausibleSalary`).
 */
export function checkPay(
  problems: RowProblems,
  row: { salaryPence?: number | null; hoursPerWeek?: number | null },
  salaryField: string,
  hoursField: string,
  onDate: string,
): void {
  const { salaryPence, hoursPerWeek } = row;
  const salaryOk = Number.isInteger(salaryPence) && salaryPence! >= 0 && salaryPence! <= MAX_SALARY_PENCE;
  if (given(salaryPence) && !salaryOk) {
    problems.add(salaryField, `${salaryField} must be a whole number of pence from 0 to ${MAX_SALARY_PENCE}`);
  }
  const hoursOk =
    typeof hoursPerWeek === 'number' &&
    Number.isFinite(hoursPerWeek) &&
    hoursPerWeek >= MIN_HOURS_PER_WEEK &&
    hoursPerWeek <= MAX_HOURS_PER_WEEK;
  if (given(hoursPerWeek) && !hoursOk) {
    problems.add(hoursField, `${hoursField} must be ${MIN_HOURS_PER_WEEK} to ${MAX_HOURS_PER_WEEK}`);
  }
  if (salaryOk && (hoursOk || !given(hoursPerWeek))) {
    const problem = implausibleSalary(salaryField, salaryPence!, hoursOk ? hoursPerWeek : null, onDate);
    if (problem) problems.add(salaryField, problem);
  }
}

/** Same hours as stored in a `real` column (single precision), so 37.3 read back still equals 37.3 sent. */
export function sameHours(a: number | null | undefined, b: number | null | undefined): boolean {
  if (!given(a) || !given(b)) return !given(a) && !given(b);
  return Math.fround(a) === Math.fround(b);
}

export function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}
