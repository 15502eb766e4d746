import { CsvError, parse } from 'csv-parse/sync';
import { FieldError } from '@app/errors';

/**
 * Cohort returns as CSV (API.md "Transport"): a header row with the GraphQL input's field names in snake_case, one
 * learner per row, list values separated by `;`. Parsing is RFC 4180 (csv-parse): quoted fields, doubled quotes,
 * line breaks inside quotes, CRLF, LF or CR line ends, an optional UTF-8 BOM. Blank lines and rows whose every cell is
 * empty are skipped; row numbers count the remaining data rows from 0, as RowError.row does.
 *
 * Cells become the values GraphQL would have carried: an empty cell is an absent field; numbers and booleans are
 * converted when they read as such and otherwise left as text, so the input classes' validation names them.
 */

export type CsvCell = 'text' | 'boolean' | 'integer' | 'number' | 'date' | 'enum' | 'list';

/** The columns of each return, by GraphQL field name. */
export const OUTCOME_RETURN_COLUMNS: Readonly<Record<string, CsvCell>> = {
  learnerRef: 'text',
  completed: 'boolean',
  completionDate: 'date',
  qualificationsAchieved: 'list',
  outcomeType: 'enum',
  outcomeStartDate: 'date',
  salaryPence: 'integer',
  hoursPerWeek: 'number',
};

export const LEARNER_RETURN_COLUMNS: Readonly<Record<string, CsvCell>> = {
  learnerRef: 'text',
  furthestStage: 'enum',
  withdrawn: 'boolean',
  enquiredOn: 'date',
  dateOfBirth: 'date',
  wardCode: 'text',
  employmentStatus: 'enum',
  ethnicity: 'enum',
  gender: 'enum',
  trans: 'enum',
  disability: 'enum',
  completionDate: 'date',
  qualificationsAchieved: 'list',
  outcomeType: 'enum',
  outcomeStartDate: 'date',
  salaryPence: 'integer',
  hoursPerWeek: 'number',
};

export const snakeCase = (field: string): string => field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/** A CSV that cannot be read at all: every problem found, each with where it is. */
export class UnreadableCsvError extends Error {
  constructor(readonly problems: FieldError[]) {
    super(`The CSV cannot be read: ${problems.map((problem) => problem.message).join('; ')}`);
  }
}

const TRUE = /^(true|yes|y|1)$/i;
const FALSE = /^(false|no|n|0)$/i;
const INTEGER = /^[+-]?\d+$/;
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

function cellValue(kind: CsvCell, raw: string): unknown {
  const value = raw.trim();
  if (kind === 'list') {
    return value
      .split(';')
      .map((item) => item.trim())
      .filter(Boolean);
  }
  if (value === '') return undefined;
  switch (kind) {
    case 'boolean':
      return TRUE.test(value) ? true : FALSE.test(value) ? false : value;
    case 'integer':
      return INTEGER.test(value) ? Number(value) : value;
    case 'number':
      return NUMBER.test(value) ? Number(value) : value;
    case 'enum':
      return value.toUpperCase();
    default:
      return value;
  }
}

/**
 * The rows of a return CSV as plain objects keyed by GraphQL field name. Throws UnreadableCsvError, listing every
 * problem, when the text is not CSV, the header names unknown, repeated or too few columns, or rows have a different
 * number of cells from the header.
 */
export function parseReturnCsv(
  text: string,
  columns: Readonly<Record<string, CsvCell>>,
  required: readonly string[],
): Record<string, unknown>[] {
  let records: { info: { lines: number }; record: string[] }[];
  try {
    records = parse(text, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      record_delimiter: ['\r\n', '\n', '\r'],
    }) as unknown as typeof records;
  } catch (error) {
    if (error instanceof CsvError) {
      throw new UnreadableCsvError([{ path: 'csv', message: `not valid CSV: ${error.message}` }]);
    }
    throw error;
  }
  if (records.length === 0) throw new UnreadableCsvError([{ path: 'csv', message: 'the CSV is empty' }]);

  const [{ record: header }, ...rows] = records;
  const byColumn = new Map(Object.keys(columns).map((field) => [snakeCase(field), field]));
  const fields = header.map((name) => byColumn.get(name.trim().toLowerCase()));
  const problems: FieldError[] = [];
  header.forEach((name, index) => {
    const column = name.trim().toLowerCase();
    if (!fields[index]) {
      problems.push({
        path: 'header',
        message: `unknown column "${name.trim()}" (columns: ${[...byColumn.keys()].join(', ')})`,
      });
    } else if (fields.indexOf(fields[index]) !== index) {
      problems.push({ path: 'header', message: `column ${column} appears more than once` });
    }
  });
  for (const field of required) {
    if (!fields.includes(field)) problems.push({ path: 'header', message: `column ${snakeCase(field)} is required` });
  }
  rows.forEach(({ info, record }, row) => {
    if (record.length !== header.length) {
      problems.push({
        path: `rows.${row}`,
        message: `row ${row} (line ${info.lines}) has ${record.length} cells; the header has ${header.length}`,
      });
    }
  });
  if (rows.length === 0) problems.push({ path: 'csv', message: 'the CSV has a header but no rows' });
  if (problems.length) throw new UnreadableCsvError(problems);

  return rows.map(({ record }) => {
    const values: Record<string, unknown> = {};
    record.forEach((cell, index) => {
      const field = fields[index]!;
      const value = cellValue(columns[field], cell);
      if (value !== undefined) values[field] = value;
    });
    return values;
  });
}

/**
 * Field errors from validating the parsed rows (`rows.3.salaryPence`), said in the CSV's own terms: the column's
 * snake_case name in the path and in the message.
 */
export function csvFieldErrors(
  errors: readonly FieldError[],
  columns: Readonly<Record<string, CsvCell>>,
): FieldError[] {
  const fields = Object.keys(columns).sort((a, b) => b.length - a.length);
  const toCsv = (text: string) =>
    fields.reduce((result, field) => result.replace(new RegExp(`\\b${field}\\b`, 'g'), snakeCase(field)), text);
  const seen = new Set<string>();
  return errors
    .map((error) => ({ path: toCsv(error.path), message: toCsv(error.message) }))
    .filter((error) => !seen.has(`${error.path}\n${error.message}`) && seen.add(`${error.path}\n${error.message}`));
}

/** "rows 0, 3 and 7" for a message, from field error paths. */
export function badRowsOf(errors: readonly FieldError[]): number[] {
  const rows = errors.map((error) => /^rows\.(\d+)/.exec(error.path)?.[1]).filter((row) => row !== undefined);
  return [...new Set(rows.map(Number))].sort((a, b) => a - b);
}
