import { NestExpressApplication } from '@nestjs/platform-express';
import compression from 'compression';
import express from 'express';
import nunjucks from 'nunjucks';
import { join } from 'node:path';
import { requireSignIn } from './account/signed-in';
import { navigationFor } from './organisations/navigation';
import { readReturnUpload } from './organisations/returns.controller';
import { requireRoles, roleOf } from './organisations/roles';
import { Assets } from './assets/assets';
import { TFunction } from 'i18next';
import { LANGUAGES, TRANSLATOR } from './i18n/i18n';
import { isStaff } from './figures/figures-access';
import { csrfProtection } from './security/csrf';
import { cacheRules, securityHeaders } from './security/headers';
import { Sessions } from './session/sessions';
import { viewFilters } from './formatting/view-filters';
import { webRoot } from './web-root';
import { WebOptions } from './web-options';
import { rememberVisitor } from './graphql/visitor';
import { wardSelectRenderer } from './search/ward-select';

const parseForm = express.urlencoded({ extended: false, limit: '100kb', parameterLimit: 200 });

/** Form bodies; one that cannot be read (too large, a bad encoding) gets a plain 400 page, never the parser's error. */
function readForms(request: express.Request, response: express.Response, next: express.NextFunction): void {
  parseForm(request, response, (error?: unknown) => {
    if (!error) return next();
    const status = (error as { status?: number }).status ?? 400;
    response.status(status >= 400 && status < 500 ? status : 400).render('errors/bad-request');
  });
}

/**
 * Everything the web app does around its controllers, in order: security headers, compression, hashed static
 * assets, form bodies, the server-side session, CSRF, cache rules, and the Nunjucks views with govuk-frontend's
 * macros and the i18next catalogue. Call before `init()`.
 */
export function configureWebApp(app: NestExpressApplication, options: WebOptions, trustedProxyHops: number): void {
  const sessions = app.get(Sessions);
  const assets = new Assets();
  const t = app.get<TFunction>(TRANSLATOR);

  app.set('trust proxy', trustedProxyHops);
  app.disable('x-powered-by');
  app.use(rememberVisitor);
  app.use(securityHeaders(options.production));
  app.use(compression());
  app.use(assets.serve);
  app.use(readForms);
  app.use(sessions.middleware);
  // The one multipart form (a cohort return's CSV file): its fields, _csrf included, are read before the CSRF check.
  app.use('/organisation/cohorts/:id/returns', readReturnUpload);
  app.use((request: express.Request, response: express.Response, next: express.NextFunction) => {
    const signedIn = request.session.signedIn;
    response.locals.signedIn = signedIn ? { displayName: signedIn.displayName, staff: isStaff(signedIn.role) } : null;
    response.locals.currentPath = request.path;
    response.locals.memberNavigation = request.session.signedIn
      ? navigationFor(roleOf(request), request.path, t)
      : null;
    if (request.session.notice) {
      response.locals.notice = request.session.notice;
      delete request.session.notice;
    }
    next();
  });
  app.use(cacheRules);
  app.use(csrfProtection);
  app.use('/account', requireSignIn, requireRoles('RESIDENT'));
  app.use('/organisation', requireSignIn, requireRoles('EMPLOYER', 'PROVIDER'));
  app.use('/brokerage/organisations', requireSignIn, requireRoles('BROKER', 'ADMIN'));
  app.use('/brokerage/dashboard', requireSignIn);

  const environment = nunjucks.configure(
    [join(webRoot, 'views'), join(require.resolve('govuk-frontend/package.json'), '..', 'dist')],
    // Compiled templates are kept (in every environment: recompiling govuk-frontend's macros costs ~100 ms a page).
    { autoescape: true, express: app.getHttpAdapter().getInstance(), noCache: false },
  );
  environment.addGlobal('t', t);
  environment.addGlobal('assets', assets.urls);
  environment.addGlobal('lang', 'en');
  environment.addGlobal('dir', LANGUAGES.en.dir);
  environment.addGlobal('wardSelect', wardSelectRenderer(environment));
  for (const [name, filter] of Object.entries(viewFilters(t))) environment.addFilter(name, filter);
  app.setViewEngine('njk');
}
