import { Change, CriticalityLevel, diff } from '@graphql-inspector/core';
import { buildSchema, GraphQLSchema, isObjectType } from 'graphql';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './repo-root';

/** The public contract, beside the repository (`../shared/docs`); absent on a clone without shared/. */
export const CONTRACT_FILE = join(repoRoot(), '..', 'shared', 'docs', 'api-contract.graphql');

export interface ContractReport {
  /** Changes that break a part of the contract the server already serves: these fail the check. */
  breaking: Change[];
  /** Contract operations and types not built yet (later issues): reported, not failed. */
  notBuilt: string[];
}

/**
 * Compares the generated schema with the contract (contract → generated, graphql-inspector). The server may add to the
 * contract but not change it. While the platform is being built, a root operation or a whole type that does not
 * exist yet is "not built"; anything else missing or changed in a part that exists is breaking.
 */
export async function checkContract(contractSdl: string, generated: GraphQLSchema): Promise<ContractReport> {
  const contract = buildSchema(contractSdl);
  const changes = await diff(contract, generated);
  const rootTypes = new Set(['Query', 'Mutation', 'Subscription']);
  const notBuilt: string[] = [];
  const breaking: Change[] = [];
  for (const change of changes) {
    if (change.criticality.level !== CriticalityLevel.Breaking) continue;
    if (change.type === 'TYPE_REMOVED') {
      notBuilt.push(`type ${(change.meta as { removedTypeName: string }).removedTypeName}`);
      continue;
    }
    if (change.type === 'FIELD_REMOVED') {
      const { typeName, removedFieldName } = change.meta as { typeName: string; removedFieldName: string };
      if (rootTypes.has(typeName)) {
        notBuilt.push(`${typeName}.${removedFieldName}`);
        continue;
      }
    }
    breaking.push(change);
  }
  return { breaking, notBuilt };
}

export function readContract(): string | undefined {
  return existsSync(CONTRACT_FILE) ? readFileSync(CONTRACT_FILE, 'utf8') : undefined;
}

/** Root fields of the contract the generated schema serves: how much of the contract is built. */
export function builtOperations(contractSdl: string, generated: GraphQLSchema): string[] {
  const contract = buildSchema(contractSdl);
  return (['Query', 'Mutation'] as const).flatMap((root) => {
    const contractType = contract.getType(root);
    const generatedType = generated.getType(root);
    if (!isObjectType(contractType) || !isObjectType(generatedType)) return [];
    const served = generatedType.getFields();
    return Object.keys(contractType.getFields())
      .filter((name) => name in served)
      .map((name) => `${root}.${name}`);
  });
}
