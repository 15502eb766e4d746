import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { RuntimeConfig } from '@app/config';
import { configureWebApp } from './web-app';
import { WebModule } from './web.module';
import { WebOptions } from './web-options';

/**
 * The web app, configured and initialised but not listening: `npm run start:web` listens on it alone, and the
 * one-process `npm start` hands it the requests that are not the API's. Its own body parsing (forms only).
 */
export async function createWebApp(
  config: RuntimeConfig,
  options: WebOptions,
  logger: false | ('error' | 'warn' | 'log')[] = ['error', 'warn', 'log'],
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(WebModule.forRoot(config, options), {
    bodyParser: false,
    logger,
  });
  configureWebApp(app, options, config.env.TRUSTED_PROXY_HOPS);
  await app.init();
  return app;
}
