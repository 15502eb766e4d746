import { ArgumentsHost, Catch, HttpStatus } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';
import { Response } from 'express';
import { DomainError, ErrorCode } from '@app/errors';

export const HTTP_STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: HttpStatus.BAD_REQUEST,
  UNAUTHENTICATED: HttpStatus.UNAUTHORIZED,
  FORBIDDEN: HttpStatus.FORBIDDEN,
  NOT_FOUND: HttpStatus.NOT_FOUND,
  CONFLICT: HttpStatus.CONFLICT,
  RATE_LIMITED: HttpStatus.TOO_MANY_REQUESTS,
};

/**
 * Domain errors are expected answers, not faults: hand them on untouched (GraphQL's error formatter maps them) instead
 * of letting Nest log them as unhandled exceptions. On REST routes, answer with the same code, reason and fields.
 */
@Catch(DomainError)
export class DomainErrorFilter implements GqlExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost) {
    if (host.getType<string>() === 'graphql') return error;
    const response = host.switchToHttp().getResponse<Response>();
    response.status(HTTP_STATUS[error.code]).json({
      error: { code: error.code, reason: error.reason, message: error.message, fieldErrors: error.fieldErrors },
    });
  }
}
