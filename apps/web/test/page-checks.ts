import { Browser, Page } from 'playwright-core';
import { accessibilityViolations, horizontalOverflow } from './web-test-app';

/**
 * What WEB.md asks of every page, checked on each page a journey reaches: 0 axe-core WCAG 2.2 A/AA violations, one
 * h1, a title "… – Manchester Skills and Jobs", and no horizontal scrolling at the window's width. Problems are
 * collected, so one run lists every page that fails.
 *
 * With JavaScript switched off Chromium runs no script at all, axe-core's included, so the page as the resident
 * sees it is copied into a checker page of the same size (same origin, so its stylesheets load) that runs axe.
 */
export class PageChecks {
  readonly problems: string[] = [];
  readonly pagesChecked = new Set<string>();
  private checker?: Page;

  constructor(private readonly browser: Browser) {}

  async check(page: Page): Promise<void> {
    const url = new URL(page.url());
    const where = url.pathname;
    // Each page once (a journey passes some pages several times; ids vary, the page does not).
    const kind = where.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, ':id');
    if (this.pagesChecked.has(kind)) return;
    this.pagesChecked.add(kind);
    const headings = await page.locator('h1').count();
    if (headings !== 1) this.problems.push(`${where}: ${headings} h1 elements`);
    const title = await page.title();
    if (!/ – Manchester Skills and Jobs$/.test(title)) this.problems.push(`${where}: title "${title}"`);

    const checker = await this.checkerLike(page, url.origin);
    await checker.setContent(await page.content(), { waitUntil: 'load' });
    this.problems.push(...(await accessibilityViolations(checker)).map((problem) => `${where}: ${problem}`));
    const overflow = await horizontalOverflow(checker);
    if (overflow > 0) this.problems.push(`${where}: ${overflow}px of horizontal scrolling`);
  }

  async close(): Promise<void> {
    await this.checker?.context().close();
  }

  private async checkerLike(page: Page, origin: string): Promise<Page> {
    if (!this.checker) {
      const context = await this.browser.newContext({ javaScriptEnabled: true, bypassCSP: true });
      this.checker = await context.newPage();
      await this.checker.goto(`${origin}/accessibility`);
    }
    const size = page.viewportSize();
    if (size) await this.checker.setViewportSize(size);
    return this.checker;
  }
}
