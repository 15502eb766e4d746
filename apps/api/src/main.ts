import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { closeOnSignals, HttpDrain, readJsonBodies, startPlatform } from '@app/runtime';
import { ProcessorsModule } from '../../worker/src/worker.module';
import { ApiModule } from './api.module';
import { ensureFirstAdmin } from './first-admin';

/**
 * The API process. With `--with-worker` (what `npm start` uses) the queue processors run in the same process, so one
 * command runs the whole platform; scaled deployments run `start:api` and `start:worker` separately.
 */
async function main() {
  const withWorker = process.argv.includes('--with-worker');
  const platform = await startPlatform();
  const { config } = platform;
  const app = await NestFactory.create<NestExpressApplication>(
    ApiModule.forRoot(config, withWorker ? [{ module: ProcessorsModule }] : []),
    { bufferLogs: true },
  );
  app.useLogger(app.get(Logger));
  readJsonBodies(app);
  app.disable('x-powered-by');
  closeOnSignals(() => app.close(), platform, new HttpDrain(app.getHttpServer()));
  await ensureFirstAdmin(app, config);
  await app.listen(config.env.PORT, '0.0.0.0');
  app
    .get(Logger)
    .log(`GraphQL API at http://localhost:${config.env.PORT}/graphql${withWorker ? ' (queue worker in process)' : ''}`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `API failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
