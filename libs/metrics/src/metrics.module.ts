import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { METRICS_ENTITIES } from './metrics.entities';
import { MetricsComputationService } from './metrics-computation.service';
import { MetricsEventSubscriber } from './metrics-event-subscriber';
import { MetricsScheduler } from './metrics-scheduler';
import { MetricsScopeChanges } from './metrics-scope-changes';
import { MetricsSweep } from './metrics-sweep';
import { PendingMetricsJobs } from './pending-metrics-jobs';
import { MetricsService } from './metrics.service';
import { OpenDataPublisher } from './open-data-publisher.service';
import { OpenDataReleases } from './open-data-releases.service';

@Module({
  imports: [TypeOrmModule.forFeature(METRICS_ENTITIES)],
  providers: [
    MetricsService,
    MetricsComputationService,
    MetricsScheduler,
    OpenDataPublisher,
    OpenDataReleases,
    PendingMetricsJobs,
    MetricsScopeChanges,
    MetricsSweep,
    MetricsEventSubscriber,
  ],
  exports: [
    MetricsService,
    MetricsComputationService,
    MetricsScheduler,
    OpenDataPublisher,
    OpenDataReleases,
    MetricsSweep,
    MetricsEventSubscriber,
  ],
})
export class MetricsModule {}
