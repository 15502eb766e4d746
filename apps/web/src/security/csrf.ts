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
  if (request.method !== 'POST' || isRequestValid(request) || isOneClickUnsubscribe(request)) return next();
  response.status(403).render('errors/form-expired');
}

/**
 * RFC 8058's one-click unsubscribe: a mail client POSTs "List-Unsubscribe=One-Click" to an email's unsubscribe URL,
 * with no session and no form token. The token in the URL is the whole permission and no cookie is involved, so there
 * is nothing for a forged request to borrow.
 */
export function isOneClickUnsubscribe(request: Request): boolean {
  return (
    request.path.startsWith('/email/unsubscribe/') &&
    (request.body as Record<string, unknown> | undefined)?.['List-Unsubscribe'] === 'One-Click'
  );
}
