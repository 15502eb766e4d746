import { Browser } from 'playwright-core';
import { Residency } from '@app/catalogue';
import { SkillLevel } from '@app/reference';
import { journeyCatalogue } from './journey-fixtures';
import { PageChecks } from './page-checks';
import { clickToNewPage, launchChromium, residentContext, startWebTestApp, WebTestApp } from './web-test-app';
import { GOOD_PASSWORD, newResident, openCohort, skillIds } from '@app/testing';

jest.setTimeout(120_000);

/**
 * "Tell us your date of birth to see up to 1 more course": the course matches page names the missing answers that
 * hide courses, with the API's counts, and links to the question that asks each; answering it shows the course.
 */
describe('missing answers that hide courses', () => {
  let app: WebTestApp;
  let browser: Browser;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startWebTestApp(), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('says which answer shows how many more courses, and keeps its word (JavaScript off)', async () => {
    // The journey's bootcamp (Manchester residents aged 19 or over) and a course for anyone aged 19 or over.
    const { actors } = await journeyCatalogue(app);
    const [typescript] = await skillIds(app.api, 'TypeScript');
    await openCohort(app.api, actors.provider, typescript, {
      programme: {
        title: 'TypeScript for Adults',
        skillsTaught: [{ skillId: typescript, level: SkillLevel.PRACTITIONER }],
        eligibility: { residency: Residency.ANY, minAge: 19 },
      },
    });
    const resident = await newResident(app.api, 'Nadia Hussain');
    const setUp = await app.api.gql(
      `mutation ($skill: ID!) { setMySkills(skills: [{ skillId: $skill, level: AWARENESS }]) { id } }`,
      { skill: typescript },
      resident.token,
    );
    expect(setUp.errors).toBeUndefined();

    const context = await residentContext(browser, app.baseUrl, { javaScript: false });
    const page = await context.newPage();
    const checks = new PageChecks(browser);
    await page.goto('/sign-in');
    await page.getByLabel('Email address').fill(resident.email);
    await page.getByLabel('Password', { exact: true }).fill(GOOD_PASSWORD);
    await clickToNewPage(page, page.getByRole('button', { name: 'Sign in' }));

    // No answers yet: a date of birth alone would list "TypeScript for Adults"; the bootcamp needs a ward as well.
    await page.goto('/account/matches/courses');
    const hints = page.locator('[data-test="match-hints"] li');
    expect(await hints.allInnerTexts()).toEqual(['Tell us your date of birth to see up to 1 more course']);
    await checks.check(page);
    await page.goto('/account/pathways');
    expect(await hints.allInnerTexts()).toEqual(['Tell us your date of birth to see up to 1 more course']);
    await checks.check(page);

    await page.goto('/account/matches/courses');
    await clickToNewPage(
      page,
      page.getByRole('link', { name: 'Tell us your date of birth to see up to 1 more course' }),
    );
    expect(page.url()).toMatch(/\/account\/profile\/about\?change=1$/);
    await page.getByLabel('Day').fill('14');
    await page.getByLabel('Month').fill('2');
    await page.getByLabel('Year').fill('1990');
    await page.getByLabel('Level 2').check();
    await clickToNewPage(page, page.getByRole('button', { name: 'Continue' }));

    // Now the course shows, and where you live would show the bootcamp.
    await page.goto('/account/matches/courses');
    expect(await page.getByRole('heading', { name: 'TypeScript for Adults' }).count()).toBe(1);
    expect(await hints.allInnerTexts()).toEqual(['Tell us where you live to see up to 1 more course']);
    expect(await hints.locator('a').getAttribute('href')).toBe('/account/profile/where?change=1');

    await checks.close();
    expect(checks.problems).toEqual([]);
    await context.close();
  });
});
