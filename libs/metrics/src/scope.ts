import { MetricsScopeKind } from './metrics.types';

/** What a report is about: a kind, the record for every kind but CITY, and an optional creation window. */
export interface MetricsScope {
  kind: MetricsScopeKind;
  id: string | null;
  from: string | null;
  to: string | null;
}

export const scopeKey = (scope: MetricsScope): string =>
  [scope.kind, scope.id ?? '', scope.from ?? '', scope.to ?? ''].join(':');

export const isVacancySide = (kind: MetricsScopeKind): boolean =>
  kind === MetricsScopeKind.EMPLOYER || kind === MetricsScopeKind.VACANCY;
