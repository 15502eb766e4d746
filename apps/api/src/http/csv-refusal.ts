import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus } from '@nestjs/common';
import { Response } from 'express';
import { DomainError, ErrorCode } from '@app/errors';
import { HTTP_STATUS } from '../graphql/domain-error.filter';
import { CsvProblem } from './cohort-return-csv';

/** Why a CSV return was refused (the `reason` of the answer). */
export type CsvRefusalReason = 'RETURN_REFUSED' | 'UNSUPPORTED_MEDIA_TYPE' | 'BODY_TOO_LARGE';

/** A CSV return refused for what the file holds or how it was sent: nothing was saved. */
export class CsvReturnRefused extends Error {
  constructor(
    readonly status: number,
    readonly reason: CsvRefusalReason,
    message: string,
    readonly problems: readonly CsvProblem[] = [],
  ) {
    super(message);
  }
}

const CODE_OF_STATUS: Record<number, ErrorCode> = {
  [HttpStatus.UNAUTHORIZED]: 'UNAUTHENTICATED',
  [HttpStatus.FORBIDDEN]: 'FORBIDDEN',
  [HttpStatus.NOT_FOUND]: 'NOT_FOUND',
  [HttpStatus.CONFLICT]: 'CONFLICT',
  [HttpStatus.TOO_MANY_REQUESTS]: 'RATE_LIMITED',
};

/**
 * Every refusal of the CSV return routes has one body: `{ error: { code, reason, message, errors } }`, where each of
 * `errors` is `{ row, field, message }` (the spreadsheet row and the column, as in the file; null where no one row or
 * column is at fault). A bad file, a wrong content type, a body too large, a cohort that is not the provider's or a
 * missing token all answer in it, so a client reads one shape whatever went wrong. Unexpected faults are not caught
 * here: they stay the API's usual INTERNAL_SERVER_ERROR.
 */
@Catch(CsvReturnRefused, DomainError, HttpException)
export class CsvRefusalFilter implements ExceptionFilter {
  catch(error: CsvReturnRefused | DomainError | HttpException, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const { status, body } = refusal(error);
    response.status(status).json({ error: body });
  }
}

function refusal(error: CsvReturnRefused | DomainError | HttpException) {
  if (error instanceof CsvReturnRefused) {
    const body = { code: 'BAD_USER_INPUT', reason: error.reason, message: error.message, errors: error.problems };
    return { status: error.status, body };
  }
  if (error instanceof DomainError) {
    const errors = error.fieldErrors.map((problem) => ({ row: null, field: problem.path, message: problem.message }));
    return {
      status: HTTP_STATUS[error.code],
      body: { code: error.code, reason: error.reason ?? null, message: error.message, errors },
    };
  }
  const status = error.getStatus();
  const code = CODE_OF_STATUS[status] ?? 'BAD_USER_INPUT';
  return { status, body: { code, reason: null, message: error.message, errors: [] } };
}
