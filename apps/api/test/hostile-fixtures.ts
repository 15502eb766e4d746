import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  getNullableType,
  GraphQLField,
  GraphQLInputType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ApplicationService, EnrolmentService } from '@app/brokerage';
import { ProgrammeService, DeliveryMode, ProgrammeKind, Residency } from '@app/catalogue';
import { Role } from '@app/identity';
import { addDays, londonToday, SkillLevel } from '@app/reference';
import { createActors, newResident, openCohort, openVacancy, TestActor, TestApp } from '@app/testing';
import { ContractType, VacancyService, Workplace } from '@app/vacancies';
import { API_RESOLVERS } from '../src/api.resolvers';
import { IS_PUBLIC, ROLES } from '../src/auth/auth.decorators';
import {
  AlertFrequency,
  NotificationDelivery,
  NotificationKind,
  NotificationsService,
  SavedSearchKind,
} from '@app/notifications';

// ---------------------------------------------------------------------------------------------- payloads

/** Text that would do harm if it were ever spliced into SQL or HTML instead of being carried as data. */
export const SQL_PAYLOAD = "'); DROP TABLE users;--";
export const SCRIPT_PAYLOAD = '<script>alert(1)</script>';
/** One million characters: under the 1 MB body limit once wrapped in a request, far over every field's limit. */
export const MEGABYTE_STRING = 'x'.repeat(1_000_000);

// ---------------------------------------------------------------------------------------------- raw HTTP

export interface Answer {
  status: number;
  text: string;
  contentType: string;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  } & Record<string, unknown>;
}

/**
 * One POST to /graphql as an untrusted client could send it: `body` is sent byte for byte when it is a string or a
 * Buffer (malformed JSON), as JSON otherwise.
 */
export async function post(
  api: TestApp,
  body: string | Buffer | object,
  { token, contentType = 'application/json', authorization }: Partial<Record<string, string>> = {},
): Promise<Answer> {
  const call = request(api.app.getHttpServer()).post('/graphql').set('content-type', contentType);
  if (token) call.set('authorization', `Bearer ${token}`);
  if (authorization) call.set('authorization', authorization);
  const response = await call.send(typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body));
  let parsed: Answer['body'] = {};
  try {
    parsed = JSON.parse(response.text) as Answer['body'];
  } catch {
    // not JSON: left empty, the caller asserts on status and text
  }
  return {
    status: response.status,
    text: response.text,
    contentType: response.headers['content-type'] ?? '',
    body: parsed,
  };
}

// ---------------------------------------------------------------------------------------------- database state

/**
 * Exact row counts of every table in the public schema (`count(*)`, not the statistics collector's estimates),
 * in one statement so the snapshot is consistent.
 */
export async function tableCounts(api: TestApp): Promise<Record<string, number>> {
  const dataSource = api.app.get(DataSource);
  const tables: { name: string }[] = await dataSource.query(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
  );
  if (tables.length === 0) return {};
  // Table names go in as parameters for the label and as quoted identifiers for the count.
  const counting = tables
    .map(
      ({ name }, index) =>
        `SELECT $${index + 1}::text AS name, (SELECT count(*) FROM public.${quoteIdent(name)})::int AS n`,
    )
    .join(' UNION ALL ');
  const rows: { name: string; n: number }[] = await dataSource.query(
    counting,
    tables.map((table) => table.name),
  );
  return Object.fromEntries(rows.map((row) => [row.name, row.n]));
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Per-table differences between two snapshots (tables that appeared or vanished count from/to -1). */
export function countChanges(before: Record<string, number>, after: Record<string, number>): Record<string, number> {
  const changes: Record<string, number> = {};
  for (const name of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const delta = (after[name] ?? -1) - (before[name] ?? -1);
    if (delta !== 0) changes[name] = delta;
  }
  return changes;
}

// ---------------------------------------------------------------------------------------------- tokens

const base64url = (value: object | string) =>
  Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

/** A JWT built by hand: HS256/HS512 signed with `secret`, or unsigned for `alg: none`. */
export function craftToken(
  header: { alg: string; typ?: string },
  payload: Record<string, unknown>,
  secret?: string,
): string {
  const signingInput = `${base64url({ typ: 'JWT', ...header })}.${base64url(payload)}`;
  if (!secret) return `${signingInput}.`;
  const hash = header.alg === 'HS512' ? 'sha512' : 'sha256';
  return `${signingInput}.${createHmac(hash, secret).update(signingInput).digest('base64url')}`;
}

export const nowSeconds = () => Math.floor(Date.now() / 1000);

// ---------------------------------------------------------------------------------------------- the schema

/** The committed schema (schema.e2e-spec.ts proves the server serves exactly this), read when the suite is defined. */
export const committedSchema = buildSchema(readFileSync(join(__dirname, '..', '..', '..', 'schema.gql'), 'utf8'));

export const ANY_UUID = '6f1c1a52-8d4e-4b8e-9d5e-2f0a6c3b7e19';

/** A value GraphQL accepts for the type (its business rules aside): enough to reach the guards. */
export function sampleValue(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType);
  if (isListType(type)) return [sampleValue(type.ofType as GraphQLInputType)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((field) => isNonNullType(field.type) && field.defaultValue === undefined)
        .map((field) => [field.name, sampleValue(field.type)]),
    );
  }
  if (isScalarType(type)) {
    const samples: Record<string, unknown> = {
      ID: ANY_UUID,
      String: 'Hostile input test',
      Int: 1,
      Float: 1,
      Boolean: false,
      Date: '2025-01-15',
      DateTime: '2025-01-15T10:00:00Z',
    };
    if (type.name in samples) return samples[type.name];
  }
  throw new Error(`no sample for ${String(type)}`);
}

/** `mutation ($a: T!) { op(a: $a) { __typename } }` for a root mutation, with variables for every required argument. */
export function operationFor(
  field: GraphQLField<unknown, unknown>,
  overrides: Record<string, unknown> = {},
): { query: string; variables: Record<string, unknown> } {
  const args = field.args.filter(
    (arg) => (isNonNullType(arg.type) && arg.defaultValue === undefined) || arg.name in overrides,
  );
  const declarations = args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const passing = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const named = getNullableType(field.type);
  const selection = isScalarType(named) ? '' : ' { __typename }';
  const variables = Object.fromEntries(
    args.map((arg) => [arg.name, arg.name in overrides ? overrides[arg.name] : sampleValue(arg.type)]),
  );
  return {
    query: `mutation${declarations ? ` (${declarations})` : ''} { ${field.name}${passing ? `(${passing})` : ''}${selection} }`,
    variables,
  };
}

export interface AccessRule {
  public: boolean;
  roles: Role[] | undefined;
}

/** Who may call each root field, as the resolvers declare it (@Public / @Roles), by field name. */
export function declaredAccess(): Map<string, AccessRule> {
  const rules = new Map<string, AccessRule>();
  for (const resolver of API_RESOLVERS) {
    const prototype = resolver.prototype as unknown as Record<string, unknown>;
    for (const name of Object.getOwnPropertyNames(prototype)) {
      const method = prototype[name];
      if (name === 'constructor' || typeof method !== 'function') continue;
      const isPublic = Reflect.getMetadata(IS_PUBLIC, method) ?? Reflect.getMetadata(IS_PUBLIC, resolver);
      const roles = Reflect.getMetadata(ROLES, method) ?? Reflect.getMetadata(ROLES, resolver);
      // Field resolvers share names with root fields (e.g. `vacancy`): keep the one that declares access.
      if (isPublic === true || roles || !rules.has(name)) rules.set(name, { public: isPublic === true, roles });
    }
  }
  return rules;
}

// ---------------------------------------------------------------------------------------------- the world

/**
 * Signed-in users of every role plus records of two organisations of each kind and of two residents, so every
 * mutation that takes an id can be pointed at someone else's record.
 */
export async function hostileWorld(api: TestApp) {
  const actors = await createActors(api);
  const found = await api.gql<{ skills: { edges: { node: { id: string } }[] } }>(
    `{ skills(first: 1) { edges { node { id } } } }`,
  );
  const skillId = found.data!.skills.edges[0].node.id;
  const today = londonToday();
  const as = (actor: TestActor, role: Role) => ({ ...actor, role });

  // The caller's own organisation's records (targets of accepted payloads).
  const own = await openCohort(api, actors.provider, skillId);
  const pastCohort = await openCohort(api, actors.provider, skillId, { startDate: addDays(today, -200) });
  const programmes = api.app.get(ProgrammeService);
  // A programme and a vacancy that exist but are not published: only their own organisation may see them.
  const draftProgramme = (owner: typeof actors.provider, title: string) =>
    programmes.create(owner, {
      kind: ProgrammeKind.SHORT_COURSE,
      title,
      summary: 'Not yet published.',
      skillsTaught: [{ skillId, level: SkillLevel.AWARENESS }],
      durationWeeks: 2,
      hoursPerWeek: 5,
      delivery: DeliveryMode.ONLINE,
      fullyFunded: true,
      eligibility: { residency: Residency.ANY },
    });
  const draftVacancy = (owner: typeof actors.employer, title: string) =>
    api.app.get(VacancyService).create(owner, {
      title,
      description: 'Not yet open.',
      requirements: [{ skillId, level: SkillLevel.WORKING, essential: true }],
      salaryMinPence: 2_600_000,
      salaryMaxPence: 3_000_000,
      hoursPerWeek: 37.5,
      contract: ContractType.PERMANENT,
      workplace: Workplace.REMOTE,
      positions: 1,
      closesOn: addDays(today, 30),
    });
  const ownDraftProgramme = await draftProgramme(actors.provider, 'Draft Short Course');
  const ownVacancyId = await openVacancy(api, actors.employer, skillId);
  const ownDraftVacancy = await draftVacancy(actors.employer, 'Draft Vacancy');

  // Another organisation's records, and another resident's enrolments and applications.
  const other = await openCohort(api, actors.otherProvider, skillId);
  const otherDraftProgramme = await draftProgramme(actors.otherProvider, 'Other Draft Course');
  const otherVacancyId = await openVacancy(api, actors.otherEmployer, skillId);
  const otherDraftVacancy = await draftVacancy(actors.otherEmployer, 'Other Draft Vacancy');
  const victim = await newResident(api, 'Victim Resident');
  const victimActor = as(victim, Role.RESIDENT);
  const enrolments = api.app.get(EnrolmentService);
  const otherEnrolment = await enrolments.apply(victimActor, other.cohortId);
  const victimOwnEnrolment = await enrolments.apply(victimActor, own.cohortId);
  const applications = api.app.get(ApplicationService);
  const otherApplication = await applications.apply(victimActor, otherVacancyId, null);

  // The victim's saved search and notification (only they may delete or mark them).
  const notifications = api.app.get(NotificationsService);
  const otherSavedSearch = await notifications.saveSearch(victim.userId, {
    kind: SavedSearchKind.JOBS,
    query: null,
    programmeFilter: null,
    vacancyFilter: null,
    minScore: 0.5,
    frequency: AlertFrequency.DAILY,
  });
  await api.app.get(NotificationDelivery).deliver([
    {
      residentId: victim.userId,
      key: 'hostile:1',
      kind: NotificationKind.APPLICATION_SHORTLISTED,
      title: 'A notice',
      body: 'For the victim only.',
      link: null,
      frequency: AlertFrequency.INSTANT,
    },
  ]);
  const [otherNotification] = (await notifications.page(victim.userId, 1)).items.map(({ item }) => item);

  // A resident who applied to the caller's cohort (a rejection takes a free-text reason).
  const applicant = await newResident(api, 'Applicant Resident');
  const applicantEnrolment = await enrolments.apply(as(applicant, Role.RESIDENT), own.cohortId);

  return {
    actors,
    victim,
    skillId,
    ids: {
      ownProgramme: own.programmeId,
      ownCohort: own.cohortId,
      pastCohort: pastCohort.cohortId,
      ownDraftProgramme: ownDraftProgramme.id,
      ownVacancy: ownVacancyId,
      ownDraftVacancy: ownDraftVacancy.id,
      applicantEnrolment: applicantEnrolment.id,
      victimOwnEnrolment: victimOwnEnrolment.id,
      otherProgramme: other.programmeId,
      otherCohort: other.cohortId,
      otherDraftProgramme: otherDraftProgramme.id,
      otherVacancy: otherVacancyId,
      otherDraftVacancy: otherDraftVacancy.id,
      otherEnrolment: otherEnrolment.id,
      otherApplication: otherApplication.id,
      otherSavedSearch: otherSavedSearch.id,
      otherNotification: otherNotification.id,
    },
  };
}

export type HostileWorld = Awaited<ReturnType<typeof hostileWorld>>;
