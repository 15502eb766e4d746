import { EntityManager } from 'typeorm';
import { SqlParams } from '@app/database';
import {
  outcomeFigures,
  placesScopeCondition,
  programmeRecords,
  programmeScopeCondition,
  snapshotGroups,
  vacancyRecords,
  vacancyScopeCondition,
} from './aggregation.sql';
import { FunnelStage, MetricsScopeKind, OutcomeInputs, PROGRAMME_STAGES, SnapshotGroupRow } from './metrics.types';
import { isVacancySide, MetricsScope } from './scope';

export interface AggregatedScope {
  programmeGroups: SnapshotGroupRow[] | null;
  vacancyGroups: SnapshotGroupRow[] | null;
  outcomes: OutcomeInputs | null;
}

type OutcomeFigures = Omit<OutcomeInputs, 'enquiries' | 'applications' | 'starts' | 'completions' | 'positiveOutcomes'>;

/**
 * Everything a scope's reports need, aggregated in SQL inside the caller's transaction (the computation runs it in
 * one REPEATABLE READ transaction, so every figure comes from the same snapshot). CITY reads both sides.
 */
export async function aggregateScope(manager: EntityManager, scope: MetricsScope): Promise<AggregatedScope> {
  const programmeSide = scope.kind === MetricsScopeKind.CITY || !isVacancySide(scope.kind);
  const vacancySide = scope.kind === MetricsScopeKind.CITY || isVacancySide(scope.kind);
  let programmeGroups: SnapshotGroupRow[] | null = null;
  let outcomes: OutcomeInputs | null = null;
  if (programmeSide) {
    const sql = new SqlParams();
    programmeGroups = await manager.query(
      snapshotGroups(programmeRecords(programmeScopeCondition(sql, scope))),
      sql.values,
    );
    const outcomeSql = new SqlParams();
    const [figures]: OutcomeFigures[] = await manager.query(
      outcomeFigures(programmeScopeCondition(outcomeSql, scope), placesScopeCondition(outcomeSql, scope)),
      outcomeSql.values,
    );
    outcomes = { ...stageTotals(programmeGroups!), ...figures };
  }
  let vacancyGroups: SnapshotGroupRow[] | null = null;
  if (vacancySide) {
    const sql = new SqlParams();
    vacancyGroups = await manager.query(snapshotGroups(vacancyRecords(vacancyScopeCondition(sql, scope))), sql.values);
  }
  return { programmeGroups, vacancyGroups, outcomes };
}

/** The outcome report's stage counts, summed from the programme side's per-mask totals (rows without a column). */
function stageTotals(groups: SnapshotGroupRow[]) {
  const reached = (stage: FunnelStage) => {
    const bit = 1 << PROGRAMME_STAGES.indexOf(stage);
    return groups
      .filter((row) => row.column === null && (row.stageMask & bit) !== 0)
      .reduce((sum, row) => sum + row.count, 0);
  };
  return {
    enquiries: reached(FunnelStage.ENQUIRED),
    applications: reached(FunnelStage.APPLIED),
    starts: reached(FunnelStage.ENROLLED),
    completions: reached(FunnelStage.COMPLETED),
    positiveOutcomes: reached(FunnelStage.POSITIVE_OUTCOME),
  };
}
