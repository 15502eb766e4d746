import { Browser, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { AlertFrequency, hashToken, NotificationDelivery, NotificationKind } from '@app/notifications';
import { PageChecks } from './page-checks';
import { clickToNewPage, launchChromium, residentContext, startWebTestApp, WebTestApp } from './web-test-app';

jest.setTimeout(180_000);

/**
 * The alerts pages with JavaScript switched off (docs/notifications.md): "Save this search" on /jobs and /courses, the
 * alert preferences and saved searches, the notification centre, and the unsubscribe page that works without
 * signing in (and RFC 8058's one-click POST). Every page reached passes PageChecks (axe WCAG 2.2 A/AA, one h1, title,
 * no horizontal scrolling).
 */
describe('alerts and notifications pages without JavaScript', () => {
  let app: WebTestApp;
  let browser: Browser;
  let checks: PageChecks;
  let db: DataSource;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startWebTestApp(), launchChromium()]);
    checks = new PageChecks(browser);
    db = app.api.app.get(DataSource);
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

  it('saves a search, changes email choices, reads notifications, and unsubscribes without signing in', async () => {
    const context = await residentContext(browser, app.baseUrl, { javaScript: false, width: 320 });
    const page = await context.newPage();
    const main = page.locator('main');
    const email = `alerts.${Date.now()}@example.org`;
    await go(page, '/create-account');
    await page.getByLabel('Your name').fill('Sam Okafor');
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Create a password').fill('correct horse battery staple');
    await go(page, page.getByRole('button', { name: 'Create account' }));

    await go(page, '/courses');
    await go(page, '/jobs?q=analyst');
    await page.getByLabel('Once a week').check();
    await go(page, page.getByRole('button', { name: 'Save this search' }));
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/jobs?q=analyst');
    expect(await main.innerText()).toContain('Your search is saved.');

    await go(page, '/account/alerts');
    expect(await main.innerText()).toContain('jobs matching "analyst"');
    expect(await main.innerText()).toContain('Once a week');
    await page.getByLabel('About my saved searches').uncheck();
    await go(page, page.getByRole('button', { name: 'Save' }));
    expect(await main.innerText()).toContain('Your email choices are saved.');
    expect(await page.getByLabel('About my saved searches').isChecked()).toBe(false);
    expect(await page.getByLabel('Send me emails').isChecked()).toBe(true);

    const [{ id: residentId }] = await db.query('SELECT id FROM users WHERE email = $1', [email]);
    await app.api.app.get(NotificationDelivery).deliver([
      {
        residentId,
        key: 'web-test:1',
        kind: NotificationKind.APPLICATION_SHORTLISTED,
        title: 'You have been shortlisted for Data Officer',
        body: 'The employer has shortlisted your application.',
        link: '/account/applications',
        frequency: AlertFrequency.INSTANT,
      },
    ]);
    await go(page, '/account');
    await go(page, page.getByRole('link', { name: 'Your notifications' }));
    expect(await main.innerText()).toContain('New You have been shortlisted for Data Officer');
    await go(page, page.getByRole('button', { name: 'Mark all as read' }));
    expect(await main.innerText()).toContain('Your notifications are marked as read.');
    expect(await main.innerText()).not.toContain('New You have been');

    // Unsubscribe from an email's link, in a browser that is not signed in.
    const token = 'a-token-made-for-this-test-only-000000000000';
    const oneClick = 'another-token-made-for-this-test-only-00000000';
    await db.query(`INSERT INTO unsubscribe_tokens (token_hash, resident_id) VALUES ($1, $3), ($2, $3)`, [
      hashToken(token),
      hashToken(oneClick),
      residentId,
    ]);
    const stranger = await (await residentContext(browser, app.baseUrl, { javaScript: false })).newPage();
    await go(stranger, `/email/unsubscribe/${token}`);
    expect(await stranger.locator('h1').innerText()).toBe('Stop emails from us');
    await go(stranger, stranger.getByRole('button', { name: 'Stop emails' }));
    expect(await stranger.locator('h1').innerText()).toBe('You will not get any more emails');
    const [{ email_enabled }] = await db.query('SELECT email_enabled FROM alert_preferences WHERE resident_id = $1', [
      residentId,
    ]);
    expect(email_enabled).toBe(false);
    await go(stranger, `/email/unsubscribe/not-a-real-token`);
    await go(stranger, stranger.getByRole('button', { name: 'Stop emails' }));
    expect(await stranger.locator('h1').innerText()).toBe('This link does not work');

    // RFC 8058: the mail client's one-click POST, no session, no form token.
    const posted = await fetch(`${app.baseUrl}/email/unsubscribe/${oneClick}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(posted.status).toBe(200);
    const forged = await fetch(`${app.baseUrl}/email/unsubscribe/${oneClick}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'something=else',
    });
    expect(forged.status).toBe(403); // anything else still needs the form's token

    expect(checks.problems).toEqual([]);
    expect([...checks.pagesChecked].sort()).toEqual(
      expect.arrayContaining([
        '/account/alerts',
        '/account/notifications',
        '/courses',
        '/jobs',
        '/email/unsubscribe/a-token-made-for-this-test-only-000000000000',
      ]),
    );
  });
});
