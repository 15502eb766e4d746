import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { redisUrlForTests } from '@app/testing';
import { SessionStoreKind, startWebTestApp, WebTestApp } from './web-test-app';

const stores: SessionStoreKind[] = redisUrlForTests() ? ['postgres', 'redis'] : ['postgres'];
if (!redisUrlForTests())
  console.warn('web security: REDIS_URL is not set, so sessions in Redis are not tested (CI sets it)');

/** A browser-less client keeping one cookie, as a person (or an attacker replaying a cookie) would send it. */
class CookieClient {
  cookie = '';
  constructor(private readonly baseUrl: string) {}

  async get(path: string) {
    return this.send(path, { method: 'GET' });
  }

  async post(path: string, form: Record<string, string>) {
    return this.send(path, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(form).toString(),
    });
  }

  /** The CSRF token of the first form on a page. */
  async csrfTokenOf(path: string): Promise<string> {
    const html = await (await this.get(path)).text();
    const token = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
    if (!token) throw new Error(`no CSRF token on ${path}`);
    return token;
  }

  private async send(path: string, init: RequestInit) {
    const headers = { ...(init.headers as Record<string, string>), ...(this.cookie ? { cookie: this.cookie } : {}) };
    const response = await fetch(`${this.baseUrl}${path}`, { ...init, headers, redirect: 'manual' });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0];
    return response;
  }
}

/** WEB.md's security rules for the pages, checked over HTTP against the composed platform, with each session store. */
describe.each(stores)('web security (sessions in %s)', (store) => {
  let app: WebTestApp;
  const password = 'correct horse battery staple';
  const email = `security.${store}.${Date.now()}@example.org`;

  /** How many sessions the store holds now. */
  const storedSessions = async (): Promise<number> => {
    if (store === 'postgres') {
      const [row] = await app.api.app.get(DataSource).query('SELECT count(*)::int AS n FROM web_sessions');
      return row.n;
    }
    const redis = new Redis(redisUrlForTests()!);
    try {
      return (await redis.keys(`${app.api.config.queue.prefix}:web-session:*`)).length;
    } finally {
      await redis.quit();
    }
  };

  beforeAll(async () => {
    app = await startWebTestApp({ sessions: store });
    const client = new CookieClient(app.baseUrl);
    const _csrf = await client.csrfTokenOf('/create-account');
    const created = await client.post('/create-account', { _csrf, displayName: 'Sam Patel', email, password });
    expect(created.status).toBe(303);
  });
  afterAll(() => app?.close());

  const signedIn = async () => {
    const client = new CookieClient(app.baseUrl);
    const _csrf = await client.csrfTokenOf('/sign-in');
    const response = await client.post('/sign-in', { _csrf, email, password });
    expect(response.headers.get('location')).toBe('/account');
    return client;
  };

  it('refuses a POST without the CSRF token, and one with another session’s token, changing nothing', async () => {
    const client = new CookieClient(app.baseUrl);
    await client.csrfTokenOf('/sign-in');
    const withoutToken = await client.post('/sign-in', { email, password });
    expect(withoutToken.status).toBe(403);
    expect(await withoutToken.text()).toContain('Sorry, this form has expired');

    const other = new CookieClient(app.baseUrl);
    const othersToken = await other.csrfTokenOf('/sign-in');
    const forged = await client.post('/sign-in', { _csrf: othersToken, email, password });
    expect(forged.status).toBe(403);
    expect((await client.get('/account')).headers.get('location')).toBe('/sign-in');
  });

  it('sets the session cookie HttpOnly and SameSite=Lax, and only once there is something to keep', async () => {
    const browsing = await fetch(`${app.baseUrl}/courses`);
    expect(browsing.headers.get('set-cookie')).toBeNull();
    const signIn = await fetch(`${app.baseUrl}/sign-in`);
    const cookie = signIn.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^session=/);
    expect(cookie).toMatch(/; HttpOnly/i);
    expect(cookie).toMatch(/; SameSite=Lax/i);
  });

  it('sends Cache-Control: no-store on signed-in pages, and asks for sign-in without a session', async () => {
    const client = await signedIn();
    for (const path of ['/account', '/account/profile', '/account/skills', '/account/applications', '/courses']) {
      const response = await client.get(path);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store');
    }
    const anonymous = await fetch(`${app.baseUrl}/account/applications`, { redirect: 'manual' });
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('location')).toBe('/sign-in');
  });

  it('ends the session on sign-out, so a copy of the old cookie opens nothing', async () => {
    const client = await signedIn();
    const stolenCookie = client.cookie;
    expect((await client.get('/account')).status).toBe(200);
    const _csrf = await client.csrfTokenOf('/account');
    const before = await storedSessions();
    const signOut = await client.post('/sign-out', { _csrf });
    expect(signOut.headers.get('location')).toBe('/signed-out');
    expect(await storedSessions()).toBe(before - 1);

    const replay = await fetch(`${app.baseUrl}/account`, { headers: { cookie: stolenCookie }, redirect: 'manual' });
    expect(replay.status).toBe(303);
    expect(replay.headers.get('location')).toBe('/sign-in');
  });

  it('gives a new session id at sign-in, so an id known before signing in opens nothing after', async () => {
    const client = new CookieClient(app.baseUrl);
    const _csrf = await client.csrfTokenOf('/sign-in');
    const before = client.cookie;
    await client.post('/sign-in', { _csrf, email, password });
    expect(client.cookie).not.toBe(before);
    const fixated = await fetch(`${app.baseUrl}/account`, { headers: { cookie: before }, redirect: 'manual' });
    expect(fixated.status).toBe(303);
  });

  it('sends a strict Content-Security-Policy and the other security headers on every page', async () => {
    const response = await fetch(`${app.baseUrl}/`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('same-origin');
    expect(response.headers.get('x-powered-by')).toBeNull();
    expect(await response.text()).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
  });

  it('serves assets under content-hashed names, cached for a year, compressed when over 1 KB', async () => {
    const html = await (await fetch(`${app.baseUrl}/`)).text();
    const assets = [...html.matchAll(/(?:href|src)="(\/assets\/[^"]+)"/g)].map((match) => match[1]);
    expect(assets.length).toBeGreaterThanOrEqual(3);
    for (const asset of assets) {
      expect(asset).toMatch(/\.[0-9a-f]{12}\.(css|js)$/);
      const response = await fetch(`${app.baseUrl}${asset}`, { headers: { 'accept-encoding': 'gzip' } });
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      // Files under compression's 1 KB threshold (the tiny module that starts govuk-frontend) go as they are.
      if ((await response.text()).length > 1024) expect(response.headers.get('content-encoding')).toBe('gzip');
    }
  });

  it('keeps the API on /graphql beside the pages', async () => {
    const response = await fetch(`${app.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ wards { code } }' }),
    });
    expect(((await response.json()) as { data: { wards: unknown[] } }).data.wards).toHaveLength(32);
    expect((await fetch(`${app.baseUrl}/health/live`)).status).toBe(200);
  });
});
