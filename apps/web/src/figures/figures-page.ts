import { TFunction } from 'i18next';
import { fieldOf } from '../forms/form-state';
import {
  Dimension,
  FiguresReportsDocument,
  FiguresRunDocument,
  MetricsScopeInput,
  MetricsScopeKind,
  RequestFiguresDocument,
  WardsDocument,
} from '../graphql/generated';
import { GraphQLApi } from '../graphql/graphql-api';
import { DIMENSIONS, FiguresView } from './figures-view';

export const SCOPE_KINDS: MetricsScopeKind[] = ['CITY', 'PROVIDER', 'PROGRAMME', 'COHORT', 'EMPLOYER', 'VACANCY'];
const VACANCY_SIDE: MetricsScopeKind[] = ['EMPLOYER', 'VACANCY'];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** What the address (or the recompute form) says to show: the scope, the dimension compared, a run asked for. */
export interface FiguresChoice {
  scope: MetricsScopeInput;
  dimension: Dimension;
  runId: string | null;
}

/**
 * Reads the choice from a query string or a form body: `kind`, `id`, `from`, `to`, `dimension`, `run`. Anything
 * not recognised falls back to the default (the given scope, the first dimension); dates that are not dates are
 * dropped here and reported by `scopeProblems`.
 */
export function readChoice(source: unknown, fallback: MetricsScopeInput): FiguresChoice {
  const kind = fieldOf(source, 'kind') as MetricsScopeKind;
  const dimension = fieldOf(source, 'dimension') as Dimension;
  const scope: MetricsScopeInput = SCOPE_KINDS.includes(kind) ? { kind } : { ...fallback };
  if (SCOPE_KINDS.includes(kind)) {
    const id = fieldOf(source, 'id');
    if (id) scope.id = id;
  }
  for (const end of ['from', 'to'] as const) {
    const value = fieldOf(source, end);
    if (ISO_DATE.test(value)) scope[end] = value;
  }
  const run = fieldOf(source, 'run');
  return {
    scope,
    dimension: DIMENSIONS.includes(dimension) ? dimension : DIMENSIONS[0],
    runId: /^[0-9a-f-]{36}$/.test(run) ? run : null,
  };
}

/** The address of a figures page showing this choice (parts left out are the defaults). */
export function choiceHref(base: string, choice: Partial<FiguresChoice>): string {
  const query = new URLSearchParams();
  const { scope, dimension, runId } = choice;
  if (scope) {
    query.set('kind', scope.kind);
    for (const part of ['id', 'from', 'to'] as const) if (scope[part]) query.set(part, scope[part]!);
  }
  if (dimension && dimension !== DIMENSIONS[0]) query.set('dimension', dimension);
  if (runId) query.set('run', runId);
  const text = query.toString();
  return text ? `${base}?${text}` : base;
}

/** Asks the API to work the scope's figures out again; the run's id is shown on the page until it finishes. */
export async function requestRecompute(api: GraphQLApi, token: string, scope: MetricsScopeInput): Promise<string> {
  const { requestMetrics } = await api.request(RequestFiguresDocument, { scope }, token);
  return requestMetrics.id;
}

/**
 * Everything a figures page shows for one scope, from the scope's stored reports (the API's `diversityReport` and
 * `outcomeReport`, in the view the reader's role gets): charts, tables, flags, outcomes, when they were worked out.
 */
export async function loadFigures(api: GraphQLApi, t: TFunction, token: string, base: string, choice: FiguresChoice) {
  const [reports, run, wards] = await Promise.all([
    api.request(FiguresReportsDocument, { scope: choice.scope }, token),
    choice.runId ? api.request(FiguresRunDocument, { id: choice.runId }, token) : null,
    choice.dimension === 'WARD' ? api.request(WardsDocument, {}) : null,
  ]);
  const view = new FiguresView(t, new Map((wards?.wards ?? []).map((ward) => [ward.code, ward.name])));
  const diversity = reports.diversityReport;
  const sides = diversity ? view.sides(diversity, VACANCY_SIDE.includes(choice.scope.kind)) : [];
  const funnels = await Promise.all(sides.map((side) => view.funnel(side)));
  const representation = await Promise.all(sides.map((side) => view.representation(side, choice.dimension)));
  return {
    choice,
    computedAt: diversity?.computedAt ?? null,
    threshold: diversity?.suppressionThreshold ?? null,
    run: run?.metricsRun ?? null,
    checkAgainHref: choiceHref(base, choice),
    sides: sides.map((side, i) => ({ label: side.label, funnel: funnels[i], representation: representation[i] })),
    dimensions: DIMENSIONS.map((dimension) => ({
      text: t(`figures.dimensions.${dimension}`),
      href: choiceHref(base, { scope: choice.scope, dimension }),
      current: dimension === choice.dimension,
    })),
    fourFifths: diversity ? view.fourFifths(diversity, choice.dimension) : null,
    outcomes: reports.outcomeReport ? view.outcomes(reports.outcomeReport) : null,
  };
}
