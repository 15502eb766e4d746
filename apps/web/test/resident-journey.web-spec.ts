import { Browser, Page } from 'playwright-core';
import { journeyCatalogue, JOURNEY_SKILLS } from './journey-fixtures';
import { PageChecks } from './page-checks';
import { clickToNewPage, launchChromium, residentContext, startWebTestApp, WebTestApp } from './web-test-app';

jest.setTimeout(180_000);

/**
 * WEB.md's resident journey with JavaScript switched off, in the machine's Chromium: create an account, answer the
 * profile questions, add three skills, see job matches with their reasons and a bootcamp they can apply for, apply
 * for it and for a job, accept the place the provider offers, see both under applications, sign out, and find
 * nothing private behind the back button. Every page reached is checked with axe-core (WCAG 2.2 A/AA) and for one
 * h1, the title pattern and no horizontal scrolling.
 */
describe('resident journey without JavaScript', () => {
  let app: WebTestApp;
  let browser: Browser;
  let catalogue: Awaited<ReturnType<typeof journeyCatalogue>>;
  let checks: PageChecks;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startWebTestApp(), launchChromium()]);
    catalogue = await journeyCatalogue(app);
    checks = new PageChecks(browser);
  });
  afterAll(async () => {
    await checks?.close();
    await browser?.close();
    await app?.close();
  });

  /** Goes to a page (an address, or a click that loads one) and checks it. */
  const go = async (page: Page, to: string | { click(): Promise<void> }) => {
    if (typeof to === 'string') await page.goto(to);
    else await clickToNewPage(page, to);
    await checks.check(page);
  };

  it('takes a new resident from the start page to an accepted place and a job application', async () => {
    const context = await residentContext(browser, app.baseUrl, { javaScript: false });
    const page = await context.newPage();
    const main = page.locator('main');

    await go(page, '/');
    await go(page, page.getByRole('link', { name: 'Create an account' }).first());
    await page.getByLabel('Your name').fill('Amina Yusuf');
    await page.getByLabel('Email address').fill(`amina.${Date.now()}@example.org`);
    await page.getByLabel('Create a password').fill('correct horse battery staple');
    await go(page, page.getByRole('button', { name: 'Create account' }));

    // Profile question pages, then check your answers.
    expect(page.url()).toMatch(/\/account\/profile\/about$/);
    await page.getByLabel('Day').fill('15');
    await page.getByLabel('Month').fill('6');
    await page.getByLabel('Year').fill('1990');
    await page.getByLabel('Level 3').check();
    await go(page, page.getByRole('button', { name: 'Continue' }));
    expect(page.url()).toMatch(/\/account\/profile\/where$/);
    await expect(main.getByText('A ward is one of the 32 areas')).toBeTruthy();
    const wardOptions = await page.locator('#ward option').allTextContents();
    expect(wardOptions).toContain('Outside Greater Manchester');
    expect(wardOptions.filter((text) => !/Choose|Outside/.test(text))).toHaveLength(32);
    await page.selectOption('#ward', { label: 'Ancoats & Beswick' });
    await page.getByLabel('Up to 10 km').check();
    await go(page, page.getByRole('button', { name: 'Continue' }));
    await page.getByLabel('Unemployed').check();
    await page.getByLabel(/How many hours/).fill('30');
    await go(page, page.getByRole('button', { name: 'Continue' }));
    await page.getByLabel('A laptop, tablet or computer').check();
    await page.getByLabel('Internet at home').check();
    await page.getByLabel('Yes').check();
    await go(page, page.getByRole('button', { name: 'Continue' }));
    expect(page.url()).toMatch(/\/account\/profile$/);
    const answers = await main.innerText();
    expect(answers).toContain('15 June 1990');
    expect(answers).toContain('Ancoats & Beswick');
    expect(answers).toContain('Unemployed');

    // Three skills: search without JavaScript, then choose a level with each level explained.
    await go(page, page.getByRole('button', { name: 'Add your skills' }));
    for (const skill of JOURNEY_SKILLS) {
      await page.getByLabel('Search for a skill').fill(skill.search);
      await go(page, page.getByRole('button', { name: 'Search skills' }));
      await go(page, main.getByRole('link', { name: skill.name, exact: true }));
      expect(await main.innerText()).toContain('You know it deeply and could teach it to others.');
      await page.getByLabel(skill.level).check();
      await go(page, page.getByRole('button', { name: 'Save' }));
    }
    const skills = await main.innerText();
    for (const skill of JOURNEY_SKILLS) expect(skills).toContain(skill.name);

    // Job matches, with the reason for each skill.
    await go(page, '/account/matches/jobs');
    const jobMatches = await main.innerText();
    expect(jobMatches).toContain('Junior Data Analyst');
    expect(jobMatches).toContain(
      'Python (computer programming): you have it at working level; the job asks for working.',
    );
    expect(jobMatches).toContain('You have every essential skill');

    // A bootcamp they can get into, with who can apply in plain English.
    await go(page, '/account/matches/courses');
    const courseMatches = await main.innerText();
    expect(courseMatches).toContain('TypeScript Skills Bootcamp');
    expect(courseMatches).toContain('You must live in Manchester.');
    expect(courseMatches).toContain('You must be aged 19 or over.');
    await go(page, '/account/pathways');
    expect(await main.innerText()).toContain('TypeScript Skills Bootcamp, then Junior TypeScript Developer');

    // Apply for the bootcamp's cohort, and for the analyst job.
    await go(page, `/courses/${catalogue.bootcamp.programmeId}`);
    await go(page, main.getByRole('button', { name: /^Apply/ }));
    expect(page.url()).toMatch(/\/account\/applications$/);
    expect(await main.innerText()).toContain('Your application has been sent to the course provider.');
    await go(page, `/jobs/${catalogue.analystJob}`);
    await page.getByLabel(/Tell the employer why/).fill('I have used Python and SQL to analyse data at a food bank.');
    await go(page, page.getByRole('button', { name: 'Apply for this job' }));
    expect(await main.innerText()).toContain('Your application has been sent to the employer.');

    // The provider offers a place; the resident accepts it.
    const { provider } = catalogue.actors;
    const enrolments = await app.api.gql<{ cohortEnrolments: { edges: { node: { id: string } }[] } }>(
      'query ($id: ID!) { cohortEnrolments(cohortId: $id) { edges { node { id } } } }',
      { id: catalogue.bootcamp.cohortId },
      provider.token,
    );
    const enrolmentId = enrolments.data!.cohortEnrolments.edges[0].node.id;
    const offered = await app.api.gql(
      'mutation ($id: ID!) { offerPlace(enrolmentId: $id) { status } }',
      { id: enrolmentId },
      provider.token,
    );
    expect(offered.errors).toBeUndefined();
    await page.reload();
    await checks.check(page);
    await go(page, main.getByRole('button', { name: /Accept your place/ }));
    const applications = await main.innerText();
    expect(applications).toContain('You have accepted your place.');
    expect(applications).toContain('Place accepted');
    expect(applications).toContain('Junior Data Analyst');
    expect(applications).toContain('Applied');

    // Sign out; the back button brings back nothing private.
    await go(page, page.getByRole('button', { name: 'Sign out' }));
    expect(await main.innerText()).toContain('You have signed out');
    await page.goBack();
    await page.waitForLoadState('load');
    const afterBack = await page.content();
    expect(page.url()).toMatch(/\/sign-in$/);
    expect(afterBack).not.toContain('Junior Data Analyst');
    expect(afterBack).not.toContain('Amina Yusuf');

    await context.close();
    expect(checks.problems).toEqual([]);
    expect(checks.pagesChecked.size).toBeGreaterThanOrEqual(12);
  });
});
