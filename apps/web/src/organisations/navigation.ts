import { TFunction } from 'i18next';

interface NavigationItem {
  href: string;
  text: string;
  active: boolean;
}

/**
 * The service navigation of organisation members and city staff (residents and visitors keep the public menu of
 * layout.njk): each role sees the pages it works in.
 */
export function navigationFor(role: string, path: string, t: TFunction): NavigationItem[] | null {
  const item = (href: string, key: string, active = path.startsWith(href)) => ({
    href,
    text: t(`orgNav.${key}`),
    active,
  });
  switch (role) {
    case 'EMPLOYER':
      return [
        item('/organisation', 'organisation', path === '/organisation'),
        item('/organisation/vacancies', 'vacancies'),
        item('/organisation/figures', 'figures'),
      ];
    case 'PROVIDER':
      return [
        item('/organisation', 'organisation', path === '/organisation'),
        item('/organisation/programmes', 'programmes', /^\/organisation\/(programmes|cohorts)/.test(path)),
        item('/organisation/figures', 'figures'),
      ];
    case 'BROKER':
    case 'ADMIN':
      return [item('/brokerage/organisations', 'organisations'), item('/brokerage/dashboard', 'dashboard')];
    case 'ANALYST':
      return [item('/brokerage/dashboard', 'dashboard')];
    default:
      return null;
  }
}
