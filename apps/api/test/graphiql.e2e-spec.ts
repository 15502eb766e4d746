import { existsSync } from 'node:fs';
import { Browser, chromium } from 'playwright-core';
import request from 'supertest';
import { TestApp } from '@app/testing';
import { startApi } from '../../platform/test/test-platform';

// ARCHITECTURE.md "Tests": the machine's Chromium (CI installs it), with these flags.
const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`SKIPPED: GraphiQL in a browser: ${CHROMIUM} not found (CI installs it)`);
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * GraphiQL at /graphql in development: everything it loads comes from the API itself (no CDN), it works in a real
 * browser with every other host unreachable, and it says how to sign in.
 */
describe('GraphiQL landing page in development (e2e)', () => {
  let api: TestApp;
  let browser: Browser;
  let url: string;

  beforeAll(async () => {
    api = await startApi({ env: { NODE_ENV: 'development' } });
    url = await api.app.getUrl();
    if (hasChromium) browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
    await api.close();
  });

  it('is an HTML page that loads nothing from another host', async () => {
    const res = await request(api.app.getHttpServer()).get('/graphql').set('accept', 'text/html');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.text).not.toMatch(/unpkg|jsdelivr|cdnjs|https?:\/\//);
    const sources = [...res.text.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]);
    expect(sources.length).toBeGreaterThanOrEqual(4);
    for (const source of sources) {
      const asset = await request(api.app.getHttpServer()).get(source);
      expect(asset.status).toBe(200);
      expect(asset.headers['content-type']).toMatch(/javascript|css/);
    }
  });

  it('serves only the page’s own files from its asset path', async () => {
    const res = await request(api.app.getHttpServer()).get('/graphiql-assets/package.json');
    expect(res.status).toBe(404);
  });

  (hasChromium ? it : it.skip)(
    'works in a browser with every other host unreachable, and says how to sign in',
    async () => {
      const page = await browser.newPage();
      const elsewhere: string[] = [];
      await page.route('**/*', (route) => {
        if (route.request().url().startsWith(url)) return route.continue();
        elsewhere.push(route.request().url());
        return route.abort();
      });
      await page.goto(`${url}/graphql`);
      await page.locator('.graphiql-container').waitFor({ timeout: 30_000 });
      await expect(page.locator('#sign-in-help').innerText()).resolves.toMatch(/login.*Authorization.*Bearer/s);
      // The editor starts with the sign-in help and a login mutation to fill in.
      await expect(page.locator('.graphiql-query-editor').innerText()).resolves.toMatch(/login\(input/);
      expect(elsewhere).toEqual([]);
      await page.close();
    },
  );
});
