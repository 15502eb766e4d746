import { Browser, BrowserContext, Page } from 'playwright-core';
import { addDays, londonToday } from '@app/reference';
import { en } from '../src/i18n/en';
import { call, computeFigures, signIn, WebUser, webUsers, WebUsers } from './figures-fixtures';
import { launchChromium, residentContext, startWebTestApp, WebTestApp } from './web-test-app';
import { openCohort, openVacancy, skillIds } from '@app/testing';

jest.setTimeout(480_000);

/** How far each role's crawl goes: pages in all, and variants of one page (the same path and query keys). */
const MAX_PAGES = 70;
const MAX_VARIANTS = 12;

/** The resident whose answers must stay theirs: a name no fixture or page would print by chance. */
const SUBJECT_NAME = 'Zephyrine Quillfeather-Okonkwo';
const SUBJECT_ANSWERS = {
  ethnicity: 'WHITE_GYPSY_OR_IRISH_TRAVELLER',
  gender: 'NON_BINARY',
  trans: 'YES',
  disability: 'YES',
};

/**
 * Words that can only be there because an equality answer is: every ethnicity answer, the gender answers no other
 * page uses, and the questions themselves (a "Yes" next to them is an answer).
 */
const EQUALITY_WORDS = [
  ...Object.entries(en.equality.answers.ethnicity)
    .filter(([answer]) => answer !== 'PREFER_NOT_TO_SAY')
    .map(([, words]) => words),
  en.equality.answers.gender.NON_BINARY,
  en.equality.answers.gender.SELF_DESCRIBED,
  ...Object.values(en.equality.questions),
];

/**
 * The table rows that count the subject's own categories: the subject is the only person in each of them, so in
 * any table they must be hidden (or a protected 0), never a count that is them.
 */
const SUBJECTS_ROWS = [
  en.equality.answers.ethnicity.WHITE_GYPSY_OR_IRISH_TRAVELLER, // ETHNICITY
  en.figures.categories.ETHNIC_GROUP.WHITE,
  en.figures.categories.GENDER.NON_BINARY,
  en.figures.categories.TRANS.YES,
  en.figures.categories.DISABILITY.YES,
];

interface CrawledPage {
  url: string;
  status: number;
  text: string;
  /** The HTML as sent, so a name or an answer in an attribute (a value, a label for assistive technology) counts too. */
  html: string;
  /** The figure cells of the figures pages (views/figures: class mcr-count), as shown. */
  counts: string[];
  /** Every table row as its cells' text. */
  rows: string[][];
}

/**
 * WEB.md: "A resident's equality answers appear only on that resident's own pages". Each role signs in and crawls
 * every same-origin GET link reachable from where it lands (and from its home pages), breadth first, bounded; pages
 * added later are covered because the crawl follows links rather than a list. Two assertions:
 * - no page that shows the subject (their name, email or id) also shows any equality answer or question;
 * - in every table, the rows of the subject's categories (they are the only one in each) show no count that is them.
 * The detector is shown to work on the one page that may tie them together: the subject's own equality page.
 */
describe('privacy crawl: equality answers never reach an organisation’s or the brokerage’s pages', () => {
  let app: WebTestApp;
  let browser: Browser;
  let users: WebUsers;
  let subject: WebUser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    [app, browser] = await Promise.all([startWebTestApp(), launchChromium()]);
    users = await webUsers(app.api);
    subject = await subjectWithAnswers();
    await subjectAppliesEverywhere();
    for (const scope of [
      { kind: 'CITY' },
      { kind: 'PROVIDER', id: users.provider.organisationId },
      { kind: 'EMPLOYER', id: users.employer.organisationId },
    ]) {
      await computeFigures(app.api, scope, users.admin.token);
    }
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await app?.close();
  });

  /** The subject: a unique name, an answer to every equality question, a profile shared with employers. */
  async function subjectWithAnswers(): Promise<WebUser> {
    const { registerResident } = await call<{
      registerResident: { accessToken: string; user: { id: string; email: string } };
    }>(
      app.api,
      `mutation ($input: RegisterResidentInput!) { registerResident(input: $input) { accessToken user { id email } } }`,
      {
        input: {
          email: `zephyrine.${Date.now()}@example.org`,
          password: 'correct horse battery staple',
          displayName: SUBJECT_NAME,
        },
      },
      '',
    );
    const token = registerResident.accessToken;
    await call(
      app.api,
      `mutation ($input: EqualityMonitoringInput!) { setMyEqualityMonitoring(input: $input) { ethnicity } }`,
      { input: SUBJECT_ANSWERS },
      token,
    );
    await call(
      app.api,
      `mutation { updateMyProfile(input: { shareProfileWithEmployers: true, dateOfBirth: "1994-03-02", employmentStatus: UNEMPLOYED, livesInGreaterManchester: true }) { id } }`,
      {},
      token,
    );
    return { email: registerResident.user.email, userId: registerResident.user.id, organisationId: null, token };
  }

  /**
   * The subject applies to the provider's course (the provider offers a place) and to the employer's job (the
   * employer shortlists them, so their name is on the employer's pages from then on): every organisation page that
   * can show them, does.
   */
  async function subjectAppliesEverywhere(): Promise<void> {
    const [skill] = await skillIds(app.api, 'SQL');
    const { cohortId } = await openCohort(app.api, users.provider, skill, {
      programme: { title: 'Data Skills Bootcamp for the crawl' },
      startDate: addDays(londonToday(), 20),
    });
    const { applyToCohort } = await call<{ applyToCohort: { id: string } }>(
      app.api,
      `mutation ($c: ID!) { applyToCohort(cohortId: $c) { id } }`,
      { c: cohortId },
      subject.token,
    );
    await call(
      app.api,
      `mutation ($e: ID!) { offerPlace(enrolmentId: $e) { id } }`,
      { e: applyToCohort.id },
      users.provider.token,
    );
    const vacancyId = await openVacancy(app.api, users.employer, skill);
    const { applyToVacancy } = await call<{ applyToVacancy: { id: string } }>(
      app.api,
      `mutation ($v: ID!) { applyToVacancy(vacancyId: $v) { id } }`,
      { v: vacancyId },
      subject.token,
    );
    await call(
      app.api,
      `mutation ($a: ID!) { advanceApplication(applicationId: $a, to: SHORTLISTED) { id } }`,
      { a: applyToVacancy.id },
      users.employer.token,
    );
  }

  /** Breadth-first over same-origin GET links from the start pages; only HTML pages are opened and read. */
  async function crawl(user: WebUser, homes: string[]): Promise<{ landed: string; pages: CrawledPage[] }> {
    const context = await residentContext(browser, app.baseUrl, { javaScript: false });
    contexts.push(context);
    const page = await context.newPage();
    const landed = await signIn(page, app, user);
    const origin = new URL(app.baseUrl).origin;
    const queue = [landed, '/', ...homes].map((path) => new URL(path, origin).href);
    const seen = new Set(queue);
    const variants = new Map<string, number>();
    const pages: CrawledPage[] = [];
    while (queue.length && pages.length < MAX_PAGES) {
      const url = queue.shift()!;
      const head = await context.request.get(url, { maxRedirects: 5 });
      if (!(head.headers()['content-type'] ?? '').startsWith('text/html')) continue;
      const response = await page.goto(url);
      pages.push(await readPage(page, response?.status() ?? 0));
      for (const href of await page
        .locator('a[href]')
        .evaluateAll((links) => links.map((a) => (a as unknown as { href: string }).href))) {
        const next = new URL(href);
        next.hash = '';
        if (next.origin !== origin || seen.has(next.href) || next.pathname.startsWith('/assets/')) continue;
        const variant = `${next.pathname.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, ':id')}?${[...next.searchParams.keys()].sort().join('&')}`;
        if ((variants.get(variant) ?? 0) >= MAX_VARIANTS) continue;
        variants.set(variant, (variants.get(variant) ?? 0) + 1);
        seen.add(next.href);
        queue.push(next.href);
      }
    }
    return { landed, pages };
  }

  async function readPage(page: Page, status: number): Promise<CrawledPage> {
    const text = (await page.locator('body').innerText()).replace(/\s+/g, ' ');
    const rows = await page
      .locator('table tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').trim())),
      );
    const counts = (await page.locator('.mcr-count').allTextContents()).map((cell) => cell.trim());
    return { url: page.url(), status, text, html: await page.content(), rows, counts };
  }

  /** Whether a page ties the subject to an equality answer: it names them and shows an answer or a question. */
  const tiesSubjectToAnswers = (page: CrawledPage) => {
    const shown = (words: string) => page.text.includes(words) || page.html.includes(words);
    return [SUBJECT_NAME, subject.email, subject.userId].some(shown) && EQUALITY_WORDS.some(shown);
  };

  /** Rows of the subject's categories that show a count from 1 up: a count of one person is them. */
  const subjectCountedOpenly = (page: CrawledPage) =>
    page.rows.filter(
      (row) => SUBJECTS_ROWS.some((label) => row.includes(label)) && row.some((cell) => /^[1-9][0-9,]*$/.test(cell)),
    );

  it('the detector finds the one page that may tie the subject to their answers: their own equality page', async () => {
    const { pages } = await crawl(subject, ['/account/equality']);
    const flagged = pages.filter(tiesSubjectToAnswers).map((page) => new URL(page.url).pathname);
    expect(flagged).toContain('/account/equality');
    expect(flagged.every((path) => path.startsWith('/account'))).toBe(true);
  });

  it.each([
    ['another resident', 'resident', ['/account']],
    ['an employer member', 'employer', ['/organisation', '/organisation/figures']],
    ['a provider member', 'provider', ['/organisation', '/organisation/figures']],
    ['a broker', 'broker', ['/brokerage/dashboard', '/brokerage/organisations']],
    ['an analyst', 'analyst', ['/brokerage/dashboard']],
    ['an admin', 'admin', ['/brokerage/dashboard', '/brokerage/organisations']],
  ] as const)('as %s, no page reached ties the subject to an equality answer', async (_who, role, homes) => {
    const { pages } = await crawl(users[role], [...homes]);
    expect(pages.length).toBeGreaterThan(5);
    expect(pages.filter((page) => page.status >= 500).map((page) => page.url)).toEqual([]);
    expect(pages.filter(tiesSubjectToAnswers).map((page) => page.url)).toEqual([]);
    expect(pages.flatMap((page) => subjectCountedOpenly(page).map((row) => `${page.url}: ${row.join(' | ')}`))).toEqual(
      [],
    );

    // An organisation reads the protected view: no figure it is shown counts fewer than 10 people.
    if (role === 'employer' || role === 'provider') {
      expect(pages.flatMap((page) => page.counts.filter((cell) => /^[1-9]$/.test(cell)))).toEqual([]);
    }
    // The crawl reached the figures that count the subject, so the row check above was not vacuous.
    if (role !== 'resident') {
      const ethnicityRows = pages.flatMap((page) => page.rows).filter((row) => row.includes(SUBJECTS_ROWS[0]));
      expect(ethnicityRows.length).toBeGreaterThan(0);
    }
  });
});
