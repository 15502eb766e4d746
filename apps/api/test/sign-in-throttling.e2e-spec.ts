import request from 'supertest';
import { DataSource } from 'typeorm';
import { IdentityService } from '@app/identity';
import { GOOD_PASSWORD, TestApp, uniqueEmail } from '@app/testing';
import { startApi } from '../../platform/test/test-platform';

const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { accessToken } }`;

interface LoginAnswer {
  ok: boolean;
  code?: string;
  reason?: string;
  message?: string;
}

/**
 * Per-account sign-in throttling (docs/hardening.md "Sign-in throttling"): five attempts, then a pause that doubles,
 * per (email, client address); the same answers for an email with no account; released by time or a success.
 */
describe('sign-in throttling (e2e)', () => {
  let api: TestApp;
  let email: string;

  // One proxy in front, so each test can speak as a different client address.
  beforeAll(async () => {
    api = await startApi({ env: { TRUSTED_PROXY_HOPS: '1' } });
  });
  afterAll(() => api.close());

  beforeEach(async () => {
    email = uniqueEmail('owner');
    await api.app.get(IdentityService).registerResident({ email, password: GOOD_PASSWORD, displayName: 'Owner' });
  });

  async function login(address: string, who: string, password: string): Promise<LoginAnswer> {
    const res = await request(api.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('x-forwarded-for', address)
      .send({ query: LOGIN, variables: { input: { email: who, password } } });
    const error = res.body.errors?.[0];
    return error
      ? { ok: false, code: error.extensions?.code, reason: error.extensions?.reason, message: error.message }
      : { ok: Boolean(res.body.data?.login?.accessToken) };
  }

  const wrong = (address: string, who = email) => login(address, who, 'not the right password');

  it('after five failures in a row pauses sign-in, refusing even the right password', async () => {
    const answers = [];
    for (let i = 0; i < 5; i += 1) answers.push(await wrong('203.0.113.1'));
    expect(answers.map((a) => a.reason)).toEqual(Array(5).fill('INVALID_CREDENTIALS'));
    const locked = await login('203.0.113.1', email, GOOD_PASSWORD);
    expect(locked).toMatchObject({ ok: false, code: 'RATE_LIMITED', reason: 'TOO_MANY_SIGN_IN_ATTEMPTS' });
    expect(locked.message).toMatch(/wait 1[0-5] seconds/);
  });

  it('lets the owner in from another address while one address is paused', async () => {
    for (let i = 0; i < 6; i += 1) await wrong('203.0.113.2');
    expect((await wrong('203.0.113.2')).code).toBe('RATE_LIMITED');
    expect(await login('198.51.100.7', email, GOOD_PASSWORD)).toEqual({ ok: true });
  });

  it('answers an email with no account exactly as it answers one with an account', async () => {
    const nobody = uniqueEmail('nobody');
    // The two pauses start one request apart, so their remaining seconds may differ by that request's time (over
    // a second on a busy machine): the answers must match in every other word, and the waits within that time.
    const waitOf = (answer: { message?: string }) => Number(/wait (\d+) seconds/.exec(answer.message ?? '')?.[1] ?? 0);
    const withoutWait = (answer: { message?: string }) => ({
      ...answer,
      message: answer.message?.replace(/wait \d+ seconds/, 'wait N seconds'),
    });
    for (let i = 0; i < 7; i += 1) {
      const started = Date.now();
      const forAccount = await wrong('203.0.113.3', email);
      const forNobody = await wrong('203.0.113.3', nobody);
      expect(withoutWait(forNobody)).toEqual(withoutWait(forAccount));
      const apart = Math.ceil((Date.now() - started) / 1000);
      expect(Math.abs(waitOf(forNobody) - waitOf(forAccount))).toBeLessThanOrEqual(apart);
    }
  });

  it('releases the pause when it runs out, and a success forgets the failures', async () => {
    for (let i = 0; i < 5; i += 1) await wrong('203.0.113.4');
    expect((await login('203.0.113.4', email, GOOD_PASSWORD)).code).toBe('RATE_LIMITED');
    // Time passing: the pause ends.
    await api.app.get(DataSource).query(`UPDATE sign_in_attempts SET locked_until = now() - interval '1 second'`);
    expect(await login('203.0.113.4', email, GOOD_PASSWORD)).toEqual({ ok: true });
    // Counting starts again: four more failures are not paused.
    for (let i = 0; i < 4; i += 1) expect((await wrong('203.0.113.4')).reason).toBe('INVALID_CREDENTIALS');
  });

  it('lets no more than five of many parallel guesses be checked', async () => {
    const answers = await Promise.all(Array.from({ length: 20 }, () => wrong('203.0.113.5')));
    const checked = answers.filter((a) => a.reason === 'INVALID_CREDENTIALS');
    expect(checked).toHaveLength(5);
    expect(answers.filter((a) => a.code === 'RATE_LIMITED')).toHaveLength(15);
  });
});
