import { join } from 'node:path';
import { Browser, BrowserContext, Page } from 'playwright-core';
import {
  call,
  computeFigures,
  signIn,
  TECHEQUITY,
  techEquityCohort,
  WebUser,
  webUsers,
  WebUsers,
} from './figures-fixtures';
import { flaggedVacancy, skillIds } from '@app/testing';
import { PageChecks } from './page-checks';
import { clickToNewPage, launchChromium, residentContext, startWebTestApp, WebTestApp } from './web-test-app';

jest.setTimeout(240_000);

/** Set to a folder (e.g. docs/web) to save the dashboard's screenshots for docs/web.md. */
const SCREENSHOTS = process.env.WEB_SCREENSHOTS_DIR;
const HIDDEN = 'hidden to protect privacy';

/**
 * The dashboard (WEB.md `/brokerage/dashboard`) and an organisation's own figures (`/organisation/figures`), with
 * JavaScript off, on the TechEquity cohort of METRICS.md's worked example: charts drawn on the server with their
 * tables, hidden cells shown as hidden, recompute, and who may see which page. Every page is checked with axe-core
 * and at 320 px.
 */
describe('the dashboard without JavaScript', () => {
  let app: WebTestApp;
  let browser: Browser;
  let users: WebUsers;
  let cohortId: string;
  /** Pages checked, and what was wrong with them: every variant of an address (a dimension, an error, 320 px). */
  const checked: string[] = [];
  const problems: string[] = [];
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    [app, browser] = await Promise.all([startWebTestApp(), launchChromium()]);
    users = await webUsers(app.api);
    ({ cohortId } = await techEquityCohort(app.api, users.provider));
    await computeFigures(app.api, { kind: 'CITY' }, users.admin.token);
    await computeFigures(app.api, { kind: 'COHORT', id: cohortId }, users.analyst.token);
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await app?.close();
  });

  /** WEB.md's checks of one page as it is now (PageChecks checks an address once; each variant here counts). */
  const check = async (page: Page) => {
    const checks = new PageChecks(browser);
    try {
      await checks.check(page);
      checked.push(page.url());
      problems.push(...checks.problems.map((problem) => `${page.url()} ${problem}`));
    } finally {
      await checks.close();
    }
  };

  /** A signed-in browser (JavaScript off) of the given width, and where signing in took them. */
  const signedIn = async (user: WebUser, width = 1024): Promise<{ page: Page; landed: string }> => {
    const context = await residentContext(browser, app.baseUrl, { javaScript: false, width });
    contexts.push(context);
    const page = await context.newPage();
    const landed = await signIn(page, app, user);
    return { page, landed };
  };

  /** A window-sized screenshot for docs/web.md, scrolled to a heading. */
  const screenshotAt = async (page: Page, heading: string, file: string) => {
    await page.locator('h2', { hasText: heading }).first().scrollIntoViewIfNeeded();
    await page.evaluate(
      `document.evaluate("//h2[contains(., '${heading}')]", document).iterateNext().scrollIntoView()`,
    );
    await page.screenshot({ path: join(SCREENSHOTS!, file) });
  };

  /** The rows of the table with this caption, each as its cells' text. */
  const tableRows = (page: Page, caption: string) =>
    page
      .locator('table', { has: page.locator('caption', { hasText: caption }) })
      .first()
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').trim())),
      );

  /** The chart's SVG is one image named by its title and summary, which are on the page. */
  const expectNamedChart = async (page: Page, title: string) => {
    const heading = page.locator('h3', { hasText: title }).first();
    const id = (await heading.getAttribute('id'))!.replace(/-title$/, '');
    const svg = page.locator(`figure:has(#${id}-title) svg`);
    expect(await svg.getAttribute('role')).toBe('img');
    expect(await svg.getAttribute('aria-labelledby')).toBe(`${id}-title ${id}-summary`);
    expect(await svg.getAttribute('width')).toBe('100%');
    expect(await svg.getAttribute('viewBox')).toMatch(/^0 0 \d+ \d+$/);
    expect((await page.locator(`#${id}-summary`).textContent())!.length).toBeGreaterThan(40);
  };

  it('a broker reaches the city dashboard from the menu: the TechEquity funnel, outcomes and representation as charts with tables', async () => {
    const { page, landed } = await signedIn(users.broker);
    expect(landed).toBe('/brokerage/organisations'); // a broker's home is the verification queue
    await Promise.all([
      page.waitForURL('**/brokerage/dashboard'),
      page.getByRole('link', { name: 'Dashboard' }).click(),
    ]);
    await check(page);
    expect(await page.getByRole('link', { name: 'Dashboard' }).count()).toBe(1);
    expect(await page.locator('#figures-scope').textContent()).toContain('the whole city');
    expect(await page.locator('#computed-at').textContent()).toMatch(/^Worked out on \d+ \w+ \d{4} at \d\d:\d\d\.$/);

    await expectNamedChart(page, 'Courses: people who reached each step');
    if (SCREENSHOTS) await screenshotAt(page, 'How many people reached each step', 'dashboard-desktop.png');
    expect(await tableRows(page, 'Courses: people who reached each step')).toEqual([
      ['Enquired', '300', ''],
      ['Applied', '150', '50%'],
      ['Offered a place', '36', '24%'],
      ['Started', '36', '100%'],
      ['Completed', '30', '83%'],
      ['Positive outcome', '20', '67%'],
    ]);
    const outcomes = Object.fromEntries(await tableRows(page, 'Outcomes of the courses'));
    expect(outcomes['Starts (people who began the course)']).toBe(String(TECHEQUITY.places));
    expect(outcomes['Completion rate (completions of starts)']).toBe('83%');
    expect(outcomes['Positive outcomes of starts']).toBe('56%');
    expect(outcomes['Median salary of the jobs people went on to']).toBe('£26,000');
    expect(outcomes['Jobs paying at least the Real Living Wage']).toMatch(/^\d+%$/);

    // Ethnic group: the one Arab learner ("Other ethnic group") is hidden at every step, never shown as 1 or 0.
    await expectNamedChart(page, 'Courses: Ethnic group at each step');
    const groups = await tableRows(page, 'Courses: Ethnic group at each step');
    const other = groups.filter(([, group]) => group === 'Other ethnic group');
    expect(other.length).toBe(6);
    const enquiredOther = other.find(([stage]) => stage === 'Enquired')!;
    expect(enquiredOther[2]).toBe(HIDDEN);
    expect(groups.find(([stage, group]) => stage === 'Started' && group === 'Other ethnic group')![2]).toBe(HIDDEN);
    expect(page.locator('svg').first()).toBeTruthy();

    // Ethnic minority, against the Census: 66% of applicants and 75% of starters, as the worked example says.
    await clickToNewPage(page, page.getByRole('link', { name: 'Ethnic minority', exact: true }));
    await check(page);
    const minority = await tableRows(page, 'Courses: Ethnic minority at each step');
    const row = (stage: string) => minority.find(([s, group]) => s === stage && group === 'Ethnic minority')!;
    expect(row('Applied').slice(2, 4)).toEqual(['99', '66%']);
    expect(row('Started').slice(2, 4)).toEqual(['27', '75%']);
    expect(row('Applied')[4]).toMatch(/^\d+%$/); // Manchester's share in the 2021 Census, marked on the chart
    await expectNamedChart(page, 'Courses: Ethnic minority at each step');
    expect(await page.locator('#representation-courses-summary').textContent()).toContain('2021 Census');
    expect(await page.locator('#four-fifths-flagged').textContent()).toMatch(
      /^(Flagged in any group: \d+|No group is flagged)\.$/,
    );
    const rates = await tableRows(page, 'Ethnic minority: how often people moved on');
    expect(rates.map(([steps]) => steps)).toContain('Applied to Started');

    if (SCREENSHOTS)
      await screenshotAt(page, 'Who reached each step, by group', 'dashboard-representation-desktop.png');
  });

  it('fits 320 px, and shows one cohort when a broker asks for it by its reference number', async () => {
    const { page } = await signedIn(users.broker, 320);
    await page.goto(`${app.baseUrl}/brokerage/dashboard`); // a broker lands on the verification queue
    await check(page);
    if (SCREENSHOTS) await screenshotAt(page, 'How many people reached each step', 'dashboard-phone.png');
    await page.getByText('Choose what the figures cover').click();
    await page.getByLabel('What to show').selectOption('COHORT');
    await page.getByLabel('Reference number').fill('not-a-reference');
    await clickToNewPage(page, page.getByRole('button', { name: 'Show figures' }));
    expect(await page.title()).toMatch(/^Error: Dashboard/);
    expect(await page.locator('.govuk-error-summary').textContent()).toContain('No course provider, course');
    await check(page);

    await page.getByLabel('Reference number').fill(cohortId);
    await clickToNewPage(page, page.getByRole('button', { name: 'Show figures' }));
    expect(await page.locator('#figures-scope').textContent()).toContain(cohortId);
    expect((await tableRows(page, 'Courses: people who reached each step')).map(([s, n]) => [s, n])).toEqual([
      ['Enquired', '300'],
      ['Applied', '150'],
      ['Offered a place', '36'],
      ['Started', '36'],
      ['Completed', '30'],
      ['Positive outcome', '20'],
    ]);
    expect(await page.locator('h3', { hasText: 'Jobs:' }).count()).toBe(0); // a cohort has no job side
    await clickToNewPage(page, page.getByRole('link', { name: 'Ethnicity', exact: true }));
    await check(page);
  });

  it('works the figures out again when asked, and says when they are up to date', async () => {
    const { page } = await signedIn(users.admin);
    await page.goto(`${app.baseUrl}/brokerage/dashboard`); // an admin lands on the verification queue
    const before = await page.locator('#computed-at').textContent();
    await clickToNewPage(page, page.getByRole('button', { name: 'Work out the figures again' }));
    expect(await page.locator('.govuk-notification-banner').textContent()).toContain('We have asked');
    expect(page.url()).toMatch(/[?&]run=[0-9a-f-]{36}/);
    await check(page);
    const runId = new URL(page.url()).searchParams.get('run')!;
    for (let i = 0; i < 300; i += 1) {
      const state = await page.locator('#run-state').textContent();
      if (state!.includes('finished')) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
      await page.reload();
    }
    expect(await page.locator('#run-state').textContent()).toContain('finished, the figures below are up to date');
    // The page now shows the run it asked for (or a later one), worked out no earlier than the one before.
    const { diversityReport } = await call<{ diversityReport: { runId: string } }>(
      app.api,
      `query { diversityReport(scope: { kind: CITY }) { runId } }`,
      {},
      users.admin.token,
    );
    expect(diversityReport.runId).toBeTruthy();
    expect(runId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await page.locator('#computed-at').textContent()).toMatch(/^Worked out on/);
    expect(before).toMatch(/^Worked out on/);
  });

  it('an analyst can read the dashboard; a resident, an employer and a provider get "You cannot see this page"; a resident asking for the figures of an organisation goes to their account', async () => {
    const analyst = await signedIn(users.analyst);
    expect(analyst.landed).toBe('/brokerage/dashboard');
    expect(await tableRows(analyst.page, 'Courses: people who reached each step')).toHaveLength(6);

    for (const user of [users.resident, users.employer, users.provider]) {
      const { page } = await signedIn(user);
      expect(await page.getByRole('link', { name: 'Dashboard' }).count()).toBe(0);
      const response = await page.goto(`${app.baseUrl}/brokerage/dashboard`);
      expect(response!.status()).toBe(403);
      expect(await page.locator('h1').textContent()).toBe('You cannot see this page');
      await check(page);
      const recompute = await page.request.post(`${app.baseUrl}/brokerage/dashboard/recompute`, {
        form: { kind: 'CITY' },
        maxRedirects: 0,
      });
      expect(recompute.status()).toBe(403); // no CSRF token: refused before anything else
    }
    const { page } = await signedIn(users.resident);
    await page.goto(`${app.baseUrl}/organisation/figures`);
    expect(new URL(page.url()).pathname).toBe('/account'); // another role's page sends a person to their own home
    const anonymous = await residentContext(browser, app.baseUrl, { javaScript: false });
    contexts.push(anonymous);
    const signedOut = await anonymous.newPage();
    await signedOut.goto(`${app.baseUrl}/brokerage/dashboard`);
    expect(new URL(signedOut.url()).pathname).toBe('/sign-in');
  });

  it('a provider sees the same charts for its own cohort in the protected view, small groups hidden', async () => {
    const { page } = await signedIn(users.provider);
    await page.goto(`${app.baseUrl}/organisation/figures`);
    await check(page);
    await clickToNewPage(page, page.getByRole('link', { name: /starting 1 September 2025/ }));
    expect(await page.locator('#figures-scope').textContent()).toContain('starting 1 September 2025');
    expect(await page.locator('.govuk-inset-text').textContent()).toContain('may be up to 2 more or less');
    await expectNamedChart(page, 'Courses: people who reached each step');
    const funnel = await tableRows(page, 'Courses: people who reached each step');
    const truths = [300, 150, 36, 36, 30, 20];
    funnel.forEach(([, shown], i) => expect(Math.abs(Number(shown) - truths[i])).toBeLessThanOrEqual(2));
    if (SCREENSHOTS) await screenshotAt(page, 'Who reached each step, by group', 'organisation-figures-desktop.png');
    await clickToNewPage(page, page.getByRole('link', { name: 'Ethnicity', exact: true }));
    await check(page);
    const arab = (await tableRows(page, 'Courses: Ethnicity at each step')).filter(([, group]) => group === 'Arab');
    expect(arab.length).toBe(6);
    for (const [, , count] of arab) expect([HIDDEN, '0']).toContain(count);
    // Another organisation's cohort, or the city, is not theirs to see.
    expect((await page.goto(`${app.baseUrl}/organisation/figures?kind=CITY`))!.status()).toBe(403);
  });

  it('an employer whose vacancy the four-fifths rule flags sees why each group was turned down, never a count from 1 to 9', async () => {
    const [skill] = await skillIds(app.api, 'SQL');
    const vacancyId = await flaggedVacancy(app.api, users.employer, skill);
    await computeFigures(app.api, { kind: 'VACANCY', id: vacancyId }, users.employer.token);
    const { page } = await signedIn(users.employer);
    await page.goto(`${app.baseUrl}/organisation/figures`);
    await clickToNewPage(page, page.getByRole('link', { name: /Rejection Reasons Analyst/ }));
    await clickToNewPage(page, page.getByRole('link', { name: 'Gender', exact: true }));
    await check(page);
    const rates = await tableRows(page, 'Gender: how often people moved on');
    const women = rates.find(([, group]) => group === 'Women' || group === 'Woman')!;
    expect(women[4]).toBe('Below four-fifths');
    // Skills 14 and experience 2 (hidden, as "all of them are women" would say something about each).
    expect(women[5]).toMatch(/^skills: (1[2-6]|hidden to protect privacy); experience: hidden to protect privacy/);
    for (const row of rates) expect(row[5] ?? '').not.toMatch(/: [1-9](;|$)/);
  });

  it('every page reached passes axe (WCAG 2.2 A/AA), has one h1 and fits its window', () => {
    expect(checked.length).toBeGreaterThanOrEqual(9);
    expect(problems).toEqual([]);
  });
});
