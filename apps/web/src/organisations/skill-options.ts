import { Injectable } from '@nestjs/common';
import { SkillListDocument } from '../graphql/generated';
import { GraphQLApi } from '../graphql/graphql-api';

export interface SkillOption {
  id: string;
  name: string;
}

/** How long the list is kept: the taxonomy changes only when an admin imports ESCO, rarely. */
const KEEP_MS = 10 * 60 * 1000;

/**
 * Every skill of the taxonomy, by name, for the skill choices of the vacancy and programme forms (a select works
 * without JavaScript). Read through the public API page by page and kept for a few minutes.
 */
@Injectable()
export class SkillOptions {
  private kept?: { at: number; skills: Promise<SkillOption[]> };

  constructor(private readonly api: GraphQLApi) {}

  all(): Promise<SkillOption[]> {
    if (!this.kept || Date.now() - this.kept.at > KEEP_MS) {
      const skills = this.load();
      this.kept = { at: Date.now(), skills };
      skills.catch(() => (this.kept = undefined));
    }
    return this.kept.skills;
  }

  private async load(): Promise<SkillOption[]> {
    const skills: SkillOption[] = [];
    let after: string | undefined;
    // At most 50 pages of 100: a bound, so a fault can never loop for ever.
    for (let page = 0; page < 50; page += 1) {
      const { skills: found } = await this.api.request(SkillListDocument, { after });
      skills.push(...found.edges.map((edge) => edge.node));
      if (!found.pageInfo.hasNextPage || !found.pageInfo.endCursor) break;
      after = found.pageInfo.endCursor;
    }
    return skills.sort((a, b) => a.name.localeCompare(b.name));
  }
}
