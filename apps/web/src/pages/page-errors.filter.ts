import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { Request, Response } from 'express';
import { ApiError } from '../graphql/graphql-api';
import { seeOther } from '../session/sessions';

/**
 * What a person sees when a page cannot be shown: "Page not found" for a missing page or record, the sign-in page
 * when their session or API token has ended, and a plain "Sorry, there is a problem" otherwise (logged here, never
 * shown: no code, stack or SQL reaches the browser).
 */
@Catch()
export class PageErrorsFilter implements ExceptionFilter {
  private readonly logger = new Logger('WebPages');

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    if (response.headersSent) return;

    if (error instanceof ApiError && error.code === 'UNAUTHENTICATED') {
      delete request.session.signedIn;
      return seeOther(request, response, '/sign-in');
    }
    const notFound =
      (error instanceof ApiError && error.code === 'NOT_FOUND') ||
      (error instanceof HttpException && error.getStatus() === 404);
    if (notFound) {
      response.status(404).render('errors/not-found');
      return;
    }
    const forbidden =
      (error instanceof ApiError && error.code === 'FORBIDDEN') ||
      (error instanceof HttpException && error.getStatus() === 403);
    if (forbidden) {
      response.status(403).render('errors/no-access');
      return;
    }
    if (error instanceof HttpException && error.getStatus() < 500) {
      response.status(error.getStatus()).render('errors/not-found');
      return;
    }
    this.logger.error({ err: error, path: request.path }, 'a page failed');
    response.status(500).render('errors/problem');
  }
}
