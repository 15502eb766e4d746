import { Controller, HttpCode, HttpStatus, Param, Post, Req, UseFilters } from '@nestjs/common';
import { Request } from 'express';
import { LearnerReturnService, OutcomeService, ReturnOptions, ReturnResult } from '@app/brokerage';
import { InvalidInputError } from '@app/errors';
import { Role, UserEntity } from '@app/identity';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { actorOf } from '../brokerage/actor-of';
import { CohortLearnerRowsArgument, CohortOutcomeRowsArgument } from '../brokerage/outcome.types';
import { validateAs } from '../graphql/input-validation.pipe';
import {
  CsvCell,
  CsvProblem,
  csvFieldProblems,
  csvRowErrors,
  LEARNER_RETURN_COLUMNS,
  OUTCOME_RETURN_COLUMNS,
  parseReturnCsv,
} from './cohort-return-csv';
import { CsvRefusalFilter, CsvReturnRefused } from './csv-refusal';

/**
 * The CSV bodies of these two routes may be up to 5 MB, beyond the 1 MB JSON limit: a 5,000-learner return with
 * every column filled is about 1 MB (docs/brokerage.md). They are read here, not by a global body parser, so the limit
 * applies to these routes alone.
 */
export const CSV_BODY_LIMIT_BYTES = 5 * 1024 * 1024;

/**
 * What browsers and spreadsheet programs send a .csv file as: text/csv, application/csv, and, from Windows with Excel
 * installed, application/vnd.ms-excel.
 */
const CSV_CONTENT_TYPE = /^(text\/csv|application\/csv|application\/vnd\.ms-excel)\s*(;|$)/i;

type Report<T> = (rows: T[], options: ReturnOptions) => Promise<ReturnResult>;

/**
 * Cohort returns as CSV files (API.md "Transport"): the same rules and result as reportCohortOutcomes and
 * reportCohortLearners, for the cohort's provider (bearer token; the global guards apply to controllers too). A return
 * is checked in one pass: the file's own problems (header, cell counts) and every row's together, rows numbered as a
 * spreadsheet shows them and fields named by their columns. An accepted return answers 200 with the
 * OutcomeImportResult; every refusal answers in the one shape of CsvRefusalFilter.
 */
@Roles(Role.PROVIDER)
@UseFilters(CsvRefusalFilter)
@Controller('api/cohorts')
export class CohortReturnsController {
  constructor(
    private readonly outcomes: OutcomeService,
    private readonly learnerReturns: LearnerReturnService,
  ) {}

  @Post(':id/outcomes.csv')
  @HttpCode(HttpStatus.OK)
  outcomesCsv(
    @CurrentUser() user: UserEntity,
    @Param('id') cohortId: string,
    @Req() request: Request,
  ): Promise<ReturnResult> {
    return receiveReturn(
      request,
      CohortOutcomeRowsArgument,
      OUTCOME_RETURN_COLUMNS,
      ['learnerRef', 'completed'],
      (rows, options) => this.outcomes.reportCohortOutcomes(actorOf(user), cohortId, rows, options),
    );
  }

  @Post(':id/learners.csv')
  @HttpCode(HttpStatus.OK)
  learnersCsv(
    @CurrentUser() user: UserEntity,
    @Param('id') cohortId: string,
    @Req() request: Request,
  ): Promise<ReturnResult> {
    return receiveReturn(
      request,
      CohortLearnerRowsArgument,
      LEARNER_RETURN_COLUMNS,
      ['learnerRef', 'furthestStage'],
      (rows, options) => this.learnerReturns.reportCohortLearners(actorOf(user), cohortId, rows, options),
    );
  }
}

/**
 * Reads the file, and passes its rows to the return's rules with their spreadsheet numbers. When the file has problems
 * of its own, the rules still run on the rows that could be read (writing nothing), so every problem is listed at once;
 * a column missing altogether is said once, not again on every row. The rows go through the mutation's argument class
 * first, as on GraphQL (the number of rows, and what the API refuses in any argument).
 */
async function receiveReturn<T>(
  request: Request,
  argument: new () => { rows: T[] },
  columns: Readonly<Record<string, CsvCell>>,
  required: readonly string[],
  report: Report<T>,
): Promise<ReturnResult> {
  const parsed = parseReturnCsv(await readCsvBody(request), columns, required);
  const { rowNumbers, problems, missingColumns } = parsed;
  if (parsed.rows.length === 0) throw refused(problems);
  const { rows } = await validateAs(argument, { rows: parsed.rows }).catch((error: unknown) => {
    throw error instanceof InvalidInputError
      ? refused(csvFieldProblems(error.fieldErrors, rowNumbers, columns))
      : error;
  });
  const result = await report(rows, { rowNumbers, checkOnly: problems.length > 0 });
  const rowErrors = csvRowErrors(result.errors, columns).filter((error) => !missingColumns.includes(error.field ?? ''));
  const all = [...problems, ...rowErrors];
  if (all.length) throw refused(all);
  return result;
}

function refused(problems: CsvProblem[]): CsvReturnRefused {
  const byRow = [...problems].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return new CsvReturnRefused(
    HttpStatus.BAD_REQUEST,
    'RETURN_REFUSED',
    `The return was not saved: fix the ${byRow.length === 1 ? 'problem' : `${byRow.length} problems`} listed and ` +
      'send the whole file again (rows are numbered as a spreadsheet shows them: the header is row 1)',
    byRow,
  );
}

/** The request body as UTF-8 text, when it is CSV (CSV_CONTENT_TYPE) of at most CSV_BODY_LIMIT_BYTES. */
async function readCsvBody(request: Request): Promise<string> {
  const type = request.headers['content-type'] ?? '';
  if (!CSV_CONTENT_TYPE.test(type)) {
    throw new CsvReturnRefused(
      HttpStatus.UNSUPPORTED_MEDIA_TYPE,
      'UNSUPPORTED_MEDIA_TYPE',
      'Send the return as a CSV file (Content-Type text/csv, application/csv or application/vnd.ms-excel), ' +
        'UTF-8, with a header row',
    );
  }
  const charset = /charset=\s*"?([\w-]+)"?/i.exec(type)?.[1];
  if (charset && !/^utf-?8$/i.test(charset)) {
    throw new CsvReturnRefused(HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'UNSUPPORTED_MEDIA_TYPE', 'Send the CSV in UTF-8');
  }
  if (typeof request.body === 'string') return request.body;
  if (Buffer.isBuffer(request.body)) return request.body.toString('utf8');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    // Keep reading to the end so the client gets the answer, but keep nothing past the limit.
    if (size <= CSV_BODY_LIMIT_BYTES) chunks.push(chunk);
  }
  if (size > CSV_BODY_LIMIT_BYTES) {
    throw new CsvReturnRefused(
      HttpStatus.PAYLOAD_TOO_LARGE,
      'BODY_TOO_LARGE',
      `A CSV return may be at most ${CSV_BODY_LIMIT_BYTES / 1024 / 1024} MB`,
    );
  }
  return Buffer.concat(chunks).toString('utf8');
}
