import { DataSource } from 'typeorm';
import { distanceKm, withinTravel } from './distance';

interface Postings {
  slots: Int32Array;
  levels: Int8Array;
  essential: Uint8Array;
}

/** One snapshot of the OPEN vacancies of verified employers and their requirements, by skill. */
export interface VacancySnapshot {
  version: string;
  ids: string[];
  closesOn: string[];
  positionsOpen: Uint8Array;
  remote: Uint8Array;
  latitude: Float64Array; // NaN when the vacancy has no ward
  longitude: Float64Array;
  workplace: string[];
  weight: Int16Array;
  essentials: Int16Array;
  bySkill: Map<string, Postings>;
}

/**
 * The vacancy side of programme matching, held in memory by each API process: counting what a programme opens and
 * improves visits millions of (programme, requirement) pairs, which typed arrays do in milliseconds and SQL cannot
 * (docs/benchmarks.md). It is rebuilt when the database's matching version moves (bumped by triggers in every
 * transaction that changes a vacancy, a requirement or an organisation), so an answer is never computed on stale data.
 */
export class VacancyIndex {
  private snapshot?: VacancySnapshot;
  private loading?: Promise<VacancySnapshot>;

  constructor(private readonly dataSource: DataSource) {}

  async current(): Promise<VacancySnapshot> {
    const [{ version }]: { version: string }[] = await this.dataSource.query(
      'SELECT version::text AS version FROM matching_version WHERE id = 1',
    );
    const snapshot = this.snapshot;
    if (snapshot && snapshot.version === version) return snapshot;
    if (!this.loading) {
      this.loading = this.load().finally(() => {
        this.loading = undefined;
      });
    }
    const loaded = await this.loading;
    this.snapshot = loaded;
    // A load that began before the change we saw: load again so the answer reflects it.
    return BigInt(loaded.version) >= BigInt(version) ? loaded : this.current();
  }

  private async load(): Promise<VacancySnapshot> {
    // One snapshot for the version and the rows, so the version names exactly the data read.
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const [{ version }] = await manager.query('SELECT version::text AS version FROM matching_version WHERE id = 1');
      const vacancies: {
        id: string;
        closes_on: string;
        open: boolean;
        workplace: string;
        latitude: number | null;
        longitude: number | null;
        requirement_weight: number;
        essential_requirements: number;
      }[] = await manager.query(
        `SELECT v.id, v.closes_on::text AS closes_on, v.positions_filled < v.positions AS open, v.workplace::text AS workplace,
                w.latitude, w.longitude, v.requirement_weight, v.essential_requirements
         FROM vacancies v JOIN organisations o ON o.id = v.employer_id AND o.verified
         LEFT JOIN wards w ON w.code = v.ward_code
         WHERE v.status = 'OPEN'
         ORDER BY v.id`,
      );
      const slotOf = new Map(vacancies.map((v, slot) => [v.id, slot]));
      const requirements: { skill_id: string; vacancy_id: string; level: number; essential: boolean }[] =
        await manager.query(
          `SELECT r.skill_id, r.vacancy_id, r.level, r.essential FROM vacancy_requirements r
         JOIN vacancies v ON v.id = r.vacancy_id AND v.status = 'OPEN'
         ORDER BY r.skill_id`,
        );
      const bySkill = new Map<string, Postings>();
      let start = 0;
      while (start < requirements.length) {
        let end = start;
        while (end < requirements.length && requirements[end].skill_id === requirements[start].skill_id) end += 1;
        const rows = requirements.slice(start, end).filter((r) => slotOf.has(r.vacancy_id));
        bySkill.set(requirements[start].skill_id, {
          slots: Int32Array.from(rows, (r) => slotOf.get(r.vacancy_id)!),
          levels: Int8Array.from(rows, (r) => r.level),
          essential: Uint8Array.from(rows, (r) => (r.essential ? 1 : 0)),
        });
        start = end;
      }
      return {
        version,
        ids: vacancies.map((v) => v.id),
        closesOn: vacancies.map((v) => v.closes_on),
        positionsOpen: Uint8Array.from(vacancies, (v) => (v.open ? 1 : 0)),
        remote: Uint8Array.from(vacancies, (v) => (v.workplace === 'REMOTE' ? 1 : 0)),
        latitude: Float64Array.from(vacancies, (v) => v.latitude ?? NaN),
        longitude: Float64Array.from(vacancies, (v) => v.longitude ?? NaN),
        workplace: vacancies.map((v) => v.workplace),
        weight: Int16Array.from(vacancies, (v) => v.requirement_weight),
        essentials: Int16Array.from(vacancies, (v) => v.essential_requirements),
        bySkill,
      };
    });
  }
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
  // The distance is only worked out when it can decide something (a limit is set and both wards are known).
  const here = resident.latitude === null ? null : { latitude: resident.latitude, longitude: resident.longitude! };
  for (let slot = 0; slot < mask.length; slot += 1) {
    if (!snapshot.positionsOpen[slot] || snapshot.closesOn[slot] < today) continue;
    if (workplaces?.length && !workplaces.includes(snapshot.workplace[slot])) continue;
    const distance =
      snapshot.remote[slot] || !here || resident.maxTravelKm === null || Number.isNaN(snapshot.latitude[slot])
        ? null
        : distanceKm(here, { latitude: snapshot.latitude[slot], longitude: snapshot.longitude[slot] });
    if (!withinTravel(snapshot.remote[slot] === 1, distance, resident.maxTravelKm)) continue;
    mask[slot] = 1;
  }
  return mask;
}
