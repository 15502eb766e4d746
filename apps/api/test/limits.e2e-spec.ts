import { request as httpRequest } from 'node:http';
import { AddressInfo } from 'node:net';
import request from 'supertest';
import { GOOD_PASSWORD, REGISTER_RESIDENT, TestApp, uniqueEmail } from '@app/testing';
import { startApi } from '../../platform/test/test-platform';

/** A selection nested `levels` fields deep (cohort → programme → cohorts → edges → node → programme → …). */
function nestedQuery(levels: number): string {
  const chain = ['cohort(id: "00000000-0000-0000-0000-000000000000")'];
  // One item per page: an omitted first counts as its default (20) in the cost, and this tests depth alone.
  const cycle = ['programme', 'cohorts(first: 1)', 'edges', 'node'];
  while (chain.length < levels - 1) chain.push(cycle[(chain.length - 1) % cycle.length]);
  return `{ ${chain.map((field) => `${field} { `).join('')}id ${chain.map(() => '}').join(' ')} }`;
}

const aliased = (count: number) => `{ ${Array.from({ length: count }, (_, i) => `w${i}: wards { code }`).join(' ')} }`;

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

/** POSTs one operation from a chosen loopback address (127.0.0.x), so a test can act as several client IPs. */
function postFrom(
  api: TestApp,
  localAddress: string,
  query: string,
  token?: string,
  variables?: object,
): Promise<RawResponse> {
  const { port } = api.app.getHttpServer().address() as AddressInfo;
  const payload = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        localAddress,
        method: 'POST',
        path: '/graphql',
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: JSON.parse(text) }));
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

const NO_STACK = /\bat \S+\.(js|ts):\d+/;

describe('request limits (e2e)', () => {
  describe('with the default settings of the test environment', () => {
    let api: TestApp;
    beforeAll(async () => {
      api = await startApi();
    });
    afterAll(() => api.close());
    const server = () => api.app.getHttpServer();

    it('accepts a query 10 fields deep and refuses one 11 deep with BAD_USER_INPUT', async () => {
      const ten = await api.gql(nestedQuery(10));
      expect(ten.errors).toBeUndefined();
      expect(ten.data).toEqual({ cohort: null });

      const eleven = await api.gql(nestedQuery(11));
      expect(eleven.status).toBe(400);
      expect(eleven.data).toBeUndefined();
      expect(eleven.errors).toEqual([
        {
          message: expect.stringContaining('depth limit of 10 exceeded, found 11'),
          extensions: { code: 'BAD_USER_INPUT', reason: 'GRAPHQL_VALIDATION_FAILED' },
        },
      ]);
    });

    it('counts depth by fields, not by fragment spreads', async () => {
      const res = await api.gql(
        `query { cohort(id: "00000000-0000-0000-0000-000000000000") { ...C } }
         fragment C on Cohort { programme { cohorts(first: 1) { edges { node { programme { cohorts(first: 1) { edges { node { id } } } } } } } } }`,
      );
      expect(res.errors).toBeUndefined();
    });

    it('accepts 15 aliases and refuses 16', async () => {
      const fifteen = await api.gql(aliased(15));
      expect(fifteen.errors).toBeUndefined();
      expect(Object.keys(fifteen.data ?? {})).toHaveLength(15);

      const sixteen = await api.gql(aliased(16));
      expect(sixteen.status).toBe(400);
      expect(sixteen.errors?.[0]).toMatchObject({
        message: expect.stringContaining('Aliases limit of 15 exceeded, found 16'),
        extensions: { code: 'BAD_USER_INPUT', reason: 'GRAPHQL_VALIDATION_FAILED' },
      });
    });

    it('refuses a query over the cost limit', async () => {
      const res = await api.gql(
        `{ programmes(first: 100) { edges { node { title cohorts(first: 100) { edges { node { id programme { title } } } } } } } }`,
      );
      expect(res.status).toBe(400);
      expect(res.errors?.[0]).toMatchObject({
        message: expect.stringMatching(/limit 50000\): ask for fewer items/),
        extensions: { code: 'BAD_USER_INPUT', reason: 'GRAPHQL_VALIDATION_FAILED' },
      });
    });

    it('counts first from a variable, or omitted (its default), as it counts a literal', async () => {
      const nested = (first: string) =>
        `programmes(first: ${first}) { edges { node { title cohorts { edges { node { id programme { title } } } } } } }`;
      const written = [
        await api.gql(`{ ${nested('100')} }`),
        await api.gql(`query ($n: Int) { ${nested('$n')} }`, { n: 100 }),
        await api.gql(`query ($n: Int = 100) { ${nested('$n')} }`),
        // cohorts' first is omitted in all three: it counts as its default, 20.
      ];
      for (const res of written) {
        expect(res.status).toBe(400);
        expect(res.errors?.[0]?.message).toMatch(/ask for fewer items/);
        expect(res.errors?.[0]?.message).not.toMatch(/Syntax Error/);
      }
      // The same query with small pages passes, literal or variable.
      const small = await api.gql(`query ($n: Int) { ${nested('$n')} }`, { n: 2 });
      expect(small.errors).toBeUndefined();
    });

    it('refuses a document of more than 5000 tokens as a parse failure', async () => {
      const res = await api.gql(`{ ${'__typename '.repeat(5001)}}`);
      expect(res.status).toBe(400);
      expect(res.errors?.[0]).toMatchObject({
        // graphql-js's own wording ("more that 5000 tokens"), so only the number is matched.
        message: expect.stringMatching(/5000 tokens/),
        extensions: { code: 'BAD_USER_INPUT', reason: 'GRAPHQL_PARSE_FAILED' },
      });
    });

    it('refuses more than 50 directives', async () => {
      const res = await api.gql(`{ __typename ${'@include(if: true) '.repeat(51)}}`);
      expect(res.status).toBe(400);
      expect(res.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'GRAPHQL_VALIDATION_FAILED' });
    });

    it('refuses a body over 1 MB with 413 and a short message, not a 500', async () => {
      const res = await request(server())
        .post('/graphql')
        .set('content-type', 'application/json')
        .send({ query: '{ wards { code } }', variables: { pad: 'x'.repeat(1_100_000) } });
      expect(res.status).toBe(413);
      expect(res.body.errors).toEqual([
        {
          message: 'The request body is too large (the limit is 1 MB).',
          extensions: { code: 'BAD_USER_INPUT', reason: 'ENTITY_TOO_LARGE' },
        },
      ]);
      expect(res.text).not.toMatch(NO_STACK);
    });

    it('refuses a batched (JSON array) request with 400 and a GraphQL error saying batching is off', async () => {
      const res = await request(server())
        .post('/graphql')
        .set('content-type', 'application/json')
        .send([{ query: '{ wards { code } }' }, { query: '{ wards { code } }' }]);
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([
        {
          message: expect.stringMatching(/batching/i),
          extensions: { code: 'BAD_USER_INPUT', reason: 'BAD_REQUEST' },
        },
      ]);
    });

    it('refuses a GET without a preflight-forcing header (CSRF prevention)', async () => {
      const res = await request(server()).get('/graphql').query({ query: '{ wards { code } }' });
      expect(res.status).toBe(400);
      expect(res.body.errors?.[0]).toMatchObject({
        message: expect.stringMatching(/CSRF/),
        extensions: { code: 'BAD_USER_INPUT', reason: 'BAD_REQUEST' },
      });
      // The same GET with the header Apollo asks for is served.
      const allowed = await request(server())
        .get('/graphql')
        .query({ query: '{ wards { code } }' })
        .set('apollo-require-preflight', 'true');
      expect(allowed.status).toBe(200);
      expect(allowed.body.data.wards).toHaveLength(32);
    });

    it('refuses a text/plain POST (a "simple" cross-site request) and runs nothing', async () => {
      const res = await request(server())
        .post('/graphql')
        .set('content-type', 'text/plain')
        .send(JSON.stringify({ query: 'mutation { __typename }' }));
      expect(res.status).toBe(400);
      expect(res.text).toMatch(/CSRF/);
      expect(res.body.data).toBeUndefined();
    });

    it('answers introspection outside production, and does not throttle tests by default', async () => {
      const res = await api.gql('{ __schema { queryType { name } } }');
      expect(res.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
      expect(api.config.env.RATE_LIMIT_PER_MINUTE).toBeUndefined();
    });

    it('still suggests field names outside production', async () => {
      const res = await api.gql('{ wards { nam } }');
      expect(res.errors?.[0]?.message).toMatch(/Did you mean "name"\?/);
    });
  });

  describe('with RATE_LIMIT_PER_MINUTE=4', () => {
    let api: TestApp;
    beforeAll(async () => {
      api = await startApi({ env: { RATE_LIMIT_PER_MINUTE: '4' } });
    });
    afterAll(() => api.close());

    it('limits operations per IP and per user, answering RATE_LIMITED with 429 and Retry-After', async () => {
      // Client B (127.0.0.2) registers: one operation on B's address, none yet on the new user.
      const registered = await postFrom(api, '127.0.0.2', REGISTER_RESIDENT, undefined, {
        input: { email: uniqueEmail('limits'), password: GOOD_PASSWORD, displayName: 'Rate Limit' },
      });
      expect(registered.body.errors).toBeUndefined();
      const token = (registered.body.data as { registerResident: { accessToken: string } }).registerResident
        .accessToken;

      // Client A (127.0.0.1) uses the token four times: A and the user are both at 4.
      for (let i = 0; i < 4; i += 1) {
        const ok = await postFrom(api, '127.0.0.1', '{ me { id } }', token);
        expect(ok.body.errors).toBeUndefined();
      }
      const refused = await postFrom(api, '127.0.0.1', '{ me { id } }', token);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expect(refused.body.data).toBeUndefined();
      expect(refused.body.errors).toEqual([
        { message: expect.stringMatching(/too many requests/i), extensions: { code: 'RATE_LIMITED' } },
      ]);

      // A's address is full even without the token…
      expect((await postFrom(api, '127.0.0.1', '{ wards { code } }')).body.errors?.[0]?.extensions).toEqual({
        code: 'RATE_LIMITED',
      });
      // …and the user is full from any address…
      expect((await postFrom(api, '127.0.0.2', '{ me { id } }', token)).body.errors?.[0]?.extensions).toEqual({
        code: 'RATE_LIMITED',
      });
      // …but B's address, anonymous, still has room (1 of 4 used; the refusal above was not counted).
      const anonymousOnB = await postFrom(api, '127.0.0.2', '{ wards { code } }');
      expect(anonymousOnB.status).toBe(200);
      expect(anonymousOnB.body.errors).toBeUndefined();
    });

    it('refuses every operation over the limit from a fresh address with 429, never a 500', async () => {
      const results = [];
      for (let i = 0; i < 6; i += 1) results.push(await postFrom(api, '127.0.0.3', '{ wards { code } }'));
      expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200, 429, 429]);
    });
  });

  describe('behind one trusted proxy (TRUSTED_PROXY_HOPS=1, RATE_LIMIT_PER_MINUTE=2)', () => {
    let api: TestApp;
    beforeAll(async () => {
      api = await startApi({ env: { RATE_LIMIT_PER_MINUTE: '2', TRUSTED_PROXY_HOPS: '1' } });
    });
    afterAll(() => api.close());

    const via = (forwardedFor: string) =>
      request(api.app.getHttpServer())
        .post('/graphql')
        .set('content-type', 'application/json')
        .set('x-forwarded-for', forwardedFor)
        .send({ query: '{ __typename }' });

    it('counts each client address the proxy reports, not the proxy itself', async () => {
      expect((await via('198.51.100.1')).status).toBe(200);
      expect((await via('198.51.100.1')).status).toBe(200);
      const third = await via('198.51.100.1');
      expect(third.status).toBe(429);
      expect(third.body.errors[0].extensions).toEqual({ code: 'RATE_LIMITED' });
      // Another client behind the same proxy is not held back, and a forged entry to the left changes nothing.
      expect((await via('198.51.100.2')).status).toBe(200);
      expect((await via('1.1.1.1, 198.51.100.1')).status).toBe(429);
    });
  });

  describe('in production, with no GRAPHQL_INTROSPECTION set', () => {
    let api: TestApp;
    beforeAll(async () => {
      api = await startApi({ env: { NODE_ENV: 'production', JWT_SECRET: 'p'.repeat(40) } });
    });
    afterAll(() => api.close());
    const server = () => api.app.getHttpServer();

    it('refuses introspection', async () => {
      const res = await api.gql('{ __schema { types { name } } }');
      expect(res.status).toBe(400);
      expect(res.errors?.[0]).toMatchObject({
        message: expect.stringMatching(/introspection/i),
        extensions: { code: 'BAD_USER_INPUT', reason: 'GRAPHQL_VALIDATION_FAILED' },
      });
      const type = await api.gql('{ __type(name: "Query") { name } }');
      expect(type.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('hides field suggestions', async () => {
      const res = await api.gql('{ wards { nam } }');
      expect(res.errors?.[0]?.message).toBeDefined();
      expect(res.errors?.[0]?.message).not.toMatch(/Did you mean/);
      expect(res.errors?.[0]?.message).not.toContain('"name"');
    });

    it('hides enum value suggestions, written in the query or sent as a variable', async () => {
      const literal = await api.gql('{ programmes(filter: { kinds: [BOOTCAMPX] }) { totalCount } }');
      const variable = await api.gql(
        'query ($k: [ProgrammeKind!]) { programmes(filter: { kinds: $k }) { totalCount } }',
        {
          k: ['BOOTCAMPX'],
        },
      );
      for (const res of [literal, variable]) {
        expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
        expect(res.errors?.[0]?.message).not.toMatch(/Did you mean|"BOOTCAMP"/);
      }
    });

    it('serves no landing page to a browser', async () => {
      const res = await request(server()).get('/graphql').set('accept', 'text/html');
      expect(res.headers['content-type'] ?? '').not.toContain('text/html');
      expect(res.text).not.toMatch(/<html/i);
    });

    it('applies the default rate limit (600 a minute) without throttling ordinary use', async () => {
      const res = await api.gql('{ wards { code } }');
      expect(res.errors).toBeUndefined();
    });
  });

  describe('with GRAPHQL_INTROSPECTION=false outside production', () => {
    let api: TestApp;
    beforeAll(async () => {
      api = await startApi({ env: { GRAPHQL_INTROSPECTION: 'false' } });
    });
    afterAll(() => api.close());

    it('refuses introspection', async () => {
      const res = await api.gql('{ __schema { queryType { name } } }');
      expect(res.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'GRAPHQL_VALIDATION_FAILED' });
    });

    it('still answers __typename', async () => {
      expect((await api.gql('{ __typename }')).data).toEqual({ __typename: 'Query' });
    });
  });
});
