import { Listing } from './programme-listing';
import { creditGained } from './scoring-model';
import { Teachers, teachersBySkill } from './teachers';
import { VacancyOpeners } from './vacancy-openers';
import { VacancySnapshot } from './vacancy-index';

const EVERY = 0x3fffffff;

/** What forEach reports, and how a caller that keeps only the best pairs lets it skip the rest. */
export interface PairVisitor {
  /**
   * Called before the pairs of a vacancy, with the most credit any listed programme could add to it. Returns the
   * largest `key` of a programme still worth trying on it, or -1 to skip the vacancy.
   */
  vacancy?(slot: number, maxCreditAdded: number): number;
  /** By listing index, compared with what `vacancy` returns. */
  key?: ArrayLike<number>;
  /** An opened pair, with the credit the programme adds to the vacancy. */
  pair(listed: number, slot: number, creditAdded: number): void;
}

/**
 * The (listed programme, vacancy) pairs in which the programme opens the vacancy (MATCHING.md `vacanciesOpened`):
 * the vacancy is matchable, the resident misses at least one essential requirement now, and the programme's taught
 * levels meet every essential requirement they miss.
 *
 * Found vacancy by vacancy, from the vacancy's side: a programme that opens v teaches each essential skill the
 * resident misses at the required level or above. When they miss one, exactly its teachers at that level open v.
 * When they miss every essential of v (the usual case), the programmes that teach them all are known in advance
 * (VacancyOpeners), and are nearly always none. Otherwise the teachers of the rarest essential missed are checked
 * against the others. The work follows the pairs that open, not every programme × requirement (docs/matching.md).
 */
export class OpenedPairFinder {
  private readonly teachers: Teachers;
  /** Scratch, by skill: the current vacancy's requirement the resident does not meet, or -1. */
  private readonly requirementOf: Int32Array;
  /**
   * The candidates for the current vacancy: list[from .. to), listing indexes, or programme snapshot indexes when
   * `byProgramme`; how many essentials the resident misses, and the rarest of them.
   */
  private list: Int32Array;
  private byProgramme = false;
  private from = 0;
  private to = 0;
  private unmet = 0;
  private rarest = -1;

  constructor(
    private readonly vacancies: VacancySnapshot,
    private readonly openers: VacancyOpeners,
    private readonly held: Int8Array,
    private readonly metEssentials: Int16Array,
    private readonly listing: Listing,
  ) {
    this.teachers = teachersBySkill(listing, held.length);
    this.requirementOf = new Int32Array(held.length).fill(-1);
    this.list = this.teachers.listed;
  }

  /** vacanciesOpened of every listed programme, over the vacancies in `slots`. */
  counts(slots: Int32Array): Int32Array {
    const { reqSkill, reqLevel } = this.vacancies;
    const opened = new Int32Array(this.listing.count);
    // Vacancies missing one essential are only counted by (skill, level): a programme gaining skill s at level G
    // opens every one of them missing s at a level ≤ G. The others are visited pair by pair.
    const single = new Int32Array(this.held.length * 5);
    const visitor: PairVisitor = { pair: (i) => (opened[i] += 1) };
    const { essentialStart, essential, openerStart } = this.openers;
    for (let k = 0; k < slots.length; k += 1) {
      const slot = slots[k];
      // The usual vacancy, none of whose essentials the resident meets, without a call: one essential, or no
      // programme teaching them all.
      if (this.metEssentials[slot] === 0) {
        const essentials = essentialStart[slot + 1] - essentialStart[slot];
        if (essentials === 1) {
          const r = essential[essentialStart[slot]];
          single[reqSkill[r] * 5 + reqLevel[r]] += 1;
          continue;
        }
        if (openerStart[slot] === openerStart[slot + 1]) continue;
      }
      if (!this.candidates(slot)) continue;
      if (this.unmet === 1) single[reqSkill[this.rarest] * 5 + reqLevel[this.rarest]] += 1;
      else this.check(slot, visitor);
    }
    const { gainStart, gainSkill, gainLevel } = this.listing;
    for (let i = 0; i < this.listing.count; i += 1) {
      for (let g = gainStart[i]; g < gainStart[i + 1]; g += 1) {
        for (let level = 1; level <= gainLevel[g]; level += 1) opened[i] += single[gainSkill[g] * 5 + level];
      }
    }
    return opened;
  }

  /**
   * Every opened pair among `slots` (except those the visitor declines), with the credit the programme adds to the
   * vacancy: Σ w·(min(G, L) − l)·12/L over the requirements it raises, so the score after is
   * (credit now + added) / (12·Σw), as scoreVacancy on the projected profile.
   */
  forEach(slots: Int32Array, visitor: PairVisitor): void {
    for (let k = 0; k < slots.length; k += 1) {
      if (this.candidates(slots[k])) this.check(slots[k], visitor);
    }
  }

  /** Finds the programmes that may open the vacancy; false when none can (or it is open to the resident already). */
  private candidates(slot: number): boolean {
    const { reqSkill, reqLevel } = this.vacancies;
    const { essentialStart, essential, openerStart, opener } = this.openers;
    const met = this.metEssentials[slot];
    const unmet = essentialStart[slot + 1] - essentialStart[slot] - met;
    if (unmet === 0) return false;
    this.unmet = unmet;
    if (met === 0 && unmet > 1) {
      this.list = opener;
      this.byProgramme = true;
      this.from = openerStart[slot];
      this.to = openerStart[slot + 1];
      return this.from < this.to;
    }
    // The rarest essential missed: the first one when the resident meets none.
    let rarest = essential[essentialStart[slot]];
    for (let e = essentialStart[slot]; met > 0 && e < essentialStart[slot + 1]; e += 1) {
      rarest = essential[e];
      if (this.held[reqSkill[rarest]] < reqLevel[rarest]) break;
    }
    this.rarest = rarest;
    this.list = this.teachers.listed;
    this.byProgramme = false;
    this.from = this.teachers.start[reqSkill[rarest]];
    this.to = this.from + this.teachers.atLeast[reqSkill[rarest] * 5 + reqLevel[rarest]];
    return this.from < this.to;
  }

  /** Checks the candidates against every requirement the resident misses, reporting those that open the vacancy. */
  private check(slot: number, visitor: PairVisitor): void {
    const { reqStart, reqSkill, reqLevel, reqEssential } = this.vacancies;
    const { gainStart, gainSkill, gainLevel } = this.listing;
    const { held, requirementOf, teachers, list, byProgramme, unmet } = this;
    const { listedOf } = this.listing;
    let maxAdded = 0;
    for (let r = reqStart[slot]; r < reqStart[slot + 1]; r += 1) {
      const skill = reqSkill[r];
      const required = reqLevel[r];
      if (held[skill] >= required) continue;
      requirementOf[skill] = r;
      // The best any listed programme teaches (teachers come highest level first).
      const best = teachers.start[skill] < teachers.start[skill + 1] ? teachers.level[teachers.start[skill]] : 0;
      if (best > held[skill]) {
        maxAdded += creditGained(reqEssential[r], held[skill], best < required ? best : required, required);
      }
    }
    const limit = visitor.vacancy ? visitor.vacancy(slot, maxAdded) : EVERY;
    const key = visitor.key;
    for (let t = limit < 0 ? this.to : this.from; t < this.to; t += 1) {
      const i = byProgramme ? listedOf[list[t]] : list[t];
      if (i < 0 || (key && key[i] > limit)) continue;
      let closes = 0;
      let added = 0;
      for (let g = gainStart[i]; g < gainStart[i + 1]; g += 1) {
        const r = requirementOf[gainSkill[g]];
        if (r < 0) continue;
        const required = reqLevel[r];
        const taught = gainLevel[g];
        const reached = taught < required ? taught : required;
        added += creditGained(reqEssential[r], held[gainSkill[g]], reached, required);
        if (reqEssential[r] && taught >= required) closes += 1;
      }
      if (closes === unmet) visitor.pair(i, slot, added);
    }
    for (let r = reqStart[slot]; r < reqStart[slot + 1]; r += 1) requirementOf[reqSkill[r]] = -1;
  }
}
