import { Browser } from 'playwright-core';
import { GOOD_PASSWORD, newResident } from '@app/testing';
import { journeyCatalogue } from './journey-fixtures';
import { PageChecks } from './page-checks';
import { clickToNewPage, launchChromium, residentContext, startWebTestApp, WebTestApp } from './web-test-app';

// Each page is checked with axe-core, which takes seconds a page on a busy 2-core machine.
jest.setTimeout(300_000);

/**
 * Every page, public and signed in, on a 320 px wide phone screen with JavaScript on: no horizontal scrolling, and
 * the same axe-core, h1 and title checks as the journeys (so pages no journey reaches are checked too).
 */
describe('every page at 320 px wide', () => {
  let app: WebTestApp;
  let browser: Browser;
  let catalogue: Awaited<ReturnType<typeof journeyCatalogue>>;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startWebTestApp(), launchChromium()]);
    catalogue = await journeyCatalogue(app);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('public pages: no horizontal scrolling and no accessibility violations', async () => {
    const { bootcamp, analystJob } = catalogue;
    const context = await residentContext(browser, app.baseUrl, { javaScript: true, width: 320 });
    const page = await context.newPage();
    const checks = new PageChecks(browser);
    const publicPages = [
      '/',
      '/courses',
      '/courses?q=typescript&kind=BOOTCAMP&funded=yes',
      `/courses/${bootcamp.programmeId}`,
      '/jobs',
      `/jobs/${analystJob}`,
      '/create-account',
      '/accessibility',
      '/privacy',
      '/cookies',
      '/no-such-page',
      '/sign-in',
    ];
    for (const path of publicPages) {
      await page.goto(path);
      await checks.check(page);
    }
    await checks.close();
    await context.close();
    expect(checks.problems).toEqual([]);
    expect(checks.pagesChecked.size).toBe(publicPages.length - 1); // the two searches of /courses are one page
  });

  it('signed-in pages: no horizontal scrolling and no accessibility violations', async () => {
    const { analystJob } = catalogue;
    const resident = await newResident(app.api, 'Mei Chen');
    const [ward] = (await app.api.gql<{ wards: { code: string }[] }>('{ wards { code } }')).data!.wards;
    const skills = await app.api.gql<{ skills: { edges: { node: { id: string } }[] } }>(
      '{ skills(search: "Python", first: 1) { edges { node { id } } } }',
    );
    const pythonId = skills.data!.skills.edges[0].node.id;
    const setUp = await app.api.gql(
      `mutation ($ward: String, $skill: ID!, $job: ID!) {
        updateMyProfile(input: { wardCode: $ward, livesInGreaterManchester: true, dateOfBirth: "1995-04-02",
          employmentStatus: UNEMPLOYED, highestQualificationLevel: 3, maxTravelKm: 10, shareProfileWithEmployers: true }) { id }
        setMySkills(skills: [{ skillId: $skill, level: WORKING }]) { id }
        applyToVacancy(vacancyId: $job) { id }
      }`,
      { ward: ward.code, skill: pythonId, job: analystJob },
      resident.token,
    );
    expect(setUp.errors).toBeUndefined();

    const context = await residentContext(browser, app.baseUrl, { javaScript: true, width: 320 });
    const page = await context.newPage();
    const checks = new PageChecks(browser);
    await page.goto('/sign-in');
    await page.getByLabel('Email address').fill(resident.email);
    await page.getByLabel('Password', { exact: true }).fill(GOOD_PASSWORD);
    await clickToNewPage(page, page.getByRole('button', { name: 'Sign in' }));
    expect(page.url()).toMatch(/\/account$/);
    const accountPages = [
      '/account',
      '/account/profile',
      '/account/profile/about',
      '/account/profile/where',
      '/account/profile/situation',
      '/account/profile/digital',
      '/account/profile/interests',
      '/account/skills?q=python',
      `/account/skills/${pythonId}/level`,
      '/account/matches/jobs',
      '/account/matches/courses',
      '/account/pathways',
      '/account/applications',
      '/account/equality',
      '/account/data',
    ];
    for (const path of accountPages) {
      await page.goto(path);
      await checks.check(page);
    }
    await checks.close();
    await context.close();
    expect(checks.problems).toEqual([]);
    expect(checks.pagesChecked.size).toBe(accountPages.length);
  });
});
