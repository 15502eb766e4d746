import { EntityManager } from 'typeorm';
import { CENSUS_2021_DATE, MANCHESTER_DISABILITY_COUNTS, MANCHESTER_ETHNICITY_COUNTS } from './seed/census.seed';
import { REAL_LIVING_WAGE_SEED } from './seed/real-living-wage.seed';
import { SKILL_SEED } from './seed/skills.seed';
import { DIGITAL_T_LEVEL_SEED } from './seed/t-levels.seed';
import { WARD_SEED } from './seed/wards.seed';
import { upsertSkills } from './skill-upsert';

export interface ReferenceSeedCounts {
  wards: number;
  skills: { created: number; updated: number; unchanged: number };
  censusBenchmarks: number;
  realLivingWageRates: number;
  tLevelPathways: number;
}

/**
 * Loads the reference data the server ships into the database. Idempotent: rows are keyed by their natural keys
 * and only rewritten when a value differs, so running it at every start-up is cheap and changes nothing.
 */
export async function seedReferenceData(manager: EntityManager): Promise<ReferenceSeedCounts> {
  await manager.query(
    `INSERT INTO wards (code, name, latitude, longitude)
     SELECT * FROM unnest($1::varchar[], $2::varchar[], $3::float8[], $4::float8[])
     ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, latitude = EXCLUDED.latitude, longitude = EXCLUDED.longitude
     WHERE (wards.name, wards.latitude, wards.longitude) IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.latitude, EXCLUDED.longitude)`,
    [
      WARD_SEED.map((w) => w.code),
      WARD_SEED.map((w) => w.name),
      WARD_SEED.map((w) => w.latitude),
      WARD_SEED.map((w) => w.longitude),
    ],
  );

  const skills = await upsertSkills(
    manager,
    SKILL_SEED.map((skill) => ({ ...skill, curated: true })),
  );

  const census = [
    ...Object.entries(MANCHESTER_ETHNICITY_COUNTS).map(
      ([category, residents]) => ['ETHNICITY', category, residents] as const,
    ),
    [
      'DISABILITY',
      'YES',
      MANCHESTER_DISABILITY_COUNTS.limitedALot + MANCHESTER_DISABILITY_COUNTS.limitedALittle,
    ] as const,
    [
      'DISABILITY',
      'NO',
      MANCHESTER_DISABILITY_COUNTS.notDisabledWithCondition + MANCHESTER_DISABILITY_COUNTS.notDisabledNoCondition,
    ] as const,
  ];
  await manager.query(
    `INSERT INTO census_benchmarks (dimension, category, residents, census_date)
     SELECT d, c, r, $4::date FROM unnest($1::varchar[], $2::varchar[], $3::int[]) AS t(d, c, r)
     ON CONFLICT (dimension, category) DO UPDATE SET residents = EXCLUDED.residents, census_date = EXCLUDED.census_date
     WHERE (census_benchmarks.residents, census_benchmarks.census_date) IS DISTINCT FROM (EXCLUDED.residents, EXCLUDED.census_date)`,
    [census.map((row) => row[0]), census.map((row) => row[1]), census.map((row) => row[2]), CENSUS_2021_DATE],
  );

  await manager.query(
    `INSERT INTO real_living_wage_rates (effective_from, hourly_pence)
     SELECT * FROM unnest($1::date[], $2::int[])
     ON CONFLICT (effective_from) DO UPDATE SET hourly_pence = EXCLUDED.hourly_pence
     WHERE real_living_wage_rates.hourly_pence IS DISTINCT FROM EXCLUDED.hourly_pence`,
    [REAL_LIVING_WAGE_SEED.map((r) => r.effectiveFrom), REAL_LIVING_WAGE_SEED.map((r) => r.hourlyPence)],
  );

  await manager.query(
    `INSERT INTO t_level_pathways (lar_code, name, specialisms)
     SELECT code, name, specialisms::jsonb FROM unnest($1::varchar[], $2::varchar[], $3::text[]) AS t(code, name, specialisms)
     ON CONFLICT (lar_code) DO UPDATE SET name = EXCLUDED.name, specialisms = EXCLUDED.specialisms
     WHERE (t_level_pathways.name, t_level_pathways.specialisms) IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.specialisms)`,
    [
      DIGITAL_T_LEVEL_SEED.map((p) => p.larCode),
      DIGITAL_T_LEVEL_SEED.map((p) => p.name),
      DIGITAL_T_LEVEL_SEED.map((p) => JSON.stringify(p.specialisms)),
    ],
  );

  return {
    wards: WARD_SEED.length,
    skills,
    censusBenchmarks: census.length,
    realLivingWageRates: REAL_LIVING_WAGE_SEED.length,
    tLevelPathways: DIGITAL_T_LEVEL_SEED.length,
  };
}
