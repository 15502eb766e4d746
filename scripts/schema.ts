import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { buildSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { API_RESOLVERS } from '../apps/api/src/api.resolvers';
import { DateScalar } from '../apps/api/src/graphql/date.scalar';
import { repoRoot } from './repo-root';
import { builtOperations, checkContract, CONTRACT_FILE, readContract } from './contract';

export const SCHEMA_FILE = join(repoRoot(), 'schema.gql');

/** The API's schema as code-first generation makes it, sorted and printed: what schema.gql must hold. */
export async function generateSchemaSdl(): Promise<string> {
  const app = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, { logger: false });
  try {
    const schema = await app.get(GraphQLSchemaFactory).create(API_RESOLVERS, [DateScalar]);
    return `${printSchema(lexicographicSortSchema(schema))}\n`;
  } finally {
    await app.close();
  }
}

async function main() {
  const command = process.argv[2];
  const sdl = await generateSchemaSdl();
  if (command === 'generate') {
    writeFileSync(SCHEMA_FILE, sdl);
    console.log(`wrote ${SCHEMA_FILE}`);
    return;
  }
  if (command !== 'check') throw new Error('usage: schema generate | schema check');

  let failed = false;
  if (readFileSync(SCHEMA_FILE, 'utf8') !== sdl) {
    console.error('schema:check: schema.gql differs from the schema the code generates; run `npm run schema:generate`');
    failed = true;
  } else {
    console.log('schema:check: schema.gql matches the code');
  }

  const contract = readContract();
  if (!contract) {
    console.warn(
      `schema:check: contract check SKIPPED: ${CONTRACT_FILE} not found (it is present beside the repo in CI)`,
    );
  } else {
    const generated = buildSchema(sdl);
    const report = await checkContract(contract, generated);
    const built = builtOperations(contract, generated);
    console.log(`schema:check: contract operations served: ${built.length}; not built yet: ${report.notBuilt.length}`);
    if (report.breaking.length) {
      console.error('schema:check: the schema breaks the contract where it is built:');
      for (const change of report.breaking) console.error(`  - ${change.message}`);
      failed = true;
    } else {
      console.log('schema:check: no breaking change against the contract for the parts built');
    }
  }
  if (failed) process.exit(1);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
