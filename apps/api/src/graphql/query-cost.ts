import { ApolloServerPlugin } from '@apollo/server';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import {
  ArgumentNode,
  DocumentNode,
  GraphQLError,
  GraphQLSchema,
  Kind,
  TypeInfo,
  validate,
  ValueNode,
  visit,
  visitWithTypeInfo,
} from 'graphql';

/**
 * The page size a list field will use, however the client wrote it: a literal, a variable (its value, or the
 * variable's default), or nothing (the argument's default in the schema). Null when it is not a GraphQL Int
 * (variable coercion, after this check, refuses those with its own message).
 */
function pageSize(
  written: ValueNode | undefined,
  schemaDefault: unknown,
  variables: Record<string, unknown>,
  variableDefaults: Map<string, ValueNode>,
): number | null {
  // Null or absent means the argument's default: the resolvers read `first ?? default`.
  let value: unknown = schemaDefault;
  if (written?.kind === Kind.INT) value = Number(written.value);
  if (written?.kind === Kind.VARIABLE) {
    const name = written.name.value;
    const fallback = variableDefaults.get(name);
    const sent = name in variables ? variables[name] : fallback?.kind === Kind.INT ? Number(fallback.value) : null;
    if (sent !== null && sent !== undefined) value = sent;
  }
  const isInt = Number.isInteger(value) && Math.abs(value as number) <= 2 ** 31 - 1;
  return isInt ? (value as number) : null;
}

/**
 * The document with every `first` written as the literal it will have at run time (including defaults), so the
 * cost rule, which reads only literals, counts `first: $n` and an omitted `first` as it counts `first: 10`.
 */
export function withPageSizesWritten(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
): DocumentNode {
  const variableDefaults = new Map<string, ValueNode>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const variable of definition.variableDefinitions ?? []) {
      if (variable.defaultValue) variableDefaults.set(variable.variable.name.value, variable.defaultValue);
    }
  }
  const typeInfo = new TypeInfo(schema);
  return visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const firstArgument = typeInfo.getFieldDef()?.args.find((arg) => arg.name === 'first');
        if (!firstArgument) return undefined;
        const written = node.arguments?.find((arg) => arg.name.value === 'first');
        const size = pageSize(written?.value, firstArgument.defaultValue, variables, variableDefaults);
        if (size === null) return undefined;
        const literal: ArgumentNode = {
          kind: Kind.ARGUMENT,
          name: { kind: Kind.NAME, value: 'first' },
          value: { kind: Kind.INT, value: String(size) },
        };
        const others = (node.arguments ?? []).filter((arg) => arg.name.value !== 'first');
        return { ...node, arguments: [...others, literal] };
      },
    }),
  );
}

/** graphql-armor's weights (object 2, scalar 1, × 1.5 per level, fragments flattened), × each list's page size. */
export function queryCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>): number {
  let cost = 0;
  const rule = costLimitRule({
    maxCost: Number.POSITIVE_INFINITY,
    flattenFragments: true,
    onAccept: [(_context, { n }) => (cost = Math.max(cost, n))],
  });
  validate(schema, withPageSizesWritten(schema, document, variables), [rule]);
  return cost;
}

/** The variables a document's `first` arguments are written with: with the document, they alone decide its cost. */
function pageSizeVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  visit(document, {
    Argument(node) {
      if (node.name.value === 'first' && node.value.kind === Kind.VARIABLE) names.add(node.value.name.value);
    },
  });
  return [...names];
}

/** Costs remembered per document (Apollo hands the same parsed document for the same query text). */
const COSTS_KEPT_PER_DOCUMENT = 32;

/**
 * queryCost, remembered for each document and page-size variables' values: computing it walks and validates the
 * whole document (4% of the API's CPU on a list query), and a client sends the same few queries again and again.
 * A variable left out and one sent as null count differently (the variable's default, the argument's), so they are
 * kept apart in the key.
 */
export function rememberedQueryCost(): (
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
) => number {
  const byDocument = new WeakMap<
    DocumentNode,
    { schema: GraphQLSchema; variables: string[]; costs: Map<string, number> }
  >();
  return (schema, document, variables) => {
    let known = byDocument.get(document);
    if (!known || known.schema !== schema) {
      known = { schema, variables: pageSizeVariables(document), costs: new Map() };
      byDocument.set(document, known);
    }
    const key = JSON.stringify(known.variables.map((name) => (name in variables ? [variables[name] ?? null] : [])));
    let cost = known.costs.get(key);
    if (cost === undefined) {
      cost = queryCost(schema, document, variables);
      if (known.costs.size < COSTS_KEPT_PER_DOCUMENT && key.length <= 200) known.costs.set(key, cost);
    }
    return cost;
  };
}

/**
 * API.md's cost limit, checked once the operation and its variables are known (a validation rule never sees
 * variables, so it could only count literals). Refused as a validation failure: HTTP 400, BAD_USER_INPUT.
 */
export function queryCostPlugin(maxCost: number): ApolloServerPlugin {
  const costOf = rememberedQueryCost();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request }) {
          const cost = costOf(schema, document, request.variables ?? {});
          if (cost <= maxCost) return;
          throw new GraphQLError(
            `This query asks for too much at once (cost ${Math.ceil(cost)}, limit ${maxCost}): ask for fewer items ` +
              `(a smaller first) or fewer fields, and fetch more pages if you need them`,
            { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } } },
          );
        },
      };
    },
  };
}
