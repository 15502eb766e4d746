import { buildSchema, parse } from 'graphql';
import { queryCost, rememberedQueryCost } from './query-cost';

const schema = buildSchema(`
  type Item { id: ID! children(first: Int = 20): [Item!]! }
  type Query { items(first: Int = 10): [Item!]! wards: [Item!]! }
`);
const cost = (query: string, variables: Record<string, unknown> = {}) => queryCost(schema, parse(query), variables);

describe('queryCost', () => {
  it('counts first from a variable as it counts the same literal', () => {
    const literal = cost('{ items(first: 7) { id } }');
    expect(cost('query ($n: Int) { items(first: $n) { id } }', { n: 7 })).toBe(literal);
    expect(cost('query ($n: Int = 7) { items(first: $n) { id } }')).toBe(literal);
    expect(literal).toBeGreaterThan(cost('{ items(first: 1) { id } }'));
  });

  it('counts an omitted or null first as the argument’s default', () => {
    expect(cost('{ items { id } }')).toBe(cost('{ items(first: 10) { id } }'));
    expect(cost('{ items(first: null) { id } }')).toBe(cost('{ items(first: 10) { id } }'));
    expect(cost('query ($n: Int) { items(first: $n) { id } }', { n: null })).toBe(cost('{ items(first: 10) { id } }'));
    expect(cost('query ($n: Int) { items(first: $n) { id } }')).toBe(cost('{ items(first: 10) { id } }'));
    expect(cost('{ items(first: 1) { children { id } } }')).toBe(
      cost('{ items(first: 1) { children(first: 20) { id } } }'),
    );
  });

  it('multiplies nested pages, through fragments too', () => {
    const nested = cost('{ items(first: 10) { children(first: 10) { id } } }');
    expect(nested).toBeGreaterThanOrEqual(100);
    const viaFragment = cost('query ($n: Int) { items(first: $n) { ...F } } fragment F on Item { children { id } }', {
      n: 10,
    });
    expect(viaFragment).toBeGreaterThanOrEqual(200);
  });

  it('leaves a value that is not a whole number to variable coercion (counted as 1)', () => {
    expect(cost('query ($n: Int) { items(first: $n) { id } }', { n: 'ten' })).toBe(cost('{ items(first: 1) { id } }'));
  });
});

describe('rememberedQueryCost', () => {
  it('answers as queryCost for each page size sent with the same document, in any order', () => {
    const costOf = rememberedQueryCost();
    const document = parse('query ($n: Int = 3, $m: Int) { items(first: $n) { children(first: $m) { id } } }');
    const sent = [{}, { n: 5 }, { n: null }, { n: 5, m: 2 }, { m: 2 }, { n: 5 }, {}, { n: null }, { n: 'ten' }];
    for (const variables of [...sent, ...sent.reverse()]) {
      expect(costOf(schema, document, variables)).toBe(queryCost(schema, document, variables));
    }
  });

  it('keeps a variable left out (its default) apart from one sent as null (the argument’s default)', () => {
    const costOf = rememberedQueryCost();
    const document = parse('query ($n: Int = 3) { items(first: $n) { id } }');
    expect(costOf(schema, document, {})).toBe(cost('{ items(first: 3) { id } }'));
    expect(costOf(schema, document, { n: null })).toBe(cost('{ items(first: 10) { id } }'));
    expect(costOf(schema, document, {})).toBe(cost('{ items(first: 3) { id } }'));
  });

  it('ignores variables that are not page sizes', () => {
    const costOf = rememberedQueryCost();
    const document = parse('query ($n: Int, $q: String) { items(first: $n) { id } wards { id } }');
    expect(costOf(schema, document, { n: 2, q: 'a' })).toBe(costOf(schema, document, { n: 2, q: 'b' }));
    expect(costOf(schema, document, { n: 2, q: 'a' })).toBe(queryCost(schema, document, { n: 2 }));
  });
});
