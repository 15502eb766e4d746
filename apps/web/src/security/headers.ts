import helmet from 'helmet';
import { NextFunction, Request, RequestHandler, Response } from 'express';

/**
 * Security headers on every page (WEB.md "headers"): a Content-Security-Policy allowing only this site's own
 * scripts, styles and forms (no inline script anywhere), no framing, no referrer beyond this site, no MIME sniffing.
 */
export function securityHeaders(production: boolean): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        objectSrc: ["'none'"],
        ...(production ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    referrerPolicy: { policy: 'same-origin' },
    strictTransportSecurity: production,
  });
}

/**
 * Pages drawn for a signed-in person are never kept by the browser or a proxy, so after signing out the back button
 * cannot show them again. Public pages may be revalidated but not stored by shared caches either (they can show
 * the signed-out header to one person and the signed-in one to another).
 */
export function cacheRules(request: Request, response: Response, next: NextFunction): void {
  const signedIn = Boolean(request.session?.signedIn);
  response.setHeader(
    'Cache-Control',
    signedIn || request.path.startsWith('/account') ? 'no-store' : 'private, no-cache',
  );
  next();
}
