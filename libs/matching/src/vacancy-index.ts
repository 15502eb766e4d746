import { DataSource, EntityManager } from 'typeorm';
import { Point, withinTravel } from './distance';
import { stillMatchable } from './matchable-vacancy';
import { indexedRequirements, indexedVacancies, IndexedVacancyRow } from './matching.repository';
import { weightOf } from './scoring-model';
import { SkillRegistry } from './skill-registry';
import { Requirement } from './vacancy-score';
import { dayNumber, distancesFrom, Places, residentPoint } from './snapshot-parts';
import { loadAtVersion, VACANCY_VERSION, VersionedCache } from './versioned-cache';

/** A matchable vacancy as the index keeps it: the read model's row as loaded. */
export type VacancyRow = IndexedVacancyRow;

export interface RequirementRow {
  vacancyId: string;
  skillId: string;
  level: number;
  essential: boolean;
}

/**
 * The OPEN vacancies of verified employers as typed arrays, by slot. Requirements are stored twice: by vacancy
 * (what a vacancy asks for: scores and unmet essentials) and by skill (which vacancies a skill gain raises).
 */
export interface VacancySnapshot {
  version: string;
  ids: string[];
  slotOf: Map<string, number>;
  closesOn: Int32Array; // YYYYMMDD
  positionsOpen: Uint8Array;
  workplace: string[];
  remote: Uint8Array;
  place: Int32Array; // index into places, -1 when the ward is unknown
  places: Point[];
  weight: Int16Array; // Σ w of the vacancy's requirements
  reqStart: Int32Array; // requirements of slot v: reqStart[v] .. reqStart[v + 1]
  reqSkill: Int32Array;
  reqLevel: Int8Array;
  reqEssential: Uint8Array;
  postStart: Int32Array; // vacancies asking for skill s: postStart[s] .. postStart[s + 1]
  postSlot: Int32Array;
  postLevel: Int8Array;
  postEssential: Uint8Array;
}

/** Builds the snapshot from rows (pure, so tests build one without a database). Requirements of unknown vacancies are dropped. */
export function buildVacancySnapshot(
  version: string,
  vacancies: readonly VacancyRow[],
  requirements: readonly RequirementRow[],
  skills: SkillRegistry,
): VacancySnapshot {
  const size = vacancies.length;
  const slotOf = new Map(vacancies.map((v, slot) => [v.id, slot]));
  const kept = requirements.filter((r) => slotOf.has(r.vacancyId));
  const slotOfRow = kept.map((r) => slotOf.get(r.vacancyId)!);
  const skillOfRow = kept.map((r) => skills.intern(r.skillId));

  // By vacancy: a counting sort on slot.
  const reqStart = new Int32Array(size + 1);
  for (const slot of slotOfRow) reqStart[slot + 1] += 1;
  for (let slot = 0; slot < size; slot += 1) reqStart[slot + 1] += reqStart[slot];
  const reqSkill = new Int32Array(kept.length);
  const reqLevel = new Int8Array(kept.length);
  const reqEssential = new Uint8Array(kept.length);
  const weight = new Int16Array(size);
  const fill = reqStart.slice(0, size);
  kept.forEach((r, row) => {
    const slot = slotOfRow[row];
    const at = fill[slot]++;
    reqSkill[at] = skillOfRow[row];
    reqLevel[at] = r.level;
    reqEssential[at] = r.essential ? 1 : 0;
    weight[slot] += weightOf(r.essential);
  });

  // By skill: a counting sort on skill, visiting slots in order so each posting list is sorted by slot.
  const skillCount = skills.size;
  const postStart = new Int32Array(skillCount + 1);
  for (let at = 0; at < reqSkill.length; at += 1) postStart[reqSkill[at] + 1] += 1;
  for (let s = 0; s < skillCount; s += 1) postStart[s + 1] += postStart[s];
  const postSlot = new Int32Array(reqSkill.length);
  const postLevel = new Int8Array(reqSkill.length);
  const postEssential = new Uint8Array(reqSkill.length);
  const next = postStart.slice(0, skillCount);
  for (let slot = 0; slot < size; slot += 1) {
    for (let at = reqStart[slot]; at < reqStart[slot + 1]; at += 1) {
      const to = next[reqSkill[at]]++;
      postSlot[to] = slot;
      postLevel[to] = reqLevel[at];
      postEssential[to] = reqEssential[at];
    }
  }

  const places = new Places();
  return {
    version,
    ids: vacancies.map((v) => v.id),
    slotOf,
    closesOn: Int32Array.from(vacancies, (v) => dayNumber(v.closesOn)),
    positionsOpen: Uint8Array.from(vacancies, (v) => (v.positionsOpen ? 1 : 0)),
    workplace: vacancies.map((v) => v.workplace),
    remote: Uint8Array.from(vacancies, (v) => (v.workplace === 'REMOTE' ? 1 : 0)),
    place: Int32Array.from(vacancies, (v) => places.add(v.latitude, v.longitude)),
    places: places.points,
    weight,
    reqStart,
    reqSkill,
    reqLevel,
    reqEssential,
    postStart,
    postSlot,
    postLevel,
    postEssential,
  };
}

/** What the vacancy in `slot` asks for, as the scoring model sees it. */
export function requirementsAt(snapshot: VacancySnapshot, slot: number, skills: SkillRegistry): Requirement[] {
  const requirements: Requirement[] = [];
  for (let r = snapshot.reqStart[slot]; r < snapshot.reqStart[slot + 1]; r += 1) {
    requirements.push({
      skillId: skills.ids[snapshot.reqSkill[r]],
      level: snapshot.reqLevel[r],
      essential: snapshot.reqEssential[r] === 1,
    });
  }
  return requirements;
}

/**
 * The vacancy side of programme matching, held in memory by each API process: working out what programmes open and
 * improve visits hundreds of thousands of requirements per request, which typed arrays do in milliseconds and SQL
 * cannot (docs/benchmarks.md). Rebuilt when matching version 1 moves (bumped by triggers in every transaction that
 * changes a vacancy, a requirement or an organisation), so an answer is never computed on stale data.
 */
export class VacancyIndex {
  private readonly cache: VersionedCache<VacancySnapshot>;

  constructor(dataSource: DataSource, skills: SkillRegistry) {
    this.cache = new VersionedCache(() =>
      loadAtVersion(dataSource, VACANCY_VERSION, (manager, version) => loadVacancies(manager, version, skills)),
    );
  }

  at(version: string): Promise<VacancySnapshot> {
    return this.cache.at(version);
  }
}

async function loadVacancies(manager: EntityManager, version: string, skills: SkillRegistry) {
  const vacancies = await indexedVacancies(manager);
  const requirements = await indexedRequirements(manager);
  return buildVacancySnapshot(version, vacancies, requirements, skills);
}

/**
 * Which vacancies of the snapshot the resident may match (MATCHING.md rules 1 and 3, and the workplace filter):
 * open, closing today or later, positions left, verified employer (all indexed vacancies are), within travel.
 */
export function matchableMask(
  snapshot: VacancySnapshot,
  today: string,
  resident: { latitude: number | null; longitude: number | null; maxTravelKm: number | null },
  workplaces?: readonly string[] | null,
): Uint8Array {
  const mask = new Uint8Array(snapshot.ids.length);
  const todayNumber = dayNumber(today);
  // Distances only decide something when a limit is set; then once per ward, not per vacancy.
  const distances = resident.maxTravelKm === null ? [] : distancesFrom(residentPoint(resident), snapshot.places);
  for (let slot = 0; slot < mask.length; slot += 1) {
    if (!stillMatchable(snapshot.positionsOpen[slot], snapshot.closesOn[slot], todayNumber)) continue;
    if (workplaces?.length && !workplaces.includes(snapshot.workplace[slot])) continue;
    const place = snapshot.place[slot];
    const distance = snapshot.remote[slot] || place < 0 ? null : (distances[place] ?? null);
    if (!withinTravel(snapshot.remote[slot] === 1, distance, resident.maxTravelKm)) continue;
    mask[slot] = 1;
  }
  return mask;
}
