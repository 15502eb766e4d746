import { DynamicModule, Module } from '@nestjs/common';
import { ConfigModule, LoggingModule, RuntimeConfig } from '@app/config';
import { DatabaseModule } from '@app/database';
import { DomainEventRelay, QueueModule } from '@app/queue';
import { MetricsModule } from '@app/metrics';
import { NotificationsModule } from '@app/notifications';
import { DomainEventsProcessor } from './processors/domain-events.processor';
import { MetricsProcessor } from './processors/metrics.processor';
import { NotificationsProcessor } from './processors/notifications.processor';
import { SystemProcessor } from './processors/system.processor';
import { WorkerShutdown } from './worker-shutdown';

/** The queue processors alone: imported by the worker app, and by the API when both share one process. */
@Module({
  imports: [MetricsModule, NotificationsModule],
  providers: [
    SystemProcessor,
    MetricsProcessor,
    DomainEventsProcessor,
    NotificationsProcessor,
    DomainEventRelay,
    WorkerShutdown,
  ],
})
export class ProcessorsModule {}

/** The worker process: no HTTP, just the infrastructure the processors need. */
@Module({})
export class WorkerModule {
  static forRoot(config: RuntimeConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot(config),
        DatabaseModule.forRoot(config),
        QueueModule.forRoot(config),
        ProcessorsModule,
      ],
    };
  }
}
