import { NestExpressApplication } from '@nestjs/platform-express';
import AxeBuilder from '@axe-core/playwright';
import Redis from 'ioredis';
import { AddressInfo } from 'node:net';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { webClientSecret } from '@app/config';
import { redisUrlForTests, TestApp } from '@app/testing';
import { startApi } from '../../platform/test/test-platform';
import { routePagesToWeb } from '../../platform/src/serve-together';
import { createWebApp } from '../src/create-web-app';

/** What `npm start` serves, on a fresh database: the API, the worker and the web pages on one port. */
export interface WebTestApp {
  api: TestApp;
  baseUrl: string;
  close(): Promise<void>;
}

export type SessionStoreKind = 'postgres' | 'redis';

/**
 * Sessions in PostgreSQL (the default), or in Redis at REDIS_URL under this run's own key prefix; `env` overrides
 * the platform's variables (e.g. RATE_LIMIT_PER_MINUTE).
 */
export async function startWebTestApp({
  sessions = 'postgres' as SessionStoreKind,
  env = {} as Record<string, string>,
} = {}): Promise<WebTestApp> {
  let web: NestExpressApplication | undefined;
  const api = await startApi({
    env,
    beforeListen: async (app, config) => {
      const ownApiUrl = () => `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}/graphql`;
      web = await createWebApp(
        config,
        {
          apiUrl: ownApiUrl,
          sessionSecret: 'web-tests-'.repeat(4),
          production: false,
          databaseUrl: config.databaseUrl,
          webClientSecret: webClientSecret(config),
          redis: sessions === 'redis' ? { url: redisUrlForTests()!, prefix: config.queue.prefix } : undefined,
        },
        { quiet: true },
      );
      routePagesToWeb(app, web);
    },
  });
  const { port } = api.app.getHttpServer().address() as AddressInfo;
  return {
    api,
    baseUrl: `http://127.0.0.1:${port}`,
    async close() {
      await web?.close();
      if (sessions === 'redis') await deleteRedisSessions(`${api.config.queue.prefix}:web-session:`);
      await api.close();
    },
  };
}

/** Removes a run's sessions from the shared Redis (they would otherwise wait 12 hours to expire). */
async function deleteRedisSessions(prefix: string): Promise<void> {
  const redis = new Redis(redisUrlForTests()!);
  try {
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length) await redis.del(...keys);
  } finally {
    await redis.quit();
  }
}

/** The flags ARCHITECTURE.md "Tests" gives for the machine's Chromium. */
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: CHROMIUM_FLAGS });
}

/** A browser context as a resident would have it: JavaScript on or off, a phone-sized or desktop window. */
export async function residentContext(
  browser: Browser,
  baseUrl: string,
  options: { javaScript: boolean; width?: number },
): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    javaScriptEnabled: options.javaScript,
    viewport: { width: options.width ?? 1024, height: 800 },
  });
  // A step that cannot happen fails in seconds, naming what it waited for, instead of at the test's timeout.
  context.setDefaultTimeout(15_000);
  return context;
}

const WCAG_22_A_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** The WCAG 2.2 A and AA rules axe-core finds broken on the page, as "rule: where" lines (empty when none). */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_22_A_AA).analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`),
  );
}

/** How far the page is wider than the window (0 when there is no horizontal scrolling). */
export function horizontalOverflow(page: Page): Promise<number> {
  // Runs in the page, where `document` exists; the test's own TypeScript has no DOM types.
  return page.evaluate(
    'document.documentElement.scrollWidth - document.documentElement.clientWidth',
  ) as Promise<number>;
}

/**
 * Clicks something that loads a new page (a link, a form's button) and waits for that page, not the one before:
 * a form that fails comes back to the same address, so waiting for a URL or a load state would not tell them apart.
 */
export async function clickToNewPage(page: Page, target: { click(): Promise<void> }): Promise<void> {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), target.click()]);
}
