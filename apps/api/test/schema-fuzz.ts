import { randomUUID } from 'node:crypto';
import {
  getNamedType,
  getNullableType,
  GraphQLField,
  GraphQLInputType,
  GraphQLObjectType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { DataSource } from 'typeorm';
import { sampleValue } from './hostile-fixtures';

/**
 * The schema-driven fuzz suite's generator: for every root field of the served schema, every place a client can put
 * a value (each argument, and inside input objects each field, lists followed to their items), and for each a set of
 * hostile values that fit the GraphQL type. Nothing here names a field: a new field or argument is fuzzed as soon as
 * it is in the schema.
 */

const cursor = (...parts: unknown[]) => Buffer.from(JSON.stringify(parts)).toString('base64url');
const NOW = '2026-01-01 10:00:00+00';

const HOSTILE_TEXT: Record<string, unknown> = {
  'a NUL character': 'a\u0000b',
  'a lone surrogate': '\ud800x',
  'a 20,000-character string': 'x'.repeat(20_000),
};

const HOSTILE_BY_SCALAR: Record<string, Record<string, unknown>> = {
  String: HOSTILE_TEXT,
  ID: {
    'an unknown id': randomUUID(),
    'the nil uuid': '00000000-0000-0000-0000-000000000000',
    'an id that is not a uuid': 'not-an-id',
    'a NUL character': '\u0000',
    'a lone surrogate': '\udfff',
    'a 20,000-character id': '9'.repeat(20_000),
  },
  Int: {
    'the largest Int': 2_147_483_647,
    'the smallest Int': -2_147_483_648,
    'minus one': -1,
    'a number beyond Int': 1e10,
    'NaN as text': 'NaN',
  },
  Float: {
    'a huge number': 1e308,
    'a huge negative number': -1e308,
    'the smallest positive number': 5e-324,
    'minus one': -1,
    'NaN as text': 'NaN',
  },
  Boolean: { 'a string for a Boolean': 'true' },
  Date: {
    'the year 0': '0000-01-01',
    'the 30th of February': '2026-02-30',
    'a date with a NUL': '2026-01-01\u0000',
  },
  DateTime: {
    'the year 0': '0000-01-01T00:00:00Z',
    'the year 275760': '+275760-09-13T00:00:00Z',
    'a NUL': '2026-01-01T00:00:00Z\u0000',
  },
};

/** Cursors forged or damaged by a client (a keyset position PostgreSQL cannot read, a huge offset, a cut one). */
const HOSTILE_CURSORS: Record<string, unknown> = {
  'a forged cursor with a bad timestamp': cursor('k', 0, '2020-01-01 (x)', randomUUID()),
  'a forged cursor with rank 1e308': cursor('k', 1e308, NOW, randomUUID()),
  'a forged cursor with rank 1e-300': cursor('k', 1e-300, NOW, randomUUID()),
  'a forged offset cursor of 2^62': Buffer.from(`o:${2 ** 62}`).toString('base64url'),
  'a truncated cursor': cursor('k', 0, NOW, randomUUID()).slice(0, 17),
  'a NUL character': '\u0000',
};

export interface FuzzCase {
  field: string;
  operation: 'query' | 'mutation';
  /** Where the hostile value goes: `input.skills.0.level`. */
  path: string;
  label: string;
  query: string;
  variables: Record<string, unknown>;
}

function hostileValuesFor(type: GraphQLInputType, name: string): Record<string, unknown> {
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    const item = sampleValue(nullable.ofType as GraphQLInputType);
    // (An empty list is not hostile: it clears, e.g. a resident's skills.)
    return { 'a list of 1,000 items': Array.from({ length: 1000 }, () => item) };
  }
  const named = getNamedType(type);
  if (name === 'after' || name === 'before') return { ...HOSTILE_CURSORS, ...HOSTILE_TEXT };
  if (isEnumType(named)) return { 'an unknown enum value': 'NOT_A_VALUE', 'an enum value in lower case': 'x' };
  if (isScalarType(named)) return HOSTILE_BY_SCALAR[named.name] ?? HOSTILE_TEXT;
  return {};
}

/** Every place inside an argument of this type where a client can put a leaf value, with its type. */
function leaves(type: GraphQLInputType, path: string[], depth = 0): { path: string[]; type: GraphQLInputType }[] {
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    const item = nullable.ofType as GraphQLInputType;
    return [{ path, type }, ...leaves(item, [...path, '0'], depth + 1)];
  }
  if (isInputObjectType(nullable)) {
    if (depth > 4) return [];
    return Object.values(nullable.getFields()).flatMap((field) => leaves(field.type, [...path, field.name], depth + 1));
  }
  return [{ path, type }];
}

/** A copy of `base` with `value` at `path`, building the objects and one-item lists on the way. */
function setAt(base: unknown, path: string[], value: unknown, type: GraphQLInputType): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    const item = nullable.ofType as GraphQLInputType;
    const list = Array.isArray(base) && base.length ? [...base] : [sampleValue(item)];
    list[0] = setAt(list[0], rest, value, item);
    return list;
  }
  if (!isInputObjectType(nullable)) return value;
  const fieldType = nullable.getFields()[head].type;
  const object = (base && typeof base === 'object' ? { ...base } : sampleValue(nullable)) as Record<string, unknown>;
  object[head] = setAt(object[head], rest, value, fieldType);
  return object;
}

function selectionFor(field: GraphQLField<unknown, unknown>): string {
  const named = getNamedType(field.type);
  return isScalarType(named) || isEnumType(named) ? '' : ' { __typename }';
}

/** One case per hostile value per leaf of every argument of every root query and mutation field. */
export function fuzzCases(schema: GraphQLSchema): FuzzCase[] {
  const roots: ['query' | 'mutation', GraphQLObjectType | null | undefined][] = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ];
  const cases: FuzzCase[] = [];
  for (const [operation, root] of roots) {
    for (const field of Object.values(root?.getFields() ?? {})) {
      const declarations = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
      const passing = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
      if (!passing) continue;
      const query = `${operation} (${declarations}) { ${field.name}(${passing})${selectionFor(field)} }`;
      const required = Object.fromEntries(
        field.args.filter((arg) => isNonNullType(arg.type)).map((arg) => [arg.name, sampleValue(arg.type)]),
      );
      for (const arg of field.args) {
        for (const leaf of leaves(arg.type, [])) {
          const leafName = leaf.path.filter((part) => part !== '0').at(-1) ?? arg.name;
          for (const [label, value] of Object.entries(hostileValuesFor(leaf.type, leafName))) {
            cases.push({
              field: field.name,
              operation,
              path: [arg.name, ...leaf.path].join('.'),
              label,
              query,
              variables: { ...required, [arg.name]: setAt(required[arg.name], leaf.path, value, arg.type) },
            });
          }
        }
      }
    }
  }
  return cases;
}

/**
 * Tables whose rows may change while a refused request is answered, and why that is not a change of the data:
 * - audit_entries: API.md has reads of identifiable records audited, and a fuzzed read with a real id is still a read.
 */
export const TABLES_ALLOWED_TO_CHANGE = ['audit_entries'];

/**
 * A fingerprint of every row of every table in the public schema (the row count and an order-free sum of 64-bit hashes
 * of the rows' text), in one statement so the snapshot is consistent: an UPDATE shows as well as an INSERT or DELETE.
 */
export async function tableFingerprints(dataSource: DataSource): Promise<Record<string, string>> {
  const tables: { name: string }[] = await dataSource.query(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> ALL($1) ORDER BY tablename`,
    [TABLES_ALLOWED_TO_CHANGE],
  );
  const parts = tables.map(
    ({ name }, index) =>
      `SELECT $${index + 1}::text AS name, (SELECT count(*) || ':' || coalesce(sum(hashtextextended(t::text, 0)::numeric), 0) ` +
      `FROM public."${name.replace(/"/g, '""')}" t) AS fingerprint`,
  );
  const rows: { name: string; fingerprint: string }[] = await dataSource.query(
    parts.join(' UNION ALL '),
    tables.map((table) => table.name),
  );
  return Object.fromEntries(rows.map((row) => [row.name, row.fingerprint]));
}
