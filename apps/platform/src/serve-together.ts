import { NestExpressApplication } from '@nestjs/platform-express';
import { NextFunction, Request, Response } from 'express';

/** The paths the API answers (README.md "Run it"); every other path is a web page. */
const API_PATHS = ['/graphql', '/health/', '/metrics', '/api/', '/open-data/outcomes.csv', '/admin/queues'];

export function servedByApi(path: string): boolean {
  return API_PATHS.some((prefix) => path === prefix || path.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`));
}

/**
 * One port for both apps (`npm start`): the API keeps its paths, and hands every other request to the web app's
 * own Express stack (its headers, session, CSRF and pages). Call before the API is initialised, so this runs
 * before the API's own routes and not-found handler.
 */
export function routePagesToWeb(api: NestExpressApplication, web: NestExpressApplication): void {
  const pages = web.getHttpAdapter().getInstance() as (req: Request, res: Response, next: NextFunction) => void;
  api.use((request: Request, response: Response, next: NextFunction) =>
    servedByApi(request.path) ? next() : pages(request, response, next),
  );
}
