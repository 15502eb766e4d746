import 'reflect-metadata';
import { Logger } from 'nestjs-pino';
import { closeOnSignals, startPlatform } from '@app/runtime';
import { createWebApp } from './create-web-app';
import { resolveWebOptions } from './web-options';

/**
 * `npm run start:web`: the web pages alone, speaking to the API at API_URL (scaled deployments). Sessions are kept
 * where the platform keeps its state (Redis, or its database), so it needs the API's DATABASE_URL and REDIS_URL.
 */
async function main() {
  const platform = await startPlatform();
  const { config } = platform;
  if (!process.env.API_URL) throw new Error('API_URL must be set when the web app runs alone (npm run start:web)');
  const web = await createWebApp(
    config,
    resolveWebOptions(config, () => process.env.API_URL!),
  );
  closeOnSignals(() => web.close(), platform);
  await web.listen(config.env.PORT, '0.0.0.0');
  web.get(Logger).log(`Web pages at http://localhost:${config.env.PORT}/ (API at ${process.env.API_URL})`);
}

main().catch((error: unknown) => {
  process.stderr.write(`Web app failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
