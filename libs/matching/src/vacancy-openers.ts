import { ProgrammeSnapshot } from './programme-index';
import { VacancySnapshot } from './vacancy-index';

/**
 * What can open each vacancy, from the two snapshots alone (no resident), worked out once per pair of versions:
 * - its essential requirements, those that the fewest published programmes teach at the required level first;
 * - when it has two essentials or more: the published programmes teaching every one of them at the required level.
 *
 * A resident usually meets none of a vacancy's essentials (they hold a handful of skills): then a programme opens it
 * exactly when it is in that list and listed for them, and the list is nearly always empty, as few programmes teach
 * any given two skills. The rarest-first order serves the other vacancies, where the resident meets some essentials.
 */
export interface VacancyOpeners {
  vacancies: VacancySnapshot;
  programmes: ProgrammeSnapshot;
  essentialStart: Int32Array; // essentials of slot v: essentialStart[v] .. essentialStart[v + 1]
  essential: Int32Array; // positions in the vacancy snapshot's requirement arrays
  openerStart: Int32Array; // programmes teaching every essential of slot v: openerStart[v] .. openerStart[v + 1]
  opener: Int32Array; // programme indexes in the programme snapshot
}

export function findOpeners(
  vacancies: VacancySnapshot,
  programmes: ProgrammeSnapshot,
  skillCount: number,
): VacancyOpeners {
  const { reqStart, reqSkill, reqLevel, reqEssential } = vacancies;
  const { taughtStart, taughtSkill, taughtLevel } = programmes;
  const size = vacancies.ids.length;

  // Published programmes by skill taught, highest level first: "who teaches s at level ≥ L" is a prefix whose length
  // is teaching[s * 5 + L].
  const teaching = new Int32Array(skillCount * 5);
  const teacherStart = new Int32Array(skillCount + 1);
  for (let t = 0; t < taughtSkill.length; t += 1) {
    teacherStart[taughtSkill[t] + 1] += 1;
    for (let level = 1; level <= taughtLevel[t]; level += 1) teaching[taughtSkill[t] * 5 + level] += 1;
  }
  for (let s = 0; s < skillCount; s += 1) teacherStart[s + 1] += teacherStart[s];
  const teacher = new Int32Array(taughtSkill.length);
  const next = teacherStart.slice(0, skillCount);
  for (let level = 4; level >= 1; level -= 1) {
    for (let p = 0; p < programmes.ids.length; p += 1) {
      for (let t = taughtStart[p]; t < taughtStart[p + 1]; t += 1) {
        if (taughtLevel[t] === level) teacher[next[taughtSkill[t]]++] = p;
      }
    }
  }

  const essentialStart = new Int32Array(size + 1);
  for (let slot = 0; slot < size; slot += 1) {
    let essentials = 0;
    for (let r = reqStart[slot]; r < reqStart[slot + 1]; r += 1) essentials += reqEssential[r];
    essentialStart[slot + 1] = essentialStart[slot] + essentials;
  }
  const essential = new Int32Array(essentialStart[size]);
  const rarity = (r: number) => teaching[reqSkill[r] * 5 + reqLevel[r]];
  for (let slot = 0; slot < size; slot += 1) {
    let end = essentialStart[slot];
    for (let r = reqStart[slot]; r < reqStart[slot + 1]; r += 1) {
      if (!reqEssential[r]) continue;
      // Insertion sort: a vacancy has a handful of requirements.
      let at = end++;
      while (at > essentialStart[slot] && rarity(essential[at - 1]) > rarity(r)) {
        essential[at] = essential[at - 1];
        at -= 1;
      }
      essential[at] = r;
    }
  }

  const teaches = (p: number, skill: number, level: number) => {
    for (let t = taughtStart[p]; t < taughtStart[p + 1]; t += 1) {
      if (taughtSkill[t] === skill) return taughtLevel[t] >= level;
    }
    return false;
  };
  const openerStart = new Int32Array(size + 1);
  const opener: number[] = [];
  for (let slot = 0; slot < size; slot += 1) {
    const first = essentialStart[slot];
    const last = essentialStart[slot + 1];
    if (last - first >= 2) {
      // Teachers of the rarest essential, checked against the others.
      const rarest = essential[first];
      const from = teacherStart[reqSkill[rarest]];
      for (let t = from; t < from + rarity(rarest); t += 1) {
        let all = true;
        for (let e = first + 1; all && e < last; e += 1)
          all = teaches(teacher[t], reqSkill[essential[e]], reqLevel[essential[e]]);
        if (all) opener.push(teacher[t]);
      }
    }
    openerStart[slot + 1] = opener.length;
  }
  return { vacancies, programmes, essentialStart, essential, openerStart, opener: Int32Array.from(opener) };
}
