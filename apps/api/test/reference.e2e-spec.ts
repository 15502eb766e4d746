import { TestApp } from '@app/testing';
import { startApi } from '../../platform/test/test-platform';

const SKILLS = `
  query ($search: String, $category: String, $first: Int, $after: String) {
    skills(search: $search, category: $category, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id name category escoUri altLabels } }
    }
  }`;

interface SkillsPage {
  skills: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
    edges: {
      cursor: string;
      node: { id: string; name: string; category: string; escoUri: string; altLabels: string[] };
    }[];
  };
}

describe('reference data over the API (e2e)', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  const search = async (variables: Record<string, unknown>) => {
    const res = await api.gql<SkillsPage>(SKILLS, variables);
    expect(res.errors).toBeUndefined();
    return res.data!.skills;
  };

  it('finds Python first for "python", whatever the case', async () => {
    for (const text of ['python', 'PYTHON', '  Python ']) {
      const page = await search({ search: text });
      expect(page.edges[0].node.name).toBe('Python (computer programming)');
      expect(page.edges[0].node.escoUri).toMatch(/^http:\/\/data\.europa\.eu\/esco\/skill\//);
    }
  });

  it('ranks an exact label before a prefix before a label that merely contains the text', async () => {
    const page = await search({ search: 'java', first: 50 });
    const names = page.edges.map((edge) => edge.node.name);
    expect(names[0]).toBe('Java (computer programming)');
    const javascript = names.indexOf('JavaScript');
    expect(javascript).toBeGreaterThan(0);
    const containing = names.findIndex((name) => !/^java/i.test(name) && /java/i.test(name));
    if (containing >= 0) expect(containing).toBeGreaterThan(javascript);
  });

  it('matches alt labels and tolerates a typo', async () => {
    const k8s = await search({ search: 'k8s' });
    expect(k8s.totalCount).toBeGreaterThan(0);
    const typo = await search({ search: 'javascrpt' });
    expect(typo.edges.map((e) => e.node.name)).toContain('JavaScript');
  });

  it('filters by category and pages through every result with opaque cursors, once each', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const page: SkillsPage['skills'] = await search({ category: 'Cyber security', first: 7, after });
      total = page.totalCount;
      expect(page.edges.every((edge) => edge.node.category === 'Cyber security')).toBe(true);
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      seen.push(...page.edges.map((edge) => edge.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(total).toBeGreaterThanOrEqual(10);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  it('rejects an unknown cursor and a page size out of range, naming both', async () => {
    const res = await api.gql(SKILLS, { first: 101, after: 'bm90LWEtY3Vyc29y' });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const paths = (res.errors?.[0]?.extensions?.fieldErrors as { path: string }[]).map((e) => e.path).sort();
    expect(paths).toEqual(['after', 'first']);
  });

  it('treats LIKE wildcards in the search text literally', async () => {
    const page = await search({ search: '%' });
    expect(page.totalCount).toBe(0);
  });

  it('returns one skill by id, and null for an unknown or malformed id', async () => {
    const [first] = (await search({ search: 'python' })).edges;
    const one = await api.gql<{ skill: { name: string } }>(`query ($id: ID!) { skill(id: $id) { name } }`, {
      id: first.node.id,
    });
    expect(one.data!.skill.name).toBe(first.node.name);
    for (const id of ['5b0e2f3c-0000-4000-8000-000000000000', 'nope']) {
      const none = await api.gql<{ skill: unknown }>(`query ($id: ID!) { skill(id: $id) { name } }`, { id });
      expect(none.data!.skill).toBeNull();
    }
  });

  it('lists the 32 Manchester wards with centroids', async () => {
    const res = await api.gql<{ wards: { code: string; name: string; latitude: number; longitude: number }[] }>(
      `{ wards { code name latitude longitude } }`,
    );
    expect(res.data!.wards).toHaveLength(32);
    for (const ward of res.data!.wards) {
      expect(ward.code).toMatch(/^E050113[5-8]\d$/);
      expect(ward.latitude).toBeGreaterThan(53.3);
      expect(ward.latitude).toBeLessThan(53.6);
      expect(ward.longitude).toBeGreaterThan(-2.4);
      expect(ward.longitude).toBeLessThan(-2.1);
    }
  });
});
