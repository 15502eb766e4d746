import { Browser, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { IdentityService, OrganisationKind, Role, TokenService } from '@app/identity';
import { londonToday } from '@app/reference';
import { PageChecks } from './page-checks';
import { clickToNewPage, launchChromium, residentContext, startWebTestApp, WebTestApp } from './web-test-app';
import { createActors, GOOD_PASSWORD, newResident, openCohort, openVacancy, skillIds, uniqueEmail } from '@app/testing';

jest.setTimeout(240_000);

/**
 * The employer's side with JavaScript switched off, at 320 px wide: register an employer, see "waiting for
 * verification", write a vacancy (a mistake first: the error is shown and what was typed kept), be refused opening
 * it while unverified, be verified by a broker through the queue page, open it, see a blind candidate ranked with the
 * reason per skill, and take their application from shortlist (where the name appears) to hire. Every page reached
 * is checked with axe-core (WCAG 2.2 A/AA), for one h1, the title pattern and no horizontal scrolling.
 */
describe('employer journey without JavaScript', () => {
  let app: WebTestApp;
  let browser: Browser;
  let checks: PageChecks;
  const brokerEmail = uniqueEmail('broker');
  const organisationName = `Ancoats Analytics ${Date.now()}`;
  let resident: { token: string; name: string };

  beforeAll(async () => {
    [app, browser] = await Promise.all([startWebTestApp(), launchChromium()]);
    checks = new PageChecks(browser);
    const identity = app.api.app.get(IdentityService);
    await identity.createStaffUser({
      email: brokerEmail,
      password: GOOD_PASSWORD,
      displayName: 'Bea Broker',
      role: Role.BROKER,
    });
    // A resident who shares their profile with employers and has SQL at expert level (shown blind as "working").
    const name = 'Zainab Okafor';
    const { user } = await identity.registerResident({
      email: uniqueEmail('resident'),
      password: GOOD_PASSWORD,
      displayName: name,
    });
    resident = { token: app.api.app.get(TokenService).issue(user.id).accessToken, name };
    const [sql] = await skillIds(app.api, 'SQL');
    await app.api.gql(
      `mutation ($s: [ResidentSkillInput!]!) { setMySkills(skills: $s) { id } }`,
      { s: [{ skillId: sql, level: 'EXPERT' }] },
      resident.token,
    );
    await app.api.gql(
      `mutation { updateMyProfile(input: { shareProfileWithEmployers: true }) { id } }`,
      {},
      resident.token,
    );
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

  it('registers, is verified by a broker, posts a vacancy, sees a blind candidate, shortlists and hires', async () => {
    const employer = await (await residentContext(browser, app.baseUrl, { javaScript: false, width: 320 })).newPage();
    const main = employer.locator('main');

    // Register the organisation.
    await go(employer, '/register-organisation');
    await go(employer, employer.getByRole('button', { name: 'Register organisation' }));
    const summary = await main.locator('.govuk-error-summary').innerText();
    expect(summary).toContain('Choose whether you are an employer or a training provider');
    expect(summary).toContain('Enter the name of the organisation');
    await employer.getByLabel('An employer').check();
    await employer.getByLabel('Name of the organisation').fill(organisationName);
    await employer.getByLabel('Your name').fill('Sam Patel');
    await employer.getByLabel('Your work email address').fill(uniqueEmail('employer'));
    await employer.getByLabel('Create a password').fill(GOOD_PASSWORD);
    await go(employer, employer.getByRole('button', { name: 'Register organisation' }));
    expect(employer.url()).toMatch(/\/organisation$/);
    let text = await main.innerText();
    expect(text).toContain('Waiting for verification');
    expect(text).toContain('What happens next');
    expect(text).toContain('Sam Patel');
    // The details: a website the API refuses is shown against its field, then put right.
    await go(employer, main.getByRole('link', { name: 'Change these details' }));
    await employer.getByLabel('Website').fill('ancoats-analytics');
    await employer.locator('#ward').selectOption({ label: 'Ancoats & Beswick' });
    await go(employer, employer.getByRole('button', { name: 'Save' }));
    expect(await main.locator('.govuk-error-summary').innerText()).toContain('Enter the website’s full address');
    expect(await employer.getByLabel('Website').inputValue()).toBe('ancoats-analytics');
    await employer.getByLabel('Website').fill('https://ancoats-analytics.example.org');
    await go(employer, employer.getByRole('button', { name: 'Save' }));
    text = await main.innerText();
    expect(text).toContain('https://ancoats-analytics.example.org');
    expect(text).toContain('Ancoats & Beswick');

    // An employer following a resident's link lands on their own home, not an error.
    await employer.goto('/account');
    expect(employer.url()).toMatch(/\/organisation$/);

    // Write a vacancy: a salary that is not an amount first, then put right.
    await go(employer, '/organisation/vacancies');
    await go(employer, main.getByRole('button', { name: 'Post a vacancy' }));
    await employer.getByLabel('Job title').fill('Junior Data Analyst');
    await employer.getByLabel('About the job').fill('Analyse data for Manchester charities.');
    await employer.locator('#skill-0').selectOption({ label: 'SQL' });
    await employer.locator('#level-0').selectOption('WORKING');
    await employer.getByLabel('Lowest yearly salary').fill('twenty six thousand');
    await employer.getByLabel('Highest yearly salary').fill('30,000');
    await employer.getByLabel('Hours a week').fill('37.5');
    await employer.getByLabel('Permanent').check();
    await employer.getByLabel('From home').check();
    const [year, month, day] = londonToday().split('-');
    await employer.getByLabel('Day', { exact: true }).fill(day);
    await employer.getByLabel('Month', { exact: true }).fill(month);
    await employer.getByLabel('Year', { exact: true }).fill(String(Number(year) + 1));
    await go(employer, employer.getByRole('button', { name: 'Save vacancy' }));
    expect(await employer.title()).toMatch(/^Error: /);
    expect(await main.locator('.govuk-error-summary').innerText()).toContain(
      'Enter the lowest yearly salary in pounds',
    );
    expect(await employer.getByLabel('Job title').inputValue()).toBe('Junior Data Analyst');
    expect(await employer.locator('#skill-0 option:checked').innerText()).toBe('SQL');
    expect(await main.innerText()).toContain('The Real Living Wage is £');
    await employer.getByLabel('Lowest yearly salary').fill('26,000');
    await go(employer, employer.getByRole('button', { name: 'Save vacancy' }));
    expect(employer.url()).toMatch(/\/organisation\/vacancies\/[0-9a-f-]{36}$/);
    const vacancyUrl = new URL(employer.url()).pathname;
    text = await main.innerText();
    expect(text).toContain('Draft');
    expect(text).toContain('SQL (working)');

    // Changing it: the form starts with what was saved.
    await go(employer, main.getByRole('link', { name: 'Change this vacancy' }));
    expect(await employer.getByLabel('Lowest yearly salary').inputValue()).toBe('26000');
    expect(await employer.locator('#level-0').inputValue()).toBe('WORKING');
    await go(employer, employer.getByRole('button', { name: 'Save vacancy' }));
    expect(await main.innerText()).toContain('Your changes have been saved.');

    // Not verified yet: opening is refused, in words.
    await go(employer, main.getByRole('button', { name: 'Open to applications' }));
    expect(await main.innerText()).toContain('until the city’s skills team has verified your organisation');

    // A broker signs in, lands on the queue, and verifies the organisation with one button.
    const broker = await (await residentContext(browser, app.baseUrl, { javaScript: false, width: 320 })).newPage();
    await go(broker, '/sign-in');
    await broker.getByLabel('Email address').fill(brokerEmail);
    await broker.getByLabel('Password', { exact: true }).fill(GOOD_PASSWORD);
    await go(broker, broker.getByRole('button', { name: 'Sign in' }));
    expect(broker.url()).toMatch(/\/brokerage\/organisations$/);
    await broker.goto('/organisation/vacancies');
    expect(broker.url()).toMatch(/\/brokerage\/organisations$/);
    const queue = await broker.locator('main').innerText();
    expect(queue).toContain(organisationName);
    expect(queue).toContain('Sam Patel');
    await go(broker, broker.getByRole('button', { name: `Verify ${organisationName}` }));
    expect(await broker.locator('main').innerText()).toContain(`${organisationName} is now verified`);
    await go(broker, '/brokerage/organisations?showing=verified');
    expect(await broker.locator('main').innerText()).toContain(organisationName);
    await broker.context().close();

    // Verified: the vacancy opens, and a blind candidate shows with the reason for each skill.
    await go(employer, '/organisation');
    expect(await main.innerText()).toContain('Verified');
    await go(employer, vacancyUrl);
    await go(employer, main.getByRole('button', { name: 'Open to applications' }));
    expect(await main.innerText()).toContain('Your vacancy is open');
    await go(employer, main.getByRole('link', { name: /See people with the skills/ }));
    text = await main.innerText();
    expect(text).toMatch(/Candidate c_[0-9a-f]{20}/);
    expect(text).toContain('Fit: 100%');
    expect(text).toContain('SQL: needs working, has it');
    expect(text).not.toContain(resident.name);

    // The resident applies; the employer sees the application blind, shortlists (the name appears), then hires.
    const vacancyId = vacancyUrl.split('/').pop();
    const applied = await app.api.gql(
      `mutation ($v: ID!) { applyToVacancy(vacancyId: $v) { id } }`,
      { v: vacancyId },
      resident.token,
    );
    expect(applied.errors).toBeUndefined();
    await go(employer, vacancyUrl);
    await go(employer, main.getByRole('link', { name: 'See applications' }));
    text = await main.innerText();
    expect(text).toContain('Applied (1)');
    expect(text).toContain('Fit: 100%');
    expect(text).not.toContain(resident.name);
    await go(employer, main.getByRole('button', { name: /^Shortlist/ }));
    text = await main.innerText();
    expect(text).toContain('You can now see their name');
    expect(text).toContain(resident.name);
    for (const step of [/^Invite to interview/, /^Offer the job/, /^Hire/]) {
      await go(employer, main.getByRole('button', { name: step }));
    }
    text = await main.innerText();
    expect(text).toContain('The applicant has been hired.');
    expect(text).toContain('Hired (1)');
    await go(employer, vacancyUrl);
    expect(await main.innerText()).toContain('1 of 1 filled');

    await employer.context().close();
    expect(checks.problems).toEqual([]);
    expect(checks.pagesChecked.size).toBeGreaterThanOrEqual(9);
  });
  it('shows a guaranteed interview and, when the employer tries to turn the applicant down first, says why not', async () => {
    const api = app.api;
    const { provider } = await createActors(api);
    const [sql] = await skillIds(api, 'SQL');
    const { programmeId, cohortId } = await openCohort(api, provider, sql, {
      programme: { guaranteedInterview: true },
    });
    // An employer the test can sign in as, verified, with a vacancy guaranteeing interviews to the bootcamp's finishers.
    const email = uniqueEmail('employer');
    const identity = api.app.get(IdentityService);
    const { user } = await identity.registerOrganisation({
      email,
      password: GOOD_PASSWORD,
      displayName: 'Grace Hopper',
      organisationName: `Guaranteed Ltd ${Date.now()}`,
      kind: OrganisationKind.EMPLOYER,
    });
    await identity.verifyOrganisation(user.organisationId!);
    const employerActor = {
      userId: user.id,
      organisationId: user.organisationId,
      token: api.app.get(TokenService).issue(user.id).accessToken,
    };
    const vacancyId = await openVacancy(api, employerActor, sql, { guaranteedInterviewProgrammeIds: [programmeId] });
    // A resident finishes the bootcamp (its dates moved into the past once they hold a place), then applies.
    const amina = await newResident(api, 'Amina Khan');
    const call = (query: string, token: string) => api.gql<Record<string, { id: string }>>(query, {}, token);
    const applied = await call(`mutation { applyToCohort(cohortId: "${cohortId}") { id } }`, amina.token);
    const enrolmentId = applied.data!.applyToCohort.id;
    await call(`mutation { offerPlace(enrolmentId: "${enrolmentId}") { id } }`, provider.token);
    await call(`mutation { acceptPlace(enrolmentId: "${enrolmentId}") { id } }`, amina.token);
    await api.app
      .get(DataSource)
      .query(
        `UPDATE cohorts SET start_date = current_date - 84, end_date = current_date, applications_close_on = current_date - 90 WHERE id = $1`,
        [cohortId],
      );
    const done = await call(
      `mutation { recordCompletion(enrolmentId: "${enrolmentId}", completed: true, completionDate: "${londonToday()}") { id } }`,
      provider.token,
    );
    expect(done.errors).toBeUndefined();
    const application = await call(`mutation { applyToVacancy(vacancyId: "${vacancyId}") { id } }`, amina.token);
    expect(application.errors).toBeUndefined();

    const page = await (await residentContext(browser, app.baseUrl, { javaScript: false, width: 320 })).newPage();
    const main = page.locator('main');
    await go(page, '/sign-in');
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password', { exact: true }).fill(GOOD_PASSWORD);
    await go(page, page.getByRole('button', { name: 'Sign in' }));
    expect(page.url()).toMatch(/\/organisation$/);
    await go(page, `/organisation/vacancies/${vacancyId}`);
    expect(await main.innerText()).toContain('People who finished these courses are guaranteed an interview');
    await go(page, `/organisation/vacancies/${vacancyId}/applications`);
    let text = await main.innerText();
    expect(text).toContain('Guaranteed interview');
    expect(text).toContain('You can turn them down only after interviewing them.');
    await go(page, main.getByRole('button', { name: /^Turn down/ }));
    expect(await page.title()).toMatch(/^Error: /);
    expect(await main.locator('.govuk-error-summary').innerText()).toContain('guarantees them an interview');
    text = await main.innerText();
    expect(text).toContain('Applied (1)');
    expect(text).not.toContain('Not successful');
    await page.context().close();
    expect(checks.problems).toEqual([]);
  });
});
