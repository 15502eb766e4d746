import { GOOD_PASSWORD, ServiceTestModule, startServiceTestModule, uniqueEmail } from '@app/testing';
import { IdentityErrorReason } from './identity.error';
import { IdentityService } from './identity.service';
import { OrganisationDirectory } from './organisation-directory';
import { DisabilityConfidentLevel, OrganisationKind, Role } from './role';
import { FREE_ATTEMPTS, FIRST_LOCK_SECONDS } from './sign-in/sign-in-policy';
import { TokenService } from './tokens/token.service';

/**
 * IdentityService against real PostgreSQL (the medium test tier): accounts and their roles, organisation
 * verification and its audit entry, the first admin, and sign-in throttling's stored state.
 */
describe('IdentityService (integration)', () => {
  let module: ServiceTestModule;
  let identity: IdentityService;

  beforeAll(async () => {
    module = await startServiceTestModule([]);
    identity = module.app.get(IdentityService);
  });
  afterAll(() => module?.close());

  const reason = (promise: Promise<unknown>) =>
    promise.then(
      () => 'no error',
      (error: { reason?: string; code?: string }) => error.reason ?? error.code,
    );
  const account = (label: string) => ({ email: uniqueEmail(label), password: GOOD_PASSWORD, displayName: label });
  const organisation = (kind: OrganisationKind) => ({
    ...account(kind.toLowerCase()),
    organisationName: `  ${kind} Works  `,
    kind,
  });

  it('creates the first admin once, however many start-ups ask at once; never a second', async () => {
    const admins = async () =>
      (await module.dataSource.query(`SELECT count(*)::int AS count FROM users WHERE role = 'ADMIN'`))[0].count;
    expect(await admins()).toBe(0); // the template database has none, and this test runs first
    const results = await Promise.all(
      Array.from({ length: 4 }, (_, i) => identity.ensureFirstAdmin(uniqueEmail(`admin${i}`), GOOD_PASSWORD)),
    );
    expect(results.filter((user) => user !== null).map((user) => user!.role)).toEqual([Role.ADMIN]);
    expect(await identity.ensureFirstAdmin(uniqueEmail('admin'), GOOD_PASSWORD)).toBeNull();
    expect(await admins()).toBe(1);
  });

  it('registers a resident with a normalised email and a token for them; an email is taken whatever its case', async () => {
    const email = uniqueEmail('Mixed.Case');
    const session = await identity.registerResident({
      email: `  ${email.toUpperCase()} `,
      password: GOOD_PASSWORD,
      displayName: ' Amina ',
    });
    expect(session.user).toMatchObject({ email: email.toLowerCase(), role: Role.RESIDENT, displayName: 'Amina' });
    expect(session.user.passwordHash).not.toContain(GOOD_PASSWORD);
    expect(module.app.get(TokenService).verify(session.accessToken)).toBe(session.user.id);
    expect(
      await reason(
        identity.registerResident({ email: email.toLowerCase(), password: GOOD_PASSWORD, displayName: 'B' }),
      ),
    ).toBe(IdentityErrorReason.EMAIL_TAKEN);
  });

  it('refuses a weak password, naming the field, and creates nothing', async () => {
    const email = uniqueEmail('weak');
    for (const password of ['short', 'password123', email]) {
      await expect(identity.registerResident({ email, password, displayName: 'Weak' })).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
        fieldErrors: [{ path: 'input.password' }],
      });
    }
    const org = { ...organisation(OrganisationKind.EMPLOYER), password: 'aaaaaaaaaaaa' };
    await expect(identity.registerOrganisation(org)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    const [{ users, organisations }] = await module.dataSource.query(
      `SELECT (SELECT count(*)::int FROM users WHERE email IN ($1, $2)) AS users,
              (SELECT count(*)::int FROM organisations WHERE name = $3) AS organisations`,
      [email, org.email, org.organisationName.trim()],
    );
    expect({ users, organisations }).toEqual({ users: 0, organisations: 0 });
  });

  it("gives an organisation's first member the role of its kind, and the organisation starts unverified", async () => {
    const employer = await identity.registerOrganisation(organisation(OrganisationKind.EMPLOYER));
    const provider = await identity.registerOrganisation(organisation(OrganisationKind.PROVIDER));
    expect(employer.user.role).toBe(Role.EMPLOYER);
    expect(provider.user.role).toBe(Role.PROVIDER);
    const [created] = await identity.findOrganisationsByIds([provider.user.organisationId!]);
    expect(created).toMatchObject({ kind: 'PROVIDER', name: 'PROVIDER Works', verified: false, verifiedAt: null });
  });

  it('verifies an organisation once, with one audit entry naming who verified it', async () => {
    const { user } = await identity.registerOrganisation(organisation(OrganisationKind.EMPLOYER));
    const broker = await identity.createStaffUser({ ...account('broker'), role: Role.BROKER });
    const by = { id: broker.id, role: Role.BROKER };
    const first = await identity.verifyOrganisation(user.organisationId!, by);
    expect(first.verified).toBe(true);
    const again = await identity.verifyOrganisation(user.organisationId!, by);
    expect(again.verifiedAt).toEqual(first.verifiedAt);
    expect(
      await module.dataSource.query(
        `SELECT actor_id, actor_role, action FROM audit_entries WHERE subject_id = $1 ORDER BY created_at`,
        [user.organisationId],
      ),
    ).toEqual([{ actor_id: broker.id, actor_role: 'BROKER', action: 'ORGANISATION_VERIFIED' }]);
    expect(await reason(identity.verifyOrganisation('00000000-0000-4000-8000-000000000000'))).toBe(
      IdentityErrorReason.ORGANISATION_NOT_FOUND,
    );
    expect(await reason(identity.verifyOrganisation('not-a-uuid'))).toBe(IdentityErrorReason.ORGANISATION_NOT_FOUND);

    // The brokers' queue: unverified first.
    const { user: waiting } = await identity.registerOrganisation(organisation(OrganisationKind.EMPLOYER));
    const queue = await module.app.get(OrganisationDirectory).page({ kinds: [OrganisationKind.EMPLOYER] }, 100);
    const order = queue.items.map(({ item }) => item.id);
    expect(order.indexOf(waiting.organisationId!)).toBeLessThan(order.indexOf(user.organisationId!));
  });

  it('creates staff only in the staff roles', async () => {
    for (const role of [Role.BROKER, Role.ANALYST, Role.ADMIN]) {
      expect((await identity.createStaffUser({ ...account(role), role })).role).toBe(role);
    }
    for (const role of [Role.RESIDENT, Role.EMPLOYER, Role.PROVIDER]) {
      await expect(identity.createStaffUser({ ...account(role), role })).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
        fieldErrors: [{ path: 'input.role' }],
      });
    }
  });

  it("changes only the member's own organisation; someone with none is FORBIDDEN", async () => {
    const { user } = await identity.registerOrganisation(organisation(OrganisationKind.EMPLOYER));
    const updated = await identity.updateOrganisationOf(user, {
      name: 'Renamed Works',
      disabilityConfident: DisabilityConfidentLevel.LEADER,
      website: undefined,
    });
    expect(updated).toMatchObject({ name: 'Renamed Works', disabilityConfident: 'LEADER', kind: 'EMPLOYER' });
    const { user: resident } = await identity.registerResident(account('resident'));
    expect(await reason(identity.updateOrganisationOf(resident, { name: 'Mine' }))).toBe(
      IdentityErrorReason.NOT_AN_ORGANISATION_MEMBER,
    );
  });

  describe('sign-in throttling', () => {
    const signInState = () =>
      module.dataSource.query(
        `SELECT failures, locked_until > now() AS locked, extract(epoch FROM locked_until - now()) AS seconds
         FROM sign_in_attempts`,
      );

    it(`pauses an email from one address after ${FREE_ATTEMPTS} failures, doubling the pause; elsewhere is unaffected`, async () => {
      const { user } = await identity.registerResident(account('throttled'));
      await module.dataSource.query(`DELETE FROM sign_in_attempts`);
      for (let i = 0; i < FREE_ATTEMPTS; i += 1) {
        expect(await reason(identity.login(user.email, 'wrong password here', '10.0.0.1'))).toBe(
          IdentityErrorReason.INVALID_CREDENTIALS,
        );
      }
      // Paused now, even for the right password; the owner elsewhere signs in.
      expect(await reason(identity.login(user.email, GOOD_PASSWORD, '10.0.0.1'))).toBe(
        IdentityErrorReason.TOO_MANY_SIGN_IN_ATTEMPTS,
      );
      expect((await identity.login(user.email, GOOD_PASSWORD, '10.0.0.2')).user.id).toBe(user.id);
      const [state] = await signInState();
      expect(state).toMatchObject({ failures: FREE_ATTEMPTS, locked: true });
      expect(Number(state.seconds)).toBeLessThanOrEqual(FIRST_LOCK_SECONDS);
      // The row is keyed by a hash: no email is stored in clear.
      const [{ stored }] = await module.dataSource.query(
        `SELECT count(*)::int AS stored FROM sign_in_attempts WHERE key LIKE '%' || $1 || '%'`,
        [user.email],
      );
      expect(stored).toBe(0);

      // Once the pause is over, one more failure pauses for twice as long.
      await module.dataSource.query(`UPDATE sign_in_attempts SET locked_until = now() - interval '1 second'`);
      expect(await reason(identity.login(user.email, 'wrong again, sorry', '10.0.0.1'))).toBe(
        IdentityErrorReason.INVALID_CREDENTIALS,
      );
      const [doubled] = await signInState();
      expect(doubled).toMatchObject({ failures: FREE_ATTEMPTS + 1, locked: true });
      expect(Number(doubled.seconds)).toBeGreaterThan(FIRST_LOCK_SECONDS);
      expect(Number(doubled.seconds)).toBeLessThanOrEqual(2 * FIRST_LOCK_SECONDS);
    });

    it('answers an unknown email as a wrong password, counting it the same; a success clears the count', async () => {
      await module.dataSource.query(`DELETE FROM sign_in_attempts`);
      expect(await reason(identity.login(uniqueEmail('nobody'), GOOD_PASSWORD, '10.0.0.3'))).toBe(
        IdentityErrorReason.INVALID_CREDENTIALS,
      );
      const { user } = await identity.registerResident(account('forgetful'));
      await reason(identity.login(user.email, 'not my password', '10.0.0.3'));
      await reason(identity.login(user.email, 'not my password', '10.0.0.3'));
      expect((await signInState()).map((row: { failures: number }) => row.failures).sort()).toEqual([1, 2]);
      await identity.login(` ${user.email.toUpperCase()} `, GOOD_PASSWORD, '10.0.0.3');
      expect((await signInState()).map((row: { failures: number }) => row.failures)).toEqual([1]);
    });
  });
});
