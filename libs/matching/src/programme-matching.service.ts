import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { londonToday } from '@app/reference';
import { programmesClosing } from './closing-programmes';
import { ProgrammeIndex } from './programme-index';
import {
  matchingSnapshots,
  MatchingSnapshots,
  PathwayRow,
  ProgrammeMatchRow,
  rankPathways,
  rankProgrammes,
} from './programme-ranking';
import { missingAnswerHints, MissingAnswerHint } from './missing-answers';
import { ResidentContext } from './resident-context';
import { SkillRegistry } from './skill-registry';
import { VacancyIndex } from './vacancy-index';
import { readMatchingVersions } from './versioned-cache';
import { MatchFilter } from './vacancy-matching.service';

export type { ListedProgramme } from './programme-listing';
export type { PathwayRow, ProgrammeMatchRow } from './programme-ranking';

/**
 * Resident → programmes and programme → vacancy pathways (MATCHING.md), computed in memory over two snapshots that
 * each API process keeps of the vacancies and of the programme catalogue (docs/matching.md). Every request reads both
 * matching versions first (one primary-key read) and reloads a snapshot whose version has moved, so answers follow
 * the data at once.
 */
@Injectable()
export class ProgrammeMatchingService {
  private readonly skills = new SkillRegistry();
  private readonly vacancyIndex: VacancyIndex;
  private readonly programmeIndex: ProgrammeIndex;
  /** The last pair of snapshots joined (a few milliseconds of work, redone only when either is reloaded). */
  private current?: MatchingSnapshots;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    this.vacancyIndex = new VacancyIndex(dataSource, this.skills);
    this.programmeIndex = new ProgrammeIndex(dataSource, this.skills, londonToday);
  }

  /** Listed programmes with the vacancies each opens and improves, in MATCHING.md's order; those gaining nothing left out. */
  async matchProgrammes(resident: ResidentContext, filter: MatchFilter, limit: number): Promise<ProgrammeMatchRow[]> {
    const snapshots = await this.snapshots();
    return rankProgrammes(snapshots, resident, filter, limit, londonToday(), await this.interestSkills(resident));
  }

  /**
   * The skills of the resident's interest categories, by skill index (docs/matching.md "Interests"); null when they
   * chose none, so most requests read nothing more.
   */
  private async interestSkills(resident: ResidentContext): Promise<Uint8Array | null> {
    if (!resident.interests?.length) return null;
    const rows: { id: string }[] = await this.dataSource.query(
      'SELECT id FROM skills WHERE category = ANY($1::text[])',
      [resident.interests],
    );
    const mask = new Uint8Array(this.skills.size);
    for (const { id } of rows) {
      const index = this.skills.find(id);
      if (index !== undefined) mask[index] = 1;
    }
    return mask;
  }

  /** Programmes listed for the resident that close some of `gaps` (skill id → level required), best first. */
  async programmesClosing(resident: ResidentContext, gaps: ReadonlyMap<string, number>, limit: number) {
    return programmesClosing(await this.snapshots(), resident, gaps, londonToday(), limit);
  }

  /** Programme → vacancy pathways: listed programmes paired with the vacancies they open, in MATCHING.md's order. */
  async pathways(resident: ResidentContext, limit: number, vacancyIds?: readonly string[]): Promise<PathwayRow[]> {
    return rankPathways(await this.snapshots(), resident, limit, londonToday(), vacancyIds);
  }

  /** Answers the resident has not given that would list more programmes, and how many more (missing-answers.ts). */
  async missingAnswerHints(resident: ResidentContext, kinds?: readonly string[] | null): Promise<MissingAnswerHint[]> {
    const { programmes, skills } = await this.snapshots();
    return missingAnswerHints(programmes, skills, resident, londonToday(), kinds);
  }

  private async snapshots(): Promise<MatchingSnapshots> {
    const versions = await readMatchingVersions(this.dataSource);
    const [vacancies, programmes] = await Promise.all([
      this.vacancyIndex.at(versions.vacancies),
      this.programmeIndex.at(versions.programmes),
    ]);
    const current = this.current;
    if (current && current.vacancies === vacancies && current.programmes === programmes) return current;
    this.current = matchingSnapshots(vacancies, programmes, this.skills);
    return this.current;
  }
}
