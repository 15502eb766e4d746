import { END_USER_ADDRESS_HEADER, WEB_CLIENT_SECRET_HEADER } from '@app/config';
import { startWebTestApp, WebTestApp } from './web-test-app';

jest.setTimeout(120_000);

/**
 * The web app calls the API from one address for every visitor. It names the visitor (with the shared web client
 * secret), so the API's per-IP limit counts each visitor: one busy visitor is held back, the others are not, and
 * nobody else can use the header to slip past the limit.
 */
describe('per-IP rate limit through the web pages (RATE_LIMIT_PER_MINUTE=4, one trusted proxy)', () => {
  let app: WebTestApp;

  beforeAll(async () => {
    app = await startWebTestApp({ env: { RATE_LIMIT_PER_MINUTE: '4', TRUSTED_PROXY_HOPS: '1' } });
  });
  afterAll(() => app?.close());

  /**
   * Find a course as seen by a visitor behind the trusted proxy: one API operation (the courses), and a second (the
   * wards) on the first visit, before the web keeps the wards.
   */
  const findCourse = (visitor: string) =>
    fetch(`${app.baseUrl}/courses`, { headers: { 'x-forwarded-for': visitor }, redirect: 'manual' });

  it('counts each visitor of the pages on their own', async () => {
    expect((await findCourse('203.0.113.1')).status).toBe(200);
    expect((await findCourse('203.0.113.1')).status).toBe(200);
    expect((await findCourse('203.0.113.1')).status).toBe(200);
    // The first visitor has used their 4 operations: the API refuses the next, and the page says there is a problem.
    const refused = await findCourse('203.0.113.1');
    expect(refused.status).toBe(500);
    expect(await refused.text()).toContain('Sorry, there is a problem');
    // Before, every visitor shared the web server's allowance and this page failed too.
    expect((await findCourse('203.0.113.2')).status).toBe(200);
  });

  it('ignores a visitor address sent without the right secret', async () => {
    const call = (n: number) =>
      fetch(`${app.baseUrl}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-forwarded-for': '192.0.2.9',
          [WEB_CLIENT_SECRET_HEADER]: 'not-the-secret',
          [END_USER_ADDRESS_HEADER]: `198.51.100.${n}`,
        },
        body: JSON.stringify({ query: '{ wards { code } }' }),
      });
    for (let n = 1; n <= 4; n += 1) expect((await call(n)).status).toBe(200);
    // Counted against 192.0.2.9 each time, whatever address the header claimed.
    expect((await call(5)).status).toBe(429);
  });
});
