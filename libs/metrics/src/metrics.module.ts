import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { METRICS_ENTITIES } from './metrics.entities';
import { MetricsComputationService } from './metrics-computation.service';
import { MetricsScheduler } from './metrics-scheduler';
import { MetricsScopeChanges } from './metrics-scope-changes';
import { MetricsSweep } from './metrics-sweep';
import { PendingMetricsJobs } from './pending-metrics-jobs';
import { MetricsService } from './metrics.service';
import { OpenDataService } from './open-data.service';

@Module({
  imports: [TypeOrmModule.forFeature(METRICS_ENTITIES)],
  providers: [
    MetricsService,
    MetricsComputationService,
    MetricsScheduler,
    OpenDataService,
    PendingMetricsJobs,
    MetricsScopeChanges,
    MetricsSweep,
  ],
  exports: [MetricsService, MetricsComputationService, MetricsScheduler, OpenDataService, MetricsSweep],
})
export class MetricsModule {}
