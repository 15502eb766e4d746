import { MetricsReportEntity } from './entities/metrics-report.entity';
import { MetricsRunEntity } from './entities/metrics-run.entity';

export const METRICS_ENTITIES = [MetricsRunEntity, MetricsReportEntity];
