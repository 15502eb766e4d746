import { Browser, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { DeliveryMode, TimeSlot } from '@app/catalogue';
import { SkillLevel } from '@app/reference';
import { PageChecks } from './page-checks';
import { clickToNewPage, launchChromium, residentContext, startWebTestApp, WebTestApp } from './web-test-app';
import { createActors, GOOD_PASSWORD, newResident, openCohort, openVacancy, skillIds } from '@app/testing';

jest.setTimeout(180_000);

/**
 * Issue 17 with JavaScript off: a resident says when they are free, their hours, that they have no laptop and that
 * cyber security interests them; their matches explain what fits and what does not; they ask for a Disability
 * Confident interview with adjustments; a rejection's feedback points them to a course. Every page is checked with
 * axe-core and for one h1 and no horizontal scrolling.
 */
describe('matching that fits a life, without JavaScript', () => {
  let app: WebTestApp;
  let browser: Browser;
  let checks: PageChecks;
  let socJob: string, securityJob: string, cryptoCourse: string;
  let resident: Awaited<ReturnType<typeof newResident>>;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startWebTestApp(), launchChromium()]);
    checks = new PageChecks(browser);
    const actors = await createActors(app.api);
    const [cyber, encryption, hacking] = await skillIds(
      app.api,
      'cyber security',
      'ICT encryption',
      'ethical hacking principles',
    );
    await app.api.gql(
      `mutation { updateMyOrganisation(input: { disabilityConfident: COMMITTED }) { id } }`,
      {},
      actors.employer.token,
    );
    socJob = await openVacancy(app.api, actors.employer, cyber, { title: 'Junior SOC Analyst', hoursPerWeek: 16 });
    securityJob = await openVacancy(app.api, actors.employer, cyber, {
      title: 'Security Engineer',
      hoursPerWeek: 37.5,
      requirements: [
        { skillId: cyber, level: SkillLevel.WORKING, essential: true },
        { skillId: encryption, level: SkillLevel.PRACTITIONER, essential: true },
      ],
    });
    const crypto = await openCohort(app.api, actors.provider, encryption, {
      programme: {
        title: 'Applied Cryptography',
        hoursPerWeek: 15,
        delivery: DeliveryMode.ONLINE,
        lendsDevices: true,
        skillsTaught: [{ skillId: encryption, level: SkillLevel.PRACTITIONER }],
      },
    });
    cryptoCourse = crypto.programmeId;
    await app.api.app
      .get(DataSource)
      .query(`UPDATE cohorts SET delivery_times = $2 WHERE id = $1`, [crypto.cohortId, [TimeSlot.SCHOOL_HOURS]]);
    const evening = await openCohort(app.api, actors.otherProvider, hacking, {
      programme: { title: 'Evening Ethical Hacking', hoursPerWeek: 20, delivery: DeliveryMode.HYBRID },
    });
    await app.api.app
      .get(DataSource)
      .query(`UPDATE cohorts SET delivery_times = $2 WHERE id = $1`, [evening.cohortId, [TimeSlot.EVENINGS]]);

    resident = await newResident(app.api, 'Jo Bloggs');
    await app.api.gql(
      `mutation ($s: [ResidentSkillInput!]!) { setMySkills(skills: $s) { id } }`,
      { s: [{ skillId: cyber, level: 'WORKING' }] },
      resident.token,
    );
    // An earlier application, turned down for a missing skill, with feedback.
    const applied = await app.api.gql<{ applyToVacancy: { id: string } }>(
      `mutation ($v: ID!) { applyToVacancy(vacancyId: $v) { id } }`,
      { v: securityJob },
      resident.token,
    );
    const rejected = await app.api.gql(
      `mutation ($id: ID!, $f: ApplicationFeedbackInput) { advanceApplication(applicationId: $id, to: REJECTED, feedback: $f) { id } }`,
      {
        id: applied.data!.applyToVacancy.id,
        f: { reason: 'SKILLS', message: 'Encryption matters a lot here.', unmetSkillIds: [encryption] },
      },
      actors.employer.token,
    );
    expect(rejected.errors).toBeUndefined();
  });
  afterAll(async () => {
    await checks?.close();
    await browser?.close();
    await app?.close();
  });

  const go = async (page: Page, to: string | { click(): Promise<void> }) => {
    if (typeof to === 'string') await page.goto(to);
    else await clickToNewPage(page, to);
    await checks.check(page);
  };

  it('asks about interests, hours, free times and devices, explains each match, and leads from feedback to a course', async () => {
    const context = await residentContext(browser, app.baseUrl, { javaScript: false });
    const page = await context.newPage();
    const main = page.locator('main');
    await go(page, '/sign-in');
    await page.getByLabel('Email address').fill(resident.email);
    await page.getByLabel('Password', { exact: true }).fill(GOOD_PASSWORD);
    await go(page, page.getByRole('button', { name: 'Sign in' }));

    // "16 hours a week, school hours, no laptop", then "cyber security".
    await go(page, '/account/profile/situation?change=1');
    await page.getByLabel('Unemployed').check();
    await page.getByLabel(/How many hours/).fill('16');
    await page.getByLabel(/School hours only/).check();
    await go(page, page.getByRole('button', { name: 'Continue' }));
    expect(page.url()).toMatch(/\/account\/profile$/);
    await go(page, '/account/profile/digital?change=1');
    await page.getByLabel('Internet at home').check();
    await page.getByLabel('No').check();
    await go(page, page.getByRole('button', { name: 'Continue' }));
    await go(page, page.getByRole('link', { name: /Change.*work you are interested in/ }));
    expect(page.url()).toMatch(/\/account\/profile\/interests$/);
    await page.getByLabel('Cyber security').check();
    await go(page, page.getByRole('button', { name: 'Continue' }));
    expect(page.url()).toMatch(/\/account\/profile$/);
    const answers = await main.innerText();
    expect(answers).toContain('School hours only');
    expect(answers).toContain('16 hours a week');
    expect(answers).toContain('Cyber security');

    // Jobs: explained, the one that does not fit shown with why.
    await go(page, '/account/matches/jobs');
    const jobs = await main.innerText();
    expect(jobs.indexOf('Junior SOC Analyst')).toBeLessThan(jobs.indexOf('Security Engineer'));
    expect(jobs).toContain('Fits your 16 hours a week (this job is 16 hours a week)');
    expect(jobs).toContain('In cyber security, which you said interests you');
    await go(page, page.getByRole('link', { name: 'Only show matches in the areas that interest you' }));
    expect(page.url()).toMatch(/interests=only$/);

    // Courses: the evening one is shown, with what does not fit.
    await go(page, '/account/matches/courses');
    const courses = await main.innerText();
    expect(courses).toContain('You would need a laptop: this provider lends one');
    expect(courses).toContain('Runs in school hours, when you said you are free');
    expect(courses).toContain('Evening Ethical Hacking');
    expect(courses).toContain('Runs in the evenings: you said you are free in school hours');
    expect(courses).toContain('This course is 20 hours a week: more than the 16 hours you have');
    await go(page, `/courses/${cryptoCourse}`);
    const course = await main.innerText();
    expect(course).toContain('The provider lends laptops to learners who need one.');
    expect(course).toContain('How this fits your life');
    expect(course).toContain('Runs in school hours, when you said you are free');

    // A Disability Confident interview, with adjustments.
    await go(page, `/jobs/${securityJob}`);
    expect(await main.innerText()).toContain('This job is 37.5 hours a week: more than the 16 hours you have');
    await go(page, `/jobs/${socJob}`);
    await page.getByLabel(/consider me for an interview under the scheme/).check();
    await page.getByLabel(/Adjustments you would like/).fill('Step-free access');
    await go(page, page.getByRole('button', { name: 'Apply' }));
    expect(page.url()).toMatch(/\/account\/applications$/);
    const applications = await main.innerText();
    expect(applications).toContain('Disability Confident interview');
    // The earlier rejection says what was missing and which course would close it.
    expect(applications).toContain('You did not have all the skills the job needs.');
    expect(applications).toContain('Encryption matters a lot here.');
    expect(applications).toContain('Skills you would need: ICT encryption.');
    await expect(main.getByRole('link', { name: 'Applied Cryptography' }).count()).resolves.toBe(1);

    await context.close();
    expect(checks.problems).toEqual([]);
  });
});
