import { Browser, Page } from 'playwright-core';
import { GOOD_PASSWORD, newResident } from '@app/testing';
import { PageChecks } from './page-checks';
import { clickToNewPage, launchChromium, residentContext, startWebTestApp, WebTestApp } from './web-test-app';

jest.setTimeout(120_000);

/** A GOV.UK error summary's links, as [text, href] pairs. */
const summaryLinks = (page: Page) =>
  page
    .locator('.govuk-error-summary a')
    .evaluateAll((links) => links.map((link) => [link.textContent?.trim(), link.getAttribute('href')]));

/**
 * Form errors the GOV.UK way, with JavaScript off and on: an error summary at the top linking to each field, the
 * message again beside the field, "Error: " in the page title, and what was typed kept (never the password).
 */
describe('form errors', () => {
  let app: WebTestApp;
  let browser: Browser;
  let checks: PageChecks;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startWebTestApp(), launchChromium()]);
    checks = new PageChecks(browser);
  });
  afterAll(async () => {
    await checks?.close();
    await browser?.close();
    await app?.close();
  });

  it.each([false, true])(
    'create an account: every missing or refused answer (JavaScript on: %s)',
    async (javaScript) => {
      const context = await residentContext(browser, app.baseUrl, { javaScript });
      const page = await context.newPage();
      await page.goto('/create-account');
      await page.getByLabel('Email address').fill('not-an-email');
      await page.getByLabel('Create a password').fill('short');
      await clickToNewPage(page, page.getByRole('button', { name: 'Create account' }));

      expect(await page.title()).toBe('Error: Create an account – Manchester Skills and Jobs');
      expect(await summaryLinks(page)).toEqual([['Enter your name (up to 100 characters)', '#displayName']]);
      expect(await page.getByLabel('Email address').inputValue()).toBe('not-an-email');
      expect(await page.getByLabel('Create a password').inputValue()).toBe('');
      await checks.check(page);

      // With a name, the API refuses the email and the password: both are shown, against their fields.
      await page.getByLabel('Your name').fill('Grace Mensah');
      await page.getByLabel('Create a password').fill('short');
      await clickToNewPage(page, page.getByRole('button', { name: 'Create account' }));
      expect(await summaryLinks(page)).toEqual([
        ['Enter an email address in the correct format, like name@example.com', '#email'],
        ['Choose a password of at least 10 characters that is not a common one', '#password'],
      ]);
      expect(await page.locator('#email-error').innerText()).toContain('Enter an email address in the correct format');
      expect(await page.getByLabel('Your name').inputValue()).toBe('Grace Mensah');
      if (javaScript) {
        // govuk-frontend moves focus to the summary, and its links move focus to the field.
        expect(await page.evaluate('document.activeElement.className')).toContain('govuk-error-summary');
        await page.locator('.govuk-error-summary a[href="#email"]').click();
        expect(await page.evaluate('document.activeElement.id')).toBe('email');
      }
      await context.close();
    },
  );

  it('a date of birth that does not exist, on a profile question page', async () => {
    const context = await residentContext(browser, app.baseUrl, { javaScript: false });
    const page = await context.newPage();
    await page.goto('/create-account');
    await page.getByLabel('Your name').fill('Tomasz Kowalski');
    await page.getByLabel('Email address').fill(`tomasz.${Date.now()}@example.org`);
    await page.getByLabel('Create a password').fill('correct horse battery staple');
    await clickToNewPage(page, page.getByRole('button', { name: 'Create account' }));
    expect(page.url()).toMatch(/\/account\/profile\/about$/);

    await page.getByLabel('Day').fill('31');
    await page.getByLabel('Month').fill('2');
    await page.getByLabel('Year').fill('1990');
    await clickToNewPage(page, page.getByRole('button', { name: 'Continue' }));
    expect(await page.title()).toMatch(/^Error: /);
    expect(await summaryLinks(page)).toEqual([
      ['Enter your date of birth as a real date, for example 27 3 1990', '#dob-day'],
      ['Choose your highest qualification', '#qualification'],
    ]);
    expect(await page.getByLabel('Day').inputValue()).toBe('31');
    expect(await page.getByLabel('Year').inputValue()).toBe('1990');
    await checks.check(page);

    // A real date the API refuses (too young to use the service) is shown the same way, against the same field.
    await page.getByLabel('Day').fill('1');
    await page.getByLabel('Year').fill(String(new Date().getFullYear() - 5));
    await page.getByLabel('Level 2').check();
    await clickToNewPage(page, page.getByRole('button', { name: 'Continue' }));
    expect(await summaryLinks(page)).toEqual([
      ['Enter your real date of birth: you must be aged 14 to 100 to use the service', '#dob-day'],
    ]);
    expect(await page.getByLabel('Level 2').isChecked()).toBe(true);
    await context.close();
    expect(checks.problems).toEqual([]);
  });

  it('a 31st skill: the API’s limit is shown against the level, not as a server error', async () => {
    const resident = await newResident(app.api, 'Patricia Brown');
    const skills = await app.api.gql<{ skills: { edges: { node: { id: string; name: string } }[] } }>(
      '{ skills(first: 31) { edges { node { id name } } } }',
    );
    const [extra, ...thirty] = skills.data!.skills.edges.map((edge) => edge.node);
    const set = await app.api.gql(
      'mutation ($s: [ResidentSkillInput!]!) { setMySkills(skills: $s) { id } }',
      { s: thirty.map((skill) => ({ skillId: skill.id, level: 'WORKING' })) },
      resident.token,
    );
    expect(set.errors).toBeUndefined();

    const context = await residentContext(browser, app.baseUrl, { javaScript: false });
    const page = await context.newPage();
    await page.goto('/sign-in');
    await page.getByLabel('Email address').fill(resident.email);
    await page.getByLabel('Password', { exact: true }).fill(GOOD_PASSWORD);
    await clickToNewPage(page, page.getByRole('button', { name: 'Sign in' }));
    await page.goto(`/account/skills/${extra.id}/level`);
    await page.getByLabel('Expert').check();
    await clickToNewPage(page, page.getByRole('button', { name: 'Save' }));
    expect(await summaryLinks(page)).toEqual([
      ['You can add up to 30 skills. Remove one you use less before adding this one.', '#level'],
    ]);
    expect(await page.getByLabel('Expert').isChecked()).toBe(true);
    await context.close();
  });

  it('the page checks find what axe-core finds (so 0 violations elsewhere means something)', async () => {
    const context = await residentContext(browser, app.baseUrl, { javaScript: false });
    const page = await context.newPage();
    await page.goto('/accessibility');
    await page.setContent(
      '<html><head><title>x</title></head><body><img src="/nothing.png"><h1>a</h1><h1>b</h1></body></html>',
    );
    const strict = new PageChecks(browser);
    await strict.check(page);
    await strict.close();
    expect(strict.problems.join('\n')).toContain('image-alt');
    expect(strict.problems.join('\n')).toContain('2 h1 elements');
    await context.close();
  });
});
