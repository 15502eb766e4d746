import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AddressInfo } from 'node:net';
import { Logger } from 'nestjs-pino';
import { closeOnSignals, HttpDrain, readJsonBodies, startPlatform } from '@app/runtime';
import { ensureFirstAdmin } from '../../api/src/first-admin';
import { createWebApp } from '../../web/src/create-web-app';
import { resolveWebOptions } from '../../web/src/web-options';
import { platformModule } from './platform.module';
import { routePagesToWeb } from './serve-together';

/**
 * `npm start`: the composition root that runs the whole platform in one process on one port: the GraphQL API (and
 * its REST neighbours), the queue worker, and the web pages at `/`, which speak to this same process's /graphql over
 * HTTP like any other client. The apps do not import each other; only this file knows all three.
 */
async function main() {
  const platform = await startPlatform();
  const { config } = platform;
  const api = await NestFactory.create<NestExpressApplication>(platformModule(config), { bufferLogs: true });
  api.useLogger(api.get(Logger));
  const ownApiUrl = () => `http://127.0.0.1:${(api.getHttpServer().address() as AddressInfo).port}/graphql`;
  const web = await createWebApp(config, resolveWebOptions(config, ownApiUrl));
  routePagesToWeb(api, web);
  readJsonBodies(api);
  api.disable('x-powered-by');
  // On SIGTERM readiness fails at once and the one HTTP server (pages and API) keeps serving for the drain period,
  // then answers what is in flight before the apps close (docs/operations.md, "Stopping").
  closeOnSignals(
    async () => {
      await api.close();
      await web.close();
    },
    platform,
    new HttpDrain(api.getHttpServer()),
  );
  await ensureFirstAdmin(api, config);
  await api.listen(config.env.PORT, '0.0.0.0');
  api
    .get(Logger)
    .log(`Web pages at http://localhost:${config.env.PORT}/, GraphQL API at /graphql (queue worker in process)`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `The platform failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
