import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { RUNTIME_CONFIG, RuntimeConfig } from '@app/config';
import { SideTallies } from './diversity-report';
import { aggregateScope } from './metrics-aggregation.repository';
import { AGGREGATION_SETTINGS } from './shared-snapshot';
import { MetricsScopeKind } from './metrics.types';
import { CITY_SCOPE_NAME, openDataCsv, OpenDataRow, openDataRows, OpenDataScope } from './open-data';
import { tallyStages } from './tally';

/** How long one computed file is served before the next request computes it again. */
export const OPEN_DATA_CACHE_MS = 5 * 60_000;

/**
 * The open data file (METRICS.md "Disclosure control" → open data). The stored reports cannot be used: they are
 * suppressed at k, not max(k, 10), and not rounded. So the file is computed from the raw aggregates: CITY and every
 * PROGRAMME with at least one enrolment record, each through the same `aggregateScope` as a metrics run, all in one
 * read-only REPEATABLE READ transaction so that every row comes from the same snapshot.
 *
 * `time_period` is the ISO 8601 interval the records span: the first day a record (enrolment or application) was
 * created, to the day the file was computed (Europe/London dates). Every scope covers all of its records.
 *
 * The route is public and a CITY aggregation reads every record, so one computed file is kept for
 * OPEN_DATA_CACHE_MS and concurrent requests share one computation.
 */
@Injectable()
export class OpenDataService {
  private cached: { csv: string; at: number } | null = null;
  private pending: Promise<string> | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  /** The CSV file, computed at most once per OPEN_DATA_CACHE_MS. */
  async csv(now = Date.now()): Promise<string> {
    if (this.cached && now - this.cached.at < OPEN_DATA_CACHE_MS) return this.cached.csv;
    this.pending ??= this.rows()
      .then((rows) => {
        const csv = openDataCsv(rows);
        this.cached = { csv, at: now };
        return csv;
      })
      .finally(() => {
        this.pending = null;
      });
    return this.pending;
  }

  /** Forgets the computed file, so the next request computes it afresh. */
  invalidate(): void {
    this.cached = null;
  }

  /** Every row of the file, computed now. */
  async rows(): Promise<OpenDataRow[]> {
    const k = this.config.env.METRICS_SUPPRESSION_THRESHOLD;
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      await manager.query('SET TRANSACTION READ ONLY');
      for (const setting of AGGREGATION_SETTINGS) await manager.query(setting);
      const timePeriod = await this.timePeriod(manager);
      const scopes: OpenDataScope[] = [
        { kind: MetricsScopeKind.CITY, id: null, name: CITY_SCOPE_NAME },
        ...(await this.programmesWithRecords(manager)),
      ];
      const rows: OpenDataRow[] = [];
      for (const scope of scopes) {
        const aggregated = await aggregateScope(manager, { kind: scope.kind, id: scope.id, from: null, to: null });
        const sides: SideTallies[] = [];
        if (aggregated.programmeGroups) {
          sides.push({ side: 'PROGRAMME', tallies: tallyStages('PROGRAMME', aggregated.programmeGroups) });
        }
        if (aggregated.vacancyGroups) {
          sides.push({ side: 'VACANCY', tallies: tallyStages('VACANCY', aggregated.vacancyGroups) });
        }
        rows.push(...openDataRows(timePeriod, scope, sides, aggregated.outcomes, k));
      }
      return rows;
    });
  }

  private async timePeriod(manager: EntityManager): Promise<string> {
    const [row]: { first: string | null; today: string }[] = await manager.query(
      `SELECT to_char(least((SELECT min(created_at) FROM enrolments), (SELECT min(created_at) FROM applications))
                AT TIME ZONE 'Europe/London', 'YYYY-MM-DD') AS first,
              to_char(now() AT TIME ZONE 'Europe/London', 'YYYY-MM-DD') AS today`,
    );
    return `${row.first ?? row.today}/${row.today}`;
  }

  private async programmesWithRecords(manager: EntityManager): Promise<OpenDataScope[]> {
    const programmes: { id: string; title: string }[] = await manager.query(
      `SELECT p.id, p.title FROM programmes p
       WHERE EXISTS (SELECT 1 FROM cohorts c JOIN enrolments e ON e.cohort_id = c.id WHERE c.programme_id = p.id)
       ORDER BY p.title, p.id`,
    );
    return programmes.map(({ id, title }) => ({ kind: MetricsScopeKind.PROGRAMME, id, name: title }));
  }
}
