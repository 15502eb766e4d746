import 'reflect-metadata';
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Client } from 'pg';
import { chromium, Page } from 'playwright-core';
import { withDatabaseName } from '@app/database';
import { freePort, waitUntilReady } from '../bench/bench-process';
import { freshBenchDatabase } from '../bench/bench-database';
import { DEMO_PASSWORD } from './seed-demo';
import { repoRoot } from './repo-root';

const BUILD = join(__dirname, '..');
const OUT = join(repoRoot(), 'docs', 'web');
const ADMIN_EMAIL = 'screenshots.admin@demo.brokerage.localhost';
const EMPLOYER = 'hannah.brierley@demo.brokerage.localhost';
const PROVIDER = 'amara.okafor@demo.brokerage.localhost';

/**
 * `npm run docs:screenshots:organisations`: the organisations' and brokers' pages of docs/web.md as PNG files, desktop
 * (1024 px) and phone (320 px), taken in the machine's Chromium from the whole platform on a scratch database holding
 * the demo catalogue, with one organisation waiting for verification and one job application.
 */
async function main() {
  const bench = await freshBenchDatabase('brokerage_screenshots');
  let platform: ChildProcess | undefined;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  try {
    const env = {
      ...process.env,
      DATABASE_URL: bench.url,
      REDIS_URL: '',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_PER_MINUTE: '0',
    };
    execFileSync(process.execPath, [join(BUILD, 'scripts/seed-demo.js')], {
      env: { ...env, NODE_ENV: 'development' },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    const port = await freePort();
    platform = spawn(process.execPath, [join(BUILD, 'apps/platform/src/main.js')], {
      env: {
        ...env,
        NODE_ENV: 'development',
        PORT: String(port),
        JWT_SECRET: randomBytes(32).toString('hex'),
        DATA_DIR: `/tmp/screenshots-${port}`,
        ADMIN_EMAIL,
        ADMIN_PASSWORD: DEMO_PASSWORD,
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const base = `http://127.0.0.1:${port}`;
    await waitUntilReady(base, platform, 'platform', 90_000);
    const vacancyId = await prepare(base);

    const shots: { who: string; path: string; name: string }[] = [
      { who: ADMIN_EMAIL, path: '/brokerage/organisations', name: 'organisations-queue' },
      { who: EMPLOYER, path: '/organisation', name: 'organisation' },
      { who: EMPLOYER, path: '/organisation/vacancies/new', name: 'vacancy-form' },
      { who: EMPLOYER, path: `/organisation/vacancies/${vacancyId}/candidates`, name: 'vacancy-candidates' },
      { who: EMPLOYER, path: `/organisation/vacancies/${vacancyId}/applications`, name: 'vacancy-applications' },
      { who: PROVIDER, path: '/organisation/programmes', name: 'programmes' },
    ];
    for (const width of [1024, 320]) {
      const pages = new Map<string, Page>();
      for (const shot of shots) {
        let page = pages.get(shot.who);
        if (!page) {
          page = await (await browser.newContext({ baseURL: base, viewport: { width, height: 800 } })).newPage();
          await signIn(page, shot.who);
          pages.set(shot.who, page);
        }
        await page.goto(shot.path);
        const file = join(OUT, `${shot.name}-${width === 320 ? 'phone' : 'desktop'}.png`);
        await page.screenshot({ path: file, fullPage: width === 320 ? false : true });
        console.log(`screenshots: ${file}`);
      }
      for (const page of pages.values()) await page.context().close();
    }
  } finally {
    await browser.close();
    if (platform && platform.exitCode === null) {
      // The database is dropped only once the platform has let go of it.
      const exited = new Promise((resolve) => platform!.once('exit', resolve));
      platform.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 20_000))]);
    }
    await bench.close();
    await dropScratchDatabase(bench.url);
  }
}

/** The scratch database is only for the pictures: it goes once they are taken. */
async function dropScratchDatabase(url: string): Promise<void> {
  const admin = new Client({ connectionString: withDatabaseName(url, 'postgres') });
  await admin.connect();
  try {
    await admin.query('DROP DATABASE IF EXISTS brokerage_screenshots WITH (FORCE)');
  } finally {
    await admin.end();
  }
}

async function gql<T>(base: string, query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (!body.data) throw new Error(`screenshots: ${JSON.stringify(body.errors)}`);
  return body.data;
}

const login = async (base: string, email: string) =>
  (
    await gql<{ login: { accessToken: string } }>(
      base,
      'mutation ($i: LoginInput!) { login(input: $i) { accessToken } }',
      { i: { email, password: DEMO_PASSWORD } },
    )
  ).login.accessToken;

/** An organisation waiting for verification, and the demo resident's application to the employer's first job. */
async function prepare(base: string): Promise<string> {
  await gql(base, 'mutation ($i: RegisterOrganisationInput!) { registerOrganisation(input: $i) { accessToken } }', {
    i: {
      email: 'kofi.mensah@demo.brokerage.localhost',
      password: DEMO_PASSWORD,
      displayName: 'Kofi Mensah',
      organisationName: 'Moss Side Makers CIC',
      kind: 'PROVIDER',
    },
  });
  const employer = await login(base, EMPLOYER);
  const { myVacancies } = await gql<{ myVacancies: { edges: { node: { id: string; status: string } }[] } }>(
    base,
    '{ myVacancies(first: 20) { edges { node { id status } } } }',
    {},
    employer,
  );
  const vacancyId = myVacancies.edges.find((edge) => edge.node.status === 'OPEN')!.node.id;
  const resident = await login(base, 'amina.yusuf@demo-resident.brokerage.localhost');
  await gql(base, 'mutation { updateMyProfile(input: { shareProfileWithEmployers: true }) { id } }', {}, resident);
  await gql(base, 'mutation ($v: ID!) { applyToVacancy(vacancyId: $v) { id } }', { v: vacancyId }, resident).catch(
    () => undefined,
  );
  return vacancyId;
}

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Sign in' }).click()]);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
