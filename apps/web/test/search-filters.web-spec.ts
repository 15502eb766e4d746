import { Browser, Page } from 'playwright-core';
import { addDays, londonToday } from '@app/reference';
import { PageChecks } from './page-checks';
import { clickToNewPage, launchChromium, residentContext, startWebTestApp, WebTestApp } from './web-test-app';
import { createActors, openCohort, openVacancy, skillIds } from '@app/testing';

jest.setTimeout(120_000);

const resultTitles = (page: Page) => page.locator('.mcr-result h2').allInnerTexts();
const status = (page: Page) => page.getByRole('status').innerText();

/** "Starting soon" on find a course; salary and hours on find a job: with JavaScript off, typed values kept. */
describe('search filters: when a course starts, what a job pays and its hours', () => {
  let app: WebTestApp;
  let browser: Browser;
  let checks: PageChecks;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startWebTestApp(), launchChromium()]);
    checks = new PageChecks(browser);
    const actors = await createActors(app.api);
    const [python] = await skillIds(app.api, 'Python (computer programming)');
    const today = londonToday();
    for (const [title, days] of [
      ['Python in Two Weeks', 14],
      ['Python Next Season', 80],
      ['Python Next Year', 200],
    ] as const) {
      await openCohort(app.api, actors.provider, python, { programme: { title }, startDate: addDays(today, days) });
    }
    for (const [title, salary, hours] of [
      ['Part-time Data Assistant', 2_800_000, 20],
      ['Data Analyst', 3_000_000, 37.5],
      ['Data Trainee', 2_200_000, 40],
    ] as const) {
      await openVacancy(app.api, actors.employer, python, {
        title,
        salaryMinPence: salary,
        salaryMaxPence: salary,
        hoursPerWeek: hours,
      });
    }
  });
  afterAll(async () => {
    await checks?.close();
    await browser?.close();
    await app?.close();
  });

  it('find a course: starting in the next 4 weeks, or 3 months', async () => {
    const context = await residentContext(browser, app.baseUrl, { javaScript: false });
    const page = await context.newPage();
    await page.goto('/courses');
    expect(await status(page)).toContain('3 courses found.');
    await page.getByLabel('In the next 4 weeks').check();
    await clickToNewPage(page, page.getByRole('button', { name: 'Search' }));
    expect(new URL(page.url()).searchParams.get('starts')).toBe('4-weeks');
    expect(await resultTitles(page)).toEqual(['Python in Two Weeks']);
    expect(await status(page)).toContain('1 course found.');
    expect(await page.getByLabel('In the next 4 weeks').isChecked()).toBe(true);
    await checks.check(page);

    await page.getByLabel('In the next 3 months').check();
    await clickToNewPage(page, page.getByRole('button', { name: 'Search' }));
    expect((await resultTitles(page)).sort()).toEqual(['Python Next Season', 'Python in Two Weeks']);
    await context.close();
  });

  it('find a job: pays at least, hours at most; a salary that is not a number is shown as an error', async () => {
    const context = await residentContext(browser, app.baseUrl, { javaScript: false });
    const page = await context.newPage();
    await page.goto('/jobs');
    expect(await status(page)).toContain('3 jobs found.');
    await page.getByLabel('Pays at least (a year)').fill('£25,000');
    await page.getByLabel('Hours a week, at most').fill('37.5');
    await clickToNewPage(page, page.getByRole('button', { name: 'Search' }));
    expect((await resultTitles(page)).sort()).toEqual(['Data Analyst', 'Part-time Data Assistant']);
    expect(await status(page)).toContain('2 jobs found.');
    expect(await page.getByLabel('Pays at least (a year)').inputValue()).toBe('£25,000');
    expect(await page.getByLabel('Hours a week, at most').inputValue()).toBe('37.5');
    await checks.check(page);

    // Not a number: caught by the page. Too many hours: refused by the API, shown against the box.
    await page.getByLabel('Pays at least (a year)').fill('lots');
    await page.getByLabel('Hours a week, at most').fill('37.5');
    await clickToNewPage(page, page.getByRole('button', { name: 'Search' }));
    expect(await page.title()).toBe('Error: Find a job – Manchester Skills and Jobs');
    expect(await page.locator('.govuk-error-summary a').getAttribute('href')).toBe('#minSalary');
    expect(await page.locator('#minSalary-error').innerText()).toContain('Enter a yearly salary in pounds');
    expect(await page.getByLabel('Pays at least (a year)').inputValue()).toBe('lots');
    expect(await resultTitles(page)).toEqual([]);
    await checks.check(page);

    await page.getByLabel('Pays at least (a year)').fill('');
    await page.getByLabel('Hours a week, at most').fill('70');
    await clickToNewPage(page, page.getByRole('button', { name: 'Search' }));
    expect(await page.locator('.govuk-error-summary a').getAttribute('href')).toBe('#maxHours');
    expect(await page.locator('#maxHours-error').innerText()).toContain('from 1 to 60');
    expect(await page.getByLabel('Hours a week, at most').inputValue()).toBe('70');
    await context.close();
    expect(checks.problems).toEqual([]);
  });
});
