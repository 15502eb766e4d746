import { en } from './en';
import { enAlerts } from './en-alerts';
import { enFigures } from './en-figures';
import { enFit } from './en-fit';
import { enMatchHints } from './en-match-hints';
import { enOrganisations } from './en-organisations';
import { enSearchFilters } from './en-search-filters';

// The catalogue is spread together from one file per area: a group name used in two of them would silently replace
// the other's strings (it happened: the organisations' `fit` hid the residents' `fit`, and their pages lost labels).
const parts = { enAlerts, enFigures, enFit, enMatchHints, enOrganisations, enSearchFilters };

describe('the English string catalogue', () => {
  it.each(Object.entries(parts))('keeps every group of %s as that file wrote it', (_name, part) => {
    for (const [group, strings] of Object.entries(part)) expect(en[group as keyof typeof en]).toBe(strings);
  });
});
