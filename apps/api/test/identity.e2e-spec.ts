import { DataSource } from 'typeorm';
import { IdentityService } from '@app/identity';
import { GOOD_PASSWORD, REGISTER_RESIDENT, TestApp, uniqueEmail } from '@app/testing';
import { startApi } from '../../platform/test/test-platform';

const REGISTER_ORGANISATION = `
  mutation ($input: RegisterOrganisationInput!) {
    registerOrganisation(input: $input) { accessToken user { id role organisation { id kind name verified } } }
  }`;
const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { accessToken expiresAt user { id email } } }`;
const ME = `{ me { id email displayName role organisation { id name verified ward { code name } } } }`;
const CREATE_STAFF = `mutation ($input: CreateStaffUserInput!) { createStaffUser(input: $input) { id email role } }`;
const VERIFY = `mutation ($id: ID!) { verifyOrganisation(id: $id) { id verified } }`;
const UPDATE_ORG = `
  mutation ($input: UpdateOrganisationInput!) {
    updateMyOrganisation(input: $input) {
      id name website realLivingWageEmployer goodEmploymentCharter disabilityConfident ward { code name }
    }
  }`;
const ORGANISATION = `query ($id: ID!) { organisation(id: $id) { id name verified } }`;

describe('identity (e2e)', () => {
  let api: TestApp;
  let adminToken: string;

  const rowCounts = async () => {
    const [row] = await api.app
      .get(DataSource)
      .query(
        `SELECT (SELECT count(*) FROM users)::int AS users, (SELECT count(*) FROM organisations)::int AS organisations`,
      );
    return row as { users: number; organisations: number };
  };
  const fieldPaths = (errors: { extensions?: Record<string, unknown> }[] | undefined) =>
    ((errors?.[0]?.extensions?.fieldErrors as { path: string }[]) ?? []).map((e) => e.path).sort();

  const registerResident = async (email = uniqueEmail('resident')) => {
    const res = await api.gql<{ registerResident: { accessToken: string; user: { id: string } } }>(REGISTER_RESIDENT, {
      input: { email, password: GOOD_PASSWORD, displayName: 'Amira Khan' },
    });
    return { email, token: res.data!.registerResident.accessToken, id: res.data!.registerResident.user.id };
  };
  const registerOrganisation = async (kind: 'EMPLOYER' | 'PROVIDER', name = 'Ancoats Digital Ltd') => {
    const res = await api.gql<{
      registerOrganisation: { accessToken: string; user: { organisation: { id: string } } };
    }>(REGISTER_ORGANISATION, {
      input: {
        email: uniqueEmail(kind),
        password: GOOD_PASSWORD,
        displayName: 'Sam Jones',
        organisationName: name,
        kind,
      },
    });
    return {
      token: res.data!.registerOrganisation.accessToken,
      organisationId: res.data!.registerOrganisation.user.organisation.id,
    };
  };

  beforeAll(async () => {
    api = await startApi();
    const adminEmail = uniqueEmail('admin');
    await api.app.get(IdentityService).ensureFirstAdmin(adminEmail, GOOD_PASSWORD);
    const login = await api.gql<{ login: { accessToken: string } }>(LOGIN, {
      input: { email: adminEmail, password: GOOD_PASSWORD },
    });
    adminToken = login.data!.login.accessToken;
  });
  afterAll(() => api.close());

  describe('registerResident', () => {
    it('creates a RESIDENT and returns a token that works for 12 hours', async () => {
      const email = uniqueEmail('Resident');
      const res = await api.gql<{
        registerResident: { accessToken: string; expiresAt: string; user: Record<string, unknown> };
      }>(REGISTER_RESIDENT, {
        input: { email: `  ${email.toUpperCase()} `, password: GOOD_PASSWORD, displayName: '  Amira Khan ' },
      });
      expect(res.errors).toBeUndefined();
      const payload = res.data!.registerResident;
      expect(payload.user).toMatchObject({
        email: email.toLowerCase(),
        displayName: 'Amira Khan',
        role: 'RESIDENT',
        organisation: null,
      });
      const hours = (Date.parse(payload.expiresAt) - Date.now()) / 3_600_000;
      expect(hours).toBeGreaterThan(11.9);
      expect(hours).toBeLessThanOrEqual(12);
      const me = await api.gql<{ me: { email: string } }>(ME, {}, payload.accessToken);
      expect(me.data!.me.email).toBe(email.toLowerCase());
    });

    it('names every bad field at once and creates nothing', async () => {
      const before = await rowCounts();
      const res = await api.gql(REGISTER_RESIDENT, {
        input: { email: 'not-an-email', password: 'short', displayName: '   ' },
      });
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(fieldPaths(res.errors)).toEqual(['input.displayName', 'input.email', 'input.password']);
      expect(res.data).toBeNull();
      expect(await rowCounts()).toEqual(before);
    });

    it('refuses a common password', async () => {
      const res = await api.gql(REGISTER_RESIDENT, {
        input: { email: uniqueEmail(), password: 'Password123', displayName: 'A' },
      });
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(fieldPaths(res.errors)).toEqual(['input.password']);
    });

    it('answers CONFLICT EMAIL_TAKEN for an email already registered, whatever its case, and creates nothing', async () => {
      const { email } = await registerResident();
      const before = await rowCounts();
      const res = await api.gql(REGISTER_RESIDENT, {
        input: { email: email.toUpperCase(), password: GOOD_PASSWORD, displayName: 'Someone Else' },
      });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'EMAIL_TAKEN' });
      expect(await rowCounts()).toEqual(before);
    });

    it('rejects a missing required field with BAD_USER_INPUT before any resolver runs', async () => {
      const before = await rowCounts();
      const res = await api.gql(REGISTER_RESIDENT, { input: { email: uniqueEmail(), displayName: 'No Password' } });
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(await rowCounts()).toEqual(before);
    });
  });

  describe('login', () => {
    it('signs in with the right password', async () => {
      const { email, id } = await registerResident();
      const res = await api.gql<{ login: { user: { id: string } } }>(LOGIN, {
        input: { email, password: GOOD_PASSWORD },
      });
      expect(res.data!.login.user.id).toBe(id);
    });

    it('gives the same answer for a wrong password and an unknown email', async () => {
      const { email } = await registerResident();
      const wrong = await api.gql(LOGIN, { input: { email, password: 'wrong password here' } });
      const unknown = await api.gql(LOGIN, {
        input: { email: uniqueEmail('nobody'), password: 'wrong password here' },
      });
      expect(wrong.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' });
      expect(unknown.errors?.[0]?.extensions).toEqual(wrong.errors?.[0]?.extensions);
      expect(unknown.errors?.[0]?.message).toBe(wrong.errors?.[0]?.message);
    });
  });

  describe('me and tokens', () => {
    it('needs a token', async () => {
      const res = await api.gql(ME);
      expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('refuses forged, tampered and alg:none tokens', async () => {
      const { token } = await registerResident();
      const [header, payload] = token.split('.');
      const none = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${payload}.`;
      const tampered = `${header}.${Buffer.from(JSON.stringify({ sub: '00000000-0000-0000-0000-000000000000' })).toString('base64url')}.${token.split('.')[2]}`;
      for (const bad of [none, tampered, 'not.a.jwt', `${token}x`]) {
        const res = await api.gql(ME, {}, bad);
        expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      }
    });
  });

  describe('registerOrganisation', () => {
    it('creates an unverified organisation whose first member has the matching role', async () => {
      const res = await api.gql<{
        registerOrganisation: { user: { role: string; organisation: Record<string, unknown> } };
      }>(REGISTER_ORGANISATION, {
        input: {
          email: uniqueEmail('p'),
          password: GOOD_PASSWORD,
          displayName: 'Jo',
          organisationName: 'Northern Code School',
          kind: 'PROVIDER',
        },
      });
      expect(res.data!.registerOrganisation.user).toMatchObject({
        role: 'PROVIDER',
        organisation: { kind: 'PROVIDER', name: 'Northern Code School', verified: false },
      });
    });

    it('names every bad field and creates neither user nor organisation', async () => {
      const before = await rowCounts();
      const res = await api.gql(REGISTER_ORGANISATION, {
        input: { email: 'x@', password: GOOD_PASSWORD, displayName: 'Jo', organisationName: 'A', kind: 'EMPLOYER' },
      });
      expect(fieldPaths(res.errors)).toEqual(['input.email', 'input.organisationName']);
      expect(await rowCounts()).toEqual(before);
    });

    it('refuses an unknown organisation kind', async () => {
      const res = await api.gql(REGISTER_ORGANISATION, {
        input: {
          email: uniqueEmail(),
          password: GOOD_PASSWORD,
          displayName: 'Jo',
          organisationName: 'Acme',
          kind: 'CHARITY',
        },
      });
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('createStaffUser', () => {
    const staff = (role: string) => ({
      input: { email: uniqueEmail(role), password: GOOD_PASSWORD, displayName: 'Staff', role },
    });

    it('lets an ADMIN create a BROKER who can then sign in', async () => {
      const input = staff('BROKER');
      const res = await api.gql<{ createStaffUser: { role: string } }>(CREATE_STAFF, input, adminToken);
      expect(res.data!.createStaffUser.role).toBe('BROKER');
      const login = await api.gql(LOGIN, { input: { email: input.input.email, password: GOOD_PASSWORD } });
      expect(login.errors).toBeUndefined();
    });

    it('is FORBIDDEN to anyone but an ADMIN, and creates nothing', async () => {
      const { token } = await registerResident();
      const before = await rowCounts();
      const res = await api.gql(CREATE_STAFF, staff('ANALYST'), token);
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(await rowCounts()).toEqual(before);
    });

    it('refuses non-staff roles as bad input', async () => {
      const before = await rowCounts();
      const res = await api.gql(CREATE_STAFF, staff('RESIDENT'), adminToken);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(fieldPaths(res.errors)).toEqual(['input.role']);
      expect(await rowCounts()).toEqual(before);
    });
  });

  describe('verifyOrganisation and the public organisation query', () => {
    it('hides an unverified organisation from the public until a BROKER verifies it', async () => {
      const { token, organisationId } = await registerOrganisation('EMPLOYER', 'Hidden Until Verified Ltd');
      const anonymous = await api.gql<{ organisation: unknown }>(ORGANISATION, { id: organisationId });
      expect(anonymous.data!.organisation).toBeNull();
      const member = await api.gql<{ organisation: { name: string } }>(ORGANISATION, { id: organisationId }, token);
      expect(member.data!.organisation.name).toBe('Hidden Until Verified Ltd');

      const brokerInput = {
        input: { email: uniqueEmail('broker'), password: GOOD_PASSWORD, displayName: 'B', role: 'BROKER' },
      };
      await api.gql(CREATE_STAFF, brokerInput, adminToken);
      const broker = await api.gql<{ login: { accessToken: string } }>(LOGIN, {
        input: { email: brokerInput.input.email, password: GOOD_PASSWORD },
      });
      const verified = await api.gql<{ verifyOrganisation: { verified: boolean } }>(
        VERIFY,
        { id: organisationId },
        broker.data!.login.accessToken,
      );
      expect(verified.data!.verifyOrganisation.verified).toBe(true);
      const after = await api.gql<{ organisation: { verified: boolean } }>(ORGANISATION, { id: organisationId });
      expect(after.data!.organisation.verified).toBe(true);
    });

    it('is FORBIDDEN to an employer and NOT_FOUND for an unknown id', async () => {
      const { token, organisationId } = await registerOrganisation('EMPLOYER');
      const self = await api.gql(VERIFY, { id: organisationId }, token);
      expect(self.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const unknown = await api.gql(VERIFY, { id: '7d4a5c1e-0000-4000-8000-000000000000' }, adminToken);
      expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const malformed = await api.gql(VERIFY, { id: 'not-a-uuid' }, adminToken);
      expect(malformed.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const still = await api.gql<{ organisation: unknown }>(ORGANISATION, { id: organisationId });
      expect(still.data!.organisation).toBeNull();
    });
  });

  describe('updateMyOrganisation', () => {
    it('updates the caller’s own organisation and resolves its ward', async () => {
      const { token } = await registerOrganisation('EMPLOYER');
      const res = await api.gql<{ updateMyOrganisation: Record<string, unknown> }>(
        UPDATE_ORG,
        {
          input: {
            name: ' Ancoats Digital ',
            website: 'https://ancoats.example.org',
            wardCode: 'E05011350',
            realLivingWageEmployer: true,
            disabilityConfident: 'COMMITTED',
          },
        },
        token,
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.updateMyOrganisation).toMatchObject({
        name: 'Ancoats Digital',
        website: 'https://ancoats.example.org',
        realLivingWageEmployer: true,
        goodEmploymentCharter: false,
        disabilityConfident: 'COMMITTED',
        ward: { code: 'E05011350', name: 'Ancoats & Beswick' },
      });
    });

    it('names every bad field and changes nothing', async () => {
      const { token } = await registerOrganisation('PROVIDER', 'Unchanged Training Co');
      const res = await api.gql(
        UPDATE_ORG,
        { input: { name: 'X', website: 'javascript:alert(1)', wardCode: 'E09000001', realLivingWageEmployer: null } },
        token,
      );
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(fieldPaths(res.errors)).toEqual([
        'input.name',
        'input.realLivingWageEmployer',
        'input.wardCode',
        'input.website',
      ]);
      const me = await api.gql<{ me: { organisation: { name: string; ward: unknown } } }>(ME, {}, token);
      expect(me.data!.me.organisation).toMatchObject({ name: 'Unchanged Training Co', ward: null });
    });

    it('clears a field set to null', async () => {
      const { token } = await registerOrganisation('EMPLOYER');
      await api.gql(UPDATE_ORG, { input: { wardCode: 'E05011361' } }, token);
      const cleared = await api.gql<{ updateMyOrganisation: { ward: unknown } }>(
        UPDATE_ORG,
        { input: { wardCode: null } },
        token,
      );
      expect(cleared.data!.updateMyOrganisation.ward).toBeNull();
    });

    it('is FORBIDDEN to a resident', async () => {
      const { token } = await registerResident();
      const res = await api.gql(UPDATE_ORG, { input: { name: 'Mine Now' } }, token);
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });
  });
});
