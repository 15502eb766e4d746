import { insertionPoint } from './improved-count';
import { comparePathways, RankedPathway } from './ordering';
import { PairVisitor } from './pathway-finder';
import { ProgrammeSnapshot } from './programme-index';
import { Listing } from './programme-listing';
import { CREDIT_SCALE } from './scoring-model';
import { VacancySnapshot } from './vacancy-index';

export interface FoundPathway extends RankedPathway {
  listed: number;
  slot: number;
}

/**
 * Collects opened pairs as pathways in MATCHING.md's order: all of them, or only the best `keep`. Keeping the best
 * few, it tells the pair finder what cannot rank: a vacancy whose best possible score after (every requirement raised
 * as far as any listed programme teaches) and gain fall below the last pathway kept is skipped; when they tie with it,
 * only programmes no longer (weeks) than its programme can still rank above it, so the others are never checked.
 */
export class BestPathways implements PairVisitor {
  readonly found: FoundPathway[] = [];
  readonly key: Int16Array;

  constructor(
    private readonly vacancies: VacancySnapshot,
    private readonly programmes: ProgrammeSnapshot,
    private readonly listing: Listing,
    private readonly credit: Int32Array,
    private readonly keep: number | null,
  ) {
    this.key = Int16Array.from(listing.programme, (p) => programmes.weeks[p]);
  }

  vacancy(slot: number, maxCreditAdded: number): number {
    const last = this.last();
    if (!last) return Number.MAX_SAFE_INTEGER;
    const denominator = CREDIT_SCALE * this.vacancies.weight[slot];
    const bestAfter = (this.credit[slot] + maxCreditAdded) / denominator;
    const bestGain = bestAfter - this.credit[slot] / denominator;
    const lastGain = last.scoreAfter - last.scoreBefore;
    if (bestAfter < last.scoreAfter || (bestAfter === last.scoreAfter && bestGain < lastGain)) return -1;
    if (bestAfter === last.scoreAfter && bestGain === lastGain) return last.weeks;
    return Number.MAX_SAFE_INTEGER;
  }

  pair(i: number, slot: number, creditAdded: number): void {
    const denominator = CREDIT_SCALE * this.vacancies.weight[slot];
    const scoreAfter = (this.credit[slot] + creditAdded) / denominator;
    const last = this.last();
    if (last && scoreAfter < last.scoreAfter) return; // most pairs: no object made
    const { programmes, listing } = this;
    const pathway = {
      scoreBefore: this.credit[slot] / denominator,
      scoreAfter,
      weeks: programmes.weeks[listing.programme[i]],
      cohortStart: programmes.cohortStartDate[listing.cohort[i]],
      vacancyId: this.vacancies.ids[slot],
      programmeId: programmes.ids[listing.programme[i]],
      listed: i,
      slot,
    };
    if (this.keep === null) {
      this.found.push(pathway);
      return;
    }
    if (last && comparePathways(pathway, last) >= 0) return;
    this.found.splice(insertionPoint(this.found, pathway, comparePathways), 0, pathway);
    if (this.found.length > this.keep) this.found.pop();
  }

  /** The pathways in order. */
  sorted(): FoundPathway[] {
    return this.keep === null ? this.found.sort(comparePathways) : this.found;
  }

  /** The last pathway kept once `keep` are, the one a newcomer must beat; none while all are kept. */
  private last(): FoundPathway | undefined {
    return this.keep !== null && this.found.length >= this.keep ? this.found[this.keep - 1] : undefined;
  }
}
