/* global document */
// Progressive enhancement only: every page works without this script. It tells govuk-frontend's CSS that its
// JavaScript runs, then starts its components (error summary focus, details, ...).
import { initAll } from '__GOVUK_FRONTEND_JS__';

document.body.classList.add('govuk-frontend-supported');
initAll();
