import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { METRICS_ENTITIES } from './metrics.entities';
import { MetricsComputationService } from './metrics-computation.service';
import { MetricsScheduler } from './metrics-scheduler';
import { MetricsService } from './metrics.service';
import { OpenDataService } from './open-data.service';

@Module({
  imports: [TypeOrmModule.forFeature(METRICS_ENTITIES)],
  providers: [MetricsService, MetricsComputationService, MetricsScheduler, OpenDataService],
  exports: [MetricsService, MetricsComputationService, MetricsScheduler, OpenDataService],
})
export class MetricsModule {}
