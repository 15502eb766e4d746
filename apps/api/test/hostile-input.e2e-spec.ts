import { GraphQLField, isNonNullType, getNullableType } from 'graphql';
import { Role } from '@app/identity';
import { addDays, londonToday } from '@app/reference';
import { GOOD_PASSWORD, newResident, REGISTER_RESIDENT, TestApp, uniqueEmail } from '@app/testing';
import { startApi } from '../../platform/test/test-platform';
import {
  ANY_UUID,
  Answer,
  committedSchema,
  countChanges,
  craftToken,
  declaredAccess,
  HostileWorld,
  hostileWorld,
  MEGABYTE_STRING,
  nowSeconds,
  operationFor,
  post,
  SCRIPT_PAYLOAD,
  SQL_PAYLOAD,
  tableCounts,
} from './hostile-fixtures';

/**
 * Issue 7: hostile input. Every case is one request an attacker (or a careless client) could send; each must get the
 * documented answer (API.md "Errors" and "Validation"), never a 500 or INTERNAL_SERVER_ERROR, never a stack trace or
 * SQL text, and must leave every table of the public schema exactly as it was (exact count(*) per table, before and
 * after) unless the case says which rows it adds.
 */

type Code = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT';

interface HostileCase {
  name: string;
  send: () => Promise<Answer>;
  /** extensions.code of every error in the answer. */
  code?: Code;
  reason?: string;
  /** HTTP status, for answers refused before GraphQL runs (malformed bodies, oversize bodies). */
  status?: number;
  /** Rows the case is expected to add, per table (only for payloads that are valid text and so are stored). */
  changes?: Record<string, number>;
  verify?: (answer: Answer) => Promise<void> | void;
}

const STACK_TRACE = /\bat \S+ \(?\S+\.(js|ts):\d+/;
const SQL_TEXT = /syntax error at or near|relation "\w+"|invalid input syntax for type|QueryFailedError|duplicate key/i;

let api: TestApp;
let world: HostileWorld;
let deletedAccountToken: string;
const access = declaredAccess();
const mutations = Object.values(committedSchema.getMutationType()!.getFields());

const token = (role: 'resident' | 'employer' | 'provider' | 'broker' | 'analyst' | 'admin') => world.actors[role].token;
const gql = (query: string, variables: Record<string, unknown> = {}, as?: string) =>
  post(api, { query, variables }, { token: as });
const dataOf = (answer: Answer) => answer.body.data as Record<string, Record<string, unknown>>;

// ------------------------------------------------------------------------------------------------ operations

const ME = `{ me { id displayName } }`;
const REGISTER_ORGANISATION = `mutation ($input: RegisterOrganisationInput!) {
  registerOrganisation(input: $input) { accessToken user { displayName organisation { id name } } } }`;
const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { accessToken user { id } } }`;
const CREATE_STAFF = `mutation ($input: CreateStaffUserInput!) { createStaffUser(input: $input) { id displayName role } }`;
const UPDATE_ORG = `mutation ($input: UpdateOrganisationInput!) { updateMyOrganisation(input: $input) { id name website } }`;
const CREATE_PROGRAMME = `mutation ($input: CreateProgrammeInput!) {
  createProgramme(input: $input) { id title summary qualifications } }`;
const UPDATE_PROGRAMME = `mutation ($id: ID!, $input: UpdateProgrammeInput!) {
  updateProgramme(id: $id, input: $input) { id title summary qualifications } }`;
const CREATE_VACANCY = `mutation ($input: CreateVacancyInput!) { createVacancy(input: $input) { id title description } }`;
const UPDATE_VACANCY = `mutation ($id: ID!, $input: UpdateVacancyInput!) {
  updateVacancy(id: $id, input: $input) { id title description } }`;
const UPDATE_PROFILE = `mutation ($input: ResidentProfileInput!) { updateMyProfile(input: $input) { id displayName } }`;
const SET_SKILLS = `mutation ($skills: [ResidentSkillInput!]!) { setMySkills(skills: $skills) { id } }`;
const APPLY_TO_VACANCY = `mutation ($vacancyId: ID!, $coverNote: String) {
  applyToVacancy(vacancyId: $vacancyId, coverNote: $coverNote) { id coverNote status } }`;
const REJECT_ENROLMENT = `mutation ($enrolmentId: ID!, $reason: String!) {
  rejectEnrolment(enrolmentId: $enrolmentId, reason: $reason) { id status } }`;
const RECORD_COMPLETION = `mutation ($enrolmentId: ID!, $date: Date!, $qualifications: [String!]) {
  recordCompletion(enrolmentId: $enrolmentId, completed: true, completionDate: $date,
                   qualificationsAchieved: $qualifications) { id status } }`;
const REPORT_LEARNERS = `mutation ($cohortId: ID!, $rows: [CohortLearnerRowInput!]!) {
  reportCohortLearners(cohortId: $cohortId, rows: $rows) { accepted created updated unchanged errors { row field message } } }`;
const REPORT_OUTCOMES = `mutation ($cohortId: ID!, $rows: [CohortOutcomeRowInput!]!) {
  reportCohortOutcomes(cohortId: $cohortId, rows: $rows) { accepted created errors { row field message } } }`;
const COHORT_ENROLMENTS = `query ($cohortId: ID!) {
  cohortEnrolments(cohortId: $cohortId) { edges { node { learnerRef status qualificationsAchieved } } } }`;
const VALID_VACANCY = () => ({
  title: 'Junior Developer',
  description: 'Build things for Manchester.',
  requirements: [{ skillId: world.skillId, level: 'WORKING', essential: true }],
  salaryMinPence: 2_600_000,
  salaryMaxPence: 3_000_000,
  hoursPerWeek: 37.5,
  contract: 'PERMANENT',
  workplace: 'REMOTE',
  positions: 1,
  closesOn: addDays(londonToday(), 30),
});
const VALID_PROGRAMME = () => ({
  kind: 'BOOTCAMP',
  title: 'Web Bootcamp',
  summary: 'Twelve weeks of web development.',
  skillsTaught: [{ skillId: world.skillId, level: 'WORKING' }],
  durationWeeks: 12,
  hoursPerWeek: 15,
  delivery: 'ONLINE',
  fullyFunded: true,
  eligibility: { residency: 'ANY' },
});
const newResidentInput = (overrides: Record<string, unknown> = {}) => ({
  input: { email: uniqueEmail('hostile'), password: GOOD_PASSWORD, displayName: 'Hostile Test', ...overrides },
});

/** The answer carries the value verbatim, as a JSON string (not markup), and the body is JSON. */
const carriedVerbatim = (answer: Answer, value: string) => {
  expect(answer.contentType).toContain('application/json');
  expect(answer.text).toContain(JSON.stringify(value).slice(1, -1));
};

// ------------------------------------------------------------------------------------------------ the cases

const malformedBodies: HostileCase[] = [
  {
    name: 'malformed JSON: truncated object',
    send: () => post(api, '{"query": "{ wards { code } }"'),
    status: 400,
    code: 'BAD_USER_INPUT',
    reason: 'ENTITY_PARSE_FAILED',
  },
  {
    name: 'malformed JSON: not JSON at all',
    send: () => post(api, 'query { wards { code } }'),
    status: 400,
    code: 'BAD_USER_INPUT',
    reason: 'ENTITY_PARSE_FAILED',
  },
  {
    name: 'malformed JSON: a bare null',
    send: () => post(api, 'null'),
    status: 400,
    code: 'BAD_USER_INPUT',
    reason: 'ENTITY_PARSE_FAILED',
  },
  {
    name: 'malformed JSON: trailing comma',
    send: () => post(api, '{"query": "{ wards { code } }",}'),
    status: 400,
    code: 'BAD_USER_INPUT',
    reason: 'ENTITY_PARSE_FAILED',
  },
  {
    // Decoded with replacement characters, so it parses, and then has no query.
    name: 'malformed JSON: invalid UTF-8 bytes',
    send: () => post(api, Buffer.from([0x7b, 0x22, 0x71, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d])),
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  { name: 'JSON body: an empty batch', send: () => post(api, '[]'), status: 400 },
  { name: 'JSON body: no query', send: () => post(api, { variables: {} }), status: 400, code: 'BAD_USER_INPUT' },
  { name: 'JSON body: query is a number', send: () => post(api, { query: 42 }), status: 400, code: 'BAD_USER_INPUT' },
  {
    name: 'JSON body: variables is a string',
    send: () => post(api, { query: '{ wards { code } }', variables: '{"a":1}' }),
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'JSON body: unknown operationName',
    send: () => post(api, { query: 'query A { wards { code } }', operationName: 'B' }),
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'JSON body: a persisted-query hash the server never saw',
    send: () => post(api, { extensions: { persistedQuery: { version: 1, sha256Hash: 'ab'.repeat(32) } } }),
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'JSON sent as text/plain (CSRF simple request)',
    send: () => post(api, JSON.stringify({ query: '{ wards { code } }' }), { contentType: 'text/plain' }),
    status: 400,
  },
  {
    name: 'GraphQL syntax error: unterminated string in a mutation',
    send: () => gql('mutation { registerResident(input: { email: "a@b.org }) { accessToken } }'),
    code: 'BAD_USER_INPUT',
    reason: 'GRAPHQL_PARSE_FAILED',
  },
];

const wrongTypes: HostileCase[] = [
  {
    name: 'wrong type: email given as a number',
    send: () => gql(REGISTER_RESIDENT, newResidentInput({ email: 42 })),
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'wrong type: input object given as a string',
    send: () => gql(REGISTER_RESIDENT, { input: 'email=a@b.org' }),
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'wrong type: null for a required input',
    send: () => gql(REGISTER_RESIDENT, { input: null }),
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'wrong type: salary given as a string',
    send: () => gql(CREATE_VACANCY, { input: { ...VALID_VACANCY(), salaryMinPence: 'lots' } }, token('employer')),
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'wrong type: salary beyond 32-bit Int',
    send: () => gql(CREATE_VACANCY, { input: { ...VALID_VACANCY(), salaryMaxPence: 2 ** 31 } }, token('employer')),
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'wrong type: capacity 1.5 for an Int',
    send: () =>
      gql(
        `mutation ($input: CreateCohortInput!) { createCohort(input: $input) { id } }`,
        {
          input: {
            programmeId: world.ids.ownProgramme,
            startDate: addDays(londonToday(), 40),
            endDate: addDays(londonToday(), 90),
            applicationsCloseOn: addDays(londonToday(), 30),
            capacity: 1.5,
          },
        },
        token('provider'),
      ),
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'wrong type: hoursPerWeek overflowing to Infinity (1e400 in raw JSON)',
    send: () =>
      post(
        api,
        JSON.stringify({ query: CREATE_VACANCY, variables: { input: VALID_VACANCY() } }).replace(
          '"hoursPerWeek":37.5',
          '"hoursPerWeek":1e400',
        ),
        { token: token('employer') },
      ),
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'wrong type: Boolean given as the string "true"',
    send: () => gql(UPDATE_PROFILE, { input: { shareProfileWithEmployers: 'true' } }, token('resident')),
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'wrong type: impossible calendar date 2026-02-30',
    send: () => gql(RECORD_COMPLETION, { enrolmentId: ANY_UUID, date: '2026-02-30' }, token('provider')),
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'wrong type: ID given as an object',
    send: () => gql(APPLY_TO_VACANCY, { vacancyId: { $ne: null } }, token('resident')),
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'mass assignment: role ADMIN smuggled into RegisterResidentInput',
    send: () => gql(REGISTER_RESIDENT, newResidentInput({ role: 'ADMIN' })),
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'prototype pollution: __proto__ key inside an input object',
    send: () =>
      post(
        api,
        `{"query": ${JSON.stringify(REGISTER_RESIDENT)}, "variables": {"input": {"__proto__": {"role": "ADMIN"},` +
          `"email": "${uniqueEmail('proto')}", "password": "${GOOD_PASSWORD}", "displayName": "Proto"}}}`,
      ),
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'out of range: first = 1,000,000 on a connection',
    send: () => gql(`{ skills(first: 1000000) { totalCount } }`),
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'forged cursor carrying SQL',
    send: () => gql(`query ($after: String) { vacancies(after: $after) { totalCount } }`, { after: SQL_PAYLOAD }),
    code: 'BAD_USER_INPUT',
  },
];

const unknownEnums: HostileCase[] = [
  {
    name: 'unknown enum: organisation kind ADMIN',
    send: () =>
      gql(REGISTER_ORGANISATION, {
        input: { ...newResidentInput().input, organisationName: 'Sneaky Ltd', kind: 'ADMIN' },
      }),
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'unknown enum: staff role SUPERUSER (even for an ADMIN)',
    send: () => gql(CREATE_STAFF, { input: { ...newResidentInput().input, role: 'SUPERUSER' } }, token('admin')),
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'unknown enum: application status in lower case',
    send: () =>
      gql(
        `mutation ($to: ApplicationStatus!) { advanceApplication(applicationId: "${ANY_UUID}", to: $to) { id } }`,
        { to: 'hired' },
        token('employer'),
      ),
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'unknown enum: ethnicity value not in the Census list',
    send: () =>
      gql(
        `mutation ($input: EqualityMonitoringInput!) { setMyEqualityMonitoring(input: $input) { ethnicity } }`,
        { input: { ethnicity: 'MARTIAN' } },
        token('resident'),
      ),
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'unknown enum: enum written as a string literal in the document',
    send: () =>
      gql(`mutation { advanceApplication(applicationId: "${ANY_UUID}", to: "HIRED") { id } }`, {}, token('employer')),
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'unknown enum: programme kind carrying SQL',
    send: () =>
      gql(CREATE_PROGRAMME, { input: { ...VALID_PROGRAMME(), kind: `BOOTCAMP${SQL_PAYLOAD}` } }, token('provider')),
    code: 'BAD_USER_INPUT',
  },
];

const hugeInputs: HostileCase[] = [
  {
    name: '1 MB string: displayName of a new resident',
    send: () => gql(REGISTER_RESIDENT, newResidentInput({ displayName: MEGABYTE_STRING })),
    code: 'BAD_USER_INPUT',
  },
  {
    name: '1 MB string: password of a new resident',
    send: () => gql(REGISTER_RESIDENT, newResidentInput({ password: MEGABYTE_STRING.replace(/x{3}$/, 'yz!') })),
    code: 'BAD_USER_INPUT',
  },
  {
    name: '1 MB string: vacancy description',
    send: () => gql(CREATE_VACANCY, { input: { ...VALID_VACANCY(), description: MEGABYTE_STRING } }, token('employer')),
    code: 'BAD_USER_INPUT',
  },
  {
    name: '1 MB string: cover note',
    send: () =>
      gql(APPLY_TO_VACANCY, { vacancyId: world.ids.ownVacancy, coverNote: MEGABYTE_STRING }, token('resident')),
    code: 'BAD_USER_INPUT',
  },
  {
    name: '1 MB string: search text of a public query',
    send: () => gql(`query ($s: String) { programmes(filter: { search: $s }) { totalCount } }`, { s: MEGABYTE_STRING }),
    code: 'BAD_USER_INPUT',
  },
  {
    name: '1 MB string: a string literal inside the document',
    send: () =>
      gql(
        `mutation { registerResident(input: { email: "${uniqueEmail('big')}", password: "${GOOD_PASSWORD}",
          displayName: "${MEGABYTE_STRING}" }) { accessToken } }`,
      ),
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'body over 1 MB: refused with 413 before parsing',
    send: () => gql(REGISTER_RESIDENT, newResidentInput({ displayName: `${MEGABYTE_STRING}${'x'.repeat(100_000)}` })),
    status: 413,
    code: 'BAD_USER_INPUT',
    reason: 'ENTITY_TOO_LARGE',
  },
];

/** A chain cohort → programme → cohorts → edges → node → programme → … `depth` fields deep (leaf included). */
function deepQuery(depth: number): string {
  // One cohort a page: an omitted first counts as its default (20) in the query cost, and this tests depth alone.
  const cycle = ['programme', 'cohorts(first: 1)', 'edges', 'node'];
  const leaves: Record<string, string> = {
    programme: 'id',
    'cohorts(first: 1)': 'totalCount',
    edges: 'cursor',
    node: 'id',
  };
  const path = [`cohort(id: "${ANY_UUID}")`];
  while (path.length < depth - 1) path.push(cycle[(path.length - 1) % cycle.length]);
  const last = path[path.length - 1];
  const leaf = last.startsWith('cohort(') ? 'id' : leaves[last];
  return `{ ${path.join(' { ')} { ${leaf} }${' }'.repeat(path.length)}`;
}
const aliases = (count: number, field: string) =>
  Array.from({ length: count }, (_, index) => `a${index}: ${field}`).join(' ');
const nestedList = (depth: number, inner: unknown): unknown =>
  Array.from({ length: depth }).reduce<unknown>((value) => [value], inner);

const queryLimits: HostileCase[] = [
  {
    name: 'depth 30 (cohort → programme → cohorts → …)',
    send: () => gql(deepQuery(30)),
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'depth 11, one over the limit of 10',
    send: () => gql(deepQuery(11)),
    code: 'BAD_USER_INPUT',
  },
  {
    name: '1,000 aliases of a public query',
    send: () => gql(`{ ${aliases(1000, 'wards { code }')} }`),
    code: 'BAD_USER_INPUT',
  },
  {
    name: '1,000 aliased requestMetrics mutations in one request queue nothing',
    send: () =>
      gql(`mutation { ${aliases(1000, 'requestMetrics(scope: { kind: CITY }) { id }')} }`, {}, token('analyst')),
    code: 'BAD_USER_INPUT',
  },
  {
    name: '16 aliased registerResident mutations in one request create no one',
    send: () =>
      gql(
        `mutation { ${Array.from(
          { length: 16 },
          (_, index) =>
            `r${index}: registerResident(input: { email: "${uniqueEmail(`alias${index}`)}",` +
            ` password: "${GOOD_PASSWORD}", displayName: "Alias" }) { accessToken }`,
        ).join(' ')} }`,
      ),
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'self-referencing fragments (a cycle)',
    send: () => gql(`{ wards { ...A } } fragment A on Ward { code ...B } fragment B on Ward { name ...A }`),
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'deeply nested list: 3,000 brackets as a literal in the document',
    send: () =>
      gql(`mutation { setMySkills(skills: ${'['.repeat(3000)}${']'.repeat(3000)}) { id } }`, {}, token('resident')),
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'deeply nested list: 50,000 levels in a variable',
    // Written out by hand: JSON.stringify itself overflows the stack on 50,000 levels.
    send: () =>
      post(
        api,
        `{"query": ${JSON.stringify(SET_SKILLS)}, "variables": {"skills": ${'['.repeat(50_000)}` +
          `{"skillId": "${ANY_UUID}", "level": "WORKING"}${']'.repeat(50_000)}}}`,
        { token: token('resident') },
      ),
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'deeply nested list: 1,000 levels for a [String!] argument',
    send: () =>
      gql(
        RECORD_COMPLETION,
        { enrolmentId: ANY_UUID, date: londonToday(), qualifications: nestedList(1000, 'A') },
        token('provider'),
      ),
    code: 'BAD_USER_INPUT',
  },
];

/** Payloads that are valid text where they land: stored verbatim, returned as JSON strings, never executed. */
const storedPayloads: HostileCase[] = [
  {
    name: 'script payload as a new resident’s displayName is stored verbatim',
    send: () => gql(REGISTER_RESIDENT, newResidentInput({ displayName: SCRIPT_PAYLOAD })),
    changes: { users: 1 },
    verify: async (answer) => {
      const payload = dataOf(answer).registerResident as { accessToken: string; user: { displayName: string } };
      expect(payload.user.displayName).toBe(SCRIPT_PAYLOAD);
      carriedVerbatim(answer, SCRIPT_PAYLOAD);
      const me = await gql(ME, {}, payload.accessToken);
      expect((dataOf(me).me as { displayName: string }).displayName).toBe(SCRIPT_PAYLOAD);
    },
  },
  {
    name: 'SQL payload as a password is hashed, not run: the same text signs in',
    send: () => gql(REGISTER_RESIDENT, newResidentInput({ email: 'sql.password@example.org', password: SQL_PAYLOAD })),
    changes: { users: 1 },
    verify: async () => {
      const login = await gql(LOGIN, { input: { email: 'sql.password@example.org', password: SQL_PAYLOAD } });
      expect(login.body.errors).toBeUndefined();
    },
  },
  {
    name: 'SQL payload as an organisation name is stored verbatim',
    send: () =>
      gql(REGISTER_ORGANISATION, {
        input: { ...newResidentInput().input, organisationName: SQL_PAYLOAD, kind: 'EMPLOYER' },
      }),
    changes: { users: 1, organisations: 1 },
    verify: (answer) => {
      const user = (dataOf(answer).registerOrganisation as { user: { organisation: { name: string } } }).user;
      expect(user.organisation.name).toBe(SQL_PAYLOAD);
      carriedVerbatim(answer, SQL_PAYLOAD);
    },
  },
  {
    name: 'script payload as a staff displayName is stored verbatim',
    send: () =>
      gql(
        CREATE_STAFF,
        { input: { ...newResidentInput({ displayName: SCRIPT_PAYLOAD }).input, role: 'ANALYST' } },
        token('admin'),
      ),
    changes: { users: 1 },
    verify: (answer) => expect(dataOf(answer).createStaffUser.displayName).toBe(SCRIPT_PAYLOAD),
  },
  {
    name: 'script payload as the organisation’s new name is stored verbatim',
    send: () => gql(UPDATE_ORG, { input: { name: SCRIPT_PAYLOAD } }, token('employer')),
    verify: async (answer) => {
      expect(dataOf(answer).updateMyOrganisation.name).toBe(SCRIPT_PAYLOAD);
      const read = await gql(`query ($id: ID!) { organisation(id: $id) { name } }`, {
        id: world.actors.employer.organisationId,
      });
      expect(dataOf(read).organisation.name).toBe(SCRIPT_PAYLOAD);
      carriedVerbatim(read, SCRIPT_PAYLOAD);
    },
  },
  {
    name: 'SQL and script payloads in a new programme’s title, summary and qualifications',
    send: () =>
      gql(
        CREATE_PROGRAMME,
        {
          input: {
            ...VALID_PROGRAMME(),
            title: SQL_PAYLOAD,
            summary: SCRIPT_PAYLOAD,
            qualifications: [SQL_PAYLOAD, SCRIPT_PAYLOAD],
          },
        },
        token('provider'),
      ),
    changes: { programmes: 1, programme_skills_taught: 1 },
    verify: (answer) =>
      expect(dataOf(answer).createProgramme).toMatchObject({
        title: SQL_PAYLOAD,
        summary: SCRIPT_PAYLOAD,
        qualifications: [SQL_PAYLOAD, SCRIPT_PAYLOAD],
      }),
  },
  {
    name: 'script and SQL payloads in an updated programme',
    send: () =>
      gql(
        UPDATE_PROGRAMME,
        {
          id: world.ids.ownDraftProgramme,
          input: { title: SCRIPT_PAYLOAD, summary: SQL_PAYLOAD, qualifications: [SCRIPT_PAYLOAD] },
        },
        token('provider'),
      ),
    verify: async (answer) => {
      expect(dataOf(answer).updateProgramme).toMatchObject({
        title: SCRIPT_PAYLOAD,
        summary: SQL_PAYLOAD,
        qualifications: [SCRIPT_PAYLOAD],
      });
      const read = await gql(
        `query ($id: ID!) { programme(id: $id) { title summary } }`,
        { id: world.ids.ownDraftProgramme },
        token('provider'),
      );
      expect(dataOf(read).programme).toEqual({ title: SCRIPT_PAYLOAD, summary: SQL_PAYLOAD });
    },
  },
  {
    name: 'script and SQL payloads in a new vacancy’s title and description',
    send: () =>
      gql(
        CREATE_VACANCY,
        { input: { ...VALID_VACANCY(), title: SCRIPT_PAYLOAD, description: SQL_PAYLOAD } },
        token('employer'),
      ),
    changes: { vacancies: 1, vacancy_requirements: 1 },
    verify: (answer) =>
      expect(dataOf(answer).createVacancy).toMatchObject({ title: SCRIPT_PAYLOAD, description: SQL_PAYLOAD }),
  },
  {
    name: 'SQL and script payloads in an updated vacancy',
    send: () =>
      gql(
        UPDATE_VACANCY,
        { id: world.ids.ownDraftVacancy, input: { title: SQL_PAYLOAD, description: SCRIPT_PAYLOAD } },
        token('employer'),
      ),
    verify: async () => {
      const read = await gql(
        `query ($id: ID!) { vacancy(id: $id) { title description } }`,
        { id: world.ids.ownDraftVacancy },
        token('employer'),
      );
      expect(dataOf(read).vacancy).toEqual({ title: SQL_PAYLOAD, description: SCRIPT_PAYLOAD });
      carriedVerbatim(read, SCRIPT_PAYLOAD);
    },
  },
  {
    name: 'SQL payload as a resident’s displayName is stored verbatim',
    send: () => gql(UPDATE_PROFILE, { input: { displayName: SQL_PAYLOAD } }, token('resident')),
    // the resident's first profile update creates their profile row
    changes: { resident_profiles: 1 },
    verify: async () => {
      const read = await gql(`{ myProfile { displayName } }`, {}, token('resident'));
      expect(dataOf(read).myProfile.displayName).toBe(SQL_PAYLOAD);
    },
  },
  {
    name: 'script payload as a cover note is stored verbatim',
    send: () =>
      gql(APPLY_TO_VACANCY, { vacancyId: world.ids.ownVacancy, coverNote: SCRIPT_PAYLOAD }, token('resident')),
    // domain_events: the ApplicationChanged event, written with the change (metrics hear of it through the relay).
    changes: {
      applications: 1,
      application_status_changes: 1,
      audit_entries: 1,
      domain_events: 1,
    },
    verify: async (answer) => {
      expect(dataOf(answer).applyToVacancy).toMatchObject({ coverNote: SCRIPT_PAYLOAD, status: 'APPLIED' });
      const read = await gql(`{ myApplications { edges { node { coverNote } } } }`, {}, token('resident'));
      expect(JSON.stringify(read.body.data)).toContain(JSON.stringify(SCRIPT_PAYLOAD));
    },
  },
  {
    name: 'SQL payload as a rejection reason is taken as text',
    send: () =>
      gql(REJECT_ENROLMENT, { enrolmentId: world.ids.applicantEnrolment, reason: SQL_PAYLOAD }, token('provider')),
    changes: { enrolment_status_changes: 1, audit_entries: 1, domain_events: 1 },
    verify: (answer) => expect(dataOf(answer).rejectEnrolment.status).toBe('REJECTED'),
  },
  {
    name: 'script learnerRef and SQL qualification in a learner-level return are stored verbatim',
    send: () =>
      gql(
        REPORT_LEARNERS,
        {
          cohortId: world.ids.pastCohort,
          rows: [
            {
              learnerRef: SCRIPT_PAYLOAD,
              furthestStage: 'COMPLETED',
              completionDate: addDays(londonToday(), -120),
              qualificationsAchieved: [SQL_PAYLOAD],
            },
          ],
        },
        token('provider'),
      ),
    // domain_events: the return's EnrolmentChanged event, written with the change.
    changes: {
      enrolments: 1,
      enrolment_status_changes: 5,
      audit_entries: 5,
      domain_events: 1,
    },
    verify: async (answer) => {
      expect(dataOf(answer).reportCohortLearners).toMatchObject({ accepted: 1, created: 1, errors: [] });
      const read = await gql(COHORT_ENROLMENTS, { cohortId: world.ids.pastCohort }, token('provider'));
      const nodes = JSON.stringify(read.body.data);
      expect(nodes).toContain(JSON.stringify(SCRIPT_PAYLOAD));
      expect(nodes).toContain(JSON.stringify(SQL_PAYLOAD));
    },
  },
  {
    name: 'SQL payload as a learnerRef in an outcome return is an unknown learner, listed as a row error',
    send: () =>
      gql(
        REPORT_OUTCOMES,
        {
          cohortId: world.ids.ownCohort,
          rows: [{ learnerRef: SQL_PAYLOAD, completed: true, completionDate: londonToday() }],
        },
        token('provider'),
      ),
    verify: (answer) => {
      const result = dataOf(answer).reportCohortOutcomes as { accepted: number; errors: unknown[] };
      expect(result.accepted).toBe(0);
      expect(result.errors.length).toBeGreaterThan(0);
    },
  },
  {
    name: 'SQL payload in public search text finds nothing and runs nothing',
    send: () =>
      gql(
        `query ($s: String) { programmes(filter: { search: $s }) { totalCount } vacancies(filter: { search: $s }) { totalCount } }`,
        {
          s: SQL_PAYLOAD,
        },
      ),
    verify: (answer) => expect(answer.body.errors).toBeUndefined(),
  },
  {
    name: 'LIKE wildcards and backslashes in skill search are literal',
    send: () => gql(`query ($s: String) { skills(search: $s) { totalCount } }`, { s: '%_\\%' }),
    verify: (answer) => {
      expect(answer.body.errors).toBeUndefined();
      expect(dataOf(answer).skills.totalCount).toBe(0);
    },
  },
];

/** Payloads that are not valid where they land: refused as bad input, nothing stored. */
const refusedPayloads: HostileCase[] = [
  {
    name: 'SQL payload as an email',
    send: () => gql(REGISTER_RESIDENT, newResidentInput({ email: SQL_PAYLOAD })),
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'SQL payload as a login email',
    send: () => gql(LOGIN, { input: { email: `' OR '1'='1`, password: SQL_PAYLOAD } }),
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'SQL payload as a login password for a quote-bearing (valid) email',
    send: () => gql(LOGIN, { input: { email: "o'brien--@example.org", password: `' OR '1'='1` } }),
    code: 'UNAUTHENTICATED',
    reason: 'INVALID_CREDENTIALS',
    // The failed attempt is counted for sign-in throttling (docs/hardening.md), as for any wrong password.
    changes: { sign_in_attempts: 1 },
  },
  {
    name: 'javascript: URL as an organisation website',
    send: () => gql(UPDATE_ORG, { input: { website: 'javascript:alert(1)' } }, token('employer')),
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'SQL payload as an organisation ward code',
    send: () => gql(UPDATE_ORG, { input: { wardCode: SQL_PAYLOAD } }, token('provider')),
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'SQL payload as a programme T Level code',
    send: () =>
      gql(
        CREATE_PROGRAMME,
        { input: { ...VALID_PROGRAMME(), kind: 'T_LEVEL', tLevelCode: SQL_PAYLOAD } },
        token('provider'),
      ),
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'script payload as a vacancy ward code',
    send: () => gql(CREATE_VACANCY, { input: { ...VALID_VACANCY(), wardCode: SCRIPT_PAYLOAD } }, token('employer')),
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'script payload as a resident ward code',
    send: () => gql(UPDATE_PROFILE, { input: { wardCode: SCRIPT_PAYLOAD } }, token('resident')),
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'SQL payload as a skill id',
    send: () => gql(SET_SKILLS, { skills: [{ skillId: SQL_PAYLOAD, level: 'WORKING' }] }, token('resident')),
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'SQL payload as a learner ward code in a return',
    send: () =>
      gql(
        REPORT_LEARNERS,
        {
          cohortId: world.ids.pastCohort,
          rows: [{ learnerRef: 'L-1', furthestStage: 'ENQUIRED', wardCode: SQL_PAYLOAD }],
        },
        token('provider'),
      ),
    // A bad value in a return row is a row error of the refused return, beside any other (docs/brokerage.md).
    verify: (answer) => {
      expect(answer.body.data?.reportCohortLearners).toMatchObject({
        accepted: 0,
        errors: [{ row: 0, field: 'wardCode', message: expect.stringContaining('ward codes') }],
      });
    },
  },
  {
    name: 'SQL payload as the password that confirms deleting an account',
    send: () => gql(`mutation ($p: String!) { deleteMyAccount(password: $p) }`, { p: SQL_PAYLOAD }, token('resident')),
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'script payload as a qualification on a record not ready for completion',
    send: () =>
      gql(
        RECORD_COMPLETION,
        { enrolmentId: world.ids.victimOwnEnrolment, date: londonToday(), qualifications: [SCRIPT_PAYLOAD] },
        token('provider'),
      ),
    code: 'CONFLICT',
    reason: 'ILLEGAL_TRANSITION',
  },
  {
    name: "another provider's unpublished programme as a guaranteed-interview programme",
    send: () =>
      gql(
        CREATE_VACANCY,
        { input: { ...VALID_VACANCY(), guaranteedInterviewProgrammeIds: [world.ids.otherDraftProgramme] } },
        token('employer'),
      ),
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'SQL payload as a metrics scope id',
    send: () =>
      gql(
        `mutation ($scope: MetricsScopeInput!) { requestMetrics(scope: $scope) { id } }`,
        { scope: { kind: 'PROGRAMME', id: SQL_PAYLOAD } },
        token('provider'),
      ),
    code: 'BAD_USER_INPUT',
  },
];

// ------------------------------------------------------------------------------------------------ tokens

const TOKEN_TARGET = `mutation { updateMyProfile(input: { hasDevice: true }) { id } }`;
const withToken = (make: () => string) => () => post(api, { query: TOKEN_TARGET }, { token: make() });
const residentSub = () => world.actors.resident.userId;
const secret = () => api.config.jwtSecret;

const tokens: HostileCase[] = [
  {
    name: 'token signed with another secret (forged)',
    send: withToken(() =>
      craftToken(
        { alg: 'HS256' },
        { sub: residentSub(), iat: nowSeconds(), exp: nowSeconds() + 3600 },
        'not-the-secret-'.repeat(4),
      ),
    ),
    code: 'UNAUTHENTICATED',
  },
  {
    name: 'token expired an hour ago (right secret)',
    send: withToken(() =>
      craftToken(
        { alg: 'HS256' },
        { sub: residentSub(), iat: nowSeconds() - 13 * 3600, exp: nowSeconds() - 3600 },
        secret(),
      ),
    ),
    code: 'UNAUTHENTICATED',
  },
  {
    name: 'token with alg: none and no signature',
    send: withToken(() =>
      craftToken({ alg: 'none' }, { sub: residentSub(), iat: nowSeconds(), exp: nowSeconds() + 3600 }),
    ),
    code: 'UNAUTHENTICATED',
  },
  {
    name: 'token with alg: none keeping a real signature',
    send: withToken(() => {
      const real = world.actors.resident.token.split('.');
      return `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${real[1]}.${real[2]}`;
    }),
    code: 'UNAUTHENTICATED',
  },
  {
    name: 'token signed HS512 with the right secret (algorithm not allowed)',
    send: withToken(() =>
      craftToken({ alg: 'HS512' }, { sub: residentSub(), iat: nowSeconds(), exp: nowSeconds() + 3600 }, secret()),
    ),
    code: 'UNAUTHENTICATED',
  },
  {
    name: 'token whose payload was swapped to another user, signature kept',
    send: withToken(() => {
      const [header, , signature] = world.actors.resident.token.split('.');
      const payload = Buffer.from(
        JSON.stringify({ sub: world.actors.admin.userId, exp: nowSeconds() + 3600 }),
      ).toString('base64url');
      return `${header}.${payload}.${signature}`;
    }),
    code: 'UNAUTHENTICATED',
  },
  {
    name: 'token not yet valid (nbf an hour ahead)',
    send: withToken(() =>
      craftToken(
        { alg: 'HS256' },
        { sub: residentSub(), nbf: nowSeconds() + 3600, exp: nowSeconds() + 7200 },
        secret(),
      ),
    ),
    code: 'UNAUTHENTICATED',
  },
  {
    name: 'well-signed token for a user id that does not exist',
    send: withToken(() => craftToken({ alg: 'HS256' }, { sub: ANY_UUID, exp: nowSeconds() + 3600 }, secret())),
    code: 'UNAUTHENTICATED',
  },
  {
    name: 'well-signed token whose subject is SQL, not a user id',
    send: withToken(() => craftToken({ alg: 'HS256' }, { sub: SQL_PAYLOAD, exp: nowSeconds() + 3600 }, secret())),
    code: 'UNAUTHENTICATED',
  },
  {
    name: 'well-signed token whose subject is a number',
    send: withToken(() => craftToken({ alg: 'HS256' }, { sub: 42, exp: nowSeconds() + 3600 }, secret())),
    code: 'UNAUTHENTICATED',
  },
  {
    name: 'token of a deleted account',
    send: withToken(() => deletedAccountToken),
    code: 'UNAUTHENTICATED',
  },
  { name: 'token that is not a JWT', send: withToken(() => 'not.a.jwt'), code: 'UNAUTHENTICATED' },
  { name: 'token of 10,000 characters', send: withToken(() => 'a'.repeat(10_000)), code: 'UNAUTHENTICATED' },
  {
    name: 'Basic credentials instead of a bearer token',
    send: () =>
      post(api, { query: TOKEN_TARGET }, { authorization: `Basic ${Buffer.from('admin:admin').toString('base64')}` }),
    code: 'UNAUTHENTICATED',
  },
];

// ------------------------------------------------------------------------------------------------ ownership

const byId = (query: string, variables: () => Record<string, unknown>, as: () => string) => () =>
  gql(query, variables(), as());
const provider = () => token('provider');
const employer = () => token('employer');
const resident = () => token('resident');

/** Mutations whose only required ids name shared reference data (skills), which belongs to no one. */
const IDS_NOT_OWNED: Record<string, string> = {
  createProgramme: 'skillsTaught[].skillId',
  createVacancy: 'requirements[].skillId',
  setMySkills: 'skills[].skillId',
};

/** Another organisation's (or resident's) records, on every mutation that takes an id: NOT_FOUND, never FORBIDDEN. */
const ownership: (HostileCase & { mutation: string })[] = [
  {
    mutation: 'updateProgramme',
    name: "provider updates another provider's programme",
    send: byId(UPDATE_PROGRAMME, () => ({ id: world.ids.otherProgramme, input: { title: 'Taken Over' } }), provider),
  },
  {
    mutation: 'publishProgramme',
    name: "provider publishes another provider's draft programme",
    send: byId(
      `mutation ($id: ID!) { publishProgramme(id: $id) { id } }`,
      () => ({ id: world.ids.otherDraftProgramme }),
      provider,
    ),
  },
  {
    mutation: 'createCohort',
    name: "provider adds a cohort to another provider's programme",
    send: byId(
      `mutation ($input: CreateCohortInput!) { createCohort(input: $input) { id } }`,
      () => ({
        input: {
          programmeId: world.ids.otherProgramme,
          startDate: addDays(londonToday(), 40),
          endDate: addDays(londonToday(), 90),
          applicationsCloseOn: addDays(londonToday(), 30),
          capacity: 10,
        },
      }),
      provider,
    ),
  },
  {
    mutation: 'cancelCohort',
    name: "provider cancels another provider's cohort",
    send: byId(`mutation ($id: ID!) { cancelCohort(id: $id) { id } }`, () => ({ id: world.ids.otherCohort }), provider),
  },
  {
    mutation: 'updateCohort',
    name: "provider corrects another provider's cohort",
    send: byId(
      `mutation ($id: ID!) { updateCohort(id: $id, input: { capacity: 99 }) { id } }`,
      () => ({ id: world.ids.otherCohort }),
      provider,
    ),
  },
  {
    mutation: 'offerPlace',
    name: "provider offers a place on another provider's enrolment",
    send: byId(
      `mutation ($e: ID!) { offerPlace(enrolmentId: $e) { id } }`,
      () => ({ e: world.ids.otherEnrolment }),
      provider,
    ),
  },
  {
    mutation: 'rejectEnrolment',
    name: "provider rejects another provider's enrolment",
    send: byId(REJECT_ENROLMENT, () => ({ enrolmentId: world.ids.otherEnrolment, reason: 'Not ours' }), provider),
  },
  {
    mutation: 'recordCompletion',
    name: "provider records a completion on another provider's enrolment",
    send: byId(RECORD_COMPLETION, () => ({ enrolmentId: world.ids.otherEnrolment, date: londonToday() }), provider),
  },
  {
    mutation: 'reportOutcome',
    name: "provider reports an outcome on another provider's enrolment",
    send: byId(
      `mutation ($input: OutcomeInput!) { reportOutcome(input: $input) { id } }`,
      () => ({ input: { enrolmentId: world.ids.otherEnrolment, type: 'NEW_JOB', startDate: londonToday() } }),
      provider,
    ),
  },
  {
    mutation: 'reportCohortOutcomes',
    name: "provider sends an outcome return for another provider's cohort",
    send: byId(
      REPORT_OUTCOMES,
      () => ({
        cohortId: world.ids.otherCohort,
        rows: [{ learnerRef: 'L-1', completed: true, completionDate: londonToday() }],
      }),
      provider,
    ),
  },
  {
    mutation: 'reportCohortLearners',
    name: "provider sends a learner-level return for another provider's cohort",
    send: byId(
      REPORT_LEARNERS,
      () => ({ cohortId: world.ids.otherCohort, rows: [{ learnerRef: 'L-1', furthestStage: 'ENQUIRED' }] }),
      provider,
    ),
  },
  {
    mutation: 'requestMetrics',
    name: "provider requests metrics for another provider's programme",
    send: byId(
      `mutation ($scope: MetricsScopeInput!) { requestMetrics(scope: $scope) { id } }`,
      () => ({ scope: { kind: 'PROGRAMME', id: world.ids.otherProgramme } }),
      provider,
    ),
  },
  {
    mutation: 'updateVacancy',
    name: "employer updates another employer's vacancy",
    send: byId(UPDATE_VACANCY, () => ({ id: world.ids.otherVacancy, input: { title: 'Taken Over' } }), employer),
  },
  {
    mutation: 'openVacancy',
    name: "employer opens another employer's draft vacancy",
    send: byId(
      `mutation ($id: ID!) { openVacancy(id: $id) { id } }`,
      () => ({ id: world.ids.otherDraftVacancy }),
      employer,
    ),
  },
  {
    mutation: 'closeVacancy',
    name: "employer closes another employer's vacancy",
    send: byId(
      `mutation ($id: ID!) { closeVacancy(id: $id) { id } }`,
      () => ({ id: world.ids.otherVacancy }),
      employer,
    ),
  },
  {
    mutation: 'advanceApplication',
    name: "employer shortlists an application to another employer's vacancy",
    send: byId(
      `mutation ($a: ID!) { advanceApplication(applicationId: $a, to: SHORTLISTED) { id } }`,
      () => ({ a: world.ids.otherApplication }),
      employer,
    ),
  },
  {
    mutation: 'deleteSavedSearch',
    name: "resident deletes another resident's saved search",
    send: byId(
      `mutation ($id: ID!) { deleteSavedSearch(id: $id) }`,
      () => ({ id: world.ids.otherSavedSearch }),
      resident,
    ),
  },
  {
    mutation: 'markNotificationsRead',
    name: "resident marks another resident's notification read",
    send: byId(
      `mutation ($ids: [ID!]!) { markNotificationsRead(ids: $ids) { id } }`,
      () => ({ ids: [world.ids.otherNotification] }),
      resident,
    ),
  },
  {
    mutation: 'acceptPlace',
    name: "resident accepts a place on another resident's enrolment",
    send: byId(
      `mutation ($e: ID!) { acceptPlace(enrolmentId: $e) { id } }`,
      () => ({ e: world.ids.otherEnrolment }),
      resident,
    ),
  },
  {
    mutation: 'withdrawEnrolment',
    name: "resident withdraws another resident's enrolment",
    send: byId(
      `mutation ($e: ID!) { withdrawEnrolment(enrolmentId: $e) { id } }`,
      () => ({ e: world.ids.otherEnrolment }),
      resident,
    ),
  },
  {
    mutation: 'withdrawApplication',
    name: "resident withdraws another resident's application",
    send: byId(
      `mutation ($a: ID!) { withdrawApplication(applicationId: $a) { id } }`,
      () => ({ a: world.ids.otherApplication }),
      resident,
    ),
  },
  {
    mutation: 'applyToVacancy',
    name: "resident applies to another employer's unpublished (DRAFT) vacancy",
    send: byId(APPLY_TO_VACANCY, () => ({ vacancyId: world.ids.otherDraftVacancy }), resident),
  },
  {
    mutation: 'enquireAboutCohort',
    name: 'resident enquires with a vacancy id passed as a cohort id',
    send: byId(
      `mutation ($c: ID!) { enquireAboutCohort(cohortId: $c) { id } }`,
      () => ({ c: world.ids.otherVacancy }),
      resident,
    ),
  },
  {
    mutation: 'applyToCohort',
    name: 'resident applies with an enrolment id passed as a cohort id',
    send: byId(
      `mutation ($c: ID!) { applyToCohort(cohortId: $c) { id } }`,
      () => ({ c: world.ids.otherEnrolment }),
      resident,
    ),
  },
  {
    mutation: 'verifyOrganisation',
    name: 'broker verifies an organisation id that is a programme id',
    send: byId(
      `mutation ($id: ID!) { verifyOrganisation(id: $id) { id } }`,
      () => ({ id: world.ids.otherProgramme }),
      () => token('broker'),
    ),
  },
];

// ------------------------------------------------------------------------------------------------ schema-driven

const actorOfRole: Record<string, 'resident' | 'employer' | 'provider' | 'broker' | 'analyst' | 'admin'> = {
  RESIDENT: 'resident',
  EMPLOYER: 'employer',
  PROVIDER: 'provider',
  BROKER: 'broker',
  ANALYST: 'analyst',
  ADMIN: 'admin',
};
const sendMutation =
  (field: GraphQLField<unknown, unknown>, as: () => string | undefined, overrides = {}) =>
  () => {
    const { query, variables } = operationFor(field, overrides);
    return gql(query, variables, as());
  };
const authenticated = mutations.filter((field) => !access.get(field.name)?.public);
const allows = (field: GraphQLField<unknown, unknown>, role: Role) =>
  access.get(field.name)?.roles?.includes(role) ?? false;

const anonymousCalls: HostileCase[] = authenticated.map((field) => ({
  name: `anonymous calls ${field.name}`,
  send: sendMutation(field, () => undefined),
  code: 'UNAUTHENTICATED',
}));

const roleCalls: HostileCase[] = [
  ...authenticated
    .filter((field) => !allows(field, Role.RESIDENT))
    .map((field) => ({ name: `resident calls ${field.name}`, send: sendMutation(field, resident) })),
  ...authenticated
    .filter((field) => allows(field, Role.PROVIDER) && !allows(field, Role.EMPLOYER))
    .map((field) => ({ name: `employer calls provider operation ${field.name}`, send: sendMutation(field, employer) })),
  ...authenticated
    .filter((field) => allows(field, Role.EMPLOYER) && !allows(field, Role.PROVIDER))
    .map((field) => ({ name: `provider calls employer operation ${field.name}`, send: sendMutation(field, provider) })),
].map((call) => ({ ...call, code: 'FORBIDDEN' as const, reason: 'ROLE_NOT_ALLOWED' }));

/** Every mutation with an ID argument, called by a role allowed to call it, with SQL in place of the id. */
const sqlIds: HostileCase[] = authenticated.flatMap((field) =>
  field.args
    .filter((arg) => isNonNullType(arg.type) && String(getNullableType(arg.type)) === 'ID')
    .map((arg) => {
      const role = access.get(field.name)!.roles![0];
      return {
        name: `SQL payload as ${field.name}(${arg.name}) by ${role.toLowerCase()}`,
        send: sendMutation(field, () => token(actorOfRole[role]), { [arg.name]: SQL_PAYLOAD }),
        code: 'NOT_FOUND' as const,
      };
    }),
);

// ------------------------------------------------------------------------------------------------ the suite

describe('hostile input (e2e)', () => {
  beforeAll(async () => {
    // Rate limits off: this suite sends a few hundred requests from one address on purpose.
    api = await startApi({ withoutProcessors: true, env: { RATE_LIMIT_PER_MINUTE: '0' } });
    world = await hostileWorld(api);
    const doomed = await newResident(api, 'Soon Gone');
    const deleted = await gql(
      `mutation ($p: String!) { deleteMyAccount(password: $p) }`,
      { p: GOOD_PASSWORD },
      doomed.token,
    );
    expect(deleted.body.errors).toBeUndefined();
    deletedAccountToken = doomed.token;
  }, 60_000);
  afterAll(() => api.close());

  async function check(hostile: HostileCase) {
    const before = await tableCounts(api);
    const answer = await hostile.send();
    const after = await tableCounts(api);

    expect(answer.status).toBeLessThan(500);
    expect(answer.text).not.toContain('INTERNAL_SERVER_ERROR');
    expect(answer.text).not.toMatch(STACK_TRACE);
    expect(answer.text).not.toMatch(SQL_TEXT);
    if (hostile.status !== undefined) expect(answer.status).toBe(hostile.status);
    if (hostile.code) {
      const errors = answer.body.errors ?? [];
      expect(errors.length).toBeGreaterThan(0);
      expect(errors.map((error) => error.extensions?.code)).toEqual(errors.map(() => hostile.code));
      if (hostile.reason) expect(errors[0].extensions?.reason).toBe(hostile.reason);
      // A refused operation answers nothing (data absent, or null for the failed root field).
      expect(Object.values(answer.body.data ?? {}).every((value) => value === null)).toBe(true);
    } else if (hostile.status === undefined) {
      expect(answer.body.errors).toBeUndefined();
    }
    expect(countChanges(before, after)).toEqual(hostile.changes ?? {});
    await hostile.verify?.(answer);
  }

  describe('malformed requests', () => {
    it.each(malformedBodies)('$name', check);
  });

  describe('wrong types', () => {
    it.each(wrongTypes)('$name', check);
  });

  describe('unknown enum values', () => {
    it.each(unknownEnums)('$name', check);
  });

  describe('oversized input', () => {
    it.each(hugeInputs)('$name', check);
  });

  describe('query depth, aliases and nesting (graphql-armor limits)', () => {
    it.each(queryLimits)('$name', check);
    it('depth 10 and 15 aliases are still served', async () => {
      const deep = await gql(deepQuery(10));
      expect(deep.body.errors).toBeUndefined();
      const aliased = await gql(`{ ${aliases(15, 'wards { code }')} }`);
      expect(aliased.body.errors).toBeUndefined();
    });
  });

  describe('SQL and script payloads stored as text', () => {
    it.each(storedPayloads)('$name', check);
  });

  describe('SQL and script payloads refused as bad input', () => {
    it.each(refusedPayloads)('$name', check);
  });

  describe('SQL payloads as ids (every mutation with an id argument)', () => {
    it.each(sqlIds)('$name', check);
  });

  describe('tokens', () => {
    it.each(tokens)('$name', check);
  });

  describe("another organisation's or resident's records are NOT_FOUND", () => {
    it.each(ownership.map((item) => ({ ...item, code: 'NOT_FOUND' as const })))('$name', check);

    it('covers every mutation that takes an id of an owned record', () => {
      const takingIds = mutations
        .filter((field) => JSON.stringify(operationFor(field).variables).includes(ANY_UUID))
        .map((field) => field.name);
      const covered = new Set([...ownership.map((item) => item.mutation), ...Object.keys(IDS_NOT_OWNED)]);
      expect(takingIds.filter((name) => !covered.has(name))).toEqual([]);
    });
  });

  describe('anonymous callers (every authenticated mutation)', () => {
    it.each(anonymousCalls)('$name', check);
  });

  describe('roles (every mutation the caller’s role may not call)', () => {
    it('every mutation of the schema declares who may call it', () => {
      const undeclared = mutations.filter((field) => !access.get(field.name)?.public && !access.get(field.name)?.roles);
      expect(undeclared.map((field) => field.name)).toEqual([]);
    });
    it.each(roleCalls)('$name', check);
  });

  it('no table was dropped or emptied by any payload', async () => {
    const counts = await tableCounts(api);
    for (const table of [
      'users',
      'organisations',
      'programmes',
      'cohorts',
      'vacancies',
      'enrolments',
      'applications',
    ]) {
      expect(counts[table]).toBeGreaterThan(0);
    }
  });
});
