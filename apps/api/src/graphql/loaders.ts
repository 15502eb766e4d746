import { Injectable, Module } from '@nestjs/common';
import DataLoader from 'dataloader';
import { CatalogueModule, CohortEntity, CohortService, ProgrammeEntity, ProgrammeService } from '@app/catalogue';
import { AuditModule, AuditRecord, AuditService } from '@app/audit';
import { ApplicationService, BrokerageModule, EnrolmentService, OutcomeView } from '@app/brokerage';
import { IdentityModule, IdentityService, OrganisationDirectory, OrganisationEntity, UserEntity } from '@app/identity';
import { MatchingModule, ResidentContext, VacancyMatchingService } from '@app/matching';
import { ResidentService, ResidentsModule } from '@app/residents';
import {
  levelFromValue,
  RealLivingWageService,
  ReferenceModule,
  SkillCatalogueService,
  SkillLevel,
  WardDirectoryService,
  WardEntity,
  SkillEntity,
} from '@app/reference';
import { VacanciesModule, VacancyEntity, VacancyService } from '@app/vacancies';
import { AuthenticatedRequest } from '../auth/request-of';

/** Returns the items in the order of `keys`, null where none matched (DataLoader's contract). */
function inKeyOrder<K, V>(keys: readonly K[], items: V[], keyOf: (item: V) => K): (V | null)[] {
  const byKey = new Map(items.map((item) => [keyOf(item), item]));
  return keys.map((key) => byKey.get(key) ?? null);
}

/** Groups the items by parent key, in the order of `keys` (an empty list for a parent with none). */
function groupedInKeyOrder<K, V, R>(keys: readonly K[], items: V[], keyOf: (item: V) => K, map: (item: V) => R): R[][] {
  const groups = new Map<K, R[]>(keys.map((key) => [key, []]));
  for (const item of items) groups.get(keyOf(item))?.push(map(item));
  return keys.map((key) => groups.get(key)!);
}

export interface StatusChangeRow {
  status: string;
  at: Date;
  byRole: string;
  reason: string | null;
}

const statusChange = (row: StatusChangeRow): StatusChangeRow => ({
  status: row.status,
  at: row.at,
  byRole: row.byRole,
  reason: row.reason,
});

export interface LoadedSkillLevel {
  skill: SkillEntity;
  level: SkillLevel;
  essential: boolean;
}

const skillLevel = (row: { skill?: SkillEntity; level: number; essential?: boolean }): LoadedSkillLevel => ({
  skill: row.skill!,
  level: levelFromValue(row.level),
  essential: row.essential ?? true,
});
// Essential first, then by skill name (MATCHING.md orders requirement lists this way).
const byEssentialThenName = (a: LoadedSkillLevel, b: LoadedSkillLevel) =>
  Number(b.essential) - Number(a.essential) || a.skill.name.localeCompare(b.skill.name);

/** The per-request batch loaders: one query per kind of child per request, never one per parent. */
export interface Loaders {
  organisation: DataLoader<string, OrganisationEntity | null>;
  ward: DataLoader<string, WardEntity | null>;
  programme: DataLoader<string, ProgrammeEntity | null>;
  skillsTaught: DataLoader<string, LoadedSkillLevel[]>;
  prerequisites: DataLoader<string, LoadedSkillLevel[]>;
  cohortsOfProgramme: DataLoader<string, CohortEntity[]>;
  requirements: DataLoader<string, LoadedSkillLevel[]>;
  guaranteedInterviewProgrammes: DataLoader<string, ProgrammeEntity[]>;
  user: DataLoader<string, UserEntity | null>;
  /** An organisation's people, first registered first. */
  organisationPeople: DataLoader<string, UserEntity[]>;
  /** A resident's skill levels as numbers 1..4, by skill id. */
  residentSkillLevels: DataLoader<string, Map<string, number>>;
  cohort: DataLoader<string, CohortEntity | null>;
  skill: DataLoader<string, SkillEntity | null>;
  vacancy: DataLoader<string, VacancyEntity | null>;
  enrolmentHistory: DataLoader<string, StatusChangeRow[]>;
  applicationHistory: DataLoader<string, StatusChangeRow[]>;
  outcomes: DataLoader<string, OutcomeView[]>;
  /** Audit entries for reads of identifiable people, written in one statement per request tick. */
  auditRead: DataLoader<AuditRecord, true>;
  /** The Real Living Wage in force on a date (YYYY-MM-DD), pence an hour. */
  realLivingWage: DataLoader<string, number | null>;
  /**
   * A resident's matching context (profile answers, skills), by user id: read once however many of an operation's
   * root fields ask (a page's matches and its missing-answer hints come in one operation).
   */
  residentContext: DataLoader<string, ResidentContext>;
}

@Injectable()
export class LoadersFactory {
  constructor(
    private readonly identity: IdentityService,
    private readonly wards: WardDirectoryService,
    private readonly programmes: ProgrammeService,
    private readonly cohorts: CohortService,
    private readonly vacancies: VacancyService,
    private readonly realLivingWage: RealLivingWageService,
    private readonly enrolments: EnrolmentService,
    private readonly applications: ApplicationService,
    private readonly audit: AuditService,
    private readonly directory: OrganisationDirectory,
    private readonly residents: ResidentService,
    private readonly skills: SkillCatalogueService,
    private readonly vacancyMatching: VacancyMatchingService,
  ) {}

  create(): Loaders {
    return {
      organisation: new DataLoader(async (ids) =>
        inKeyOrder(ids, await this.identity.findOrganisationsByIds(ids), (o) => o.id),
      ),
      ward: new DataLoader(async (codes) => inKeyOrder(codes, await this.wards.findByCodes(codes), (w) => w.code)),
      programme: new DataLoader(async (ids) => inKeyOrder(ids, await this.programmes.findByIds(ids), (p) => p.id)),
      skillsTaught: new DataLoader(async (ids) =>
        groupedInKeyOrder(ids, await this.programmes.skillsTaughtFor(ids), (row) => row.programmeId, skillLevel).map(
          (list) => list.sort((a, b) => a.skill.name.localeCompare(b.skill.name)),
        ),
      ),
      prerequisites: new DataLoader(async (ids) =>
        groupedInKeyOrder(ids, await this.programmes.prerequisitesFor(ids), (row) => row.programmeId, skillLevel).map(
          (list) => list.sort(byEssentialThenName),
        ),
      ),
      cohortsOfProgramme: new DataLoader(async (ids) =>
        groupedInKeyOrder(
          ids,
          await this.cohorts.forProgrammes(ids),
          (c) => c.programmeId,
          (c) => c,
        ),
      ),
      requirements: new DataLoader(async (ids) =>
        groupedInKeyOrder(ids, await this.vacancies.requirementsFor(ids), (row) => row.vacancyId, skillLevel).map(
          (list) => list.sort(byEssentialThenName),
        ),
      ),
      guaranteedInterviewProgrammes: new DataLoader(async (ids) =>
        groupedInKeyOrder(
          ids,
          await this.vacancies.guaranteedInterviewProgrammesFor(ids),
          (row) => row.vacancyId,
          (row) => row.programme,
        ),
      ),
      user: new DataLoader(async (ids) => inKeyOrder(ids, await this.identity.findUsersByIds(ids), (u) => u.id)),
      organisationPeople: new DataLoader(async (ids) =>
        groupedInKeyOrder(
          ids,
          await this.directory.membersOf(ids),
          (u) => u.organisationId!,
          (u) => u,
        ),
      ),
      residentSkillLevels: new DataLoader(async (ids) =>
        groupedInKeyOrder(
          ids,
          await this.residents.skillsOf(ids),
          (s) => s.userId,
          (s) => [s.skillId, s.level] as const,
        ).map((levels) => new Map(levels)),
      ),
      cohort: new DataLoader(async (ids) => inKeyOrder(ids, await this.cohorts.findByIds(ids), (c) => c.id)),
      skill: new DataLoader(async (ids) => inKeyOrder(ids, await this.skills.findByIds(ids), (s) => s.id)),
      vacancy: new DataLoader(async (ids) => inKeyOrder(ids, await this.vacancies.findByIds(ids), (v) => v.id)),
      enrolmentHistory: new DataLoader(async (ids) =>
        groupedInKeyOrder(ids, await this.enrolments.historyFor(ids), (row) => row.enrolmentId, statusChange),
      ),
      applicationHistory: new DataLoader(async (ids) =>
        groupedInKeyOrder(ids, await this.applications.historyFor(ids), (row) => row.applicationId, statusChange),
      ),
      outcomes: new DataLoader(async (ids) =>
        groupedInKeyOrder(
          ids,
          await this.enrolments.outcomesFor(ids),
          (row) => row.enrolmentId,
          (row) => row,
        ),
      ),
      auditRead: new DataLoader(
        async (entries) => {
          await this.audit.record(entries);
          return entries.map(() => true as const);
        },
        { cacheKeyFn: (entry) => `${entry.actor.id}:${entry.action}:${entry.subjectId}` },
      ),
      realLivingWage: new DataLoader(async (dates) =>
        Promise.all(dates.map((date) => this.realLivingWage.hourlyPenceOn(date))),
      ),
      residentContext: new DataLoader(async (userIds) =>
        Promise.all(userIds.map((userId) => this.vacancyMatching.context(userId))),
      ),
    };
  }
}

@Module({
  imports: [
    IdentityModule,
    ReferenceModule,
    CatalogueModule,
    VacanciesModule,
    BrokerageModule,
    AuditModule,
    ResidentsModule,
    MatchingModule,
  ],
  providers: [LoadersFactory],
  exports: [LoadersFactory],
})
export class LoadersModule {}

export interface GraphQLContext {
  req: AuthenticatedRequest;
  loaders: Loaders;
}
