import { Listing } from './programme-listing';

/**
 * For each skill, the listed programmes that gain it, highest taught level first, so "who teaches s at level ≥ L" is
 * a prefix. `atLeast[s * 5 + L]` is the length of that prefix.
 */
export interface Teachers {
  start: Int32Array; // teachers of skill s: start[s] .. start[s + 1]
  listed: Int32Array; // listing index
  level: Int8Array;
  atLeast: Int32Array;
}

export function teachersBySkill(listing: Listing, skillCount: number): Teachers {
  const { gainStart, gainSkill, gainLevel } = listing;
  const start = new Int32Array(skillCount + 1);
  const atLeast = new Int32Array(skillCount * 5);
  for (let g = 0; g < gainSkill.length; g += 1) {
    start[gainSkill[g] + 1] += 1;
    for (let level = 1; level <= gainLevel[g]; level += 1) atLeast[gainSkill[g] * 5 + level] += 1;
  }
  for (let s = 0; s < skillCount; s += 1) start[s + 1] += start[s];
  const next = start.slice(0, skillCount);
  const listed = new Int32Array(gainSkill.length);
  const level = new Int8Array(gainSkill.length);
  // Levels are 1..4: one pass per level, highest first, keeps each skill's teachers sorted by level.
  for (let wanted = 4; wanted >= 1; wanted -= 1) {
    for (let i = 0; i < listing.count; i += 1) {
      for (let g = gainStart[i]; g < gainStart[i + 1]; g += 1) {
        if (gainLevel[g] !== wanted) continue;
        const at = next[gainSkill[g]]++;
        listed[at] = i;
        level[at] = wanted;
      }
    }
  }
  return { start, listed, level, atLeast };
}
