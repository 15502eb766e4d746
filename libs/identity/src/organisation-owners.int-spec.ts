import { DataSource } from 'typeorm';
import { REFERENCE_ENTITIES } from '@app/reference';
import { openTestDataSource } from '@app/testing';
import { IDENTITY_ENTITIES } from './identity.entities';
import {
  isVerifiedOrganisation,
  organisationById,
  organisationOfKind,
  verifiedOrganisationIdsSql,
} from './organisation-owners.repository';
import { OrganisationKind } from './role';
import { setDisplayName } from './user-names.repository';

/**
 * What identity exports to other domains (metrics' scope access, catalogue, vacancies, brokerage, residents), against
 * real PostgreSQL (the medium test tier).
 */
describe('organisation owners (integration)', () => {
  let db: Awaited<ReturnType<typeof openTestDataSource>>;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await openTestDataSource([...REFERENCE_ENTITIES, ...IDENTITY_ENTITIES]);
    dataSource = db.dataSource;
  });
  afterAll(async () => {
    await db?.close();
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

  it('organisationById reads the organisation, and isVerifiedOrganisation is true only for a verified one', async () => {
    const [{ id: verified }] = await dataSource.query(
      `INSERT INTO organisations (kind, name, verified, disability_confident)
       VALUES ('EMPLOYER', 'Confident Employer', true, 'LEADER') RETURNING id`,
    );
    const [{ id: unverified }] = await dataSource.query(
      `INSERT INTO organisations (kind, name, verified) VALUES ('PROVIDER', 'Pending Provider', false) RETURNING id`,
    );
    const missing = '00000000-0000-4000-8000-000000000000';
    expect(await organisationById(dataSource.manager, verified)).toMatchObject({
      id: verified,
      verified: true,
      disabilityConfident: 'LEADER',
    });
    expect(await organisationById(dataSource.manager, missing)).toBeNull();
    expect(await isVerifiedOrganisation(dataSource.manager, verified)).toBe(true);
    expect(await isVerifiedOrganisation(dataSource.manager, unverified)).toBe(false);
    expect(await isVerifiedOrganisation(dataSource.manager, missing)).toBe(false);
  });

  it("setDisplayName changes that account's display name and no other's", async () => {
    const account = async (email: string) =>
      (
        await dataSource.query(
          `INSERT INTO users (email, password_hash, display_name, role) VALUES ($1, 'x', 'Before', 'RESIDENT') RETURNING id`,
          [email],
        )
      )[0].id as string;
    const renamed = await account('renamed@example.test');
    const other = await account('other@example.test');
    await setDisplayName(dataSource.manager, renamed, 'After');
    const rows: { id: string; display_name: string }[] = await dataSource.query(
      'SELECT id, display_name FROM users WHERE id = ANY($1::uuid[])',
      [[renamed, other]],
    );
    expect(Object.fromEntries(rows.map((row) => [row.id, row.display_name]))).toEqual({
      [renamed]: 'After',
      [other]: 'Before',
    });
  });
});
