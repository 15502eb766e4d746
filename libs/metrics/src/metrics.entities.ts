import { MetricsPendingJobEntity } from './entities/metrics-pending-job.entity';
import { MetricsReportEntity } from './entities/metrics-report.entity';
import { MetricsRunEntity } from './entities/metrics-run.entity';
import { MetricsScopeChangeEntity } from './entities/metrics-scope-change.entity';
import { OpenDataReleaseEntity } from './entities/open-data-release.entity';

export const METRICS_ENTITIES = [
  MetricsRunEntity,
  MetricsReportEntity,
  MetricsPendingJobEntity,
  MetricsScopeChangeEntity,
  OpenDataReleaseEntity,
];
