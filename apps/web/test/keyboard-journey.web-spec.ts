import { Browser, Locator, Page } from 'playwright-core';
import { journeyCatalogue } from './journey-fixtures';
import { launchChromium, residentContext, startWebTestApp, WebTestApp } from './web-test-app';

jest.setTimeout(180_000);

/**
 * Moves focus with the Tab key alone until `target` has it (failing after `limit` presses), and checks the focus
 * can be seen: govuk-frontend's focus style is a yellow background or outline, with a box shadow.
 */
async function tabTo(page: Page, target: Locator, limit = 80): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === element.ownerDocument.activeElement)) {
      const style = await target.evaluate((element) => {
        const computed = element.ownerDocument.defaultView!.getComputedStyle(element);
        return { outline: computed.outlineStyle, shadow: computed.boxShadow, background: computed.backgroundColor };
      });
      const visible = style.outline !== 'none' || style.shadow !== 'none' || style.background === 'rgb(255, 221, 0)';
      if (!visible)
        throw new Error(
          `focus on ${await target.evaluate((element) => element.outerHTML.slice(0, 80))} cannot be seen`,
        );
      return;
    }
  }
  throw new Error(`${target} not reached with ${limit} presses of Tab`);
}

/** Presses a key on the focused element and waits for the page it loads. */
async function pressToNewPage(page: Page, key: string): Promise<void> {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.keyboard.press(key)]);
}

/**
 * The resident journey by keyboard alone (JavaScript on, as most keyboard users have it): the skip link comes first,
 * every control is reached with Tab, chosen with the arrow keys or Space, and used with Enter; focus is always
 * visible. Create an account, answer the profile, add two skills, see a job match and apply, see it under
 * applications, sign out.
 */
describe('resident journey by keyboard alone', () => {
  let app: WebTestApp;
  let browser: Browser;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startWebTestApp(), launchChromium()]);
    await journeyCatalogue(app);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('creates an account, fills the profile, adds skills and applies for a matched job', async () => {
    const context = await residentContext(browser, app.baseUrl, { javaScript: true });
    const page = await context.newPage();
    const main = page.locator('main');
    await page.goto('/');

    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.textContent.trim()')).toBe('Skip to main content');
    await tabTo(page, main.getByRole('link', { name: 'Create an account' }));
    await pressToNewPage(page, 'Enter');

    await tabTo(page, page.getByLabel('Your name'));
    await page.keyboard.type('Jordan Campbell');
    await page.keyboard.press('Tab');
    await page.keyboard.type(`jordan.${Date.now()}@example.org`);
    await tabTo(page, page.getByLabel('Create a password'));
    await page.keyboard.type('correct horse battery staple');
    await pressToNewPage(page, 'Enter');
    expect(page.url()).toMatch(/\/account\/profile\/about$/);

    await tabTo(page, page.getByLabel('Day'));
    await page.keyboard.type('2');
    await page.keyboard.press('Tab');
    await page.keyboard.type('11');
    await page.keyboard.press('Tab');
    await page.keyboard.type('1988');
    await tabTo(page, page.getByLabel('No qualifications, or entry level'));
    for (let level = 0; level < 3; level += 1) await page.keyboard.press('ArrowDown');
    expect(await page.getByLabel('Level 3').isChecked()).toBe(true);
    await tabTo(page, page.getByRole('button', { name: 'Continue' }));
    await pressToNewPage(page, 'Enter');

    await tabTo(page, page.getByLabel('Your ward'));
    await page.keyboard.type('Hulme');
    expect(await page.locator('#ward option:checked').textContent()).toBe('Hulme');
    await tabTo(page, page.getByLabel('Up to 2 km (about a 25 minute walk)'));
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await tabTo(page, page.getByRole('button', { name: 'Continue' }));
    await pressToNewPage(page, 'Enter');

    await tabTo(page, page.getByLabel('Unemployed'));
    await page.keyboard.press('Space');
    await tabTo(page, page.getByRole('button', { name: 'Continue' }));
    await pressToNewPage(page, 'Enter');

    await tabTo(page, page.getByLabel('A laptop, tablet or computer'));
    await page.keyboard.press('Space');
    // The current answer ("No", the API's default) has the group's focus; the arrow key moves to and chooses "Yes".
    await tabTo(page, page.getByLabel('No', { exact: true }));
    await page.keyboard.press('ArrowLeft');
    expect(await page.getByLabel('Yes', { exact: true }).isChecked()).toBe(true);
    await tabTo(page, page.getByRole('button', { name: 'Continue' }));
    await pressToNewPage(page, 'Enter');
    expect(await main.innerText()).toContain('Hulme');

    await tabTo(page, page.getByRole('button', { name: 'Add your skills' }));
    await pressToNewPage(page, 'Enter');
    for (const skill of [
      { search: 'Python', name: 'Python (computer programming)' },
      { search: 'SQL', name: 'SQL' },
    ]) {
      // JavaScript is on, so accessible-autocomplete suggests skills as they are typed: arrow down to one, Enter.
      await tabTo(page, page.getByLabel('Search for a skill'));
      await page.keyboard.type(skill.search);
      // The list is final once the answer to the whole word is in (earlier answers are dropped, not shown late).
      await page.locator('.mcr-autocomplete[aria-busy="false"]').waitFor();
      await page.getByRole('option', { name: skill.name, exact: true }).waitFor();
      const focused = () => page.evaluate('document.activeElement.textContent');
      for (let presses = 0; presses < 10 && (await focused()) !== skill.name; presses += 1) {
        await page.keyboard.press('ArrowDown');
      }
      await pressToNewPage(page, 'Enter');
      await tabTo(page, page.getByLabel('Awareness'));
      await page.keyboard.press('ArrowDown');
      expect(await page.getByLabel('Working').isChecked()).toBe(true);
      await tabTo(page, page.getByRole('button', { name: 'Save' }));
      await pressToNewPage(page, 'Enter');
    }

    await tabTo(page, page.getByRole('link', { name: 'See the jobs you match' }));
    await pressToNewPage(page, 'Enter');
    expect(await main.innerText()).toContain('SQL: you have it at working level; the job asks for working.');
    await tabTo(page, main.getByRole('link', { name: 'Junior Data Analyst' }));
    await pressToNewPage(page, 'Enter');
    await tabTo(page, page.getByLabel(/Tell the employer why/));
    await page.keyboard.type('I would like to use my SQL at work.');
    await tabTo(page, page.getByRole('button', { name: 'Apply for this job' }));
    await pressToNewPage(page, 'Enter');
    expect(page.url()).toMatch(/\/account\/applications$/);
    expect(await main.innerText()).toContain('Junior Data Analyst');

    await tabTo(page, page.getByRole('button', { name: 'Sign out' }));
    await pressToNewPage(page, 'Enter');
    expect(await main.innerText()).toContain('You have signed out');
    await context.close();
  });
});
