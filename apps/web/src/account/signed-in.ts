import { NextFunction, Request, Response } from 'express';
import { seeOther } from '../session/sessions';

/** The API token of the signed-in resident; the /account middleware below has made sure there is one. */
export function tokenOf(request: Request): string {
  const signedIn = request.session.signedIn;
  if (!signedIn) throw new Error('tokenOf called on a request without a signed-in session');
  return signedIn.token;
}

/**
 * Every /account page needs a signed-in session whose API token has not expired: otherwise the page is never
 * drawn, and the person is sent to sign in.
 */
export function requireSignIn(request: Request, response: Response, next: NextFunction): void {
  const signedIn = request.session.signedIn;
  if (signedIn && Date.parse(signedIn.expiresAt) > Date.now()) return next();
  delete request.session.signedIn;
  seeOther(request, response, '/sign-in');
}
