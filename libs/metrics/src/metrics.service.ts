import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { RUNTIME_CONFIG, RuntimeConfig } from '@app/config';
import { MetricsReportEntity } from './entities/metrics-report.entity';
import { MetricsRunEntity } from './entities/metrics-run.entity';
import { audienceOf, checkScopeAccess, checkScopeShape, MetricsViewer } from './metrics-access';
import { DiversityFigures, OutcomeFigures } from './metrics.types';
import { reportView } from './report-views';
import { MetricsComputationService } from './metrics-computation.service';
import { MetricsScheduler } from './metrics-scheduler';
import { MetricsScope, scopeKey } from './scope';

/** One run's reports as one reader may see them. */
export interface MetricsReportView {
  runId: string;
  computedAt: Date;
  diversity: DiversityFigures;
  outcomes: OutcomeFigures | null;
}

/** The API's side of metrics: ask for a recompute, follow a run, read the latest report of a scope. */
@Injectable()
export class MetricsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly computation: MetricsComputationService,
    private readonly scheduler: MetricsScheduler,
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  /** A QUEUED run, and its job on the queue. */
  async request(viewer: MetricsViewer, scope: MetricsScope): Promise<MetricsRunEntity> {
    await this.allowed(viewer, scope);
    const jobKey = `request_${randomUUID()}`;
    const run = await this.computation.ensureRun(jobKey, scope);
    await this.scheduler.request(scope, jobKey);
    return run;
  }

  /** A run the viewer may see (one of a scope they may read); null otherwise. */
  async run(viewer: MetricsViewer, id: string): Promise<MetricsRunEntity | null> {
    const run = isUUID(id) ? await this.dataSource.getRepository(MetricsRunEntity).findOneBy({ id }) : null;
    if (!run) return null;
    const scope = { kind: run.scopeKind, id: run.scopeId, from: run.scopeFrom, to: run.scopeTo };
    const visible = await checkScopeAccess(this.dataSource.manager, viewer, scope).then(
      () => true,
      () => false,
    );
    return visible ? run : null;
  }

  /**
   * The scope's newest report (from its latest COMPLETED run) in the view the viewer may see, or null before the
   * first run.
   */
  async latestReport(viewer: MetricsViewer, scope: MetricsScope): Promise<MetricsReportView | null> {
    await this.allowed(viewer, scope);
    const report = await this.dataSource
      .getRepository(MetricsReportEntity)
      .findOne({ where: { scopeKey: scopeKey(scope) }, order: { computedAt: 'DESC' } });
    if (!report) return null;
    const view = reportView(report.tallies, audienceOf(viewer), this.config.env.METRICS_SUPPRESSION_THRESHOLD);
    return { runId: report.runId, computedAt: report.computedAt, ...view };
  }

  private async allowed(viewer: MetricsViewer, scope: MetricsScope): Promise<void> {
    checkScopeShape(scope);
    await checkScopeAccess(this.dataSource.manager, viewer, scope);
  }
}
