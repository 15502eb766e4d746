import { Type } from '@nestjs/common';
import { Test, TestingModule } from '@nestjs/testing';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ConfigModule, parseEnvironment, RuntimeConfig } from '@app/config';
import { DatabaseModule } from '@app/database';
import { IdentityModule, IdentityService, OrganisationKind, Requester, Role } from '@app/identity';
import { GOOD_PASSWORD, uniqueEmail } from './accounts';
import { registerMember } from './actors';
import { createTestDatabase, TestDatabase } from './test-database';

/** A Nest module of a few domain modules on their own fresh database: the medium test tier, below HTTP. */
export interface ServiceTestModule {
  app: TestingModule;
  dataSource: DataSource;
  database: TestDatabase;
  close(): Promise<void>;
}

/**
 * Builds the given domain modules (e.g. BrokerageModule) with the database and config they need, once per test file:
 * the services are called directly, as the API's resolvers call them. Identity is always there: the tests' actors
 * are made through it (serviceActors).
 */
export async function startServiceTestModule(modules: Type[]): Promise<ServiceTestModule> {
  const database = await createTestDatabase();
  const env = parseEnvironment({ NODE_ENV: 'test', LOG_LEVEL: 'warn', DATABASE_POOL_SIZE: '4' });
  const config: RuntimeConfig = {
    env,
    dataDir: env.DATA_DIR,
    databaseUrl: database.url,
    embeddedDatabase: false,
    jwtSecret: randomBytes(32).toString('hex'),
    queue: { backend: 'postgres', prefix: `test-${database.name}` },
  };
  const app = await Test.createTestingModule({
    imports: [ConfigModule.forRoot(config), DatabaseModule.forRoot(config), IdentityModule, ...modules],
  })
    .setLogger({ log: () => undefined, error: () => undefined, warn: () => undefined })
    .compile();
  await app.init();
  return {
    app,
    dataSource: app.get(DataSource),
    database,
    async close() {
      await app.close();
      await database.drop();
    },
  };
}

/**
 * Who is asking, for services called directly: an organisation member (verified or not), staff of a role, or a
 * resident, each made through the identity service.
 */
export function serviceActors(module: ServiceTestModule) {
  const identity = module.app.get(IdentityService);
  return {
    async member(kind: OrganisationKind, verified = true, name = `${kind.toLowerCase()} ltd`): Promise<Requester> {
      const user = await registerMember(identity, kind, name, verified);
      return { userId: user.id, role: user.role, organisationId: user.organisationId };
    },
    async staff(role: Role): Promise<Requester> {
      const user = await identity.createStaffUser({
        email: uniqueEmail(role.toLowerCase()),
        password: GOOD_PASSWORD,
        displayName: role,
        role,
      });
      return { userId: user.id, role, organisationId: null };
    },
    async resident(displayName = 'Amina Khan'): Promise<Requester> {
      const { user } = await identity.registerResident({
        email: uniqueEmail('resident'),
        password: GOOD_PASSWORD,
        displayName,
      });
      return { userId: user.id, role: Role.RESIDENT, organisationId: null };
    },
  };
}

/** Ids of real skills of the shipped taxonomy (reference data), by exact name. */
export async function skillIdsByName(dataSource: DataSource, ...names: string[]): Promise<string[]> {
  const rows: { id: string; name: string }[] = await dataSource.query(
    `SELECT id, name FROM skills WHERE name = ANY($1::text[])`,
    [names],
  );
  return names.map((name) => {
    const row = rows.find((r) => r.name === name);
    if (!row) throw new Error(`no skill named ${name}`);
    return row.id;
  });
}
