import { IdentityService, OrganisationKind, Role, TokenService } from '@app/identity';
import { TestApp } from './test-app';
import { GOOD_PASSWORD, uniqueEmail } from './accounts';

export interface TestActor {
  token: string;
  userId: string;
  organisationId: string | null;
}

/** A new organisation of `kind` called `name` and its first member (staff of it), verified by staff when asked. */
export async function registerMember(
  identity: IdentityService,
  kind: OrganisationKind,
  name: string,
  verified: boolean,
) {
  const { user } = await identity.registerOrganisation({
    email: uniqueEmail(kind.toLowerCase()),
    password: GOOD_PASSWORD,
    displayName: `${name} staff`,
    organisationName: name,
    kind,
  });
  if (verified) await identity.verifyOrganisation(user.organisationId!);
  return user;
}

/**
 * Signed-in users of every role, made through the identity service (registration and verification are tested in
 * identity.e2e-spec.ts; here they are only the means to act as each role).
 */
export async function createActors(api: TestApp) {
  const identity = api.app.get(IdentityService);
  const tokens = api.app.get(TokenService);
  const actor = (userId: string, organisationId: string | null): TestActor => ({
    token: tokens.issue(userId).accessToken,
    userId,
    organisationId,
  });
  const organisation = async (kind: OrganisationKind, name: string, verified: boolean) => {
    const user = await registerMember(identity, kind, name, verified);
    return actor(user.id, user.organisationId);
  };
  const staff = async (role: Role) => {
    const user = await identity.createStaffUser({
      email: uniqueEmail(role),
      password: GOOD_PASSWORD,
      displayName: role,
      role,
    });
    return actor(user.id, null);
  };
  const resident = await identity.registerResident({
    email: uniqueEmail('resident'),
    password: GOOD_PASSWORD,
    displayName: 'Resident',
  });

  return {
    provider: await organisation(OrganisationKind.PROVIDER, 'Northern Code School', true),
    otherProvider: await organisation(OrganisationKind.PROVIDER, 'Other Training Ltd', true),
    unverifiedProvider: await organisation(OrganisationKind.PROVIDER, 'Unverified Academy', false),
    employer: await organisation(OrganisationKind.EMPLOYER, 'Ancoats Digital', true),
    otherEmployer: await organisation(OrganisationKind.EMPLOYER, 'Other Employer Ltd', true),
    unverifiedEmployer: await organisation(OrganisationKind.EMPLOYER, 'Unverified Widgets', false),
    broker: await staff(Role.BROKER),
    analyst: await staff(Role.ANALYST),
    admin: await staff(Role.ADMIN),
    resident: actor(resident.user.id, null),
  };
}

export type Actors = Awaited<ReturnType<typeof createActors>>;

/** Ids of a few real skills from the shipped taxonomy, by exact name. */
export async function skillIds(api: TestApp, ...names: string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const name of names) {
    const found = await api.gql<{ skills: { edges: { node: { id: string; name: string } }[] } }>(
      `query ($s: String) { skills(search: $s, first: 10) { edges { node { id name } } } }`,
      { s: name },
    );
    const match = found.data!.skills.edges.find((edge) => edge.node.name === name);
    if (!match) throw new Error(`no skill named ${name}`);
    ids.push(match.node.id);
  }
  return ids;
}

export const codes = (res: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  res.errors?.map((e) => e.extensions?.code);
export const fieldPaths = (res: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  ((res.errors?.[0]?.extensions?.fieldErrors as { path: string }[] | undefined) ?? []).map((e) => e.path).sort();
