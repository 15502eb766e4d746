import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { MetricsReportEntity } from './entities/metrics-report.entity';
import { MetricsRunEntity, queuedRun } from './entities/metrics-run.entity';
import { aggregationPieces, combineParts } from './metrics-aggregation.repository';
import { buildTallies } from './report-assembly';
import { MetricsRunState } from './metrics.types';
import { MetricsScope } from './scope';
import { readInOneSnapshot } from './shared-snapshot';

/**
 * Connections one run reads on at once, sharing one snapshot: the outcome figures on one, the programme side's and
 * then the vacancy side's groups on the other, which at the benchmark size take about as long, so a CITY run takes
 * about half the sum of its queries (docs/benchmarks.md, metrics). A third connection was slower on 2 cores: three
 * queries sharing them all finish late. Each worker process runs WORKER_CONCURRENCY jobs, each with this many
 * connections.
 */
const RUN_CONNECTIONS = 2;

/**
 * Runs one recompute (METRICS.md "How the numbers are computed"): stores the scope's exact tallies with their cell
 * keys; the views are worked out when a report is read (report-views.ts). Safe under at-least-once delivery: the run is found
 * by its job's key, a COMPLETED run is left alone, and the report is stored with the COMPLETED state in one
 * transaction keyed by the run, so a retry or a duplicate can neither add a second report nor leave a torn one.
 */
@Injectable()
export class MetricsComputationService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The run of this job, created on its first delivery. */
  async ensureRun(jobKey: string, scope: MetricsScope): Promise<MetricsRunEntity> {
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(MetricsRunEntity)
      .values(queuedRun(jobKey, scope))
      .orIgnore()
      .execute();
    return this.dataSource.getRepository(MetricsRunEntity).findOneByOrFail({ jobKey });
  }

  /** Computes and stores the reports; `finalAttempt` decides whether a failure is FAILED or left for the retry. */
  async run(jobKey: string, scope: MetricsScope, finalAttempt: boolean): Promise<MetricsRunEntity> {
    const run = await this.ensureRun(jobKey, scope);
    if (run.state === MetricsRunState.COMPLETED) return run;
    const runs = this.dataSource.getRepository(MetricsRunEntity);
    await runs.update(run.id, { state: MetricsRunState.RUNNING, startedAt: new Date(), progress: 0.1, error: null });
    try {
      const parts = await readInOneSnapshot(this.dataSource, RUN_CONNECTIONS, aggregationPieces(scope));
      const aggregated = combineParts(parts);
      await runs.update(run.id, { progress: 0.7 });
      const tallies = buildTallies(aggregated, await this.benchmark());
      await this.dataSource.transaction(async (manager) => {
        await manager
          .createQueryBuilder()
          .insert()
          .into(MetricsReportEntity)
          .values({ runId: run.id, scopeKey: run.scopeKey, computedAt: new Date(), tallies })
          .orIgnore()
          .execute();
        await manager.update(MetricsRunEntity, run.id, {
          state: MetricsRunState.COMPLETED,
          progress: 1,
          finishedAt: new Date(),
        });
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await runs.update(run.id, {
        state: finalAttempt ? MetricsRunState.FAILED : MetricsRunState.QUEUED,
        error: message.slice(0, 500),
        finishedAt: finalAttempt ? new Date() : null,
      });
      throw error;
    }
    return runs.findOneByOrFail({ id: run.id });
  }

  private async benchmark() {
    const rows: { dimension: string; category: string; residents: number }[] = await this.dataSource.query(
      'SELECT dimension, category, residents FROM census_benchmarks',
    );
    return rows;
  }
}
