import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { METRICS_ENTITIES } from './metrics.entities';
import { MetricsComputationService } from './metrics-computation.service';
import { MetricsScheduler } from './metrics-scheduler';
import { MetricsService } from './metrics.service';
import { OpenDataPublisher } from './open-data-publisher.service';
import { OpenDataReleases } from './open-data-releases.service';

@Module({
  imports: [TypeOrmModule.forFeature(METRICS_ENTITIES)],
  providers: [MetricsService, MetricsComputationService, MetricsScheduler, OpenDataPublisher, OpenDataReleases],
  exports: [MetricsService, MetricsComputationService, MetricsScheduler, OpenDataPublisher, OpenDataReleases],
})
export class MetricsModule {}
