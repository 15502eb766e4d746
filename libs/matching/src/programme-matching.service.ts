import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SqlParams } from '@app/database';
import { londonToday } from '@app/reference';
import { distanceKm, withinTravel } from './distance';
import { EligibilityRules, isEligible } from './eligibility';
import { credit, distanceKm as sqlDistanceKm, matchableVacancy } from './matching.sql';
import { compareProgrammeMatches, comparePathways } from './ordering';
import { ResidentContext } from './resident-context';
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
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

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
    const counts = await this.pairs(resident, listed, filter, {
      select: `programme_id, count(*)::int AS improved, (count(*) FILTER (WHERE opened))::int AS opened`,
      groupBy: 'programme_id',
    });
    const byProgramme = new Map(counts.map((row) => [row.programme_id as string, row]));
    return listed
      .map((programme) => ({
        ...programme,
        vacanciesImproved: (byProgramme.get(programme.programmeId)?.improved as number) ?? 0,
        vacanciesOpened: (byProgramme.get(programme.programmeId)?.opened as number) ?? 0,
      }))
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
    const rows = await this.pairs(
      resident,
      listed,
      {},
      {
        select: 'programme_id, vacancy_id, score_before, score_after',
        where: 'opened',
        vacancyIds,
      },
    );
    const byId = new Map(listed.map((programme) => [programme.programmeId, programme]));
    const pathways = rows.map((row) => ({
      programme: byId.get(row.programme_id as string)!,
      vacancyId: row.vacancy_id as string,
      scoreBefore: row.score_before as number,
      scoreAfter: row.score_after as number,
    }));
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
   * For each (listed programme, matchable vacancy) pair where the programme raises a requirement the resident does
   * not yet meet: the score before and after, and whether it opens the vacancy (all essentials met after, not now).
   */
  private pairs(
    resident: ResidentContext,
    listed: ListedProgramme[],
    filter: MatchFilter,
    shape: { select: string; groupBy?: string; where?: string; vacancyIds?: readonly string[] },
  ): Promise<Record<string, unknown>[]> {
    const sql = new SqlParams();
    const skillIds = sql.param([...resident.skills.keys()]);
    const levels = sql.param([...resident.skills.values()]);
    const gainProgramme = sql.param(listed.flatMap((p) => p.skillsGained.map(() => p.programmeId)));
    const gainSkill = sql.param(listed.flatMap((p) => p.skillsGained.map((g) => g.skillId)));
    const gainLevel = sql.param(listed.flatMap((p) => p.skillsGained.map((g) => g.level)));
    const lat = sql.param(resident.latitude);
    const lon = sql.param(resident.longitude);
    const maxTravel = sql.param(resident.maxTravelKm);
    const where = [matchableVacancy(sql.param(londonToday()))];
    if (filter.workplaces?.length) where.push(`v.workplace = ANY(${sql.param(filter.workplaces)}::workplace[])`);
    if (shape.vacancyIds) where.push(`v.id = ANY(${sql.param(shape.vacancyIds)}::uuid[])`);
    const distance = sqlDistanceKm(`${lat}::float8`, `${lon}::float8`, 'w.latitude', 'w.longitude');
    where.push(`(v.workplace = 'REMOTE' OR w.code IS NULL OR ${lat}::float8 IS NULL OR ${maxTravel}::float8 IS NULL
                 OR ${distance} <= ${maxTravel}::float8)`);
    return this.dataSource.query(
      `WITH rs AS (SELECT * FROM unnest(${skillIds}::uuid[], ${levels}::int[]) AS t(skill_id, level)),
       gain AS (
         SELECT g.programme_id, g.skill_id, g.level AS g, coalesce(rs.level, 0) AS l
         FROM unnest(${gainProgramme}::uuid[], ${gainSkill}::uuid[], ${gainLevel}::int[]) AS g(programme_id, skill_id, level)
         LEFT JOIN rs ON rs.skill_id = g.skill_id),
       touched AS (
         SELECT g.programme_id, r.vacancy_id, sum(${credit('g.g')} - ${credit('g.l')}) AS delta,
                count(*) FILTER (WHERE r.essential AND g.g >= r.level) AS closes
         FROM gain g JOIN vacancy_requirements r ON r.skill_id = g.skill_id AND r.level > g.l
         GROUP BY g.programme_id, r.vacancy_id),
       now AS (
         SELECT r.vacancy_id, sum(${credit('rs.level')}) AS credit,
                count(*) FILTER (WHERE r.essential AND rs.level >= r.level) AS met
         FROM rs JOIN vacancy_requirements r ON r.skill_id = rs.skill_id
         GROUP BY r.vacancy_id),
       pairs AS (
         SELECT t.programme_id, t.vacancy_id,
                coalesce(n.credit, 0)::float8 / (12 * v.requirement_weight) AS score_before,
                (coalesce(n.credit, 0) + t.delta)::float8 / (12 * v.requirement_weight) AS score_after,
                v.essential_requirements > coalesce(n.met, 0) AND t.closes = v.essential_requirements - coalesce(n.met, 0) AS opened
         FROM touched t
         JOIN vacancies v ON v.id = t.vacancy_id
         JOIN organisations o ON o.id = v.employer_id
         LEFT JOIN wards w ON w.code = v.ward_code
         LEFT JOIN now n ON n.vacancy_id = t.vacancy_id
         WHERE ${where.join(' AND ')})
       SELECT ${shape.select} FROM pairs ${shape.where ? `WHERE ${shape.where}` : ''} ${shape.groupBy ? `GROUP BY ${shape.groupBy}` : ''}`,
      sql.values,
    );
  }
}
