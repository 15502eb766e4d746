import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@app/database';
import { createTestDatabase, TestDatabase } from '@app/testing';
import { importEscoCsv } from './esco-import';
import { seedReferenceData } from './reference-seeder';
import { SKILL_SEED } from './seed/skills.seed';
import { WARD_SEED } from './seed/wards.seed';

const ESCO_CSV = join(__dirname, '..', '..', '..', '..', 'shared', 'data', 'esco-1.2.0-digital-skills.csv');

const csvRow = (uri: string, label: string, alt = '', broader = 'computer programming') =>
  `KnowledgeSkillCompetence,${uri},"${label}",released,knowledge,sector-specific,"${alt}","About ${label}.",x,"${broader}"`;
const CSV_HEADER =
  'conceptType,conceptUri,preferredLabel,status,skillType,reuseLevel,altLabels,description,broaderConceptUri,broaderConceptPT';

describe('reference data (integration)', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  const count = async (table: string) => Number((await dataSource.query(`SELECT count(*) AS n FROM ${table}`))[0].n);

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource(dataSourceOptions(database.url, [], 2)).initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it('the template holds the shipped reference data', async () => {
    expect(await count('wards')).toBe(32);
    expect(await count('skills')).toBe(SKILL_SEED.length);
    expect(SKILL_SEED.length).toBeGreaterThanOrEqual(150);
    expect(await count('census_benchmarks')).toBe(19 + 2);
    expect(await count('t_level_pathways')).toBe(6);
    expect(await count('real_living_wage_rates')).toBeGreaterThan(0);
    const [ward] = await dataSource.query(`SELECT * FROM wards WHERE code = $1`, [WARD_SEED[0].code]);
    expect(ward).toMatchObject({ code: 'E05011350', name: 'Ancoats & Beswick' });
  });

  it('seeding again changes nothing', async () => {
    const before = await dataSource.query(`SELECT id, updated_at FROM skills ORDER BY id`);
    const counts = await dataSource.transaction((manager) => seedReferenceData(manager));
    expect(counts.skills).toEqual({ created: 0, updated: 0, unchanged: SKILL_SEED.length });
    expect(await dataSource.query(`SELECT id, updated_at FROM skills ORDER BY id`)).toEqual(before);
  });

  it('imports an ESCO CSV idempotently, skipping bad and duplicate rows with reasons', async () => {
    const csv = [
      CSV_HEADER,
      csvRow('http://data.europa.eu/esco/skill/test-1', 'quantum widget programming', 'widgets | qwp'),
      csvRow(
        'http://data.europa.eu/esco/skill/test-2',
        'network widget hardening',
        '',
        'database and network design and administration',
      ),
      csvRow('http://data.europa.eu/esco/skill/test-1', 'duplicate uri'),
      csvRow('', 'no uri'),
      csvRow('http://data.europa.eu/esco/skill/test-3', 'Quantum Widget Programming'),
    ].join('\r\n');
    const first = await dataSource.transaction((manager) => importEscoCsv(manager, csv));
    expect(first).toMatchObject({ rowsRead: 5, created: 2, updated: 0, unchanged: 0 });
    expect(first.skipped.map((s) => s.row)).toEqual([3, 4, 5]);
    const second = await dataSource.transaction((manager) => importEscoCsv(manager, csv));
    expect(second).toMatchObject({ rowsRead: 5, created: 0, updated: 0, unchanged: 2 });
    const [skill] = await dataSource.query(`SELECT alt_labels, category FROM skills WHERE esco_uri LIKE '%test-1'`);
    expect(skill).toEqual({ alt_labels: ['widgets', 'qwp'], category: 'Software development' });
  });

  it('never lets a bulk import overwrite a curated skill', async () => {
    const curated = SKILL_SEED[0];
    const csv = [CSV_HEADER, csvRow(curated.escoUri, curated.name, 'an import label')].join('\n');
    const report = await dataSource.transaction((manager) => importEscoCsv(manager, csv));
    expect(report).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
    const [skill] = await dataSource.query(`SELECT alt_labels, category FROM skills WHERE esco_uri = $1`, [
      curated.escoUri,
    ]);
    expect(skill).toEqual({ alt_labels: [...curated.altLabels], category: curated.category });
  });

  const haveEsco = existsSync(ESCO_CSV);
  if (!haveEsco) console.warn(`SKIPPED: full ESCO import: ${ESCO_CSV} not found (present beside the repo in CI)`);
  (haveEsco ? it : it.skip)(
    'imports the full ESCO digital skills CSV twice: 1,284+ skills, no duplicates',
    async () => {
      const csv = readFileSync(ESCO_CSV, 'utf8');
      const first = await dataSource.transaction((manager) => importEscoCsv(manager, csv));
      const second = await dataSource.transaction((manager) => importEscoCsv(manager, csv));
      expect(first.rowsRead).toBe(1284);
      expect(second).toMatchObject({ created: 0, updated: 0 });
      expect(await count('skills')).toBeGreaterThanOrEqual(1284);
      const [dupes] = await dataSource.query(
        `SELECT count(*) - count(DISTINCT esco_uri) AS uris, count(*) - count(DISTINCT lower(name)) AS names FROM skills`,
      );
      expect(dupes).toEqual({ uris: '0', names: '0' });
    },
  );
});
