import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SqlParams } from '@app/database';
import { londonToday } from '@app/reference';
import { distanceKm, withinTravel } from './distance';
import { EligibilityRules, isEligible } from './eligibility';
import { compareProgrammeMatches, comparePathways } from './ordering';
import { ResidentContext } from './resident-context';
import { matchableMask, VacancyIndex } from './vacancy-index';
import { MatchFilter } from './vacancy-matching.service';

/** A programme the resident could start next (MATCHING.md "Programme matches"), before counting what it opens. */
export interface ListedProgramme {
  programmeId: string;
  cohortId: string;
  cohortStart: string;
  weeks: number;
  distanceKm: number | null;
  skillsGained: { skillId: string; level: number }[];
}

export interface ProgrammeMatchRow extends ListedProgramme {
  vacanciesOpened: number;
  vacanciesImproved: number;
}

export interface PathwayRow {
  programme: ListedProgramme;
  vacancyId: string;
  scoreBefore: number;
  scoreAfter: number;
}

interface CandidateRow {
  id: string;
  delivery: string;
  duration_weeks: number;
  latitude: number | null;
  longitude: number | null;
  min_age: number | null;
  max_age: number | null;
  employment_statuses: string[];
  residency: EligibilityRules['residency'];
  target_groups: string[];
  min_qualification_level: number | null;
  cohort_id: string;
  cohort_start: string;
  taught: [string, number][];
  prerequisites: [string, number][];
}

/** Parses a PostgreSQL array literal of enum values ({A,B}) as pg returns it for enum arrays. */
const enumArray = (value: string[] | string): string[] =>
  Array.isArray(value)
    ? value
    : value
        .replace(/^\{|\}$/g, '')
        .split(',')
        .filter(Boolean);

/**
 * Resident → programmes and programme → vacancy pathways (MATCHING.md). Which programmes are listed is decided in
 * code with the one eligibility function; what each opens and improves is counted in SQL over the requirement index.
 */
@Injectable()
export class ProgrammeMatchingService {
  private readonly index: VacancyIndex;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    this.index = new VacancyIndex(dataSource);
  }

  /** Published, verified, with an open cohort with places, eligible, within reach, and gaining the resident a skill. */
  async listedProgrammes(resident: ResidentContext, kinds?: string[] | null): Promise<ListedProgramme[]> {
    const sql = new SqlParams();
    const today = sql.param(londonToday());
    const skillIds = sql.param([...resident.skills.keys()]);
    const levels = sql.param([...resident.skills.values()]);
    const kindFilter = kinds?.length ? `AND p.kind = ANY(${sql.param(kinds)}::programme_kind[])` : '';
    const rows: CandidateRow[] = await this.dataSource.query(
      `WITH rs AS (SELECT * FROM unnest(${skillIds}::uuid[], ${levels}::int[]) AS t(skill_id, level))
       SELECT p.id, p.delivery, p.duration_weeks, w.latitude, w.longitude, p.min_age, p.max_age, p.employment_statuses,
              p.residency, p.target_groups, p.min_qualification_level, c.id AS cohort_id, c.start_date::text AS cohort_start,
              (SELECT json_agg(json_build_array(t.skill_id, t.level)) FROM programme_skills_taught t
                 LEFT JOIN rs ON rs.skill_id = t.skill_id
                WHERE t.programme_id = p.id AND t.level > coalesce(rs.level, 0)) AS taught,
              coalesce((SELECT json_agg(json_build_array(q.skill_id, q.level)) FROM programme_prerequisites q
                WHERE q.programme_id = p.id AND q.essential), '[]') AS prerequisites
       FROM programmes p
       JOIN organisations o ON o.id = p.provider_id AND o.verified
       LEFT JOIN wards w ON w.code = p.ward_code
       JOIN LATERAL (
         SELECT c.id, c.start_date FROM cohorts c
         WHERE c.programme_id = p.id AND c.cancelled_at IS NULL AND c.start_date > ${today}::date
           AND c.applications_close_on >= ${today}::date AND c.places_taken < c.capacity
         ORDER BY c.start_date, c.id LIMIT 1) c ON true
       WHERE p.published ${kindFilter}
         AND EXISTS (SELECT 1 FROM programme_skills_taught t LEFT JOIN rs ON rs.skill_id = t.skill_id
                     WHERE t.programme_id = p.id AND t.level > coalesce(rs.level, 0))`,
      sql.values,
    );
    const here = resident.latitude === null ? null : { latitude: resident.latitude, longitude: resident.longitude! };
    return rows.flatMap((row) => {
      const eligible = isEligible(
        resident,
        {
          minAge: row.min_age,
          maxAge: row.max_age,
          employmentStatuses: enumArray(row.employment_statuses),
          residency: row.residency,
          targetGroups: enumArray(row.target_groups),
          minQualificationLevel: row.min_qualification_level,
          essentialPrerequisites: row.prerequisites.map(([skillId, level]) => ({ skillId, level })),
        },
        row.cohort_start,
      );
      if (!eligible) return [];
      const distance =
        row.delivery === 'ONLINE' || here === null || row.latitude === null
          ? null
          : distanceKm(here, { latitude: row.latitude, longitude: row.longitude! });
      if (!withinTravel(row.delivery === 'ONLINE', distance, resident.maxTravelKm)) return [];
      return [
        {
          programmeId: row.id,
          cohortId: row.cohort_id,
          cohortStart: row.cohort_start,
          weeks: row.duration_weeks,
          distanceKm: distance,
          skillsGained: (row.taught ?? []).map(([skillId, level]) => ({ skillId, level })),
        },
      ];
    });
  }

  /** Listed programmes with the vacancies each opens and improves, in MATCHING.md's order; those gaining nothing left out. */
  async matchProgrammes(resident: ResidentContext, filter: MatchFilter, limit: number): Promise<ProgrammeMatchRow[]> {
    const listed = await this.listedProgrammes(resident, filter.kinds);
    if (listed.length === 0) return [];
    const { improved, opened } = await this.countPairs(resident, listed, filter);
    return listed
      .map((programme, index) => ({ ...programme, vacanciesImproved: improved[index], vacanciesOpened: opened[index] }))
      .sort((a, b) =>
        compareProgrammeMatches(
          { ...a, skillsGained: a.skillsGained.length, nextCohortStart: a.cohortStart, id: a.programmeId },
          { ...b, skillsGained: b.skillsGained.length, nextCohortStart: b.cohortStart, id: b.programmeId },
        ),
      )
      .slice(0, limit);
  }

  /** Programme → vacancy pathways: listed programmes paired with the vacancies they open, in MATCHING.md's order. */
  async pathways(resident: ResidentContext, limit: number, vacancyIds?: readonly string[]): Promise<PathwayRow[]> {
    const listed = await this.listedProgrammes(resident);
    if (listed.length === 0) return [];
    const { pathways } = await this.countPairs(resident, listed, {}, vacancyIds ?? null);
    const rank = (p: PathwayRow) => ({
      scoreBefore: p.scoreBefore,
      scoreAfter: p.scoreAfter,
      weeks: p.programme.weeks,
      cohortStart: p.programme.cohortStart,
      vacancyId: p.vacancyId,
      programmeId: p.programme.programmeId,
    });
    return pathways.sort((a, b) => comparePathways(rank(a), rank(b))).slice(0, vacancyIds ? undefined : limit);
  }

  /**
   * For every listed programme, over the in-memory vacancy index: how many matchable vacancies its skill gains
   * improve (a requirement the resident does not meet rises) and open (every unmet essential requirement is met
   * after), and, when asked, the opened pairs as pathways with the score before and after. Scores use the integer
   * credit of scoreVacancy, so they equal the SQL and unit-tested ones exactly.
   */
  private async countPairs(
    resident: ResidentContext,
    listed: ListedProgramme[],
    filter: MatchFilter,
    pathwayVacancyIds: readonly string[] | null = null,
  ) {
    const snapshot = await this.index.current();
    const size = snapshot.ids.length;
    const mask = matchableMask(snapshot, londonToday(), resident, filter.workplaces);
    if (pathwayVacancyIds) {
      const wanted = new Set(pathwayVacancyIds);
      for (let slot = 0; slot < size; slot += 1) if (mask[slot] && !wanted.has(snapshot.ids[slot])) mask[slot] = 0;
    }
    // The resident's credit and met essentials on every vacancy now.
    const creditNow = new Int32Array(size);
    const metNow = new Int16Array(size);
    for (const [skillId, level] of resident.skills) {
      const postings = snapshot.bySkill.get(skillId);
      if (!postings) continue;
      for (let i = 0; i < postings.slots.length; i += 1) {
        const slot = postings.slots[i];
        const required = postings.levels[i];
        creditNow[slot] += (postings.essential[i] ? 2 : 1) * Math.min(level, required) * (12 / required);
        if (postings.essential[i] && level >= required) metNow[slot] += 1;
      }
    }
    const stamp = new Int32Array(size).fill(-1);
    const delta = new Int32Array(size);
    const closes = new Int16Array(size);
    const touched = new Int32Array(size);
    const improved = new Array<number>(listed.length).fill(0);
    const opened = new Array<number>(listed.length).fill(0);
    const pathways: PathwayRow[] = [];
    listed.forEach((programme, index) => {
      let count = 0;
      for (const gain of programme.skillsGained) {
        const postings = snapshot.bySkill.get(gain.skillId);
        if (!postings) continue;
        const held = resident.skills.get(gain.skillId) ?? 0;
        for (let i = 0; i < postings.slots.length; i += 1) {
          const slot = postings.slots[i];
          const required = postings.levels[i];
          if (required <= held || !mask[slot]) continue;
          if (stamp[slot] !== index) {
            stamp[slot] = index;
            delta[slot] = 0;
            closes[slot] = 0;
            touched[count] = slot;
            count += 1;
          }
          const weight = postings.essential[i] ? 2 : 1;
          delta[slot] += weight * (Math.min(gain.level, required) - held) * (12 / required);
          if (postings.essential[i] && gain.level >= required) closes[slot] += 1;
        }
      }
      improved[index] = count;
      for (let t = 0; t < count; t += 1) {
        const slot = touched[t];
        const unmet = snapshot.essentials[slot] - metNow[slot];
        if (unmet === 0 || closes[slot] !== unmet) continue;
        opened[index] += 1;
        const denominator = 12 * snapshot.weight[slot];
        pathways.push({
          programme,
          vacancyId: snapshot.ids[slot],
          scoreBefore: creditNow[slot] / denominator,
          scoreAfter: (creditNow[slot] + delta[slot]) / denominator,
        });
      }
    });
    return { improved, opened, pathways };
  }
}
