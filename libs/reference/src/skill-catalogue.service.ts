import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource, In } from 'typeorm';
import { SkillEntity } from './entities/skill.entity';

export interface SkillSearch {
  search?: string;
  category?: string;
  offset: number;
  limit: number;
}

export interface SkillPage {
  skills: SkillEntity[];
  totalCount: number;
}

/** Escapes LIKE wildcards so a search for "c_" or "100%" means those characters literally. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

@Injectable()
export class SkillCatalogueService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Case-insensitive search over names and alt labels. Ranking: an exact label first, then a label starting with the
   * text, then any other label containing it or close to it (trigram word similarity), best first; ties by name.
   * Without search text, skills come alphabetically.
   */
  async search({ search, category, offset, limit }: SkillSearch): Promise<SkillPage> {
    const text = search?.trim().toLowerCase() ?? '';
    const params: unknown[] = [];
    const where: string[] = [];
    if (category) {
      params.push(category);
      where.push(`lower(category) = lower($${params.length})`);
    }
    let ranking = '';
    if (text) {
      params.push(escapeLike(text), text);
      const like = `$${params.length - 1}`;
      const raw = `$${params.length}`;
      where.push(`(search_text LIKE '%' || ${like} || '%' OR ${raw} <% search_text)`);
      const rank = `CASE WHEN (E'\\n' || search_text || E'\\n') LIKE '%' || E'\\n' || ${like} || E'\\n' || '%' THEN 0
                   WHEN (E'\\n' || search_text) LIKE '%' || E'\\n' || ${like} || '%' THEN 1
                   WHEN search_text LIKE '%' || ${like} || '%' THEN 2
                   ELSE 3 END`;
      ranking = `${rank}, word_similarity(${raw}, search_text) DESC, `;
    }
    const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
    params.push(limit, offset);
    const rows: (SkillEntity & { total: string })[] = await this.dataSource.query(
      `SELECT id, name, category, esco_uri AS "escoUri", alt_labels AS "altLabels", description, curated,
              count(*) OVER () AS total
       FROM skills ${filter}
       ORDER BY ${ranking}name, id
       LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    const totalCount = rows.length > 0 ? Number(rows[0].total) : await this.count(filter, params.slice(0, -2));
    return { skills: rows.map(({ total: _total, ...skill }) => skill as SkillEntity), totalCount };
  }

  private async count(filter: string, params: unknown[]): Promise<number> {
    const [{ total }] = await this.dataSource.query(`SELECT count(*) AS total FROM skills ${filter}`, params);
    return Number(total);
  }

  findById(id: string): Promise<SkillEntity | null> {
    return this.dataSource.getRepository(SkillEntity).findOneBy({ id });
  }

  /** The ids among `ids` that name no skill (malformed ids included). */
  async findUnknownIds(ids: readonly string[]): Promise<string[]> {
    const wellFormed = ids.filter((id) => isUUID(id));
    const known = wellFormed.length
      ? new Set((await this.dataSource.getRepository(SkillEntity).findBy({ id: In(wellFormed) })).map((s) => s.id))
      : new Set<string>();
    return ids.filter((id) => !known.has(id));
  }

  findByIds(ids: readonly string[]): Promise<SkillEntity[]> {
    return this.dataSource.getRepository(SkillEntity).findBy({ id: In([...ids]) });
  }
}
