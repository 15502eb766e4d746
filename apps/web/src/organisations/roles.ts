import { NextFunction, Request, Response } from 'express';
import { seeOther } from '../session/sessions';

/** A session from before roles were kept in it is a resident's: only residents could sign in on the web then. */
export const roleOf = (request: Request): string => request.session.signedIn?.role ?? 'RESIDENT';

/**
 * Where each role lands after signing in, and where a page for another role sends them: organisations to their
 * organisation, brokers and admins to the verification queue, analysts to the dashboard, residents to their account.
 */
export function homeFor(role: string): string {
  switch (role) {
    case 'EMPLOYER':
    case 'PROVIDER':
      return '/organisation';
    case 'BROKER':
    case 'ADMIN':
      return '/brokerage/organisations';
    case 'ANALYST':
      return '/brokerage/dashboard';
    default:
      return '/account';
  }
}

/**
 * Only these roles see the pages below it: anyone else signed in goes to their own home (an employer following an
 * /account link lands on their organisation, not an error). Runs after requireSignIn.
 */
export function requireRoles(...roles: string[]) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const role = roleOf(request);
    if (roles.includes(role)) return next();
    seeOther(request, response, homeFor(role));
  };
}
