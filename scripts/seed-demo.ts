import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import {
  CatalogueModule,
  CohortEntity,
  CohortService,
  DeliveryMode,
  EmploymentStatus,
  ProgrammeEntity,
  ProgrammeKind,
  ProgrammeService,
  Residency,
  TargetGroup,
} from '@app/catalogue';
import { ConfigModule, RuntimeConfig } from '@app/config';
import { DatabaseModule } from '@app/database';
import { DisabilityConfidentLevel, IdentityModule, IdentityService, OrganisationKind, UserEntity } from '@app/identity';
import { addDays, londonToday, ReferenceModule, SkillEntity, SkillLevel } from '@app/reference';
import { startPlatform } from '@app/runtime';
import { ResidentProfileEntity, ResidentService, ResidentsModule } from '@app/residents';
import { ContractType, VacanciesModule, VacancyEntity, VacancyService, Workplace } from '@app/vacancies';
import {
  DEMO_ORGANISATIONS,
  DEMO_PROGRAMMES,
  DEMO_RESIDENTS,
  DEMO_VACANCIES,
  DemoSkillLevel,
} from './demo/demo-catalogue.data';

/** Every demo account signs in with this password (demo data only; the seed refuses to run in production). */
export const DEMO_PASSWORD = 'manchester-demo-2026';

@Module({})
class SeedModule {
  static forRoot(config: RuntimeConfig) {
    return {
      module: SeedModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot(config),
        IdentityModule,
        ReferenceModule,
        CatalogueModule,
        VacanciesModule,
        ResidentsModule,
      ],
    };
  }
}

/**
 * `npm run seed:demo`: loads the believable Manchester catalogue of scripts/demo into the platform's database, through
 * the same services the API uses. Idempotent: organisations and residents are found by email, programmes and
 * vacancies by title within their organisation, so running it again adds nothing. Dates are relative to today.
 */
async function main() {
  const platform = await startPlatform();
  if (platform.config.env.NODE_ENV === 'production')
    throw new Error('seed:demo refuses to run with NODE_ENV=production');
  const app = await NestFactory.createApplicationContext(SeedModule.forRoot(platform.config), {
    logger: ['error', 'warn'],
  });
  try {
    const counts = await seed(
      app.get(DataSource),
      app.get(IdentityService),
      app.get(ProgrammeService),
      app.get(CohortService),
      app.get(VacancyService),
      app.get(ResidentService),
    );
    console.log(`seed:demo: ${JSON.stringify(counts)}`);
    console.log(`seed:demo: every demo account's password is ${DEMO_PASSWORD}`);
  } finally {
    await app.close();
    await platform.stop();
  }
}

export async function seed(
  dataSource: DataSource,
  identity: IdentityService,
  programmes: ProgrammeService,
  cohorts: CohortService,
  vacancies: VacancyService,
  residents: ResidentService,
) {
  const today = londonToday();
  const created = { organisations: 0, programmes: 0, cohorts: 0, vacancies: 0, residents: 0 };
  const skillIdByName = new Map((await dataSource.getRepository(SkillEntity).find()).map((s) => [s.name, s.id]));
  const skillId = (name: string) => {
    const id = skillIdByName.get(name);
    if (!id) throw new Error(`demo data names an unknown skill: ${name}`);
    return id;
  };
  const levels = (list: DemoSkillLevel[]) =>
    list.map((s) => ({ skillId: skillId(s.skill), level: s.level as SkillLevel, essential: s.essential ?? true }));
  const userByEmail = (email: string) => dataSource.getRepository(UserEntity).findOneBy({ email });

  const members = new Map<string, UserEntity>();
  for (const org of DEMO_ORGANISATIONS) {
    let user = await userByEmail(org.email);
    if (!user) {
      user = (
        await identity.registerOrganisation({
          email: org.email,
          password: DEMO_PASSWORD,
          displayName: org.displayName,
          organisationName: org.name,
          kind: org.kind as OrganisationKind,
        })
      ).user;
      await identity.verifyOrganisation(user.organisationId!);
      await identity.updateOrganisationOf(user, {
        website: org.website,
        wardCode: org.wardCode,
        realLivingWageEmployer: org.realLivingWageEmployer,
        goodEmploymentCharter: org.goodEmploymentCharter,
        disabilityConfident: org.disabilityConfident as DisabilityConfidentLevel | null,
      });
      created.organisations += 1;
    }
    members.set(org.key, user);
  }

  const programmeIdByKey = new Map<string, string>();
  for (const demo of DEMO_PROGRAMMES) {
    const member = members.get(demo.providerKey)!;
    const existing = await dataSource
      .getRepository(ProgrammeEntity)
      .findOneBy({ providerId: member.organisationId!, title: demo.title });
    if (existing) {
      programmeIdByKey.set(demo.key, existing.id);
      continue;
    }
    const programme = await programmes.create(member, {
      kind: demo.kind as ProgrammeKind,
      title: demo.title,
      summary: demo.summary,
      skillsTaught: levels(demo.skillsTaught),
      prerequisites: levels(demo.prerequisites),
      qualifications: demo.qualifications,
      durationWeeks: demo.durationWeeks,
      hoursPerWeek: demo.hoursPerWeek,
      delivery: demo.delivery as DeliveryMode,
      wardCode: demo.wardCode,
      fullyFunded: demo.fullyFunded,
      costPence: demo.costPence,
      eligibility: {
        ...demo.eligibility,
        residency: demo.eligibility.residency as Residency,
        employmentStatuses: demo.eligibility.employmentStatuses as EmploymentStatus[] | undefined,
        targetGroups: demo.eligibility.targetGroups as TargetGroup[] | undefined,
      },
      tLevelCode: demo.tLevelCode,
      guaranteedInterview: demo.guaranteedInterview,
    });
    await programmes.publish(member, programme.id);
    for (const cohort of demo.cohorts) {
      const startDate = addDays(today, cohort.startsInDays);
      await cohorts.create(member, {
        programmeId: programme.id,
        startDate,
        endDate: addDays(startDate, 7 * (cohort.weeks ?? demo.durationWeeks)),
        applicationsCloseOn: addDays(startDate, -cohort.closesDaysBeforeStart),
        capacity: cohort.capacity,
      });
      created.cohorts += 1;
    }
    programmeIdByKey.set(demo.key, programme.id);
    created.programmes += 1;
  }

  for (const demo of DEMO_VACANCIES) {
    const member = members.get(demo.employerKey)!;
    const existing = await dataSource
      .getRepository(VacancyEntity)
      .findOneBy({ employerId: member.organisationId!, title: demo.title });
    if (existing) continue;
    const vacancy = await vacancies.create(member, {
      title: demo.title,
      description: demo.description,
      requirements: levels(demo.requirements),
      salaryMinPence: demo.salaryMinPence,
      salaryMaxPence: demo.salaryMaxPence,
      hoursPerWeek: demo.hoursPerWeek,
      contract: demo.contract as ContractType,
      workplace: demo.workplace as Workplace,
      wardCode: demo.wardCode,
      positions: demo.positions,
      closesOn: addDays(today, demo.closesInDays),
      guaranteedInterviewProgrammeIds: demo.guaranteedInterviewProgrammeKeys.map((key) => programmeIdByKey.get(key)!),
    });
    if (demo.open) await vacancies.open(member, vacancy.id);
    created.vacancies += 1;
  }

  for (const resident of DEMO_RESIDENTS) {
    let user = await userByEmail(resident.email);
    if (!user) {
      user = (
        await identity.registerResident({
          email: resident.email,
          password: DEMO_PASSWORD,
          displayName: resident.displayName,
        })
      ).user;
      created.residents += 1;
    }
    // The profile and skills go in once, whether the resident is new or came from an earlier seed without them.
    if (await dataSource.getRepository(ResidentProfileEntity).existsBy({ userId: user.id })) continue;
    await residents.updateProfile(user.id, {
      ...resident.profile,
      employmentStatus: resident.profile.employmentStatus as EmploymentStatus,
    });
    await residents.setSelfDeclaredSkills(
      user.id,
      resident.skills.map((one) => ({ skillId: skillId(one.skill), level: one.level as SkillLevel })),
    );
  }
  const totals = {
    programmes: await dataSource.getRepository(ProgrammeEntity).count(),
    cohorts: await dataSource.getRepository(CohortEntity).count(),
    vacancies: await dataSource.getRepository(VacancyEntity).count(),
  };
  return { created, totals };
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
