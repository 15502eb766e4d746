import { NestExpressApplication } from '@nestjs/platform-express';
import { NextFunction, Request, Response } from 'express';

/** The largest JSON body the API reads (GraphQL documents and variables); CSV uploads have their own limits. */
// Said as "1 MB" in the entity.too.large message below.
export const JSON_BODY_LIMIT = '1mb';

// body-parser's error types (its README, "Errors"), each with the status it carries and what the client is told.
const UNREADABLE_BODY: Record<string, string> = {
  'entity.parse.failed': 'The request body is not valid JSON.',
  'entity.too.large': 'The request body is too large (the limit is 1 MB).',
  'encoding.unsupported': 'The request body has a content encoding the API does not accept.',
  'charset.unsupported': 'The request body has a character set the API does not accept (use UTF-8).',
  'request.aborted': 'The request body was not received in full.',
  'request.size.invalid': 'The request body is shorter or longer than its Content-Length.',
};

/**
 * A body the parser refuses never reaches GraphQL, so without this it would be answered in Nest's own error shape.
 * GraphQL clients read `errors[].extensions.code`: answer with the parser's status (400, 413, 415) and one
 * BAD_USER_INPUT error whose reason says what was wrong with the body, and never echo the body back.
 */
function answerUnreadableBody(error: unknown, request: Request, response: Response, next: NextFunction): void {
  const { type, status } = (error ?? {}) as { type?: string; status?: number };
  const message = type ? UNREADABLE_BODY[type] : undefined;
  if (!message || !status || response.headersSent) return next(error);
  response.status(status).json({
    errors: [{ message, extensions: { code: 'BAD_USER_INPUT', reason: type!.toUpperCase().replace(/\./g, '_') } }],
  });
}

/** Reads JSON bodies up to JSON_BODY_LIMIT and answers the ones it cannot read as GraphQL errors (API and tests). */
export function readJsonBodies(app: NestExpressApplication): void {
  app.useBodyParser('json', { limit: JSON_BODY_LIMIT });
  app.use(answerUnreadableBody);
}
