import { compareProgrammeMatches, RankedProgramme } from './ordering';
import { Listing } from './programme-listing';
import { VacancySnapshot } from './vacancy-index';

/**
 * `vacanciesImproved` of listed programmes: the matchable vacancies asking for one of the programme's gained skills
 * above the resident's level (their score rises; those opened included). Gaining skill s improves exactly the set
 * B_s of matchable vacancies asking for s above the resident's level, so a programme improves |B_s1 ∪ B_s2 ∪ ...|:
 * at most Σ |B_s|, which is cheap, and exactly a walk over the postings of its gains, which is not.
 */
export class ImprovedCounter {
  /** By slot: the last programme that counted it, so a vacancy asking for two gained skills counts once. */
  private readonly seen: Int32Array;
  /** By skill: |B_s|, or -1 until first needed. */
  private readonly raisable: Int32Array;

  constructor(
    private readonly vacancies: VacancySnapshot,
    private readonly held: Int8Array,
    private readonly mask: Uint8Array,
    private readonly listing: Listing,
  ) {
    this.seen = new Int32Array(vacancies.ids.length).fill(-1);
    this.raisable = new Int32Array(held.length).fill(-1);
  }

  /** Σ |B_s| over the gains of listed programme i: never below its exact count. */
  upperBound(i: number): number {
    let bound = 0;
    for (let g = this.listing.gainStart[i]; g < this.listing.gainStart[i + 1]; g += 1) {
      const skill = this.listing.gainSkill[g];
      if (this.raisable[skill] < 0) this.raisable[skill] = this.walk(skill, -1);
      bound += this.raisable[skill];
    }
    return bound;
  }

  /** The exact count for listed programme i (each programme once: `seen` is keyed by it). */
  exact(i: number): number {
    let count = 0;
    for (let g = this.listing.gainStart[i]; g < this.listing.gainStart[i + 1]; g += 1) {
      count += this.walk(this.listing.gainSkill[g], i);
    }
    return count;
  }

  /** Vacancies of B_skill not yet marked for programme `mark` (-1: count without marking). */
  private walk(skill: number, mark: number): number {
    const { postStart, postSlot, postLevel } = this.vacancies;
    // The registry may have grown since this snapshot was built: later skills have no postings in it.
    if (skill + 1 >= postStart.length) return 0;
    const level = this.held[skill];
    let count = 0;
    for (let at = postStart[skill]; at < postStart[skill + 1]; at += 1) {
      const slot = postSlot[at];
      if (postLevel[at] <= level || !this.mask[slot]) continue;
      if (mark >= 0) {
        if (this.seen[slot] === mark) continue;
        this.seen[slot] = mark;
      }
      count += 1;
    }
    return count;
  }
}

export interface ProgrammeCandidates {
  count: number;
  /** Exact, for every candidate (cheap: pathway-finder). */
  opened: ArrayLike<number>;
  /** ≥ improved(i). */
  upperBound: (i: number) => number;
  /** Exact and costly (a postings walk): called only where it can change the answer. */
  improved: (i: number) => number;
  /** The candidate as compareProgrammeMatches sees it, with its exact improved count. */
  rank: (i: number, improved: number) => RankedProgramme;
}

export interface TopProgramme {
  index: number;
  improved: number;
}

/**
 * The first `k` candidates in MATCHING.md's order (opened desc, improved desc, then the later keys), with exact
 * improved counts, without counting improved for all of them. Opened is known for all: those opening more than the
 * k-th are in; the rest of the page comes from the group tied with the k-th on opened, where improved decides first.
 * That group is visited in descending upper bound, counting exactly, and the visit stops once the next upper bound
 * is below the improved count of the last programme the page would take from the group: nobody left can reach it.
 * An equal bound is still counted, as the later keys could rank it higher.
 */
export function topProgrammes(candidates: ProgrammeCandidates, k: number): TopProgramme[] {
  const { count, opened } = candidates;
  const entry = (index: number) => {
    const improved = candidates.improved(index);
    return { index, improved, ranked: candidates.rank(index, improved) };
  };
  const byOrder = (a: { ranked: RankedProgramme }, b: { ranked: RankedProgramme }) =>
    compareProgrammeMatches(a.ranked, b.ranked);
  const all = Array.from({ length: count }, (_, index) => index);
  if (count <= k) return strip(all.map(entry).sort(byOrder));

  const boundary = Int32Array.from(all, (i) => opened[i]).sort()[count - k]; // the k-th largest opened count
  const above = all.filter((i) => opened[i] > boundary).map(entry);
  const need = k - above.length;
  const tied = all
    .filter((i) => opened[i] === boundary)
    .map((index) => ({ index, bound: candidates.upperBound(index) }))
    .sort((a, b) => b.bound - a.bound);
  const best: ReturnType<typeof entry>[] = []; // the group's best `need` so far, in order
  for (const { index, bound } of tied) {
    if (best.length === need && bound < best[need - 1].improved) break;
    const candidate = entry(index);
    if (best.length === need && byOrder(candidate, best[need - 1]) >= 0) continue;
    best.splice(insertionPoint(best, candidate, byOrder), 0, candidate);
    if (best.length > need) best.pop();
  }
  return strip([...above, ...best].sort(byOrder));
}

/** Where `item` goes in the sorted `list` (after its equals). */
export function insertionPoint<T>(list: readonly T[], item: T, compare: (a: T, b: T) => number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compare(list[middle], item) <= 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

const strip = (entries: { index: number; improved: number }[]): TopProgramme[] =>
  entries.map(({ index, improved }) => ({ index, improved }));
