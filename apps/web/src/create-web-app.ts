import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { RuntimeConfig } from '@app/config';
import { configureWebApp } from './web-app';
import { WebModule } from './web.module';
import { WebOptions } from './web-options';

/**
 * The web app, configured and initialised but not listening: `npm run start:web` listens on it alone, and the
 * one-process `npm start` hands it the requests that are not the API's. It parses form bodies itself (no JSON).
 */
export async function createWebApp(
  config: RuntimeConfig,
  options: WebOptions,
  { quiet = false } = {},
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(WebModule.forRoot(config, options), {
    bodyParser: false,
    // Tests want errors and warnings only; processes log JSON through pino, like the API.
    ...(quiet ? { logger: ['error', 'warn'] as const } : { bufferLogs: true }),
  });
  if (!quiet) app.useLogger(app.get(Logger));
  configureWebApp(app, options, config.env.TRUSTED_PROXY_HOPS);
  await app.init();
  return app;
}
