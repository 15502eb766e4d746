import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NextFunction, Request, Response } from 'express';
import { webRoot } from '../web-root';

/** One static file, served from memory under a name that changes whenever its content does. */
interface Asset {
  url: string;
  type: string;
  body: Buffer;
}

/** The URLs the layout links to. */
export interface AssetUrls {
  stylesheets: string[];
  script: string;
  /** Only the skills page loads these (accessible-autocomplete, about 20 KB compressed), so `/` stays small. */
  skillSearch: { stylesheet: string; script: string };
}

const withoutSourceMap = (js: string) => js.replace(/\/\/# sourceMappingURL=.*$/m, '');

// The compiled govuk-frontend CSS carries @font-face rules for the GDS Transport font, which only GOV.UK may use
// (WEB.md "branding"): drop them and use the reader's system font instead, so no font file is ever downloaded.
const SYSTEM_FONTS = 'system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif';
export function withSystemFonts(css: string): string {
  return css
    .replace(/@font-face\{font-family:GDS Transport;[^}]*\}/g, '')
    .replace(/font-family:GDS Transport,arial,sans-serif/g, `font-family:${SYSTEM_FONTS}`);
}

function hashed(name: string, extension: string, type: string, content: string): Asset {
  const hash = createHash('sha256').update(content).digest('hex').slice(0, 12);
  return { url: `/assets/${name}.${hash}.${extension}`, type, body: Buffer.from(content) };
}

/**
 * govuk-frontend's compiled CSS and JS (from node_modules), the service's own CSS, the small module that starts
 * govuk-frontend's components, and accessible-autocomplete's CSS and JS (from node_modules) for the skills page, each named by a hash of its content so browsers may keep it for a year.
 */
export class Assets {
  private readonly byUrl = new Map<string, Asset>();
  readonly urls: AssetUrls;

  constructor() {
    const govukDir = join(require.resolve('govuk-frontend/package.json'), '..', 'dist', 'govuk');
    const govukCss = hashed(
      'govuk-frontend',
      'css',
      'text/css; charset=utf-8',
      withSystemFonts(readFileSync(join(govukDir, 'govuk-frontend.min.css'), 'utf8')),
    );
    const ownCss = hashed(
      'manchester',
      'css',
      'text/css; charset=utf-8',
      readFileSync(join(webRoot, 'assets', 'manchester.css'), 'utf8'),
    );
    const govukJs = hashed(
      'govuk-frontend',
      'js',
      'text/javascript; charset=utf-8',
      withoutSourceMap(readFileSync(join(govukDir, 'govuk-frontend.min.js'), 'utf8')),
    );
    const enhance = hashed(
      'enhance',
      'js',
      'text/javascript; charset=utf-8',
      readFileSync(join(webRoot, 'assets', 'enhance.template.js'), 'utf8').replace(
        '__GOVUK_FRONTEND_JS__',
        govukJs.url,
      ),
    );
    const autocompleteDir = join(require.resolve('accessible-autocomplete/package.json'), '..', 'dist');
    const autocompleteCss = hashed(
      'accessible-autocomplete',
      'css',
      'text/css; charset=utf-8',
      readFileSync(join(autocompleteDir, 'accessible-autocomplete.min.css'), 'utf8').replace(
        /\/\*# sourceMappingURL=.*\*\//,
        '',
      ),
    );
    // One file, one request: the component (a UMD script defining window.accessibleAutocomplete), then the page's
    // enhancement that uses it.
    const skillSearch = hashed(
      'skill-search',
      'js',
      'text/javascript; charset=utf-8',
      `${withoutSourceMap(readFileSync(join(autocompleteDir, 'accessible-autocomplete.min.js'), 'utf8'))}\n${readFileSync(join(webRoot, 'assets', 'skill-search.js'), 'utf8')}`,
    );
    for (const asset of [govukCss, ownCss, govukJs, enhance, autocompleteCss, skillSearch]) {
      this.byUrl.set(asset.url, asset);
    }
    this.urls = {
      stylesheets: [govukCss.url, ownCss.url],
      script: enhance.url,
      skillSearch: { stylesheet: autocompleteCss.url, script: skillSearch.url },
    };
  }

  /** Express middleware answering /assets/<name>.<hash>.<ext>; anything else passes on. */
  readonly serve = (request: Request, response: Response, next: NextFunction): void => {
    const asset = this.byUrl.get(request.path);
    if (!asset || (request.method !== 'GET' && request.method !== 'HEAD')) return next();
    response.setHeader('Content-Type', asset.type);
    response.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    response.end(request.method === 'HEAD' ? undefined : asset.body);
  };
}
