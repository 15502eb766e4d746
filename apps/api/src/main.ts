import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { closeOnSignals, HttpDrain, readJsonBodies, startPlatform } from '@app/runtime';
import { ApiModule } from './api.module';
import { ensureFirstAdmin } from './first-admin';

/**
 * The API process alone (`npm run start:api`), for scaled deployments beside `start:worker`. The one-process
 * platform (`npm start`) is composed by apps/platform, which adds the worker's processors; this app never imports
 * the worker.
 */
async function main() {
  const platform = await startPlatform();
  const { config } = platform;
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot(config), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  readJsonBodies(app);
  app.disable('x-powered-by');
  closeOnSignals(() => app.close(), platform, new HttpDrain(app.getHttpServer()));
  await ensureFirstAdmin(app, config);
  await app.listen(config.env.PORT, '0.0.0.0');
  app.get(Logger).log(`GraphQL API at http://localhost:${config.env.PORT}/graphql`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `API failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
