import nunjucks from 'nunjucks';
import { join } from 'node:path';
import { createTranslator } from '../i18n/i18n';
import { webRoot } from '../web-root';
import { wardSelectRenderer } from './ward-select';

const WARDS = [
  { code: 'E05011350', name: 'Ancoats & Beswick' },
  { code: 'E05011351', name: 'Ardwick' },
  { code: 'E05011352', name: 'Baguley' },
];

function environment() {
  const env = new nunjucks.Environment(
    new nunjucks.FileSystemLoader([
      join(webRoot, 'views'),
      join(require.resolve('govuk-frontend/package.json'), '..', 'dist'),
    ]),
    { autoescape: true },
  );
  env.addGlobal('t', createTranslator('en'));
  env.addGlobal('wardSelect', wardSelectRenderer(env));
  return env;
}

/** The page's way in (the include, through wardSelect) and the select rendered afresh, for the same inputs. */
function bothWays(env: nunjucks.Environment, page: Record<string, unknown>) {
  const context = { wards: WARDS, wardLabel: 'Near', wardHint: 'Your ward', ...page };
  return {
    kept: env.renderString('{% include "partials/ward-select.njk" %}', context),
    fresh: env.render('partials/ward-select-field.njk', context),
  };
}

const selectedOption = (html: string) => /<option value="([^"]*)" selected>/.exec(html)?.[1];

describe('wardSelect', () => {
  it('gives the HTML the select gives rendered afresh, whichever ward is chosen and in any order', () => {
    const env = environment();
    for (const selectedWard of ['E05011351', '', 'E05011352', 'E05011351', undefined, 'E05011352']) {
      const { kept, fresh } = bothWays(env, { selectedWard });
      expect(kept).toBe(fresh);
      expect(selectedOption(kept)).toBe(selectedWard || undefined);
    }
  });

  it('keeps apart renderings with another label, hint or error', () => {
    const env = environment();
    const plain = bothWays(env, { selectedWard: 'E05011350' });
    const withError = bothWays(env, { selectedWard: 'E05011350', wardError: { text: 'Choose a ward' } });
    const otherLabel = bothWays(env, { selectedWard: 'E05011350', wardLabel: 'Your ward' });
    expect(withError.kept).toBe(withError.fresh);
    expect(withError.kept).toContain('Choose a ward');
    expect(otherLabel.kept).toBe(otherLabel.fresh);
    expect(new Set([plain.kept, withError.kept, otherLabel.kept]).size).toBe(3);
  });

  it('treats a value that is no ward (typed into a form) as no choice', () => {
    const env = environment();
    const { kept, fresh } = bothWays(env, { selectedWard: 'not a ward <script>' });
    expect(kept).toBe(fresh);
    expect(selectedOption(kept)).toBeUndefined();
  });
});
