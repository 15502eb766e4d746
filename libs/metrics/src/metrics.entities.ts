import { MetricsReportEntity } from './entities/metrics-report.entity';
import { MetricsRunEntity } from './entities/metrics-run.entity';
import { OpenDataReleaseEntity } from './entities/open-data-release.entity';

export const METRICS_ENTITIES = [MetricsRunEntity, MetricsReportEntity, OpenDataReleaseEntity];
