import { DataSource, EntityManager } from 'typeorm';
import { eligibilityRulesOf } from '@app/catalogue';
import { Point } from './distance';
import { EligibilityRules } from './eligibility';
import { SkillRegistry } from './skill-registry';
import { dayNumber, Places } from './snapshot-parts';
import { loadAtVersion, PROGRAMME_VERSION, VersionedCache } from './versioned-cache';
import { indexedCohorts, indexedProgrammes } from './matching.repository';

export interface ProgrammeRow {
  id: string;
  kind: string;
  delivery: string;
  weeks: number;
  latitude: number | null;
  longitude: number | null;
  rules: EligibilityRules;
  taught: readonly { skillId: string; level: number }[];
}

export interface CohortRow {
  id: string;
  programmeId: string;
  startDate: string;
  applicationsCloseOn: string;
  hasPlaces: boolean; // places_taken < capacity
}

/**
 * The published programmes of verified providers, with what they teach, their eligibility rules and their
 * cohorts, as typed arrays by programme index. A cohort's status depends on today's date, so cohorts keep their dates
 * and each request decides which are OPEN; whether places are left is all that is kept of `places_taken`.
 */
export interface ProgrammeSnapshot {
  version: string;
  ids: string[];
  kind: string[];
  online: Uint8Array;
  weeks: Int16Array;
  place: Int32Array; // index into places, -1 when the ward is unknown
  places: Point[];
  rules: EligibilityRules[];
  taughtStart: Int32Array; // skills taught by programme p: taughtStart[p] .. taughtStart[p + 1]
  taughtSkill: Int32Array;
  taughtLevel: Int8Array;
  cohortStart: Int32Array; // cohorts of programme p, by start date then id: cohortStart[p] .. cohortStart[p + 1]
  cohortIds: string[];
  cohortStartDate: string[];
  cohortStartDay: Int32Array; // YYYYMMDD
  cohortCloseDay: Int32Array; // applications close, YYYYMMDD
  cohortHasPlaces: Uint8Array;
}

/** Builds the snapshot from rows (pure, so tests build one without a database). Cohorts of unknown programmes are dropped. */
export function buildProgrammeSnapshot(
  version: string,
  programmes: readonly ProgrammeRow[],
  cohorts: readonly CohortRow[],
  skills: SkillRegistry,
): ProgrammeSnapshot {
  const indexOf = new Map(programmes.map((p, index) => [p.id, index]));
  const taughtStart = new Int32Array(programmes.length + 1);
  programmes.forEach((p, index) => (taughtStart[index + 1] = taughtStart[index] + p.taught.length));
  const taught = programmes.flatMap((p) => p.taught);

  // The earliest cohort first, ties on id: the order in which the next cohort is chosen.
  const sorted = cohorts
    .filter((c) => indexOf.has(c.programmeId))
    .map((c) => ({ ...c, programme: indexOf.get(c.programmeId)! }))
    .sort(
      (a, b) =>
        a.programme - b.programme ||
        (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
  const cohortStart = new Int32Array(programmes.length + 1);
  for (const c of sorted) cohortStart[c.programme + 1] += 1;
  for (let p = 0; p < programmes.length; p += 1) cohortStart[p + 1] += cohortStart[p];

  const places = new Places();
  return {
    version,
    ids: programmes.map((p) => p.id),
    kind: programmes.map((p) => p.kind),
    online: Uint8Array.from(programmes, (p) => (p.delivery === 'ONLINE' ? 1 : 0)),
    weeks: Int16Array.from(programmes, (p) => p.weeks),
    place: Int32Array.from(programmes, (p) => places.add(p.latitude, p.longitude)),
    places: places.points,
    rules: programmes.map((p) => p.rules),
    taughtStart,
    taughtSkill: Int32Array.from(taught, (t) => skills.intern(t.skillId)),
    taughtLevel: Int8Array.from(taught, (t) => t.level),
    cohortStart,
    cohortIds: sorted.map((c) => c.id),
    cohortStartDate: sorted.map((c) => c.startDate),
    cohortStartDay: Int32Array.from(sorted, (c) => dayNumber(c.startDate)),
    cohortCloseDay: Int32Array.from(sorted, (c) => dayNumber(c.applicationsCloseOn)),
    cohortHasPlaces: Uint8Array.from(sorted, (c) => (c.hasPlaces ? 1 : 0)),
  };
}

/**
 * The programme side of matching, held in memory by each API process so listing a resident's programmes needs no
 * query. Rebuilt when matching version 2 moves: triggers bump it on every change to programmes, what they teach and
 * require, organisations, and cohorts (for an UPDATE only when what is kept here changes, so enrolments, which move
 * `places_taken`, cause a rebuild only when a cohort fills up or frees its last place).
 */
export class ProgrammeIndex {
  private readonly cache: VersionedCache<ProgrammeSnapshot>;

  constructor(dataSource: DataSource, skills: SkillRegistry, today: () => string) {
    this.cache = new VersionedCache(() =>
      loadAtVersion(dataSource, PROGRAMME_VERSION, (manager, version) =>
        loadProgrammes(manager, version, skills, today()),
      ),
    );
  }

  at(version: string): Promise<ProgrammeSnapshot> {
    return this.cache.at(version);
  }
}

async function loadProgrammes(manager: EntityManager, version: string, skills: SkillRegistry, today: string) {
  const rows = await indexedProgrammes(manager);
  // A cohort whose applications closed before today can never be OPEN again: left out.
  const cohorts = await indexedCohorts(manager, today);
  const programmes: ProgrammeRow[] = rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    delivery: row.delivery,
    weeks: row.weeks,
    latitude: row.latitude,
    longitude: row.longitude,
    rules: {
      ...eligibilityRulesOf(row),
      essentialPrerequisites: (row.prerequisites ?? []).map(([skillId, level]) => ({ skillId, level })),
    },
    taught: (row.taught ?? []).map(([skillId, level]) => ({ skillId, level })),
  }));
  return buildProgrammeSnapshot(version, programmes, cohorts, skills);
}
