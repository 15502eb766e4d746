import { EntityManager } from 'typeorm';
import { SqlParams } from '@app/database';
import {
  outcomeInputs,
  placesScopeCondition,
  programmeRecords,
  programmeScopeCondition,
  snapshotGroups,
  vacancyRecords,
  vacancyScopeCondition,
} from './aggregation.sql';
import { MetricsScopeKind, OutcomeInputs, SnapshotGroupRow } from './metrics.types';
import { isVacancySide, MetricsScope } from './scope';

export interface AggregatedScope {
  programmeGroups: SnapshotGroupRow[] | null;
  vacancyGroups: SnapshotGroupRow[] | null;
  outcomes: OutcomeInputs | null;
}

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
    const records = programmeRecords(programmeScopeCondition(sql, scope));
    programmeGroups = await manager.query(snapshotGroups(records), sql.values);
    const outcomeSql = new SqlParams();
    const outcomeRecords = programmeRecords(programmeScopeCondition(outcomeSql, scope));
    [outcomes] = await manager.query(
      outcomeInputs(outcomeRecords, placesScopeCondition(outcomeSql, scope)),
      outcomeSql.values,
    );
  }
  let vacancyGroups: SnapshotGroupRow[] | null = null;
  if (vacancySide) {
    const sql = new SqlParams();
    vacancyGroups = await manager.query(snapshotGroups(vacancyRecords(vacancyScopeCondition(sql, scope))), sql.values);
  }
  return { programmeGroups, vacancyGroups, outcomes };
}
