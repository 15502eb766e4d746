import request from 'supertest';
import { DataSource } from 'typeorm';
import { TestApp } from '@app/testing';
import { startApi } from '../../platform/test/test-platform';

describe('HTTP surface and error model (e2e)', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());
  const server = () => api.app.getHttpServer();

  it('/health/live answers while the process runs', async () => {
    const res = await request(server()).get('/health/live');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it('/health/ready reports 503 when migrations are pending', async () => {
    const dataSource = api.app.get(DataSource);
    const [last] = await dataSource.query(`SELECT id, timestamp, name FROM migrations ORDER BY id DESC LIMIT 1`);
    await dataSource.query(`DELETE FROM migrations WHERE id = $1`, [last.id]);
    try {
      const res = await request(server()).get('/health/ready');
      expect(res.status).toBe(503);
      expect(res.body.checks.database).toEqual({ status: 'down', detail: 'migrations pending' });
    } finally {
      await dataSource.query(`INSERT INTO migrations (id, timestamp, name) VALUES ($1, $2, $3)`, [
        last.id,
        last.timestamp,
        last.name,
      ]);
    }
    expect((await request(server()).get('/health/ready')).status).toBe(200);
  });

  it('/metrics serves Prometheus text', async () => {
    const res = await request(server()).get('/metrics');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('text/plain');
    expect(res.text).toContain('process_cpu_user_seconds_total');
  });

  it('tags every response with a request id, keeping a sane one the client sent', async () => {
    const generated = await request(server()).get('/health/live');
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const given = await request(server()).get('/health/live').set('x-request-id', 'trace-abc.123');
    expect(given.headers['x-request-id']).toBe('trace-abc.123');
    const hostile = await request(server()).get('/health/live').set('x-request-id', 'bad id <script>alert(1)</script>');
    expect(hostile.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('tells browsers and proxies to keep no GraphQL answer, whether it succeeded or failed', async () => {
    for (const query of ['{ wards { code } }', '{ me { id ']) {
      const res = await request(server()).post('/graphql').set('content-type', 'application/json').send({ query });
      expect(res.headers['cache-control']).toBe('no-store');
    }
  });

  it('answers a syntax error with BAD_USER_INPUT and no stack trace', async () => {
    const res = await api.gql('{ me { id ');
    expect(res.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'GRAPHQL_PARSE_FAILED' });
  });

  it('answers an unknown field with BAD_USER_INPUT', async () => {
    const res = await api.gql('{ wards { code population } }');
    expect(res.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'GRAPHQL_VALIDATION_FAILED' });
  });

  it('refuses a batched request', async () => {
    const res = await request(server())
      .post('/graphql')
      .set('content-type', 'application/json')
      .send([{ query: '{ wards { code } }' }, { query: '{ wards { code } }' }]);
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).not.toMatch(/\bat \S+\.(js|ts):\d+/);
  });

  it('refuses a GET mutation and a simple-request POST (CSRF prevention)', async () => {
    const get = await request(server())
      .get('/graphql')
      .query({ query: 'mutation { __typename }' })
      .set('apollo-require-preflight', 'true');
    expect(get.status).toBeGreaterThanOrEqual(400);
    const csrf = await request(server()).get('/graphql').query({ query: '{ wards { code } }' });
    expect(csrf.status).toBe(400);
  });

  it('refuses a body over 1 MB', async () => {
    const res = await request(server())
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ query: '{ wards { code } }', variables: { pad: 'x'.repeat(1_100_000) } });
    expect(res.status).toBe(413);
    expect(res.text).not.toMatch(/\bat \S+\.(js|ts):\d+/);
  });
});
