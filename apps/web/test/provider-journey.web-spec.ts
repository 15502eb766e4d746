import { Browser, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { IdentityService, OrganisationKind, TokenService } from '@app/identity';
import { londonToday } from '@app/reference';
import { PageChecks } from './page-checks';
import { clickToNewPage, launchChromium, residentContext, startWebTestApp, WebTestApp } from './web-test-app';
import { GOOD_PASSWORD, uniqueEmail } from '@app/testing';

jest.setTimeout(240_000);

/** A date `days` from today as the form's day, month and year boxes take it. */
function dateParts(days: number): [string, string, string] {
  const date = new Date(`${londonToday()}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return [String(date.getUTCDate()), String(date.getUTCMonth() + 1), String(date.getUTCFullYear())];
}

/**
 * The provider's side with JavaScript switched off, at 320 px wide: sign in and land on the organisation, add a
 * course (who can apply shown as residents read it), publish it, add a cohort, take an applicant through offer,
 * completion and an outcome, then send a learner-level return with mistakes (every problem listed by spreadsheet row
 * with its fix, nothing saved) and again put right. Every page reached is checked with axe-core (WCAG 2.2 A/AA), for
 * one h1, the title pattern and no horizontal scrolling.
 */
describe('provider journey without JavaScript', () => {
  let app: WebTestApp;
  let browser: Browser;
  let checks: PageChecks;
  const providerEmail = uniqueEmail('provider');
  let resident: { token: string; name: string };

  beforeAll(async () => {
    [app, browser] = await Promise.all([startWebTestApp(), launchChromium()]);
    checks = new PageChecks(browser);
    const identity = app.api.app.get(IdentityService);
    const { user: provider } = await identity.registerOrganisation({
      email: providerEmail,
      password: GOOD_PASSWORD,
      displayName: 'Priya Shah',
      organisationName: 'Hulme Digital Academy',
      kind: OrganisationKind.PROVIDER,
    });
    await identity.verifyOrganisation(provider.organisationId!);
    const name = 'Tomasz Nowak';
    const { user } = await identity.registerResident({
      email: uniqueEmail('resident'),
      password: GOOD_PASSWORD,
      displayName: name,
    });
    resident = { token: app.api.app.get(TokenService).issue(user.id).accessToken, name };
    await app.api.gql(
      `mutation { updateMyProfile(input: { wardCode: "E05011350", dateOfBirth: "1988-03-02", employmentStatus: UNEMPLOYED }) { id } }`,
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
  const fillDate = async (page: Page, scope: string, [day, month, year]: [string, string, string]) => {
    await page.locator(`input[name="${scope}-day"]`).fill(day);
    await page.locator(`input[name="${scope}-month"]`).fill(month);
    await page.locator(`input[name="${scope}-year"]`).fill(year);
  };

  it('adds a course and a cohort, takes a learner to an outcome, and sends a return with mistakes then put right', async () => {
    const page = await (await residentContext(browser, app.baseUrl, { javaScript: false, width: 320 })).newPage();
    const main = page.locator('main');

    // Signed out, an organisation's pages and the brokerage send a visitor to sign in.
    for (const path of ['/organisation', '/organisation/programmes', '/brokerage/organisations']) {
      await page.goto(path);
      expect(new URL(page.url()).pathname).toBe('/sign-in');
    }
    await go(page, '/sign-in');
    await page.getByLabel('Email address').fill(providerEmail);
    await page.getByLabel('Password', { exact: true }).fill(GOOD_PASSWORD);
    await go(page, page.getByRole('button', { name: 'Sign in' }));
    expect(page.url()).toMatch(/\/organisation$/);
    expect(await main.innerText()).toContain('Verified');
    // A provider is not a broker: the queue sends them home.
    await page.goto('/brokerage/organisations');
    expect(new URL(page.url()).pathname).toBe('/organisation');

    // A course, with who can apply.
    await go(page, main.getByRole('link', { name: 'Go to your courses' }));
    await go(page, main.getByRole('button', { name: 'Add a course' }));
    await page.getByLabel('Name of the course').fill('SQL Skills Bootcamp');
    await page.getByLabel('About the course').fill('Eight weeks of SQL for people new to data.');
    await page.getByLabel('Skills bootcamp').check();
    await page.getByLabel('Online', { exact: true }).check();
    await page.getByLabel('How long it lasts').fill('8');
    await page.getByLabel('Hours a week').fill('15');
    await page.locator('#skill-0').selectOption({ label: 'SQL' });
    await page.locator('#level-0').selectOption('WORKING');
    await page.getByLabel('In Manchester', { exact: true }).check();
    await page.getByLabel('Youngest age').fill('19');
    await go(page, page.getByRole('button', { name: 'Save course' }));
    expect(page.url()).toMatch(/\/organisation\/programmes\/[0-9a-f-]{36}$/);
    let text = await main.innerText();
    expect(text).toContain('You must live in Manchester.');
    expect(text).toContain('You must be aged 19 or over.');
    expect(text).toContain('SQL (working)');
    await go(page, main.getByRole('link', { name: 'Change this course' }));
    expect(await page.getByLabel('Youngest age').inputValue()).toBe('19');
    await page.getByLabel('Oldest age').fill('18');
    await go(page, page.getByRole('button', { name: 'Save course' }));
    expect(await main.locator('.govuk-error-summary').innerText()).toContain('Enter ages from 14 to 100');
    expect(await page.getByLabel('Oldest age').inputValue()).toBe('18');
    await page.getByLabel('Oldest age').fill('');
    await go(page, page.getByRole('button', { name: 'Save course' }));
    await go(page, main.getByRole('button', { name: 'Publish this course' }));
    expect(await main.innerText()).toContain('Residents can find it');

    // A cohort.
    await fillDate(page, 'start', dateParts(30));
    await fillDate(page, 'end', dateParts(90));
    await fillDate(page, 'closes', dateParts(20));
    await page.getByLabel('Places').fill('10');
    await go(page, page.getByRole('button', { name: 'Add cohort' }));
    expect(page.url()).toMatch(/\/organisation\/cohorts\/[0-9a-f-]{36}$/);
    const cohortUrl = new URL(page.url()).pathname;
    const cohortId = cohortUrl.split('/').pop()!;
    expect(await main.innerText()).toContain('Open for applications');
    // A second cohort, added and then cancelled.
    await go(page, page.getByRole('link', { name: 'Back to the course' }));
    await fillDate(page, 'start', dateParts(120));
    await fillDate(page, 'end', dateParts(180));
    await fillDate(page, 'closes', dateParts(110));
    await page.getByLabel('Places').fill('12');
    await go(page, page.getByRole('button', { name: 'Add cohort' }));
    await go(page, main.getByRole('button', { name: 'Cancel this cohort' }));
    text = await main.innerText();
    expect(text).toContain('The cohort has been cancelled.');
    expect(text).not.toContain('Cancel this cohort');

    // A resident applies; the provider offers a place and the resident accepts it.
    // A second applicant, turned down with a reason they will see.
    const other = await app.api.app.get(IdentityService).registerResident({
      email: uniqueEmail('resident'),
      password: GOOD_PASSWORD,
      displayName: 'Olu Bello',
    });
    const otherToken = app.api.app.get(TokenService).issue(other.user.id).accessToken;
    await app.api.gql(
      `mutation { updateMyProfile(input: { wardCode: "E05011361", dateOfBirth: "1979-11-20", employmentStatus: EMPLOYED }) { id } }`,
      {},
      otherToken,
    );
    await app.api.gql(`mutation ($c: ID!) { applyToCohort(cohortId: $c) { id } }`, { c: cohortId }, otherToken);
    await go(page, cohortUrl);
    const olu = main.locator('.mcr-result', { hasText: 'Olu Bello' });
    await olu.getByText('Turn down this application').click();
    await go(page, olu.getByRole('button', { name: 'Turn down' }));
    expect(await main.locator('.govuk-error-summary').innerText()).toContain('Say why you are turning down');
    const oluAgain = main.locator('.mcr-result', { hasText: 'Olu Bello' });
    await oluAgain.getByLabel(/Why \(the applicant will see this\)/).fill('The course is full of people new to SQL.');
    await go(page, oluAgain.getByRole('button', { name: 'Turn down' }));
    expect(await main.innerText()).toContain('Not successful (1)');

    const applied = await app.api.gql<{ applyToCohort: { id: string } }>(
      `mutation ($c: ID!) { applyToCohort(cohortId: $c) { id } }`,
      { c: cohortId },
      resident.token,
    );
    expect(applied.errors).toBeUndefined();
    await go(page, cohortUrl);
    text = await main.innerText();
    expect(text).toContain('Applied (1)');
    expect(text).toContain(resident.name);
    await go(page, main.getByRole('button', { name: /^Offer a place/ }));
    expect(await main.innerText()).toContain('Place offered (1)');
    const accepted = await app.api.gql(
      `mutation ($e: ID!) { acceptPlace(enrolmentId: $e) { status } }`,
      { e: applied.data!.applyToCohort.id },
      resident.token,
    );
    expect(accepted.errors).toBeUndefined();
    // The course runs (its dates moved into the past, as time would); then the provider records the completion.
    await app.api.app
      .get(DataSource)
      .query(
        `UPDATE cohorts SET start_date = current_date - 56, end_date = current_date, applications_close_on = current_date - 60 WHERE id = $1`,
        [cohortId],
      );
    await go(page, cohortUrl);
    const today = dateParts(0);
    const learner = main.locator('.mcr-result', { hasText: resident.name });
    await learner.getByLabel('Yes, they finished it').check();
    await learner.getByLabel('Day', { exact: true }).fill(today[0]);
    await learner.getByLabel('Month', { exact: true }).fill(today[1]);
    await learner.getByLabel('Year', { exact: true }).fill(today[2]);
    await go(page, learner.getByRole('button', { name: 'Record' }));
    expect(await main.innerText()).toContain('Finished (1)');
    const completed = main.locator('.mcr-result', { hasText: resident.name });
    await completed.getByText('Record what they went on to').click();
    await completed.getByLabel('What they went on to').selectOption('NEW_JOB');
    await completed.getByLabel('Day', { exact: true }).fill(today[0]);
    await completed.getByLabel('Month', { exact: true }).fill(today[1]);
    await completed.getByLabel('Year', { exact: true }).fill(today[2]);
    await completed.getByLabel(/Yearly salary/).fill('26,000');
    await go(page, completed.getByRole('button', { name: 'Record outcome' }));
    text = await main.innerText();
    expect(text).toContain('The outcome has been recorded.');
    expect(text).toContain('A new job from');

    // A learner-level return: the template, then a file with mistakes, then put right.
    const learnerRef = /Tomasz Nowak \((L-[0-9A-F]+)\)/.exec(await main.innerText())![1];
    await go(page, main.getByRole('link', { name: /Send a return/ }));
    const template = await page.request.get('/organisation/returns/template-learners.csv');
    expect(template.headers()['content-type']).toMatch(/^text\/csv/);
    expect((await template.text()).split('\r\n')[0]).toMatch(/^learner_ref,furthest_stage,/);
    const header = 'learner_ref,furthest_stage,completion_date,ward_code';
    const wrong = [header, `R-1,HIRED,,`, `R-2,COMPLETED,,`, `R-3,ENROLLED,,E09000003`].join('\r\n');
    await page.getByLabel('Learner-level return').check();
    await page.setInputFiles('#file', { name: 'spring-return.csv', mimeType: 'text/csv', buffer: Buffer.from(wrong) });
    await go(page, page.getByRole('button', { name: 'Send return' }));
    text = await main.innerText();
    expect(text).toContain('Nothing from spring-return.csv has been saved');
    const rows = await main.locator('tbody tr').allInnerTexts();
    expect(rows.map((row) => row.split('\t').slice(0, 2))).toEqual([
      ['2', 'furthest_stage'],
      ['3', 'completion_date'],
      ['4', 'ward_code'],
    ]);
    expect(rows[0]).toContain('To fix it: Use ENQUIRED, APPLIED, OFFERED, ENROLLED or COMPLETED.');
    const right = [header, `R-1,ENROLLED,,`, `R-2,COMPLETED,${londonToday()},`, `R-3,ENROLLED,,E05011350`].join('\r\n');
    await page.getByLabel('Learner-level return').check();
    await page.setInputFiles('#file', { name: 'spring-return.csv', mimeType: 'text/csv', buffer: Buffer.from(right) });
    await go(page, page.getByRole('button', { name: 'Send return' }));
    expect(await main.innerText()).toContain('3 added, 0 changed, 0 already up to date.');

    // An outcome return for the learner who came through the service: a mistake, then put right.
    const outcomeHeader = 'learner_ref,completed,completion_date,outcome_type,outcome_start_date,salary_pence';
    const isoToday = londonToday();
    const outcomeRow = (completed: string) => `${learnerRef},${completed},${isoToday},NEW_JOB,${isoToday},2600000`;
    await page.getByLabel('Outcome return').check();
    await page.setInputFiles('#file', {
      name: 'outcomes.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from([outcomeHeader, outcomeRow('maybe')].join('\r\n')),
    });
    await go(page, page.getByRole('button', { name: 'Send return' }));
    const outcomeProblems = await main.locator('tbody tr').allInnerTexts();
    expect(outcomeProblems).toHaveLength(1);
    expect(outcomeProblems[0]).toMatch(/^2\tcompleted\t/);
    expect(outcomeProblems[0]).toContain('To fix it: Use true or false.');
    await page.getByLabel('Outcome return').check();
    await page.setInputFiles('#file', {
      name: 'outcomes.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from([outcomeHeader, outcomeRow('true')].join('\r\n')),
    });
    await go(page, page.getByRole('button', { name: 'Send return' }));
    expect(await main.innerText()).toContain('Return accepted');

    await page.context().close();
    expect(checks.problems).toEqual([]);
    expect(checks.pagesChecked.size).toBeGreaterThanOrEqual(7);
  });
});
