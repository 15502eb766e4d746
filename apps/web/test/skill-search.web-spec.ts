import { Browser } from 'playwright-core';
import { PageChecks } from './page-checks';
import {
  accessibilityViolations,
  clickToNewPage,
  launchChromium,
  residentContext,
  startWebTestApp,
  WebTestApp,
} from './web-test-app';
import { GOOD_PASSWORD, newResident } from '@app/testing';

jest.setTimeout(120_000);

/**
 * With JavaScript on, accessible-autocomplete enhances the skills page's search form: suggestions as you type, and
 * choosing one leads to its level question. Its files load on that page only, under the strict CSP.
 */
describe('skill search with JavaScript', () => {
  let app: WebTestApp;
  let browser: Browser;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startWebTestApp(), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('type, pick a suggestion by keyboard, reach the level question', async () => {
    const resident = await newResident(app.api, 'Li Wei');
    const context = await residentContext(browser, app.baseUrl, { javaScript: true });
    const page = await context.newPage();
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    const loaded: string[] = [];
    page.on('request', (request) => loaded.push(new URL(request.url()).pathname));

    await page.goto('/sign-in');
    expect(loaded.some((path) => path.startsWith('/assets/skill-search.'))).toBe(false);
    await page.getByLabel('Email address').fill(resident.email);
    await page.getByLabel('Password', { exact: true }).fill(GOOD_PASSWORD);
    await clickToNewPage(page, page.getByRole('button', { name: 'Sign in' }));

    await page.goto('/account/skills');
    const box = page.getByRole('combobox', { name: 'Search for a skill' });
    await box.pressSequentially('Pyth', { delay: 50 });
    await page.locator('.mcr-autocomplete[aria-busy="false"]').waitFor(); // the answer to "Pyth", not an earlier one
    const suggestion = page.getByRole('option', { name: 'Python (computer programming)' });
    await suggestion.waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    // Down to the suggestion, Enter to choose it: straight to the level question.
    const focused = () => page.evaluate('document.activeElement.textContent');
    for (let presses = 0; presses < 10 && (await focused()) !== 'Python (computer programming)'; presses += 1) {
      await page.keyboard.press('ArrowDown');
    }
    expect(await focused()).toBe('Python (computer programming)');
    await Promise.all([page.waitForURL(/\/account\/skills\/[0-9a-f-]{36}\/level$/), page.keyboard.press('Enter')]);
    expect(await page.locator('h1').innerText()).toContain('Python (computer programming)');
    const checks = new PageChecks(browser);
    await checks.check(page);
    await checks.close();
    expect(checks.problems).toEqual([]);

    // Without choosing (Escape closes the suggestions), Enter sends the form as without JavaScript: the results list.
    await page.goto('/account/skills');
    await box.pressSequentially('SQL', { delay: 50 });
    await page.locator('.mcr-autocomplete[aria-busy="false"]').waitFor();
    await page.getByRole('option', { name: 'SQL', exact: true }).waitFor();
    await box.press('Escape');
    await clickToNewPage(page, { click: () => box.press('Enter') });
    expect(await page.getByRole('link', { name: 'SQL', exact: true }).count()).toBe(1);

    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
