import {
  Controller,
  HttpCode,
  HttpStatus,
  Param,
  PayloadTooLargeException,
  Post,
  Req,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import { Request } from 'express';
import { LearnerReturnService, OutcomeService, ReturnResult } from '@app/brokerage';
import { InvalidInputError } from '@app/errors';
import { Role, UserEntity } from '@app/identity';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { actorOf } from '../brokerage/actor-of';
import { CohortLearnerRowsArgument, CohortOutcomeRowsArgument } from '../brokerage/outcome.types';
import { validateAs } from '../graphql/input-validation.pipe';
import {
  badRowsOf,
  csvFieldErrors,
  CsvCell,
  LEARNER_RETURN_COLUMNS,
  OUTCOME_RETURN_COLUMNS,
  parseReturnCsv,
  UnreadableCsvError,
} from './cohort-return-csv';

/**
 * The CSV bodies of these two routes may be up to 5 MB, beyond the 1 MB JSON limit: a 5,000-learner return with
 * every column filled is about 1 MB (docs/brokerage.md). They are read here, not by a global body parser, so the limit
 * applies to these routes alone.
 */
export const CSV_BODY_LIMIT_BYTES = 5 * 1024 * 1024;

/**
 * Cohort returns as CSV files (API.md "Transport"): the same semantics and result as reportCohortOutcomes and
 * reportCohortLearners, for the cohort's provider (bearer token; the global guards apply to controllers too).
 * A file that cannot be read is 400 with every problem listed; a readable file answers 200 with the
 * OutcomeImportResult, whose `errors` list the rows that stopped it being saved.
 */
@Roles(Role.PROVIDER)
@Controller('api/cohorts')
export class CohortReturnsController {
  constructor(
    private readonly outcomes: OutcomeService,
    private readonly learnerReturns: LearnerReturnService,
  ) {}

  @Post(':id/outcomes.csv')
  @HttpCode(HttpStatus.OK)
  async outcomesCsv(
    @CurrentUser() user: UserEntity,
    @Param('id') cohortId: string,
    @Req() request: Request,
  ): Promise<ReturnResult> {
    const rows = await readRows(request, OUTCOME_RETURN_COLUMNS, ['learnerRef', 'completed']);
    const valid = await validateCsv(CohortOutcomeRowsArgument, rows, OUTCOME_RETURN_COLUMNS);
    return this.outcomes.reportCohortOutcomes(actorOf(user), cohortId, valid.rows);
  }

  @Post(':id/learners.csv')
  @HttpCode(HttpStatus.OK)
  async learnersCsv(
    @CurrentUser() user: UserEntity,
    @Param('id') cohortId: string,
    @Req() request: Request,
  ): Promise<ReturnResult> {
    const rows = await readRows(request, LEARNER_RETURN_COLUMNS, ['learnerRef', 'furthestStage']);
    const valid = await validateCsv(CohortLearnerRowsArgument, rows, LEARNER_RETURN_COLUMNS);
    return this.learnerReturns.reportCohortLearners(actorOf(user), cohortId, valid.rows);
  }
}

async function readRows(
  request: Request,
  columns: Readonly<Record<string, CsvCell>>,
  required: readonly string[],
): Promise<Record<string, unknown>[]> {
  const text = await readCsvBody(request);
  try {
    return parseReturnCsv(text, columns, required);
  } catch (error) {
    if (error instanceof UnreadableCsvError) throw new InvalidInputError(error.problems, error.message);
    throw error;
  }
}

/** The input classes' rules, as for GraphQL; a value that does not fit its column makes the file unreadable. */
async function validateCsv<T extends { rows: unknown[] }>(
  type: new () => T,
  rows: Record<string, unknown>[],
  columns: Readonly<Record<string, CsvCell>>,
): Promise<T> {
  try {
    return await validateAs(type, { rows });
  } catch (error) {
    if (!(error instanceof InvalidInputError)) throw error;
    const fieldErrors = csvFieldErrors(error.fieldErrors, columns);
    const bad = badRowsOf(fieldErrors);
    throw new InvalidInputError(
      fieldErrors,
      `The CSV cannot be read: ${bad.length ? `rows ${bad.join(', ')} have` : 'it has'} values that do not fit their ` +
        `columns (rows count from 0 after the header): ` +
        fieldErrors.map((problem) => `${problem.path}: ${problem.message}`).join('; '),
    );
  }
}

/** The request body as UTF-8 text, when it is text/csv of at most CSV_BODY_LIMIT_BYTES. */
async function readCsvBody(request: Request): Promise<string> {
  const type = request.headers['content-type'] ?? '';
  if (!/^text\/csv\s*(;|$)/i.test(type)) {
    throw new UnsupportedMediaTypeException('Send the return as text/csv (UTF-8), with a header row');
  }
  const charset = /charset=\s*"?([\w-]+)"?/i.exec(type)?.[1];
  if (charset && !/^utf-?8$/i.test(charset)) {
    throw new UnsupportedMediaTypeException('Send the CSV in UTF-8');
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
    throw new PayloadTooLargeException(`A CSV return may be at most ${CSV_BODY_LIMIT_BYTES / 1024 / 1024} MB`);
  }
  return Buffer.concat(chunks).toString('utf8');
}
