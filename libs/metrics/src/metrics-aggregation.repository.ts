import { EntityManager } from 'typeorm';
import { SqlParams } from '@app/database';
import {
  outcomeFigures,
  placesScopeCondition,
  programmeGroups,
  programmeRecords,
  programmeScopeCondition,
  vacancyGroups,
  vacancyRecords,
  vacancyScopeCondition,
} from './metrics.read-model';
import {
  FunnelStage,
  MetricsScopeKind,
  OutcomeInputs,
  OutcomeKeySums,
  PROGRAMME_STAGES,
  RejectionGroupRow,
  SnapshotGroupRow,
  stageBit,
} from './metrics.types';
import { isVacancySide, MetricsScope } from './scope';

export interface AggregatedScope {
  programmeGroups: SnapshotGroupRow[] | null;
  vacancyGroups: SnapshotGroupRow[] | null;
  /** The vacancy side's rejections per reason and snapshot value; null when the scope has no vacancy side. */
  rejectionGroups?: RejectionGroupRow[] | null;
  outcomes: (OutcomeInputs & { keySums: OutcomeKeySums }) | null;
}

type OutcomeFigures = Omit<
  OutcomeInputs,
  'enquiries' | 'applications' | 'starts' | 'completions' | 'positiveOutcomes'
> &
  OutcomeKeySums & {
    /** The POSITIVE_OUTCOME stage's groups of the programme side (outcomeFigures). */
    positiveGroups: SnapshotGroupRow[];
  };

/** What one aggregation query returns; a scope's parts together make its AggregatedScope. */
interface AggregatedPart {
  programmeGroups?: SnapshotGroupRow[];
  vacancyGroups?: SnapshotGroupRow[];
  rejectionGroups?: RejectionGroupRow[];
  outcomeFigures?: OutcomeFigures;
}

export type AggregationPiece = (manager: EntityManager) => Promise<AggregatedPart>;

/**
 * The queries a scope's reports need, longest first (at the benchmark size the outcome figures take about as long as
 * the two sides' groups together), to be run in one snapshot: one after another in one transaction
 * (aggregateScope), or on several connections sharing a snapshot (readInOneSnapshot). CITY reads both sides.
 */
export function aggregationPieces(scope: MetricsScope): AggregationPiece[] {
  const programmeSide = scope.kind === MetricsScopeKind.CITY || !isVacancySide(scope.kind);
  const vacancySide = scope.kind === MetricsScopeKind.CITY || isVacancySide(scope.kind);
  const pieces: AggregationPiece[] = [];
  if (programmeSide) {
    pieces.push(async (manager) => {
      const sql = new SqlParams();
      const query = outcomeFigures(programmeScopeCondition(sql, scope), placesScopeCondition(sql, scope));
      const [figures] = await manager.query(query, sql.values);
      return { outcomeFigures: figures };
    });
    pieces.push(async (manager) => {
      const sql = new SqlParams();
      const records = programmeRecords(programmeScopeCondition(sql, scope), scope);
      return { programmeGroups: await manager.query(programmeGroups(records), sql.values) };
    });
  }
  if (vacancySide) {
    pieces.push(async (manager) => {
      const sql = new SqlParams();
      const rows: VacancySideRow[] = await manager.query(
        vacancyGroups(vacancyRecords(vacancyScopeCondition(sql, scope))),
        sql.values,
      );
      return splitVacancySide(rows);
    });
  }
  return pieces;
}

/** A row of vacancyGroups: a stage group (reason null) or a rejection group (stageMask null). */
type VacancySideRow = Omit<SnapshotGroupRow, 'stageMask'> & { stageMask: number | null; reason: string | null };

function splitVacancySide(rows: VacancySideRow[]): AggregatedPart {
  const stages: SnapshotGroupRow[] = [];
  const rejections: RejectionGroupRow[] = [];
  for (const { stageMask, reason, ...counts } of rows) {
    if (stageMask !== null) stages.push({ stageMask, ...counts });
    else rejections.push({ reason: reason!, ...counts });
  }
  return { vacancyGroups: stages, rejectionGroups: rejections };
}

/** The scope's aggregates from its pieces' results; the outcome report's stage counts are the programme totals. */
export function combineParts(parts: readonly AggregatedPart[]): AggregatedScope {
  const {
    programmeGroups,
    vacancyGroups,
    rejectionGroups,
    outcomeFigures: figures,
  } = Object.assign({}, ...parts) as AggregatedPart;
  // The programme side's groups are its records' (every stage but POSITIVE_OUTCOME) and the outcome figures'.
  const programmeSide = programmeGroups && figures ? [...programmeGroups, ...figures.positiveGroups] : null;
  return {
    programmeGroups: programmeSide,
    vacancyGroups: vacancyGroups ?? null,
    rejectionGroups: rejectionGroups ?? null,
    outcomes: programmeSide && figures ? outcomeInputs(programmeSide, figures) : null,
  };
}

/** Everything a scope's reports need, aggregated in SQL one query after another in the caller's transaction. */
export async function aggregateScope(manager: EntityManager, scope: MetricsScope): Promise<AggregatedScope> {
  const parts: AggregatedPart[] = [];
  for (const piece of aggregationPieces(scope)) parts.push(await piece(manager));
  return combineParts(parts);
}

function outcomeInputs(programmeGroups: SnapshotGroupRow[], figures: OutcomeFigures): AggregatedScope['outcomes'] {
  // The positive groups are the programme side's groups, not outcome inputs.
  const { employedKeySum, withPayKeySum, payingRealLivingWageKeySum, positiveGroups: _groups, ...rest } = figures;
  return {
    ...stageTotals(programmeGroups),
    ...rest,
    keySums: { employedKeySum, withPayKeySum, payingRealLivingWageKeySum },
  };
}

/** The outcome report's stage counts, summed from the programme side's per-mask totals (rows without a column). */
function stageTotals(groups: SnapshotGroupRow[]) {
  const reached = (stage: FunnelStage) => {
    const bit = stageBit(PROGRAMME_STAGES, stage);
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
