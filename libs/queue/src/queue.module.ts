import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import { RuntimeConfig } from '@app/config';
import { QueueName } from './queue-names';
import { selectQueueBackend } from './queue-connection';
import { SystemQueueProducer } from './system-queue.producer';

const DEFAULT_JOB_OPTIONS = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 1_000 },
  removeOnComplete: { age: 24 * 60 * 60, count: 1_000 },
  removeOnFail: { age: 7 * 24 * 60 * 60 },
};

/** The queues and their producers, on the backend the configuration selects. */
@Module({})
export class QueueModule {
  static forRoot(config: RuntimeConfig): DynamicModule {
    const connection = selectQueueBackend(config);
    return {
      module: QueueModule,
      global: true,
      imports: [
        BullModule.forRoot({ connection, prefix: config.queue.prefix, defaultJobOptions: DEFAULT_JOB_OPTIONS }),
        BullModule.registerQueue({ name: QueueName.SYSTEM }, { name: QueueName.METRICS }),
      ],
      providers: [SystemQueueProducer],
      exports: [BullModule, SystemQueueProducer],
    };
  }
}
