import { Injectable } from '@nestjs/common';
import { WardsDocument, WardsQuery } from '../graphql/generated';
import { GraphQLApi } from '../graphql/graphql-api';

/** How long the list is kept: the 32 wards are reference data that change only with a new release. */
const KEEP_MS = 10 * 60 * 1000;

/**
 * The wards for the "near" and "your ward" choices, read through the public API and kept for a few minutes (like
 * SkillOptions): every search page asked the API for the same 32 wards, a whole API call a page.
 */
@Injectable()
export class WardOptions {
  private kept?: { at: number; answer: Promise<WardsQuery> };

  constructor(private readonly api: GraphQLApi) {}

  /** `{ wards }`, as the Wards query answers. */
  all(): Promise<WardsQuery> {
    if (!this.kept || Date.now() - this.kept.at > KEEP_MS) {
      const answer = this.api.request(WardsDocument, {});
      this.kept = { at: Date.now(), answer };
      answer.catch(() => (this.kept = undefined));
    }
    return this.kept.answer;
  }
}
