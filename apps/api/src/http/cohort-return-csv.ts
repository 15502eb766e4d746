import { CsvError, parse } from 'csv-parse/sync';
import { RowError } from '@app/brokerage';
import { FieldError } from '@app/errors';

/**
 * Cohort returns as CSV (API.md "Transport"): a header row with the GraphQL input's field names in snake_case, one
 * learner per row, list values separated by `;`. Parsing is RFC 4180 (csv-parse): quoted fields, doubled quotes,
 * line breaks inside quotes, CRLF, LF or CR line ends, an optional UTF-8 BOM. Rows are numbered as a spreadsheet shows
 * them: the header is row 1, the first data row row 2, a blank line still takes a row (it is skipped, as is a row of
 * empty cells), and a quoted cell with line breaks stays in one row.
 *
 * Cells become the values GraphQL would have carried: an empty cell is an absent field; numbers and booleans are
 * converted when they read as such and otherwise left as text, so the row rules name them.
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

/**
 * A problem with the file or one of its rows, named as the file names things: `row` is the spreadsheet row (null for
 * the file as a whole), `field` the column (null when no one column is at fault).
 */
export interface CsvProblem {
  row: number | null;
  field: string | null;
  message: string;
}

/** A return file read as far as it can be: its data rows, the spreadsheet row of each, and the file's own problems. */
export interface ParsedReturn {
  rows: Record<string, unknown>[];
  rowNumbers: number[];
  problems: CsvProblem[];
  /** Required columns the header lacks (snake_case): each is one problem of row 1, not one on every row. */
  missingColumns: string[];
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
 * The data rows of a return CSV as plain objects keyed by GraphQL field name, with every problem of the file itself:
 * text that is not CSV, an empty file or one without rows, unknown, repeated or missing columns (row 1), rows with a
 * different number of cells from the header. A row with the wrong number of cells is left out of `rows` (its cells
 * cannot be told apart); an unknown or repeated column is left out of every row, so the other columns are still checked.
 */
export function parseReturnCsv(
  text: string,
  columns: Readonly<Record<string, CsvCell>>,
  required: readonly string[],
): ParsedReturn {
  let records: string[][];
  try {
    records = parse(text, { bom: true, relax_column_count: true, record_delimiter: ['\r\n', '\n', '\r'] });
  } catch (error) {
    if (error instanceof CsvError) return unreadable(`not valid CSV: ${error.message}`);
    throw error;
  }
  const isBlank = (record: string[]) => record.every((cell) => cell.trim() === '');
  if (records.length === 0 || isBlank(records[0]))
    return unreadable('the CSV is empty: its first row must name the columns');

  const [header, ...data] = records;
  const byColumn = new Map(Object.keys(columns).map((field) => [snakeCase(field), field]));
  const problems: CsvProblem[] = [];
  const fields = header.map((name, index) => {
    const column = name.trim().toLowerCase();
    const field = byColumn.get(column);
    if (!field) {
      problems.push({
        row: 1,
        field: name.trim(),
        message: `unknown column "${name.trim()}" (columns: ${[...byColumn.keys()].join(', ')})`,
      });
      return undefined;
    }
    if (header.slice(0, index).some((earlier) => earlier.trim().toLowerCase() === column)) {
      problems.push({ row: 1, field: column, message: `column ${column} appears more than once` });
      return undefined;
    }
    return field;
  });
  const missingColumns = required.filter((field) => !fields.includes(field)).map(snakeCase);
  for (const column of missingColumns)
    problems.push({ row: 1, field: column, message: `column ${column} is required` });

  const rows: Record<string, unknown>[] = [];
  const rowNumbers: number[] = [];
  data.forEach((record, index) => {
    const row = index + 2;
    if (isBlank(record)) return;
    if (record.length !== header.length) {
      problems.push({
        row,
        field: null,
        message: `row ${row} has ${record.length} cells; the header has ${header.length}`,
      });
      return;
    }
    const values: Record<string, unknown> = {};
    record.forEach((cell, column) => {
      const field = fields[column];
      if (!field) return;
      const value = cellValue(columns[field], cell);
      if (value !== undefined) values[field] = value;
    });
    rows.push(values);
    rowNumbers.push(row);
  });
  if (rows.length === 0 && !problems.some((problem) => problem.row !== null && problem.row > 1)) {
    problems.push({ row: null, field: null, message: 'the CSV has a header but no rows' });
  }
  return { rows, rowNumbers, problems, missingColumns };
}

function unreadable(message: string): ParsedReturn {
  return { rows: [], rowNumbers: [], problems: [{ row: null, field: null, message }], missingColumns: [] };
}

/**
 * Field errors about the parsed rows (`rows.3.learnerRef`, from what the API refuses in any argument) said as the
 * file says things: the spreadsheet row of data row 3, the column `learner_ref`.
 */
export function csvFieldProblems(
  errors: readonly FieldError[],
  rowNumbers: readonly number[],
  columns: Readonly<Record<string, CsvCell>>,
): CsvProblem[] {
  return errors.map(({ path, message }) => {
    const match = /^rows\.(\d+)\.(\w+)/.exec(path);
    if (!match) return { row: null, field: path, message };
    const field = match[2];
    const [named] = csvRowErrors([{ row: 0, field, message: message.split(match[0]).join(field) }], columns);
    return { ...named, row: rowNumbers[Number(match[1])] ?? null };
  });
}

/**
 * The row rules' errors (already numbered by spreadsheet row) said in the file's own terms: the column's snake_case
 * name as the field and in the message.
 */
export function csvRowErrors(errors: readonly RowError[], columns: Readonly<Record<string, CsvCell>>): CsvProblem[] {
  const fields = Object.keys(columns).sort((a, b) => b.length - a.length);
  const toCsv = (text: string) =>
    fields.reduce((result, field) => result.replace(new RegExp(`\\b${field}\\b`, 'g'), snakeCase(field)), text);
  return errors.map((error) => ({ row: error.row, field: toCsv(error.field), message: toCsv(error.message) }));
}
