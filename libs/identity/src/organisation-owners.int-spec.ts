import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@app/database';
import { createTestDatabase, TestDatabase } from '@app/testing';
import { organisationOfKind, verifiedOrganisationIdsSql } from './organisation-owners.repository';
import { OrganisationKind } from './role';

/** What identity exports to metrics' scope access, against real PostgreSQL (the medium test tier). */
describe('organisation owners (integration)', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource(dataSourceOptions(database.url, [], 1)).initialize();
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('names an organisation only when it is of the kind asked for', async () => {
    const [{ id }] = await dataSource.query(
      `INSERT INTO organisations (kind, name, verified) VALUES ('PROVIDER', 'Owner Provider', false) RETURNING id`,
    );
    expect(await organisationOfKind(dataSource.manager, id, OrganisationKind.PROVIDER)).toBe(id);
    expect(await organisationOfKind(dataSource.manager, id, OrganisationKind.EMPLOYER)).toBeNull();
    const missing = '00000000-0000-4000-8000-000000000000';
    expect(await organisationOfKind(dataSource.manager, missing, OrganisationKind.PROVIDER)).toBeNull();
  });

  it('verifiedOrganisationIdsSql selects the verified organisations and only them', async () => {
    const [{ id: verified }] = await dataSource.query(
      `INSERT INTO organisations (kind, name, verified) VALUES ('EMPLOYER', 'Verified Employer', true) RETURNING id`,
    );
    const [{ id: unverified }] = await dataSource.query(
      `INSERT INTO organisations (kind, name, verified) VALUES ('EMPLOYER', 'Unverified Employer', false) RETURNING id`,
    );
    const rows: { id: string }[] = await dataSource.query(
      `SELECT id FROM organisations WHERE id = ANY($1::uuid[]) AND id IN (${verifiedOrganisationIdsSql()})`,
      [[verified, unverified]],
    );
    expect(rows.map((row) => row.id)).toEqual([verified]);
  });
});
