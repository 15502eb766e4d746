import { DataSource } from 'typeorm';
import { TestApp } from '@app/testing';
import { startApi } from '../../platform/test/test-platform';
import { committedSchema, HostileWorld, hostileWorld, post } from './hostile-fixtures';
import { fuzzCases, FuzzCase, tableFingerprints } from './schema-fuzz';

/**
 * Schema-driven fuzzing (docs/hardening.md "Schema fuzzing"): every argument of every root query and mutation, and
 * every field inside their input objects, gets hostile values of its type, sent anonymously and as a resident, a
 * provider and an ADMIN. No answer may be a server error or leak a stack or SQL, and no table may change. The cases
 * come from the committed schema (which schema.e2e-spec.ts proves is the one served), so new fields are fuzzed too.
 */

const CASES = fuzzCases(committedSchema);
const FIELDS = [...new Set(CASES.map((c) => `${c.operation} ${c.field}`))];
const CALLERS = ['anonymous', 'resident', 'provider', 'admin'] as const;
const PARALLEL = 6;

// What a server error or leak looks like in an answer: a stack frame, or PostgreSQL's wording.
const LEAK = /\.(ts|js):\d+:\d+|\b(SELECT|INSERT INTO|UPDATE \S+ SET)\b|violates|syntax error at or near/;

interface Finding {
  path: string;
  label: string;
  status: number;
  problem: string;
}

async function send(api: TestApp, fuzz: FuzzCase, token: string | undefined): Promise<Finding | null> {
  const answer = await post(api, { query: fuzz.query, variables: fuzz.variables }, { token });
  const codes = (answer.body.errors ?? []).map((error) => error.extensions?.code);
  // Every hostile value is one a mutation must refuse; one that succeeds would have changed something.
  const accepted = fuzz.operation === 'mutation' && codes.length === 0;
  const problem = accepted
    ? 'accepted by a mutation'
    : answer.status >= 500
      ? `HTTP ${answer.status}`
      : codes.includes('INTERNAL_SERVER_ERROR')
        ? 'INTERNAL_SERVER_ERROR'
        : LEAK.test(answer.text)
          ? `leak: ${LEAK.exec(answer.text)![0]}`
          : null;
  return problem ? { path: fuzz.path, label: fuzz.label, status: answer.status, problem } : null;
}

describe('schema fuzzing: hostile values in every argument (e2e)', () => {
  let api: TestApp;
  let world: HostileWorld;
  let dataSource: DataSource;

  beforeAll(async () => {
    // No queue processors in this process: a metrics run finishing in the background would change tables.
    api = await startApi({ withoutProcessors: true });
    world = await hostileWorld(api);
    dataSource = api.app.get(DataSource);
  });
  afterAll(() => api.close());

  it('covers every root field that takes arguments, with several values each', () => {
    expect(FIELDS.length).toBeGreaterThan(40);
    expect(CASES.length).toBeGreaterThan(FIELDS.length * 5);
  });

  describe.each(CALLERS)('as %s', (caller) => {
    const token = () => (caller === 'anonymous' ? undefined : world.actors[caller].token);

    it.each(FIELDS)('%s: no server error, nothing changed', async (name) => {
      const cases = CASES.filter((c) => `${c.operation} ${c.field}` === name);
      const before = await tableFingerprints(dataSource);
      const findings: Finding[] = [];
      for (let start = 0; start < cases.length; start += PARALLEL) {
        const answers = await Promise.all(cases.slice(start, start + PARALLEL).map((c) => send(api, c, token())));
        findings.push(...answers.filter((answer): answer is Finding => answer !== null));
      }
      const after = await tableFingerprints(dataSource);
      expect(findings).toEqual([]);
      const changed = Object.keys(after).filter((table) => after[table] !== before[table]);
      expect(changed).toEqual([]);
    });
  });
});
