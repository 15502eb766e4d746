import request from 'supertest';
import { Actors, createActors, redisUrlForTests, TestApp } from '@app/testing';
import { startApi } from '../../platform/test/test-platform';

// bull-board reads the queues through BullMQ's API, so it is checked on each backend the queues can run on.
const backends: ('postgres' | 'redis')[] = redisUrlForTests() ? ['postgres', 'redis'] : ['postgres'];

describe.each(backends)('queue dashboard at /admin/queues on %s (e2e)', (backend) => {
  let api: TestApp;
  let actors: Actors;
  beforeAll(async () => {
    api = await startApi({ queueBackend: backend });
    actors = await createActors(api);
  });
  afterAll(() => api.close());
  const get = (path: string, token?: string) => {
    const call = request(api.app.getHttpServer()).get(path);
    return token ? call.set('authorization', `Bearer ${token}`) : call;
  };

  it('refuses anyone without a valid token (401)', async () => {
    for (const path of ['/admin/queues', '/admin/queues/api/queues']) {
      expect((await get(path)).status).toBe(401);
      expect((await get(path, 'not-a-token')).status).toBe(401);
    }
  });

  it('refuses signed-in users who are not ADMINs (403)', async () => {
    for (const actor of [actors.resident, actors.broker, actors.provider]) {
      const res = await get('/admin/queues/api/queues', actor.token);
      expect(res.status).toBe(403);
      expect(res.body.error).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_NOT_ALLOWED' });
    }
    expect((await get('/admin/queues', actors.resident.token)).status).toBe(403);
  });

  it('serves the dashboard page to an ADMIN', async () => {
    const res = await get('/admin/queues', actors.admin.token);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.text).toContain('<base href="/admin/queues/" />');
    const script = /src="(static\/js\/main\.[\w.]+\.js)"/.exec(res.text)?.[1];
    expect(script).toBeDefined();
    const asset = await get(`/admin/queues/${script}`, actors.admin.token);
    expect(asset.status).toBe(200);
    expect(asset.headers['content-type']).toContain('javascript');
    expect((await get(`/admin/queues/${script}`)).status).toBe(401);
  });

  it('lists every queue, with their counts and jobs, to an ADMIN', async () => {
    const ping = await api.gql<{ pingQueue: { id: string } }>('mutation { pingQueue { id } }', {}, actors.admin.token);
    expect(ping.errors).toBeUndefined();
    const res = await get('/admin/queues/api/queues?activeQueue=system&status=latest&page=1', actors.admin.token);
    expect(res.status).toBe(200);
    expect(res.text).toContain('system');
    expect(res.text).toContain('metrics');
    const queues = res.body.queues as { name: string; counts: Record<string, number>; jobs: { id: string }[] }[];
    expect(queues.map((q) => q.name).sort()).toEqual(['domain-events', 'metrics', 'notifications', 'system']);
    const system = queues.find((q) => q.name === 'system')!;
    expect(Object.values(system.counts).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1);
    expect(system.jobs.map((job) => job.id)).toContain(ping.data!.pingQueue.id);
  });
});
