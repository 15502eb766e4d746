import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { KeysetPage, KeysetPosition, SqlParams } from '@app/database';
import { OrganisationEntity } from './entities/organisation.entity';
import { UserEntity } from './entities/user.entity';
import { OrganisationKind } from './role';

export interface OrganisationListFilter {
  verified?: boolean | null;
  kinds?: OrganisationKind[] | null;
  /** Part of the name, any case. */
  search?: string | null;
}

/** `%`, `_` and `\` typed into a name search are meant literally. */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * The list brokers work through (the verification queue): unverified organisations first, and within each group
 * the oldest first, so the organisation that has waited longest is at the top. A position in this order is a
 * KeysetPosition whose rank is 0 for unverified and 1 for verified, so cursors stay put while organisations
 * register or are verified elsewhere in the list.
 */
@Injectable()
export class OrganisationDirectory {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async page(
    filter: OrganisationListFilter,
    limit: number,
    after?: KeysetPosition,
  ): Promise<KeysetPage<OrganisationEntity>> {
    const sql = new SqlParams();
    const where: string[] = ['true'];
    if (filter.verified !== null && filter.verified !== undefined)
      where.push(`o.verified = ${sql.param(filter.verified)}`);
    if (filter.kinds?.length) where.push(`o.kind::text = ANY(${sql.param(filter.kinds)}::text[])`);
    const search = filter.search?.trim();
    if (search) where.push(`o.name ILIKE ${sql.param(likePattern(search))}`);
    const from = `FROM organisations o WHERE ${where.join(' AND ')}`;
    const [{ total }] = (await this.dataSource.query(`SELECT count(*)::int AS total ${from}`, sql.values)) as {
      total: number;
    }[];
    const rank = `(CASE WHEN o.verified THEN 1 ELSE 0 END)::real`;
    const pageWhere = after
      ? ` AND (${rank}, o.created_at, o.id) > (${sql.param(after.rank)}::real, ${sql.param(after.createdAt)}::timestamptz, ${sql.param(after.id)}::uuid)`
      : '';
    const rows = (await this.dataSource.query(
      `SELECT o.id, ${rank} AS rank, o.created_at::text AS created_at ${from}${pageWhere}
       ORDER BY ${rank}, o.created_at, o.id LIMIT ${sql.param(limit + 1)}`,
      sql.values,
    )) as { id: string; rank: number; created_at: string }[];
    const page = rows.slice(0, limit);
    const ids = page.map((row) => row.id);
    const byId = new Map(
      (ids.length ? await this.dataSource.getRepository(OrganisationEntity).findBy({ id: In(ids) }) : []).map((o) => [
        o.id,
        o,
      ]),
    );
    return {
      totalCount: total,
      hasNextPage: rows.length > limit,
      items: page.map((row) => ({
        item: byId.get(row.id)!,
        position: { rank: row.rank, createdAt: row.created_at, id: row.id },
      })),
    };
  }

  /** The people of each organisation, first registered first. */
  async membersOf(organisationIds: readonly string[]): Promise<UserEntity[]> {
    if (!organisationIds.length) return [];
    return this.dataSource
      .getRepository(UserEntity)
      .find({ where: { organisationId: In([...organisationIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });
  }
}
