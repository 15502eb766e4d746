import { IdentityService } from '@app/identity';
import { GOOD_PASSWORD, redisUrlForTests, TestApp, uniqueEmail } from '@app/testing';
import { startApi } from '../../platform/test/test-platform';

const PING = `mutation { pingQueue { id state } }`;
const STATUS = `query ($id: ID!) { queuePing(id: $id) { id state processedAt processedByPid failedReason } }`;

const backends: ('postgres' | 'redis')[] = ['postgres'];
if (redisUrlForTests()) backends.push('redis');
else
  console.warn(
    'SKIPPED: queue round trip on Redis: REDIS_URL is not set (CI sets it; PostgreSQL backend still tested)',
  );

describe.each(backends)('system queue round trip on %s (e2e)', (backend) => {
  let api: TestApp;
  let adminToken: string;

  beforeAll(async () => {
    api = await startApi({ queueBackend: backend });
    const email = uniqueEmail('admin');
    await api.app.get(IdentityService).ensureFirstAdmin(email, GOOD_PASSWORD);
    const login = await api.gql<{ login: { accessToken: string } }>(
      `mutation ($input: LoginInput!) { login(input: $input) { accessToken } }`,
      { input: { email, password: GOOD_PASSWORD } },
    );
    adminToken = login.data!.login.accessToken;
  });
  afterAll(() => api.close());

  // Polls for up to 30 s: the assertion is the round trip, not its speed on a loaded 2-core machine.
  it('the API enqueues a ping, a worker processes it, and the result is visible through the API', async () => {
    const enqueued = await api.gql<{ pingQueue: { id: string; state: string } }>(PING, {}, adminToken);
    expect(enqueued.errors).toBeUndefined();
    const id = enqueued.data!.pingQueue.id;

    let status: { state: string; processedAt: string | null; processedByPid: number | null } | undefined;
    for (let i = 0; i < 300 && status?.state !== 'completed'; i += 1) {
      const res = await api.gql<{ queuePing: typeof status }>(STATUS, { id }, adminToken);
      status = res.data!.queuePing;
      if (status?.state !== 'completed') await new Promise((r) => setTimeout(r, 100));
    }
    expect(status).toMatchObject({ state: 'completed', processedByPid: process.pid });
    expect(Date.parse(status!.processedAt!)).not.toBeNaN();
  });

  // The status is two reads (state, then data). Polled without pause while a worker completes jobs, a status that says
  // completed must carry the result: many jobs at once make the window between the reads likely to be hit.
  it('never reports a job completed without its result, even while it completes', async () => {
    const incomplete: unknown[] = [];
    const pollUntilCompleted = async () => {
      const enqueued = await api.gql<{ pingQueue: { id: string } }>(PING, {}, adminToken);
      const id = enqueued.data!.pingQueue.id;
      for (let i = 0; i < 3000; i += 1) {
        const res = await api.gql<{ queuePing: { state: string; processedByPid: number | null } }>(
          STATUS,
          { id },
          adminToken,
        );
        const status = res.data!.queuePing;
        if (status.state !== 'completed') continue;
        if (status.processedByPid === null) incomplete.push(status);
        return;
      }
    };
    for (let round = 0; round < 5; round += 1) await Promise.all(Array.from({ length: 8 }, pollUntilCompleted));
    expect(incomplete).toEqual([]);
  });

  it('reports the queue in /health/ready', async () => {
    const res = await fetch(`${await api.app.getUrl()}/health/ready`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', checks: { database: { status: 'up' }, queue: { status: 'up' } } });
  });

  it('is for ADMINs only', async () => {
    const res = await api.gql(PING);
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
