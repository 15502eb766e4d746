import { csrfSync } from 'csrf-sync';
import { NextFunction, Request, Response } from 'express';

const { generateToken, isRequestValid } = csrfSync({
  // Every form posts its token as the hidden field _csrf (views/partials/csrf.njk).
  getTokenFromRequest: (request) => (request.body as Record<string, string> | undefined)?._csrf,
});

/**
 * The synchroniser-token pattern: each session holds a random token that every form carries; a POST without it (a
 * form on another site, a replayed request) is refused with a page saying what to do. Tokens are made only when
 * a page with a form is drawn, so looking around does not start a session.
 */
export function csrfProtection(request: Request, response: Response, next: NextFunction): void {
  response.locals.csrfToken = () => generateToken(request);
  if (request.method !== 'POST' || isRequestValid(request)) return next();
  response.status(403).render('errors/form-expired');
}
