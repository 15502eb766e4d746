import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { closeOnSignals, startPlatform } from '@app/runtime';
import { WorkerModule } from './worker.module';

/** The queue worker process: processors only, no HTTP. Run as many as the load needs. */
async function main() {
  const platform = await startPlatform();
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(platform.config), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  closeOnSignals(() => app.close(), platform);
  app.get(Logger).log(`worker started (queue backend: ${platform.config.queue.backend})`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `worker failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
