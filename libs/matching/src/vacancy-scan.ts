import { creditOf } from './scoring-model';
import { VacancySnapshot } from './vacancy-index';

/** The slots set in `mask`, or those of `only` that are (pathways to given vacancies). */
export function matchableSlots(mask: Uint8Array, only?: readonly number[]): Int32Array {
  if (only) return Int32Array.from(new Set(only.filter((slot) => mask[slot])));
  let count = 0;
  for (let slot = 0; slot < mask.length; slot += 1) count += mask[slot];
  const slots = new Int32Array(count);
  for (let slot = 0, k = 0; slot < mask.length; slot += 1) if (mask[slot]) slots[k++] = slot;
  return slots;
}

/** Where the resident stands now on every vacancy. */
export interface Standing {
  /** By slot: Σ w·min(l, L)·12/L over the requirements (whole numbers, as in scoreVacancy). */
  credit: Int32Array;
  /** By slot: essential requirements met (l ≥ L). */
  metEssentials: Int16Array;
}

/**
 * Only skills the resident holds earn credit or meet a requirement, so this walks the postings of their few skills,
 * not every requirement.
 */
export function standingNow(vacancies: VacancySnapshot, held: Int8Array): Standing {
  const credit = new Int32Array(vacancies.ids.length);
  const metEssentials = new Int16Array(vacancies.ids.length);
  const { postStart, postSlot, postLevel, postEssential } = vacancies;
  for (let skill = 0; skill + 1 < postStart.length; skill += 1) {
    const level = held[skill];
    if (level === 0) continue;
    for (let at = postStart[skill]; at < postStart[skill + 1]; at += 1) {
      const slot = postSlot[at];
      const required = postLevel[at];
      credit[slot] += creditOf(postEssential[at], level, required);
      if (postEssential[at] && level >= required) metEssentials[slot] += 1;
    }
  }
  return { credit, metEssentials };
}
